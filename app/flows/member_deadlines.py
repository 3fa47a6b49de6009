"""Deadlines of the member area: order steps, points validity and the reminders they raise.

Qt-free. Every date rule comes from ``app.subsidy``; this module only decides which
deadline is open in which order status and how far away it is on the Taiwan calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.platform import LedgerEntry, Order, PointsSummary
from app.subsidy import LedgerKind, OrderStatus, WorkCalendar, expiring_soon

POINTS_WARNING_DAYS = 7
"""Points deadlines are announced from this many calendar days before."""

ORDER_REMINDER_WORKING_DAYS = 1
"""Order deadlines are announced when at most this many working days remain."""


class DeadlineName(StrEnum):
    """The deadlines the member area shows (order steps and points validity)."""

    VENDOR_CONFIRM_BY = "vendor_confirm_by"
    PAYMENT_DUE_BY = "payment_due_by"
    INVOICE_DUE_BY = "invoice_due_by"
    SERVICE_START_BY = "service_start_by"
    FIRST_USE_BY = "first_use_by"
    EXPIRES_ON = "expires_on"


ORDER_DEADLINES: tuple[DeadlineName, ...] = (
    DeadlineName.VENDOR_CONFIRM_BY,
    DeadlineName.PAYMENT_DUE_BY,
    DeadlineName.INVOICE_DUE_BY,
    DeadlineName.SERVICE_START_BY,
)

# Which order deadlines are still open in each status (the seed's order flow).
_OPEN_IN_STATUS: dict[OrderStatus, tuple[DeadlineName, ...]] = {
    OrderStatus.AWAITING_VENDOR: (DeadlineName.VENDOR_CONFIRM_BY,),
    OrderStatus.AWAITING_PAYMENT: (DeadlineName.PAYMENT_DUE_BY,),
    OrderStatus.AWAITING_INVOICE: (DeadlineName.INVOICE_DUE_BY, DeadlineName.SERVICE_START_BY),
    OrderStatus.AWAITING_SERVICE: (DeadlineName.SERVICE_START_BY,),
}

# Deadlines the applicant must act on (the others are the vendor's).
APPLICANT_DEADLINES = frozenset({DeadlineName.PAYMENT_DUE_BY, DeadlineName.FIRST_USE_BY})


@dataclass(frozen=True)
class DeadlineView:
    """One deadline: last allowed day, its weekday and the working days left until it."""

    name: DeadlineName
    due: date
    working_days_left: int
    days_left: int
    open: bool

    @property
    def weekday(self) -> int:
        """Monday = 0 … Sunday = 6."""
        return self.due.weekday()

    @property
    def passed(self) -> bool:
        """True once the last allowed day is over."""
        return self.days_left < 0


def view_deadline(
    name: DeadlineName, due: date, today: date, calendar: WorkCalendar, *, open: bool = True
) -> DeadlineView:
    """How far ``due`` is from ``today`` in working and calendar days."""
    return DeadlineView(
        name=name,
        due=due,
        working_days_left=calendar.working_days_between(today, due),
        days_left=(due - today).days,
        open=open,
    )


def open_deadlines(status: OrderStatus) -> tuple[DeadlineName, ...]:
    """The order deadlines still running in ``status`` (none in final statuses)."""
    return _OPEN_IN_STATUS.get(status, ())


def order_deadlines(order: Order, today: date, calendar: WorkCalendar) -> tuple[DeadlineView, ...]:
    """Every deadline the platform set for ``order``, in the order of the flow."""
    running = open_deadlines(order.status)
    views: list[DeadlineView] = []
    for name in ORDER_DEADLINES:
        due = getattr(order.deadlines, name.value)
        if isinstance(due, date):
            views.append(view_deadline(name, due, today, calendar, open=name in running))
    return tuple(views)


@dataclass(frozen=True)
class PointsDeadlines:
    """The two points deadlines with the warning state of each."""

    first_use: DeadlineView | None
    expiry: DeadlineView | None
    first_use_met: bool
    warn_first_use: bool
    warn_expiry: bool


def any_points_used(ledger: Iterable[LedgerEntry]) -> bool:
    """True when the ledger shows a use since the latest grant."""
    used = False
    for entry in ledger:
        if entry.kind is LedgerKind.GRANT:
            used = False
        elif entry.kind is LedgerKind.USE:
            used = True
    return used


def points_deadlines_view(
    points: PointsSummary, today: date, calendar: WorkCalendar
) -> PointsDeadlines:
    """Both points deadlines, and whether each is inside its warning window."""
    used = any_points_used(points.ledger)
    holding = points.balance > 0
    first_use = (
        view_deadline(
            DeadlineName.FIRST_USE_BY, points.first_use_by, today, calendar, open=not used
        )
        if points.first_use_by
        else None
    )
    expiry_day = points.earliest_expiry or points.expires_on
    expiry = (
        view_deadline(DeadlineName.EXPIRES_ON, expiry_day, today, calendar, open=holding)
        if expiry_day
        else None
    )
    return PointsDeadlines(
        first_use=first_use,
        expiry=expiry,
        first_use_met=used,
        warn_first_use=bool(
            first_use
            and not used
            and holding
            and expiring_soon(first_use.due, today, POINTS_WARNING_DAYS)
        ),
        warn_expiry=bool(
            expiry and holding and expiring_soon(expiry.due, today, POINTS_WARNING_DAYS)
        ),
    )


class ActionKind(StrEnum):
    """What the member should look at next."""

    PAY = "pay"
    FIRST_USE = "first_use"
    USE_BEFORE_EXPIRY = "use_before_expiry"
    REAPPLY = "reapply"
    WAIT_VENDOR = "wait_vendor"
    WAIT_INVOICE = "wait_invoice"
    WAIT_SERVICE = "wait_service"
    BROWSE = "browse"


_WAIT_KIND = {
    DeadlineName.VENDOR_CONFIRM_BY: ActionKind.WAIT_VENDOR,
    DeadlineName.INVOICE_DUE_BY: ActionKind.WAIT_INVOICE,
    DeadlineName.SERVICE_START_BY: ActionKind.WAIT_SERVICE,
}


@dataclass(frozen=True)
class NextAction:
    """The next thing to do (or wait for), with its deadline when it has one."""

    kind: ActionKind
    deadline: DeadlineView | None = None
    order_id: str | None = None


def next_action(
    orders: Sequence[Order], points: PointsSummary | None, today: date, calendar: WorkCalendar
) -> NextAction:
    """Payments due first, then points at risk, then what the vendors owe, else browsing."""
    pending: list[tuple[DeadlineView, str]] = []
    for order in orders:
        pending.extend(
            (view, order.id)
            for view in order_deadlines(order, today, calendar)
            if view.open and not view.passed
        )
    pending.sort(key=lambda item: item[0].due)
    for view, order_id in pending:
        if view.name is DeadlineName.PAYMENT_DUE_BY:
            return NextAction(ActionKind.PAY, view, order_id)
    if points is not None:
        state = points_deadlines_view(points, today, calendar)
        first = state.first_use
        if first and first.open and not first.passed and points.balance > 0:
            return NextAction(ActionKind.FIRST_USE, first)
        if points.can_reapply:
            return NextAction(ActionKind.REAPPLY)
        if state.warn_expiry and state.expiry is not None:
            return NextAction(ActionKind.USE_BEFORE_EXPIRY, state.expiry)
    if pending:
        view, order_id = pending[0]
        return NextAction(_WAIT_KIND[view.name], view, order_id)
    return NextAction(ActionKind.BROWSE)


@dataclass(frozen=True)
class Reminder:
    """A deadline close enough to announce on the desktop; ``key`` is stable per event."""

    key: str
    deadline: DeadlineView
    order_id: str | None = None
    points: int | None = None


def due_reminders(
    orders: Sequence[Order], points: PointsSummary | None, today: date, calendar: WorkCalendar
) -> list[Reminder]:
    """Order deadlines within 1 working day, and points expiring within 7 days."""
    reminders: list[Reminder] = []
    for order in orders:
        for view in order_deadlines(order, today, calendar):
            if (
                view.open
                and not view.passed
                and view.working_days_left <= (ORDER_REMINDER_WORKING_DAYS)
            ):
                key = f"order:{order.id}:{view.name.value}:{view.due.isoformat()}"
                reminders.append(Reminder(key, view, order_id=order.id))
    if points is not None and points.balance > 0:
        state = points_deadlines_view(points, today, calendar)
        if state.warn_first_use and state.first_use is not None:
            due = state.first_use.due.isoformat()
            reminders.append(
                Reminder(f"points:first_use:{due}", state.first_use, points=points.balance)
            )
        if state.warn_expiry and state.expiry is not None:
            due = state.expiry.due.isoformat()
            reminders.append(Reminder(f"points:expiry:{due}", state.expiry, points=points.balance))
    reminders.sort(key=lambda r: r.deadline.due)
    return reminders
