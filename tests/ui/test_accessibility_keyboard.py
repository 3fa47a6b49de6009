"""Keyboard use and screen-reader details at the Qt level (the AT-SPI tests are in atspi/)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
)

from app.flows.questionnaire import QuestionnaireNavigator
from app.launch_options import LaunchOptions
from app.platform.models import Questionnaire
from sandbox.questionnaire import questionnaire
from ui.a11y import install_accessibility, mnemonic_text, reading_order
from ui.dialogs.pin_dialog import PinDialog
from ui.main_window import MainWindow
from ui.support.help_page import HelpPage
from ui.widgets.error_panel import ErrorPanel
from ui.wizard.assessment_page import AssessmentPage
from ui.wizard.ubn_page import UbnPage


def _tab_chain(start: Any, count: int) -> list[Any]:
    chain, widget = [], start
    for _ in range(count):
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        chain.append(widget)
    return chain


def test_tab_goes_through_the_content_before_back_and_the_main_button(qt_app: Any) -> None:
    page = UbnPage()
    qt_app.addWidget(page)
    page.resize(900, 700)
    page.show()
    qt_app.waitUntil(lambda: page.ubn.edit.nextInFocusChain() is page.lookup_button)
    chain = _tab_chain(page.ubn.edit, 3)
    assert chain == [page.lookup_button, page.back_button, page.next_button]


def test_reading_order_is_top_to_bottom_then_left_to_right(qt_app: Any) -> None:
    page = UbnPage()
    qt_app.addWidget(page)
    page.resize(900, 700)
    page.show()
    qt_app.waitExposed(page)
    shuffled = [page.next_button, page.lookup_button, page.back_button, page.ubn.edit]
    ordered = reading_order(page, shuffled)
    assert ordered == [page.ubn.edit, page.lookup_button, page.back_button, page.next_button]


def test_main_actions_have_alt_mnemonics_shown_in_their_labels(qt_app: Any) -> None:
    page = UbnPage()
    qt_app.addWidget(page)
    assert page.next_button.text() == "開始驗證(&N)"
    assert page.next_button.accessibleName() == "開始驗證"
    assert page.back_button.text() == "上一步(&B)"
    assert page.lookup_button.text() == "查詢(&L)"
    assert mnemonic_text("Next", "N") == "&Next"
    assert mnemonic_text("Look up", "L") == "&Look up"
    clicked: list[bool] = []
    page.lookup_button.clicked.connect(lambda: clicked.append(True))
    page.show()
    page.activateWindow()
    qt_app.waitUntil(page.isActiveWindow)
    qt_app.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qt_app.waitUntil(lambda: bool(clicked))  # a mnemonic presses the button visibly


def test_a_disabled_main_button_says_why_in_words_and_on_screen(qt_app: Any) -> None:
    page = UbnPage()
    qt_app.addWidget(page)
    page.show()
    assert not page.next_button.isEnabled()
    assert page.next_button.accessibleDescription() == "請先輸入統一編號並按「查詢」。"
    assert page.next_hint.isVisible()
    assert page.next_hint.text() == page.next_button.accessibleDescription()


def test_a_field_in_error_describes_the_error_and_is_marked_invalid(qt_app: Any) -> None:
    page = UbnPage()
    qt_app.addWidget(page)
    page.ubn.edit.setText("12345678")
    edit = page.ubn.edit
    assert edit.property("invalid") is True
    assert edit.accessibleDescription().startswith("輸入有誤：檢查碼不正確")
    assert edit.placeholderText() == "例：16480894"
    edit.setText("16480894")
    assert edit.property("invalid") is False
    assert edit.accessibleDescription() == page.ubn.hint


def test_page_errors_are_alerts(qt_app: Any) -> None:
    install_accessibility(QApplication.instance())
    panel = ErrorPanel()
    qt_app.addWidget(panel)
    panel.show_error(RuntimeError("boom"))
    interface = QAccessible.queryAccessibleInterface(panel)
    assert interface.role() == QAccessible.Role.AlertMessage
    assert interface.text(QAccessible.Text.Name) == panel.title.text()
    assert panel.remedy.text() in interface.text(QAccessible.Text.Description)


def test_a_wrong_pin_is_what_the_pin_field_says(qt_app: Any) -> None:
    install_accessibility(QApplication.instance())
    dialog = PinDialog("工商憑證 · 測試", "登入", tries_left=2, retry=True)
    qt_app.addWidget(dialog)
    assert dialog.wrong is not None
    assert QAccessible.queryAccessibleInterface(dialog.wrong).role() == (
        QAccessible.Role.AlertMessage
    )
    description = dialog.pin_edit.accessibleDescription()
    assert description.startswith("輸入有誤：PIN 碼不正確")
    assert "還可以嘗試 2 次" in description


def test_return_presses_a_focused_button_and_the_page_main_button(qt_app: Any) -> None:
    install_accessibility(QApplication.instance())
    page = UbnPage()
    qt_app.addWidget(page)
    page.show()
    page.activateWindow()
    qt_app.waitUntil(page.isActiveWindow)
    backs: list[bool] = []
    page.back_requested.connect(lambda: backs.append(True))
    page.back_button.setFocus()
    qt_app.keyClick(page.back_button, Qt.Key.Key_Return)
    assert backs == [True]


def _questionnaire_page(qt_app: Any) -> AssessmentPage:
    page = AssessmentPage(QuestionnaireNavigator(Questionnaire.from_json(questionnaire())))
    qt_app.addWidget(page)
    page.resize(900, 700)
    page.show()
    page.activateWindow()
    qt_app.waitUntil(page.isActiveWindow)
    return page


def test_one_digit_answers_a_single_choice_and_moves_on_with_focus(qt_app: Any) -> None:
    install_accessibility(QApplication.instance())
    page = _questionnaire_page(qt_app)
    assert page.answers.accessibleName() == page.question.text()
    first_question = page.navigator.current
    qt_app.waitUntil(page.option_buttons[0].hasFocus)
    qt_app.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    assert page.navigator.answer_of(first_question.id) == [first_question.options[1].id]
    assert page.navigator.current is not first_question
    assert page.option_buttons[0].hasFocus(), "the next question's first answer has focus"
    assert page.question.text() in page.option_buttons[0].accessibleDescription()


def test_help_lists_the_keyboard_shortcuts(qt_app: Any) -> None:
    page = HelpPage()
    qt_app.addWidget(page)
    page.methods.setCurrentRow(page.methods.count() - 1)
    text = page.browser.toPlainText()
    for key in ("Ctrl+F1", "Ctrl+T", "Alt+N", "Ctrl+N", "Ctrl+Shift+P"):
        assert key in text


def _window(qt_app: Any) -> MainWindow:
    window = MainWindow(
        LaunchOptions(platform_url="https://platform.example/api/v1", language="zh_TW")
    )
    qt_app.addWidget(window)
    window.show()
    window.activateWindow()
    qt_app.waitUntil(window.isActiveWindow)
    return window


def test_the_toolbar_is_reached_by_tab(qt_app: Any) -> None:
    window = _window(qt_app)
    buttons = window.support.toolbar.findChildren(QToolButton)
    reachable = [b for b in buttons if b.isVisible() and b.focusPolicy() & Qt.FocusPolicy.TabFocus]
    assert any(b.text() == "說明與診斷" for b in reachable)


def test_focus_comes_back_to_the_window_after_a_dialog(qt_app: Any) -> None:
    install_accessibility(QApplication.instance())
    window = _window(qt_app)
    window.start_page.login_button.setFocus()
    dialog = QDialog(window)
    dialog.show()
    dialog.activateWindow()
    qt_app.waitUntil(dialog.isActiveWindow)
    dialog.reject()
    qt_app.waitUntil(window.isActiveWindow)
    assert window.start_page.login_button.hasFocus()


def test_a_page_change_focuses_the_first_field(qt_app: Any) -> None:
    install_accessibility(QApplication.instance())
    window = _window(qt_app)
    page = UbnPage()
    window.pages.addWidget(page)
    window.pages.setCurrentWidget(page)
    qt_app.waitUntil(page.ubn.edit.hasFocus)
    window.pages.setCurrentWidget(window.start_page)
    title = window.start_page.findChild(type(page.title), "PageTitle")
    qt_app.waitUntil(title.hasFocus)


def test_the_clear_button_of_a_search_field_has_a_name(qt_app: Any) -> None:
    from ui.a11y import name_clear_button

    edit = QLineEdit()
    qt_app.addWidget(edit)
    name_clear_button(edit)
    edit.setText("x")
    buttons = edit.findChildren(QToolButton)
    assert buttons
    assert all(b.accessibleName() == "清除" for b in buttons)
    assert not [b for b in edit.findChildren(QPushButton) if not b.accessibleName()]


def test_ctrl_t_moves_into_the_training_panel_and_esc_back(
    qt_app: Any, memory_keyring: Any
) -> None:
    install_accessibility(QApplication.instance())
    window = MainWindow(LaunchOptions(platform_url=None, language="zh_TW"))
    qt_app.addWidget(window)
    window.resize(1400, 860)
    window.show()
    window.activateWindow()
    with qt_app.waitSignal(window.platform_ready, timeout=60000):
        window.backends.start()
    try:
        # The panel (and its demo cards) is built when first opened, not with the platform.
        assert window.training_panel is None
        qt_app.waitUntil(window.isActiveWindow)
        window.start_page.login_button.setFocus()
        qt_app.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
        qt_app.waitUntil(lambda: window.training_panel is not None, timeout=60000)
        panel = window.training_panel
        qt_app.waitUntil(lambda: panel.isAncestorOf(QApplication.focusWidget()))
        qt_app.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qt_app.waitUntil(lambda: QApplication.focusWidget() is window.start_page.login_button)
        assert panel.isVisible(), "Esc leaves the panel open, only focus goes back"
    finally:
        window.shutdown()


def test_the_first_error_from_the_platform_gets_focus(qt_app: Any) -> None:
    from datetime import date

    from app.errors import FieldCode, FieldProblem
    from app.platform.models import Applicant, ApplicationTexts
    from app.subsidy import ApplicantType, AuthorizationKind, VerificationMethod
    from sandbox.application_texts import current as served_texts
    from ui.wizard.sign_pages import AuthorizationPage

    applicant = Applicant(
        "16480894",
        "雲端示範股份有限公司（測試）",
        ApplicantType.SME,
        tuple(VerificationMethod),
        False,
    )
    texts = ApplicationTexts.from_json(served_texts())
    page = AuthorizationPage(
        AuthorizationKind.BUSINESS_REGISTRATION, applicant, date(2026, 1, 5), texts
    )
    qt_app.addWidget(page)
    page.show()
    page.activateWindow()
    qt_app.waitUntil(page.isActiveWindow)
    page.show_errors(
        {
            "valid_to": FieldProblem(FieldCode.DATE_FORMAT),
            "responsible_person_id": FieldProblem(FieldCode.NATIONAL_ID_INVALID),
        }
    )
    assert QApplication.focusWidget() is page.valid_to.edit
    assert page.valid_to.edit.accessibleDescription().startswith("輸入有誤：")


def test_alert_interfaces_leave_qts_cache_before_python_shuts_down(qt_app: Any) -> None:
    """Qt would delete them with the application object, during Python's shutdown, and the
    process would crash on exit (it did after the AT-SPI tests of the member area)."""
    from ui.a11y import make_alert, release_alert_interfaces

    install_accessibility(QApplication.instance())
    label = QLabel("平台暫時無法連線")
    qt_app.addWidget(label)
    make_alert(label)
    made = QAccessible.queryAccessibleInterface(label)
    assert made.role() == QAccessible.Role.AlertMessage
    cached = QAccessible.uniqueId(made)
    assert QAccessible.accessibleInterface(cached) is not None

    release_alert_interfaces()
    assert QAccessible.accessibleInterface(cached) is None, "still in Qt's cache"
    again = QAccessible.queryAccessibleInterface(label)
    assert again.role() == QAccessible.Role.AlertMessage, "asked again, it is an alert again"
