"""我的訂單: the order list (model + view) and the selected order's details."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.flows.member_deadlines import DeadlineOutcome, order_deadline_outcome, order_deadlines
from app.flows.tracking import OrderTracker
from app.platform.models import Order
from app.subsidy import (
    ORDER_TRANSITIONS,
    OrderEvent,
    WorkCalendar,
    is_cancellable_by_applicant,
)
from ui.member.labels import (
    day_text,
    moment_text,
    money_text,
    outcome_line,
    points_amount,
    split_lines,
    status_text,
)
from ui.member.orders_model import OrdersModel, orders_view
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import column_layout
from ui.widgets.lists import wrapped_list

_NEEDS_ATTENTION = frozenset(
    {DeadlineOutcome.RUNNING, DeadlineOutcome.OVERDUE, DeadlineOutcome.MISSED}
)


def can_terminate(order: Order) -> bool:
    """Termination (退訂) is offered in the statuses the order machine allows it in."""
    return OrderEvent.TERMINATE in ORDER_TRANSITIONS[order.status]


class OrderDetail(QWidget):
    """Timeline, deadlines, payment link, invoice, service period and the actions."""

    cancel_requested = Signal(object)
    terminate_requested = Signal(object)
    receipt_requested = Signal(object)
    payment_requested = Signal(object)

    def __init__(self, calendar: WorkCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OrderDetail")
        self._calendar = calendar
        self.order: Order | None = None
        self.header = wrapped_label("OrderHeader", text=self.tr("請從上方的訂單列表選擇一筆訂單"))
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progress = wrapped_label("OrderProgress")
        self.progress.setAccessibleName(self.tr("訂單進度"))

        self.timeline_box = QGroupBox(self.tr("訂單狀態歷程"))
        self.timeline = wrapped_list("OrderTimeline", self.tr("訂單狀態歷程"))
        QVBoxLayout(self.timeline_box).addWidget(self.timeline)

        self.deadlines_box = QGroupBox(self.tr("期限（工作天依臺灣行事曆）"))
        self.deadlines = wrapped_label("OrderDeadlines")
        QVBoxLayout(self.deadlines_box).addWidget(self.deadlines)

        self.facts = wrapped_label("OrderFacts")

        self.pay_button = push_button(self.tr("開啟付款連結"), self.open_payment, name="PayButton")
        self.cancel_button = push_button(self.tr("取消訂單"), self._cancel, name="CancelOrder")
        self.terminate_button = push_button(
            self.tr("申請退訂"), self._terminate, name="TerminateOrder"
        )
        self.receipt_button = push_button(
            self.tr("儲存訂單確認單（PDF）"), self._receipt, name="OrderReceipt"
        )
        actions = QHBoxLayout()
        for button in (
            self.pay_button,
            self.cancel_button,
            self.terminate_button,
            self.receipt_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        column_layout(
            self,
            self.header,
            actions,
            self.progress,
            self.deadlines_box,
            self.facts,
            (self.timeline_box, 1),
        )
        self.show_order(None, date.today(), can_sign=False)

    def show_order(self, order: Order | None, today: date, *, can_sign: bool) -> None:
        """Show ``order`` (or nothing) as of ``today``."""
        self.order = order
        for widget in (self.timeline_box, self.deadlines_box, self.facts, self.progress):
            widget.setVisible(order is not None)
        if order is None:
            self.header.setText(self.tr("請從上方的訂單列表選擇一筆訂單"))
            for button in (
                self.pay_button,
                self.cancel_button,
                self.terminate_button,
                self.receipt_button,
            ):
                button.hide()
            return
        header = [
            self.tr(
                "訂單編號：{id}\n方案名稱：{plan}\n供應商：{vendor}\n訂單狀態：{status}"
            ).format(
                id=order.id,
                plan=order.plan.name,
                vendor=order.vendor.name,
                status=status_text(order.status),
            ),
            self.tr("訂單金額：{price}").format(price=money_text(order.price)),
        ]
        header.extend(split_lines(order.price, order.points, order.self_pay, order.ratio))
        self.header.setText("\n".join(header))
        self.progress.setText(self._progress(OrderTracker(order, today, self._calendar)))
        self.timeline.clear()
        for entry in order.history:
            line = self.tr("{at}　{status}").format(
                at=moment_text(entry.at), status=status_text(entry.status)
            )
            if entry.note:
                line = self.tr("{line}\n{note}").format(line=line, note=entry.note)
            self.timeline.addItem(line)
        lines = []
        for view in order_deadlines(order, today, self._calendar):
            outcome = order_deadline_outcome(order, view)
            text = escape(outcome_line(view, outcome))
            lines.append(f"<b>{text}</b>" if outcome in _NEEDS_ATTENTION else text)
        self.deadlines.setText("<br/>".join(lines) or self.tr("目前沒有進行中的期限"))
        facts: list[str] = []
        if order.invoice is not None:
            facts.append(
                self.tr("電子發票：{number}，金額 {amount}（含稅），開立日 {day}").format(
                    number=order.invoice.number,
                    amount=money_text(order.invoice.amount),
                    day=day_text(order.invoice.issued_on),
                )
            )
        if order.service is not None:
            facts.append(
                self.tr("服務期間：{start} 至 {end}").format(
                    start=day_text(order.service.start), end=day_text(order.service.end)
                )
            )
        if order.settlement is not None and order.settlement.points_returned is not None:
            facts.append(
                self.tr("退訂結算：退還 {refund}，返還 {points}").format(
                    refund=money_text(order.settlement.self_pay_refund or 0),
                    points=points_amount(order.settlement.points_returned),
                )
            )
        self.facts.setText("\n".join(facts))
        self.facts.setVisible(bool(facts))
        self.pay_button.setVisible(bool(order.payment_url))
        self.cancel_button.setVisible(is_cancellable_by_applicant(order.status))
        self.terminate_button.setVisible(can_terminate(order))
        self.terminate_button.setEnabled(can_sign)
        self.terminate_button.setToolTip(
            "" if can_sign else self.tr("以密碼登入只能查詢；退訂需要憑證卡或行動自然人憑證簽章。")
        )
        self.receipt_button.show()

    def _progress(self, tracker: OrderTracker) -> str:
        marks = {
            "done": self.tr("✓"),
            "current": self.tr("▶"),
            "upcoming": self.tr("○"),
            "not_reached": self.tr("✕"),
        }
        steps = [
            f"{marks[stage.state]} {status_text(stage.status)}" for stage in tracker.timeline()
        ]
        return self.tr("進度：{steps}").format(steps=" → ".join(steps))

    def _cancel(self) -> None:
        self.cancel_requested.emit(self.order)

    def _terminate(self) -> None:
        self.terminate_requested.emit(self.order)

    def _receipt(self) -> None:
        self.receipt_requested.emit(self.order)

    def open_payment(self) -> None:
        """開啟付款連結: the member area decides how (see ui/member/payment.py)."""
        if self.order is not None and self.order.payment_url:
            self.payment_requested.emit(self.order)


class OrdersPage(QWidget):
    """All orders in a table (responsive with hundreds of rows) and one order's details."""

    def __init__(self, calendar: WorkCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberOrders")
        self._today = date.today()
        self._can_sign = False
        title = QLabel(self.tr("我的訂單"))
        title.setObjectName("PageTitle")
        self.model = OrdersModel(calendar)
        self.view = orders_view(self.model, "OrdersTable", self.tr("訂單列表"))
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = OrderDetail(calendar)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([220, 480])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

    def set_orders(self, orders: Sequence[Order], today: date, *, can_sign: bool) -> None:
        """Show ``orders``; keeps the selected order selected when it is still listed."""
        selected = self.detail.order.id if self.detail.order else None
        self._today = today
        self._can_sign = can_sign
        self.model.set_orders(orders, today)
        if selected is not None and not self.select(selected):
            self.detail.show_order(None, today, can_sign=can_sign)

    def select(self, order_id: str) -> bool:
        """Select the order ``order_id``; False when it is not listed."""
        row = self.model.row_of(order_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        self.detail.show_order(self.model.order_at(row), self._today, can_sign=self._can_sign)
        return True

    def _selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        order = self.model.order_at(rows[0].row()) if rows else None
        self.detail.show_order(order, self._today, can_sign=self._can_sign)
