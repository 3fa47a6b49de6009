import math
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.subsidy import months_used, service_end, settle_termination

SEED_START = date(2023, 6, 1)


def test_seed_example_before_half_refunds_self_pay_and_points() -> None:
    settlement = settle_termination(6, 30_000, 30_000, SEED_START, date(2023, 7, 15))
    assert settlement.used_months == 2
    assert not settlement.half_reached
    assert settlement.self_pay_refund == 20_000
    assert settlement.points_returned == 20_000


def test_seed_example_after_half_returns_points_only() -> None:
    settlement = settle_termination(6, 30_000, 30_000, SEED_START, date(2023, 10, 15))
    assert settlement.used_months == 5
    assert settlement.half_reached
    assert settlement.self_pay_refund == 0
    assert settlement.points_returned == 5_000


def test_service_end_matches_seed_term() -> None:
    assert service_end(SEED_START, 6) == date(2023, 12, 1)
    assert service_end(date(2024, 1, 31), 1) == date(2024, 2, 29)


@pytest.mark.parametrize(
    ("start", "on", "used"),
    [
        (date(2023, 6, 1), date(2023, 6, 1), 0),
        (date(2023, 6, 1), date(2023, 5, 20), 0),
        (date(2023, 6, 1), date(2023, 6, 2), 1),
        (date(2023, 6, 1), date(2023, 7, 1), 1),
        (date(2023, 6, 1), date(2023, 7, 2), 2),
        (date(2023, 6, 15), date(2023, 8, 10), 2),
        (date(2023, 1, 31), date(2023, 2, 28), 1),
        (date(2023, 1, 31), date(2023, 3, 1), 2),
        (date(2023, 3, 31), date(2023, 4, 1), 1),
    ],
)
def test_months_used(start: date, on: date, used: int) -> None:
    assert months_used(start, on) == used


def test_exactly_half_counts_as_half_reached() -> None:
    # 2 months from 2023-01-01: 59 days; 2023-01-30 is 29 days in (58 < 59), 01-31 is 30 days.
    assert not settle_termination(2, 1_000, 1_000, date(2023, 1, 1), date(2023, 1, 30)).half_reached
    assert settle_termination(2, 1_000, 1_000, date(2023, 1, 1), date(2023, 1, 31)).half_reached


def test_termination_on_the_start_day_refunds_everything() -> None:
    settlement = settle_termination(12, 50_000, 30_000, date(2026, 3, 1), date(2026, 3, 1))
    assert (settlement.used_months, settlement.half_reached) == (0, False)
    assert (settlement.self_pay_refund, settlement.points_returned) == (50_000, 30_000)


def test_termination_before_the_start_is_refused() -> None:
    with pytest.raises(ValueError, match="before the service start"):
        settle_termination(12, 50_000, 30_000, date(2026, 3, 1), date(2026, 2, 20))
    assert months_used(date(2026, 3, 1), date(2026, 2, 20)) == 0


def test_termination_after_the_term_returns_nothing() -> None:
    settlement = settle_termination(4, 20_000, 20_000, date(2026, 1, 1), date(2026, 8, 1))
    assert settlement.used_months == 4
    assert (settlement.self_pay_refund, settlement.points_returned) == (0, 0)


@pytest.mark.parametrize(
    ("term", "self_pay", "points"), [(0, 1, 1), (-3, 1, 1), (6, -1, 0), (6, 0, -1), (6, "1", 0)]
)
def test_settlement_refuses_nonsense(term: int, self_pay: object, points: int) -> None:
    with pytest.raises(ValueError, match="must be"):
        settle_termination(term, self_pay, points, SEED_START, date(2023, 7, 1))  # type: ignore[arg-type]


@given(
    term=st.integers(1, 36),
    self_pay=st.integers(0, 10**7),
    points=st.integers(0, 200_000),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    day_a=st.integers(0, 1200),
    day_b=st.integers(0, 1200),
)
def test_settlement_invariants(
    term: int, self_pay: int, points: int, start: date, day_a: int, day_b: int
) -> None:
    first, later = sorted((day_a, day_b))
    a = settle_termination(
        term, self_pay, points, start, start.fromordinal(start.toordinal() + first)
    )
    b = settle_termination(
        term, self_pay, points, start, start.fromordinal(start.toordinal() + later)
    )
    for s in (a, b):
        assert 0 <= s.self_pay_refund <= self_pay
        assert 0 <= s.points_returned <= points
        assert 0 <= s.used_months <= term
        assert s.self_pay_refund == 0 or not s.half_reached
    # Terminating later never gives more back.
    assert b.used_months >= a.used_months
    assert b.self_pay_refund <= a.self_pay_refund
    assert b.points_returned <= a.points_returned
    assert b.half_reached >= a.half_reached


@pytest.mark.parametrize(
    ("start", "term", "total_days"),
    [
        (date(2023, 3, 1), 3, 92),  # even: exactly half is a whole day (46)
        (date(2024, 2, 1), 2, 60),  # even, leap February: day 30
        (date(2023, 6, 1), 6, 183),  # odd: half falls between day 91 and day 92
        (date(2023, 1, 1), 2, 59),  # odd: between day 29 and day 30
    ],
)
def test_half_term_is_reached_on_the_first_day_at_or_past_half(
    start: date, term: int, total_days: int
) -> None:
    """002 七(六)2 已達二分之一（含）: exactly half counts as reached (>=, not >)."""
    assert (service_end(start, term) - start).days == total_days
    first_at_half = math.ceil(total_days / 2)
    before = settle_termination(term, 9_000, 9_000, start, start + timedelta(first_at_half - 1))
    at = settle_termination(term, 9_000, 9_000, start, start + timedelta(first_at_half))
    assert not before.half_reached
    assert before.self_pay_refund > 0
    assert at.half_reached
    assert at.self_pay_refund == 0


def reference_settlement(
    term: int, self_pay: int, points: int, start: date, on: date
) -> tuple[bool, int, int]:
    """The rule written with exact fractions: half reached, refund and points returned."""
    total = (service_end(start, term) - start).days
    elapsed = min((on - start).days, total)
    unused = Fraction(term - min(months_used(start, on), term), term)
    half_reached = Fraction(elapsed, total) >= Fraction(1, 2)
    refund = 0 if half_reached else math.floor(self_pay * unused)
    return half_reached, refund, math.floor(points * unused)


@given(
    term=st.integers(1, 36),
    self_pay=st.integers(1, 10**7),
    points=st.integers(1, 200_000),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    day=st.integers(0, 1200),
)
def test_refund_and_returned_points_round_down_to_whole_dollars_and_points(
    term: int, self_pay: int, points: int, start: date, day: int
) -> None:
    """Amounts that do not divide evenly by the term are rounded down (never up)."""
    on = start + timedelta(day)
    used = min(months_used(start, on), term)
    assume(used < term)
    assume((self_pay * (term - used)) % term or (points * (term - used)) % term)
    settlement = settle_termination(term, self_pay, points, start, on)
    half, refund, returned = reference_settlement(term, self_pay, points, start, on)
    assert settlement.half_reached == half
    assert settlement.self_pay_refund == refund
    assert settlement.points_returned == returned


def test_uneven_refund_examples() -> None:
    # 3-month plan, 10,000 + 10,000 points, ended in its first month: 2/3 come back.
    s = settle_termination(3, 10_000, 10_000, date(2026, 1, 1), date(2026, 1, 10))
    assert (s.used_months, s.self_pay_refund, s.points_returned) == (1, 6_666, 6_666)
    # 7-month plan after half: points only, 2/7 of 9,999 = 2,856.857… → 2,856.
    s = settle_termination(7, 5_000, 9_999, date(2026, 1, 1), date(2026, 5, 15))
    assert (s.used_months, s.half_reached) == (5, True)
    assert (s.self_pay_refund, s.points_returned) == (0, 2_856)
