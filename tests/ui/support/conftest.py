"""Support UI tests: a private TCLOUD_HOME, the shared in-memory keyring, privacy mode off."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.support.privacy import privacy_mode


@pytest.fixture(autouse=True)
def support_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: Any
) -> Iterator[Path]:
    """Each test writes under its own TCLOUD_HOME, with an empty in-memory keyring."""
    home = tmp_path / "home"
    monkeypatch.setenv("TCLOUD_HOME", str(home))
    privacy_mode().set_enabled(False)
    yield home
    privacy_mode().set_enabled(False)


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
