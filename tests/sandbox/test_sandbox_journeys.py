"""One full journey per applicant type and verification method, over real HTTP."""

from __future__ import annotations

import base64
import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from app.subsidy import WorkCalendar, canonical_json, missing_answers
from sandbox.questionnaire import QUESTIONS, VERSION
from sandbox.world import DEMO_APPLICANTS

Signer = Callable[[bytes], dict[str, Any]]


def demo(applicant_type: str, factory: bool = False) -> Any:
    return next(
        d
        for d in DEMO_APPLICANTS
        if d.applicant_type == applicant_type
        and not d.disqualified
        and d.factory_registered == factory
    )


def mobile_signer(api: Any, ubn: str, id_number: str, channel: str, person: Any) -> Signer:
    def sign(document: bytes) -> dict[str, Any]:
        encoded = base64.b64encode(document).decode()
        if channel == "moica_mobile":
            body = {
                "ubn": ubn,
                "id_number": id_number,
                "mode": "push",
                "purpose": "sign",
                "document": encoded,
            }
            started = api.ok("POST", "/auth/mobile-moica", body)
        else:
            body = {
                "ubn": ubn,
                "id_number": id_number,
                "birthday": person.birthday.isoformat(),
                "mobile": person.mobile,
                "purpose": "sign",
                "document": encoded,
            }
            started = api.ok("POST", "/auth/phone", body)
        api.mobile_approve(started["transaction_id"])
        return {"mobile_transaction_id": started["transaction_id"]}

    return sign


def login(api: Any, person: Any, method: str, card_id: str | None) -> Signer:
    """Log in with ``method``; return how this person signs documents."""
    if card_id is not None:
        result = api.card_login(person.ubn, method, card_id)
        assert result["applicant"]["ubn"] == person.ubn
        return lambda document: api.block(card_id, document)
    if method == "moica_mobile":
        body = {
            "ubn": person.ubn,
            "id_number": person.responsible_id,
            "mode": "qr",
            "purpose": "login",
        }
        started = api.ok("POST", "/auth/mobile-moica", body)
        assert started["poll_after_seconds"] >= 4
        assert (
            api.ok("GET", f"/auth/mobile-moica/{started['transaction_id']}")["status"] == "pending"
        )
        api.mobile_approve(started["transaction_id"])
        polled = api.ok("GET", f"/auth/mobile-moica/{started['transaction_id']}")
    else:
        body = {
            "ubn": person.ubn,
            "id_number": person.responsible_id,
            "birthday": person.birthday.isoformat(),
            "mobile": person.mobile,
        }
        started = api.ok("POST", "/auth/phone", body)
        assert started["verify_url"].endswith(started["transaction_id"])
        api.mobile_approve(started["transaction_id"])
        polled = api.ok("GET", f"/auth/phone/{started['transaction_id']}")
    assert polled["status"] == "approved"
    api.token = polled["token"]
    return mobile_signer(api, person.ubn, person.responsible_id, method, person)


def signed(api: Any, sign: Signer, path: str, fields: dict[str, Any], ubn: str) -> Any:
    action = path.rsplit("/", 1)[-1]
    block = sign(canonical_json({**fields, "action": action, "ubn": ubn}))
    return api.ok("POST", path, {**fields, **block})


def business_registration_person(person: Any) -> dict[str, Any]:
    """附表3's signed person fields: ID, name and the 「我已詳閱…」 confirmation."""
    return {
        "responsible_person_id": person.responsible_id,
        "responsible_person_name": person.responsible_name,
        "personal_data_notice": True,
    }


def form_for(person: Any) -> dict[str, Any]:
    return {
        "name": person.name,
        "ubn": person.ubn,
        "industry_code": "56",
        "registered_on": "2015-06-01",
        "paid_in_capital": person.paid_in_capital or 0,
        "employees": person.employees or 1,
        "address": "臺北市中正區重慶南路一段122號",
        "representative_name": person.responsible_name,
        "representative_title": "負責人",
        "contact_name": person.responsible_name,
        "contact_title": "負責人",
        "contact_phone": "0223456789",
        "contact_phone_ext": "123",
        "contact_mobile": person.mobile,
        "contact_email": f"owner-{person.ubn}@example.com",
    }


def answers_all_first() -> dict[str, list[str]]:
    """The first option of every question shown, following the branches."""
    answers: dict[str, list[str]] = {}
    while missing := missing_answers(QUESTIONS, answers):
        question = next(q for q in QUESTIONS if q["id"] == missing[0])
        answers[question["id"]] = [question["options"][0]["id"]]
    return answers


def enrol(api: Any, person: Any, sign: Signer) -> None:
    app = api.ok("GET", "/application")
    assert app["steps"]["identity"] is True
    # A step out of order names the next step.
    response = api.call("PUT", "/application/form", form_for(person))
    assert response.status_code == 409
    error = response.json()["error"]
    assert error["code"] == "STEP_OUT_OF_ORDER"
    assert error["details"]["next_step"] == app["next_step"]
    texts = api.text_fields()
    for kind in app["required_authorizations"]:
        fields = {"kind": kind, "valid_from": "2026-06-01", "valid_to": "2027-05-31", **texts}
        if kind == "business_registration":
            fields |= business_registration_person(person)
        signed(api, sign, "/application/authorizations", fields, person.ubn)
    fields = {"personal_data": True, "declarations": True, **texts}
    signed(api, sign, "/application/consents", fields, person.ubn)
    # A refused 附表1 names each field's problem in words and as a code with its values.
    wrong_form = {**form_for(person), "contact_email": "x@", "name": "名" * 201}
    refused = api.call("PUT", "/application/form", wrong_form)
    assert refused.status_code == 422
    details = refused.json()["error"]["details"]
    assert details["fields"] == {
        "contact_email": "E-mail 格式錯誤，請輸入完整的地址，例如 name@example.com.tw",
        "name": "不得超過 200 字",
    }
    assert details["field_codes"] == {"contact_email": "EMAIL_FORMAT", "name": "TEXT_TOO_LONG"}
    assert details["field_params"] == {"name": {"limit": 200}}
    if person.applicant_type == "sme":
        # An SME's own figures must make it one (002 四、用詞定義(一)).
        too_big = {**form_for(person), "paid_in_capital": 150_000_000, "employees": 250}
        refused = api.call("PUT", "/application/form", too_big)
        assert refused.status_code == 422
        assert refused.json()["error"]["details"]["field_codes"] == {
            "paid_in_capital": "NOT_SME_SIZE",
            "employees": "NOT_SME_SIZE",
        }
    api.ok("PUT", "/application/form", form_for(person))
    sent = api.ok("POST", "/application/account", {"password": "Secret2026"})
    outbox = api.ok("GET", f"/_sandbox/outbox?ubn={person.ubn}")["items"]
    code = next(m["code"] for m in outbox if m["to"] == sent["sent_to"] and m["code"])
    wrong = api.post(
        "/application/email-verification", {"code": "000000" if code != "000000" else "111111"}
    )
    assert wrong.json()["error"]["code"] == "EMAIL_CODE_INVALID"
    # by its code, so the client words it (and what to do) in the person's language
    assert wrong.json()["error"]["details"]["field_codes"] == {"code": "EMAIL_CODE_WRONG"}
    verified = api.ok("POST", "/application/email-verification", {"code": code})
    if person.applicant_type == "tax_registered":
        assert verified["status"] == "pending_review"
        early = api.post(
            "/assessment/responses", {"version": VERSION, "answers": answers_all_first()}
        )
        assert early.json()["error"]["code"] == "APPLICATION_UNDER_REVIEW"
        today = dt.date.fromisoformat(api.today())
        due = WorkCalendar.taiwan().add_working_days(today, 1)
        assert verified["review_due_on"] == due.isoformat()
        api.set_clock(f"{due - dt.timedelta(days=1)}T23:00:00+08:00")
        assert api.ok("GET", "/application")["status"] == "pending_review"
        api.set_clock(f"{due}T08:00:00+08:00")
        assert api.ok("GET", "/application")["status"] == "active"
    else:
        assert verified["status"] == "active"
    questionnaire = api.ok("GET", "/assessment/questionnaire")
    assert questionnaire["version"] == VERSION
    result = api.ok(
        "POST", "/assessment/responses", {"version": VERSION, "answers": answers_all_first()}
    )
    assert result["points_granted"] == 30000
    assert result["recommended_categories"]
    again = api.ok(
        "POST", "/assessment/responses", {"version": VERSION, "answers": answers_all_first()}
    )
    assert again["points_granted"] == 0
    points = api.ok("GET", "/points")
    assert points["balance"] == 30000
    assert [row["kind"] for row in points["ledger"]] == ["grant"]


def buy_and_use(api: Any, person: Any, sign: Signer, plan_id: str) -> dict[str, Any]:
    quote = api.ok("POST", "/orders/quote", {"plan_id": plan_id})
    block = sign(base64.b64decode(quote["to_be_signed"]))
    order = api.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201)
    assert len(order["id"]) == 20
    assert order["id"].isdigit()
    assert order["status"] == "awaiting_vendor"
    assert order["deadlines"]["vendor_confirm_by"]
    api.ok("POST", f"/_sandbox/vendor/orders/{order['id']}/confirm")
    order = api.ok("GET", f"/orders/{order['id']}")
    assert order["status"] == "awaiting_payment"
    assert order["payment_url"]
    page = api.http.get(order["payment_url"], timeout=10)
    assert page.status_code == 200
    assert "確認付款" in page.text
    paid = api.http.post(order["payment_url"], timeout=10)
    assert paid.status_code == 200
    for action in ("issue-invoice", "start-service"):
        api.ok("POST", f"/_sandbox/vendor/orders/{order['id']}/{action}")
    order = api.ok("GET", f"/orders/{order['id']}")
    assert order["status"] == "in_service"
    assert order["invoice"]["amount"] == order["price"]
    return dict(order)


CASES = [
    ("sme", "moeaca_card", "moeaca-sme-primary"),
    ("sme", "moeaca_card", "moeaca-sme-secondary"),
    ("sme", "moica_card", "moica-sme-owner"),
    ("sme", "moica_mobile", None),
    ("sme", "phone", None),
    ("tax_registered", "moica_card", "moica-tax-owner"),
    ("tax_registered", "moica_mobile", None),
    ("cooperative", "xca_card", "xca-coop"),
    ("cooperative", "moica_card", "moica-coop-owner"),
    ("cooperative", "moica_mobile", None),
    ("social_innovation", "xca_card", "xca-social"),
]


@pytest.mark.parametrize(("applicant_type", "method", "card_id"), CASES)
def test_full_journey(api: Any, applicant_type: str, method: str, card_id: str | None) -> None:
    person = demo(applicant_type)
    looked_up = api.ok("GET", f"/applicants/{person.ubn}")
    assert looked_up["applicant_type"] == applicant_type
    assert method in looked_up["allowed_methods"]
    assert looked_up["member"] is False
    sign = login(api, person, method, card_id)
    enrol(api, person, sign)
    assert api.ok("GET", f"/applicants/{person.ubn}")["member"] is True
    order = buy_and_use(api, person, sign, "S015-06M")  # 60,000 over 6 months, general zone
    assert (order["price"], order["points"], order["self_pay"]) == (60000, 30000, 30000)
    api.advance(200)  # past the end of the term
    order = api.ok("GET", f"/orders/{order['id']}")
    assert order["status"] == "completed"
    api.ok("POST", f"/_sandbox/vendor/orders/{order['id']}/claim")
    order = api.ok("GET", f"/orders/{order['id']}")
    assert order["status"] == "claimed"
    statuses = [h["status"] for h in order["history"]]
    assert statuses == [
        "awaiting_vendor",
        "awaiting_payment",
        "awaiting_invoice",
        "awaiting_service",
        "in_service",
        "completed",
        "claimed",
    ]
    notices = api.ok("GET", "/notifications?limit=200")["items"]
    order_notices = {n["title"] for n in notices if n["order_id"] == order["id"]}
    assert len(order_notices) == len(statuses)


def test_general_points_do_not_pay_for_industry_plans(api: Any) -> None:
    # Enrolled on the 30,000-point track, a manufacturer's points do not cover 工業館 (004):
    # the plan can still be bought, at full self-pay, and the quote says why.
    person = demo("sme", factory=True)
    sign = login(api, person, "moeaca_card", "moeaca-maker")
    enrol(api, person, sign)
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S032-12M"})  # 600,000 in 工業館
    assert (quote["price"], quote["points"], quote["self_pay"], quote["ratio"]) == (
        600000,
        0,
        600000,
        "2:1",
    )
    assert quote["points_reason"] == "PAVILION_NOT_COVERED"
    order = api.ok(
        "POST",
        "/orders",
        {"quote_id": quote["quote_id"], **sign(base64.b64decode(quote["to_be_signed"]))},
        status=201,
    )
    assert (order["points"], order["self_pay"]) == (0, 600000)


def enrol_with_the_sign_tool(api: Any, person: Any, card: str) -> None:
    """Log in with ``card`` and complete every step before the self-assessment, each
    document signed by the sandbox's sign tool (README's hand walkthrough)."""
    api.ok("GET", f"/applicants/{person.ubn}")
    api.card_login(person.ubn, "moeaca_card", card)

    def sign_json(fields: dict[str, Any], action: str) -> dict[str, Any]:
        document = {**fields, "action": action, "ubn": person.ubn}
        path = f"/_sandbox/demo-cards/{card}/sign"
        return dict(api.ok("POST", path, {"document_json": document}))

    texts = api.text_fields()
    for kind in ("labor_insurance", "business_registration"):
        fields = {"kind": kind, "valid_from": "2026-06-01", "valid_to": "2026-12-31", **texts}
        if kind == "business_registration":
            fields |= business_registration_person(person)
        api.ok(
            "POST", "/application/authorizations", {**fields, **sign_json(fields, "authorizations")}
        )
    consents = {"personal_data": True, "declarations": True, **texts}
    api.ok("POST", "/application/consents", {**consents, **sign_json(consents, "consents")})
    api.ok("PUT", "/application/form", form_for(person))
    api.ok("POST", "/application/account", {"password": "Secret2026"})
    code = api.ok("GET", f"/_sandbox/outbox?ubn={person.ubn}")["items"][0]["code"]
    api.ok("POST", "/application/email-verification", {"code": code})


def test_walkthrough_from_ubn_to_terminated_order(api: Any) -> None:
    """What README's hand walkthrough does: every document signed by the sandbox's sign tool."""
    person = demo("sme")
    card = "moeaca-sme-primary"
    enrol_with_the_sign_tool(api, person, card)
    answers = {"version": VERSION, "answers": answers_all_first()}
    assert api.ok("POST", "/assessment/responses", answers)["points_granted"] == 30000
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S015-06M"})
    block = api.ok("POST", f"/_sandbox/demo-cards/{card}/sign", {"data": quote["to_be_signed"]})
    order = api.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201)
    api.ok("POST", f"/_sandbox/vendor/orders/{order['id']}/confirm")
    api.http.post(api.ok("GET", f"/orders/{order['id']}")["payment_url"], timeout=10)
    for action in ("issue-invoice", "start-service"):
        api.ok("POST", f"/_sandbox/vendor/orders/{order['id']}/{action}")
    api.advance(44)  # 2026-07-15
    ending = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    block = api.ok("POST", f"/_sandbox/demo-cards/{card}/sign", {"data": ending["to_be_signed"]})
    done = api.ok("POST", f"/orders/{order['id']}/terminate", block)
    assert done["status"] == "terminated"
    assert done["settlement"]["self_pay_refund"] == 20000
    assert api.ok("GET", "/points")["balance"] == 20000


@pytest.mark.parametrize("budget_exhausted", [False, True])
def test_a_member_without_granted_points_may_buy_at_full_self_pay(
    api: Any, budget_exhausted: bool
) -> None:
    """Seeds 001/003 (仍可以全額自付購買各類型雲端解決方案) and the contract: a member always
    gets a quote, at full self-pay when no points apply, here because none were granted:
    the self-assessment is not done yet, or it was done once the budget was spent (the
    platform's own notice says 仍可全額自付購買方案). The client previews it the same way
    (``app.flows.plan_preview``: NoPointsReason.NOT_GRANTED)."""
    person = demo("sme")
    card = "moeaca-sme-primary"
    enrol_with_the_sign_tool(api, person, card)
    if budget_exhausted:
        api.ok("POST", "/_sandbox/programme", {"budget_exhausted": True})
        answers = {"version": VERSION, "answers": answers_all_first()}
        assert api.ok("POST", "/assessment/responses", answers)["points_granted"] == 0
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    assert (quote["price"], quote["points"], quote["self_pay"]) == (30_000, 0, 30_000)
    assert quote["points_reason"] == "POINTS_NOT_GRANTED"
    block = api.block(card, base64.b64decode(quote["to_be_signed"]))
    order = api.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201)
    assert (order["points"], order["self_pay"]) == (0, 30_000)
    assert api.ok("GET", "/points")["balance"] == 0
