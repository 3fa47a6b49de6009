"""Local storage: file locations, encrypted drafts and the offline response cache.

Names are loaded on first use (PEP 562) so that ``app.storage.paths``, which the log
set-up needs before the first window, does not pull in keyring and the cipher code.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .cache import CachedResponse, ResponseCache
    from .drafts import Draft, DraftInfo, DraftStore, Submitted, request_fingerprint
    from .secrets import SERVICE_NAME, SecretStore, default_secret_store, scope_account
    from .vault import PUBLIC_SCOPE, StorageError, StorageWriteError, platform_id

_SOURCES = {
    "CachedResponse": "cache",
    "ResponseCache": "cache",
    "Draft": "drafts",
    "DraftInfo": "drafts",
    "DraftStore": "drafts",
    "Submitted": "drafts",
    "request_fingerprint": "drafts",
    "SERVICE_NAME": "secrets",
    "SecretStore": "secrets",
    "default_secret_store": "secrets",
    "scope_account": "secrets",
    "PUBLIC_SCOPE": "vault",
    "StorageError": "vault",
    "StorageWriteError": "vault",
    "platform_id": "vault",
}

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


def __getattr__(name: str) -> object:
    source = _SOURCES.get(name)
    if source is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{source}", __name__), name)
    globals()[name] = value
    return value
