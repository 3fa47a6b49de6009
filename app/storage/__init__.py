"""Local storage: file locations, encrypted drafts and the offline response cache.

Names are loaded on first use (PEP 562) so that ``app.storage.paths``, which the log
set-up needs before the first window, does not pull in keyring and the cipher code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from .cache import CachedResponse, ResponseCache
    from .drafts import Draft, DraftInfo, DraftStore, Submitted, request_fingerprint
    from .secrets import SERVICE_NAME, SecretStore, default_secret_store, scope_account
    from .vault import PUBLIC_SCOPE, StorageError, StorageWriteError, platform_id

_EXPORTS: dict[str, tuple[str, ...]] = {
    "cache": ("CachedResponse", "ResponseCache"),
    "drafts": ("Draft", "DraftInfo", "DraftStore", "Submitted", "request_fingerprint"),
    "secrets": ("SERVICE_NAME", "SecretStore", "default_secret_store", "scope_account"),
    "vault": ("PUBLIC_SCOPE", "StorageError", "StorageWriteError", "platform_id"),
}
"""Each submodule and the names it gives the package."""

__all__ = [
    "PUBLIC_SCOPE",
    "SERVICE_NAME",
    "CachedResponse",
    "Draft",
    "DraftInfo",
    "DraftStore",
    "ResponseCache",
    "SecretStore",
    "StorageError",
    "StorageWriteError",
    "Submitted",
    "default_secret_store",
    "platform_id",
    "request_fingerprint",
    "scope_account",
]


__getattr__ = lazy_exports(__name__, _EXPORTS)
