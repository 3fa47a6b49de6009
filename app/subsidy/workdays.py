"""Taiwan working days: Monday to Friday minus public holidays, plus official overrides."""

from __future__ import annotations

import json
import threading
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from ._checks import require_date, require_int
from ._data import read_resource

# Safety limit for day-by-day walks; far beyond any deadline the rules use.
_MAX_STEPS = 366 * 20


@dataclass(frozen=True)
class CalendarOverrides:
    """The official government calendar's corrections to the ``holidays`` package."""

    days_off: frozenset[date] = field(default_factory=frozenset)
    workdays: frozenset[date] = field(default_factory=frozenset)

    @classmethod
    def from_json(cls, text: str) -> CalendarOverrides:
        """Parse ``{"days_off": ["YYYY-MM-DD", …], "workdays": [...]}``."""
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"calendar overrides are not valid JSON: {exc}") from None
        if not isinstance(raw, dict):
            raise ValueError("calendar overrides must be a JSON object")
        return cls(
            days_off=_parse_days(raw.get("days_off", []), "days_off"),
            workdays=_parse_days(raw.get("workdays", []), "workdays"),
        )


def _parse_days(values: object, key: str) -> frozenset[date]:
    if not isinstance(values, list):
        raise ValueError(f"calendar overrides: {key} must be a list of dates")
    days: set[date] = set()
    for value in values:
        try:
            days.add(date.fromisoformat(str(value)))
        except ValueError:
            raise ValueError(f"calendar overrides: {key} has a bad date {value!r}") from None
    return frozenset(days)


def _bundled_overrides() -> CalendarOverrides:
    return CalendarOverrides.from_json(read_resource("calendar", "overrides.json"))


class WorkCalendar:
    """Decides which days are working days and counts them."""

    def __init__(self, holiday_dates: Container[date], overrides: CalendarOverrides) -> None:
        self._holidays = holiday_dates
        self._overrides = overrides
        # Deadlines of long order lists ask about the same few weeks over and over; a
        # holidays lookup takes a lock and is far slower than a dict hit.
        self._known: dict[date, bool] = {}
        # Year → running count of working days from 1 January (index = day of year - 1),
        # so counting the working days between two dates costs two lookups, not a walk.
        self._running: dict[int, list[int]] = {}

    @classmethod
    def taiwan(cls) -> WorkCalendar:
        """The Taiwan calendar (``holidays`` TW plus ``resources/calendar/overrides.json``)."""
        return _taiwan_calendar()

    def is_working_day(self, d: date) -> bool:
        """True if ``d`` is a working day."""
        require_date("d", d)
        known = self._known.get(d)
        if known is None:
            known = self._decide(d)
            self._known[d] = known
        return known

    def _decide(self, d: date) -> bool:
        if d in self._overrides.workdays:
            return True
        if d in self._overrides.days_off:
            return False
        return d.weekday() < 5 and d not in self._holidays

    def add_working_days(self, d: date, n: int) -> date:
        """Return the ``n``-th working day after ``d`` (``n`` = 0 returns ``d``)."""
        require_date("d", d)
        require_int("n", n)
        current = d
        remaining = n
        steps = 0
        while remaining:
            current += timedelta(days=1)
            steps += 1
            if steps > _MAX_STEPS:
                raise ValueError(f"no {n} working days found after {d.isoformat()}")
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after ``start`` up to and including ``end``; negative if end < start."""
        require_date("start", start)
        require_date("end", end)
        if end < start:
            return -self.working_days_between(end, start)
        if (end - start).days > _MAX_STEPS:
            raise ValueError("date range too long to count working days")
        count = self._through(end) - self._through(start)
        for year in range(start.year, end.year):
            count += self._year(year)[-1]
        return count

    def _year(self, year: int) -> list[int]:
        running = self._running.get(year)
        if running is None:
            running = []
            total = 0
            day = date(year, 1, 1)
            while day.year == year:
                total += self.is_working_day(day)
                running.append(total)
                day += timedelta(days=1)
            self._running[year] = running
        return running

    def _through(self, d: date) -> int:
        """Working days from 1 January of ``d``'s year up to and including ``d``."""
        return self._year(d.year)[d.timetuple().tm_yday - 1]


class _LockedLookup:
    """Serialises lookups: ``holidays`` fills a year in on its first lookup and is not
    thread-safe while doing so (it marks the year loaded before adding its days)."""

    def __init__(self, source: Container[date]) -> None:
        self._source = source
        self._lock = threading.Lock()

    def __contains__(self, d: object) -> bool:
        with self._lock:
            return d in self._source


@cache
def _taiwan_calendar() -> WorkCalendar:
    # Imported on first use: the package registers every country when imported (≈ 35 ms),
    # which the client's start-up and the many importers of app.subsidy need not pay.
    import holidays

    # Observed (substitute) days are part of holidays' TW calendar.
    return WorkCalendar(_LockedLookup(holidays.country_holidays("TW")), _bundled_overrides())
