"""Secrets (tokens, storage keys) in the OS keyring, with an in-memory fallback.

On a machine without a usable keyring (a Linux box without a secret service, a locked
keyring) the store keeps secrets in memory for this session only and says so through
``persistent`` / ``fallback_reason`` so the UI and diagnostics can show it. Nothing
secret is ever written to a plain file; only the *names* of the accounts we created
are kept in an index so that a kiosk sign-out can remove every one of them.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path

import keyring
import keyring.errors

from . import paths

SERVICE_NAME = "tcloud-desktop"
_INDEX_FILE = "keyring-accounts.json"

log = logging.getLogger(__name__)


class SecretStore:
    """Get, set and delete secrets by account name under one keyring service."""

    def __init__(self, service: str = SERVICE_NAME, index_path: Path | None = None) -> None:
        self._service = service
        self._index_path = index_path
        self._memory: dict[str, str] = {}
        self._fallback_reason: str | None = None
        self._lock = threading.RLock()

    @property
    def persistent(self) -> bool:
        """True while secrets go to the OS keyring; False after falling back to memory."""
        return self._fallback_reason is None

    @property
    def fallback_reason(self) -> str | None:
        """Why the store keeps secrets in memory only (None while the keyring works)."""
        return self._fallback_reason

    def _fall_back(self, exc: keyring.errors.KeyringError) -> None:
        if self._fallback_reason is None:
            self._fallback_reason = f"{type(exc).__name__}: {exc}"
            log.warning(
                "no usable keyring (%s); secrets are kept for this session only", type(exc).__name__
            )

    def get(self, account: str) -> str | None:
        """The secret of ``account``, or None."""
        with self._lock:
            if self.persistent:
                try:
                    return keyring.get_password(self._service, account)
                except keyring.errors.KeyringError as exc:
                    self._fall_back(exc)
            return self._memory.get(account)

    def set(self, account: str, secret: str) -> None:
        """Store ``secret`` for ``account``."""
        with self._lock:
            if self.persistent:
                try:
                    keyring.set_password(self._service, account, secret)
                    # A backend that accepts and forgets (keyring's "null" backend, a
                    # misconfigured one) would lose the secret silently at the next run.
                    if keyring.get_password(self._service, account) != secret:
                        raise keyring.errors.KeyringError(
                            f"{type(keyring.get_keyring()).__name__} does not keep secrets"
                        )
                except keyring.errors.KeyringError as exc:
                    self._fall_back(exc)
                else:
                    self._index_add(account)
                    return
            self._memory[account] = secret

    def delete(self, account: str) -> None:
        """Remove the secret of ``account`` (no error when there is none)."""
        with self._lock:
            self._memory.pop(account, None)
            if self.persistent:
                try:
                    keyring.delete_password(self._service, account)
                except keyring.errors.PasswordDeleteError:
                    pass
                except keyring.errors.KeyringError as exc:
                    self._fall_back(exc)
            self._index_remove(account)

    def accounts(self) -> list[str]:
        """Names of every account this program has stored (keyring and memory)."""
        with self._lock:
            return sorted(set(self._index_read()) | set(self._memory))

    def delete_scope(self, platform: str, scope: str) -> None:
        """Remove every account of one platform and applicant (token, storage key)."""
        base = scope_account(platform, scope)
        for account in self.accounts():
            if account == base or account.startswith(base + "/"):
                self.delete(account)

    def wipe_all(self) -> None:
        """Remove every secret this program has stored."""
        for account in self.accounts():
            self.delete(account)

    # -- the account-name index (names only, never secrets) --

    def _index_file(self) -> Path:
        return self._index_path or (paths.data_dir() / _INDEX_FILE)

    def _index_read(self) -> list[str]:
        try:
            raw = json.loads(self._index_file().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(raw, list):
            return []
        return [a for a in raw if isinstance(a, str)]

    def _index_write(self, accounts: list[str]) -> None:
        target = self._index_file()
        atomic_write(target, json.dumps(sorted(set(accounts))).encode("utf-8"))

    def _index_add(self, account: str) -> None:
        accounts = self._index_read()
        if account not in accounts:
            self._index_write([*accounts, account])

    def _index_remove(self, account: str) -> None:
        accounts = self._index_read()
        if account in accounts:
            self._index_write([a for a in accounts if a != account])


def scope_account(platform: str, scope: str, purpose: str | None = None) -> str:
    """Account name: ``host[:port]/UBN`` (the token), plus ``/purpose`` for other secrets."""
    base = f"{platform}/{scope}"
    return f"{base}/{purpose}" if purpose else base


def atomic_write(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file and ``os.replace``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


_default: SecretStore | None = None
_default_lock = threading.Lock()


def default_secret_store() -> SecretStore:
    """The process-wide store shared by tokens, drafts and the cache."""
    global _default  # noqa: PLW0603 - one fallback state for the whole process
    with _default_lock:
        if _default is None:
            _default = SecretStore()
        return _default
