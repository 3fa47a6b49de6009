"""A keyring backend that keeps secrets in this process only.

Training mode uses it so that demo tokens never reach the user's real credential
store; tests use it so that they never touch the developer's keyring.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.backend
import keyring.errors


class MemoryKeyring(keyring.backend.KeyringBackend):
    """Secrets in a dict, lost when the process ends."""

    priority = 1

    def __init__(self) -> None:
        self._items: dict[tuple[str, str], str] = {}
        self._lock = threading.Lock()

    def get_password(self, service: str, username: str) -> str | None:
        """The stored secret, or None."""
        with self._lock:
            return self._items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store a secret."""
        with self._lock:
            self._items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        """Remove a secret; PasswordDeleteError when there is none (as real backends do)."""
        with self._lock:
            if self._items.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)

    def entries(self) -> dict[tuple[str, str], str]:
        """A copy of everything stored (for checks in tests and diagnostics)."""
        with self._lock:
            return dict(self._items)


@contextmanager
def memory_keyring_installed() -> Iterator[MemoryKeyring]:
    """Use a fresh in-memory keyring for the process while the block runs."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
