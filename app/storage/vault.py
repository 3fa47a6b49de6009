"""Encryption at rest: one random Fernet key per platform and applicant, kept in keyring."""

from __future__ import annotations

import json
import re
import shutil
from abc import ABC, abstractmethod
from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.fernet import Fernet, InvalidToken

from app.errors import ErrorCode

from .secrets import SecretStore, atomic_write, default_secret_store, scope_account

PUBLIC_SCOPE = "public"
_SLUG = re.compile(r"[^A-Za-z0-9.\-]")
_UBN = re.compile(r"^\d{8}$")


class StorageError(Exception):
    """A stored file cannot be used (wrong key, damaged, or the key is gone)."""

    code = ErrorCode.STORAGE_UNREADABLE


class StorageWriteError(StorageError):
    """A file could not be written (disk full, no permission)."""

    code = ErrorCode.STORAGE_WRITE_FAILED


def platform_id(base_url_or_host: str) -> str:
    """The platform's host[:port] as used in account and file names."""
    text = base_url_or_host.strip()
    if "://" in text:
        netloc = urlsplit(text).netloc
        text = netloc.rsplit("@", 1)[-1]
    if not text:
        raise ValueError("platform address is empty")
    return text.lower()


def slug(text: str) -> str:
    """A file-name-safe form of ``text`` (``:`` is not allowed on Windows)."""
    return _SLUG.sub("_", text)


def check_scope(scope: str) -> str:
    """Accept a UBN (8 digits) or the public scope; anything else is a programming error."""
    if scope != PUBLIC_SCOPE and not _UBN.match(scope):
        raise ValueError("scope must be an 8-digit UBN or 'public'")
    return scope


def key_account(platform: str, scope: str) -> str:
    """Keyring account name of the storage key for ``platform`` and ``scope``."""
    return scope_account(platform, scope, "storage-key")


@dataclass(eq=False)
class PlatformFolder(ABC):
    """Encrypted files of one platform, below ``directory`` or the user's default folder."""

    platform: str
    _: KW_ONLY
    secrets: SecretStore = field(default_factory=default_secret_store)
    directory: Path | None = None

    @abstractmethod
    def default_dir(self) -> Path:
        """The user's folder of these files when no ``directory`` is given."""

    def _base(self) -> Path:
        """The folder of every platform's files (asked late: the home may move in tests)."""
        return self.directory or self.default_dir()

    @property
    def persistent(self) -> bool:
        """False when keys live in memory only: these files will not survive a restart."""
        return self.secrets.persistent

    @property
    def not_kept_reason(self) -> str | None:
        """Why these files cannot outlive this run (the keyring's failure), or None."""
        return self.secrets.fallback_reason

    def _platform_dir(self) -> Path:
        return self._base() / slug(self.platform)

    def _remove_every_platform(self) -> None:
        shutil.rmtree(self._base(), ignore_errors=True)


class Vault:
    """Encrypts and decrypts JSON documents with the key of one platform + applicant."""

    def __init__(self, secrets: SecretStore, platform: str, scope: str) -> None:
        self._secrets = secrets
        self.platform = platform
        self.scope = check_scope(scope)
        self._fernet: Fernet | None = None

    @property
    def account(self) -> str:
        """The keyring account holding this vault's key."""
        return key_account(self.platform, self.scope)

    def _key(self, *, create: bool) -> Fernet | None:
        if self._fernet is None:
            stored = self._secrets.get(self.account)
            if stored is None:
                if not create:
                    return None
                stored = Fernet.generate_key().decode("ascii")
                self._secrets.set(self.account, stored)
            self._fernet = Fernet(stored.encode("ascii"))
        return self._fernet

    def write(self, path: Path, document: object) -> None:
        """Encrypt ``document`` (JSON-serialisable) into ``path`` atomically."""
        fernet = self._key(create=True)
        assert fernet is not None
        plain = json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        try:
            atomic_write(path, fernet.encrypt(plain))
        except OSError as exc:
            raise StorageWriteError(f"無法儲存檔案：{exc.strerror or exc}") from None

    def read(self, path: Path) -> object:
        """Decrypt ``path``; StorageError when it cannot be read back."""
        fernet = self._key(create=False)
        if fernet is None:
            raise StorageError("此資料的加密金鑰已不存在，無法讀取")
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise StorageError(f"無法讀取檔案：{exc.strerror}") from None
        try:
            return json.loads(fernet.decrypt(data).decode("utf-8"))
        except (InvalidToken, ValueError):
            raise StorageError("檔案已損壞或金鑰不符，無法讀取") from None

    def read_record(self, path: Path, field: str, expected: str) -> dict[str, object] | None:
        """The document in ``path`` when it exists, can be read and names ``expected`` in
        ``field`` (so a file copied over from another key or applicant is not taken); else
        None."""
        if not path.exists():
            return None
        try:
            document = self.read(path)
        except StorageError:
            return None
        if not isinstance(document, dict) or document.get(field) != expected:
            return None
        return document

    def forget_key(self) -> None:
        """Remove the key from keyring: everything encrypted with it becomes unreadable."""
        self._fernet = None
        self._secrets.delete(self.account)
