"""Step 5: the account password, then the code e-mailed to the contact address.

The password and the code go straight into the request; neither is ever saved in a
draft or logged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from app.subsidy.password import LONG_LENGTH, check_password, passwords_match
from app.support.kinds import DataKind
from ui.field_problems import field_text
from ui.support.privacy import display
from ui.widgets.buttons import push_button
from ui.widgets.fields import FieldRow
from ui.widgets.layouts import add_items
from ui.wizard.base import WizardPage


def code_message(text: str) -> str | None:
    """What is wrong with an e-mailed code as typed, or None."""
    if not text:
        return QCoreApplication.translate("AccountPage", "請輸入 E-mail 中的驗證碼")
    if not text.isdigit() or len(text) != 6:
        return QCoreApplication.translate("AccountPage", "驗證碼為 6 位數字")
    return None


class AccountPage(WizardPage):
    """Set a password (strength shown as typed), then enter the e-mailed code."""

    create_requested = Signal(str)
    verify_requested = Signal(str)

    def __init__(
        self, ubn: str, email: str, responsible_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            self.tr("設定帳號密碼與驗證 E-mail"),
            self.tr(
                "帳號是統一編號 {ubn}。設定密碼後，平台會寄 6 位數驗證碼到 {email}；"
                "輸入驗證碼後帳號即啟用，接著做數位自評檢測。"
            ).format(ubn=ubn, email=display(email, DataKind.EMAIL)),
            parent,
        )
        self.ubn = ubn
        self.responsible_id = responsible_id
        self.password = FieldRow(
            "password",
            self.tr("密碼"),
            self._password_message,
            password=True,
            hint=self.tr("至少 12 個字元，或至少 8 個字元並混用大寫、小寫、數字、符號其中三種"),
            max_length=128,
        )
        self.confirm = FieldRow(
            "password_confirm",
            self.tr("再輸入一次密碼"),
            self._confirm_message,
            password=True,
            max_length=128,
        )
        self.strength = QProgressBar()
        self.strength.setRange(0, LONG_LENGTH)
        self.strength.setTextVisible(False)
        self.strength.setMaximumHeight(8)
        self.strength.setAccessibleName(self.tr("密碼強度"))
        add_items(self.body, self.password, self.strength, self.confirm)
        create_text = self.tr("設定密碼並寄送驗證碼")
        self.create_button = push_button(create_text, self._create, accessible_name=create_text)
        self.body.addWidget(self.create_button)
        self.sent_label = QLabel()
        self.sent_label.setWordWrap(True)
        self.sent_label.setVisible(False)
        self.body.addWidget(self.sent_label)
        self.code = FieldRow("code", self.tr("E-mail 驗證碼"), code_message, max_length=6)
        self.code.setEnabled(False)
        self.body.addWidget(self.code)
        self.body.addStretch(1)
        self.next_button.setText(self.tr("驗證並啟用帳號"))
        self.next_button.clicked.connect(self._verify)
        for field in (self.password, self.confirm, self.code):
            field.edit.textChanged.connect(lambda _t: self._update())
        self._update()

    def _password_message(self, text: str) -> str | None:
        problems = check_password(
            self.password.edit.text(), ubn=self.ubn, national_id=self.responsible_id
        )
        return field_text(problems[0]) if problems else None

    def _confirm_message(self, _text: str) -> str | None:
        mismatch = passwords_match(self.password.edit.text(), self.confirm.edit.text())
        return field_text(mismatch) if mismatch else None

    def _update(self) -> None:
        text = self.password.edit.text()
        problems = (
            check_password(text, ubn=self.ubn, national_id=self.responsible_id) if text else []
        )
        self.strength.setValue(min(len(text), LONG_LENGTH) if not problems else min(len(text), 4))
        if self.confirm.edit.text():
            self.confirm.validate(show_empty=False)
        self.password.error.setToolTip("\n".join(field_text(p) for p in problems))
        password_ok = bool(text) and not problems and self._confirm_message("") is None
        self.create_button.setEnabled(password_ok and not self.code.isEnabled())
        reason = (
            self.tr("請輸入電子郵件收到的 6 位數驗證碼。")
            if self.code.isEnabled()
            else self.tr("請先建立帳號，再輸入電子郵件收到的驗證碼。")
        )
        self.set_next_enabled(self.code.isEnabled() and self.code.message() is None, reason)

    def _create(self) -> None:
        wrong = [row for row in (self.password, self.confirm) if not row.validate()]
        if wrong:
            wrong[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the first error
            return
        self.create_requested.emit(self.password.edit.text())

    def code_sent(self, sent_to: str) -> None:
        """The platform accepted the password and e-mailed the code."""
        self.password.edit.clear()
        self.confirm.edit.clear()
        self.password.setEnabled(False)
        self.confirm.setEnabled(False)
        self.sent_label.setText(
            self.tr("驗證碼已寄到 {email}。沒收到請檢查垃圾郵件匣。").format(
                email=display(sent_to, DataKind.EMAIL)
            )
        )
        self.sent_label.setVisible(True)
        self.code.setEnabled(True)
        self.code.edit.setFocus()
        self._update()

    def _verify(self) -> None:
        if self.code.validate():
            self.verify_requested.emit(self.code.text())
