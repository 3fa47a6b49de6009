"""Calendar-month arithmetic and ROC (民國) dates."""

from __future__ import annotations

import calendar
import re
from datetime import date

from ._checks import require_date, require_int

ROC_OFFSET = 1911
# Three-digit ROC years keep an AD year such as 2026 from being read as ROC 2026.
ROC_MAX_YEAR = 999

_ROC_PATTERN = re.compile(
    r"^\s*(?:民國|中華民國)?\s*(\d{1,3})\s*"
    r"(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[/.\-](\d{1,2})[/.\-](\d{1,2}))\s*$"
)


def add_months(d: date, n: int) -> date:
    """Return ``d`` plus ``n`` calendar months, clamping to the month's last day.

    2023-01-31 + 3 months is 2023-04-30.
    """
    require_date("d", d)
    require_int("n", n, minimum=None)
    index = d.year * 12 + (d.month - 1) + n
    year, month0 = divmod(index, 12)
    if not 1 <= year <= 9999:
        raise ValueError(f"adding {n} months to {d.isoformat()} leaves the supported years")
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(d.day, last))


def roc_date(d: date) -> str:
    """Format ``d`` as on the forms: ``115年11月21日``."""
    require_date("d", d)
    year = d.year - ROC_OFFSET
    if not 1 <= year <= ROC_MAX_YEAR:
        raise ValueError(f"{d.isoformat()} is outside ROC years 1–{ROC_MAX_YEAR}")
    return f"{year}年{d.month}月{d.day}日"


def parse_roc_date(s: str) -> date:
    """Parse an ROC date: ``115年11月21日``, ``民國115年11月21日`` or ``115/11/21``."""
    if not isinstance(s, str):
        raise ValueError(f"ROC date must be text, got {type(s).__name__}")
    match = _ROC_PATTERN.match(s)
    if match is None:
        raise ValueError(f"不是民國日期（例：115年11月21日）：{s!r}")
    year_s, month_a, day_a, month_b, day_b = match.groups()
    year = int(year_s)
    if year < 1:
        raise ValueError(f"民國年須大於 0：{s!r}")
    month = int(month_a or month_b)
    day = int(day_a or day_b)
    try:
        return date(year + ROC_OFFSET, month, day)
    except ValueError:
        raise ValueError(f"日期不存在：{s!r}") from None
