"""The wizard follows its flow: Back goes where ``EnrolmentFlow`` allows, and a submitted
step is locked, on an in-memory platform (milliseconds, no server, no card)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.flows.enrolment import WizardStep
from app.platform.models import Applicant
from app.storage import DraftStore
from app.subsidy import ApplicantType, ApplicationStep, VerificationMethod
from tests.ui.fast.fake_platform import FakePlatform, fake_service
from ui.wiring import OnDemand
from ui.wizard.wizard import EnrolmentWizard

UBN = "16480894"
PERSON = "A123456789"
SME = Applicant(
    UBN, "示範公司", ApplicantType.SME, (VerificationMethod.MOICA_MOBILE,), member=False
)
SIGNED_BEFORE = {ApplicationStep.AUTHORIZATIONS, ApplicationStep.CONSENTS}


@pytest.fixture
def make(qtbot: QtBot, tmp_path: Path, memory_keyring: Any) -> Iterator[Any]:
    made: list[EnrolmentWizard] = []

    def wizard(platform: FakePlatform) -> EnrolmentWizard:
        drafts = DraftStore(platform.platform, directory=tmp_path / "drafts")
        shown = EnrolmentWizard(OnDemand.ready((fake_service(platform), drafts)), None)
        qtbot.addWidget(shown)
        shown.show()
        made.append(shown)
        return shown

    yield wizard
    for shown in made:
        shown.close_draft()


def to_identity(qtbot: QtBot, wizard: EnrolmentWizard) -> Any:
    page = wizard.ubn_page
    page.ubn.edit.setText(UBN)
    page.lookup_button.click()
    qtbot.waitUntil(lambda: bool(page.choices), timeout=2000)
    page.choices[0].radio.setChecked(True)
    page.next_button.click()
    qtbot.waitUntil(lambda: wizard.page_name == WizardStep.IDENTITY, timeout=2000)
    return wizard.current_page


def log_in_before_the_assessment(
    qtbot: QtBot, make: Any, status: str = "draft"
) -> tuple[FakePlatform, EnrolmentWizard]:
    """Log in to an application that has every step but the self-assessment done, its
    status ``status``."""
    platform = FakePlatform(
        SME, done_after_login=set(ApplicationStep) - {ApplicationStep.ASSESSMENT}
    )
    platform.status = status
    wizard = make(platform)
    identity = to_identity(qtbot, wizard)
    identity.id_field.edit.setText(PERSON)
    identity.next_button.click()
    return platform, wizard


def test_back_from_identity_is_the_flows_previous_step(qtbot: QtBot, make: Any) -> None:
    platform = FakePlatform(SME, done_after_login=SIGNED_BEFORE)
    wizard = make(platform)
    flow = wizard.service.flow
    identity = to_identity(qtbot, wizard)
    assert flow.current is WizardStep.IDENTITY
    assert flow.can_go_back()
    assert identity.back_button.text().startswith("上一步")

    identity.back_button.click()
    assert wizard.current_page is wizard.ubn_page
    assert flow.current is WizardStep.METHOD
    with qtbot.waitSignal(wizard.finished, timeout=1000):
        wizard.ubn_page.back_button.click()


def test_a_submitted_step_is_locked_and_back_leaves(qtbot: QtBot, make: Any) -> None:
    platform = FakePlatform(SME, done_after_login=SIGNED_BEFORE)
    wizard = make(platform)
    flow = wizard.service.flow
    identity = to_identity(qtbot, wizard)
    identity.id_field.edit.setText(PERSON)
    identity.next_button.click()
    qtbot.waitUntil(lambda: wizard.page_name == WizardStep.FORM, timeout=3000)
    assert platform.calls[-2:] == ["logged in", "application"]
    assert flow.current is WizardStep.FORM
    assert not flow.can_go_back()  # the consents before it were signed and sent

    form = wizard.current_page
    assert form.back_button.text().startswith("回到首頁")
    with qtbot.waitSignal(wizard.finished, timeout=1000):
        form.back_button.click()
    assert flow.current is WizardStep.FORM  # nothing went back to a locked step


def test_a_refused_application_says_so_and_leads_home(qtbot: QtBot, make: Any) -> None:
    """A refused application is not shown as still under review: the refusal, whom to ask,
    and the way home (the platform's ``rejected`` status)."""
    _platform, wizard = log_in_before_the_assessment(qtbot, make, "rejected")
    qtbot.waitUntil(lambda: wizard.page_name == WizardStep.ASSESSMENT, timeout=3000)
    page = wizard.current_page
    assert page.title.text() == "資格審查未通過"
    shown = " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    assert "0809-092-091" in shown
    assert "審查中" not in shown
    assert page.title.accessibleName() == "資格審查未通過"
    with qtbot.waitSignal(wizard.finished, timeout=1000):
        page.next_button.click()


def test_the_self_assessment_can_be_left_for_the_start_page(qtbot: QtBot, make: Any) -> None:
    """Halfway through the questions, the person may stop and come back later: the page
    offers 回到首頁 (it had no way out but closing the program; the answers given are in
    the draft, EnrolmentService.questionnaire)."""
    from ui.wizard.assessment_page import AssessmentPage

    _platform, wizard = log_in_before_the_assessment(qtbot, make)
    qtbot.waitUntil(lambda: isinstance(wizard.current_page, AssessmentPage), timeout=3000)
    page = wizard.current_page
    page.option_buttons[0].click()
    assert page.back_button.isVisibleTo(page)
    assert page.back_button.text().startswith("回到首頁")
    with qtbot.waitSignal(wizard.finished, timeout=1000):
        page.back_button.click()
    assert wizard.service.flow.current is WizardStep.ASSESSMENT  # nothing sent is undone


def test_the_review_page_asks_again_when_the_training_clock_moves(qtbot: QtBot, make: Any) -> None:
    """Under review until the next working day: once the trainer moves the platform clock
    the page checks at once and goes on to the self-assessment (it kept saying the result
    comes "in 1 day" on that very day until 重新檢查 was pressed)."""
    from ui.wizard.assessment_page import AssessmentPage
    from ui.wizard.review_page import ReviewPage

    platform, wizard = log_in_before_the_assessment(qtbot, make, "pending_review")
    qtbot.waitUntil(lambda: isinstance(wizard.current_page, ReviewPage), timeout=3000)
    asked = platform.calls.count("application")
    platform.status = "active"  # the review was decided when the clock passed its day
    wizard.platform_changed()
    qtbot.waitUntil(lambda: isinstance(wizard.current_page, AssessmentPage), timeout=3000)
    assert platform.calls.count("application") == asked + 1
    wizard.platform_changed()  # elsewhere it asks nothing
    assert platform.calls.count("application") == asked + 1
