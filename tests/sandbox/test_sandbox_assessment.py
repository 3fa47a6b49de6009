"""The questionnaire marks exclusive options and refuses a contradictory response."""

from __future__ import annotations

from typing import Any

from sandbox.questionnaire import VERSION, complete_answers


def test_the_questionnaire_marks_exclusive_options(api: Any) -> None:
    served = api.ok("GET", "/assessment/questionnaire")
    marked = {
        (q["id"], o["id"], o["text"])
        for q in served["questions"]
        for o in q["options"]
        if o.get("exclusive")
    }
    assert ("ops_paper", "none", "皆已數位化") in marked
    assert ("remote_tools", "none", "尚未使用") in marked
    assert all(
        q["kind"] == "multi" for q in served["questions"] if q["id"] in {m[0] for m in marked}
    )


def test_a_contradictory_response_is_refused_with_422(api: Any) -> None:
    api.scenario()
    answers = complete_answers({"ops_paper": ["none", "orders"]})
    refused = api.post("/assessment/responses", {"version": VERSION, "answers": answers})
    assert refused.status_code == 422
    error = refused.json()["error"]
    assert error["code"] == "EXCLUSIVE_ANSWER_CONFLICT"
    assert error["details"]["questions"] == ["ops_paper"]
    assert "ops_paper" in error["details"]["fields"]
    answers["ops_paper"] = ["none"]
    api.ok("POST", "/assessment/responses", {"version": VERSION, "answers": answers})
