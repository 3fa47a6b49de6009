"""Points: pavilion caps and ratios, payment split, validity and lifecycle dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from ._checks import require_date, require_int
from .dates import add_months
from .enums import Pavilion
from .workdays import WorkCalendar

FIRST_USE_MONTHS = 1
VALIDITY_MONTHS = 3
RETURNED_POINTS_WORKING_DAYS = 5

# (points cap, points share of the price) per pavilion.
_PAVILION_TERMS: dict[Pavilion, tuple[int, Fraction]] = {
    Pavilion.GENERAL: (30_000, Fraction(1, 2)),
    Pavilion.COMMERCE: (30_000, Fraction(1, 2)),
    Pavilion.MICRO: (30_000, Fraction(1, 2)),
    Pavilion.AGRICULTURE: (30_000, Fraction(1, 2)),
    Pavilion.INDUSTRY: (200_000, Fraction(1, 3)),
}


def _pavilion(value: str) -> Pavilion:
    try:
        return Pavilion(value)
    except ValueError:
        raise ValueError(f"unknown pavilion {value!r}") from None


def points_cap(pavilion: Pavilion | str) -> int:
    """Most points an applicant can hold for purchases in ``pavilion``."""
    return _PAVILION_TERMS[_pavilion(pavilion)][0]


def points_share(pavilion: Pavilion | str) -> Fraction:
    """Largest share of a price that points may pay: 1/2, or 1/3 in 工業館."""
    return _PAVILION_TERMS[_pavilion(pavilion)][1]


def ratio_label(pavilion: Pavilion | str) -> str:
    """Self-pay : points ratio as shown to people: ``"1:1"`` or ``"2:1"``."""
    share = points_share(pavilion)
    return f"{share.denominator - share.numerator}:{share.numerator}"


@dataclass(frozen=True)
class PaymentSplit:
    """How a price is paid: ``points`` + ``self_pay`` == price."""

    points: int
    self_pay: int


def split_payment(price: int, points_available: int, pavilion: Pavilion | str) -> PaymentSplit:
    """Split ``price`` into points (at most the pavilion share) and the applicant's part."""
    require_int("price", price)
    require_int("points_available", points_available)
    points = min(points_available, int(price * points_share(pavilion)))
    return PaymentSplit(points=points, self_pay=price - points)


@dataclass(frozen=True)
class PointsDeadlines:
    """Last days on which points must first be used, and may be used at all."""

    first_use_by: date
    expires_on: date


def points_deadlines(granted_on: date) -> PointsDeadlines:
    """Deadlines for points granted on ``granted_on`` (calendar months, clamped)."""
    require_date("granted_on", granted_on)
    return PointsDeadlines(
        first_use_by=add_months(granted_on, FIRST_USE_MONTHS),
        expires_on=add_months(granted_on, VALIDITY_MONTHS),
    )


def returned_points_valid_until(
    granted_on: date, returned_on: date, calendar: WorkCalendar | None = None
) -> date:
    """Validity of points returned after a termination: the later of the two rules."""
    require_date("granted_on", granted_on)
    require_date("returned_on", returned_on)
    if returned_on < granted_on:
        raise ValueError("points cannot be returned before they were granted")
    cal = calendar or WorkCalendar.taiwan()
    return max(
        points_deadlines(granted_on).expires_on,
        cal.add_working_days(returned_on, RETURNED_POINTS_WORKING_DAYS),
    )


def points_returnable(
    returned_on: date, programme_ends_on: date | None, budget_exhausted: bool
) -> bool:
    """False when a return falls after the programme's end or after the budget ran out."""
    require_date("returned_on", returned_on)
    if budget_exhausted:
        return False
    return programme_ends_on is None or returned_on <= require_date(
        "programme_ends_on", programme_ends_on
    )


def unused_return_due(granted_on: date, today: date, any_used: bool) -> bool:
    """True when no point was used by ``first_use_by`` and today is past it."""
    require_date("today", today)
    return not any_used and today > points_deadlines(granted_on).first_use_by


def reclaim_due(granted_on: date, today: date) -> bool:
    """True when today is past ``expires_on``: what remains is reclaimed for good."""
    require_date("today", today)
    return today > points_deadlines(granted_on).expires_on


def can_reapply(had_unused_return: bool, reapplied: bool) -> bool:
    """An applicant whose untouched points went back may re-open them, once."""
    return had_unused_return and not reapplied


def expiring_soon(expires_on: date, today: date, days: int = 7) -> bool:
    """True when ``expires_on`` is today or within the next ``days`` days."""
    require_date("expires_on", expires_on)
    require_date("today", today)
    require_int("days", days)
    return 0 <= (expires_on - today).days <= days
