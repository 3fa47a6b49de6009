"""Step 2: prove identity with the chosen method (card, mobile certificate or phone)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QRadioButton, QWidget

from app.flows.dates import read_date
from app.flows.login import MobilePoll
from app.platform.models import Applicant
from app.subsidy import (
    VerificationMethod,
    is_valid_mobile,
    is_valid_national_id,
)
from app.support.help import load_help
from ui.widgets.fields import FieldRow
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import add_items
from ui.wizard.base import WizardPage
from ui.wizard.language import ui_language
from ui.wizard.mobile_panel import Check, MobileWaitPanel

if TYPE_CHECKING:
    from ui.wizard.card_panel import CardPanel

CARD_METHODS = frozenset(
    {VerificationMethod.MOEACA_CARD, VerificationMethod.MOICA_CARD, VerificationMethod.XCA_CARD}
)


def national_id_message(text: str) -> str | None:
    """What is wrong with a national ID as typed, or None."""
    value = text.upper()
    if not value:
        return QCoreApplication.translate("IdentityPage", "請輸入身分證字號")
    if len(value) != 10:
        return QCoreApplication.translate(
            "IdentityPage", "身分證字號為 1 個英文字母加 9 位數字（目前 {n} 碼）"
        ).format(n=len(value))
    if not is_valid_national_id(value):
        return QCoreApplication.translate(
            "IdentityPage", "身分證字號格式或檢查碼不正確，請對照身分證再輸入一次"
        )
    return None


def mobile_digits(text: str) -> str:
    """A mobile number as typed, without the dashes and spaces people put in it."""
    return text.replace("-", "").replace(" ", "")


def mobile_message(text: str) -> str | None:
    """What is wrong with a mobile number as typed, or None."""
    digits = mobile_digits(text)
    if not digits:
        return QCoreApplication.translate("IdentityPage", "請輸入手機號碼")
    if not is_valid_mobile(digits):
        return QCoreApplication.translate("IdentityPage", "手機號碼為 09 開頭共 10 碼")
    return None


def parse_birthday(text: str) -> date | None:
    """A birthday typed as an ROC date (64/3/14, 64年3月14日) or a western one (1975/3/14,
    1975-03-14); None if unreadable."""
    reading = read_date(text)
    return reading.day if reading is not None else None


def birthday_message(text: str) -> str | None:
    """What is wrong with a birthday as typed, or None."""
    if not text.strip():
        return QCoreApplication.translate("IdentityPage", "請輸入出生日期")
    born = parse_birthday(text)
    if born is None:
        return QCoreApplication.translate(
            "IdentityPage", "請輸入出生日期，例如民國 64/3/14、64年3月14日，或西元 1975-03-14"
        )
    if born >= date.today():
        return QCoreApplication.translate("IdentityPage", "出生日期須早於今天")
    return None


def birthday_reading(text: str) -> str | None:
    """Which date a typed birthday was read as, and in which calendar (None if unreadable)."""
    reading = read_date(text)
    if reading is None:
        return None
    if reading.western:
        return QCoreApplication.translate("IdentityPage", "讀作西元 {iso}（民國 {roc}）").format(
            iso=reading.day.isoformat(), roc=reading.roc_short
        )
    return QCoreApplication.translate("IdentityPage", "讀作民國 {roc}（西元 {iso}）").format(
        iso=reading.day.isoformat(), roc=reading.roc_short
    )


def national_id_field(name: str, hint: str = "") -> FieldRow:
    """The responsible person's national ID, checked as it is typed."""
    label = QCoreApplication.translate("IdentityPage", "負責人身分證字號")
    return FieldRow(name, label, national_id_message, hint=hint, max_length=10)


def phone_method_fields() -> tuple[FieldRow, FieldRow]:
    """Birthday and monthly-plan mobile number rows of the phone method."""
    birthday = FieldRow(
        "birthday",
        QCoreApplication.translate("IdentityPage", "負責人出生日期（民國或西元）"),
        birthday_message,
        reading=birthday_reading,
        placeholder="64/3/14",
        max_length=20,
    )
    mobile = FieldRow(
        "mobile",
        QCoreApplication.translate("IdentityPage", "負責人月租型手機號碼"),
        mobile_message,
        placeholder="0912345678",
        hint=QCoreApplication.translate("IdentityPage", "預付卡門號無法驗證"),
        max_length=12,
    )
    return birthday, mobile


class MobileModeChoice(QWidget):
    """How the mobile citizen certificate is asked: a QR code shown here for the App to
    scan (the default), or a push to the responsible person's phone."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.qr = QRadioButton(
            QCoreApplication.translate("IdentityPage", "在電腦上顯示 QR Code，用 App 掃描")
        )
        self.push = QRadioButton(QCoreApplication.translate("IdentityPage", "推播到負責人的手機"))
        self.group = QButtonGroup(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for radio in (self.qr, self.push):
            radio.setAccessibleName(radio.text())
            radio.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(radio)
            layout.addWidget(radio)
        layout.addStretch(1)
        self.qr.setChecked(True)

    def mode(self) -> Literal["qr", "push"]:
        """The chosen way, as the login flow names it."""
        return "push" if self.push.isChecked() else "qr"


class IdentityPage(WizardPage):
    """Login with a card, the mobile citizen certificate app, or the phone number."""

    login_requested = Signal()
    mobile_requested = Signal(str, str)
    """(national ID, mode "qr"|"push")."""
    phone_requested = Signal(str, object, str)
    """(national ID, birthday, mobile number)."""
    logged_in = Signal(object)

    def __init__(
        self,
        applicant: Applicant,
        method: VerificationMethod,
        card_panel: CardPanel | None,
        parent: QWidget | None = None,
    ) -> None:
        help_entry = load_help().method(method)
        super().__init__(
            self.tr("驗證身分：{method}").format(method=help_entry.name.get(ui_language())),
            self.tr("{name}（{ubn}）。驗證成功後，接著簽署授權書與聲明事項。").format(
                name=applicant.name, ubn=applicant.ubn
            ),
            parent,
        )
        self.method = method
        self.card_panel = card_panel
        self.id_field: FieldRow | None = None
        self.birthday_field: FieldRow | None = None
        self.mobile_field: FieldRow | None = None
        self.mode_choice: MobileModeChoice | None = None
        self.wait = MobileWaitPanel()
        self.next_button.clicked.connect(self._start)
        self.retype_note = wrapped_label("Hint")
        self.retype_note.hide()

        needs = "\n".join(f"• {n.text.get(ui_language())}" for n in help_entry.needs)
        self.add_heading(self.tr("您需要"))
        self.add_paragraph(needs, "Hint")

        if method in CARD_METHODS:
            assert card_panel is not None
            self.add_heading(self.tr("讀卡機與卡片"))
            self.body.addWidget(card_panel)
            if method is VerificationMethod.MOICA_CARD:
                self.id_field = national_id_field(
                    "responsible_id",
                    self.tr("用來在輸入 PIN 碼前確認卡片是負責人本人的（卡片只記載末 4 碼）"),
                )
                self.id_field.edit.textChanged.connect(self._id_changed)
                self.body.addWidget(self.id_field)
            card_panel.identity_changed.connect(lambda _who: self._update_next())
            self.next_button.setText(self.tr("以卡片登入"))
        elif method is VerificationMethod.MOICA_MOBILE:
            self.id_field = national_id_field(
                "id_number", self.tr("須與行動自然人憑證 App 綁定的身分證字號相同")
            )
            self.body.addWidget(self.id_field)
            self.mode_choice = MobileModeChoice()
            self.body.addWidget(self.mode_choice)
            self.next_button.setText(self.tr("開始驗證"))
        else:
            self.id_field = national_id_field("id_number")
            self.birthday_field, self.mobile_field = phone_method_fields()
            add_items(
                self.body,
                self.id_field,
                self.retype_note,
                self.birthday_field,
                self.mobile_field,
            )
            self.next_button.setText(self.tr("開始驗證"))
        for maybe in (self.id_field, self.birthday_field, self.mobile_field):
            if maybe is not None:
                maybe.edit.textChanged.connect(lambda _t: self._update_next())
        self.body.addWidget(self.wait)
        self.body.addStretch(1)
        self.wait.approved.connect(self._approved)
        self.wait.failed.connect(self._wait_failed)
        self._update_next()

    # --- inputs ----------------------------------------------------------------------
    def resume(self, national_id: str) -> None:
        """Fill in the national ID typed before (kept in the draft). The phone number
        method's birthday and mobile number are never kept: the page says to type them
        again, so the person knows why they are empty."""
        if self.id_field is not None:
            self.id_field.edit.setText(national_id)
        if self.birthday_field is not None:
            self.retype_note.setText(
                self.tr(
                    "負責人身分證字號已帶入上次輸入的內容。為保護個人資料，出生日期與手機號碼"
                    "不會儲存在這台電腦，請再輸入一次，再按「開始驗證」。"
                )
            )
            self.retype_note.show()

    def national_id(self) -> str:
        """The typed national ID in upper case."""
        return self.id_field.text().upper() if self.id_field is not None else ""

    def _id_changed(self) -> None:
        if self.card_panel is not None:
            value = self.national_id()
            self.card_panel.set_responsible_id(
                value if national_id_message(value) is None else None
            )

    def _update_next(self) -> None:
        ok = not self.wait.active
        if self.method in CARD_METHODS:
            ok = (
                ok and self.card_panel is not None and self.card_panel.usable_identity() is not None
            )
            if self.id_field is not None and self.id_field.text():
                ok = ok and national_id_message(self.national_id()) is None
        else:
            for field in (self.id_field, self.birthday_field, self.mobile_field):
                if field is not None:
                    ok = ok and field.message() is None
        if self.wait.active:
            reason = self.tr("正在等候手機上的確認。")
        elif self.method in CARD_METHODS and (
            self.card_panel is None or self.card_panel.usable_identity() is None
        ):
            reason = self.tr("請插入可用的卡片。")
        elif self.method in CARD_METHODS:
            reason = self.tr("請正確填寫負責人身分證字號。")
        else:
            reason = self.tr("請先正確填寫上面每個欄位。")
        self.set_next_enabled(ok, reason)

    def _start(self) -> None:
        self.errors.clear()
        if self.method in CARD_METHODS:
            self.login_requested.emit()
        elif self.method is VerificationMethod.MOICA_MOBILE:
            mode = self.mode_choice.mode() if self.mode_choice is not None else "qr"
            self.mobile_requested.emit(self.national_id(), mode)
        else:
            assert self.birthday_field is not None
            assert self.mobile_field is not None
            born = parse_birthday(self.birthday_field.text())
            mobile = mobile_digits(self.mobile_field.text())
            if born is not None:
                self.phone_requested.emit(self.national_id(), born, mobile)

    # --- waiting for a phone ---------------------------------------------------------
    def wait_for_phone(self, poll: MobilePoll, check: Check, mode: str = "qr") -> None:
        """Show the QR (or the push notice) and poll until the phone answers."""
        self.set_busy(None)
        transaction = poll.transaction
        if self.method is VerificationMethod.PHONE:
            payload = transaction.verify_url or ""
            text = self.tr(
                "請關閉負責人手機的 Wi-Fi，使用 4G/5G 行動網路，以手機相機掃描 QR Code "
                "開啟驗證網頁並按「同意驗證」。"
            )
        elif mode == "push":
            payload = ""
            text = self.tr("已推播到負責人的手機：請開啟「行動自然人憑證」App，確認並核准登入。")
        else:
            payload = transaction.qr_payload or ""
            text = self.tr("請開啟負責人手機上的「行動自然人憑證」App，掃描 QR Code 並核准登入。")
        self.wait.start(poll, payload, text, check)
        # Bring the QR code into view once the layout has made room for it.
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.wait))
        self._update_next()

    def _approved(self, result: object) -> None:
        self._update_next()
        self.logged_in.emit(result)

    def _wait_failed(self, error: BaseException) -> None:
        self._update_next()
        self.errors.show_error(error)
