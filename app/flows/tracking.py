"""Order tracking and points countdowns in the seed's words (訂單查詢, 我的點數).

The deadlines and their countdowns come from ``member_deadlines`` (working days of the
shared Taiwan calendar); this module puts them into words: status labels, the status
timeline, and dates with ROC year and weekday (週一…). What the person should do next is
:func:`app.flows.member_deadlines.next_action` (a kind and its deadline, worded by the UI).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from app.platform.models import Order, PointsSummary
from app.subsidy import (
    ORDER_STATUS_LABELS,
    OrderStatus,
    WorkCalendar,
    is_cancellable_by_applicant,
    roc_date,
)

from .member_deadlines import (
    APPLICANT_DEADLINES,
    DeadlineName,
    DeadlineView,
    any_points_used,
    order_deadlines,
    points_deadlines_view,
)

WEEKDAYS = ("週一", "週二", "週三", "週四", "週五", "週六", "週日")

STATUS_LABELS = ORDER_STATUS_LABELS

MAIN_PATH: tuple[OrderStatus, ...] = (
    OrderStatus.AWAITING_VENDOR,
    OrderStatus.AWAITING_PAYMENT,
    OrderStatus.AWAITING_INVOICE,
    OrderStatus.AWAITING_SERVICE,
    OrderStatus.IN_SERVICE,
    OrderStatus.COMPLETED,
    OrderStatus.CLAIMED,
)

Actor = Literal["applicant", "vendor", "platform", "none"]
StageState = Literal["done", "current", "upcoming", "not_reached"]


def weekday_label(d: date) -> str:
    """週一 … 週日."""
    return WEEKDAYS[d.weekday()]


def format_day(d: date) -> str:
    """``115年11月24日（週二）``."""
    return f"{roc_date(d)}（{weekday_label(d)}）"


@dataclass(frozen=True)
class Stage:
    """One status on the order's timeline."""

    status: OrderStatus
    label: str
    state: StageState
    at: str | None = None


DEADLINE_LABELS: dict[DeadlineName, str] = {
    DeadlineName.VENDOR_CONFIRM_BY: "資訊服務廠商確認接單期限",
    DeadlineName.PAYMENT_DUE_BY: "自付款付款期限",
    DeadlineName.INVOICE_DUE_BY: "資訊服務廠商開立發票期限",
    DeadlineName.SERVICE_START_BY: "資訊服務廠商開通服務期限",
    DeadlineName.FIRST_USE_BY: "首次使用點數期限",
    DeadlineName.EXPIRES_ON: "點數使用期限",
}


@dataclass(frozen=True)
class Deadline:
    """A deadline in words: label, date with weekday, and the countdown behind it."""

    view: DeadlineView
    label: str
    text: str
    weekday: str
    actor: Actor

    @property
    def due(self) -> date:
        """The last allowed day."""
        return self.view.due

    @property
    def working_days_left(self) -> int:
        """Working days after today up to and including the due day."""
        return self.view.working_days_left

    @property
    def overdue(self) -> bool:
        """True once the due day is over."""
        return self.view.passed


def describe(view: DeadlineView) -> Deadline:
    """Words for one deadline of the member area."""
    actor: Actor = "applicant" if view.name in APPLICANT_DEADLINES else "vendor"
    return Deadline(
        view, DEADLINE_LABELS[view.name], format_day(view.due), weekday_label(view.due), actor
    )


class OrderTracker:
    """Timeline, deadlines and next action of one order, as of ``today``."""

    def __init__(self, order: Order, today: date, calendar: WorkCalendar | None = None) -> None:
        self.order = order
        self.today = today
        self.calendar = calendar or WorkCalendar.taiwan()

    @property
    def status_label(self) -> str:
        """The current status in the seed's words."""
        return STATUS_LABELS[self.order.status]

    def timeline(self) -> list[Stage]:
        """The main path with done/current/upcoming stages, and how an ended order ended."""
        when = {h.status: h.at.isoformat() for h in self.order.history}
        status = self.order.status
        if status in MAIN_PATH:
            index = MAIN_PATH.index(status)
            return [
                Stage(
                    s,
                    STATUS_LABELS[s],
                    "done" if i < index else "current" if i == index else "upcoming",
                    when.get(s),
                )
                for i, s in enumerate(MAIN_PATH)
            ]
        reached = [s for s in MAIN_PATH if s in when]
        stages = [Stage(s, STATUS_LABELS[s], "done", when.get(s)) for s in reached]
        stages.append(Stage(status, STATUS_LABELS[status], "current", when.get(status)))
        last = MAIN_PATH.index(reached[-1]) if reached else -1
        stages.extend(Stage(s, STATUS_LABELS[s], "not_reached") for s in MAIN_PATH[last + 1 :])
        return stages

    def deadlines(self) -> list[Deadline]:
        """Every deadline the platform gave for this order, in the order of the flow."""
        return [describe(v) for v in order_deadlines(self.order, self.today, self.calendar)]

    def current_deadline(self) -> Deadline | None:
        """The earliest deadline still running in the order's status, if any."""
        running = [d for d in self.deadlines() if d.view.open]
        return min(running, key=lambda d: d.due) if running else None

    @property
    def cancellable(self) -> bool:
        """True while the applicant may still cancel (before payment)."""
        return is_cancellable_by_applicant(self.order.status)


class PointsView:
    """Balance, countdowns and the deadlines to warn about in 我的點數, as of ``today``."""

    def __init__(
        self, points: PointsSummary, today: date, calendar: WorkCalendar | None = None
    ) -> None:
        self.points = points
        self.today = today
        self.calendar = calendar or WorkCalendar.taiwan()

    @property
    def balance(self) -> int:
        """Points available now."""
        return self.points.balance

    @property
    def any_used(self) -> bool:
        """True once a point of the latest grant has been used for an order."""
        return any_points_used(self.points.ledger)

    def deadlines(self) -> list[Deadline]:
        """The first-use deadline (while nothing is used) and the expiry deadline."""
        state = points_deadlines_view(self.points, self.today, self.calendar)
        views = [v for v in (state.first_use, state.expiry) if v is not None and v.open]
        return [describe(v) for v in views]

    def warnings(self) -> list[DeadlineView]:
        """The deadlines to warn about, from 7 days before each (see
        :meth:`~app.flows.member_deadlines.PointsDeadlines.warnings`)."""
        return points_deadlines_view(self.points, self.today, self.calendar).warnings()
