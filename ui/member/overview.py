"""帳戶總覽: notifications (unread first), points, recent orders, the next action."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.flows.member_deadlines import (
    ActionKind,
    DeadlineOutcome,
    next_action,
    points_deadlines_view,
)
from app.flows.member_snapshot import MemberSnapshot
from app.platform.models import Notification
from app.subsidy import WorkCalendar
from ui.member.centre_pages import NOTIFICATION_ROLE, notification_item
from ui.member.labels import (
    action_text,
    day_text,
    deadline_line,
    outcome_line,
    points_amount,
)
from ui.member.orders_model import OrdersModel, orders_view
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import Stretch, add_items, column_layout
from ui.widgets.lists import wrapped_list

RECENT_ORDERS = 5


class OverviewPage(QWidget):
    """The member centre's first page, like the platform's 帳戶總覽."""

    open_points = Signal()
    open_orders = Signal(str)
    open_solutions = Signal()
    notification_opened = Signal(object)
    application_pdf_requested = Signal()
    open_assessment = Signal()
    open_consult = Signal()

    def __init__(self, calendar: WorkCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberOverview")
        self._calendar = calendar
        self._action_order: str | None = None
        self._action_kind = ActionKind.BROWSE

        title = QLabel(self.tr("帳戶總覽"))
        title.setObjectName("PageTitle")

        self.action_box = QGroupBox(self.tr("下一步"))
        self.action_label = wrapped_label()
        self.action_deadline = wrapped_label()
        self.action_button = push_button(
            self.tr("前往"), self._go, accessible_name=self.tr("前往下一步")
        )
        action_layout = QHBoxLayout(self.action_box)
        texts = QVBoxLayout()
        texts.addWidget(self.action_label)
        texts.addWidget(self.action_deadline)
        action_layout.addLayout(texts, 1)
        action_layout.addWidget(self.action_button, 0, Qt.AlignmentFlag.AlignTop)

        self.notes_box = QGroupBox(self.tr("我的通知"))
        self.notes = wrapped_list("Notifications", self.tr("我的通知（未讀在前）"))
        self.notes.itemActivated.connect(self._note_activated)
        notes_layout = QVBoxLayout(self.notes_box)
        notes_layout.addWidget(self.notes)

        self.points_box = QGroupBox(self.tr("我的點數"))
        self.balance_label = QLabel()
        self.balance_label.setObjectName("PointsBalance")
        big = QFont()
        big.setPointSize(20)
        big.setBold(True)
        self.balance_label.setFont(big)
        self.expiry_label = wrapped_label("PointsExpiry")
        self.first_use_label = wrapped_label("PointsFirstUse")
        points_button = push_button(self.tr("查看點數明細"), self.open_points)
        form_button = push_button(
            self.tr("下載點數申請表（PDF）"), self.application_pdf_requested, name="ApplicationPdf"
        )
        points_layout = column_layout(
            self.points_box, self.balance_label, self.expiry_label, self.first_use_label
        )
        assessment_button = push_button(
            self.tr("查看自評結果"), self.open_assessment, name="OpenAssessment"
        )
        consult_button = push_button(
            self.tr("我要找諮詢顧問"), self.open_consult, name="OpenConsult"
        )
        add_items(
            points_layout, points_button, form_button, assessment_button, consult_button, Stretch(1)
        )

        self.orders_box = QGroupBox(self.tr("我的訂單"))
        self.orders_model = OrdersModel(calendar)
        self.orders_view = orders_view(self.orders_model, "RecentOrders", self.tr("最近的訂單"))
        # the platform's overview shows number, plan, vendor, last update and status
        for column in (3, 6):
            self.orders_view.hideColumn(column)
        self.orders_view.activated.connect(self._order_activated)
        more = push_button(self.tr("查看更多訂單"), self._all_orders)
        orders_layout = QVBoxLayout(self.orders_box)
        orders_layout.addWidget(self.orders_view)
        orders_layout.addWidget(more, 0, Qt.AlignmentFlag.AlignRight)

        top = QHBoxLayout()
        top.addWidget(self.notes_box, 3)
        top.addWidget(self.points_box, 2)
        column_layout(self, title, self.action_box, (top, 3), (self.orders_box, 2))

    def show_snapshot(self, snapshot: MemberSnapshot) -> None:
        """Fill every box from one refresh."""
        today = snapshot.today
        action = next_action(snapshot.orders, snapshot.points, today, self._calendar)
        self._action_kind = action.kind
        self._action_order = action.order_id
        text = action_text(action.kind, snapshot.points.pavilion)
        if action.order_id:
            text = self.tr("{text}（訂單 {order}）").format(text=text, order=action.order_id)
        self.action_label.setText(text)
        if action.deadline is None:
            self.action_deadline.setText("")
        elif action.kind is ActionKind.MISSED:
            self.action_deadline.setText(outcome_line(action.deadline, DeadlineOutcome.MISSED))
        else:
            self.action_deadline.setText(deadline_line(action.deadline))
        self.action_deadline.setVisible(action.deadline is not None)

        self.notes.clear()
        for note in snapshot.notifications:
            self.notes.addItem(notification_item(note))
        if not snapshot.notifications:
            self.notes.addItem(QListWidgetItem(self.tr("目前沒有通知")))
        self.notes_box.setTitle(
            self.tr("我的通知（{n} 則未讀）").format(n=snapshot.unread)
            if snapshot.unread
            else self.tr("我的通知")
        )

        points = snapshot.points
        self.balance_label.setText(points_amount(points.balance))
        state = points_deadlines_view(points, today, self._calendar)
        if state.expiry is not None and points.balance > 0:
            self.expiry_label.setText(
                self.tr("最快到期日：{day}").format(day=day_text(state.expiry.due))
            )
        elif state.expiry is not None and state.expiry_outcome is DeadlineOutcome.MISSED:
            self.expiry_label.setText(outcome_line(state.expiry, state.expiry_outcome))
        elif state.first_use is not None and state.first_use_outcome is DeadlineOutcome.MISSED:
            self.expiry_label.setText(outcome_line(state.first_use, state.first_use_outcome))
        else:
            self.expiry_label.setText(self.tr("目前沒有可用點數"))
        if state.first_use is not None and not state.first_use_met and points.balance > 0:
            self.first_use_label.setText(
                self.tr("首次使用期限：{day}").format(day=day_text(state.first_use.due))
            )
            self.first_use_label.show()
        else:
            self.first_use_label.hide()
        recent = sorted(
            snapshot.orders,
            key=lambda o: o.history[-1].at.timestamp() if o.history else 0.0,
            reverse=True,
        )
        self.orders_model.set_orders(recent[:RECENT_ORDERS], today)

    def _note_activated(self, item: QListWidgetItem) -> None:
        note = item.data(NOTIFICATION_ROLE)
        if isinstance(note, Notification):
            self.notification_opened.emit(note)

    def _order_activated(self) -> None:
        order = self.orders_model.order_at(self.orders_view.currentIndex().row())
        if order is not None:
            self.open_orders.emit(order.id)

    def _all_orders(self) -> None:
        self.open_orders.emit("")

    def _go(self) -> None:
        if self._action_order:
            self.open_orders.emit(self._action_order)
        elif self._action_kind is ActionKind.REAPPLY:
            self.open_points.emit()
        else:
            self.open_solutions.emit()
