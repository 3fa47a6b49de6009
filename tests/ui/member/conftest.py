"""The member area against the real sandbox platform on a loopback port."""

from __future__ import annotations

import base64
import gc
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import requests
from member_helpers import make_client
from platform_clock import pin_platform_clock
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app.platform.client import PlatformClient
from app.platform.models import CardSignature, SignatureBlock
from sandbox.embedded import EmbeddedPlatform, serve_in_thread
from sandbox.server import create_app
from ui.application import TRANSLATIONS


class Sandbox:
    """Calls to the platform's ``/_sandbox`` tools and plain API calls for checks."""

    def __init__(self, platform: EmbeddedPlatform) -> None:
        self.base = platform.base_url
        self.root = self.base
        self.http = requests.Session()

    def tool(self, method: str, path: str, body: Any = None) -> Any:
        response = self.http.request(method, f"{self.root}/_sandbox{path}", json=body, timeout=30)
        assert response.status_code < 300, (path, response.status_code, response.text)
        return response.json() if response.content else None

    def api(self, method: str, path: str, token: str, body: Any = None) -> Any:
        response = self.http.request(
            method,
            self.base + path,
            json=body,
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert response.status_code < 300, (path, response.status_code, response.text)
        return response.json()

    def set_clock(self, now: str) -> None:
        self.tool("POST", "/clock", {"now": now})

    def advance(self, days: int) -> str:
        return str(self.tool("POST", "/clock", {"advance_days": days})["today"])

    def vendor(self, order_id: str, action: str) -> Any:
        return self.tool("POST", f"/vendor/orders/{order_id}/{action}")


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects here: a collection started on a server or pool
    thread must never be the one that destroys a widget."""
    yield
    gc.collect()


@pytest.fixture(scope="session")
def embedded() -> Iterator[EmbeddedPlatform]:
    """One platform for the session; each test resets it."""
    platform = serve_in_thread(create_app("sqlite://"))
    yield platform
    platform.stop()


@dataclass
class Member:
    """A logged-in member of the demo world, with its client and demo card."""

    sandbox: Sandbox
    client: PlatformClient
    ubn: str
    token: str
    card_id: str


class DemoCardRequester:
    """Signs with the demo card's key through the sandbox (the key the emulated card holds)."""

    def __init__(self, sandbox: Sandbox, card_id: str) -> None:
        self.sandbox = sandbox
        self.card_id = card_id
        self.documents: list[bytes] = []

    def request(self, parent: QWidget, document: bytes, purpose: str) -> Future[SignatureBlock]:
        self.documents.append(document)
        answer = self.sandbox.tool(
            "POST",
            f"/demo-cards/{self.card_id}/sign",
            {"data": base64.b64encode(document).decode()},
        )
        future: Future[SignatureBlock] = Future()
        future.set_result(
            CardSignature(
                document,
                base64.b64decode(answer["signature"]),
                base64.b64decode(answer["certificate"]),
                tuple(base64.b64decode(c) for c in answer["chain"]),
            )
        )
        return future


@pytest.fixture
def sandbox(embedded: EmbeddedPlatform) -> Sandbox:
    """A reset platform whose clock stands on a Monday morning."""
    tools = Sandbox(embedded)
    tools.tool("DELETE", "/faults")
    tools.tool("POST", "/reset")
    pin_platform_clock(tools.base)
    return tools


def _scenario_member(sandbox: Sandbox, tmp_path: Path, **body: str) -> Iterator[Member]:
    """A logged-in member made by the platform's ``member_with_points`` scenario."""
    scenario = sandbox.tool("POST", "/scenarios", {"name": "member_with_points", **body})
    client = make_client(sandbox.base, tmp_path)
    client.use_token(scenario["ubn"], scenario["token"])
    yield Member(sandbox, client, scenario["ubn"], scenario["token"], scenario["demo_card_id"])
    client.close()


@pytest.fixture
def member(sandbox: Sandbox, tmp_path: Path) -> Iterator[Member]:
    """The SME member with 30,000 points, logged in."""
    yield from _scenario_member(sandbox, tmp_path)


@pytest.fixture
def signer(member: Member) -> DemoCardRequester:
    """Signs as the member's demo card."""
    return DemoCardRequester(member.sandbox, member.card_id)


@pytest.fixture(params=["zh_TW", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI language of one run (the translator is removed afterwards)."""
    translator = QTranslator()
    if request.param == "en":
        assert translator.load(str(TRANSLATIONS / "tcloud_en.qm"))
        qapp.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan))
    yield str(request.param)
    qapp.removeTranslator(translator)


@pytest.fixture
def maker(sandbox: Sandbox, tmp_path: Path) -> Iterator[Member]:
    """The manufacturer granted the 工業館 200,000 points, logged in."""
    yield from _scenario_member(sandbox, tmp_path, pavilion="industry")


@pytest.fixture
def maker_signer(maker: Member) -> DemoCardRequester:
    """Signs as the manufacturer's demo card."""
    return DemoCardRequester(maker.sandbox, maker.card_id)
