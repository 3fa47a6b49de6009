"""From 新申請 to the member centre with the keyboard only, read over AT-SPI on every page.

Every key goes to the widget that has focus, as a keyboard's would: nothing is clicked and
no widget is filled from code. The phone's approvals come from the training platform's
``/_sandbox`` endpoints (the phone is not part of this PC). On every page the tree a
screen reader gets is checked: every object a person can operate has a name, and focus
is where the person acts next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from sandbox.world import DEMO_APPLICANTS
from tests.ui.atspi.atspi_tree import AtspiProbe, find_nodes, unnamed_interactive, walk
from tests.ui.conftest import FORM_VALUES, Sandbox, responsible_name
from ui.card_context import CardContext, training_cards
from ui.main_window import MainWindow
from ui.wiring import Backends

pytestmark = [pytest.mark.atspi, pytest.mark.slow]

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
PASSWORD = "Cloud-Demo-2025"
WAIT_MS = 30000
KEY_MS = 30


class Keyboard:
    """Keys to whatever has focus; nothing else touches the widgets."""

    def __init__(self, qtbot: QtBot, atspi: AtspiProbe) -> None:
        self.qtbot = qtbot
        self.atspi = atspi

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has keyboard focus"
        return widget

    @staticmethod
    def window() -> QWindow:
        window = QGuiApplication.focusWindow()
        assert window is not None, "no window has keyboard focus"
        return window

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        """A key as the system delivers it: to the focused window, then its focus widget."""
        QTest.keyClick(self.window(), key, modifiers)
        self.qtbot.wait(KEY_MS)  # the window system delivers it through the event loop

    def type(self, text: str) -> None:
        """Type ``text``; Chinese is delivered to the focus as an input method commits it."""
        for char in text:
            if char.isascii() and char.isprintable():
                QTest.keyClick(self.window(), char)
                self.qtbot.wait(KEY_MS)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(self.focus(), event)

    def replace(self, text: str) -> None:
        """Select what the field holds and type over it."""
        self.press(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.press(Qt.Key.Key_Delete)
        self.type(text)

    def tab_to(self, target: QWidget, limit: int = 80) -> None:
        """Press Tab until ``target`` has focus (fails if it is not reachable)."""
        seen = []
        for _ in range(limit):
            if has_focus(target):
                return
            seen.append(self.focus())
            self.press(Qt.Key.Key_Tab)
        passed = ", ".join(
            f"{type(w).__name__} {w.objectName()} {w.window().isActiveWindow()} {w.text()[:8]}"
            for w in seen[:3]
        )
        raise AssertionError(f"Tab never reached {target.objectName() or target}: {passed}")


def has_focus(widget: QWidget) -> bool:
    """``widget`` is where the keys go (QWidget.hasFocus also asks the window system)."""
    return QApplication.focusWidget() is widget


def check_page(atspi: AtspiProbe, where: str) -> list[dict[str, Any]]:
    """The page as a screen reader gets it: nothing to operate without a name."""
    tree = atspi.tree()
    assert not unnamed_interactive(tree), f"{where}: {unnamed_interactive(tree)}"
    return tree


def wait_for(qtbot: QtBot, condition: Callable[[], object], what: str) -> None:
    try:
        qtbot.waitUntil(lambda: bool(condition()), timeout=WAIT_MS)
    except Exception:
        focus = QApplication.focusWidget()
        where = f"{type(focus).__name__} {focus.objectName()}" if focus is not None else "nothing"
        raise AssertionError(f"waited for {what}; focus on {where}") from None


def announced_focus(atspi: AtspiProbe, name: str) -> dict[str, Any]:
    """Wait until AT-SPI reports focus on an object whose name contains ``name``."""
    return atspi.wait_event(
        lambda e: e["type"].endswith("focused") and e["detail"] == 1 and name in e["name"]
    )


class DemoCardBackends(Backends):
    """A platform URL's back-ends, with the training demo cards in virtual readers."""

    def cards(self, training: bool) -> CardContext:
        return training_cards()


def test_keyboard_only_from_new_application_to_the_member_centre(
    qt_app: QtBot, platform_url: str, sandbox_tools: Sandbox, atspi: AtspiProbe
) -> None:
    window = MainWindow(LaunchOptions(platform_url=platform_url), backends=DemoCardBackends())
    qt_app.addWidget(window)
    window.resize(1200, 860)
    window.show()
    window.activateWindow()
    wait_for(qt_app, window.isActiveWindow, "the window to be active")
    keys = Keyboard(qt_app, atspi)
    try:
        _journey(window, keys, atspi, sandbox_tools)
    finally:
        window.shutdown()


def _journey(window: MainWindow, keys: Keyboard, atspi: AtspiProbe, sandbox: Sandbox) -> None:
    qtbot = keys.qtbot
    start = window.start_page
    tree = check_page(atspi, "start page")
    status = [n for n in walk(tree) if n["description"] == "平台狀態"]
    assert status, "the platform status is in the tree"
    assert status[0]["name"] == start.platform_status.text(), "its text is read, not a label"

    # The start page: Tab to 新申請, Return.
    wait_for(qtbot, lambda: QApplication.focusWidget() is not None, "focus on the start page")
    keys.tab_to(start.new_button)
    keys.press(Qt.Key.Key_Return)
    wait_for(qtbot, lambda: window.wizard is not None, "the wizard")
    wizard = window.wizard
    assert wizard is not None

    # 1. UBN: focus is in the field; Return looks it up; focus goes to the result.
    ubn = wizard.ubn_page
    wait_for(qtbot, lambda: has_focus(ubn.ubn.edit), "focus in the UBN field")
    announced_focus(atspi, "統一編號")
    check_page(atspi, "UBN page")
    keys.type(SME.ubn)
    keys.press(Qt.Key.Key_Return)
    wait_for(qtbot, lambda: ubn.choices, "the lookup")
    wait_for(qtbot, lambda: has_focus(ubn.applicant_label), "focus on the lookup result")
    result = announced_focus(atspi, SME.name)
    assert "無法切換驗證方式" in result["description"], "the method warning is read with it"
    check_page(atspi, "UBN page with methods")
    # Tab to the methods, arrows to 行動自然人憑證, Return for 開始驗證.
    mobile = next(c for c in ubn.choices if c.method.value == "moica_mobile")
    keys.press(Qt.Key.Key_Tab)
    assert has_focus(ubn.choices[0].radio), "Tab goes from the result to the methods"
    keys.press(Qt.Key.Key_Space)
    for _ in range(len(ubn.choices)):
        if mobile.radio.isChecked():
            break
        keys.press(Qt.Key.Key_Down)
    assert mobile.radio.isChecked()
    keys.press(Qt.Key.Key_Return)

    # 2. Identity on the phone: the ID field has focus; Return starts; the phone approves.
    wait_for(qtbot, lambda: wizard.page_name == "identity", "the identity page")
    identity = wizard.identity_page
    assert identity is not None
    assert identity.id_field is not None
    wait_for(qtbot, lambda: has_focus(identity.id_field.edit), "focus in the ID field")
    check_page(atspi, "identity page")
    keys.type(SME.responsible_id)
    keys.press(Qt.Key.Key_Return)
    wait_for(qtbot, lambda: identity.wait.active, "the phone request")
    sandbox.decide(identity.wait.transaction_id)

    # 3. Authorisations and consents: tick, type, Return signs; the phone approves.
    wait_for(qtbot, lambda: wizard.page_name == "authorizations", "the authorisations")
    while wizard.page_name == "authorizations":
        _sign_authorization(wizard, keys, atspi, sandbox)
    wait_for(qtbot, lambda: wizard.page_name == "consents", "the consents")
    consents = wizard.current_page
    check_page(atspi, "consents")
    for box in (consents.personal_data, consents.declarations):
        keys.tab_to(box)
        keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_Return)
    _approve_signing(wizard, keys, sandbox)

    # 4. 附表1 and the account, typed field by field.
    wait_for(qtbot, lambda: wizard.page_name == "form", "the form")
    form = wizard.current_page
    wait_for(qtbot, lambda: QApplication.focusWidget() is not None, "focus on the form")
    check_page(atspi, "form")
    for name, value in FORM_VALUES.items():
        keys.tab_to(form.rows[name].edit)
        keys.replace(value)
    keys.tab_to(form.industry.search)
    keys.type("餐飲")
    keys.press(Qt.Key.Key_Return)
    keys.tab_to(form.rows["employees"].edit)
    keys.press(Qt.Key.Key_Return)
    wait_for(qtbot, lambda: type(wizard.current_page).__name__ == "AccountPage", "the account")
    account = wizard.current_page
    wait_for(qtbot, lambda: has_focus(account.password.edit), "focus in the password field")
    check_page(atspi, "account")
    keys.type(PASSWORD)
    keys.tab_to(account.confirm.edit)
    keys.type(PASSWORD)
    keys.tab_to(account.create_button)
    keys.press(Qt.Key.Key_Return)
    wait_for(qtbot, account.code.isEnabled, "the e-mailed code")
    keys.tab_to(account.code.edit)
    keys.type(sandbox.last_code(SME.ubn))
    keys.press(Qt.Key.Key_Return)

    # 5. The assessment: one digit per single choice; a multiple choice is ticked, Return.
    wait_for(qtbot, lambda: wizard.page_name == "assessment", "the assessment")
    assessment = wizard.current_page
    wait_for(qtbot, lambda: type(assessment).__name__ == "AssessmentPage", "the questions")
    wait_for(qtbot, lambda: has_focus(assessment.option_buttons[0]), "focus on the answers")
    tree = check_page(atspi, "assessment")
    assert find_nodes(tree, name=assessment.question.text()), "answers grouped by question"
    for _ in range(60):
        if assessment.navigator.is_complete:
            break
        question = assessment.navigator.current
        keys.press(Qt.Key.Key_1)
        if question.kind == "multi":
            keys.press(Qt.Key.Key_Return)
        elif not assessment.navigator.is_complete:
            assert has_focus(assessment.option_buttons[0]), "the next question's answers"
    assert assessment.navigator.is_complete
    keys.press(Qt.Key.Key_Return)

    # 6. The result, then the member centre: never opened on 登出.
    wait_for(qtbot, lambda: wizard.page_name == "result", "the result")
    result_page = wizard.current_page
    wait_for(qtbot, lambda: result_page.points.text() != "", "the points")
    wait_for(qtbot, lambda: has_focus(result_page.title), "focus on the result's heading")
    check_page(atspi, "result")
    keys.press(Qt.Key.Key_Return)
    wait_for(qtbot, lambda: window.member_area is not None, "the member centre")
    area = window.member_area
    wait_for(qtbot, lambda: QApplication.focusWidget() is not None, "focus in the centre")
    logout = area.findChild(QWidget, "LogoutButton")
    assert not has_focus(logout)
    wait_for(qtbot, lambda: atspi.focused()["role"] != "push button", "focus on the heading")
    check_page(atspi, "member centre")


def _sign_authorization(wizard: Any, keys: Keyboard, atspi: AtspiProbe, sandbox: Sandbox) -> None:
    page = wizard.current_page
    check_page(atspi, "authorisation")
    keys.tab_to(page.agree)
    keys.press(Qt.Key.Key_Space)
    if page.notice is not None:
        keys.tab_to(page.notice)
        keys.press(Qt.Key.Key_Space)
        keys.tab_to(page.person_name.edit)
        keys.replace(responsible_name(SME.responsible_id))
        keys.tab_to(page.person.edit)
        keys.replace(SME.responsible_id)
    keys.press(Qt.Key.Key_Return)
    _approve_signing(wizard, keys, sandbox)
    keys.qtbot.waitUntil(lambda: wizard.current_page is not page, timeout=WAIT_MS)


def _approve_signing(wizard: Any, keys: Keyboard, sandbox: Sandbox) -> None:
    page = wizard.current_page

    def waiting() -> bool:
        signing = wizard.signing
        return bool(
            signing is not None and signing.dialog is not None and signing.dialog.wait.active
        )

    wait_for(
        keys.qtbot,
        waiting,
        f"the phone signature ({page.errors.title.text()} {page.errors.text.text()};"
        f" the main button: {page.next_hint.text() or 'enabled'})",
    )
    sandbox.decide(wizard.signing.dialog.wait.transaction_id)
