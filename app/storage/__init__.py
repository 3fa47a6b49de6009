"""Local storage: file locations, encrypted drafts and the offline response cache."""

from .cache import CachedResponse, ResponseCache
from .drafts import Draft, DraftInfo, DraftStore, Submitted, request_fingerprint
from .secrets import SERVICE_NAME, SecretStore, default_secret_store, scope_account
from .vault import PUBLIC_SCOPE, StorageError, StorageWriteError, platform_id

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
