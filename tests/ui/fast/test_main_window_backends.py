"""The main window builds no service itself: the wizard, member login and the card
context come from the Backends it is given (here the in-memory platform; no server, no
card reader)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from pytestqt.qtbot import QtBot

from app.flows.enrolment_service import EnrolmentService
from app.launch_options import LaunchOptions
from app.platform.client import PlatformClient
from app.platform.models import Applicant
from app.storage import DraftStore
from app.subsidy import ApplicantType, VerificationMethod
from tests.ui.fast.fake_platform import FakePlatform, fake_service
from ui.card_context import CardContext
from ui.main_window import MainWindow
from ui.member_login import MemberLoginPage
from ui.wiring import Backends

APPLICANT = Applicant(
    "16480894", "示範公司", ApplicantType.SME, (VerificationMethod.MOICA_MOBILE,), member=True
)


class FakeBackends(Backends):
    def __init__(self, platform: FakePlatform, drafts: Path) -> None:
        self.platform = platform
        self.drafts = drafts
        self.asked: list[str] = []

    def client(self, platform_url: str) -> PlatformClient:
        self.asked.append(f"client {platform_url}")
        return cast(PlatformClient, self.platform)

    def cards(self, training: bool) -> CardContext:
        self.asked.append(f"cards training={training}")
        return cast(CardContext, NoCards())

    def enrolment(self, platform_url: str) -> tuple[EnrolmentService, DraftStore]:
        self.asked.append(f"enrolment {platform_url}")
        drafts = DraftStore(self.platform.platform, directory=self.drafts)
        return fake_service(self.platform), drafts


class NoCards:
    """The card context's start/stop only: these tests never read a card."""

    service: Any = None
    monitor: Any = None

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass


def test_the_window_hands_its_backends_to_the_wizard_and_member_login(
    qtbot: QtBot, tmp_path: Path, memory_keyring: Any
) -> None:
    url = "https://platform.example.invalid"
    backends = FakeBackends(FakePlatform(APPLICANT, done_after_login=set()), tmp_path)
    window = MainWindow(LaunchOptions(platform_url=url), backends=backends)
    qtbot.addWidget(window)
    window.open_wizard()
    assert window.wizard is not None
    # The first pages need no service: each is built when first used.
    assert backends.asked == []
    assert window.wizard.client is backends.platform
    window.close_wizard()
    window.open_member_login()
    page = window.pages.currentWidget()
    assert isinstance(page, MemberLoginPage)
    assert backends.asked == [f"enrolment {url}"]
    assert page.client is backends.platform
    assert page.cards is window.cards
    assert backends.asked == [f"enrolment {url}", f"client {url}", "cards training=False"]


def test_the_options_choose_the_backends_and_training_mode_is_one_factory(
    qtbot: QtBot, tmp_path: Path, monkeypatch: Any
) -> None:
    from ui.training.platform_process import DATABASE_NAME
    from ui.wiring import backends_for, training_backends

    monkeypatch.setenv("TCLOUD_HOME", str(tmp_path))
    assert (
        backends_for(LaunchOptions(platform_url="https://platform.example")).training_platform
        is None
    )
    training = backends_for(LaunchOptions())
    platform = training.training_platform
    assert platform is not None
    assert platform.process is None  # built, not started: the composition root starts it
    assert platform.database is not None
    assert platform.database.name == DATABASE_NAME
    # A shared kiosk PC keeps the training data in memory only.
    kiosk = training_backends(kiosk=True).training_platform
    assert kiosk is not None
    assert kiosk.database is None
    # The window shows the platform's state but starts nothing itself.
    window = MainWindow(LaunchOptions(), backends=training)
    qtbot.addWidget(window)
    assert platform.process is None
    window.shutdown()  # stopping what never started is fine


def test_a_training_draft_is_offered_back_after_a_restart_on_another_port(
    memory_keyring: Any,
) -> None:
    """The training platform's data outlive the program but it listens on a new port each
    start: what was typed before closing the program is found again after the next one."""
    from ui.wiring import training_backends

    _, first_run = training_backends(kiosk=False).enrolment("http://127.0.0.1:37781/api/v1")
    draft = first_run.open("16480894")
    draft.save("form", "contact_name", "林小華")
    draft.flush()

    _, next_run = training_backends(kiosk=False).enrolment("http://127.0.0.1:39839/api/v1")
    assert [d.ubn for d in next_run.list_drafts()] == ["16480894"]
    loaded = next_run.load("16480894")
    assert loaded is not None
    assert loaded.get("form", "contact_name") == "林小華"


def test_a_real_platform_and_a_kiosk_keep_their_drafts_under_their_address(
    memory_keyring: Any,
) -> None:
    from ui.wiring import Backends, training_backends

    real = Backends().client("https://platform.example/api/v1")
    assert real.platform == "platform.example"
    kiosk = training_backends(kiosk=True).client("http://127.0.0.1:37781/api/v1")
    assert kiosk.platform == "127.0.0.1:37781"  # the session janitor wipes it by address
