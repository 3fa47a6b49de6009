"""``POST /_sandbox/reviews/{ubn}/{approve|reject}``: a trainer decides a tax-registered
applicant's eligibility review now; the daily sweep still approves it on the due day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from test_sandbox_journeys import business_registration_person, demo, form_for, login, signed

from app.subsidy import WorkCalendar

TAX = demo("tax_registered")


def pending_review(api: Any) -> None:
    """Apply as the tax-registered demo applicant (mobile MOICA) up to 資格審查中."""
    sign = login(api, TAX, "moica_mobile", None)
    app = api.ok("GET", "/application")
    texts = api.text_fields()
    for kind in app["required_authorizations"]:
        fields = {"kind": kind, "valid_from": "2026-06-01", "valid_to": "2027-05-31", **texts}
        if kind == "business_registration":
            fields |= business_registration_person(TAX)
        signed(api, sign, "/application/authorizations", fields, TAX.ubn)
    consents = {"personal_data": True, "declarations": True, **texts}
    signed(api, sign, "/application/consents", consents, TAX.ubn)
    api.ok("PUT", "/application/form", form_for(TAX))
    api.ok("POST", "/application/account", {"password": "Secret2026"})
    code = next(m["code"] for m in api.ok("GET", f"/_sandbox/outbox?ubn={TAX.ubn}")["items"])
    assert api.ok("POST", "/application/email-verification", {"code": code})["status"] == (
        "pending_review"
    )


def mails(api: Any) -> list[dict[str, Any]]:
    return [m for m in api.ok("GET", f"/_sandbox/outbox?ubn={TAX.ubn}")["items"] if not m["code"]]


def notices(api: Any) -> list[str]:
    return [n["title"] for n in api.ok("GET", "/notifications")["items"]]


def test_reject_now_tells_the_applicant_why_and_is_idempotent(api: Any) -> None:
    pending_review(api)
    looked_up = api.ok("GET", f"/applicants/{TAX.ubn}")
    assert (looked_up["member"], looked_up["review"]) == (False, "pending")
    decided = api.ok("POST", f"/_sandbox/reviews/{TAX.ubn}/reject", {})
    looked_up = api.ok("GET", f"/applicants/{TAX.ubn}")
    assert (looked_up["member"], looked_up["review"]) == (False, "rejected")
    assert decided["status"] == "rejected"
    assert decided["reason"] == "查無稅籍登記資料"  # the default reason
    assert decided["decided_at"].startswith(api.today())
    application = api.ok("GET", "/application")
    assert application["status"] == "rejected"
    assert application["rejection_reason"] == "查無稅籍登記資料"
    assert "資格審查未通過" in notices(api)
    [mail] = mails(api)
    assert mail["subject"] == "資格審查未通過"
    assert "查無稅籍登記資料" in mail["body"]
    # The same decision again answers the same and tells nobody twice.
    again = api.ok("POST", f"/_sandbox/reviews/{TAX.ubn}/reject", {"reason": "其他"})
    assert again == decided
    assert len(mails(api)) == 1
    # Anything an active applicant does says why it cannot.
    refused = api.post("/assessment/responses", {"version": "x", "answers": {}})
    assert refused.status_code == 409
    assert refused.json()["error"]["code"] == "APPLICATION_REJECTED"
    assert refused.json()["error"]["details"]["reason"] == "查無稅籍登記資料"
    # The sweep on the due day does not approve a rejected applicant.
    due = WorkCalendar.taiwan().add_working_days(dt.date.fromisoformat(api.today()), 1)
    api.set_clock(f"{due + dt.timedelta(days=3)}T08:00:00+08:00")
    assert api.ok("GET", "/application")["status"] == "rejected"
    # Approving a rejected applicant is not a review decision any more.
    late = api.post(f"/_sandbox/reviews/{TAX.ubn}/approve")
    assert late.status_code == 409
    assert late.json()["error"]["code"] == "REVIEW_NOT_PENDING"
    assert late.json()["error"]["details"]["status"] == "rejected"


def test_reject_with_a_reason_of_the_trainers(api: Any) -> None:
    pending_review(api)
    body = {"reason": "稅籍登記已歇業"}
    assert api.ok("POST", f"/_sandbox/reviews/{TAX.ubn}/reject", body)["reason"] == "稅籍登記已歇業"
    assert api.ok("GET", "/application")["rejection_reason"] == "稅籍登記已歇業"


def test_approve_now_activates_with_the_sweeps_notice_and_an_email(api: Any) -> None:
    pending_review(api)
    assert api.ok("GET", "/_sandbox/deadlines")["items"][0]["kind"] == "review"
    decided = api.ok("POST", f"/_sandbox/reviews/{TAX.ubn}/approve")
    assert (decided["status"], decided["reason"]) == ("active", None)
    looked_up = api.ok("GET", f"/applicants/{TAX.ubn}")
    assert (looked_up["member"], looked_up["review"]) == (True, None)
    assert api.ok("GET", "/application")["status"] == "active"
    assert api.ok("GET", "/application")["rejection_reason"] is None
    assert notices(api).count("資格審查通過") == 1
    assert [m["subject"] for m in mails(api)] == ["資格審查通過"]
    assert api.ok("POST", f"/_sandbox/reviews/{TAX.ubn}/approve") == decided
    # Nothing is left for the clock to decide.
    assert not [i for i in api.ok("GET", "/_sandbox/deadlines")["items"] if i["kind"] == "review"]


def test_the_sweep_still_approves_on_the_due_day_with_the_same_effects(api: Any) -> None:
    pending_review(api)
    due = WorkCalendar.taiwan().add_working_days(dt.date.fromisoformat(api.today()), 1)
    api.set_clock(f"{due}T08:00:00+08:00")
    assert api.ok("GET", "/application")["status"] == "active"
    assert notices(api).count("資格審查通過") == 1
    assert [m["subject"] for m in mails(api)] == ["資格審查通過"]
    # deciding what the sweep decided answers the same; rejecting now is too late
    assert api.ok("POST", f"/_sandbox/reviews/{TAX.ubn}/approve")["status"] == "active"
    assert api.post(f"/_sandbox/reviews/{TAX.ubn}/reject").status_code == 409


def test_only_an_applicant_under_review_can_be_decided(api: Any) -> None:
    sme = demo("sme")
    draft = api.post(f"/_sandbox/reviews/{sme.ubn}/reject")
    assert draft.status_code == 409
    error = draft.json()["error"]
    assert error["code"] == "REVIEW_NOT_PENDING"
    assert error["details"] == {"ubn": sme.ubn, "status": "draft"}
    assert sme.name in error["message"]
    unknown = api.post("/_sandbox/reviews/00000000/approve")
    assert unknown.status_code == 404
    assert unknown.json()["error"]["code"] == "UBN_NOT_FOUND"
    assert api.post(f"/_sandbox/reviews/{sme.ubn}/maybe").status_code == 404
    too_long = api.post(f"/_sandbox/reviews/{sme.ubn}/reject", {"reason": "因" * 201})
    assert too_long.status_code == 422
