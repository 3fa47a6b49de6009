"""The rejected journey in training mode: a tax-registered applicant reaches 資格審查中, the
trainer presses 不核准 in the panel's 時鐘 tab, and the wizard says why and what to do."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot
from test_member_login import lookup
from test_training_layout import SCREENS, _available, _clipped, _composite, open_docked
from test_training_lessons import TAX, Trainee, trainee  # noqa: F401 (the fixture)

from ui.member_login import MemberLoginPage
from ui.wizard.review_page import ReviewPage


def apply_until_review(learner: Trainee) -> ReviewPage:
    """Apply as the demo snack shop with the mobile citizen certificate, every phone
    request approved in the panel's 手機 tab, up to 資格審查中."""
    driver = learner.new_application()
    page = driver.choose(TAX.ubn, "moica_mobile")
    page.id_field.edit.setText(TAX.responsible_id)
    page.next_button.click()
    learner.approve_phone()
    driver.wait_page("authorizations", timeout=30000)
    learner.sign_authorizations_by_phone(TAX.responsible_id)
    consents = driver.wait_page("consents")
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    learner.sign_on_the_phone(consents)
    driver.wait_page("form", timeout=30000)
    review = driver.form_and_account(TAX.ubn)
    assert isinstance(review, ReviewPage)
    assert review.review_state == "under_review"
    return review


def pending_review_shown(learner: Trainee) -> None:
    """Show the 時鐘 tab and wait until its 資格審查 box offers the snack shop."""
    panel = learner.panel
    panel.tabs.setCurrentWidget(panel.clock_label.parentWidget())
    learner.qtbot.waitUntil(
        lambda: (
            panel.review_choice.currentData() == TAX.ubn and panel.reject_review_button.isEnabled()
        ),
        timeout=10000,
    )


def test_reject_in_the_panel_and_the_wizard_shows_why(trainee: Trainee, qtbot: QtBot) -> None:  # noqa: F811
    trainee.start_lesson("review_rejected")
    apply_until_review(trainee)
    trainee.expect_done(1)
    panel = trainee.panel
    pending_review_shown(trainee)
    assert TAX.name in panel.review_choice.currentText()
    assert panel.review_reason.text() == "查無稅籍登記資料"
    said: list[str] = []
    panel.message.connect(said.append)
    panel.reject_review_button.click()
    trainee.expect_done(2)

    # The open wizard follows at once: no recheck pressed, no clock moved.
    def refused() -> bool:
        page = trainee.wizard.current_page
        return isinstance(page, ReviewPage) and page.review_state == "refused"

    qtbot.waitUntil(refused, timeout=10000)
    page = trainee.wizard.current_page
    assert page.title.text() == "資格審查未通過"
    assert "查無稅籍登記資料" in page.reason_label.text()
    assert "0809-092-091" in " ".join(label.text() for label in page.findChildren(type(page.title)))
    assert any("不核准" in line and "查無稅籍登記資料" in line for line in said), said
    trainee.expect_done(3)
    # Nothing is left for the panel to decide; the clock no longer names the review.
    qtbot.waitUntil(lambda: not panel.reject_review_button.isEnabled(), timeout=10000)
    assert panel.review_choice.currentData() is None
    assert "資格審查" not in panel.next_deadline_label.text()
    # The rejection notice was e-mailed to the contact address.
    mails = panel.training.outbox(TAX.ubn)
    assert any(m.subject == "資格審查未通過" for m in mails)

    # A later member login says why it cannot log in, not "complete the application".
    window = trainee.window
    page.next_button.click()
    qtbot.waitUntil(lambda: window.wizard is None, timeout=10000)
    window.open_member_login()
    qtbot.waitUntil(
        lambda: isinstance(window.pages.currentWidget(), MemberLoginPage), timeout=20000
    )
    login = window.pages.currentWidget()
    lookup(qtbot, login, TAX.ubn)
    # not "complete the application": the review turned it down, and where to ask
    assert login.not_member.isVisible()
    told = login.not_member_text.text()
    assert "資格審查未通過" in told
    assert "0809-092-091" in told
    assert "完成申請" not in told
    assert not login.method_radios


def test_approve_in_the_panel_opens_the_assessment(trainee: Trainee, qtbot: QtBot) -> None:  # noqa: F811
    apply_until_review(trainee)
    pending_review_shown(trainee)
    trainee.panel.approve_review_button.click()
    qtbot.waitUntil(
        lambda: type(trainee.wizard.current_page).__name__ == "AssessmentPage", timeout=20000
    )
    assert "已核准" in trainee.panel.status.text()


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_review_screenshots(
    qtbot: QtBot, memory_keyring: Any, screenshot_dir: Path, language: str
) -> None:
    """The panel with a review pending, then the wizard's refusal, docked at 1366x768."""
    screen = SCREENS["1366x768"]
    available = _available(screen)
    window, _beside = open_docked(qtbot, language, screen)
    try:
        trainee = Trainee(qtbot, window)
        panel = trainee.panel
        apply_until_review(trainee)
        pending_review_shown(trainee)
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(lambda: _clipped(panel) == [], timeout=2000)
        assert _clipped(panel) == [], language
        assert panel.geometry().bottom() <= available.bottom(), panel.minimumSizeHint()
        path = screenshot_dir / f"training_review_pending_{language}.png"
        assert _composite(window, panel, screen).save(str(path))
        panel.reject_review_button.click()
        qtbot.waitUntil(
            lambda: getattr(window.wizard.current_page, "review_state", "") == "refused",
            timeout=10000,
        )
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(lambda: _clipped(window.wizard) == [], timeout=2000)
        assert _clipped(window.wizard) == [], language
        path = screenshot_dir / f"training_review_rejected_{language}.png"
        assert _composite(window, panel, screen).save(str(path))
    finally:
        window.shutdown()
        QCoreApplication.processEvents()
