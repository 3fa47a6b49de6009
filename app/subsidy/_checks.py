"""Argument checks shared by the rule modules."""

from __future__ import annotations

from datetime import date, datetime


def require_int(name: str, value: object, *, minimum: int | None = 0) -> int:
    """Return ``value`` if it is an ``int`` (not ``bool``) of at least ``minimum`` (if given)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{name} must be an integer, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return value


def require_date(name: str, value: object) -> date:
    """Return ``value`` if it is a calendar date (a ``datetime`` is refused)."""
    if isinstance(value, datetime) or not isinstance(value, date):
        raise ValueError(f"{name} must be a date, got {type(value).__name__}")
    return value
