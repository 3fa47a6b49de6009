"""Member-area deadlines: which are open, working days left, next action, reminders."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from platform_answers import like_platform

from app.flows.member_deadlines import (
    ActionKind,
    DeadlineName,
    DeadlineOutcome,
    any_points_used,
    due_reminders,
    missed_deadline,
    next_action,
    open_deadlines,
    order_deadline_outcome,
    order_deadlines,
    points_deadlines_view,
    view_deadline,
)
from app.flows.member_snapshot import unread_first
from app.platform.models import Notification, Order, Page, PointsSummary
from app.subsidy import CalendarOverrides, OrderStatus, WorkCalendar

# Weekends only, plus one holiday, so the counts are easy to check by hand.
HOLIDAY = date(2026, 6, 19)  # a Friday (端午節 2026)
CAL = WorkCalendar({HOLIDAY}, CalendarOverrides())


SOLUTION = {"id": "S002", "name": "雲翔 ERP 標準版", "pavilion": "general"}
PLAN = {"id": "S002-03M", "name": "季方案", "months": 3, "price": 27_000}


def order(
    status: str = "awaiting_vendor",
    order_id: str = "20260601090000000001",
    *,
    earlier: tuple[str, ...] = (),
    **deadlines: str,
) -> Order:
    raw: dict[str, Any] = {
        "id": order_id,
        "solution": SOLUTION,
        "vendor": {"id": "V001", "name": "雲翔資訊"},
        "plan": PLAN,
        "price": 27_000,
        "points": 13_500,
        "self_pay": 13_500,
        "status": status,
        "history": [
            {"status": s, "at": "2026-06-01T09:00:00+08:00", "note": ""} for s in (*earlier, status)
        ],
        "deadlines": deadlines,
        "ratio": "1:1",
        "status_text": "",
        "payment_url": None,
        "invoice": None,
        "service": None,
        "settlement": None,
        "created_at": "2026-06-01T09:00:00+08:00",
        "updated_at": "2026-06-01T09:00:00+08:00",
    }
    return Order.from_json(like_platform("order", raw))


def points(
    balance: int = 30_000, ledger: list[dict[str, Any]] | None = None, **extra: Any
) -> PointsSummary:
    grant = {
        "at": "2026-06-01T09:00:00+08:00",
        "kind": "grant",
        "amount": 30_000,
        "balance_after": 30_000,
    }
    raw: dict[str, Any] = {
        "balance": balance,
        "granted": 30_000,
        "granted_on": "2026-06-01",
        "first_use_by": "2026-07-01",
        "expires_on": "2026-09-01",
        "earliest_expiry": "2026-09-01",
        "can_reapply": False,
        "pavilion": "general",
        "points_cap": 30_000,
        "programme_id": "training",
        "ratio": "1:1",
        # rows without an order or a validity of their own carry both as null
        "ledger": [{"order_id": None, "valid_until": None, **row} for row in ledger or [grant]],
    }
    raw.update(extra)
    return PointsSummary.from_json(like_platform("points", raw))


USED = [
    {"at": "2026-06-01T09:00:00+08:00", "kind": "grant", "amount": 30_000, "balance_after": 30_000},
    {"at": "2026-06-02T09:00:00+08:00", "kind": "use", "amount": -13_500, "balance_after": 16_500},
]


def test_working_days_left_skip_weekends_and_holidays() -> None:
    view = view_deadline(DeadlineName.PAYMENT_DUE_BY, date(2026, 6, 22), date(2026, 6, 17), CAL)
    # Thu 18 counts, Fri 19 is a holiday, Sat/Sun do not count, Mon 22 counts
    assert view.working_days_left == 2
    assert view.days_left == 5
    assert view.weekday == 0
    assert not view.passed
    passed = view_deadline(DeadlineName.PAYMENT_DUE_BY, date(2026, 6, 16), date(2026, 6, 17), CAL)
    assert passed.passed
    assert passed.working_days_left == -1


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        ("awaiting_vendor", (DeadlineName.VENDOR_CONFIRM_BY,)),
        ("awaiting_payment", (DeadlineName.PAYMENT_DUE_BY,)),
        ("awaiting_invoice", (DeadlineName.INVOICE_DUE_BY, DeadlineName.SERVICE_START_BY)),
        ("awaiting_service", (DeadlineName.SERVICE_START_BY,)),
        ("in_service", ()),
        ("cancelled_by_system", ()),
        ("terminated", ()),
    ],
)
def test_open_deadlines_follow_the_status(status: str, expected: tuple[DeadlineName, ...]) -> None:
    assert open_deadlines(OrderStatus(status)) == expected


def test_order_deadlines_keep_past_steps_but_mark_them_closed() -> None:
    o = order(
        "awaiting_invoice",
        vendor_confirm_by="2026-06-03",
        payment_due_by="2026-06-05",
        invoice_due_by="2026-06-09",
        service_start_by="2026-06-16",
    )
    views = order_deadlines(o, date(2026, 6, 5), CAL)
    assert [v.name for v in views] == [
        DeadlineName.VENDOR_CONFIRM_BY,
        DeadlineName.PAYMENT_DUE_BY,
        DeadlineName.INVOICE_DUE_BY,
        DeadlineName.SERVICE_START_BY,
    ]
    assert [v.open for v in views] == [False, False, True, True]
    assert views[2].working_days_left == 2


def test_payment_comes_before_points_and_vendor_waits() -> None:
    today = date(2026, 6, 3)
    waiting = order("awaiting_vendor", "20260601090000000001", vendor_confirm_by="2026-06-04")
    paying = order("awaiting_payment", "20260601090000000002", payment_due_by="2026-06-05")
    action = next_action([waiting, paying], points(), today, CAL)
    assert action.kind is ActionKind.PAY
    assert action.order_id == paying.id
    assert action.deadline is not None
    assert action.deadline.due == date(2026, 6, 5)
    # without a payment due, the unused points' first-use deadline comes first
    action = next_action([waiting], points(), today, CAL)
    assert action.kind is ActionKind.FIRST_USE
    # once points are used, the vendor's deadline is what remains
    action = next_action([waiting], points(16_500, USED), today, CAL)
    assert action.kind is ActionKind.WAIT_VENDOR
    assert action.order_id == waiting.id


def test_next_action_for_reapply_expiry_and_nothing() -> None:
    gone = points(0, can_reapply=True, earliest_expiry=None)
    assert next_action([], gone, date(2026, 7, 2), CAL).kind is ActionKind.REAPPLY
    expiring = next_action([], points(16_500, USED), date(2026, 8, 26), CAL)
    assert expiring.kind is ActionKind.USE_BEFORE_EXPIRY
    assert next_action([], points(16_500, USED), date(2026, 8, 1), CAL).kind is ActionKind.BROWSE
    assert next_action([], None, date(2026, 8, 1), CAL).kind is ActionKind.BROWSE


def test_points_warnings_start_seven_days_before_each_deadline() -> None:
    unused = points()
    assert not points_deadlines_view(unused, date(2026, 6, 23), CAL).warn_first_use
    state = points_deadlines_view(unused, date(2026, 6, 24), CAL)
    assert state.warn_first_use
    assert not state.warn_expiry
    used = points(16_500, USED)
    state = points_deadlines_view(used, date(2026, 6, 24), CAL)
    assert state.first_use_met
    assert not state.warn_first_use
    assert not points_deadlines_view(used, date(2026, 8, 24), CAL).warn_expiry
    assert points_deadlines_view(used, date(2026, 8, 25), CAL).warn_expiry
    assert points_deadlines_view(used, date(2026, 9, 1), CAL).warn_expiry
    # nothing to warn about when nothing is held
    assert not points_deadlines_view(points(0), date(2026, 8, 30), CAL).warn_expiry


def test_reminders_within_one_working_day_and_seven_days() -> None:
    o = order("awaiting_payment", payment_due_by="2026-06-22")  # a Monday
    # Wednesday 17th: 2 working days left (Thu, Mon) → nothing yet
    assert due_reminders([o], points(16_500, USED), date(2026, 6, 17), CAL) == []
    # Thursday 18th: holiday and weekend in between → 1 working day left
    reminders = due_reminders([o], points(16_500, USED), date(2026, 6, 18), CAL)
    assert [r.key for r in reminders] == [f"order:{o.id}:payment_due_by:2026-06-22"]
    # the day after the deadline: no reminder (the platform cancels)
    assert due_reminders([o], None, date(2026, 6, 23), CAL) == []
    reminders = due_reminders([], points(16_500, USED), date(2026, 8, 25), CAL)
    assert [r.key for r in reminders] == ["points:expiry:2026-09-01"]
    assert reminders[0].points == 16_500
    both = due_reminders([], points(), date(2026, 6, 24), CAL)
    assert [r.key for r in both] == ["points:first_use:2026-07-01"]


def test_use_counts_only_since_the_latest_grant() -> None:
    regranted = [
        *USED,
        {
            "at": "2026-07-02T00:00:00+08:00",
            "kind": "unused_return",
            "amount": -16_500,
            "balance_after": 0,
        },
        {
            "at": "2026-07-03T09:00:00+08:00",
            "kind": "grant",
            "amount": 30_000,
            "balance_after": 30_000,
        },
    ]
    entries = points(30_000, regranted).ledger
    assert not any_points_used(entries)
    assert any_points_used(entries[:2])


def test_a_released_order_leaves_the_first_use_deadline_running() -> None:
    """002 七(三): an order cancelled before it was paid spent no point (its points came back)."""
    order_id = "20260602090000000001"
    placed = {"order_id": order_id, "at": "2026-06-02T09:00:00+08:00"}
    ledger = [
        {**USED[0]},
        {**USED[1], **placed},
        {
            **placed,
            "at": "2026-06-05T00:00:00+08:00",
            "kind": "release",
            "amount": 13_500,
            "balance_after": 30_000,
        },
    ]
    state = points_deadlines_view(points(30_000, ledger), date(2026, 6, 24), CAL)
    assert not state.first_use_met
    assert state.first_use is not None
    assert state.first_use.open
    assert state.warn_first_use
    held = points_deadlines_view(points(16_500, ledger[:2]), date(2026, 6, 24), CAL)
    assert held.first_use_met


@given(st.lists(st.tuples(st.booleans(), st.integers(0, 10_000)), max_size=20))
def test_unread_first_keeps_every_notification(items: list[tuple[bool, int]]) -> None:
    raw = [
        {
            "id": str(i),
            "at": f"2026-06-01T09:{minute % 60:02d}:{minute // 60 % 60:02d}+08:00",
            "kind": "order_status",
            "title": "t",
            "body": "b",
            "order_id": None,
            "read": read,
        }
        for i, (read, minute) in enumerate(items)
    ]
    page = like_platform("notifications", {"items": raw, "total": len(raw)})
    notes = Page.parse(page, "notifications", Notification.parse).items
    ordered = unread_first(notes)
    assert sorted(n.id for n in ordered) == sorted(n.id for n in notes)
    flags = [n.read for n in ordered]
    assert flags == sorted(flags), "unread (False) before read (True)"


def _with_history(status: str, *earlier: str, **deadlines: str) -> Order:
    return order(status, earlier=earlier, **deadlines)


def _outcomes(made: Order, today: date) -> dict[DeadlineName, DeadlineOutcome]:
    return {
        view.name: order_deadline_outcome(made, view) for view in order_deadlines(made, today, CAL)
    }


def test_a_confirmed_order_has_met_its_vendor_deadline_even_a_month_later() -> None:
    made = _with_history(
        "in_service",
        "awaiting_vendor",
        "awaiting_payment",
        "awaiting_invoice",
        "awaiting_service",
        vendor_confirm_by="2026-06-03",
        payment_due_by="2026-06-05",
        invoice_due_by="2026-06-09",
        service_start_by="2026-06-12",
    )
    outcomes = _outcomes(made, date(2026, 7, 20))
    assert set(outcomes.values()) == {DeadlineOutcome.MET}
    assert due_reminders([made], None, date(2026, 6, 3), CAL) == []


def test_a_system_cancellation_names_the_missed_deadline() -> None:
    made = _with_history(
        "cancelled_by_system",
        "awaiting_vendor",
        "awaiting_payment",
        vendor_confirm_by="2026-06-03",
        payment_due_by="2026-06-05",
    )
    outcomes = _outcomes(made, date(2026, 6, 8))
    assert outcomes[DeadlineName.VENDOR_CONFIRM_BY] is DeadlineOutcome.MET
    assert outcomes[DeadlineName.PAYMENT_DUE_BY] is DeadlineOutcome.MISSED
    missed = missed_deadline(made, date(2026, 6, 8), CAL)
    assert missed is not None
    assert missed.name is DeadlineName.PAYMENT_DUE_BY


def test_running_and_overdue_while_open() -> None:
    made = order("awaiting_vendor", vendor_confirm_by="2026-06-03")
    assert _outcomes(made, date(2026, 6, 3)) == {
        DeadlineName.VENDOR_CONFIRM_BY: DeadlineOutcome.RUNNING
    }
    assert _outcomes(made, date(2026, 6, 4)) == {
        DeadlineName.VENDOR_CONFIRM_BY: DeadlineOutcome.OVERDUE
    }


def test_points_deadlines_met_missed_and_moot() -> None:
    used = points_deadlines_view(points(16_500, USED), date(2026, 7, 10), CAL)
    assert used.first_use_outcome is DeadlineOutcome.MET, "used in time: met, not overdue"
    assert used.expiry_outcome is DeadlineOutcome.RUNNING
    spent = [*USED[:1], {**USED[1], "amount": -30000, "balance_after": 0}]
    all_used = points_deadlines_view(points(0, spent), date(2026, 9, 10), CAL)
    assert all_used.expiry_outcome is DeadlineOutcome.MET
    returned = [
        USED[0],
        {
            "at": "2026-07-02T00:00:00+08:00",
            "kind": "unused_return",
            "amount": -30_000,
            "balance_after": 0,
        },
    ]
    unused = points_deadlines_view(points(0, returned), date(2026, 7, 3), CAL)
    assert unused.first_use_outcome is DeadlineOutcome.MISSED
    assert unused.expiry_outcome is DeadlineOutcome.NOT_APPLICABLE
    reclaimed = [
        *USED,
        {
            "at": "2026-09-02T00:00:00+08:00",
            "kind": "reclaim",
            "amount": -16500,
            "balance_after": 0,
        },
    ]
    late = points_deadlines_view(points(0, reclaimed), date(2026, 9, 3), CAL)
    assert late.first_use_outcome is DeadlineOutcome.MET
    assert late.expiry_outcome is DeadlineOutcome.MISSED
    assert late.expiry is not None
    assert late.expiry.due == date(2026, 9, 1), "the day before the reclaim ran"


def test_a_recent_system_cancellation_leads_the_next_action_for_a_week() -> None:
    made = _with_history(
        "cancelled_by_system",
        "awaiting_vendor",
        "awaiting_payment",
        vendor_confirm_by="2026-06-03",
        payment_due_by="2026-06-05",
    )
    action = next_action([made], None, date(2026, 6, 8), CAL)
    assert action.kind is ActionKind.MISSED
    assert action.order_id == made.id
    assert action.deadline is not None
    assert action.deadline.name is DeadlineName.PAYMENT_DUE_BY
    assert next_action([made], None, date(2026, 6, 13), CAL).kind is ActionKind.BROWSE
