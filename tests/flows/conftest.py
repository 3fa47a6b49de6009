"""Flow tests: the real sandbox platform on a loopback port.

The root conftest gives every test its own TCLOUD_HOME and an empty in-memory keyring.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from platform_clock import pin_platform_clock, wants_wall_clock

from app.platform.client import PlatformClient
from app.platform.tokens import TokenStore
from app.platform.training import TrainingPlatform
from app.storage import DraftStore, ResponseCache, SecretStore, platform_id
from sandbox.embedded import EmbeddedPlatform, start_embedded
from scripts.postgres_cluster import database_for_tests


@pytest.fixture(scope="session")
def embedded_platform() -> Iterator[EmbeddedPlatform]:
    """One sandbox server for the whole session (reset before each test that uses it), on
    in-memory SQLite or on ``TCLOUD_TEST_DATABASE`` (PostgreSQL)."""
    platform = start_embedded(database=database_for_tests())
    yield platform
    platform.stop()


@pytest.fixture
def secrets() -> SecretStore:
    """The keyring-backed secret store of this test."""
    return SecretStore()


@pytest.fixture
def client(
    embedded_platform: EmbeddedPlatform, secrets: SecretStore, request: pytest.FixtureRequest
) -> Iterator[PlatformClient]:
    """A client of the freshly reset sandbox, whose clock is pinned to a fixed working day
    (the wall clock for a test marked ``wall_clock``)."""
    made = PlatformClient(
        embedded_platform.base_url,
        tokens=TokenStore(secrets),
        cache=ResponseCache(platform_id(embedded_platform.base_url), secrets=secrets),
        backoff_seconds=0.01,
    )
    TrainingPlatform(made).reset()
    if not wants_wall_clock(request):
        pin_platform_clock(embedded_platform.base_url)
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
