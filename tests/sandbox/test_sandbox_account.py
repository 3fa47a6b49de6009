"""帳號管理, 查看自評結果 and 諮詢顧問 / 專家服務 over real HTTP."""

from __future__ import annotations

import base64
from typing import Any

from app.subsidy import request_document
from sandbox.questionnaire import VERSION, complete_answers


def test_account_shows_the_contact_and_changes_the_e_mail_only_when_signed(api: Any) -> None:
    member = api.scenario()
    account = api.ok("GET", "/account")
    assert account["ubn"] == member["ubn"]
    assert account["can_sign"] is True
    assert "@" in account["contact_email"]
    unsigned = api.call("PUT", "/account/contact-email", {"contact_email": "new@example.com"})
    assert unsigned.status_code >= 400
    bad = api.call("PUT", "/account/contact-email", {"contact_email": "not-an-address"})
    assert bad.status_code == 422
    assert "contact_email" in bad.json()["error"]["details"]["fields"]
    fields = {"contact_email": "owner@example.com"}
    document = request_document(fields, "contact-email", member["ubn"])
    block = api.block(member["demo_card_id"], document)
    changed = api.ok("PUT", "/account/contact-email", {**fields, **block})
    assert changed["contact_email"] == "owner@example.com"
    titles = [n["title"] for n in api.ok("GET", "/notifications")["items"]]
    assert "聯絡人 E-mail 已變更" in titles
    forged = dict(block, document=base64.b64encode(b"{}").decode())
    assert api.call("PUT", "/account/contact-email", {**fields, **forged}).status_code == 422


def test_a_training_member_has_the_self_assessment_its_points_followed(api: Any) -> None:
    """Seed step order: points come after the self-assessment, so a member with points has one."""
    api.scenario()
    result = api.ok("GET", "/assessment/result")
    assert {d["id"] for d in result["dimensions"]} == set(result["scores"])
    assert len(result["recommended_categories"]) >= 3


def test_assessment_result_is_the_latest_response(api: Any) -> None:
    api.scenario()
    answers = complete_answers({"ops_paper": ["none"]})
    sent = api.ok("POST", "/assessment/responses", {"version": VERSION, "answers": answers})
    result = api.ok("GET", "/assessment/result")
    assert result["scores"] == sent["scores"]
    assert result["recommended_categories"] == sent["recommended_categories"]
    assert {d["id"] for d in result["dimensions"]} == set(result["scores"])


def test_a_consultation_request_appears_in_the_notifications(api: Any) -> None:
    api.scenario()
    empty = api.call("POST", "/consultations", {"kind": "consultant", "message": "  "})
    assert empty.status_code == 422
    made = api.ok(
        "POST",
        "/consultations",
        {"kind": "expert_service", "message": "想導入雲端進銷存"},
        status=201,
    )
    assert made["status"] == "received"
    notes = api.ok("GET", "/notifications")["items"]
    mine = [n for n in notes if n["id"] == made["id"]]
    assert mine
    assert mine[0]["title"] == "已收到您的專家服務申請"
    assert "想導入雲端進銷存" in mine[0]["body"]


def test_the_api_description_has_the_member_centre_endpoints(api: Any) -> None:
    paths = api.ok("GET", "/openapi.json")["paths"]
    assert {"get"} <= set(paths["/api/v1/account"])
    assert {"put"} <= set(paths["/api/v1/account/contact-email"])
    assert {"put"} <= set(paths["/api/v1/account/password"])
    assert {"get"} <= set(paths["/api/v1/assessment/result"])
    assert {"post"} <= set(paths["/api/v1/consultations"])
    assert {"get"} <= set(paths["/api/v1/plans/{plan_id}/contract"])


def test_the_product_contract_of_a_plan(api: Any) -> None:
    contract = api.ok("GET", "/plans/S002-12M/contract")
    assert contract["plan_id"] == "S002-12M"
    assert "12 個月" in contract["text"]
    assert "108,000" in contract["text"]
    assert len(contract["sha256"]) == 64
    missing = api.call("GET", "/plans/NOPE/contract")
    assert missing.status_code == 404
