from datetime import date

import pytest
from hypothesis import given
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
