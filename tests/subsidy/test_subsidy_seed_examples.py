"""The seeds' own worked examples, through app.subsidy (the HTTP twin is in tests/sandbox)."""

import inspect
import re
from datetime import date

import pytest

import app.subsidy as subsidy
from app.subsidy import (
    OrderDeadlines,
    Pavilion,
    Programme,
    ReturnedPoints,
    current_year_programme,
    earliest_expiry,
    reclaimable,
    seed_programme,
    seed_programme_ids,
    settle_termination,
    split_payment,
    still_valid_returns,
    term_ended,
    termination_date_error,
    vendor_duties_overdue,
)

PROGRAMME = current_year_programme(date(2026, 6, 1))


@pytest.mark.parametrize(
    ("terminated_on", "used", "half", "refund", "returned"),
    [
        # Seed 003 退訂案例: 6 months 6/1–12/1, 30,000 self-pay + 30,000 points.
        (date(2026, 7, 15), 2, False, 20_000, 20_000),
        (date(2026, 10, 15), 5, True, 0, 5_000),
    ],
)
def test_the_flyers_termination_examples(
    terminated_on: date, used: int, half: bool, refund: int, returned: int
) -> None:
    s = settle_termination(6, 30_000, 30_000, date(2026, 6, 1), terminated_on)
    assert (s.used_months, s.half_reached, s.self_pay_refund, s.points_returned) == (
        used,
        half,
        refund,
        returned,
    )


@pytest.mark.parametrize(
    ("price", "available", "points", "self_pay"),
    [
        (600_000, 200_000, 200_000, 400_000),  # seed 004 壹(3/3): B方案 20萬點 + 自籌款40萬
        (60_000, 200_000, 20_000, 40_000),  # A原方案 in 工業館: a third in points
    ],
)
def test_industry_examples_of_seed_004(
    price: int, available: int, points: int, self_pay: int
) -> None:
    split = split_payment(price, available, PROGRAMME.terms(Pavilion.INDUSTRY))
    assert (split.points, split.self_pay) == (points, self_pay)


def test_general_example_of_seed_003() -> None:
    # 003 步驟3 4.: 60,000 元 (30,000 點 + 30,000 自付款)
    split = split_payment(60_000, 30_000, PROGRAMME.terms(Pavilion.GENERAL))
    assert (split.points, split.self_pay) == (30_000, 30_000)


def test_minimum_plan_lengths() -> None:
    assert PROGRAMME.terms(Pavilion.GENERAL).min_plan_months == 4  # 002 四、用詞定義(五)
    assert PROGRAMME.terms(Pavilion.INDUSTRY).min_plan_months == 3  # 004 貳(2/2) 四


def test_a_backdated_termination_is_refused() -> None:
    today = date(2026, 9, 1)
    assert termination_date_error(date(2026, 8, 31), today, date(2026, 6, 1)) == "DATE_IN_PAST"
    assert termination_date_error(today, today, date(2026, 6, 1)) is None
    assert termination_date_error(date(2026, 9, 2), today, date(2026, 9, 5)) == "DATE_IN_PAST"
    assert termination_date_error(date(2026, 9, 5), today, None) is None


def test_the_seeds_programmes_are_shipped() -> None:
    assert seed_programme_ids() == ("111", "110")
    p111, p110 = seed_programme("111"), seed_programme("110")
    assert (p111.year, p111.terms("general").points_cap, p111.terms("general").ratio_label) == (
        111,
        30_000,
        "1:1",
    )
    assert not p111.has_pavilion("industry")
    industry = p110.terms("industry")
    assert (industry.points_cap, industry.ratio_label, industry.use_by) == (
        200_000,
        "2:1",
        date(2021, 8, 30),
    )
    with pytest.raises(ValueError, match="unknown programme"):
        seed_programme("109")


@pytest.mark.parametrize("programme", [seed_programme("111"), seed_programme("110"), PROGRAMME])
def test_programme_json_round_trips(programme: Programme) -> None:
    assert Programme.from_json(programme.to_json()) == programme


def test_programme_data_errors_are_value_errors() -> None:
    data = PROGRAMME.to_json()
    with pytest.raises(ValueError, match="incomplete"):
        Programme.from_json({k: v for k, v in data.items() if k != "pavilions"})
    with pytest.raises(ValueError, match="at least one pavilion"):
        Programme.from_json({**data, "pavilions": []})
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        Programme.from_json({**data, "ends_on": 20261231})


# Modules whose public functions decide something about an applicant, an order or points.
_RULE_MODULES = (
    "eligibility",
    "points",
    "purchases",
    "termination",
    "orders",
)
_CITATION = re.compile(r"\b00[0-4]\b")


def _rule_functions() -> list[tuple[str, object]]:
    found = []
    for name in subsidy.__all__:
        value = getattr(subsidy, name)
        module = getattr(value, "__module__", "")
        if inspect.isfunction(value) and module.rsplit(".", 1)[-1] in _RULE_MODULES:
            found.append((name, value))
    return found


def test_the_rule_functions_are_found() -> None:
    names = {name for name, _ in _rule_functions()}
    assert {"split_payment", "no_points_reason", "settle_termination", "can_reapply"} <= names
    assert len(names) >= 30


@pytest.mark.parametrize(("name", "function"), _rule_functions())
def test_every_rule_function_cites_a_seed_clause(name: str, function: object) -> None:
    doc = inspect.getdoc(function) or ""
    assert _CITATION.search(doc), f"{name}: the docstring names no seed document (000–004)"


def test_returned_points_outlive_the_reclaim() -> None:
    # 002 七(四) reclaims what remains after 3 months; 七(七) keeps returned points valid.
    returns = [ReturnedPoints(20_000, date(2026, 9, 8)), ReturnedPoints(5_000, date(2026, 8, 20))]
    assert still_valid_returns(returns, date(2026, 9, 2)) == 20_000
    assert reclaimable(26_000, returns, date(2026, 9, 2)) == 6_000
    assert reclaimable(26_000, returns, date(2026, 9, 9)) == 26_000
    assert reclaimable(10_000, returns, date(2026, 9, 2)) == 0
    assert earliest_expiry(26_000, date(2026, 9, 1), returns, date(2026, 8, 1)) == date(2026, 9, 1)
    assert earliest_expiry(20_000, date(2026, 9, 1), returns, date(2026, 9, 2)) == date(2026, 9, 8)
    assert earliest_expiry(0, date(2026, 9, 1), returns, date(2026, 8, 1)) is None
    assert earliest_expiry(5, date(2026, 9, 1), returns, date(2026, 9, 9)) is None


def test_term_end_and_vendor_duties() -> None:
    assert not term_ended(date(2026, 12, 1), date(2026, 11, 30))
    assert term_ended(date(2026, 12, 1), date(2026, 12, 1))
    assert not term_ended(None, date(2026, 12, 1))
    deadlines = OrderDeadlines(invoice_due_by=date(2026, 6, 3), service_start_by=date(2026, 6, 10))
    assert vendor_duties_overdue("awaiting_invoice", deadlines, date(2026, 6, 3)) == ()
    assert vendor_duties_overdue("awaiting_invoice", deadlines, date(2026, 6, 4)) == (
        "invoice_due_by",
    )
    assert vendor_duties_overdue("awaiting_invoice", deadlines, date(2026, 6, 11)) == (
        "invoice_due_by",
        "service_start_by",
    )
    assert vendor_duties_overdue("awaiting_service", deadlines, date(2026, 6, 11)) == (
        "service_start_by",
    )
    assert vendor_duties_overdue("in_service", deadlines, date(2026, 7, 1)) == ()


def test_termination_dates_after_the_term_or_in_the_future() -> None:
    today, start, end = date(2026, 9, 1), date(2026, 6, 1), date(2026, 12, 1)
    assert (
        termination_date_error(date(2026, 12, 2), today, start, end) == "INVALID_TERMINATION_DATE"
    )
    assert termination_date_error(date(2026, 10, 1), today, start, end) is None
    assert (
        termination_date_error(date(2026, 10, 1), today, start, end, executing=True)
        == "INVALID_TERMINATION_DATE"
    )
    assert termination_date_error(today, today, start, end, executing=True) is None
