"""Order deadlines and the order status machine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ._checks import require_date
from .enums import OrderEvent, OrderStatus
from .errors import InvalidTransition
from .workdays import WorkCalendar

VENDOR_CONFIRM_WORKING_DAYS = 2
PAYMENT_WORKING_DAYS = 2
INVOICE_WORKING_DAYS = 2
SERVICE_START_WORKING_DAYS = 7

_S = OrderStatus
_E = OrderEvent

ORDER_STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.AWAITING_VENDOR: "資訊服務廠商確認中",
    OrderStatus.AWAITING_PAYMENT: "付款中（廠商已接單）",
    OrderStatus.AWAITING_INVOICE: "已付款，廠商開立發票中",
    OrderStatus.AWAITING_SERVICE: "發票已開立，等待開通服務",
    OrderStatus.IN_SERVICE: "服務使用中",
    OrderStatus.COMPLETED: "方案期程結束",
    OrderStatus.CLAIMED: "廠商已核銷點數",
    OrderStatus.CANCELLED_BY_APPLICANT: "申請單位取消訂購",
    OrderStatus.CANCELLED_BY_VENDOR: "資訊服務廠商取消訂單",
    OrderStatus.CANCELLED_BY_SYSTEM: "系統將訂單取消",
    OrderStatus.TERMINATED: "已退訂",
}
"""zh-TW name of every order status, in the words of the member centre (我的訂單 訂單狀態)."""

ORDER_TRANSITIONS: dict[OrderStatus, dict[OrderEvent, OrderStatus]] = {
    _S.AWAITING_VENDOR: {
        _E.VENDOR_CONFIRM: _S.AWAITING_PAYMENT,
        _E.VENDOR_DECLINE: _S.CANCELLED_BY_VENDOR,
        _E.APPLICANT_CANCEL: _S.CANCELLED_BY_APPLICANT,
        _E.SYSTEM_CANCEL: _S.CANCELLED_BY_SYSTEM,
    },
    _S.AWAITING_PAYMENT: {
        _E.PAY: _S.AWAITING_INVOICE,
        _E.APPLICANT_CANCEL: _S.CANCELLED_BY_APPLICANT,
        _E.SYSTEM_CANCEL: _S.CANCELLED_BY_SYSTEM,
    },
    _S.AWAITING_INVOICE: {
        _E.ISSUE_INVOICE: _S.AWAITING_SERVICE,
        _E.TERMINATE: _S.TERMINATED,
    },
    _S.AWAITING_SERVICE: {
        _E.START_SERVICE: _S.IN_SERVICE,
        _E.TERMINATE: _S.TERMINATED,
    },
    _S.IN_SERVICE: {
        _E.TERM_END: _S.COMPLETED,
        _E.TERMINATE: _S.TERMINATED,
    },
    _S.COMPLETED: {_E.CLAIM: _S.CLAIMED},
    _S.CLAIMED: {},
    _S.CANCELLED_BY_APPLICANT: {},
    _S.CANCELLED_BY_VENDOR: {},
    _S.CANCELLED_BY_SYSTEM: {},
    _S.TERMINATED: {},
}
"""Status → event → next status. Statuses with no events are final."""


def next_order_status(status: OrderStatus | str, event: OrderEvent | str) -> OrderStatus:
    """The status an order moves to on ``event``; raises :class:`InvalidTransition`.

    002 八、其他注意事項(四)–(六) and seed 001 步驟3–4: submit → vendor confirms → pay → invoice →
    service → term end → claim (核銷), or cancellation / termination (七(六)).
    """
    try:
        current = OrderStatus(status)
        happening = OrderEvent(event)
    except ValueError:
        raise InvalidTransition(str(status), str(event)) from None
    following = ORDER_TRANSITIONS[current].get(happening)
    if following is None:
        raise InvalidTransition(current.value, happening.value)
    return following


def is_final(status: OrderStatus | str) -> bool:
    """True for statuses from which no event leads anywhere (002 八、其他注意事項(四)–(六))."""
    return not ORDER_TRANSITIONS[OrderStatus(status)]


def is_cancellable_by_applicant(status: OrderStatus | str) -> bool:
    """The applicant may cancel until the self-pay amount is paid.

    Interpretation of 002 八、其他注意事項(四): before payment no contract is in force, so cancelling
    costs nothing; after payment 七(六) termination applies.
    """
    return _E.APPLICANT_CANCEL in ORDER_TRANSITIONS[OrderStatus(status)]


@dataclass(frozen=True)
class OrderDeadlines:
    """Deadlines of an order's waiting steps (each the last day allowed)."""

    vendor_confirm_by: date | None = None
    payment_due_by: date | None = None
    invoice_due_by: date | None = None
    service_start_by: date | None = None


def _after(d: date, n: int, name: str, calendar: WorkCalendar | None) -> date:
    return (calendar or WorkCalendar.taiwan()).add_working_days(require_date(name, d), n)


def vendor_confirm_by(submitted_on: date, calendar: WorkCalendar | None = None) -> date:
    """The vendor confirms or declines within 2 working days of submission (002 八、其他注意事項(四))."""
    return _after(submitted_on, VENDOR_CONFIRM_WORKING_DAYS, "submitted_on", calendar)


def payment_due_by(confirmed_on: date, calendar: WorkCalendar | None = None) -> date:
    """The applicant pays within 2 working days of the vendor's confirmation (002 八、其他注意事項(四))."""
    return _after(confirmed_on, PAYMENT_WORKING_DAYS, "confirmed_on", calendar)


def invoice_due_by(paid_on: date, calendar: WorkCalendar | None = None) -> date:
    """The vendor issues the full e-invoice within 2 working days of payment (002 八、其他注意事項(四))."""
    return _after(paid_on, INVOICE_WORKING_DAYS, "paid_on", calendar)


def service_start_by(paid_on: date, calendar: WorkCalendar | None = None) -> date:
    """The vendor starts the service within 7 working days of payment (001 步驟4 5.)."""
    return _after(paid_on, SERVICE_START_WORKING_DAYS, "paid_on", calendar)


def overdue_cancellation(status: OrderStatus | str, deadlines: OrderDeadlines, today: date) -> bool:
    """True when the system must cancel: the vendor-confirm or payment deadline has passed.

    002 八、其他注意事項(四) sets the 2-working-day limits; seed 001 步驟3 7. and 003: an order not
    confirmed or paid in time is cancelled by the system.
    """
    require_date("today", today)
    current = OrderStatus(status)
    if current is _S.AWAITING_VENDOR:
        deadline = deadlines.vendor_confirm_by
    elif current is _S.AWAITING_PAYMENT:
        deadline = deadlines.payment_due_by
    else:
        return False
    return deadline is not None and today > deadline


def term_ended(service_end: date | None, today: date) -> bool:
    """True from the day the plan's term ends (服務期程結束): the order is completed.

    002 八、其他注意事項(三) counts plans in months; the service runs from its start to the
    same day ``months`` later (:func:`app.subsidy.service_end`), which ends the term.
    """
    require_date("today", today)
    return service_end is not None and today >= require_date("service_end", service_end)


_VENDOR_DUTIES: tuple[tuple[OrderStatus, str], ...] = (
    (_S.AWAITING_INVOICE, "invoice_due_by"),
    (_S.AWAITING_INVOICE, "service_start_by"),
    (_S.AWAITING_SERVICE, "service_start_by"),
)


def vendor_duties_overdue(
    status: OrderStatus | str, deadlines: OrderDeadlines, today: date
) -> tuple[str, ...]:
    """Names of the vendor's deadlines (``invoice_due_by``, ``service_start_by``) passed today.

    002 八、其他注意事項(四): the full e-invoice within 2 working days of payment; seed 001
    步驟4 5.: the service within 7 working days. They cancel nothing — the applicant has
    paid — but the applicant is told, so they can contact the vendor or the helpdesk.
    """
    require_date("today", today)
    current = OrderStatus(status)
    overdue = []
    for duty_status, name in _VENDOR_DUTIES:
        deadline = getattr(deadlines, name)
        if current is duty_status and deadline is not None and today > deadline:
            overdue.append(name)
    return tuple(overdue)
