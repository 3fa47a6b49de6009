"""Offline copies of platform answers, encrypted, for the 'as of' view.

Each entry is the last good body of one GET (keyed by path and query), its ETag and
when it was fetched. Entries of an applicant use that applicant's key; answers that
need no login (public scope) use a key of their own.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from . import paths
from .vault import PUBLIC_SCOPE, PlatformFolder, Vault, check_scope


@dataclass(frozen=True)
class CachedResponse:
    """The last good answer to one GET."""

    body: object
    etag: str | None
    fetched_at: datetime


@dataclass(eq=False)
class ResponseCache(PlatformFolder):
    """Encrypted response cache of one platform."""

    _vaults: dict[str, Vault] = field(default_factory=dict, init=False, repr=False)

    def default_dir(self) -> Path:
        """The user's response cache folder."""
        return paths.responses_cache_dir()

    def _scope_dir(self, scope: str) -> Path:
        return self._platform_dir() / check_scope(scope)

    def _file(self, scope: str, key: str) -> Path:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:40]
        return self._scope_dir(scope) / f"{digest}.bin"

    def _vault(self, scope: str) -> Vault:
        vault = self._vaults.get(scope)
        if vault is None:
            vault = self._vaults[scope] = Vault(self.secrets, self.platform, scope)
        return vault

    def get(self, scope: str, key: str) -> CachedResponse | None:
        """The cached answer for ``key``, or None (also when it cannot be decrypted)."""
        doc = self._vault(scope).read_record(self._file(scope, key), "key", key)
        if doc is None:
            return None
        try:
            fetched_at = datetime.fromisoformat(str(doc["fetched_at"]))
        except (KeyError, ValueError):
            return None
        etag = doc.get("etag")
        return CachedResponse(doc.get("body"), etag if isinstance(etag, str) else None, fetched_at)

    def put(
        self, scope: str, key: str, body: object, etag: str | None, fetched_at: datetime
    ) -> None:
        """Store the answer for ``key`` (``fetched_at`` must carry a time zone)."""
        if fetched_at.tzinfo is None:
            raise ValueError("fetched_at needs a time zone")
        self._vault(scope).write(
            self._file(scope, key),
            {"key": key, "body": body, "etag": etag, "fetched_at": fetched_at.isoformat()},
        )

    def wipe(self, scope: str) -> None:
        """Remove every cached answer of ``scope`` and forget its key."""
        shutil.rmtree(self._scope_dir(scope), ignore_errors=True)
        self._vault(scope).forget_key()
        self._vaults.pop(scope, None)

    def wipe_everything(self) -> None:
        """Remove every cached answer of every platform (kiosk sign-out)."""
        self._remove_every_platform()
        self._vaults.clear()


__all__ = ["PUBLIC_SCOPE", "CachedResponse", "ResponseCache"]
