"""Remote-assist privacy mode in the window: toggle, indicator, masked values, PIN entry."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.support.kinds import DataKind
from app.support.privacy import PrivacyMode, privacy_mode
from app.support.redact import Redactor, default_redactor
from ui.dialogs.pin_dialog import PinDialog
from ui.support.privacy import (
    PRIVACY_SHORTCUT,
    MaskedLabel,
    PrivacyController,
    display,
    personal_field_kind,
)

NATIONAL_ID = "F223456781"
NAME = "司徒雅蘭"
PIN = "482913"


def test_masked_label_follows_the_mode(qtbot: QtBot) -> None:
    controller = PrivacyController(PrivacyMode())
    label = MaskedLabel(DataKind.NATIONAL_ID, NATIONAL_ID, controller=controller)
    name = MaskedLabel(DataKind.NAME, NAME, template="負責人：{value}", controller=controller)
    qtbot.addWidget(label)
    qtbot.addWidget(name)
    assert label.text() == NATIONAL_ID
    assert name.text() == f"負責人：{NAME}"

    controller.action.trigger()

    assert controller.enabled
    assert label.text() == "F2******81"
    assert name.text() == "負責人：司○○蘭"
    assert NATIONAL_ID not in label.accessibleName()
    assert label.value == NATIONAL_ID
    controller.toggle()
    assert label.text() == NATIONAL_ID
    assert not controller.action.isChecked()


def test_indicator_and_shortcut(qtbot: QtBot) -> None:
    mode = PrivacyMode()
    controller = PrivacyController(mode)
    banner = QWidget()
    qtbot.addWidget(banner)
    banner.show()
    controller.bind_indicator(banner)
    assert not banner.isVisible()
    assert controller.action.shortcut().toString() == PRIVACY_SHORTCUT
    with qtbot.waitSignal(controller.changed, timeout=1000) as blocker:
        mode.set_enabled(True)  # turned on from outside the window, e.g. the command line
    assert blocker.args == [True]
    assert banner.isVisible()
    assert controller.action.isChecked()
    controller.confirm_off = lambda: True  # the person confirms turning it off
    controller.action.trigger()
    assert not banner.isVisible()
    assert not mode.enabled


def test_display_registers_the_value_for_redaction(qtbot: QtBot) -> None:
    assert display(NAME, DataKind.NAME) == NAME
    privacy_mode().set_enabled(True)
    assert display(NAME, DataKind.NAME) == "司○○蘭"
    assert NAME not in default_redactor().redact(f"contact {NAME} called")


def test_protected_input_hides_typing_but_never_reveals_a_password(qtbot: QtBot) -> None:
    controller = PrivacyController(PrivacyMode())
    phone = QLineEdit()
    secret = QLineEdit()
    secret.setEchoMode(QLineEdit.EchoMode.Password)
    for edit in (phone, secret):
        qtbot.addWidget(edit)
        controller.protect_input(edit)
    controller.set_enabled(True)
    assert phone.echoMode() == QLineEdit.EchoMode.Password
    controller.set_enabled(False)
    assert phone.echoMode() == QLineEdit.EchoMode.Normal
    assert secret.echoMode() == QLineEdit.EchoMode.Password


def _assert_pin_hidden(dialog: PinDialog, qtbot: QtBot) -> None:
    edits = dialog.findChildren(QLineEdit)
    assert edits, "the PIN dialog has no input"
    for edit in edits:
        qtbot.keyClicks(edit, PIN)
        assert edit.echoMode() == QLineEdit.EchoMode.Password
        assert PIN not in edit.displayText()
        assert PIN not in edit.accessibleName() + edit.accessibleDescription()
        accessible = QAccessible.queryAccessibleInterface(edit)
        assert accessible is not None
        assert PIN not in accessible.text(QAccessible.Text.Value)
        assert PIN not in accessible.text(QAccessible.Text.Name)
        clipboard = QGuiApplication.clipboard()
        clipboard.setText("before")
        edit.selectAll()
        edit.copy()
        edit.cut()
        assert clipboard.text() == "before"
        edit.clear()
    assert PIN not in repr(dialog)


def test_pin_entry_is_never_visible_in_either_mode(qtbot: QtBot) -> None:
    controller = PrivacyController(PrivacyMode())
    for enabled in (False, True, False):
        controller.set_enabled(enabled)
        dialog = PinDialog("王○明（自然人憑證）", "登入", tries_left=3)
        qtbot.addWidget(dialog)
        dialog.show()
        for edit in dialog.findChildren(QLineEdit):
            controller.protect_input(edit)
        controller.toggle()
        _assert_pin_hidden(dialog, qtbot)
        dialog.reject()


def test_pin_never_reaches_the_redactor_registry(qtbot: QtBot) -> None:
    redactor = Redactor()
    dialog = PinDialog("王○明", "登入")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.pin_edit, PIN)
    dialog.ok_button.click()
    assert dialog.take_pin() == PIN
    assert dialog.take_pin() == ""
    assert redactor.registered_count() == 0
    assert dialog.pin_edit.text() == ""


def test_personal_fields_are_found_by_their_names(qtbot: QtBot) -> None:
    assert personal_field_kind("field_contact_email") is DataKind.EMAIL
    assert personal_field_kind("field_responsible_id") is DataKind.NATIONAL_ID
    assert personal_field_kind("field_birthday") is DataKind.BIRTHDAY
    assert personal_field_kind("field_contact_title") is None
    assert personal_field_kind("field_password") is None  # already hidden by its own field
    controller = PrivacyController(PrivacyMode(True))
    form = QWidget()
    qtbot.addWidget(form)
    edits = {}
    for name in ("field_contact_mobile", "field_id_number", "field_employees"):
        edit = QLineEdit(form)
        edit.setObjectName(name)
        edits[name] = edit
    assert controller.protect_personal_inputs(form) == 2
    assert controller.protect_personal_inputs(form) == 2  # again: no second guard
    assert edits["field_contact_mobile"].echoMode() == QLineEdit.EchoMode.Password
    assert edits["field_employees"].echoMode() == QLineEdit.EchoMode.Normal
    controller.set_enabled(False)
    assert edits["field_id_number"].echoMode() == QLineEdit.EchoMode.Normal


def test_the_account_page_masks_the_contact_email_in_privacy_mode(qtbot: QtBot) -> None:
    from ui.support.privacy import shared_privacy
    from ui.wizard.account_page import AccountPage

    privacy = shared_privacy()
    privacy.set_enabled(True)
    try:
        page = AccountPage("16480894", "owner.wang@example.com")
        qtbot.addWidget(page)
        page.code_sent("owner.wang@example.com")
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        assert "owner.wang@example.com" not in texts
        assert "@" in texts
    finally:
        privacy.set_enabled(False)


def test_the_question_before_the_mode_goes_off_blocks_its_window_only(qtbot: QtBot) -> None:
    """The training panel and the program's other windows stay usable while it is asked
    (an application-modal question froze the training panel too)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    controller = PrivacyController(PrivacyMode())
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    seen: list[Qt.WindowModality] = []

    def answer_no() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.windowModality())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    assert controller._ask_before_off() is False
    assert seen == [Qt.WindowModality.WindowModal]
