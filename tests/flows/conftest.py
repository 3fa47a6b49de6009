"""Flow tests: the real sandbox platform on a loopback port, an in-memory keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.platform import PlatformClient, TokenStore
from app.platform.training import TrainingPlatform
from app.storage import DraftStore, ResponseCache, SecretStore, platform_id
from app.storage.memory_keyring import MemoryKeyring, memory_keyring_installed
from sandbox.embedded import EmbeddedPlatform, start_embedded


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring and its own TCLOUD_HOME."""
    monkeypatch.setenv("TCLOUD_HOME", str(tmp_path / "home"))
    with memory_keyring_installed() as backend:
        yield backend


@pytest.fixture(scope="session")
def embedded_platform() -> Iterator[EmbeddedPlatform]:
    """One sandbox server for the whole session (reset before each test that uses it)."""
    platform = start_embedded(database="sqlite://")
    yield platform
    platform.stop()


@pytest.fixture
def secrets() -> SecretStore:
    """The keyring-backed secret store of this test."""
    return SecretStore()


@pytest.fixture
def client(embedded_platform: EmbeddedPlatform, secrets: SecretStore) -> Iterator[PlatformClient]:
    """A client of the freshly reset sandbox."""
    made = PlatformClient(
        embedded_platform.base_url,
        tokens=TokenStore(secrets),
        cache=ResponseCache(platform_id(embedded_platform.base_url), secrets=secrets),
        backoff_seconds=0.01,
    )
    TrainingPlatform(made).reset()
    yield made
    made.close()


@pytest.fixture
def training(client: PlatformClient) -> TrainingPlatform:
    """The sandbox's training helpers."""
    return TrainingPlatform(client)


@pytest.fixture
def drafts(client: PlatformClient, secrets: SecretStore) -> DraftStore:
    """Drafts of the sandbox platform."""
    return DraftStore(client.platform, secrets=secrets, cache=client.cache, debounce_seconds=0.05)
