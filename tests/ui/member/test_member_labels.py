"""Display texts: keyed by the enums, reading as the platform's words; every table is complete."""

from __future__ import annotations

from datetime import date

from app.flows.member_deadlines import ActionKind, DeadlineName, view_deadline
from app.subsidy import ORDER_STATUS_LABELS, OrderStatus, Pavilion, WorkCalendar
from ui.member import labels


def test_status_names_read_as_the_platform_says_them() -> None:
    assert {s: str(t) for s, t in labels.STATUS_TEXT.items()} == dict(ORDER_STATUS_LABELS)
    assert set(labels.STATUS_TEXT) == set(OrderStatus)
    assert {s: labels.status_text(s) for s in OrderStatus} == dict(ORDER_STATUS_LABELS)


def test_every_name_has_a_text() -> None:
    assert set(labels.DEADLINE_TEXT) == set(DeadlineName)
    assert set(labels.ACTION_TEXT) == set(ActionKind)
    assert set(labels.PAVILION_TEXT) == set(Pavilion)


def test_dates_and_countdowns_read_well() -> None:
    assert labels.day_text(date(2026, 6, 22)) == "2026-06-22（115年6月22日，週一）"
    calendar = WorkCalendar.taiwan()
    due = view_deadline(DeadlineName.PAYMENT_DUE_BY, date(2026, 6, 3), date(2026, 6, 1), calendar)
    assert labels.countdown_text(due) == "還有 2 個工作天"
    today = view_deadline(DeadlineName.PAYMENT_DUE_BY, date(2026, 6, 3), date(2026, 6, 3), calendar)
    assert labels.countdown_text(today) == "今天截止"
    late = view_deadline(DeadlineName.PAYMENT_DUE_BY, date(2026, 6, 3), date(2026, 6, 5), calendar)
    assert labels.countdown_text(late) == "已逾期 2 天"
    assert labels.money_text(1234567) == "NT$1,234,567"
    assert labels.points_amount(30000) == "30,000 點"


def test_one_day_reads_as_one_day_in_english(language: str) -> None:
    """A countdown of one (day or working day) has a text of its own: "1 day", not "1 days"."""
    calendar = WorkCalendar.taiwan()
    due = date(2026, 6, 3)  # a Wednesday
    one_left = view_deadline(DeadlineName.PAYMENT_DUE_BY, due, date(2026, 6, 2), calendar)
    one_late = view_deadline(DeadlineName.PAYMENT_DUE_BY, due, date(2026, 6, 4), calendar)
    expected = {
        "zh_TW": ("還有 1 個工作天", "已逾期 1 天"),
        "en": ("1 working day left", "1 day overdue"),
    }[language]
    assert (labels.countdown_text(one_left), labels.countdown_text(one_late)) == expected
