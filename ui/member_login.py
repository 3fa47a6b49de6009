"""Member login (會員登入): the UBN, then a card, the phone or the password, then the member area.

The platform's calls run off the GUI thread through one ``app.flows.login.LoginFlow`` per
UBN (the same login the wizard's identity step uses), on the client the page is given
(built by the first lookup, on its worker, which also imports what the login methods and
the member area use: the page itself needs only the UBN field, the rules and Qt);
the card is read and signs through the wizard's :class:`CardPanel`, the phone is waited
for in a :class:`MobileWaitPanel`. Once logged in, :class:`MemberLoginPage` emits a
:class:`MemberSession` with the signature requester that fits the login (none for a
password: the member area then only reads), and :func:`open_member_area` shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.flows.enrolment import CARD_METHODS
from app.flows.login import LoginFlow, MobilePoll
from app.platform.models import Applicant
from app.subsidy import VerificationMethod, is_valid_national_id, is_valid_ubn
from app.support.help import load_help
from app.support.kinds import DataKind
from ui.a11y import MnemonicButton
from ui.async_bridge import import_modules, install_gui_invoker, run_in_background
from ui.errors import reason_lines
from ui.member.session import PASSWORD_LOGIN, LoginMethod, MemberSession
from ui.support.privacy import redact_when_complete, shared_privacy
from ui.widgets.fields import FieldRow, show_field_errors
from ui.widgets.fields_ubn import applicant_card, ubn_lookup_row
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import Stretch, add_items
from ui.wizard.base import WizardPage
from ui.wizard.identity_page import (
    MobileModeChoice,
    mobile_digits,
    national_id_field,
    national_id_message,
    parse_birthday,
    phone_method_fields,
)
from ui.wizard.language import ui_language
from ui.wizard.mobile_panel import MobileWaitPanel

if TYPE_CHECKING:
    from app.platform.client import PlatformClient
    from ui.card_context import CardContext
    from ui.member.area import MemberArea
    from ui.member.signing import PhonePerson, SignatureRequester
    from ui.wiring import OnDemand
    from ui.wizard.card_panel import CardPanel

LOGIN_MODULES = (
    "app.platform.client",
    "ui.card_context",
    "ui.wizard.card_panel",
    "ui.wizard.signing",
    "ui.member.signing",
    "ui.member.area",
)
"""What the login methods and the member area use: imported on the first lookup's worker."""

log = logging.getLogger(__name__)
T = TypeVar("T")


class MemberLoginPage(WizardPage):
    """會員登入: UBN lookup, the allowed login methods plus 帳號密碼, then ``logged_in``."""

    logged_in = Signal(object)
    """A MemberSession."""
    cancelled = Signal()
    """The person went back to the start page."""
    new_application_requested = Signal()
    """The UBN is not a member yet and the person chose 新申請."""
    mobile_started = Signal(str, str)
    """(transaction id, label) of a phone transaction waiting for approval (training panel)."""
    mobile_ended = Signal(str)

    def __init__(
        self,
        client: OnDemand[PlatformClient],
        cards: Callable[[], CardContext],
        *,
        training: bool,
        parent: QWidget | None = None,
    ) -> None:
        """``client`` is built by the first lookup (on its worker); ``cards`` is asked for
        when a card method is chosen."""
        super().__init__(
            self.tr("會員登入"),
            self.tr(
                "請輸入申請單位的統一編號，再選擇登入方式。以憑證卡或手機登入可以訂購、退訂；"
                "以帳號密碼登入只能查詢。"
            ),
            parent,
        )
        install_gui_invoker()
        self.setObjectName("MemberLoginPage")
        self._client = client
        self._cards = cards
        self.service: LoginFlow | None = None
        """The login of the applicant shown: of the UBN looked up, until it is edited."""
        self.method: LoginMethod | None = None
        self.card_panel: CardPanel | None = None
        self._lookups = 0
        self._person: PhonePerson | None = None
        """The person as sent for the phone login being waited for."""
        self._announced = ""
        self._working = False
        self._closed = False

        # --- 1. UBN ------------------------------------------------------------------
        self.lookup_button = MnemonicButton(self.tr("查詢"), "L")  # Alt+L, as on 新申請
        self.lookup_button.setAccessibleName(self.tr("查詢統一編號"))
        self.ubn, row = ubn_lookup_row(
            "member_ubn",
            self.tr("統一編號（會員帳號）"),
            self.lookup_button,
            self.lookup,
            self._ubn_changed,
        )
        redact_when_complete(self.ubn.edit, DataKind.OTHER, is_valid_ubn)
        self.body.addLayout(row)
        if training:
            self.add_paragraph(
                self.tr("訓練模式：登入的是訓練平台上的示範會員，卡片與點數都不是真的。"),
                "Hint",
            )

        self.applicant_label = applicant_card()
        self.body.addWidget(self.applicant_label)

        self.not_member = QFrame()
        self.not_member.setObjectName("NotMemberNotice")
        self.not_member.setStyleSheet(
            "QFrame#NotMemberNotice { background: #fff4d6; border: 1px solid #e0b64c;"
            " border-radius: 6px; }"
        )
        self.not_member_text = QLabel()
        self.not_member_text.setWordWrap(True)
        self.new_application_button = QPushButton(self.tr("改為新申請"))
        self.new_application_button.setAccessibleName(self.tr("改為新申請"))
        self.new_application_button.clicked.connect(self.new_application_requested)
        notice = QHBoxLayout(self.not_member)
        notice.setContentsMargins(12, 8, 12, 8)
        notice.addWidget(self.not_member_text, 1)
        notice.addWidget(self.new_application_button)
        self.not_member.setVisible(False)
        self.body.addWidget(self.not_member)

        # --- 2. method -----------------------------------------------------------------
        self.methods_title = self.add_heading(self.tr("請選擇登入方式"))
        self.methods_title.setVisible(False)
        self.method_group = QButtonGroup(self)
        self.method_group.buttonToggled.connect(self._method_toggled)
        self.methods_box = QGridLayout()
        self.methods_box.setHorizontalSpacing(24)
        self.body.addLayout(self.methods_box)
        self.method_radios: dict[LoginMethod, QRadioButton] = {}
        self._method_columns = 0

        # --- 3. what the method needs (kept when the method changes) --------------------
        self.card_box = QVBoxLayout()
        self.id_field = national_id_field("id_number", self.tr("須與平台登記的負責人相同"))
        self.birthday_field, self.mobile_field = phone_method_fields()
        privacy = shared_privacy()
        for field in (self.id_field, self.birthday_field, self.mobile_field):
            privacy.protect_input(field.edit)
            field.edit.textChanged.connect(lambda _t: self._update_next())
        redact_when_complete(self.id_field.edit, DataKind.NATIONAL_ID, is_valid_national_id)
        self.id_field.edit.textChanged.connect(self._id_changed)
        self.mode_choice = MobileModeChoice()

        self.password_box = QWidget()
        password_layout = QVBoxLayout(self.password_box)
        password_layout.setContentsMargins(0, 0, 0, 0)
        self.account_label = QLabel()
        self.account_label.setWordWrap(True)
        self.password = FieldRow(
            "password",
            self.tr("密碼"),
            lambda text: None if text else self.tr("請輸入密碼"),
            password=True,
            max_length=64,
        )
        self.password.edit.returnPressed.connect(self._login)
        self.password.edit.textChanged.connect(lambda _t: self._update_next())
        self.read_only_note = wrapped_label(
            "Hint",
            text=self.tr(
                "以帳號密碼登入只能查看點數、方案與訂單；訂購、退訂等需要簽章的操作，"
                "請改用憑證卡或行動自然人憑證登入。"
            ),
        )
        add_items(password_layout, self.account_label, self.password, self.read_only_note)

        self.wait = MobileWaitPanel()
        self.wait.approved.connect(self._phone_approved)
        self.wait.failed.connect(self._phone_failed)
        add_items(
            self.body,
            self.card_box,
            self.id_field,
            self.mode_choice,
            self.birthday_field,
            self.mobile_field,
            self.password_box,
            self.wait,
            Stretch(1),
        )

        self.back_button.setText(self.tr("回到首頁"))
        self.back_button.setAccessibleName(self.tr("回到首頁"))
        self.back_requested.connect(self.cancel)
        self.next_button.setText(self.tr("登入"))
        self.next_button.setAccessibleName(self.tr("登入"))
        self.next_button.clicked.connect(self._login)
        self._show_method_inputs()
        self._update_next()

    @property
    def client(self) -> PlatformClient:
        """The platform client (built by the first lookup)."""
        return self._client.get()

    @property
    def cards(self) -> CardContext:
        """The card context (started when first asked for)."""
        return self._cards()

    # --- helpers -----------------------------------------------------------------------
    def _call(
        self,
        busy: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread while the page shows ``busy``."""
        self._working = True
        self.lookup_button.setEnabled(False)
        self.run_busy(
            busy,
            work,
            done,
            failed or self._show_error,
            settled=self._idle,
            wanted=lambda: not self._closed,
        )

    def _idle(self) -> None:
        self._working = False
        self.set_busy(None)
        self.lookup_button.setEnabled(True)
        self._update_next()

    def cancel(self) -> None:
        """Stop waiting for a phone and go back to the start page."""
        self._finish()
        self.cancelled.emit()

    def _finish(self) -> None:
        if self.wait.active:
            self.wait.cancel()
        self._end_mobile()
        self._closed = True

    # --- 1. UBN ------------------------------------------------------------------------
    def lookup(self) -> None:
        """Check the UBN as typed, then ask the platform who it is."""
        if not self.ubn.validate(show_empty=True):
            self.ubn.edit.setFocus()
            return
        ubn = self.ubn.text()
        self._lookups += 1
        generation = self._lookups
        client = self._client

        def work() -> LoginFlow:
            import_modules(LOGIN_MODULES)
            # A fresh login per UBN: a half-finished login of another UBN is not kept.
            login = LoginFlow(client.get())
            login.lookup(ubn)
            return login

        def done(login: LoginFlow) -> None:
            if generation == self._lookups and self.ubn.text() == ubn:
                self.show_login(login)

        def failed(error: BaseException) -> None:
            if generation != self._lookups:
                return
            self.show_login(None)
            self._show_error(error, reason_lines(error))

        self._call(self.tr("正在向平台查詢…"), work, done, failed)

    def _ubn_changed(self) -> None:
        if self.applicant is not None and self.applicant.ubn != self.ubn.text():
            self.show_login(None)
        self._update_next()

    @property
    def applicant(self) -> Applicant | None:
        """Who the UBN looked up belongs to (None before a lookup and once it is edited)."""
        return self.service.applicant if self.service is not None else None

    def show_login(self, login: LoginFlow | None) -> None:
        """Show who the looked-up UBN belongs to and, for a member, the ways to log in
        (None: nobody, the UBN was edited or not found)."""
        self._stop_waiting()
        self.service = login
        applicant = self.applicant
        for radio in self.method_radios.values():
            self.method_group.removeButton(radio)
            radio.deleteLater()
        self.method_radios = {}
        self._method_columns = 0  # the new choices are not laid out yet
        self.method = None
        member = applicant is not None and applicant.member
        self.applicant_label.setVisible(applicant is not None)
        self.not_member.setVisible(applicant is not None and not applicant.member)
        self.methods_title.setVisible(member)
        if applicant is not None:
            self.errors.clear()
            self.applicant_label.setText(
                self.tr("{name}（統一編號 {ubn}）").format(name=applicant.name, ubn=applicant.ubn)
            )
            self.applicant_label.setAccessibleName(self.applicant_label.text())
            self.not_member_text.setText(self._not_member_text(applicant))
            self.account_label.setText(self.tr("帳號：統一編號 {ubn}").format(ubn=applicant.ubn))
        if applicant is not None and applicant.member:
            language = ui_language()
            help_catalogue = load_help()
            choices: list[tuple[LoginMethod, str, str]] = []
            for allowed in applicant.allowed_methods:
                entry = help_catalogue.method(allowed)
                needs = "\n".join(f"• {n.text.get(language)}" for n in entry.needs)
                choices.append((allowed, entry.name.get(language), needs))
            choices.append(
                (PASSWORD_LOGIN, self.tr("帳號密碼登入（只能查詢）"), self.read_only_note.text())
            )
            for method, name, needs in choices:
                radio = QRadioButton(name)
                radio.setObjectName(f"login_{method}")
                radio.setAccessibleName(name)
                radio.setAccessibleDescription(needs)
                radio.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
                self.method_group.addButton(radio)
                self.method_radios[method] = radio
            self._arrange_methods()
            first = next(iter(self.method_radios.values()))
            first.setFocus()
        self._show_method_inputs()
        self._update_next()

    def _not_member_text(self, applicant: Applicant) -> str:
        """Why this UBN cannot log in, and what to do: apply, wait for the review, or ask."""
        if applicant.review == "rejected":
            return self.tr(
                "這個統一編號的申請經平台資格審查未通過，不是臺灣雲市集的會員，無法登入。"
                "審查結果與原因已寄到申請時填寫的 E-mail（按「改為新申請」並驗證身分也會顯示）；"
                "如有疑問，請洽臺灣雲市集客服 0809-092-091。"
            )
        if applicant.review == "pending":
            return self.tr(
                "這個統一編號的申請正在資格審查中（約需 1 個工作天），審查通過後才成為會員、"
                "可以登入。結果會寄 E-mail 通知；通過後請按「改為新申請」完成數位自評檢測。"
            )
        return self.tr(
            "這個統一編號還不是臺灣雲市集的會員（尚未完成點數申請），無法登入。"
            "請按「改為新申請」驗證身分並完成申請，完成後即成為會員。"
        )

    # --- 2. method ---------------------------------------------------------------------
    def _arrange_methods(self) -> None:
        # Two columns keep the card's details in view below the choices, when the longest
        # name fits in half the page; else one (English names; the page scrolls only down).
        radios = list(self.method_radios.values())
        if not radios:
            return
        margins = self.body.contentsMargins()
        room = self.scroll_area.viewport().width() - margins.left() - margins.right()
        widest = max(radio.sizeHint().width() for radio in radios)
        columns = 2 if 2 * widest + self.methods_box.horizontalSpacing() <= room else 1
        if columns == self._method_columns:
            return
        self._method_columns = columns
        for index, radio in enumerate(radios):
            self.methods_box.removeWidget(radio)
            row, column = divmod(index, columns)
            self.methods_box.addWidget(radio, row, column)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._arrange_methods()

    def choose(self, method: LoginMethod) -> None:
        """Pick a login method (as clicking its radio button does)."""
        radio = self.method_radios.get(method)
        if radio is not None:
            radio.setChecked(True)

    def _method_toggled(self, button: object, checked: bool) -> None:
        if not checked:
            return
        for method, radio in self.method_radios.items():
            if radio is button:
                self._set_method(method)

    def _set_method(self, method: LoginMethod) -> None:
        self._stop_waiting()
        self.method = method
        self.errors.clear()
        if self.card_panel is not None:
            self.card_box.removeWidget(self.card_panel)
            self.card_panel.deleteLater()
            self.card_panel = None
        applicant = self.applicant
        if method in CARD_METHODS and applicant is not None:
            assert isinstance(method, VerificationMethod)
            from ui.wizard.card_panel import CardPanel  # imported by the lookup

            panel = CardPanel(self.cards, method, applicant.ubn)
            panel.identity_changed.connect(lambda _who: self._update_next())
            self.card_box.addWidget(panel)
            self.card_panel = panel
            self._id_changed()
            panel.start()
            self._reveal(panel)
        self._show_method_inputs()
        self._update_next()

    def _show_method_inputs(self) -> None:
        method = self.method
        phone = method is VerificationMethod.PHONE
        self.id_field.setVisible(
            method
            in (
                VerificationMethod.MOICA_CARD,
                VerificationMethod.MOICA_MOBILE,
                VerificationMethod.PHONE,
            )
        )
        self.mode_choice.setVisible(method is VerificationMethod.MOICA_MOBILE)
        self.birthday_field.setVisible(phone)
        self.mobile_field.setVisible(phone)
        self.password_box.setVisible(method == PASSWORD_LOGIN)
        if method in CARD_METHODS:
            self.next_button.setText(self.tr("以卡片登入"))
        elif method in (VerificationMethod.MOICA_MOBILE, VerificationMethod.PHONE):
            self.next_button.setText(self.tr("開始驗證"))
        else:
            self.next_button.setText(self.tr("登入"))
        self.next_button.setAccessibleName(self.next_button.text())

    def national_id(self) -> str:
        """The typed national ID in upper case."""
        return self.id_field.text().upper()

    def _id_changed(self) -> None:
        panel = self.card_panel
        if panel is not None and self.method is VerificationMethod.MOICA_CARD:
            value = self.national_id()
            panel.set_responsible_id(value if national_id_message(value) is None else None)

    def _update_next(self) -> None:
        method = self.method
        ok = (
            self.applicant is not None
            and self.applicant.member
            and method is not None
            and not self.wait.active
            and not self._working
        )
        if method in CARD_METHODS:
            panel = self.card_panel
            ok = ok and panel is not None and panel.usable_identity() is not None
            if self.id_field.text():
                ok = ok and national_id_message(self.national_id()) is None
        elif method is VerificationMethod.MOICA_MOBILE:
            ok = ok and self.id_field.message() is None
        elif method is VerificationMethod.PHONE:
            fields = (self.id_field, self.birthday_field, self.mobile_field)
            ok = ok and all(f.message() is None for f in fields)
        elif method == PASSWORD_LOGIN:
            ok = ok and bool(self.password.edit.text())
        self.next_button.setEnabled(ok)

    def _reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view once the layout has settled (after this event)."""
        QTimer.singleShot(0, widget, lambda: self.scroll_area.ensureWidgetVisible(widget))

    def _show_error(self, error: BaseException, extra: Iterable[str] = ()) -> None:
        """Show ``error`` under the scroll area, keeping the focused input in view: the
        panel shortens the area, and the field to correct must not slide out of sight."""
        self.errors.show_error(error, extra)
        focused = QApplication.focusWidget()
        inputs = self.scroll_area.widget()
        if focused is not None and inputs is not None and inputs.isAncestorOf(focused):
            self._reveal(focused)

    # --- 3. login ----------------------------------------------------------------------
    def _login(self) -> None:
        method, applicant, login = self.method, self.applicant, self.service
        if applicant is None or method is None or login is None:
            return
        if not self.next_button.isEnabled():
            return
        self.errors.clear()
        if method == PASSWORD_LOGIN:
            self._password_login(login, applicant)
            return
        assert isinstance(method, VerificationMethod)
        try:
            login.choose_method(method)
        except Exception as error:  # METHOD_NOT_ALLOWED and friends, through the table
            self._show_error(error)
            return
        if method in CARD_METHODS:
            self._card_login(login, applicant, method)
        else:
            self._phone_login(login, method)

    def _password_login(self, login: LoginFlow, applicant: Applicant) -> None:
        password = self.password.edit.text()

        def failed(error: BaseException) -> None:
            self.password.edit.setFocus()
            self.password.edit.selectAll()
            self._show_error(error)

        self._call(
            self.tr("正在登入…"),
            lambda: login.password_login(password),
            lambda result: self._logged_in(result.applicant or applicant, None, PASSWORD_LOGIN),
            failed,
        )

    def _card_login(
        self, login: LoginFlow, applicant: Applicant, method: VerificationMethod
    ) -> None:
        panel = self.card_panel
        if panel is None:
            return
        chosen = panel.usable_identity()
        purpose = self.tr("登入臺灣雲市集會員中心（{name}）").format(name=applicant.name)
        card_sign = panel.login_signer(purpose)

        def done(_result: object) -> None:
            who = panel.usable_identity() or chosen
            if who is None:
                raise RuntimeError("the card that logged in is gone")
            from ui.member.signing import session_signer

            self._logged_in(
                applicant, session_signer(method, login, cards=self.cards, card=who), method
            )

        self._call(self.tr("正在以卡片登入…"), lambda: login.login_with_card(card_sign), done)

    def _phone_login(self, service: LoginFlow, method: VerificationMethod) -> None:
        person = self.national_id()
        phone = method is VerificationMethod.PHONE
        born = parse_birthday(self.birthday_field.text()) if phone else None
        mobile = mobile_digits(self.mobile_field.text()) if phone else None
        mode = self.mode_choice.mode()
        from ui.member.signing import PhonePerson  # imported by the lookup

        self._person = PhonePerson(person, born, mobile)

        def started(poll: MobilePoll) -> None:
            transaction = poll.transaction
            if phone:
                payload = transaction.verify_url or ""
                text = self.tr(
                    "請關閉負責人手機的 Wi-Fi，使用 4G/5G 行動網路，以手機相機掃描 QR Code "
                    "開啟驗證網頁並按「同意驗證」。"
                )
                label = self.tr("手機門號登入")
            elif mode == "push":
                payload = ""
                text = self.tr(
                    "已推播到負責人的手機：請開啟「行動自然人憑證」App，確認並核准登入。"
                )
                label = self.tr("行動自然人憑證登入")
            else:
                payload = transaction.qr_payload or ""
                text = self.tr(
                    "請開啟負責人手機上的「行動自然人憑證」App，掃描 QR Code 並核准登入。"
                )
                label = self.tr("行動自然人憑證登入")
            self.wait.start(poll, payload, text, service.check_mobile_login)
            self._reveal(self.wait)
            self._announced = transaction.transaction_id
            self.mobile_started.emit(transaction.transaction_id, label)
            self._update_next()

        def failed(error: BaseException) -> None:
            show_field_errors(
                error,
                {
                    "id_number": self.id_field,
                    "birthday": self.birthday_field,
                    "mobile": self.mobile_field,
                },
            )
            self._show_error(error)

        self._call(
            self.tr("正在建立驗證…"),
            lambda: service.start_mobile_login(person, birthday=born, mobile=mobile, mode=mode),
            started,
            failed,
        )

    def _phone_approved(self, _result: object) -> None:
        self._end_mobile()
        method, applicant, login = self.method, self.applicant, self.service
        if self._closed or applicant is None or login is None:
            return
        if not isinstance(method, VerificationMethod):
            return
        from ui.member.signing import session_signer

        # The person as sent to the platform, whatever was typed during the wait.
        signer = session_signer(method, login, person=self._person)
        self._logged_in(applicant, signer, method)

    def _phone_failed(self, error: BaseException) -> None:
        self._end_mobile()
        if not self._closed:
            self._show_error(error)
            self._update_next()

    def _stop_waiting(self) -> None:
        """Cancel a phone wait and hide its panel (another UBN or method was chosen)."""
        if self.wait.active:
            self.wait.cancel()
        self.wait.setVisible(False)

    def _end_mobile(self) -> None:
        announced, self._announced = self._announced, ""
        if announced:
            self.mobile_ended.emit(announced)

    def _logged_in(
        self, applicant: Applicant, signer: SignatureRequester | None, method: LoginMethod
    ) -> None:
        self._closed = True
        self.logged_in.emit(MemberSession(self.client, applicant, signer, method))


class MemberWindow(Protocol):
    """What :func:`open_member_area` needs of the main window."""

    member_area: QWidget | None

    @property
    def training(self) -> bool: ...

    @property
    def pages(self) -> QStackedWidget: ...

    @property
    def start_page(self) -> QWidget: ...


def open_member_area(window: MemberWindow, session: MemberSession) -> MemberArea:
    """Show the member area of ``session`` in ``window``; at its end, back to the start page.

    Its modules are imported already (by the login's lookup, or ``MEMBER_AREA_MODULES``).
    """
    from ui.member.area import MemberArea

    pages = window.pages
    area = MemberArea(session, training=window.training)
    client = session.client

    def ended() -> None:
        if window.member_area is area:
            window.member_area = None
        pages.setCurrentWidget(window.start_page)
        # Not removeWidget(): PySide would hand the area to Python, which could then delete
        # it a second time. Deleted by Qt, the area leaves the stack by itself.
        area.hide()
        area.deleteLater()
        # The area signs out itself; after an expired session this only forgets the token.
        run_in_background(lambda: _sign_out(client), _signed_out, _signed_out)

    area.session_ended.connect(ended)
    window.member_area = area
    pages.addWidget(area)
    pages.setCurrentWidget(area)
    return area


def _sign_out(client: PlatformClient) -> None:
    client.logout()
    client.close()


def _signed_out(outcome: object) -> None:
    if isinstance(outcome, BaseException):
        log.info("sign-out not completed: %s", type(outcome).__name__)
