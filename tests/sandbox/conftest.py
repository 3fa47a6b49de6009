"""A live platform on a loopback port for the sandbox tests, and an HTTP helper."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from sandbox_helpers import Api

from sandbox.embedded import EmbeddedPlatform, serve_in_thread
from sandbox.server import create_app
from scripts.postgres_cluster import database_for_tests

START = "2026-06-01T09:00:00+08:00"  # a Monday


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


@pytest.fixture(scope="session")
def platform() -> Iterator[EmbeddedPlatform]:
    """The platform on in-memory SQLite, or on ``TCLOUD_TEST_DATABASE`` (PostgreSQL)."""
    server = serve_in_thread(create_app(database_for_tests()))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def api(platform: EmbeddedPlatform) -> Api:
    """A client on a freshly reset platform whose clock reads :data:`START`."""
    client = Api(platform.base_url)
    client.ok("POST", "/_sandbox/reset")
    client.set_clock(START)
    return client
