"""Settings every test shares: offscreen Qt, a private home folder, no real keyring."""

from __future__ import annotations

import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

import app.storage.secrets
from app.storage.memory_keyring import MemoryKeyring, memory_keyring_installed
from app.storage.paths import HOME_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test writes may land in the real user folders, not even during collection or
# in session-wide fixtures that run before any test's own home is set.
os.environ.setdefault(HOME_ENV, tempfile.mkdtemp(prefix="tcloud-test-home-"))
# The safety net under the per-test fixture: from here on the process never reaches the
# user's real keyring, whatever a test or fixture does before or after its own one.
keyring.set_keyring(MemoryKeyring())

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test: its own TCLOUD_HOME (``tmp_path / "home"``) and an empty in-memory keyring.

    Autouse, so no test can share files or secrets with another; request it by name to
    inspect the keyring. A test that swaps the keyring backend gets the previous one back.
    """
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    # the process-wide secret store starts afresh too (a fallback to memory is per run)
    monkeypatch.setattr(app.storage.secrets, "_default", None)
    with memory_keyring_installed() as backend:
        yield backend


class UnavailableKeyring(keyring.backend.KeyringBackend):
    """A PC whose keyring cannot be reached (no Credential Manager, no secret service)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("Credential Manager unavailable")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("Credential Manager unavailable")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("Credential Manager unavailable")


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> None:
    """Every keyring call fails for this test (the memory keyring comes back after it)."""
    keyring.set_keyring(UnavailableKeyring())


@pytest.fixture
def screenshot_dir() -> Path:
    """Where screenshot tests put their PNGs (kept as CI artifacts)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger's handlers and level back after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
