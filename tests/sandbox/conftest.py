"""A live platform on a loopback port for the sandbox tests, and an HTTP helper."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator
from typing import Any

import pytest
import requests

from sandbox.embedded import EmbeddedPlatform, serve_in_thread
from sandbox.server import create_app
from scripts.postgres_cluster import database_for_tests

START = "2026-06-01T09:00:00+08:00"  # a Monday


class Api:
    """Thin requests wrapper: JSON in, ``requests.Response`` out."""

    def __init__(self, base_url: str) -> None:
        self.base = base_url
        self.http = requests.Session()
        self.token: str | None = None

    def call(self, method: str, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        headers = dict(kwargs.pop("headers", {}))
        if self.token and "Authorization" not in headers:
            headers["Authorization"] = f"Bearer {self.token}"
        return self.http.request(
            method, self.base + path, json=body, headers=headers, timeout=30, **kwargs
        )

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        return self.call("GET", path, **kwargs)

    def post(self, path: str, body: Any = None, **kwargs: Any) -> requests.Response:
        return self.call("POST", path, body, **kwargs)

    def ok(self, method: str, path: str, body: Any = None, status: int = 200, **kw: Any) -> Any:
        response = self.call(method, path, body, **kw)
        assert response.status_code == status, (method, path, response.status_code, response.text)
        return response.json()

    # sandbox helpers -------------------------------------------------------------
    def set_clock(self, now: str) -> None:
        self.ok("POST", "/_sandbox/clock", {"now": now})

    def advance(self, days: int) -> dict[str, Any]:
        return self.ok("POST", "/_sandbox/clock", {"advance_days": days})

    def today(self) -> str:
        return str(self.ok("GET", "/_sandbox/clock")["today"])

    def sign(self, card_id: str, data: bytes) -> dict[str, Any]:
        body = {"data": base64.b64encode(data).decode()}
        return dict(self.ok("POST", f"/_sandbox/demo-cards/{card_id}/sign", body))

    def block(self, card_id: str, document: bytes) -> dict[str, Any]:
        """A signature block over ``document`` made with a demo card."""
        return {"document": base64.b64encode(document).decode(), **self.sign(card_id, document)}

    def card_login(self, ubn: str, method: str, card_id: str) -> dict[str, Any]:
        challenge = self.ok("POST", "/auth/challenges", {"ubn": ubn, "method": method})
        signed = self.sign(card_id, base64.b64decode(challenge["to_be_signed"]))
        result = self.ok(
            "POST", "/auth/certificate-login", {"challenge_id": challenge["challenge_id"], **signed}
        )
        self.token = result["token"]
        return dict(result)

    def mobile_approve(self, transaction_id: str) -> None:
        self.ok("POST", f"/_sandbox/mobile/{transaction_id}/approve")

    def scenario(
        self, name: str = "member_with_points", applicant_type: str = "sme"
    ) -> dict[str, Any]:
        result = self.ok(
            "POST", "/_sandbox/scenarios", {"name": name, "applicant_type": applicant_type}
        )
        self.token = result["token"]
        return dict(result)


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


def wait_until(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)
