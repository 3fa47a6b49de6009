"""Helpers shared by the sandbox tests: an HTTP client, the standalone command, the
overspend attempt."""

from __future__ import annotations

import base64
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import requests

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^Sandbox platform listening on (https?://127\.0\.0\.1:(\d+)/api/v1)$")


@contextmanager
def standalone(
    *args: str, env: dict[str, str] | None = None, verify: str | bool = True
) -> Iterator[str]:
    """``python -m sandbox`` in its own process on a free port; yields its base URL.

    ``verify`` is what requests checks an HTTPS platform's certificate against.
    """
    process = subprocess.Popen(
        [sys.executable, "-m", "sandbox", "--host", "127.0.0.1", "--port", "0", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **(env or {})},
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline().rstrip("\n")
        match = LINE.match(line)
        assert match, (line, process.stderr.read() if process.poll() is not None else "")
        # Printed only once it accepts connections: the first request must succeed.
        first = requests.get(f"{match.group(1)}/categories", timeout=10, verify=verify)
        assert first.status_code == 200
        yield match.group(1)
    finally:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=20) == 0


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

    def order_in_service(self, card_id: str, plan_id: str) -> dict[str, Any]:
        """Quote, sign and place an order, then let the vendor run it to 服務使用中."""
        quote = self.ok("POST", "/orders/quote", {"plan_id": plan_id})
        block = self.block(card_id, base64.b64decode(quote["to_be_signed"]))
        order = self.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201)
        for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
            self.ok("POST", f"/_sandbox/vendor/orders/{order['id']}/{action}")
        return dict(self.ok("GET", f"/orders/{order['id']}"))

    def text_fields(self) -> dict[str, str]:
        """``text_version`` and ``text_sha256`` of the texts in force, for signed steps."""
        served = self.ok("GET", "/application/texts")
        return {"text_version": served["version"], "text_sha256": served["sha256"]}

    def scenario(
        self, name: str = "member_with_points", applicant_type: str = "sme"
    ) -> dict[str, Any]:
        result = self.ok(
            "POST", "/_sandbox/scenarios", {"name": name, "applicant_type": applicant_type}
        )
        self.token = result["token"]
        return dict(result)


def signed_quote(api: Any, card_id: str, plan_id: str) -> dict[str, Any]:
    """The body of ``POST /orders`` for a fresh quote of ``plan_id``, signed with a card."""
    quote = api.ok("POST", "/orders/quote", {"plan_id": plan_id})
    return {
        "quote_id": quote["quote_id"],
        **api.block(card_id, base64.b64decode(quote["to_be_signed"])),
    }


def overspend_attempt(api: Any, bases: list[str]) -> None:
    """24 parallel orders spread over ``bases`` (servers sharing one database)."""
    member = api.scenario()
    bodies = [signed_quote(api, member["demo_card_id"], "S012-06M") for _ in range(24)]
    headers = {"Authorization": f"Bearer {member['token']}"}

    def submit(numbered: tuple[int, dict[str, Any]]) -> requests.Response:
        index, body = numbered
        with requests.Session() as http:
            base = bases[index % len(bases)]
            return http.post(f"{base}/orders", json=body, headers=headers, timeout=60)

    with ThreadPoolExecutor(max_workers=24) as pool:
        responses = list(pool.map(submit, enumerate(bodies)))
    codes = sorted(r.status_code for r in responses)
    assert 500 not in codes, [r.text for r in responses if r.status_code >= 500]
    created = [r.json() for r in responses if r.status_code == 201]
    refused = [r.json()["error"]["code"] for r in responses if r.status_code != 201]
    assert len(created) == 2  # 15,000 points each out of 30,000
    assert set(refused) == {"QUOTE_STALE"}
    points = api.ok("GET", "/points")
    assert points["balance"] == 0
    assert sum(row["amount"] for row in points["ledger"]) == 0
    assert min(row["balance_after"] for row in points["ledger"]) >= 0
    assert api.ok("GET", "/orders")["total"] == 2


def wait_until(predicate: Any, timeout: float = 5.0) -> None:
    """Poll ``predicate`` until it is true; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "condition not reached in time"
        time.sleep(0.02)
