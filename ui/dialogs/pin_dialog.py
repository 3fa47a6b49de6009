"""PIN entry: who will sign, tries left, a confirmation before the last try, PIN pads.

The PIN lives only in the line edit until :meth:`PinDialog.take_pin` hands it to the
caller and clears the field; it is never logged, kept or shown. On a PIN-pad reader the
dialog has no PIN field: after 簽章 it emits :attr:`PinDialog.pad_entry_started`, says to
type the PIN on the reader and stays open (it cannot be cancelled here: the reader has
its own cancel key) until the caller calls :meth:`PinDialog.finish`.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.cards.signer import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from ui.a11y import announce, make_alert, set_field_error
from ui.dialogs.ask import ask_yes_no
from ui.widgets.labels import wrapped_label


class PinDialog(QDialog):
    """Asks for the card's PIN (or, on a PIN-pad reader, to type it on the reader)."""

    pad_entry_started = Signal()
    """PIN-pad mode: the person pressed 簽章; the card should now wait for the pad."""

    def __init__(
        self,
        who: str,
        purpose: str,
        *,
        tries_left: int | None = None,
        pinpad: bool = False,
        retry: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PinDialog")
        self.setWindowTitle(self.tr("輸入 PIN 碼"))
        self.setModal(True)
        self.pinpad = pinpad
        self.tries_left = tries_left
        self.waiting = False
        self.retry = retry
        self._pin = ""
        self.card_was_removed = False
        """Closed because its card left the reader (not cancelled by the person)."""

        intro = QLabel(self.tr("簽章用卡片：{who}").format(who=who))
        intro.setWordWrap(True)
        what = QLabel(self.tr("要簽署的內容：{purpose}").format(purpose=purpose))
        what.setWordWrap(True)
        layout = QVBoxLayout(self)
        self.wrong: QLabel | None = None
        if retry:
            self.wrong = QLabel(self.tr("PIN 碼不正確，請再輸入一次。"))
            self.wrong.setObjectName("FieldError")
            self.wrong.setWordWrap(True)
            make_alert(self.wrong)
            layout.addWidget(self.wrong)
        layout.addWidget(intro)
        layout.addWidget(what)

        self.tries_label = wrapped_label("Hint")
        if tries_left is not None:
            if tries_left <= 1:
                self.tries_label.setObjectName("FieldError")
                self.tries_label.setText(self.tr("只剩最後 1 次機會；再輸錯卡片就會鎖住。"))
            else:
                self.tries_label.setText(self.tr("還可以嘗試 {n} 次。").format(n=tries_left))
        layout.addWidget(self.tries_label)

        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("PinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(PIN_MAX_LENGTH)
        self.pin_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression("[0-9A-Za-z]{0,8}"), self.pin_edit)
        )
        self.pin_edit.setAccessibleName(self.tr("PIN 碼"))
        hint = self.tr("卡片的 PIN 碼，{low} 到 {high} 位").format(
            low=PIN_MIN_LENGTH, high=PIN_MAX_LENGTH
        )
        if self.tries_label.text():
            hint = f"{hint}。{self.tries_label.text()}"
        # A wrong PIN is what the PIN field says when focused, not only a label above it.
        set_field_error(self.pin_edit, self.wrong.text() if self.wrong else None, hint)
        self.pin_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        pin_label = QLabel(
            self.tr("PIN 碼（{low}–{high} 位）").format(low=PIN_MIN_LENGTH, high=PIN_MAX_LENGTH)
        )
        pin_label.setBuddy(self.pin_edit)
        self.pad_status = QLabel()
        self.pad_status.setObjectName("PadStatus")
        self.pad_status.setWordWrap(True)
        if pinpad:
            self.pad_status.setText(
                self.tr("這台讀卡機有按鍵：按「簽章」後，請直接在讀卡機上輸入 PIN 碼並按確認鍵。")
            )
            self.pad_status.setAccessibleName(self.pad_status.text())
            layout.addWidget(self.pad_status)
        else:
            layout.addWidget(pin_label)
            layout.addWidget(self.pin_edit)
        self.note = wrapped_label(
            "Hint", text=self.tr("PIN 碼只會直接交給卡片，程式不會記錄或保存。")
        )
        layout.addWidget(self.note)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("簽章"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.pin_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        if not pinpad:
            self.pin_edit.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Say a wrong PIN and the tries left as soon as the dialog opens again."""
        super().showEvent(event)
        alert = self.wrong if self.wrong is not None else None
        if alert is None and self.tries_left is not None and self.tries_left <= 1:
            alert = self.tries_label
            make_alert(alert)
        if alert is not None:
            text, tries = alert.text(), self.tries_label.text()
            detail = tries if alert is not self.tries_label else ""
            QTimer.singleShot(0, alert, lambda: announce(alert, text, detail))

    def _update_ok(self) -> None:
        length = len(self.pin_edit.text())
        typed = PIN_MIN_LENGTH <= length <= PIN_MAX_LENGTH
        self.ok_button.setEnabled(not self.waiting and (self.pinpad or typed))

    def confirm_last_try(self) -> bool:
        """Ask before using the last try; True to go on."""
        return ask_yes_no(
            self,
            self.tr("最後一次機會"),
            self.tr(
                "這是最後一次嘗試。若 PIN 碼再錯，卡片會被鎖住，需要到發卡單位解鎖。\n"
                "確定要送出嗎？"
            ),
            warning=True,
            default_yes=False,
        )

    def _confirm(self) -> None:
        if self.waiting:
            return
        if self.tries_left is not None and self.tries_left <= 1 and not self.confirm_last_try():
            return
        if self.pinpad:
            self._wait_for_pad()
            return
        self._pin = self.pin_edit.text()
        self.pin_edit.clear()
        self.accept()

    def _wait_for_pad(self) -> None:
        self.waiting = True
        self.pad_status.setText(self.tr("請在讀卡機上輸入 PIN 碼並按確認鍵"))
        self.pad_status.setAccessibleName(self.pad_status.text())
        font = self.pad_status.font()
        font.setBold(True)
        self.pad_status.setFont(font)
        self.note.setText(self.tr("讀卡機正在等候；若要取消，請按讀卡機上的取消鍵。"))
        self.ok_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(False)
        self.setAccessibleDescription(self.pad_status.text())
        self.pad_entry_started.emit()

    def finish(self) -> None:
        """PIN-pad mode: the card has answered; close the waiting dialog."""
        self.waiting = False
        self.done(QDialog.DialogCode.Accepted)

    def reject(self) -> None:
        """Forget anything typed and close (not while the reader waits for its pad)."""
        if self.waiting:
            return
        self.pin_edit.clear()
        self._pin = ""
        super().reject()

    def card_removed(self) -> None:
        """The card left the reader: forget anything typed and close at once.

        Not while a PIN pad waits: the card's own answer ends that wait.
        """
        if self.waiting:
            return
        self.card_was_removed = True
        self.reject()

    def take_pin(self) -> str:
        """The PIN typed (empty on a PIN pad); the dialog forgets it at once."""
        pin, self._pin = self._pin, ""
        return pin
