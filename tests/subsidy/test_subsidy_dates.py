"""Calendar months and ROC dates at the edges of what they accept, and argument errors that
name the argument."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest

from app.subsidy import (
    add_months,
    months_used,
    parse_roc_date,
    roc_date,
    service_end,
    settle_termination,
    termination_date_error,
)

D = date(2026, 3, 1)


def test_add_months_reaches_the_first_and_last_supported_years() -> None:
    assert add_months(date(1, 2, 1), -1) == date(1, 1, 1)
    assert add_months(date(9999, 1, 31), 11) == date(9999, 12, 31)
    with pytest.raises(ValueError, match="leaves the supported years"):
        add_months(date(1, 1, 1), -1)
    with pytest.raises(ValueError, match="leaves the supported years"):
        add_months(date(9999, 12, 1), 1)


def test_roc_years_one_to_999() -> None:
    assert roc_date(date(1912, 1, 1)) == "1年1月1日"
    assert roc_date(date(2910, 12, 31)) == "999年12月31日"
    for outside in (date(1911, 12, 31), date(2911, 1, 1)):
        with pytest.raises(ValueError, match="outside ROC years 1–999"):
            roc_date(outside)
    assert parse_roc_date("1年1月1日") == date(1912, 1, 1)
    assert parse_roc_date("民國1/2/3") == date(1912, 2, 3)
    with pytest.raises(ValueError, match="民國年須大於 0"):
        parse_roc_date("0年1月1日")
    with pytest.raises(ValueError, match=r"^ROC date must be text, got int$"):
        parse_roc_date(1150101)  # type: ignore[arg-type]


def test_months_used_across_a_year_end() -> None:
    assert months_used(date(2023, 11, 15), date(2024, 2, 10)) == 3
    assert months_used(date(2023, 11, 15), date(2024, 2, 16)) == 4
    assert months_used(date(2022, 12, 31), date(2024, 1, 30)) == 13


def test_a_termination_dated_on_the_start_day_may_stand() -> None:
    assert termination_date_error(D, today=D, service_start=D) is None
    assert termination_date_error(D, today=D, service_start=None) is None
    assert termination_date_error(D, today=date(2026, 3, 2), service_start=None) == "DATE_IN_PAST"
    assert termination_date_error(D, today=D, service_start=date(2026, 3, 2)) == "DATE_IN_PAST"


def test_a_termination_after_the_plan_ends_or_later_than_today_when_carried_out() -> None:
    end = date(2026, 9, 1)
    assert termination_date_error(end, D, D, end) is None  # the last day may stand
    later = date(2026, 9, 2)
    assert termination_date_error(later, D, D, end) == "INVALID_TERMINATION_DATE"
    # A quote may look ahead; carrying it out takes effect today.
    ahead = date(2026, 3, 10)
    assert termination_date_error(ahead, D, D, end) is None
    assert termination_date_error(ahead, D, D, end, executing=True) == "INVALID_TERMINATION_DATE"
    assert termination_date_error(D, D, D, end, executing=True) is None


BAD_DATE = datetime(2026, 3, 1, 9, 0)
CALLS: list[tuple[str, Callable[[], object]]] = [
    ("d", lambda: add_months(BAD_DATE, 1)),  # type: ignore[arg-type]
    ("n", lambda: add_months(D, 1.0)),  # type: ignore[arg-type]
    ("d", lambda: roc_date(BAD_DATE)),
    ("service_start", lambda: service_end(BAD_DATE, 6)),
    ("term_months", lambda: service_end(D, 0)),
    ("service_start", lambda: months_used(BAD_DATE, D)),
    ("on", lambda: months_used(D, BAD_DATE)),
    ("on", lambda: termination_date_error(BAD_DATE, D, None)),
    ("today", lambda: termination_date_error(D, BAD_DATE, None)),
    ("service_start", lambda: termination_date_error(D, D, BAD_DATE)),
    ("service_end", lambda: termination_date_error(D, D, None, BAD_DATE)),
    ("self_pay", lambda: settle_termination(6, -1, 0, D, D)),
    ("points", lambda: settle_termination(6, 0, True, D, D)),  # type: ignore[arg-type]
    ("service_start", lambda: settle_termination(6, 0, 0, BAD_DATE, D)),
    ("on", lambda: settle_termination(6, 0, 0, D, BAD_DATE)),
]


@pytest.mark.parametrize(("argument", "call"), CALLS)
def test_an_argument_error_names_the_argument(argument: str, call: Callable[[], object]) -> None:
    with pytest.raises(ValueError, match=rf"^{argument} must be ") as info:
        call()
    assert "None" not in str(info.value)
