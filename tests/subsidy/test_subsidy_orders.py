from collections.abc import Callable
from datetime import date

import pytest

from app.subsidy import (
    ORDER_TRANSITIONS,
    CalendarOverrides,
    InvalidTransition,
    OrderDeadlines,
    OrderEvent,
    OrderStatus,
    WorkCalendar,
    invoice_due_by,
    is_cancellable_by_applicant,
    is_final,
    next_order_status,
    overdue_cancellation,
    payment_due_by,
    service_start_by,
    term_ended,
    vendor_confirm_by,
    vendor_duties_overdue,
)

S = OrderStatus


def test_happy_path() -> None:
    status = S.AWAITING_VENDOR
    for event, expected in [
        ("vendor_confirm", S.AWAITING_PAYMENT),
        ("pay", S.AWAITING_INVOICE),
        ("issue_invoice", S.AWAITING_SERVICE),
        ("start_service", S.IN_SERVICE),
        ("term_end", S.COMPLETED),
        ("claim", S.CLAIMED),
    ]:
        status = next_order_status(status, event)
        assert status is expected
    assert is_final(status)


@pytest.mark.parametrize(
    ("status", "event", "expected"),
    [
        (S.AWAITING_VENDOR, "vendor_decline", S.CANCELLED_BY_VENDOR),
        (S.AWAITING_VENDOR, "applicant_cancel", S.CANCELLED_BY_APPLICANT),
        (S.AWAITING_VENDOR, "system_cancel", S.CANCELLED_BY_SYSTEM),
        (S.AWAITING_PAYMENT, "applicant_cancel", S.CANCELLED_BY_APPLICANT),
        (S.AWAITING_PAYMENT, "system_cancel", S.CANCELLED_BY_SYSTEM),
        (S.IN_SERVICE, "terminate", S.TERMINATED),
        (S.AWAITING_SERVICE, "terminate", S.TERMINATED),
    ],
)
def test_side_transitions(status: OrderStatus, event: str, expected: OrderStatus) -> None:
    assert next_order_status(status, event) is expected


@pytest.mark.parametrize(
    ("status", "event"),
    [
        (S.AWAITING_INVOICE, "applicant_cancel"),
        (S.COMPLETED, "terminate"),
        (S.CLAIMED, "claim"),
        (S.TERMINATED, "pay"),
        (S.AWAITING_VENDOR, "pay"),
        ("awaiting_vendor", "explode"),
        ("lost", "pay"),
    ],
)
def test_invalid_transitions_raise_typed_error(status: str, event: str) -> None:
    with pytest.raises(InvalidTransition) as raised:
        next_order_status(status, event)
    assert raised.value.status == str(status)
    assert raised.value.event == event
    assert isinstance(raised.value, ValueError)
    assert str(raised.value) == f"訂單狀態 {status} 不接受事件 {event}"


def test_every_status_and_event_is_in_the_table() -> None:
    assert set(ORDER_TRANSITIONS) == set(OrderStatus)
    used = {event for moves in ORDER_TRANSITIONS.values() for event in moves}
    assert used == set(OrderEvent)


def test_cancellable_only_before_payment() -> None:
    cancellable = {s for s in OrderStatus if is_cancellable_by_applicant(s)}
    assert cancellable == {S.AWAITING_VENDOR, S.AWAITING_PAYMENT}


def test_deadlines_use_taiwan_working_days() -> None:
    # Submitted Friday 2026-02-13, before the Lunar New Year week.
    assert vendor_confirm_by(date(2026, 2, 13)) == date(2026, 2, 24)
    assert payment_due_by(date(2026, 11, 19)) == date(2026, 11, 23)
    assert invoice_due_by(date(2026, 11, 20)) == date(2026, 11, 24)
    assert service_start_by(date(2026, 11, 20)) == date(2026, 12, 1)
    with pytest.raises(ValueError, match="submitted_on must be a date"):
        vendor_confirm_by("2026-02-13")  # type: ignore[arg-type]


def test_overdue_cancellation_after_the_waiting_step_deadline() -> None:
    deadlines = OrderDeadlines(vendor_confirm_by=date(2026, 11, 24), payment_due_by=None)
    assert not overdue_cancellation(S.AWAITING_VENDOR, deadlines, date(2026, 11, 24))
    assert overdue_cancellation(S.AWAITING_VENDOR, deadlines, date(2026, 11, 25))
    # No payment deadline yet: nothing to enforce.
    assert not overdue_cancellation(S.AWAITING_PAYMENT, deadlines, date(2027, 1, 1))
    paid_late = OrderDeadlines(payment_due_by=date(2026, 11, 26))
    assert overdue_cancellation("awaiting_payment", paid_late, date(2026, 11, 27))
    # Invoice and service deadlines never cancel an order.
    late_vendor = OrderDeadlines(invoice_due_by=date(2026, 1, 1), service_start_by=date(2026, 1, 1))
    assert not overdue_cancellation(S.AWAITING_INVOICE, late_vendor, date(2026, 6, 1))
    assert not overdue_cancellation(S.AWAITING_SERVICE, late_vendor, date(2026, 6, 1))


NOT_A_DATE = "2026-11-20"


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: vendor_confirm_by(NOT_A_DATE), "submitted_on"),  # type: ignore[arg-type]
        (lambda: payment_due_by(NOT_A_DATE), "confirmed_on"),  # type: ignore[arg-type]
        (lambda: invoice_due_by(NOT_A_DATE), "paid_on"),  # type: ignore[arg-type]
        (lambda: service_start_by(NOT_A_DATE), "paid_on"),  # type: ignore[arg-type]
        (lambda: overdue_cancellation("awaiting_vendor", OrderDeadlines(), NOT_A_DATE), "today"),
        (lambda: vendor_duties_overdue("in_service", OrderDeadlines(), NOT_A_DATE), "today"),
        (lambda: term_ended(date(2026, 11, 20), NOT_A_DATE), "today"),
        (lambda: term_ended(NOT_A_DATE, date(2026, 11, 20)), "service_end"),
    ],
)
def test_a_refused_argument_is_named(call: Callable[[], object], argument: str) -> None:
    with pytest.raises(ValueError, match=rf"^{argument} must be a date"):
        call()


@pytest.mark.parametrize(
    ("deadline", "last_day"),
    [
        (vendor_confirm_by, date(2026, 11, 25)),  # 2 working days
        (payment_due_by, date(2026, 11, 25)),  # 2
        (invoice_due_by, date(2026, 11, 25)),  # 2
        (service_start_by, date(2026, 12, 2)),  # 7
    ],
)
def test_deadlines_follow_the_calendar_they_are_given(
    deadline: Callable[..., date], last_day: date
) -> None:
    """From Friday 20 November 2026, on a calendar where Monday 23rd is a holiday."""
    with_a_holiday = WorkCalendar(frozenset({date(2026, 11, 23)}), CalendarOverrides())
    assert deadline(date(2026, 11, 20), with_a_holiday) == last_day
