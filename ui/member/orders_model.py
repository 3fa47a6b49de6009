"""The order list as a table model: one model, one view, any number of orders."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

from app.flows.member_deadlines import DeadlineView, order_deadlines
from app.platform.models import Order
from app.subsidy import WorkCalendar
from ui.member.labels import countdown_text, deadline_name, moment_text, money_text, status_text

Index = QModelIndex | QPersistentModelIndex

ORDER_ROLE = Qt.ItemDataRole.UserRole + 1
RESIZE_SAMPLE_ROWS = 60


class OrdersTable(QTableView):
    """The orders, each column as wide as its title and its widest cell (from a sample of
    rows, so hundreds of orders cost no more than a few); room to spare is shared by all the
    columns, not given to the last one; too little room scrolls sideways, no title is cut."""

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt override
        """Fit the columns again when a scroll bar comes or goes (the viewport's width)."""
        super().updateGeometries()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Each shown column at its title's and cells' width plus an even share of the
        room left over."""
        header = self.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        if not shown:
            return
        needed = [max(header.sectionSizeHint(c), self.sizeHintForColumn(c)) for c in shown]
        spare = max(self.viewport().width() - sum(needed), 0)
        share, rest = divmod(spare, len(shown))
        for position, (column, width) in enumerate(zip(shown, needed, strict=True)):
            extra = share + (rest if position == len(shown) - 1 else 0)
            if header.sectionSize(column) != width + extra:
                header.resizeSection(column, width + extra)


def orders_view(model: OrdersModel, name: str, accessible_name: str) -> OrdersTable:
    """A read-only, row-selecting table of ``model`` (one view, no widget per row)."""
    view = OrdersTable()
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(26)
    header = view.horizontalHeader()
    header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
    header.setStretchLastSection(False)
    for signal in (model.modelReset, model.layoutChanged, model.headerDataChanged):
        signal.connect(view.fit_columns)
    return view


class OrdersModel(QAbstractTableModel):
    """訂單編號, 採購方案, 供應商, 訂單金額, 狀態, 最後更新, 下一個期限."""

    COLUMNS = 7

    def __init__(self, calendar: WorkCalendar, parent: object | None = None) -> None:
        super().__init__(None)
        self._calendar = calendar
        self._orders: list[Order] = []
        self._next: list[DeadlineView | None] = []
        self._today = date.today()

    def set_orders(self, orders: Sequence[Order], today: date) -> None:
        """Replace every row (one reset, not a row at a time)."""
        self.beginResetModel()
        self._orders = list(orders)
        self._today = today
        self._next = [self._open_deadline(order) for order in self._orders]
        self.endResetModel()

    def _open_deadline(self, order: Order) -> DeadlineView | None:
        running = [v for v in order_deadlines(order, self._today, self._calendar) if v.open]
        return min(running, key=lambda v: v.due) if running else None

    def order_at(self, row: int) -> Order | None:
        """The order shown in ``row``."""
        return self._orders[row] if 0 <= row < len(self._orders) else None

    def row_of(self, order_id: str) -> int:
        """Row of the order with ``order_id``, or -1."""
        for row, order in enumerate(self._orders):
            if order.id == order_id:
                return row
        return -1

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        """Number of orders."""
        if parent is not None and parent.isValid():
            return 0
        return len(self._orders)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802 - Qt override
        """Number of columns."""
        if parent is not None and parent.isValid():
            return 0
        return self.COLUMNS

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("訂單編號"),
            self.tr("採購方案"),
            self.tr("供應商"),
            self.tr("訂單金額"),
            self.tr("訂單狀態"),
            self.tr("最後更新時間"),
            self.tr("下一個期限"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Cell text; the Order itself under ORDER_ROLE."""
        if not index.isValid() or not 0 <= index.row() < len(self._orders):
            return None
        order = self._orders[index.row()]
        if role == ORDER_ROLE:
            return order
        column = index.column()
        if role == Qt.ItemDataRole.FontRole and column == 6:
            upcoming = self._next[index.row()]
            if upcoming is not None and upcoming.working_days_left <= 1:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if column == 0:
            return order.id
        if column == 1:
            return order.plan.name
        if column == 2:
            return order.vendor.name
        if column == 3:
            return money_text(order.price)
        if column == 4:
            return status_text(order.status)
        if column == 5:
            return moment_text(order.history[-1].at) if order.history else ""
        upcoming = self._next[index.row()]
        if upcoming is None:
            return ""
        return self.tr("{name} {due}（{countdown}）").format(
            name=deadline_name(upcoming.name),
            due=upcoming.due.strftime("%m/%d"),
            countdown=countdown_text(upcoming),
        )
