"""Storage tests: a private TCLOUD_HOME and an in-memory keyring, never the user's."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.memory_keyring import MemoryKeyring, memory_keyring_installed


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring and its own TCLOUD_HOME."""
    monkeypatch.setenv("TCLOUD_HOME", str(tmp_path / "home"))
    with memory_keyring_installed() as backend:
        yield backend
