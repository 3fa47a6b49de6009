from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.subsidy import (
    CalendarOverrides,
    Pavilion,
    ReturnedPoints,
    WorkCalendar,
    add_months,
    applications_open,
    can_reapply,
    current_year_programme,
    earliest_expiry,
    expiring_soon,
    grant_pavilion,
    points_cap,
    points_cover,
    points_deadlines,
    points_returnable,
    points_usable,
    points_used_since_grant,
    ratio_label,
    reclaim_due,
    reclaimable,
    returned_points_valid_until,
    seed_programme,
    split_payment,
    still_valid_returns,
    unused_return_due,
)

# Weekends only: keeps working-day arithmetic in these tests independent of holiday data.
WEEKENDS_ONLY = WorkCalendar(frozenset(), CalendarOverrides())
PROGRAMME = current_year_programme(date(2026, 1, 5))
GENERAL = PROGRAMME.terms(Pavilion.GENERAL)
INDUSTRY = PROGRAMME.terms(Pavilion.INDUSTRY)


@pytest.mark.parametrize(
    ("pavilion", "cap", "share", "label"),
    [
        (Pavilion.GENERAL, 30_000, Fraction(1, 2), "1:1"),
        (Pavilion.COMMERCE, 30_000, Fraction(1, 2), "1:1"),
        (Pavilion.MICRO, 30_000, Fraction(1, 2), "1:1"),
        (Pavilion.AGRICULTURE, 30_000, Fraction(1, 2), "1:1"),
        (Pavilion.INDUSTRY, 200_000, Fraction(1, 3), "2:1"),
    ],
)
def test_pavilion_terms(pavilion: Pavilion, cap: int, share: Fraction, label: str) -> None:
    assert points_cap(pavilion, PROGRAMME) == cap
    assert PROGRAMME.terms(pavilion).share_of_price == share
    assert ratio_label(pavilion, PROGRAMME) == label
    assert points_cap(pavilion.value, PROGRAMME) == cap


def test_unknown_pavilion_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="unknown pavilion"):
        points_cap("museum", PROGRAMME)


@pytest.mark.parametrize(
    ("price", "available", "pavilion", "points", "self_pay"),
    [
        (60_000, 30_000, "general", 30_000, 30_000),
        (100_000, 30_000, "general", 30_000, 70_000),
        (600_000, 200_000, "industry", 200_000, 400_000),
        (12_345, 30_000, "commerce", 6_172, 6_173),
        (10_000, 30_000, "industry", 3_333, 6_667),
        (10_000, 0, "general", 0, 10_000),
        (0, 30_000, "general", 0, 0),
    ],
)
def test_split_payment_examples(
    price: int, available: int, pavilion: str, points: int, self_pay: int
) -> None:
    split = split_payment(price, available, PROGRAMME.terms(pavilion))
    assert (split.points, split.self_pay) == (points, self_pay)


@pytest.mark.parametrize(
    ("price", "available"), [(-1, 10), (10, -1), (True, 10), ("100", 10), (1.5, 10)]
)
def test_split_payment_refuses_nonsense(price: object, available: object) -> None:
    with pytest.raises(ValueError, match="must be"):
        split_payment(price, available, GENERAL)  # type: ignore[arg-type]


@given(
    price=st.integers(0, 10**9),
    available=st.integers(0, 10**6),
    pavilion=st.sampled_from(list(Pavilion)),
)
def test_split_payment_invariants(price: int, available: int, pavilion: Pavilion) -> None:
    split = split_payment(price, available, PROGRAMME.terms(pavilion))
    share = PROGRAMME.terms(pavilion).share_of_price
    assert split.points + split.self_pay == price
    assert 0 <= split.points <= available
    # Points never exceed the pavilion's share of the price.
    assert split.points * share.denominator <= price * share.numerator
    # The applicant always pays at least the ratio's self-pay part (1:1 or 2:1).
    assert split.self_pay * share.numerator >= split.points * (share.denominator - share.numerator)
    if available >= price * share:
        assert split.points == int(price * share)


def test_points_deadlines_clamp_to_month_end_like_the_seed() -> None:
    deadlines = points_deadlines(date(2023, 1, 31), GENERAL)
    assert deadlines.first_use_by == date(2023, 2, 28)
    assert deadlines.expires_on == date(2023, 4, 30)
    assert points_deadlines(date(2024, 11, 30), GENERAL).expires_on == date(2025, 2, 28)
    assert points_deadlines(date(2023, 11, 30), GENERAL).first_use_by == date(2023, 12, 30)


def test_add_months_examples() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 12, 15), 1) == date(2024, 1, 15)
    assert add_months(date(2023, 3, 31), -1) == date(2023, 2, 28)
    with pytest.raises(ValueError, match="supported years"):
        add_months(date(9999, 12, 1), 1)


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 1, 1)), st.integers(0, 600))
def test_add_months_properties(d: date, n: int) -> None:
    result = add_months(d, n)
    assert (result.year * 12 + result.month) - (d.year * 12 + d.month) == n
    assert result.day <= d.day
    assert result.day == d.day or (result + timedelta(days=1)).day == 1


def test_unused_return_and_reclaim_are_due_the_day_after_the_deadline() -> None:
    granted = date(2026, 1, 15)
    assert not unused_return_due(granted, date(2026, 2, 15), False, GENERAL)
    assert unused_return_due(granted, date(2026, 2, 16), False, GENERAL)
    assert not unused_return_due(granted, date(2026, 3, 1), True, GENERAL)
    assert not reclaim_due(granted, date(2026, 4, 15), GENERAL)
    assert reclaim_due(granted, date(2026, 4, 16), GENERAL)
    # 工業館 (seed 004) has no 1-month rule: untouched points are never sent back early.
    assert not unused_return_due(granted, date(2026, 4, 15), False, INDUSTRY)


def test_can_reapply_after_every_unused_return_never_after_a_reclaim() -> None:
    # 002 七(三) sets no limit on re-opening; 七(四) forbids it after a reclaim.
    assert can_reapply(returned_unused=True, ever_reclaimed=False, applications_are_open=True)
    assert not can_reapply(returned_unused=True, ever_reclaimed=True, applications_are_open=True)
    assert not can_reapply(returned_unused=False, ever_reclaimed=False, applications_are_open=True)
    assert not can_reapply(returned_unused=True, ever_reclaimed=False, applications_are_open=False)


def test_expiring_soon() -> None:
    expires = date(2026, 3, 10)
    assert expiring_soon(expires, date(2026, 3, 3))
    assert not expiring_soon(expires, date(2026, 3, 2))
    assert expiring_soon(expires, date(2026, 3, 10))
    assert not expiring_soon(expires, date(2026, 3, 11))
    assert expiring_soon(expires, date(2026, 3, 1), days=9)
    with pytest.raises(ValueError, match="days must be at least 0"):
        expiring_soon(expires, date(2026, 3, 1), days=-1)


def test_returned_points_take_the_later_validity() -> None:
    granted = date(2026, 1, 5)  # expires 2026-04-05 (a Sunday)

    # Early return: the original three months are later.
    def valid(returned: date) -> date:
        return returned_points_valid_until(granted, returned, GENERAL, PROGRAMME, WEEKENDS_ONLY)

    assert valid(date(2026, 2, 2)) == date(2026, 4, 5)
    # Return on Thursday 2026-04-02: 5 working days later is Thursday 2026-04-09.
    assert valid(date(2026, 4, 2)) == date(2026, 4, 9)
    with pytest.raises(ValueError, match="before they were granted"):
        valid(date(2026, 1, 4))


def test_returned_points_use_the_taiwan_calendar_by_default() -> None:
    # 2026-04-02 (Thu) then 4/3–4/6 are holidays: 4/7, 4/8, 4/9, 4/10, 4/13.
    assert returned_points_valid_until(
        date(2026, 1, 5), date(2026, 4, 2), GENERAL, PROGRAMME
    ) == date(2026, 4, 13)


def test_points_are_not_returned_after_programme_end_or_budget() -> None:
    on = date(2026, 6, 30)
    assert points_returnable(on, PROGRAMME.with_settings(ends_on=date(2026, 12, 31)))
    assert points_returnable(on, PROGRAMME.with_settings(ends_on=on))
    assert not points_returnable(on, PROGRAMME.with_settings(ends_on=date(2026, 6, 29)))
    assert not points_returnable(on, PROGRAMME.with_settings(budget_exhausted=True))


def test_grants_cover_their_own_pavilions() -> None:
    assert grant_pavilion("commerce") is Pavilion.GENERAL
    assert grant_pavilion(Pavilion.INDUSTRY) is Pavilion.INDUSTRY
    for pavilion in Pavilion:
        industry = pavilion is Pavilion.INDUSTRY
        assert points_cover(Pavilion.GENERAL, pavilion) is not industry
        assert points_cover(Pavilion.INDUSTRY, pavilion) is industry


def test_industry_points_follow_the_programmes_use_by_date() -> None:
    # Seed 004 註4: 110年 工業館 points must be used by 110年8月30日, however late granted.
    terms = seed_programme("110").terms(Pavilion.INDUSTRY)
    deadlines = points_deadlines(date(2021, 7, 1), terms)
    assert deadlines == type(deadlines)(first_use_by=None, expires_on=date(2021, 8, 30))


def test_applications_and_use_follow_the_programme_period_and_budget() -> None:
    programme = seed_programme("111")  # opens 111年1月3日, ends 111年底
    assert not applications_open(programme, date(2022, 1, 2))
    assert applications_open(programme, date(2022, 1, 3))
    assert applications_open(programme, date(2022, 12, 31))
    assert not applications_open(programme, date(2023, 1, 1))
    assert not applications_open(programme.with_settings(budget_exhausted=True), date(2022, 6, 1))
    closed = programme.with_settings(applications_open_until=date(2022, 6, 30))
    assert not applications_open(closed, date(2022, 7, 1))
    # An exhausted budget stops applications, not the use of points already granted.
    assert points_usable(programme.with_settings(budget_exhausted=True), date(2022, 6, 1))
    assert not points_usable(programme, date(2023, 1, 1))


DAY = date(2026, 3, 2)
NOT_A_DATE = "2026-03-02"


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: applications_open(PROGRAMME, NOT_A_DATE), "today"),
        (lambda: earliest_expiry("1", None, [], DAY), "balance"),
        (lambda: earliest_expiry(1, None, [], NOT_A_DATE), "today"),
        (lambda: expiring_soon(NOT_A_DATE, DAY), "expires_on"),
        (lambda: expiring_soon(DAY, NOT_A_DATE), "today"),
        (lambda: points_deadlines(NOT_A_DATE, GENERAL), "granted_on"),
        (lambda: points_returnable(NOT_A_DATE, PROGRAMME), "returned_on"),
        (lambda: points_usable(PROGRAMME, NOT_A_DATE), "today"),
        (lambda: reclaim_due(DAY, NOT_A_DATE, GENERAL), "today"),
        (lambda: reclaimable("1", [], DAY), "balance"),
        (lambda: returned_points_valid_until(NOT_A_DATE, DAY, GENERAL, PROGRAMME), "granted_on"),
        (lambda: returned_points_valid_until(DAY, NOT_A_DATE, GENERAL, PROGRAMME), "returned_on"),
        (lambda: split_payment("1", 0, GENERAL), "price"),
        (lambda: split_payment(1, "0", GENERAL), "points_available"),
        (lambda: still_valid_returns([], NOT_A_DATE), "day"),
        (lambda: unused_return_due(DAY, NOT_A_DATE, False, GENERAL), "today"),
    ],
)
def test_a_refused_argument_is_named(call: Callable[[], object], argument: str) -> None:
    with pytest.raises(ValueError, match=f"^{argument} must be "):
        call()


def test_points_deadlines_need_a_validity_or_a_use_by() -> None:
    terms = replace(GENERAL, validity_months=None, use_by=None)
    with pytest.raises(ValueError, match=r"^pavilion general has neither a validity nor a use-by$"):
        points_deadlines(DAY, terms)


def test_points_may_come_back_on_the_day_they_were_granted() -> None:
    """002 七(七): the later of the grant's validity and 5 working days after the return."""
    assert returned_points_valid_until(DAY, DAY, GENERAL, PROGRAMME, WEEKENDS_ONLY) == date(
        2026, 6, 2
    )
    with pytest.raises(ValueError, match=r"^points cannot be returned before they were granted$"):
        returned_points_valid_until(DAY, DAY - timedelta(days=1), GENERAL, PROGRAMME)


def test_points_are_usable_on_the_programmes_last_day() -> None:
    assert points_usable(PROGRAMME, PROGRAMME.ends_on) is True
    assert points_usable(PROGRAMME, PROGRAMME.ends_on + timedelta(days=1)) is False


def test_returned_points_are_still_valid_on_their_last_day() -> None:
    returns = [ReturnedPoints(300, DAY), ReturnedPoints(50, DAY - timedelta(days=1))]
    assert still_valid_returns(returns, DAY) == 300
    assert reclaimable(1_000, returns, DAY) == 700


def test_earliest_expiry_on_the_last_days() -> None:
    """Even a single point expires with the grant; returned points last through their own day."""
    expires = date(2026, 6, 2)
    returned = [ReturnedPoints(5, date(2026, 6, 9)), ReturnedPoints(5, date(2026, 6, 12))]
    assert earliest_expiry(1, expires, [], expires) == expires
    assert earliest_expiry(10, expires, returned, date(2026, 6, 3)) == date(2026, 6, 9)
    assert earliest_expiry(10, expires, returned, date(2026, 6, 9)) == date(2026, 6, 9)
    assert earliest_expiry(10, expires, returned, date(2026, 6, 10)) == date(2026, 6, 12)
    assert earliest_expiry(0, expires, returned, DAY) is None
    assert earliest_expiry(10, None, returned, DAY) is None


def test_points_are_a_whole_share_of_the_price_for_any_ratio() -> None:
    """A programme's ratio may be other than 1 : 1 or 2 : 1; the share rounds down."""
    two_thirds = replace(GENERAL, self_pay_share=1, points_share=2)
    split = split_payment(1_000, 10_000, two_thirds)
    assert (split.points, split.self_pay) == (666, 334)
    assert type(split.points) is int


def test_only_points_still_spent_since_the_latest_grant_count_as_used() -> None:
    """002 七(三) "完全未使用任何點數": a released order (cancelled before payment) used none."""
    assert not points_used_since_grant([])
    assert not points_used_since_grant([("grant", None), ("use", "A"), ("release", "A")])
    assert points_used_since_grant([("grant", None), ("use", "A"), ("release", "A"), ("use", "B")])
    assert points_used_since_grant([("grant", None), ("use", "A"), ("release", "B")])
    # a termination returns points of a service that ran: the use stands
    assert points_used_since_grant([("grant", None), ("use", "A"), ("return", "A")])
    # a new grant starts afresh; a release never makes up for a use of another grant
    assert not points_used_since_grant([("use", "A"), ("grant", None), ("release", "A")])
    assert points_used_since_grant([("grant", None), ("use", None)])
