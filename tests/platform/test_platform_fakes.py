"""Canned platform answers cannot drift from the platform: the check itself."""

from __future__ import annotations

import copy

import pytest
from platform_answers import like_platform, missing_fields, recorded


def test_a_recorded_order_has_what_the_client_reads() -> None:
    order = recorded()["order"]
    assert order["status"] == "in_service"
    assert {"invoice", "service", "deadlines", "history", "ratio"} <= set(order)


def test_a_canned_order_missing_a_field_is_refused() -> None:
    canned = copy.deepcopy(recorded()["order"])
    del canned["settlement"]
    del canned["plan"]["months"]
    canned["history"][1].pop("note")
    with pytest.raises(AssertionError, match="lacks fields") as info:
        like_platform("order", canned)
    assert "settlement" in str(info.value)
    assert "plan.months" in str(info.value)
    assert "history[].note" in str(info.value)


def test_null_where_the_platform_has_an_object_and_varying_deadlines_are_accepted() -> None:
    canned = copy.deepcopy(recorded()["order"])
    canned["invoice"] = None
    canned["deadlines"] = {"vendor_confirm_by": "2026-06-03"}
    assert missing_fields(canned, recorded()["order"]) == []


CONTRACT_FIELDS = {
    "points": {"balance", "granted", "granted_on", "first_use_by", "expires_on", "ledger"},
    "quote": {"quote_id", "price", "points", "self_pay", "ratio", "to_be_signed", "expires_at"},
    "termination_quote": {
        "used_months",
        "term_months",
        "half_reached",
        "self_pay_refund",
        "points_returned",
        "points_valid_until",
        "to_be_signed",
    },
    "settlement": {"used_months", "half_reached", "self_pay_refund", "points_returned"},
    "applicant": {"ubn", "name", "applicant_type", "allowed_methods", "member"},
    "application": {"status", "steps", "form"},
    "notifications": {"items", "total"},
    "solution": {"id", "name", "vendor", "category", "pavilion", "plans", "tags"},
}
"""Per kind, the fields ``platform-api.md`` names: the recordings are real answers of each."""


@pytest.mark.parametrize("kind", sorted(CONTRACT_FIELDS))
def test_every_kind_of_canned_answer_has_a_recording_to_check_against(kind: str) -> None:
    answer = recorded()[kind]
    assert CONTRACT_FIELDS[kind] <= set(answer), kind
    nested = {"points": "ledger", "notifications": "items", "solution": "plans"}
    if kind in nested:
        assert answer[nested[kind]], f"the recorded {kind} has no {nested[kind]} to compare"


def test_a_canned_quote_or_applicant_missing_a_field_is_refused() -> None:
    quote = {k: v for k, v in recorded()["quote"].items() if k != "points_reason"}
    with pytest.raises(AssertionError, match=r"quote lacks fields.*points_reason"):
        like_platform("quote", quote)
    applicant = {k: v for k, v in recorded()["applicant"].items() if k != "pavilions"}
    with pytest.raises(AssertionError, match=r"applicant lacks fields.*pavilions"):
        like_platform("applicant", applicant)
