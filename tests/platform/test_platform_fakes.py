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
