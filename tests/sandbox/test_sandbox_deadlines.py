"""Every deadline, crossed by moving the platform clock."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

from app.subsidy import (
    WorkCalendar,
    invoice_due_by,
    payment_due_by,
    service_start_by,
    vendor_confirm_by,
)


def place_order(api: Any, card_id: str, plan_id: str) -> dict[str, Any]:
    quote = api.ok("POST", "/orders/quote", {"plan_id": plan_id})
    block = api.block(card_id, base64.b64decode(quote["to_be_signed"]))
    return dict(api.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201))


def vendor(api: Any, order_id: str, *actions: str) -> None:
    for action in actions:
        api.ok("POST", f"/_sandbox/vendor/orders/{order_id}/{action}")


def go_to(api: Any, day: str) -> None:
    api.set_clock(f"{day}T09:00:00+08:00")


def order(api: Any, order_id: str) -> dict[str, Any]:
    return dict(api.ok("GET", f"/orders/{order_id}"))


def test_vendor_confirmation_deadline_cancels(api: Any) -> None:
    member = api.scenario()
    placed = place_order(api, member["demo_card_id"], "S012-06M")
    due = dt.date.fromisoformat(placed["deadlines"]["vendor_confirm_by"])
    assert due == vendor_confirm_by(dt.date(2026, 6, 1))
    assert api.ok("GET", "/points")["balance"] == 15000
    go_to(api, due.isoformat())
    assert order(api, placed["id"])["status"] == "awaiting_vendor"
    api.advance(1)
    cancelled = order(api, placed["id"])
    assert cancelled["status"] == "cancelled_by_system"
    assert "系統將訂單取消" in cancelled["history"][-1]["note"]
    points = api.ok("GET", "/points")
    assert points["balance"] == 30000
    assert [r["kind"] for r in points["ledger"]] == ["grant", "use", "release"]
    # The vendor is too late now.
    late = api.post(f"/_sandbox/vendor/orders/{placed['id']}/confirm")
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "INVALID_TRANSITION"


def test_points_of_a_cancelled_order_still_go_back_unused_after_the_first_month(api: Any) -> None:
    """002 七(三): an order the vendor let lapse used no point, so the month still runs."""
    member = api.scenario()
    placed = place_order(api, member["demo_card_id"], "S012-06M")
    api.advance(5)
    assert order(api, placed["id"])["status"] == "cancelled_by_system"
    points = api.ok("GET", "/points")
    assert (points["balance"], points["first_use_by"]) == (30000, "2026-07-01")
    first_use = [
        item["on"]
        for item in api.ok("GET", "/_sandbox/deadlines")["items"]
        if item["kind"] == "points_first_use_by"
    ]
    assert first_use == ["2026-07-02"]
    go_to(api, "2026-07-02")
    points = api.ok("GET", "/points")
    assert points["balance"] == 0
    assert points["ledger"][-1]["kind"] == "unused_return"
    assert points["can_reapply"] is True


def test_payment_deadline_cancels_and_later_deadlines_are_set(api: Any) -> None:
    member = api.scenario()
    placed = place_order(api, member["demo_card_id"], "S012-06M")
    vendor(api, placed["id"], "confirm")
    confirmed = order(api, placed["id"])
    due = dt.date.fromisoformat(confirmed["deadlines"]["payment_due_by"])
    assert due == payment_due_by(dt.date(2026, 6, 1))
    go_to(api, due.isoformat())
    assert order(api, placed["id"])["status"] == "awaiting_payment"
    api.advance(1)
    assert order(api, placed["id"])["status"] == "cancelled_by_system"
    assert api.ok("GET", "/points")["balance"] == 30000

    second = place_order(api, member["demo_card_id"], "S012-06M")
    vendor(api, second["id"], "confirm", "mark-paid")
    paid = order(api, second["id"])
    today = dt.date.fromisoformat(api.today())
    assert paid["deadlines"]["invoice_due_by"] == invoice_due_by(today).isoformat()
    assert paid["deadlines"]["service_start_by"] == service_start_by(today).isoformat()
    assert paid["payment_url"] is None
    api.advance(30)  # the vendor's own deadlines do not cancel a paid order
    assert order(api, second["id"])["status"] == "awaiting_invoice"
    overdue = [
        n["title"]
        for n in api.ok("GET", "/notifications")["items"]
        if n["kind"] == "order_overdue" and n["order_id"] == second["id"]
    ]
    assert sorted(overdue) == sorted(
        [f"訂單 {second['id']}：廠商逾期未開立發票", f"訂單 {second['id']}：廠商逾期未開通服務"]
    )


def test_applicant_cancel_before_payment_only(api: Any) -> None:
    member = api.scenario()
    placed = place_order(api, member["demo_card_id"], "S012-06M")
    vendor(api, placed["id"], "confirm")
    cancelled = api.ok("POST", f"/orders/{placed['id']}/cancel")
    assert cancelled["status"] == "cancelled_by_applicant"
    assert api.ok("GET", "/points")["balance"] == 30000
    paid = place_order(api, member["demo_card_id"], "S012-06M")
    vendor(api, paid["id"], "confirm", "mark-paid")
    refused = api.post(f"/orders/{paid['id']}/cancel")
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "NOT_CANCELLABLE"
    declined = place_order(api, member["demo_card_id"], "S002-04M")
    vendor(api, declined["id"], "decline")
    assert order(api, declined["id"])["status"] == "cancelled_by_vendor"


def test_unused_points_return_and_reopen_after_every_return(api: Any) -> None:
    member = api.scenario()
    points = api.ok("GET", "/points")
    assert (points["granted_on"], points["first_use_by"], points["expires_on"]) == (
        "2026-06-01",
        "2026-07-01",
        "2026-09-01",
    )
    assert points["can_reapply"] is False
    go_to(api, "2026-07-01")
    assert api.ok("GET", "/points")["balance"] == 30000
    for reopened_on in ("2026-07-02", "2026-08-03"):
        api.advance(1) if reopened_on == "2026-07-02" else go_to(api, reopened_on)
        points = api.ok("GET", "/points")
        assert points["balance"] == 0
        assert points["ledger"][-1]["kind"] == "unused_return"
        assert points["can_reapply"] is True
        # Seeds 001/003: meanwhile the member may still buy, at full self-pay.
        quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
        assert (quote["points"], quote["self_pay"]) == (0, 30000)
        assert quote["points_reason"] == "POINTS_RETURNED_UNUSED"
        # 002 七(三): re-opened as often as the points go back unused.
        reopened = api.ok("POST", "/points/reapply")
        assert (reopened["balance"], reopened["granted_on"]) == (30000, reopened_on)
        assert reopened["can_reapply"] is False
        again = api.post("/points/reapply")
        assert again.status_code == 409
        assert again.json()["error"]["code"] == "REAPPLY_NOT_ALLOWED"
    place_order(api, member["demo_card_id"], "S012-06M")


def test_reclaim_after_three_months_with_expiry_notices(api: Any) -> None:
    member = api.scenario()
    used = place_order(api, member["demo_card_id"], "S012-06M")
    vendor(api, used["id"], "confirm", "mark-paid", "issue-invoice", "start-service")
    go_to(api, "2026-08-24")
    kinds = [n["kind"] for n in api.ok("GET", "/notifications")["items"]]
    assert "points_expiring" not in kinds
    go_to(api, "2026-09-01")
    notices = [
        n for n in api.ok("GET", "/notifications")["items"] if n["kind"] == "points_expiring"
    ]
    assert sorted(n["title"] for n in notices) == ["點數將於 1 天內到期", "點數將於 7 天內到期"]
    assert api.ok("GET", "/points")["balance"] == 15000
    api.advance(1)
    points = api.ok("GET", "/points")
    assert points["balance"] == 0
    assert points["ledger"][-1]["kind"] == "reclaim"
    assert points["ledger"][-1]["amount"] == -15000
    assert points["can_reapply"] is False
    assert order(api, used["id"])["status"] == "in_service"  # the 6-month term runs on


def test_returned_points_outlive_the_grant(api: Any) -> None:
    member = api.scenario()
    placed = place_order(api, member["demo_card_id"], "S015-12M")  # 120,000: 30,000 points
    vendor(api, placed["id"], "confirm", "mark-paid", "issue-invoice", "start-service")
    go_to(api, "2026-08-31")
    quote = api.ok("POST", f"/orders/{placed['id']}/termination-quote", {})
    valid_until = WorkCalendar.taiwan().add_working_days(dt.date(2026, 8, 31), 5)
    assert quote["points_valid_until"] == valid_until.isoformat()
    assert quote["points_returned"] == 30000 * 9 // 12
    block = api.block(member["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    api.ok("POST", f"/orders/{placed['id']}/terminate", block)
    go_to(api, "2026-09-02")  # past expires_on, but the returned points are still valid
    assert api.ok("GET", "/points")["balance"] == 22500
    assert api.ok("GET", "/points")["earliest_expiry"] == valid_until.isoformat()
    go_to(api, (valid_until + dt.timedelta(days=1)).isoformat())
    points = api.ok("GET", "/points")
    assert points["balance"] == 0
    assert points["ledger"][-1]["kind"] == "reclaim"
