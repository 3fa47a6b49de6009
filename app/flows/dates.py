"""Dates as people type them: the ROC form (64/3/14, 64年3月14日) or the western one
(1975/3/14, 1975-03-14), and which of the two was read.

Qt-free. A year of four digits is a western year; a shorter one is an ROC year (ROC
years are below 1000 for centuries yet), so "1975/3/14" is never read as ROC 1975.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from app.subsidy.dates import ROC_OFFSET

_DATE = re.compile(
    r"^\s*(?:民國|西元)?\s*(\d{1,4})\s*(?:[/.\-]|年)\s*(\d{1,2})\s*(?:[/.\-]|月)\s*(\d{1,2})\s*日?\s*$"
)


@dataclass(frozen=True)
class DateReading:
    """A typed date and whether it was read as a western (AD) year."""

    day: date
    western: bool

    @property
    def roc_short(self) -> str:
        """The same day as an ROC date in figures only (``64/3/14``), for any language."""
        return f"{self.day.year - ROC_OFFSET}/{self.day.month}/{self.day.day}"


def read_date(text: str) -> DateReading | None:
    """The date ``text`` means, ROC or western; None when it is not a date."""
    match = _DATE.match(text)
    if match is None:
        return None
    year_s, month_s, day_s = match.groups()
    western = len(year_s) == 4 or text.strip().startswith("西元")
    year = int(year_s) if western else int(year_s) + ROC_OFFSET
    if not western and int(year_s) < 1:
        return None
    try:
        return DateReading(date(year, int(month_s), int(day_s)), western)
    except ValueError:
        return None
