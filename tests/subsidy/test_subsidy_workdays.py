import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.subsidy import CalendarOverrides, WorkCalendar
from app.subsidy.workdays import _MAX_STEPS, _taiwan_calendar

TW = WorkCalendar.taiwan()


@pytest.fixture
def tw() -> WorkCalendar:
    """A Taiwan calendar with nothing looked up yet: each answer is worked out afresh
    (``TW`` is shared and remembers what earlier tests asked)."""
    return _taiwan_calendar.__wrapped__()


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
def test_taiwan_working_days(tw: WorkCalendar, day: date, working: bool) -> None:
    assert tw.is_working_day(day) is working
    assert tw.is_working_day(day) is working  # and the same when remembered


def test_add_working_days_skips_lunar_new_year(tw: WorkCalendar) -> None:
    assert tw.add_working_days(date(2025, 1, 24), 2) == date(2025, 2, 4)
    assert tw.add_working_days(date(2026, 2, 13), 2) == date(2026, 2, 24)
    assert tw.add_working_days(date(2026, 2, 13), 0) == date(2026, 2, 13)


def test_working_days_between_counts_after_start_up_to_end(tw: WorkCalendar) -> None:
    assert tw.working_days_between(date(2026, 11, 16), date(2026, 11, 20)) == 4
    assert tw.working_days_between(date(2026, 11, 20), date(2026, 11, 23)) == 1
    assert tw.working_days_between(date(2026, 11, 20), date(2026, 11, 20)) == 0
    assert tw.working_days_between(date(2026, 11, 20), date(2026, 11, 16)) == -4


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


WEEKDAYS_ONLY = WorkCalendar(frozenset(), CalendarOverrides())


def test_weekends_and_holidays_are_the_days_off() -> None:
    holiday = date(2026, 6, 19)  # a Friday
    calendar = WorkCalendar(frozenset({holiday}), CalendarOverrides())
    week = [holiday + timedelta(days=n) for n in range(-4, 3)]  # Monday to Sunday
    assert [calendar.is_working_day(d) for d in week] == [True] * 4 + [False] * 3


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (date(2026, 1, 1), date(2026, 1, 2), 1),  # Thursday 1 January → Friday 2nd
        (date(2025, 12, 31), date(2026, 1, 1), 1),  # across the year's end
        (date(2024, 12, 31), date(2026, 12, 31), 522),  # 2025: 261, 2026: 261
        (date(2026, 3, 2), date(2026, 3, 9), 5),
    ],
)
def test_counting_working_days_from_scratch(start: date, end: date, count: int) -> None:
    """On a fresh calendar (weekends only off), including whole years in between."""
    assert WorkCalendar(frozenset(), CalendarOverrides()).working_days_between(start, end) == count
    assert WEEKDAYS_ONLY.working_days_between(start, end) == count


class NoWorkingDays:
    """A holiday list holding every day; it stops a walk that runs past the safety limit."""

    def __init__(self, except_on: date | None = None) -> None:
        self.except_on = except_on
        self.lookups = 0

    def __contains__(self, d: object) -> bool:
        self.lookups += 1
        if self.lookups > _MAX_STEPS + 10:
            raise AssertionError("the walk went past its safety limit")
        return d != self.except_on


def test_a_walk_for_working_days_stops_at_its_safety_limit() -> None:
    start = date(2026, 1, 1)
    with pytest.raises(ValueError, match=r"^no 1 working days found after 2026-01-01$"):
        WorkCalendar(NoWorkingDays(), CalendarOverrides()).add_working_days(start, 1)
    last = start + timedelta(days=_MAX_STEPS)  # the last day the walk may reach
    assert last.weekday() < 5
    lonely = WorkCalendar(NoWorkingDays(except_on=last), CalendarOverrides())
    assert lonely.add_working_days(start, 1) == last


def test_a_count_over_too_long_a_range_is_refused() -> None:
    start = date(2000, 1, 1)
    longest = start + timedelta(days=_MAX_STEPS)
    assert WEEKDAYS_ONLY.working_days_between(start, longest) > 0
    with pytest.raises(ValueError, match=r"^date range too long to count working days$"):
        WEEKDAYS_ONLY.working_days_between(start, longest + timedelta(days=1))


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda: WEEKDAYS_ONLY.add_working_days("2026-01-01", 1), "d"),  # type: ignore[arg-type]
        (lambda: WEEKDAYS_ONLY.working_days_between("2026-01-01", date(2026, 1, 2)), "start"),  # type: ignore[arg-type]
        (lambda: WEEKDAYS_ONLY.working_days_between(date(2026, 1, 1), "2026-01-02"), "end"),  # type: ignore[arg-type]
    ],
)
def test_a_refused_argument_is_named(call: Callable[[], object], argument: str) -> None:
    with pytest.raises(ValueError, match=rf"^{argument} must be a date"):
        call()


def test_overrides_name_what_is_wrong() -> None:
    assert CalendarOverrides.from_json("{}") == CalendarOverrides()
    for text, message in [
        ("[]", "calendar overrides must be a JSON object"),
        ('{"days_off": "2026-01-02"}', "calendar overrides: days_off must be a list of dates"),
        ('{"workdays": "2026-01-02"}', "calendar overrides: workdays must be a list of dates"),
        (
            '{"workdays": ["2026-13-01"]}',
            "calendar overrides: workdays has a bad date '2026-13-01'",
        ),
    ]:
        with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
            CalendarOverrides.from_json(text)
