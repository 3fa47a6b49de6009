"""Support UI tests: privacy mode off, the test's own TCLOUD_HOME at hand."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.storage.memory_keyring import MemoryKeyring
from app.storage.paths import HOME_ENV
from app.support.privacy import privacy_mode


@pytest.fixture(autouse=True)
def support_home(memory_keyring: MemoryKeyring) -> Iterator[Path]:
    """The TCLOUD_HOME the root conftest gave this test, with privacy mode off around it."""
    home = Path(os.environ[HOME_ENV])
    privacy_mode().set_enabled(False)
    yield home
    privacy_mode().set_enabled(False)
