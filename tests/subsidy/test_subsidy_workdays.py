from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.subsidy import CalendarOverrides, WorkCalendar

TW = WorkCalendar.taiwan()


def test_taiwan_calendar_is_cached() -> None:
    assert WorkCalendar.taiwan() is TW


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (date(2025, 1, 24), True),  # Friday before Lunar New Year
        (date(2025, 1, 27), False),  # bridge day off
        (date(2025, 1, 29), False),  # 春節
        (date(2025, 2, 8), True),  # Saturday make-up workday (補班) from the override file
        (date(2025, 2, 9), False),  # Sunday
        (date(2026, 2, 20), False),  # observed New Year's Eve
        (date(2026, 2, 27), False),  # observed Peace Memorial Day
        (date(2026, 10, 9), False),  # observed National Day
        (date(2026, 11, 20), True),
        (date(2026, 11, 21), False),  # Saturday
    ],
)
def test_taiwan_working_days(day: date, working: bool) -> None:
    assert TW.is_working_day(day) is working


def test_add_working_days_skips_lunar_new_year() -> None:
    assert TW.add_working_days(date(2025, 1, 24), 2) == date(2025, 2, 4)
    assert TW.add_working_days(date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert TW.add_working_days(date(2026, 2, 13), 0) == date(2026, 2, 13)


def test_working_days_between_counts_after_start_up_to_end() -> None:
    assert TW.working_days_between(date(2026, 11, 16), date(2026, 11, 20)) == 4
    assert TW.working_days_between(date(2026, 11, 20), date(2026, 11, 23)) == 1
    assert TW.working_days_between(date(2026, 11, 20), date(2026, 11, 20)) == 0
    assert TW.working_days_between(date(2026, 11, 20), date(2026, 11, 16)) == -4


def test_overrides_win_over_weekends_and_holidays() -> None:
    holiday = date(2026, 6, 19)
    calendar = WorkCalendar(
        {holiday},
        CalendarOverrides(days_off=frozenset({date(2026, 6, 22)}), workdays=frozenset({holiday})),
    )
    assert calendar.is_working_day(holiday)
    assert not calendar.is_working_day(date(2026, 6, 22))


def test_overrides_parse_and_reject_bad_files() -> None:
    parsed = CalendarOverrides.from_json('{"days_off": ["2026-01-02"], "workdays": []}')
    assert parsed.days_off == frozenset({date(2026, 1, 2)})
    for text in ("[]", "{", '{"days_off": "2026-01-02"}', '{"workdays": ["2026-13-01"]}'):
        with pytest.raises(ValueError, match="calendar overrides"):
            CalendarOverrides.from_json(text)


def test_bad_arguments_are_value_errors() -> None:
    with pytest.raises(ValueError, match="n must be at least 0"):
        TW.add_working_days(date(2026, 1, 1), -1)
    with pytest.raises(ValueError, match="d must be a date"):
        TW.is_working_day("2026-01-01")  # type: ignore[arg-type]


@given(st.dates(min_value=date(2024, 1, 1), max_value=date(2027, 12, 31)), st.integers(0, 40))
def test_add_and_count_agree(d: date, n: int) -> None:
    later = TW.add_working_days(d, n)
    assert TW.working_days_between(d, later) == n
    assert TW.working_days_between(later, d) == -n
    if n:
        assert TW.is_working_day(later)
        assert TW.working_days_between(d, later - timedelta(days=1)) == n - 1


@given(
    st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31)),
    st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31)),
)
def test_counting_across_years_equals_a_day_by_day_walk(start: date, end: date) -> None:
    low, high = sorted((start, end))
    walked = sum(
        TW.is_working_day(low + timedelta(days=offset))
        for offset in range(1, (high - low).days + 1)
    )
    assert TW.working_days_between(low, high) == walked
    assert TW.working_days_between(high, low) == -walked


def test_concurrent_first_lookups_agree_with_sequential_ones() -> None:
    from concurrent.futures import ThreadPoolExecutor

    from app.subsidy.workdays import _taiwan_calendar

    days = [
        date(year, 1, 1) + timedelta(days=offset)
        for year in range(2030, 2060)
        for offset in range(0, 60, 3)
    ]
    expected = [_taiwan_calendar.__wrapped__().is_working_day(d) for d in days]
    for _ in range(3):
        fresh = _taiwan_calendar.__wrapped__()  # a calendar with no year loaded yet
        with ThreadPoolExecutor(max_workers=8) as pool:
            assert list(pool.map(fresh.is_working_day, days)) == expected
