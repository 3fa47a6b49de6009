"""The training panel stays usable while the main window shows a dialog.

The panel is a window of its own; the main window's dialogs are modal to the main window
only. Qt tells a window it is blocked by a modal dialog with a WindowBlocked event: each
test checks that the main window got one and the panel did not, then does the journey
with the panel's own buttons while the dialog is open.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from sandbox.world import DEMO_APPLICANTS
from tests.ui.conftest import Sandbox, WizardDriver

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")


class BlockWatch(QObject):
    """Remembers whether Qt has blocked a window for a modal dialog."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.blocked = False
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowBlocked:
            self.blocked = True
        elif event.type() == QEvent.Type.WindowUnblocked:
            self.blocked = False
        return False


@pytest.fixture
def journey(training_window: Any, qtbot: QtBot) -> Any:
    """The training window with its panel open, a wizard and watches on both windows."""
    window = training_window
    window.panel_button.click()
    panel = window.training_panel
    assert panel.isVisible()
    assert panel.parent() is None, "the panel is a window of its own"
    window.open_wizard()
    driver = WizardDriver(qtbot, window.wizard, Sandbox(window.platform_url), lambda: window.cards)
    driver.main_watch = BlockWatch(window)
    driver.panel_watch = BlockWatch(panel)
    driver.panel = panel
    return driver


def _panel_insert(driver: Any, card_id: str) -> None:
    panel = driver.panel
    panel.card_choice.setCurrentIndex(panel.card_choice.findData(card_id))
    panel.insert_button.click()
    driver.wait_card()


def _sign_in_with_a_card(driver: Any) -> tuple[Any, Any]:
    """Choose the 工商憑證, insert it from the panel, press next: the PIN dialog opens."""
    page = driver.choose(SME.ubn, "moeaca_card")
    _panel_insert(driver, "moeaca-sme-primary")
    page.next_button.click()
    card_panel = driver.wizard.card_panel
    driver.qtbot.waitUntil(lambda: card_panel.pin_dialog is not None, timeout=20000)
    return page, card_panel.pin_dialog


def _only_the_main_window_is_blocked(driver: Any) -> None:
    driver.qtbot.waitUntil(lambda: driver.main_watch.blocked, timeout=5000)
    assert not driver.panel_watch.blocked


def test_phone_approval_in_the_panel_during_the_signing_wait(journey: Any) -> None:
    driver, panel, qtbot = journey, journey.panel, journey.qtbot
    page = driver.choose(SME.ubn, "moica_mobile")
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    qtbot.waitUntil(lambda: bool(panel.pending), timeout=20000)
    panel.approve_button.click()
    auth = driver.wait_page("authorizations", timeout=30000)
    auth.agree.setChecked(True)
    auth.next_button.click()
    signing = driver.wizard.signing
    qtbot.waitUntil(
        lambda: signing.dialog is not None and signing.dialog.wait.active, timeout=20000
    )
    _only_the_main_window_is_blocked(driver)
    qtbot.waitUntil(lambda: bool(panel.pending), timeout=10000)
    assert panel.approve_button.isEnabled()
    panel.approve_button.click()
    qtbot.waitUntil(lambda: driver.page is not auth, timeout=30000)
    qtbot.waitUntil(lambda: not driver.main_watch.blocked, timeout=5000)
    qtbot.waitUntil(lambda: not panel.pending, timeout=5000)


def test_keypad_entry_in_the_panel_during_the_pin_pad_wait(journey: Any) -> None:
    driver, panel, qtbot = journey, journey.panel, journey.qtbot
    panel.lesson_choice.setCurrentIndex(panel.lesson_choice.findData("pinpad"))
    panel.restart_lesson()
    assert not any(panel.current_lesson().done())
    panel.pinpad_check.setChecked(True)
    _page, dialog = _sign_in_with_a_card(driver)
    assert dialog.pinpad
    dialog.ok_button.click()
    qtbot.waitUntil(panel.pad_keys["1"].isEnabled, timeout=10000)
    _only_the_main_window_is_blocked(driver)
    for digit in "123456":
        panel.pad_keys[digit].click()
    qtbot.waitUntil(lambda: "●" * 6 in panel.pad_display.text(), timeout=5000)
    panel.pad_confirm.click()
    driver.wait_page("authorizations", timeout=30000)
    qtbot.waitUntil(lambda: not panel.pad_keys["1"].isEnabled(), timeout=5000)
    # The PIN-pad lesson ticked itself off along the way.
    qtbot.waitUntil(lambda: panel.current_lesson().complete, timeout=5000)


def test_card_pulled_in_the_panel_while_the_pin_dialog_is_open(journey: Any) -> None:
    driver, panel, qtbot = journey, journey.panel, journey.qtbot
    page, dialog = _sign_in_with_a_card(driver)
    _only_the_main_window_is_blocked(driver)
    qtbot.keyClicks(dialog.pin_edit, "12")  # part of the PIN typed, then the card goes
    panel.remove_button.click()
    assert "沒有卡片" in panel.card_state.text()
    # The dialog closes at once, forgetting what was typed; the page says the card is gone.
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert dialog.pin_edit.text() == ""
    assert dialog.take_pin() == ""
    qtbot.waitUntil(lambda: page.errors.code == "CARD_REMOVED", timeout=10000)
    assert not driver.main_watch.blocked
    # Put it back from the panel and sign in after all.
    _panel_insert(driver, "moeaca-sme-primary")
    page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)


def test_the_unkept_draft_question_blocks_only_the_main_window(
    no_keyring: None, journey: Any
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    driver, panel = journey, journey.panel
    driver.choose(SME.ubn, "moeaca_card")  # the chosen method is in the draft now
    wizard = driver.wizard
    assert not wizard.drafts.persistent
    left: list[bool] = []
    wizard.finished.connect(lambda: left.append(True))
    seen: dict[str, bool] = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen["main blocked"] = driver.main_watch.blocked
        seen["panel blocked"] = driver.panel_watch.blocked
        # the panel answers while the question is up
        panel.card_choice.setCurrentIndex(panel.card_choice.findData("moeaca-sme-primary"))
        panel.insert_button.click()
        seen["panel works"] = "沒有卡片" not in panel.card_state.text()
        next(b for b in box.buttons() if b.text() == "留下繼續填寫").click()

    QTimer.singleShot(50, answer)
    wizard.ubn_page.back_requested.emit()
    assert seen == {"main blocked": True, "panel blocked": False, "panel works": True}
    assert left == []  # stayed
    # the fixture's teardown closes the window: leave without being asked again
    wizard.confirm_leaving = lambda _title, _text: True
