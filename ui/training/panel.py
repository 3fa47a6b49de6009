"""Training panel: demo cards in and out, phone approvals, the platform's e-mails, its clock.

Only shown on the training platform. The panel is a top-level window of its own, placed
beside the main window: the dialogs of the main window are modal to that window only, so
while a PIN dialog, a phone wait or an order confirmation is open the trainee can still
approve the phone, type on the reader's keypad or pull the card here, and keyboard focus
and screen readers treat the panel as the separate window it is. Demo cards go into the in-process virtual
readers; the training reader can be switched to a PIN-pad reader, whose keypad is drawn
here (enabled only while the card waits for the PIN on the pad). The rest talks to the
training platform's ``/_sandbox`` endpoints off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.platform.client import PlatformClient
from app.platform.training import (
    RUN_TO_SERVICE,
    ClockMove,
    Deadline,
    DeadlineOutlook,
    DemoApplicantInfo,
    ReviewOutcome,
    TrainingPlatform,
    VendorOrder,
)
from app.subsidy import ApplicantType
from app.subsidy.dates import ROC_OFFSET
from app.subsidy.eligibility import DEFAULT_REJECTION_REASON
from certs.testpki import DemoPKI
from ui.a11y import status_label
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.training.practice_member import PracticeMemberBox
from ui.training.programme_tab import ProgrammeTab
from ui.widgets.buttons import push_button
from ui.widgets.layouts import Stretch, add_items
from ui.widgets.lists import wrapped_list
from ui.wizard.card_panel import kind_name
from ui.wizard.dates import display_date

SWAP_DELAY_MS = 400
TAB_REFRESH_MS = 2000
LESSON_CHECK_MS = 1000
CLOCK_MOVE_TITLES = 3
"""How many deadlines a clock move names in the status line before "and N more"."""


def roc_slash_date(d: date) -> str:
    """A date as the forms ask it typed: 民國年/月/日, e.g. 64/3/14."""
    return f"{d.year - ROC_OFFSET}/{d.month}/{d.day}"


Key = TypeVar("Key")


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _button(text: str, on_click: Callable[[], object] | None = None) -> QPushButton:
    return push_button(text, on_click, accessible_name=text)


def _tab(intro: str = "") -> tuple[QWidget, QVBoxLayout]:
    """A panel tab and its column, opening with the ``intro`` paragraph when there is one."""
    tab = QWidget()
    layout = QVBoxLayout(tab)
    if intro:
        layout.addWidget(_paragraph(intro))
    return tab, layout


def _button_grid(
    choices: tuple[tuple[Key, str], ...], on_click: Callable[[Key], object]
) -> tuple[QGridLayout, dict[Key, QPushButton]]:
    """Buttons two to a row, one per ``(key, text)``; a click calls ``on_click(key)``."""
    grid = QGridLayout()
    buttons: dict[Key, QPushButton] = {}
    for index, (key, text) in enumerate(choices):
        buttons[key] = _button(text, partial(on_click, key))
        grid.addWidget(buttons[key], index // 2, index % 2)
    return grid, buttons


class TrainingPanel(QWidget):
    """A window with tabs for cards, phone, e-mail, clock and the demo applicants."""

    message = Signal(str)
    """Short status text (also read by screen readers)."""
    platform_changed = Signal()
    """The panel changed the platform (vendor step, clock): pages showing it refresh."""
    data_reset = Signal()
    """The training data were wiped: what the client shows of them is gone."""
    pad_changed = Signal(bool, int)
    """The virtual keypad: waiting for a PIN or not, digits typed (any thread may emit)."""

    def __init__(
        self,
        client: PlatformClient,
        readers: Any = None,
    ) -> None:
        # No Qt parent: a window-modal dialog of the main window must not block the panel.
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("TrainingPanel")
        self.setWindowTitle(self.tr("訓練面板"))
        self.setAccessibleName(self.tr("訓練面板"))
        # Opening the panel beside a dialog must not take the keyboard from that dialog.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        QShortcut(QKeySequence("Ctrl+T"), self, self.hide)
        self.client = client
        self.training = TrainingPlatform(client)
        self.orders: list[VendorOrder] = []
        self._order_line: tuple[str, str] | None = None
        """The order whose status the status line states, and that line (kept true)."""
        self.fact_source: Callable[[], set[str]] = set
        """What the client shows, as lesson facts (the main window sets it)."""
        self.events: set[str] = set()
        """Lesson facts of things done in the panel (phone approved, clock moved)."""
        self.inserted_kind: str | None = None
        self.readers = readers
        self.pki = DemoPKI.load()
        self.pending: dict[str, str] = {}
        self.reader_name = self._initial_reader()
        self._pad: Any = None
        self._pad_was_waiting = False
        self.programme_tab = ProgrammeTab(client)
        self.programme_tab.message.connect(self.message)
        self.programme_tab.changed.connect(self.platform_changed)
        tabs = QTabWidget()
        tabs.setObjectName("TrainingTabs")
        # Seven tabs on a 400-pixel panel: narrow padding keeps every one in view.
        tabs.setStyleSheet("QTabBar::tab { padding: 4px 4px; }")
        # Short tab names, so that every tab shows on the narrow panel; the full name is
        # the tab's tooltip and what a screen reader says of the page.
        for page, short, full in (
            (self._cards_tab(), self.tr("卡片"), self.tr("示範卡片")),
            (self._phone_tab(), self.tr("手機"), self.tr("手機核准")),
            (self._vendor_tab(), self.tr("廠商"), self.tr("廠商模擬")),
            (self._mail_tab(), self.tr("信件"), self.tr("平台寄出的信")),
            (self._clock_tab(), self.tr("時鐘"), self.tr("平台時鐘")),
            (self._people_tab(), self.tr("資料"), self.tr("示範資料與補助計畫")),
            (self._lessons_tab(), self.tr("課程"), self.tr("訓練課程")),
        ):
            page.setAccessibleName(full)
            tabs.setTabToolTip(tabs.addTab(page, short), full)
        self.tabs = tabs
        # The orders, e-mails and clock show what is on the platform now whenever their tab
        # comes into view, and keep up while it stays in view (the trainee's actions in the
        # main window send e-mails and place orders).
        tabs.currentChanged.connect(lambda _index: self.refresh_shown_tab())
        self.refresh_timer = QTimer(self)
        self.refresh_timer.setInterval(TAB_REFRESH_MS)
        self.refresh_timer.timeout.connect(self._poll_shown_tab)
        self.refresh_timer.start()
        self.platform_changed.connect(self.refresh_shown_tab)
        self.data_reset.connect(self.refresh_shown_tab)
        # A plain wrapping label, not a WrappedLabel: a minimum of all its lines made
        # the panel taller than its window (the English 時鐘 tab at 1366x768).
        self.status = QLabel()
        self.status.setObjectName("Hint")
        self.status.setWordWrap(True)
        status_label(self.status, self.tr("訓練面板狀態"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.status)
        self.setMinimumWidth(340)
        self.message.connect(self._show_status)
        self.pad_changed.connect(self._show_pad)
        self._watch_pad()

    # --- helpers ---------------------------------------------------------------------
    def _show_status(self, text: str) -> None:
        # The line under the tabs only grows: the tabs' buttons do not jump back and forth
        # under the pointer as messages of one and two lines follow each other.
        self.status.setText(text)
        needed = self.status.heightForWidth(self.status.width())
        if needed > self.status.minimumHeight():
            self.status.setMinimumHeight(needed)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """The tab on screen shows the platform as it is now; the card list and the status
        line fit the font the panel is shown with."""
        super().showEvent(event)
        # Two lines kept for the status, so a longer message does not move the tabs' buttons
        # (a line of Chinese is taller than the font's own line spacing).
        metrics = self.status.fontMetrics()
        line = max(metrics.lineSpacing(), metrics.boundingRect("訓練").height())
        self.status.setMinimumHeight(2 * line)
        view = self.card_choice.view()
        scroll_bar = view.verticalScrollBar().sizeHint().width()
        view.setMinimumWidth(view.sizeHintForColumn(0) + scroll_bar)
        self.refresh_shown_tab()

    def refresh_shown_tab(self) -> None:
        """Read again what the tab on screen shows of the platform (orders, e-mails, clock)."""
        shown = self.tabs.currentWidget()
        if shown is self.order_list.parentWidget():
            self.refresh_orders()
        elif shown is self.mail_view.parentWidget():
            self.refresh_outbox()
        elif shown is self.clock_label.parentWidget():
            self.refresh_clock()

    def _poll_shown_tab(self) -> None:
        # Nothing is asked while the panel is hidden.
        if self.isVisible():
            self.refresh_shown_tab()

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        after_failure: Callable[[], None] | None = None,
    ) -> None:
        """``work`` off the GUI thread, then ``done``; a failure is said on the status line
        (then ``after_failure`` reads again what the failed step may have changed)."""

        def failed(error: BaseException) -> None:
            text = describe(error)
            self.message.emit(f"{text.title}：{text.text}")
            if after_failure is not None:
                after_failure()

        run_in_background(work, done, failed)

    def _sandbox(self, method: str, path: str, body: dict[str, object] | None = None) -> Any:
        return self.client.call_json(method, path, body=body)

    # --- cards -----------------------------------------------------------------------
    def _cards_tab(self) -> QWidget:
        tab, layout = _tab(
            self.tr(
                "選一張示範卡插入虛擬讀卡機；PIN 碼列在卡片名稱後面。取出卡片可練習「簽章中拔卡」。"
            )
        )
        self.card_choice = QComboBox()
        self.card_choice.setAccessibleName(self.tr("示範卡片"))
        for card in self.pki.cards.values():
            who = card.ubn or (f"…{card.id_last4}" if card.id_last4 else card.org_code or "")
            expired = self.tr("（已過期）") if card.expired else ""
            revoked = self.tr("（已廢止）") if card.revoked else ""
            self.card_choice.addItem(
                self.tr("{kind}·{holder} {who}{flags} — PIN {pin}").format(
                    kind=kind_name(card.kind),
                    holder=card.holder_name,
                    who=who,
                    flags=expired + revoked,
                    pin=card.pin,
                ),
                card.id,
            )
        self.insert_button = _button(
            self.tr("插入卡片"), lambda: self.insert_card(self.card_choice.currentData())
        )
        self.remove_button = _button(self.tr("取出卡片"), self.remove_card)
        self.card_state = QLabel(self.tr("讀卡機中沒有卡片。"))
        self.card_state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.insert_button)
        row.addWidget(self.remove_button)
        self.pinpad_check = QCheckBox(self.tr("讀卡機有按鍵"))
        self.pinpad_check.setAccessibleDescription(self.tr("在讀卡機的按鍵上輸入 PIN 碼"))
        self.pinpad_check.setToolTip(self.tr("在讀卡機的按鍵上輸入 PIN 碼"))
        self.pinpad_check.setAccessibleName(self.tr("讀卡機有按鍵"))
        self.pinpad_check.setChecked(self._has_pad_reader())
        self.pinpad_check.toggled.connect(self.set_pinpad)
        # The combo box elides long names on a narrow panel: the PIN also stands on its own.
        self.card_pin = QLabel()
        self.card_pin.setObjectName("DemoCardPin")
        self.card_pin.setWordWrap(True)
        self.card_choice.currentIndexChanged.connect(self._show_card_pin)
        self.card_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.card_choice.setMinimumContentsLength(12)
        # The closed box elides on the narrow panel; its list and tooltip show whole names.
        for index in range(self.card_choice.count()):
            text = self.card_choice.itemText(index)
            self.card_choice.setItemData(index, text, Qt.ItemDataRole.ToolTipRole)
        view = self.card_choice.view()
        view.setMinimumWidth(
            view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width()
        )
        self.card_choice.currentTextChanged.connect(self.card_choice.setToolTip)
        self.card_choice.setToolTip(self.card_choice.currentText())
        self._show_card_pin()
        add_items(
            layout,
            self.card_choice,
            self.card_pin,
            row,
            self.card_state,
            self.pinpad_check,
            self._pad_box(),
            Stretch(1),
        )
        enabled = self.readers is not None
        for widget in (self.card_choice, self.insert_button, self.remove_button, self.pinpad_check):
            widget.setEnabled(enabled)
        if not enabled:
            self.card_state.setText(self.tr("這台電腦使用實體讀卡機，請插入真正的卡片。"))
        return tab

    def _show_card_pin(self, _index: int = 0) -> None:
        card = self.pki.cards.get(str(self.card_choice.currentData()))
        if card is not None:
            self.card_pin.setText(
                self.tr("{holder} 的 PIN 碼：{pin}").format(holder=card.holder_name, pin=card.pin)
            )

    def insert_card(self, card_id: str) -> None:
        """Put the demo card ``card_id`` into the virtual reader (replacing any card)."""
        if self.readers is None:
            return
        from sandbox.cardemu.card import EmulatedCard

        card = self.pki.cards[card_id]
        readers = self.readers

        def insert() -> None:
            readers.insert(EmulatedCard.from_demo_card(card), self.reader_name)
            self.inserted_kind = str(card.kind)
            # Named as in the list: the revoked, expired and secondary cards share a holder.
            listed = self.card_choice.itemText(self.card_choice.findData(card_id))
            self.card_state.setText(
                self.tr("已插入：{holder}").format(holder=listed or card.holder_name)
            )
            self.message.emit(self.card_state.text())

        if readers.cards():
            # Demo cards share one ATR: a swap must look like out-then-in to the monitor.
            readers.remove(self.reader_name)
            QTimer.singleShot(SWAP_DELAY_MS, insert)
        else:
            insert()

    def remove_card(self) -> None:
        """Take the card out of the virtual reader."""
        if self.readers is None:
            return
        self.readers.remove(self.reader_name)
        self.inserted_kind = None
        self.card_state.setText(self.tr("讀卡機中沒有卡片。"))
        self.message.emit(self.card_state.text())

    # --- PIN-pad reader --------------------------------------------------------------
    def _initial_reader(self) -> str:
        from sandbox.cardemu.inprocess import DEFAULT_READER, PINPAD_READER

        if self.readers is not None and PINPAD_READER in self.readers.list_readers():
            return PINPAD_READER
        return DEFAULT_READER

    def _has_pad_reader(self) -> bool:
        return self.readers is not None and self.readers.pad(self.reader_name) is not None

    def _pad_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("讀卡機按鍵"))
        box.setObjectName("TrainingPinPad")
        box.setAccessibleName(self.tr("讀卡機按鍵"))
        layout = QVBoxLayout(box)
        self.pad_display = QLabel()
        self.pad_display.setObjectName("PadDisplay")
        self.pad_display.setWordWrap(True)
        status_label(self.pad_display, self.tr("讀卡機顯示"))
        layout.addWidget(self.pad_display)
        grid = QGridLayout()
        self.pad_keys: dict[str, QPushButton] = {}
        for index, digit in enumerate("123456789"):
            grid.addWidget(self._digit_key(digit), index // 3, index % 3)
        self.pad_clear = _button(self.tr("清除"), lambda: self._on_pad(lambda pad: pad.clear()))
        self.pad_confirm = _button(self.tr("確認"), lambda: self._on_pad(lambda pad: pad.confirm()))
        self.pad_cancel = _button(self.tr("取消"), lambda: self._on_pad(lambda pad: pad.cancel()))
        self.pad_cancel.setAccessibleName(self.tr("在讀卡機上取消"))
        grid.addWidget(self.pad_clear, 3, 0)
        grid.addWidget(self._digit_key("0"), 3, 1)
        grid.addWidget(self.pad_confirm, 3, 2)
        grid.addWidget(self.pad_cancel, 4, 0, 1, 3)
        layout.addLayout(grid)
        self.pad_box = box
        self._show_pad(False, 0)
        return box

    def _digit_key(self, digit: str) -> QPushButton:
        key = push_button(
            digit,
            lambda: self._on_pad(lambda pad: pad.press(digit)),
            accessible_name=self.tr("按鍵 {digit}").format(digit=digit),
        )
        self.pad_keys[digit] = key
        return key

    def _on_pad(self, action: Callable[[Any], object]) -> None:
        if self._pad is not None:
            action(self._pad)

    def _pad_listener(self, state: Any) -> None:
        # Runs on the card worker thread: the queued signal carries it to the GUI thread.
        try:
            self.pad_changed.emit(state.waiting, state.entered)
        except RuntimeError:  # the panel is already gone
            return

    def _watch_pad(self) -> None:
        if self._pad is not None:
            self._pad.unsubscribe(self._pad_listener)
        self._pad = self.readers.pad(self.reader_name) if self.readers is not None else None
        if self._pad is not None:
            self._pad.subscribe(self._pad_listener)
            state = self._pad.state
            self._show_pad(state.waiting, state.entered)
        else:
            self._show_pad(False, 0)
        self.pad_box.setVisible(self._pad is not None)

    def _show_pad(self, waiting: bool, entered: int) -> None:
        for widget in (*self.pad_keys.values(), self.pad_clear, self.pad_confirm, self.pad_cancel):
            widget.setEnabled(waiting)
        if waiting:
            self.pad_display.setText(
                self.tr("請輸入 PIN 碼：{dots}").format(dots="●" * entered or "—")
            )
        else:
            self.pad_display.setText(self.tr("讀卡機沒有在等候 PIN 碼。"))
        if waiting and hasattr(self, "progress"):
            self.check_lessons()  # the wait may be shorter than the lessons' check interval
        if waiting and entered == 0:
            self.tabs.setCurrentIndex(0)
            self.message.emit(self.tr("讀卡機正在等候 PIN 碼：請用「讀卡機按鍵」輸入並按確認。"))
        elif self._pad_was_waiting and not waiting:
            self.message.emit(self.tr("讀卡機已結束 PIN 碼輸入。"))
        self._pad_was_waiting = waiting

    def set_pinpad(self, on: bool) -> None:
        """Swap the training reader for one with (or without) a PIN pad; the card moves over."""
        if self.readers is None:
            return
        from sandbox.cardemu.inprocess import DEFAULT_READER, PINPAD_READER

        new = PINPAD_READER if on else DEFAULT_READER
        if new != self.reader_name:
            self.readers.replace_reader(self.reader_name, new, pinpad=on)
            self.reader_name = new
        self._watch_pad()
        self.message.emit(
            self.tr("已換成有按鍵的讀卡機。") if on else self.tr("已換成沒有按鍵的讀卡機。")
        )

    # --- phone approvals -------------------------------------------------------------
    def _phone_tab(self) -> QWidget:
        tab, layout = _tab(
            self.tr(
                "模擬負責人手機上的動作：程式顯示 QR Code 等待手機時，這裡會出現交易，按「核准」或「拒絕」。"
            )
        )
        self.transactions = wrapped_list("PhoneTransactions", self.tr("等待手機回應的交易"))
        self.approve_button = _button(self.tr("核准"), lambda: self.decide("approve"))
        self.reject_button = _button(self.tr("拒絕"), lambda: self.decide("reject"))
        row = QHBoxLayout()
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        layout.addWidget(self.transactions, 1)
        layout.addLayout(row)
        self._update_phone_buttons()
        return tab

    def add_transaction(self, transaction_id: str, label: str) -> None:
        """A phone transaction now waits for approval."""
        self.pending[transaction_id] = label
        self._render_transactions()
        self.tabs.setCurrentIndex(1)

    def end_transaction(self, transaction_id: str) -> None:
        """The transaction is over (approved, rejected, expired or cancelled)."""
        self.pending.pop(transaction_id, None)
        self._render_transactions()

    def _render_transactions(self) -> None:
        self.transactions.clear()
        for transaction_id, label in self.pending.items():
            self.transactions.addItem(f"{label}（{transaction_id}）")
            item = self.transactions.item(self.transactions.count() - 1)
            if item is not None:
                item.setData(Qt.ItemDataRole.UserRole, transaction_id)
        if self.transactions.count():
            self.transactions.setCurrentRow(self.transactions.count() - 1)
        self._update_phone_buttons()

    def _update_phone_buttons(self) -> None:
        has = bool(self.pending)
        self.approve_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    def decide(self, decision: str) -> None:
        """Approve or reject the selected transaction as the phone would."""
        item = self.transactions.currentItem()
        if item is None:
            return
        transaction_id = str(item.data(Qt.ItemDataRole.UserRole))

        def done(_answer: object) -> None:
            self.end_transaction(transaction_id)
            if decision == "approve":
                self.events.add("phone:approved")
            self.message.emit(
                self.tr("已在模擬手機上核准。")
                if decision == "approve"
                else self.tr("已在模擬手機上拒絕。")
            )

        self._run(
            lambda: self._sandbox("POST", f"/_sandbox/mobile/{transaction_id}/{decision}"), done
        )

    # --- vendor simulator ------------------------------------------------------------
    def _vendor_tab(self) -> QWidget:
        tab, layout = _tab(
            self.tr("扮演資訊服務廠商：選一筆訂單，按下廠商的下一步；會員中心會立即更新。")
        )
        self.order_list = wrapped_list("VendorOrders", self.tr("平台上的訂單"))
        self.order_list.currentRowChanged.connect(lambda _row: self._update_vendor_buttons())
        grid, self.vendor_buttons = _button_grid(
            (
                ("confirm", self.tr("確認接單")),
                ("decline", self.tr("婉拒訂單")),
                ("mark-paid", self.tr("標記已付款")),
                ("issue-invoice", self.tr("開立發票")),
                ("start-service", self.tr("開通服務")),
                ("claim", self.tr("請撥核銷")),
            ),
            self.vendor_step,
        )
        self.run_to_service_button = _button(self.tr("一路做到「服務使用中」"), self.run_to_service)
        refresh = _button(self.tr("重新整理訂單"), self.refresh_orders)
        self.no_orders = _paragraph(
            self.tr(
                "平台上還沒有訂單。會員在會員中心下單後會列在這裡；"
                "還沒有會員，可在「資料」分頁建立練習用會員。"
            )
        )
        self.no_orders.setObjectName("Hint")
        status_label(self.no_orders, self.tr("廠商模擬"))
        self.no_orders.setVisible(False)
        add_items(
            layout, self.no_orders, (self.order_list, 1), grid, self.run_to_service_button, refresh
        )
        self._update_vendor_buttons()
        return tab

    def refresh_orders(self) -> None:
        """Read every order on the platform with the vendor's next actions."""
        self._run(self.training.orders, self._show_orders)

    def _show_orders(self, orders: list[VendorOrder]) -> None:
        selected = self.selected_order()
        keep = selected.id if selected is not None else None
        self.orders = orders
        self.order_list.blockSignals(True)
        self.order_list.clear()
        for order in orders:
            self.order_list.addItem(
                self.tr("{id}｜{applicant}｜{solution}\n　{status}").format(
                    id=order.id,
                    applicant=order.applicant,
                    solution=order.solution,
                    status=order.status_text,
                )
            )
        row = next((i for i, o in enumerate(orders) if o.id == keep), 0 if orders else -1)
        self.order_list.setCurrentRow(row)
        self.order_list.blockSignals(False)
        self.no_orders.setVisible(not orders)
        self._update_vendor_buttons()
        self._follow_status_order(orders)

    def _order_status_text(self, order: VendorOrder) -> str:
        return self.tr("訂單 {id} 現在是「{status}」。").format(
            id=order.id, status=order.status_text
        )

    def _follow_status_order(self, orders: list[VendorOrder]) -> None:
        """Keep "訂單 … 現在是「…」" true when the order moves on elsewhere (the member pays,
        the clock cancels it) while that line is still the last message."""
        if self._order_line is None or self.status.text() != self._order_line[1]:
            return  # another message came since: it is not ours to change
        order_id = self._order_line[0]
        order = next((o for o in orders if o.id == order_id), None)
        if order is not None and self._order_status_text(order) != self._order_line[1]:
            self._order_line = (order_id, self._order_status_text(order))
            self.message.emit(self._order_line[1])

    def selected_order(self) -> VendorOrder | None:
        """The order the vendor buttons act on."""
        row = self.order_list.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def select_order(self, order_id: str) -> None:
        """Select ``order_id`` in the list (once it has been read)."""
        for row, order in enumerate(self.orders):
            if order.id == order_id:
                self.order_list.setCurrentRow(row)

    def _update_vendor_buttons(self) -> None:
        order = self.selected_order()
        allowed = set(order.next_vendor_actions) if order is not None else set()
        for action, button in self.vendor_buttons.items():
            button.setEnabled(action in allowed)
        self.run_to_service_button.setEnabled(bool(allowed & set(RUN_TO_SERVICE)))

    def vendor_step(self, action: str) -> None:
        """Take the vendor's ``action`` on the selected order."""
        order = self.selected_order()
        if order is None:
            return
        self._vendor_steps(order.id, (action,))

    def run_to_service(self) -> None:
        """Take every vendor step from the order's status to 服務使用中."""
        order = self.selected_order()
        if order is None:
            return
        start = next(
            (i for i, a in enumerate(RUN_TO_SERVICE) if a in order.next_vendor_actions), None
        )
        if start is not None:
            self._vendor_steps(order.id, RUN_TO_SERVICE[start:])

    def _vendor_steps(self, order_id: str, actions: tuple[str, ...]) -> None:
        for button in (*self.vendor_buttons.values(), self.run_to_service_button):
            button.setEnabled(False)
        training = self.training

        def work() -> list[VendorOrder]:
            for action in actions:
                training.vendor(order_id, action)
            return training.orders()

        def done(orders: list[VendorOrder]) -> None:
            self._show_orders(orders)
            now = next((o for o in orders if o.id == order_id), None)
            if now is not None:
                self._order_line = (order_id, self._order_status_text(now))
                self.message.emit(self._order_line[1])
            self.platform_changed.emit()

        self._run(work, done, self.refresh_orders)

    # --- e-mail ----------------------------------------------------------------------
    def _mail_tab(self) -> QWidget:
        tab, layout = _tab()
        self.mail_view = QPlainTextEdit()
        self.mail_view.setReadOnly(True)
        self.mail_view.setAccessibleName(self.tr("平台寄出的 E-mail 與簡訊"))
        refresh = _button(self.tr("重新整理"), self.refresh_outbox)
        layout.addWidget(refresh)
        layout.addWidget(self.mail_view, 1)
        return tab

    def refresh_outbox(self) -> None:
        """Fetch the e-mails and SMS the platform sent, newest first."""

        def show(answer: Any) -> None:
            items = answer.get("items", []) if isinstance(answer, dict) else []
            blocks = []
            for mail in items:
                blocks.append(
                    self.tr("{at}　寄給 {to}\n主旨：{subject}\n{body}").format(
                        at=str(mail.get("at", ""))[:16].replace("T", " "),
                        to=mail.get("to", ""),
                        subject=mail.get("subject", ""),
                        body=mail.get("body", ""),
                    )
                )
            text = "\n\n".join(blocks) or self.tr("還沒有寄出任何信。")
            if text != self.mail_view.toPlainText():  # keep the reader's place otherwise
                self.mail_view.setPlainText(text)

        self._run(lambda: self._sandbox("GET", "/_sandbox/outbox"), show)

    # --- clock -----------------------------------------------------------------------
    def _clock_tab(self) -> QWidget:
        tab, layout = _tab(
            self.tr(
                "移動平台的時間，看看期限到了會發生什麼事（例如稅籍營利事業的資格審查、點數到期）。"
            )
        )
        self.clock_label = QLabel()
        status_label(self.clock_label, self.tr("平台目前時間"))
        grid, self.advance_buttons = _button_grid(
            (
                (1, self.tr("前進 1 天")),
                (7, self.tr("前進 7 天")),
                (31, self.tr("前進 1 個月")),
                (92, self.tr("前進 3 個月")),
            ),
            self.advance,
        )
        self.next_deadline_label = _paragraph("")
        status_label(self.next_deadline_label, self.tr("下一個期限"))
        self.next_deadline_button = _button(
            self.tr("前進到下一個期限"), self.advance_to_next_deadline
        )
        self.next_deadline_button.setEnabled(False)  # until the next deadline is known
        refresh = _button(self.tr("讀取平台時間"), self.refresh_clock)
        reset = _button(self.tr("清除訓練資料…"), self.ask_reset)
        reset.setAccessibleDescription(
            self.tr("刪除訓練平台上所有練習資料，回到示範資料的起點；會先詢問。")
        )
        self.reset_button = reset
        add_items(
            layout,
            self.clock_label,
            grid,
            self.next_deadline_label,
            self.next_deadline_button,
            refresh,
            self._review_box(),
            Stretch(1),
            reset,
        )
        return tab

    # --- eligibility reviews ---------------------------------------------------------
    def _review_box(self) -> QGroupBox:
        """The tax-registered applications under review: 核准 or 不核准 now, with the reason
        a rejected applicant is told (the clock approves on the due day otherwise)."""
        box = QGroupBox(self.tr("資格審查"))
        box.setObjectName("TrainingReviews")
        box.setAccessibleName(self.tr("等待決定的資格審查"))
        self.review_choice = QComboBox()
        self.review_choice.setAccessibleName(self.tr("審查中的申請"))
        self.review_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.review_choice.setMinimumContentsLength(12)
        self.review_reason = QLineEdit(DEFAULT_REJECTION_REASON)
        self.review_reason.setMaxLength(200)
        self.review_reason.setAccessibleName(self.tr("不核准的原因（會告知申請人）"))
        self.review_reason.setPlaceholderText(DEFAULT_REJECTION_REASON)
        self.review_reason.setToolTip(self.tr("不核准的原因（會告知申請人）"))
        self.approve_review_button = _button(self.tr("核准"), lambda: self.decide_review(True))
        self.reject_review_button = _button(self.tr("不核准"), lambda: self.decide_review(False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_review_button)
        buttons.addWidget(self.reject_review_button)
        reason_label = QLabel(self.tr("不核准的原因（會告知申請人）："))
        reason_label.setWordWrap(True)
        reason_label.setBuddy(self.review_reason)
        layout = QVBoxLayout(box)
        add_items(layout, self.review_choice, reason_label, self.review_reason, buttons)
        self.pending_reviews: list[Deadline] = []
        self._show_reviews(())
        return box

    def _show_reviews(self, deadlines: tuple[Deadline, ...]) -> None:
        reviews = [d for d in deadlines if d.kind == "review" and d.ubn]
        if [r.ubn for r in reviews] == [r.ubn for r in self.pending_reviews] and reviews:
            return  # keep the trainer's choice while the list stays the same
        self.pending_reviews = reviews
        chosen = self.review_choice.currentData()
        self.review_choice.clear()
        for review in reviews:
            self.review_choice.addItem(
                self.tr("{applicant}（{ubn}）").format(applicant=review.applicant, ubn=review.ubn),
                review.ubn,
            )
        if not reviews:
            self.review_choice.addItem(self.tr("目前沒有申請在資格審查中"), None)
        elif (index := self.review_choice.findData(chosen)) >= 0:
            self.review_choice.setCurrentIndex(index)
        self.review_choice.setToolTip(self.review_choice.currentText())
        for widget in (
            self.review_choice,
            self.review_reason,
            self.approve_review_button,
            self.reject_review_button,
        ):
            widget.setEnabled(bool(reviews))

    def decide_review(self, approve: bool) -> None:
        """Approve or reject the chosen application's eligibility review now."""
        ubn = self.review_choice.currentData()
        if not isinstance(ubn, str):
            return
        reason = None if approve else self.review_reason.text().strip() or None
        for button in (self.approve_review_button, self.reject_review_button):
            button.setEnabled(False)
        training = self.training

        def work() -> tuple[ReviewOutcome, DeadlineOutlook]:
            return training.decide_review(ubn, approve, reason), training.deadlines()

        def done(answer: tuple[ReviewOutcome, DeadlineOutlook]) -> None:
            outcome, outlook = answer
            self._show_next_deadline(outlook)
            text = (
                self.tr("已核准 {applicant} 的資格審查，帳號已啟用。")
                if outcome.decision == "approve"
                else self.tr("已不核准 {applicant} 的資格審查，原因：{reason}")
            )
            self.message.emit(text.format(applicant=outcome.name, reason=outcome.reason or ""))
            self.events.add(f"review:{outcome.decision}")
            self.platform_changed.emit()

        self._run(work, done, self.refresh_clock)

    def _show_clock(self, answer: Any) -> None:
        now = str(answer.get("now", "")) if isinstance(answer, dict) else ""
        self.clock_label.setText(self.tr("平台時間：{now}").format(now=now[:16].replace("T", " ")))

    def refresh_clock(self) -> None:
        """Read the platform's clock and what it sets off next."""
        self._run(lambda: self._sandbox("GET", "/_sandbox/clock"), self._show_clock)
        self._run(self.training.deadlines, self._show_next_deadline)

    def deadline_title(self, deadline: Deadline) -> str:
        """What ``deadline`` sets off, in the UI language (the platform's title is zh-TW);
        a kind this client does not know keeps the platform's words."""
        what = {
            "vendor_confirm_by": self.tr("廠商確認接單期限已過，訂單由系統取消"),
            "payment_due_by": self.tr("付款期限已過，訂單由系統取消"),
            "invoice_due_by": self.tr("廠商開立發票期限已過"),
            "service_start_by": self.tr("廠商開通服務期限已過"),
            "service_end": self.tr("方案期程結束"),
            "review": self.tr("資格審查結果"),
            "points_first_use_by": self.tr("點數首次使用期限已過"),
            "points_expires_on": self.tr("點數使用期限已過"),
            "returned_points_valid_until": self.tr("返還點數的使用期限已過"),
        }.get(deadline.kind)
        if what is None:
            return deadline.title
        if deadline.order_id is not None:
            return self.tr("訂單 {order}：{what}").format(order=deadline.order_id, what=what)
        if deadline.applicant is not None:
            return self.tr("{applicant}：{what}").format(applicant=deadline.applicant, what=what)
        return what

    def _show_next_deadline(self, outlook: DeadlineOutlook) -> None:
        today, deadlines = outlook.today, outlook.items
        self._show_reviews(deadlines)
        self.next_deadline = deadlines[0] if deadlines else None
        if self.next_deadline is None:
            self.next_deadline_label.setText(self.tr("目前沒有會由平台時鐘觸發的期限。"))
        else:
            days = (self.next_deadline.on - today).days
            # 0 and 1 have texts of their own: English says "today" and "1 day"
            if days <= 0:
                text = self.tr("下一個期限：{title}（{on}，今天）")
            elif days == 1:
                text = self.tr("下一個期限：{title}（{on}，1 天後）")
            else:
                text = self.tr("下一個期限：{title}（{on}，{days} 天後）")
            self.next_deadline_label.setText(
                text.format(
                    title=self.deadline_title(self.next_deadline),
                    on=display_date(self.next_deadline.on),
                    days=days,
                )
            )
        self.next_deadline_button.setEnabled(self.next_deadline is not None)

    def advance_to_next_deadline(self) -> None:
        """Move the clock to the day the next deadline takes effect, and say what it did."""
        self._move_clock(self.training.move_clock_to_next_deadline)

    def advance(self, days: int) -> None:
        """Move the platform's clock forward by ``days``, and say what that did."""
        self._move_clock(lambda: self.training.move_clock(days))

    def _move_clock(self, work: Callable[[], ClockMove | None]) -> None:
        def done(move: ClockMove | None) -> None:
            if move is None:
                self.message.emit(self.tr("目前沒有會由平台時鐘觸發的期限。"))
                return
            self._show_clock({"now": move.now.isoformat()})
            self._show_next_deadline(move.outlook)
            self.message.emit(self.clock_move_text(move))
            self.events.add("clock:moved")
            self.platform_changed.emit()

        self._run(work, done)

    def clock_move_text(self, move: ClockMove) -> str:
        """What a clock move did, for the status line: how far, to when, what took effect."""
        moved = (
            self.tr("已前進 1 天到 {on}。")
            if move.days == 1
            else self.tr("已前進 {days} 天到 {on}。")
        ).format(days=move.days, on=display_date(move.outlook.today))
        if not move.set_off:
            return moved + self.tr("這段時間沒有期限生效。")
        shown = [self.deadline_title(d) for d in move.set_off[:CLOCK_MOVE_TITLES]]
        more = len(move.set_off) - len(shown)
        effects = self.tr("；").join(shown)
        if more:
            effects += self.tr("；另有 {count} 項").format(count=more)
        return moved + self.tr("生效的期限：{effects}").format(effects=effects)

    def ask_reset(self) -> QMessageBox:
        """Ask before wiping the training data; :meth:`reset_platform` follows a Yes."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        question = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("清除訓練資料"),
            self.tr(
                "要刪除訓練平台上所有的練習資料嗎？\n"
                "練習建立的會員、訂單、點數與平台時間都會清除，回到示範資料的起點；"
                "程式會回到首頁。這個動作無法復原。"
            ),
            yes | no,
            self,
        )
        question.setDefaultButton(no)
        question.setWindowModality(Qt.WindowModality.WindowModal)
        question.finished.connect(
            lambda _result: self._reset_answered(question.clickedButton() is question.button(yes))
        )
        self.reset_question = question
        question.open()
        return question

    def _reset_answered(self, confirmed: bool) -> None:
        if confirmed:
            self.reset_platform()
        else:
            self.message.emit(self.tr("沒有清除訓練資料。"))

    def reset_platform(self) -> None:
        """Wipe the training platform back to its demo world."""

        def done(_answer: object) -> None:
            self.pending.clear()
            self._render_transactions()
            self.message.emit(self.tr("訓練資料已清除，平台回到示範資料的起點。"))
            self.data_reset.emit()
            self.refresh_clock()

        self._run(lambda: self._sandbox("POST", "/_sandbox/reset"), done)

    # --- demo applicants -------------------------------------------------------------
    def _people_tab(self) -> QWidget:
        tab, layout = _tab()
        text = QPlainTextEdit()
        text.setReadOnly(True)
        text.setAccessibleName(self.tr("示範申請單位與負責人"))
        text.setPlainText(self.tr("讀取示範資料中…"))
        self.people_view = text
        self.people: list[DemoApplicantInfo] = []
        self.practice_member = PracticeMemberBox(
            self.training, self.pki, self.insert_card if self.readers is not None else None
        )
        self.practice_member.message.connect(self.message)
        self.practice_member.created.connect(self._practice_member_created)
        add_items(layout, (self.programme_tab, 3), self.practice_member, (text, 2))
        self.people_tab = tab
        self._run(self.training.demo_applicants, self._show_people)
        return tab

    def _show_people(self, people: list[DemoApplicantInfo]) -> None:
        self.people = people
        lines = self.practice_member.lines + self.demo_applicant_lines(people)
        self.people_view.setPlainText("\n".join(lines))

    def _practice_member_created(self, _ubn: str) -> None:
        self._show_people(self.people)
        self.platform_changed.emit()

    def demo_applicant_lines(self, people: list[DemoApplicantInfo]) -> list[str]:
        """Each demo applicant: what to type, the methods it may use, the ROC birthday."""
        from app.subsidy import allowed_methods
        from app.support.help import load_help
        from ui.wizard.language import ui_language
        from ui.wizard.ubn_page import applicant_type_name

        guide, language = load_help(), ui_language()
        lines = []
        for demo in people:
            if not demo.eligible:
                methods = self.tr("不符申請資格（練習被拒絕的情形）")
            else:
                methods = self.tr("、").join(
                    guide.method(method).name.get(language)
                    for method in allowed_methods(demo.applicant_type)
                )
            lines.append(
                self.tr(
                    "{name}（{kind}）\n  統一編號 {ubn}；負責人 {person}，身分證字號 {id}，"
                    "生日 {birthday}（{iso}），手機 {mobile}\n  可用的驗證方式：{methods}"
                ).format(
                    name=demo.name,
                    kind=applicant_type_name(ApplicantType(demo.applicant_type)),
                    ubn=demo.ubn,
                    person=demo.responsible_name,
                    id=demo.responsible_id,
                    birthday=roc_slash_date(demo.birthday),
                    iso=demo.birthday.isoformat(),
                    mobile=demo.mobile,
                    methods=methods,
                )
            )
        return lines

    # --- lessons ---------------------------------------------------------------------
    def _lessons_tab(self) -> QWidget:
        from app.flows.lessons import LESSONS, LessonProgress

        tab, layout = _tab()
        self.lesson_choice = QComboBox()
        self.lesson_choice.setAccessibleName(self.tr("課程"))
        from app.flows.lessons import lesson_text
        from ui.wizard.language import ui_language

        self._lessons_completed: set[str] = set()
        for lesson in LESSONS:
            self.lesson_choice.addItem(lesson_text(lesson.title, ui_language()), lesson.id)
        self.lesson_summary = _paragraph("")
        self.lesson_steps = wrapped_list("LessonSteps", self.tr("課程步驟"))
        self.lesson_restart = _button(self.tr("從頭開始這個課程"), self.restart_lesson)
        add_items(
            layout,
            self.lesson_choice,
            self.lesson_summary,
            (self.lesson_steps, 1),
            self.lesson_restart,
        )
        self.progress = {lesson.id: LessonProgress(lesson) for lesson in LESSONS}
        self.lesson_choice.currentIndexChanged.connect(lambda _i: self._show_lesson())
        self.lesson_timer = QTimer(self)
        self.lesson_timer.setInterval(LESSON_CHECK_MS)
        self.lesson_timer.timeout.connect(self.check_lessons)
        self.lesson_timer.start()
        self._show_lesson()
        return tab

    def facts(self) -> set[str]:
        """Everything the lessons look at now: the client's, the panel's and the platform's."""
        facts = set(self.fact_source()) | self.events
        if self.inserted_kind is not None:
            facts.add(f"card:{self.inserted_kind}")
        if self._pad is not None:
            facts.add("pinpad:on")
            if self._pad.state.waiting:
                facts.add("pinpad:waiting")
        facts.update(f"order:{o.id}:{o.status}" for o in self.orders)
        return facts

    def check_lessons(self) -> None:
        """Tick off what has happened since each lesson (re)started.

        The client's own state counts even while the panel is hidden (a step done then is
        not missed); the platform is asked for its orders only while the panel is shown.
        """
        # A lesson about orders follows them whichever tab is in view (the trainee reads
        # the e-mails or orders in the member area meanwhile); the 廠商 tab reads them itself.
        vendor_tab_shown = self.tabs.currentWidget() is self.order_list.parentWidget()
        if (
            self.isVisible()
            and self.current_lesson().lesson.watches_orders
            and not vendor_tab_shown
        ):
            self.refresh_orders()
        facts = self.facts()
        for progress in self.progress.values():
            progress.observe(facts)
        self._show_lesson()

    def current_lesson(self) -> Any:
        """The progress of the lesson on screen."""
        return self.progress[str(self.lesson_choice.currentData())]

    def restart_lesson(self) -> None:
        """Start the lesson on screen again: only what happens from now on counts."""
        self.current_lesson().restart(self.facts())
        self._show_lesson()
        self.message.emit(self.tr("課程已從頭開始。"))

    def _show_lesson(self) -> None:
        from app.flows.lessons import lesson_text
        from ui.wizard.language import ui_language

        language = ui_language()
        progress = self.current_lesson()
        self.lesson_summary.setText(lesson_text(progress.lesson.summary, language))
        self.lesson_steps.clear()
        for step, finished in zip(progress.lesson.steps, progress.done(), strict=True):
            text = lesson_text(step.text, language)
            # A check box, not a ✓ in the text: a step that wraps stays indented under
            # its own text, and the state is the item's, not a character to parse.
            item = QListWidgetItem(text, self.lesson_steps)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # ticked by what happens, not by a click
            item.setCheckState(Qt.CheckState.Checked if finished else Qt.CheckState.Unchecked)
            state = self.tr("已完成：") if finished else self.tr("未完成：")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, state + text)
        lesson_id = progress.lesson.id
        if progress.complete and lesson_id not in self._lessons_completed:
            self._lessons_completed.add(lesson_id)
            self.message.emit(
                self.tr("課程完成：{title}").format(
                    title=lesson_text(progress.lesson.title, language)
                )
            )
        elif not progress.complete:
            self._lessons_completed.discard(lesson_id)
