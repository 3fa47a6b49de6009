"""The member area (會員中心) shown after login: one widget the main window embeds.

Construct it with the member's session (``ui.member.session.MemberSession``: the logged-in
client, the applicant, how they logged in and whether they can sign) and the training
flag. Network calls run on the thread pool via ``ui.async_bridge``; nothing here waits on
the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.errors import ErrorCode
from app.flows.documents import contact_email_document
from app.flows.member_deadlines import Reminder, due_reminders
from app.flows.member_snapshot import MemberSnapshot, load_snapshot
from app.platform.client import PlatformClient
from app.platform.errors import AuthExpired, PlatformError
from app.platform.models import (
    Account,
    Category,
    Consultation,
    Fetched,
    Notification,
    Order,
    Page,
    Plan,
    SavedAssessment,
    SignatureBlock,
    Solution,
    TerminationQuote,
)
from app.receipts import (
    Party,
    Receipt,
    application_receipt,
    order_receipt,
    termination_receipt,
)
from app.subsidy import WorkCalendar, is_valid_email
from ui.a11y import announce, make_alert
from ui.async_bridge import run_in_background
from ui.dialogs.ask import ask_yes_no
from ui.errors import describe
from ui.member.centre_pages import (
    AccountPage,
    AssessmentResultPage,
    ConsultPage,
    NotificationsPage,
)
from ui.member.labels import application_status_text, moment_text, status_text
from ui.member.ordering import OrderDialog
from ui.member.orders_page import OrdersPage
from ui.member.overview import OverviewPage
from ui.member.points_page import PointsPage
from ui.member.receipts import choose_receipt_path, write_receipt_pdf
from ui.member.reminders import ReminderNotifier
from ui.member.session import MemberSession
from ui.member.signing import SignedAttempt
from ui.member.solutions import SolutionsPage
from ui.member.termination import TerminationDialog
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import add_items, column_layout, vertical_scroll

PathChooser = Callable[[QWidget, Receipt], Path | None]
T = TypeVar("T")
REFRESH_MS = 5 * 60 * 1000
SOLUTIONS_PAGE_SIZE = 100


def _documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


class MemberArea(QWidget):
    """帳戶總覽, 我的點數, 雲端方案, 我的訂單, with reminders and receipts."""

    session_ended = Signal()
    refreshed = Signal(object)
    failed = Signal(object)

    (
        PAGE_OVERVIEW,
        PAGE_POINTS,
        PAGE_SOLUTIONS,
        PAGE_ORDERS,
        PAGE_NOTIFICATIONS,
        PAGE_ACCOUNT,
        PAGE_ASSESSMENT,
        PAGE_CONSULT,
    ) = range(8)

    def __init__(
        self,
        session: MemberSession,
        *,
        training: bool,
        calendar: WorkCalendar | None = None,
        choose_path: PathChooser | None = None,
        use_tray: bool | None = None,
        refresh_ms: int = REFRESH_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MemberArea")
        self.session = session
        self.training = training
        self.calendar = calendar or WorkCalendar.taiwan()
        self._choose_path: PathChooser = choose_path or (
            lambda parent, receipt: choose_receipt_path(parent, receipt, _documents_folder())
        )
        self.snapshot: MemberSnapshot | None = None
        self._search_serial = 0  # the latest catalogue search; older answers are dropped
        self.categories: tuple[Category, ...] = ()
        self.signed: dict[str, tuple[SignatureBlock | None, datetime | None]] = {}
        self.saved_receipts: list[Path] = []
        self.loading = False
        self._refresh_again = False
        self.dialog: OrderDialog | TerminationDialog | None = None
        self.payment_dialog: QDialog | None = None
        self._ended = False
        self._started = False

        header = QHBoxLayout()
        who = QLabel(
            self.tr("會員中心　{name}（統一編號 {ubn}）").format(
                name=session.applicant.name, ubn=session.applicant.ubn
            )
        )
        who.setObjectName("PageSubtitle")
        who.setWordWrap(True)  # at the window's minimum width the UBN would be cut
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("AsOf")
        self.refresh_button = push_button(self.tr("重新整理"), self.refresh, name="RefreshButton")
        logout = push_button(self.tr("登出"), self.log_out, name="LogoutButton")
        add_items(header, (who, 1), self.as_of_label, self.refresh_button, logout)

        # Without a signer: a password login, or an application whose card is gone by the
        # time the member area opens; the note says which, never "password" for a card.
        self.read_only_note = wrapped_label(
            "Hint",
            text=self.tr("您以密碼登入，只能查詢；訂購與退訂需以憑證卡或行動自然人憑證登入後簽章。")
            if session.by_password
            else self.tr(
                "這次登入的方式無法在這裡簽章，只能查詢；要訂購或退訂，請登出後在「會員登入」"
                "以憑證卡、行動自然人憑證或手機門號登入。"
            ),
        )
        self.read_only_note.setVisible(session.read_only)

        self.notice = QFrame()
        self.notice.setObjectName("ReminderNotice")
        self.notice.setStyleSheet(
            "QFrame#ReminderNotice { background: #fff4d6; border: 1px solid #e0b64c; }"
        )
        self.notice_label = QLabel()
        self.notice_label.setObjectName("ReminderText")
        self.notice_label.setWordWrap(True)
        self.notices: list[str] = []
        self._dismissed: set[str] = set()
        self._banner_keys: set[str] = set()
        dismiss = QPushButton(self.tr("知道了"))
        dismiss.setAccessibleDescription(self.tr("關閉提醒"))
        dismiss.clicked.connect(self.dismiss_notices)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(dismiss)
        self.notice.hide()

        self.error_label = QLabel()
        self.error_label.setObjectName("FieldError")
        self.error_label.setWordWrap(True)
        make_alert(self.error_label)
        self.error_label.hide()

        self.nav = QListWidget()
        self.nav.setObjectName("MemberNav")
        self.nav.setAccessibleName(self.tr("會員中心選單"))
        for text in (
            self.tr("帳戶總覽"),
            self.tr("我的點數"),
            self.tr("雲端方案"),
            self.tr("我的訂單"),
            self.tr("我的通知"),
            self.tr("帳號管理"),
            self.tr("查看自評結果"),
            self.tr("諮詢顧問／專家服務"),
        ):
            self.nav.addItem(text)
        # wide enough for the longest item in the UI language (no sideways scrolling)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setFixedWidth(
            max(150, self.nav.sizeHintForColumn(0) + 4 * self.nav.frameWidth() + 12)
        )
        self.pages = QStackedWidget()
        self.overview = OverviewPage(self.calendar)
        self.points_page = PointsPage(self.calendar)
        self.solutions = SolutionsPage()
        self.orders = OrdersPage(self.calendar)
        self.notifications_page = NotificationsPage()
        self.account_page = AccountPage()
        self.account_page.set_can_sign(not session.read_only)
        self.assessment_page = AssessmentResultPage()
        self.consult_page = ConsultPage()
        # These pages scroll rather than squeezing their boxes' text at a small window.
        self.overview_scroll = vertical_scroll(self.overview, "OverviewScroll")
        self.points_scroll = vertical_scroll(self.points_page, "PointsScroll")
        for page in (
            self.overview_scroll,
            self.points_scroll,
            self.solutions,
            self.orders,
            self.notifications_page,
            self.account_page,
            self.assessment_page,
            self.consult_page,
        ):
            self.pages.addWidget(page)
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(self._page_opened)
        self.nav.setCurrentRow(self.PAGE_OVERVIEW)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.pages, 1)
        column_layout(self, header, self.read_only_note, self.notice, self.error_label, (body, 1))

        self.notifier = ReminderNotifier(self, use_tray=use_tray)
        self.overview.open_points.connect(lambda: self.go_to(self.PAGE_POINTS))
        self.overview.open_solutions.connect(lambda: self.go_to(self.PAGE_SOLUTIONS))
        self.overview.open_orders.connect(self.show_order)
        self.overview.notification_opened.connect(self.open_notification)
        self.overview.open_assessment.connect(lambda: self.go_to(self.PAGE_ASSESSMENT))
        self.overview.open_consult.connect(lambda: self.go_to(self.PAGE_CONSULT))
        self.notifications_page.notification_opened.connect(self.open_notification)
        self.account_page.email_change_requested.connect(self.change_contact_email)
        self.account_page.password_change_requested.connect(self.change_password)
        self.assessment_page.browse_requested.connect(lambda: self.go_to(self.PAGE_SOLUTIONS))
        self.consult_page.consult_requested.connect(self.request_consultation)
        self.overview.application_pdf_requested.connect(self.save_application_receipt)
        self.points_page.reapply_requested.connect(self.reapply)
        self.solutions.search_requested.connect(self.search_solutions)
        self.solutions.order_requested.connect(self.start_order)
        self.orders.detail.cancel_requested.connect(self.cancel_order)
        self.orders.detail.terminate_requested.connect(self.start_termination)
        self.orders.detail.receipt_requested.connect(self.save_order_receipt)
        self.orders.detail.payment_requested.connect(self.open_payment)

        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self.timer = QTimer(self)
        self.timer.setInterval(refresh_ms)
        self.timer.timeout.connect(self.refresh)

    # --- navigation ---------------------------------------------------------------------
    def start(self) -> None:
        """Load everything and start the periodic refresh (done on first show; idempotent)."""
        if self._started or self._ended:
            return
        self._started = True
        self.refresh()
        self.load_categories()
        self.timer.start()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Start loading when first shown."""
        super().showEvent(event)
        self.start()

    def go_to(self, page: int) -> None:
        """Show one of the pages."""
        self.nav.setCurrentRow(page)

    def show_order(self, order_id: str) -> None:
        """Open 我的訂單, with ``order_id`` selected when given."""
        self.go_to(self.PAGE_ORDERS)
        if order_id:
            self.orders.select(order_id)

    # --- refresh ------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fetch points, orders and notifications (ETag; offline cache when unreachable)."""
        if self._ended:
            return
        if self.loading:
            # the platform moved while we were reading it: read again once this one lands
            self._refresh_again = True
            return
        self.loading = True
        self.refresh_button.setEnabled(False)
        training = self.training
        self._ask_platform(
            lambda client: load_snapshot(client, training=training), self._loaded, self._load_failed
        )

    def _loaded(self, snapshot: MemberSnapshot) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.snapshot = snapshot
        self.error_label.hide()
        if snapshot.offline:
            self.as_of_label.setText(
                self.tr("離線：顯示 {at} 的資料").format(at=moment_text(snapshot.as_of))
            )
        else:
            self.as_of_label.setText(
                self.tr("資料時間：{at}").format(at=moment_text(snapshot.as_of))
            )
        # offline, the copy shown may be stale: nothing is signed against it
        can_sign = self.session.signer is not None and not snapshot.offline
        try:
            self.overview.show_snapshot(snapshot)
            self.notifications_page.show_notifications(snapshot.notifications)
            self.points_page.show_snapshot(snapshot)
            self.solutions.set_member(snapshot.points, snapshot.programme, snapshot.today, can_sign)
            self.orders.set_orders(snapshot.orders, snapshot.today, can_sign=can_sign)
            reminders = due_reminders(
                snapshot.orders, snapshot.points, snapshot.today, self.calendar
            )
        except ValueError as error:  # a date the calendar rules refuse (e.g. decades away)
            self.show_error(error)
            return
        self.notifier.announce(reminders)
        self._show_notices(reminders)
        self.refreshed.emit(snapshot)
        self._refresh_if_asked()

    def _refresh_if_asked(self) -> None:
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        self.show_error(error)
        self._refresh_if_asked()

    def _ask_platform(
        self,
        call: Callable[[PlatformClient], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run ``call`` with the session's client on a worker; ``done`` or ``failed`` runs
        on the GUI thread. The worker gets the client only, never this widget."""
        client = self.session.client
        run_in_background(lambda: call(client), done, failed)

    def show_error(self, error: BaseException) -> None:
        """Show an error from the one table; an expired session ends the area."""
        if isinstance(error, AuthExpired):
            self._end()
            return
        text = describe(error)
        self.error_label.setText(
            self.tr("{title}：{text} {remedy}").format(
                title=text.title, text=text.text, remedy=text.remedy
            )
        )
        self.error_label.show()
        announce(self.error_label, text.title, f"{text.text} {text.remedy}")
        self.failed.emit(error)

    def _show_notices(self, reminders: Sequence[Reminder]) -> None:
        """The banner holds the reminders due now, from this refresh only: a met or
        obsolete deadline has no reminder, so its line disappears."""
        shown = [r for r in reminders if r.key not in self._dismissed]
        self._banner_keys = {r.key for r in shown}
        self.notices = [
            self.tr("{title}：{body}").format(title=t, body=b)
            for t, b in map(self.notifier.text_of, shown)
        ]
        self.notice_label.setText("\n".join(self.notices))
        self.notice.setVisible(bool(self.notices))

    def dismiss_notices(self) -> None:
        """Hide the reminders shown now; new ones (another deadline or day) show again."""
        self._dismissed |= self._banner_keys
        self.notices.clear()
        self.notice.hide()

    # --- notifications and points -------------------------------------------------------
    def open_notification(self, note: Notification) -> None:
        """Mark a notification read and open its order."""
        if not note.read:
            note_id = note.id
            self._ask_platform(
                lambda client: client.mark_notification_read(note_id),
                self._after_change,
                self.show_error,
            )
        if note.order_id:
            self.show_order(note.order_id)

    def reapply(self) -> None:
        """Re-open points (allowed once after an unused return)."""
        run_in_background(self.session.client.reapply_points, self._after_change, self.show_error)

    def _after_change(self, _answer: object) -> None:
        self.refresh()

    # --- 帳號管理, 查看自評結果, 諮詢顧問 -------------------------------------------------
    def _page_opened(self, page: int) -> None:
        if page == self.PAGE_ACCOUNT:
            self.load_account()
        elif page == self.PAGE_ASSESSMENT:
            self.load_assessment()

    def load_account(self) -> None:
        """Fetch 帳號管理's data (off the GUI thread)."""
        run_in_background(
            self.session.client.get_account, self.account_page.show_account, self._account_failed
        )

    def _inline_error(self, error: BaseException, show: Callable[[str], None]) -> None:
        """An error shown where the person acted (an expired session ends the area)."""
        if isinstance(error, AuthExpired):
            self.show_error(error)
            return
        text = describe(error)
        show(
            self.tr("{title}：{text} {remedy}").format(
                title=text.title, text=text.text, remedy=text.remedy
            )
        )

    def _account_failed(self, error: BaseException) -> None:
        self._inline_error(error, self.account_page.show_status)

    def change_contact_email(self, email: str) -> None:
        """Sign the new contact e-mail, then send it; the platform notifies the change."""
        if not is_valid_email(email):
            self.account_page.show_status(
                self.tr("E-mail 格式不正確，請輸入像 name@example.com 的地址。")
            )
            return
        if self.session.signer is None:
            return
        attempt = SignedAttempt(self.session.signer, self)
        attempt.succeeded.connect(self._email_changed)
        attempt.sign_failed.connect(self._account_failed)
        attempt.send_failed.connect(self._account_failed)
        self.account_page.show_status(self.tr("請依指示完成簽章…"))
        client = self.session.client
        attempt.sign(
            self,
            contact_email_document(email, self.session.applicant.ubn),
            self.tr("變更聯絡人 E-mail 為 {email}").format(email=email),
            lambda signature, key: client.change_contact_email(
                email, signature, idempotency_key=key
            ),
        )

    def _email_changed(self, account: object) -> None:
        if isinstance(account, Account):
            self.account_page.show_account(account)
            self.account_page.email.clear()
            self.account_page.show_status(
                self.tr("聯絡人 E-mail 已變更為 {email}。").format(email=account.contact_email)
            )
        self.refresh()

    def change_password(self, current: str, new: str) -> None:
        """Change the password (the platform checks the current one and the rules)."""
        self._ask_platform(
            lambda client: client.change_password(current, new),
            self._password_changed,
            self._account_failed,
        )

    def _password_changed(self, account: Account) -> None:
        self.account_page.clear_passwords()
        self.account_page.show_account(account)
        self.account_page.show_status(self.tr("密碼已變更。"))
        self.refresh()

    def load_assessment(self) -> None:
        """Fetch the latest self-assessment (scores and recommended categories)."""
        run_in_background(
            self.session.client.get_assessment_result,
            self._assessment_loaded,
            self._assessment_failed,
        )

    def _assessment_loaded(self, result: SavedAssessment) -> None:
        self.assessment_page.show_result(result, self.categories)

    def _assessment_failed(self, error: BaseException) -> None:
        if isinstance(error, PlatformError) and error.code == ErrorCode.ASSESSMENT_NOT_FOUND:
            self.assessment_page.show_missing()
            return
        self.show_error(error)

    def request_consultation(self, kind: str, message: str) -> None:
        """Send a consultation request; it comes back as a notification."""
        self._ask_platform(
            lambda client: client.request_consultation(kind, message),
            self._consultation_sent,
            self._consultation_failed,
        )

    def _consultation_sent(self, consultation: Consultation) -> None:
        self.consult_page.sent(consultation)
        self.refresh()

    def _consultation_failed(self, error: BaseException) -> None:
        self._inline_error(error, self.consult_page.failed)

    # --- catalogue ----------------------------------------------------------------------
    def load_categories(self) -> None:
        """Load the 15 categories, then the first search."""
        run_in_background(
            self.session.client.list_categories, self._categories_loaded, self.show_error
        )

    def _categories_loaded(self, fetched: Fetched[tuple[Category, ...]]) -> None:
        self.categories = fetched.data
        self.solutions.set_categories(fetched.data, self.session.recommended_categories)
        self.solutions.search()

    def search_solutions(self, category: str, pavilion: str, query: str) -> None:
        """Search the catalogue (off the GUI thread); only the latest search's answer is
        shown, whatever order the answers arrive in."""
        self._search_serial += 1
        serial = self._search_serial
        self._ask_platform(
            lambda client: client.list_solutions(
                category=category or None,
                pavilion=pavilion or None,
                q=query or None,
                limit=SOLUTIONS_PAGE_SIZE,
            ),
            lambda fetched: self._solutions_found(serial, fetched),
            lambda error: self._search_failed(serial, error),
        )

    def _solutions_found(self, serial: int, fetched: Fetched[Page[Solution]]) -> None:
        if serial == self._search_serial:  # else the person searched again meanwhile
            self.solutions.show_results(fetched.data.items)

    def _search_failed(self, serial: int, error: BaseException) -> None:
        if serial == self._search_serial:
            self.show_error(error)

    # --- ordering, cancellation, termination ----------------------------------------------
    def start_order(self, solution: Solution, plan: Plan) -> OrderDialog | None:
        """Open the order dialog for ``plan`` (needs a signer and a loaded snapshot)."""
        if self.session.signer is None or self.snapshot is None:
            return None
        dialog = OrderDialog(
            self.session.client,
            self.session.signer,
            solution=solution,
            plan=plan,
            points=self.snapshot.points,
            programme=self.snapshot.programme,
            today=self.snapshot.today,
            parent=self,
        )
        dialog.order_created.connect(self._order_created)
        self.dialog = dialog
        dialog.start()
        dialog.open()
        return dialog

    def _order_created(
        self, order: Order, signature: SignatureBlock | None, signed_at: datetime | None
    ) -> None:
        self.signed[order.id] = (signature, signed_at)
        self.refresh()

    def open_payment(self, order: Order) -> QDialog | None:
        """開啟付款連結: in training the client's own payment page; never silent."""
        from ui.member.payment import TrainingPaymentDialog, open_payment

        dialog = open_payment(self.session.client, order, training=self.training, parent=self)
        if isinstance(dialog, TrainingPaymentDialog):
            dialog.paid.connect(lambda _order_id: self.refresh())
        self.payment_dialog = dialog
        return dialog

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question."""
        return ask_yes_no(self, title, text)

    def cancel_order(self, order: Order | None) -> None:
        """Cancel an order before payment (points come back at once)."""
        if order is None:
            return
        if not self.confirm(
            self.tr("取消訂單"),
            self.tr("確定要取消訂單 {id} 嗎？使用的點數會立即退回。").format(id=order.id),
        ):
            return
        order_id = order.id
        self._ask_platform(
            lambda client: client.cancel_order(order_id), self._after_change, self.show_error
        )

    def start_termination(self, order: Order | None) -> TerminationDialog | None:
        """Open the termination dialog for ``order``."""
        if order is None or self.snapshot is None:
            return None
        dialog = TerminationDialog(
            self.session.client,
            self.session.signer,
            order,
            self.snapshot.today,
            self.snapshot.programme,
            parent=self,
        )
        dialog.terminated.connect(self._terminated)
        self.dialog = dialog
        dialog.open()
        dialog.request_quote()
        return dialog

    def _terminated(
        self,
        order: Order,
        quote: TerminationQuote,
        signature: SignatureBlock | None,
        signed_at: datetime | None,
    ) -> None:
        dialog = self.dialog
        on = (
            dialog.quoted_on
            if isinstance(dialog, TerminationDialog) and dialog.quoted_on
            else self._today()
        )
        receipt = termination_receipt(
            order,
            self._party(),
            quote,
            terminated_on=on,
            issued_on=self._today(),
            signature=signature,
            signed_at=signed_at,
            programme=self.snapshot.programme if self.snapshot else None,
        )
        self.refresh()
        self.save_receipt(receipt)

    # --- receipts -----------------------------------------------------------------------
    def _party(self) -> Party:
        return Party(self.session.applicant.name, self.session.applicant.ubn)

    def _today(self) -> date:
        return self.snapshot.today if self.snapshot else date.today()

    def save_receipt(self, receipt: Receipt) -> Path | None:
        """Ask where, then write the PDF; None when the person cancels."""
        path = self._choose_path(self, receipt)
        if path is None:
            return None
        try:
            written = write_receipt_pdf(receipt, path)
        except OSError as error:
            self.show_error(error)
            return None
        self.saved_receipts.append(written)
        return written

    def order_receipt_for(self, order: Order) -> Receipt:
        """The receipt of ``order`` (with its signature when signed in this session)."""
        signature, signed_at = self.signed.get(order.id, (None, None))
        return order_receipt(
            order,
            self._party(),
            status_label=status_text(order.status),
            issued_on=self._today(),
            signature=signature,
            signed_at=signed_at,
        )

    def save_order_receipt(self, order: Order | None) -> Path | None:
        """Save the PDF of ``order``."""
        if order is None:
            return None
        return self.save_receipt(self.order_receipt_for(order))

    def save_application_receipt(self) -> None:
        """Fetch the application (附表1–3) and save it as a PDF."""
        self._ask_platform(
            lambda client: client.call_json("GET", "/application", auth=True),
            self._application_loaded,
            self.show_error,
        )

    def _application_loaded(self, raw: object) -> None:
        data = raw if isinstance(raw, dict) else {}
        form = data.get("form")
        auths = data.get("authorizations")
        status = str(data.get("status", ""))
        try:
            receipt = application_receipt(
                self._party(),
                form if isinstance(form, dict) else {},
                issued_on=self._today(),
                status_label=application_status_text(status),
                authorizations=[a for a in auths if isinstance(a, dict)]
                if isinstance(auths, list)
                else [],
            )
        except ValueError as error:
            self.show_error(error)
            return
        self.save_receipt(receipt)

    # --- session ------------------------------------------------------------------------
    def log_out(self) -> None:
        """Sign out on the platform, then end the area."""
        self.timer.stop()
        run_in_background(self.session.client.logout, self._logged_out, self._logged_out)

    def _logged_out(self, _answer: object) -> None:
        self._end()

    def _end(self) -> None:
        if self._ended:
            return
        self._ended = True
        self.timer.stop()
        self.notifier.close()
        self.session_ended.emit()
