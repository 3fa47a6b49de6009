"""Termination settlements of rules.md and the order rules around them."""

from __future__ import annotations

import base64
from typing import Any

import pytest

from app.subsidy import canonical_json


@pytest.mark.parametrize(
    ("on", "used", "half", "refund", "returned"),
    [("2026-07-15", 2, False, 20000, 20000), ("2026-10-15", 5, True, 0, 5000)],
)
def test_seed_examples(
    api: Any, on: str, used: int, half: bool, refund: int, returned: int
) -> None:
    member = api.scenario()
    order = api.order_in_service(member["demo_card_id"], "S015-06M")  # 60,000, 6 months
    assert (order["points"], order["self_pay"]) == (30000, 30000)
    assert order["service"] == {"start": "2026-06-01", "end": "2026-12-01"}
    no_quote = api.post(f"/orders/{order['id']}/terminate", {"document": "e30="})
    assert no_quote.json()["error"]["code"] == "TERMINATION_QUOTE_REQUIRED"
    api.set_clock(f"{on}T10:00:00+08:00")
    quote = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    assert (quote["used_months"], quote["term_months"], quote["half_reached"]) == (used, 6, half)
    assert (quote["self_pay_refund"], quote["points_returned"]) == (refund, returned)
    # The signature must cover the quote's own bytes.
    forged = api.block(member["demo_card_id"], b'{"action":"terminate"}')
    mismatch = api.post(f"/orders/{order['id']}/terminate", forged)
    assert mismatch.json()["error"]["code"] == "DOCUMENT_MISMATCH"
    block = api.block(member["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    terminated = api.ok("POST", f"/orders/{order['id']}/terminate", block)
    assert terminated["status"] == "terminated"
    assert terminated["settlement"]["self_pay_refund"] == refund
    assert terminated["settlement"]["points_returned"] == returned
    ledger = api.ok("GET", "/points")["ledger"]
    assert ledger[-1]["kind"] == "return"
    assert ledger[-1]["amount"] == returned
    assert ledger[-1]["order_id"] == order["id"]
    assert ledger[-1]["valid_until"] == quote["points_valid_until"]
    again = api.post(f"/orders/{order['id']}/termination-quote", {})
    assert again.json()["error"]["code"] == "NOT_TERMINABLE"


def test_demo_card_signs_canonical_json(api: Any) -> None:
    member = api.scenario()
    fields = {"personal_data": True, "declarations": True, "text_version": "2026-01"}
    document = {**fields, "action": "consents", "ubn": member["ubn"]}
    block = api.ok(
        "POST", "/_sandbox/demo-cards/moeaca-sme-primary/sign", {"document_json": document}
    )
    assert base64.b64decode(block["document"]) == canonical_json(document)
    neither = api.post("/_sandbox/demo-cards/moeaca-sme-primary/sign", {})
    assert neither.status_code == 422
    unknown = api.post("/_sandbox/demo-cards/no-such-card/sign", {"data": "AA=="})
    assert unknown.json()["error"]["code"] == "CARD_NOT_FOUND"


def test_termination_date_checks(api: Any) -> None:
    member = api.scenario()
    order = api.order_in_service(member["demo_card_id"], "S015-06M")
    late = api.post(f"/orders/{order['id']}/termination-quote", {"on": "2027-01-01"})
    assert late.json()["error"]["code"] == "INVALID_TERMINATION_DATE"
    bad = api.post(f"/orders/{order['id']}/termination-quote", {"on": "15/07/2026"})
    assert bad.status_code == 422
    assert "on" in bad.json()["error"]["details"]["fields"]
    preview = api.ok("POST", f"/orders/{order['id']}/termination-quote", {"on": "2026-07-15"})
    assert preview["self_pay_refund"] == 20000
    block = api.block(member["demo_card_id"], base64.b64decode(preview["to_be_signed"]))
    future = api.post(f"/orders/{order['id']}/terminate", {"on": "2026-07-15", **block})
    assert future.json()["error"]["code"] == "INVALID_TERMINATION_DATE"


def test_catalogue_rules(api: Any) -> None:
    categories = api.ok("GET", "/categories")
    assert categories["total"] == 15
    assert categories["items"][0] == {"id": "inventory", "name": "進銷存管理"}
    assert categories["items"][-1]["name"] == "能源管理系統(EMS)"
    solutions = api.ok("GET", "/solutions?limit=500")
    assert solutions["total"] >= 30
    pavilions = {s["pavilion"] for s in solutions["items"]}
    assert pavilions == {"general", "commerce", "micro", "agriculture", "industry"}
    assert all("（測試）" in s["vendor"]["name"] for s in solutions["items"])
    general = [
        p["price"] for s in solutions["items"] if s["pavilion"] == "general" for p in s["plans"]
    ]
    assert min(general) <= 20000
    assert max(general) >= 120000
    # Subsidised plans run at least 4 months (002 四、用詞定義(五)); 工業館 at least 3 (004).
    months = {
        (s["pavilion"] == "industry", p["months"]) for s in solutions["items"] for p in s["plans"]
    }
    assert min(m for industry, m in months if not industry) == 4
    assert min(m for industry, m in months if industry) == 3
    filtered = api.ok("GET", "/solutions?category=e_invoice&pavilion=commerce")
    assert [s["name"] for s in filtered["items"]] == ["好帳門市發票"]
    assert api.ok("GET", "/solutions?q=電子發票")["total"] >= 1
    by_tag = api.ok("GET", "/solutions?q=聊天機器人")["items"]
    assert [s["name"] for s in by_tag] == ["島嶼雲端客服"]
    assert api.get("/solutions?pavilion=moon").status_code == 422

    member = api.scenario()  # the fixed SME, an existing customer of S001
    # 002 八、其他注意事項(二): no points for renewing a solution already used; full self-pay stays open.
    renewal = api.ok("POST", "/orders/quote", {"plan_id": "S001-06M"})
    assert (renewal["points"], renewal["self_pay"]) == (0, renewal["price"])
    assert renewal["points_reason"] == "EXISTING_CUSTOMER_RENEWAL"
    assert (
        api.post("/orders/quote", {"plan_id": "S016-06M"}).json()["error"]["code"]
        == "PLAN_NOT_SUBSIDISED"
    )
    industry = api.ok("POST", "/orders/quote", {"plan_id": "S031-06M"})
    assert (industry["points"], industry["points_reason"]) == (0, "PAVILION_NOT_COVERED")
    assert (
        api.post("/orders/quote", {"plan_id": "nope"}).json()["error"]["code"] == "PLAN_NOT_FOUND"
    )
    # Points are spent over several orders; the shortfall is self-paid.
    first = api.ok("POST", "/orders/quote", {"plan_id": "S002-12M"})  # 108,000
    assert (first["points"], first["self_pay"], first["ratio"]) == (30000, 78000, "1:1")
    assert member["ubn"] == "16480894"
