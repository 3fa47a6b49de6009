"""Settings every test shares: offscreen Qt, a private home folder, no real keyring."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test writes may land in the real user folders.
os.environ.setdefault("TCLOUD_HOME", tempfile.mkdtemp(prefix="tcloud-test-home-"))

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory, so tests never touch the user's real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(f"no entry for {service}/{username}")


_memory_keyring = MemoryKeyring()
keyring.set_keyring(_memory_keyring)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The in-memory keyring every test uses, emptied before and after the test."""
    _memory_keyring.entries.clear()
    yield _memory_keyring
    _memory_keyring.entries.clear()


@pytest.fixture
def screenshot_dir() -> Path:
    """Where screenshot tests put their PNGs (kept as CI artifacts)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder
