"""Deadlines of the member area: order steps, points validity and the reminders they raise.

Qt-free. Every date rule comes from ``app.subsidy``; this module only decides which
deadline is open in which order status and how far away it is on the Taiwan calendar.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.platform.models import LedgerEntry, Order, PointsSummary
from app.subsidy import (
    TAIWAN_TZ,
    LedgerKind,
    OrderStatus,
    WorkCalendar,
    expiring_soon,
    points_used_since_grant,
)

POINTS_WARNING_DAYS = 7
"""Points deadlines are announced from this many calendar days before."""

MISSED_SHOWN_DAYS = 7
"""An order cancelled for a missed deadline leads the overview for this many days after it."""

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

# The status an order reaches when the step a deadline guards is done.
_MET_WHEN: dict[DeadlineName, OrderStatus] = {
    DeadlineName.VENDOR_CONFIRM_BY: OrderStatus.AWAITING_PAYMENT,
    DeadlineName.PAYMENT_DUE_BY: OrderStatus.AWAITING_INVOICE,
    DeadlineName.INVOICE_DUE_BY: OrderStatus.AWAITING_SERVICE,
    DeadlineName.SERVICE_START_BY: OrderStatus.IN_SERVICE,
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


class DeadlineOutcome(StrEnum):
    """Where a deadline stands: what the screen may say about it."""

    RUNNING = "running"
    """Open and not yet passed: count it down."""
    OVERDUE = "overdue"
    """Open but passed: the platform acts at its next check (cancels, returns, reclaims)."""
    MET = "met"
    """The step it guards was done: no countdown, no warning."""
    MISSED = "missed"
    """It passed without the step: the platform acted (say what happened, what to do)."""
    NOT_APPLICABLE = "not_applicable"
    """The order or the points ended another way before it mattered."""


def _reached(order: Order) -> set[OrderStatus]:
    return {entry.status for entry in order.history} | {order.status}


def order_deadline_outcome(order: Order, view: DeadlineView) -> DeadlineOutcome:
    """Whether ``view`` (a deadline of ``order``) is running, met, missed or moot."""
    if view.open:
        return DeadlineOutcome.OVERDUE if view.passed else DeadlineOutcome.RUNNING
    if _MET_WHEN[view.name] in _reached(order):
        return DeadlineOutcome.MET
    if order.status is OrderStatus.CANCELLED_BY_SYSTEM:
        before = [e.status for e in order.history if e.status is not order.status]
        if before and view.name in open_deadlines(before[-1]):
            return DeadlineOutcome.MISSED
    return DeadlineOutcome.NOT_APPLICABLE


def missed_deadline(order: Order, today: date, calendar: WorkCalendar) -> DeadlineView | None:
    """The deadline whose passing made the system cancel ``order`` (None otherwise)."""
    for view in order_deadlines(order, today, calendar):
        if order_deadline_outcome(order, view) is DeadlineOutcome.MISSED:
            return view
    return None


@dataclass(frozen=True)
class PointsDeadlines:
    """The two points deadlines with the warning state of each."""

    first_use: DeadlineView | None
    expiry: DeadlineView | None
    first_use_met: bool
    warn_first_use: bool
    warn_expiry: bool
    first_use_outcome: DeadlineOutcome = DeadlineOutcome.NOT_APPLICABLE
    expiry_outcome: DeadlineOutcome = DeadlineOutcome.NOT_APPLICABLE

    def warnings(self) -> list[DeadlineView]:
        """The deadlines inside their warning window, first use before expiry; the UI
        words each warning by the deadline's name, day and countdown."""
        warned = ((self.warn_first_use, self.first_use), (self.warn_expiry, self.expiry))
        return [view for warn, view in warned if warn and view is not None]


def any_points_used(ledger: Iterable[LedgerEntry]) -> bool:
    """True when the ledger shows points in use since the latest grant (released orders are no use)."""
    return points_used_since_grant((entry.kind, entry.order_id) for entry in ledger)


def _latest_kind(ledger: Iterable[LedgerEntry], *kinds: LedgerKind) -> LedgerKind | None:
    """The last of ``kinds`` since the latest grant (None when none happened)."""
    found: LedgerKind | None = None
    for entry in ledger:
        if entry.kind is LedgerKind.GRANT:
            found = None
        elif entry.kind in kinds:
            found = entry.kind
    return found


def _first_use_outcome(
    view: DeadlineView | None, used: bool, holding: bool, returned: bool
) -> DeadlineOutcome:
    if view is None:
        return DeadlineOutcome.NOT_APPLICABLE
    if used:
        return DeadlineOutcome.MET
    if returned:
        return DeadlineOutcome.MISSED
    if not holding:
        return DeadlineOutcome.NOT_APPLICABLE
    return DeadlineOutcome.OVERDUE if view.passed else DeadlineOutcome.RUNNING


def _expiry_outcome(
    view: DeadlineView | None, holding: bool, ended: LedgerKind | None
) -> DeadlineOutcome:
    if view is None:
        return DeadlineOutcome.NOT_APPLICABLE
    if ended is LedgerKind.RECLAIM:
        return DeadlineOutcome.MISSED
    if holding:
        return DeadlineOutcome.OVERDUE if view.passed else DeadlineOutcome.RUNNING
    if ended is LedgerKind.UNUSED_RETURN:
        return DeadlineOutcome.NOT_APPLICABLE
    return DeadlineOutcome.MET  # nothing left to lose: every point was used


def points_deadlines_view(
    points: PointsSummary, today: date, calendar: WorkCalendar
) -> PointsDeadlines:
    """Both points deadlines, where each stands, and whether each is inside its warning window."""
    used = any_points_used(points.ledger)
    holding = points.balance > 0
    ended = _latest_kind(points.ledger, LedgerKind.RECLAIM, LedgerKind.UNUSED_RETURN)
    first_use = (
        view_deadline(
            DeadlineName.FIRST_USE_BY, points.first_use_by, today, calendar, open=not used
        )
        if points.first_use_by
        else None
    )
    expiry_day = points.earliest_expiry or points.expires_on
    if ended is LedgerKind.RECLAIM:
        # the platform no longer states the deadline that passed (returned points may
        # have had a later one than expires_on): the reclaim ran the day after it
        reclaim = next(e for e in reversed(points.ledger) if e.kind is LedgerKind.RECLAIM)
        moment = reclaim.at.astimezone(TAIWAN_TZ) if reclaim.at.tzinfo else reclaim.at
        expiry_day = moment.date() - timedelta(days=1)
    expiry = (
        view_deadline(DeadlineName.EXPIRES_ON, expiry_day, today, calendar, open=holding)
        if expiry_day
        else None
    )
    return PointsDeadlines(
        first_use=first_use,
        expiry=expiry,
        first_use_met=used,
        first_use_outcome=_first_use_outcome(
            first_use, used, holding, ended is LedgerKind.UNUSED_RETURN
        ),
        expiry_outcome=_expiry_outcome(expiry, holding, ended),
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
    MISSED = "missed"
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
    for order in orders:
        # an order the system cancelled lately: say which deadline passed (and what to do)
        missed = missed_deadline(order, today, calendar)
        if missed is not None and (today - missed.due).days <= MISSED_SHOWN_DAYS:
            return NextAction(ActionKind.MISSED, missed, order.id)
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


_POINTS_REMINDER_KEYS = {DeadlineName.FIRST_USE_BY: "first_use", DeadlineName.EXPIRES_ON: "expiry"}
"""How a points reminder's key names its deadline (keys already announced stay the same)."""


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
        for view in points_deadlines_view(points, today, calendar).warnings():
            key = f"points:{_POINTS_REMINDER_KEYS[view.name]}:{view.due.isoformat()}"
            reminders.append(Reminder(key, view, points=points.balance))
    reminders.sort(key=lambda r: r.deadline.due)
    return reminders
