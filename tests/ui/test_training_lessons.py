"""The training lessons (課程) tick themselves off, done as a trainee would do them.

Each test drives the client only through its own window and the training panel — cards go
in and out from the panel, the phone is approved there, the vendor acts there, e-mailed
codes are read there — and never calls the training platform behind the client's back.
After each action it checks that the lesson's steps tick off in order (the steps done so
far ✓, the rest ○); at the end, starting the lesson again brings every step back to ○.
The missed-deadline lesson is in test_training_vendor.py, the PIN-pad lesson in
test_training_panel_dialogs.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from lesson_steps import shown_steps
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from sandbox.world import DEMO_APPLICANTS
from tests.ui.conftest import Sandbox, WizardDriver, responsible_name
from ui.dialogs.pin_dialog import PinDialog
from ui.member.solutions import SOLUTION_ROLE

ORDERED_SOLUTION = "S002"  # 雲翔 ERP 標準版: general zone, not yet a customer
SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
TAX = next(d for d in DEMO_APPLICANTS if d.applicant_type == "tax_registered")
COOPERATIVE = next(d for d in DEMO_APPLICANTS if d.applicant_type == "cooperative")
DEMO_PIN = "123456"
TICK_MS = 10000
"""The lessons look at the client every second; a step ticks off well within this."""


class Trainee:
    """Does a lesson in the training window, using only the window and the panel."""

    def __init__(self, qtbot: QtBot, window: Any) -> None:
        self.qtbot = qtbot
        self.window = window
        if window.training_panel is None or not window.training_panel.isVisible():
            window.panel_button.click()
        self.panel = window.training_panel
        assert self.panel.isVisible()
        self.driver: WizardDriver | None = None
        self.history: list[tuple[bool, ...]] = []
        """The ticks the step list showed, at each of the lessons' checks."""
        self.panel.lesson_timer.timeout.connect(self.record)

    # --- the lesson ------------------------------------------------------------------
    def lines(self) -> list[str]:
        """The steps of the lesson on screen, as shown (✓ done, ○ not yet)."""
        return shown_steps(self.panel.lesson_steps)

    def start_lesson(self, lesson_id: str) -> None:
        """Show the lesson in the 課程 tab and press 從頭開始這個課程."""
        panel = self.panel
        panel.tabs.setCurrentWidget(panel.lesson_steps.parentWidget())
        panel.lesson_choice.setCurrentIndex(panel.lesson_choice.findData(lesson_id))
        panel.lesson_restart.click()
        self.history.clear()
        self.expect_done(0, exact=True)

    def record(self) -> None:
        """Remember which steps the list shows ticked off now."""
        self.history.append(tuple(line.startswith("✓") for line in self.lines()))

    def expect_done(self, count: int, *, exact: bool = False) -> None:
        """At least the first ``count`` steps are ticked off (``exact``: no later one), and
        every state the list has shown since the lesson started ticked steps in order."""

        def ticked() -> bool:
            self.record()
            return self.history[-1][:count] == (True,) * count

        self.qtbot.waitUntil(ticked, timeout=TICK_MS)
        for state in self.history:
            done = sum(state)
            assert state == (True,) * done + (False,) * (len(state) - done), self.history
        if exact:
            assert not any(self.history[-1][count:]), self.lines()

    def restart_brings_it_back(self) -> None:
        """Every step done; 從頭開始這個課程 shows every step not done again."""
        self.qtbot.waitUntil(lambda: "課程完成" in self.panel.status.text(), timeout=TICK_MS)
        self.panel.lesson_restart.click()
        assert all(line.startswith("○") for line in self.lines()), self.lines()
        assert not any(self.panel.current_lesson().done())

    # --- the panel -------------------------------------------------------------------
    def insert(self, card_id: str) -> None:
        """Put a demo card into the reader from the 卡片 tab; wait until the page has it."""
        panel = self.panel
        serial = panel.pki.cards[card_id].card_serial
        panel.card_choice.setCurrentIndex(panel.card_choice.findData(card_id))
        panel.insert_button.click()
        card_panel = self.wizard.card_panel

        def read() -> bool:
            who = card_panel.usable_identity()
            return who is not None and who.card_serial == serial

        self.qtbot.waitUntil(read, timeout=20000)

    def approve_phone(self) -> None:
        """Approve the waiting phone request in the 手機 tab."""
        panel = self.panel
        self.qtbot.waitUntil(lambda: bool(panel.pending), timeout=20000)
        self.qtbot.waitUntil(panel.approve_button.isEnabled, timeout=5000)
        panel.approve_button.click()
        self.qtbot.waitUntil(lambda: not panel.pending, timeout=10000)

    def sign_on_the_phone(self, page: Any) -> None:
        """Press the page's 簽署 and approve the signature in the 手機 tab meanwhile."""
        page.next_button.click()
        self.qtbot.waitUntil(lambda: signing_waits(self.wizard.signing), timeout=20000)
        self.approve_phone()
        self.qtbot.waitUntil(lambda: self.wizard.current_page is not page, timeout=30000)

    def sign_authorizations_by_phone(self, responsible_id: str) -> None:
        """Each authorisation signed on the phone: approved in the panel during the wait."""
        while self.wizard.page_name == "authorizations":
            auth = self.wizard.current_page
            auth.agree.setChecked(True)
            if auth.notice is not None:
                auth.notice.setChecked(True)
                auth.person.edit.setText(responsible_id)
                auth.person_name.edit.setText(responsible_name(responsible_id))
            self.sign_on_the_phone(auth)

    # --- the main window -------------------------------------------------------------
    @property
    def wizard(self) -> Any:
        return self.window.wizard

    def new_application(self) -> WizardDriver:
        """首頁 → 新申請: a wizard and a driver for its pages."""
        window = self.window
        window.start_page.new_button.click()
        self.qtbot.waitUntil(lambda: window.wizard is not None, timeout=20000)
        sandbox = Sandbox(window.platform_url)  # the driver never uses it in these tests
        self.driver = WizardDriver(self.qtbot, window.wizard, sandbox, lambda: window.cards)
        return self.driver

    def start_applying(self, lesson_id: str, method: str) -> tuple[WizardDriver, Any]:
        """Start the lesson, then a new application of the demo company with ``method``:
        the driver and the identity page."""
        self.start_lesson(lesson_id)
        driver = self.new_application()
        return driver, driver.choose(SME.ubn, method)

    def back_to_start(self) -> None:
        """The page's back button, past the locked steps, leaves for the start page."""
        page = self.wizard.current_page
        assert "回到首頁" in page.back_button.text()  # as the card lesson tells
        page.back_button.click()
        self.qtbot.waitUntil(lambda: self.window.wizard is None, timeout=10000)

    def card_identity(self, ubn: str, method: str, card_id: str, responsible_id: str) -> Any:
        """Look up ``ubn``, choose a card ``method``, insert ``card_id``, type the PIN."""
        assert self.driver is not None
        page = self.driver.choose(ubn, method)
        if page.id_field is not None:
            page.id_field.edit.setText(responsible_id)
        self.insert(card_id)
        page.next_button.click()
        self.driver.enter_pin(DEMO_PIN)
        return self.driver.wait_page("authorizations", timeout=30000)


def answer_yes_to_the_next_question() -> None:
    """Press 是 (Yes) on the next question box shown."""

    def answer() -> None:
        boxes = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        if not boxes:
            QTimer.singleShot(50, answer)
            return
        button = boxes[0].button(QMessageBox.StandardButton.Yes)
        assert button is not None
        button.click()

    QTimer.singleShot(50, answer)


@pytest.fixture
def trainee(training_window: Any, qtbot: QtBot) -> Iterator[Trainee]:
    """The training window with the panel open beside it.

    A test that fails while a PIN dialog is open cancels it, as a person would before
    closing: the login waiting for that PIN would otherwise keep its worker thread (and
    the test run) from ending.
    """
    yield Trainee(qtbot, training_window)
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, PinDialog) and dialog.isVisible():
            dialog.reject()
    QCoreApplication.processEvents()


def test_lesson_apply_with_each_card_kind(trainee: Trainee) -> None:
    trainee.start_lesson("card_kinds")
    # The lesson names the applicants to use: one applicant keeps its first method.
    summary = trainee.panel.lesson_summary.text()
    for demo in (SME, TAX, COOPERATIVE):
        assert demo.name.removesuffix("（測試）") in summary
    trainee.new_application()
    driver = trainee.driver
    assert driver is not None
    page = driver.choose(SME.ubn, "moeaca_card")
    trainee.insert("moeaca-sme-primary")
    trainee.expect_done(1)
    page.next_button.click()
    driver.enter_pin(DEMO_PIN)
    driver.wait_page("authorizations", timeout=30000)
    trainee.expect_done(2)
    trainee.back_to_start()

    trainee.new_application()
    trainee.card_identity(TAX.ubn, "moica_card", "moica-tax-owner", TAX.responsible_id)
    trainee.expect_done(3)
    trainee.back_to_start()

    trainee.new_application()
    trainee.card_identity(COOPERATIVE.ubn, "xca_card", "xca-coop", COOPERATIVE.responsible_id)
    trainee.expect_done(4)
    driver = trainee.driver
    assert driver is not None
    driver.authorizations_and_consents_until_consents(DEMO_PIN, COOPERATIVE.responsible_id)
    trainee.expect_done(5)
    trainee.restart_brings_it_back()


def test_lesson_apply_by_phone(trainee: Trainee) -> None:
    qtbot = trainee.qtbot
    # A card chosen first does not count as choosing the phone; back, and choose it.
    driver, page = trainee.start_applying("phone", "moeaca_card")
    with qtbot.waitSignal(trainee.panel.lesson_timer.timeout, timeout=TICK_MS):
        pass
    trainee.expect_done(0, exact=True)
    page.back_button.click()
    driver.wait_page("ubn")
    page = driver.choose(SME.ubn, "moica_mobile")
    trainee.expect_done(1)
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    trainee.approve_phone()
    trainee.expect_done(2)
    driver.wait_page("authorizations", timeout=30000)
    trainee.expect_done(3)
    # Past identity by phone is not the PIN-pad lesson's keypad sign-in.
    assert not trainee.panel.progress["pinpad"].done()[2]
    trainee.sign_authorizations_by_phone(SME.responsible_id)
    driver.wait_page("consents")
    trainee.expect_done(4)
    trainee.restart_brings_it_back()


def test_lesson_wrong_pin_last_try_and_blocked_card(trainee: Trainee) -> None:
    qtbot = trainee.qtbot
    driver, page = trainee.start_applying("wrong_pin", "moeaca_card")
    trainee.insert("moeaca-sme-primary")
    page.next_button.click()
    card_panel = trainee.wizard.card_panel
    qtbot.waitUntil(lambda: card_panel.pin_dialog is not None, timeout=20000)
    first = card_panel.pin_dialog
    assert first.tries_left == 3
    # The PIN dialog shows the tries left, nothing wrong was typed: after the lessons
    # have looked at it twice, nothing is ticked off.
    for _check in range(2):
        with qtbot.waitSignal(trainee.panel.lesson_timer.timeout, timeout=TICK_MS):
            pass
    trainee.expect_done(0, exact=True)

    second = type_wrong_pin(trainee, first)
    assert second.retry
    assert second.tries_left == 2
    trainee.expect_done(1)

    last = type_wrong_pin(trainee, second)
    assert last.tries_left == 1
    trainee.expect_done(2)

    qtbot.keyClicks(last.pin_edit, "000000")
    answer_yes_to_the_next_question()
    last.ok_button.click()
    driver.wait_error(page, "PIN_BLOCKED")
    trainee.expect_done(3)
    trainee.restart_brings_it_back()


def type_wrong_pin(trainee: Trainee, dialog: PinDialog) -> PinDialog:
    """Type a wrong PIN in ``dialog``; the PIN dialog that asks again."""
    card_panel = trainee.wizard.card_panel
    trainee.qtbot.keyClicks(dialog.pin_edit, "000000")
    dialog.ok_button.click()
    trainee.qtbot.waitUntil(
        lambda: card_panel.pin_dialog is not None and card_panel.pin_dialog is not dialog,
        timeout=20000,
    )
    again: PinDialog = card_panel.pin_dialog
    return again


def test_lesson_remote_assist_in_privacy_mode(trainee: Trainee) -> None:
    window = trainee.window
    trainee.start_lesson("privacy")
    window.support.privacy.action.trigger()
    assert window.support.privacy.enabled
    trainee.expect_done(1)
    trainee.new_application()
    trainee.expect_done(2)
    window.support.help_action.trigger()
    trainee.expect_done(3)
    trainee.restart_brings_it_back()


def signing_waits(signing: Any) -> bool:
    """The signing dialog waits for the phone."""
    return signing is not None and signing.dialog is not None and bool(signing.dialog.wait.active)


def test_a_step_done_while_the_panel_is_hidden_still_counts(trainee: Trainee) -> None:
    window, panel, qtbot = trainee.window, trainee.panel, trainee.qtbot
    trainee.start_lesson("privacy")
    panel.hide()
    window.support.privacy.action.trigger()
    trainee.new_application()
    # The application is in view in privacy mode for a moment, then help is opened.
    with qtbot.waitSignal(panel.lesson_timer.timeout, timeout=TICK_MS):
        pass
    window.support.help_action.trigger()
    with qtbot.waitSignal(panel.lesson_timer.timeout, timeout=TICK_MS):
        pass
    window.panel_button.click()
    assert panel.isVisible()
    with qtbot.waitSignal(panel.lesson_timer.timeout, timeout=TICK_MS):
        pass
    assert all(line.startswith("✓") for line in trainee.lines()), trainee.lines()


def email_code(trainee: Trainee) -> str:
    """The newest verification code, read in the panel's 信件 tab."""
    panel = trainee.panel
    panel.tabs.setCurrentWidget(panel.mail_view.parentWidget())
    pattern = re.compile(r"驗證碼為 (\d{6})")
    trainee.qtbot.waitUntil(lambda: bool(pattern.search(panel.mail_view.toPlainText())))
    found = pattern.search(panel.mail_view.toPlainText())
    assert found is not None
    return found.group(1)


def when_shown(kind: type, act: Any) -> None:
    """Once a window of ``kind`` is on screen, do ``act`` with it (the GUI thread waits in
    its event loop meanwhile: a PIN dialog, a file dialog opened with exec)."""

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, look)
            return
        act(shown[0])

    QTimer.singleShot(50, look)


def type_pin(dialog: PinDialog) -> None:
    """Type the demo PIN in ``dialog`` and press its OK button."""
    dialog.pin_edit.setText(DEMO_PIN)
    dialog.ok_button.click()


def become_member(trainee: Trainee) -> Any:
    """Apply as the demo company with its 工商憑證 up to the member area, as a trainee
    would: the e-mailed code is read in the panel's 信件 tab."""
    qtbot = trainee.qtbot
    driver = trainee.new_application()
    trainee.card_identity(SME.ubn, "moeaca_card", "moeaca-sme-primary", SME.responsible_id)
    driver.authorizations_and_consents(DEMO_PIN, SME.responsible_id)
    form = driver.fill_form()
    form.next_button.click()
    qtbot.waitUntil(lambda: type(driver.page).__name__ == "AccountPage", timeout=20000)
    account = driver.page
    account.password.edit.setText("Cloud-Demo-2025")
    account.confirm.edit.setText("Cloud-Demo-2025")
    account.create_button.click()
    qtbot.waitUntil(account.code.isEnabled, timeout=20000)
    account.code.edit.setText(email_code(trainee))
    account.next_button.click()
    result = driver.assessment()
    result.next_button.click()
    area = trainee.window.member_area
    qtbot.waitUntil(lambda: area is not None and area.snapshot is not None, timeout=20000)
    return area


def order_in_the_member_area(trainee: Trainee, area: Any) -> str:
    """方案 → a plan → 訂購: agree, sign with the card's PIN; the new order's id."""
    qtbot = trainee.qtbot
    page = area.solutions
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=20000)

    def row() -> int:
        for index in range(page.results.count()):
            solution = page.results.item(index).data(SOLUTION_ROLE)
            if solution is not None and solution.id == ORDERED_SOLUTION:
                return index
        return -1

    qtbot.waitUntil(lambda: row() >= 0, timeout=20000)
    page.results.setCurrentRow(row())
    page.plans.selectRow(1)
    qtbot.waitUntil(page.order_button.isEnabled, timeout=5000)
    page.order_button.click()
    dialog = area.dialog
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=20000)
    dialog.agree.setChecked(True)
    when_shown(PinDialog, type_pin)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=30000)
    order_id = str(dialog.order.id)
    dialog.accept()
    return order_id


def vendor_does(trainee: Trainee, order_id: str, action: str) -> None:
    """The 廠商 tab: select the order, press the vendor's ``action``."""
    panel, qtbot = trainee.panel, trainee.qtbot
    panel.tabs.setCurrentWidget(panel.order_list.parentWidget())
    # Conditions with room for a loaded machine (a shuffled run once took over 10 s).
    qtbot.waitUntil(lambda: any(o.id == order_id for o in panel.orders), timeout=30000)
    panel.select_order(order_id)
    button = panel.vendor_buttons[action]
    qtbot.waitUntil(button.isEnabled, timeout=30000)
    with qtbot.waitSignal(panel.platform_changed, timeout=30000):
        button.click()


def test_lesson_order_from_quote_to_service_then_termination(trainee: Trainee) -> None:
    from PySide6.QtWidgets import QFileDialog

    qtbot = trainee.qtbot
    trainee.start_lesson("order_to_service")
    area = become_member(trainee)
    trainee.expect_done(0)

    order_id = order_in_the_member_area(trainee, area)
    trainee.expect_done(1)
    vendor_does(trainee, order_id, "confirm")
    trainee.expect_done(2)

    area.show_order(order_id)
    detail = area.orders.detail
    qtbot.waitUntil(detail.pay_button.isVisible, timeout=10000)
    detail.pay_button.click()
    payment = area.payment_dialog
    with qtbot.waitSignal(payment.paid, timeout=10000):
        payment.pay_button.click()
    payment.close()
    trainee.expect_done(3)

    vendor_does(trainee, order_id, "issue-invoice")
    trainee.expect_done(4)
    vendor_does(trainee, order_id, "start-service")
    trainee.expect_done(5)

    area.show_order(order_id)
    qtbot.waitUntil(detail.terminate_button.isEnabled, timeout=10000)
    detail.terminate_button.click()
    termination = area.dialog
    qtbot.waitUntil(lambda: termination.quote is not None, timeout=20000)
    when_shown(PinDialog, type_pin)
    when_shown(QFileDialog, lambda files: files.reject())  # no PDF of the termination
    with qtbot.waitSignal(termination.terminated, timeout=30000):
        termination.sign_button.click()
    trainee.expect_done(6)
    trainee.restart_brings_it_back()
