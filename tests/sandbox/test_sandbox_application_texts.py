"""Consent texts bound to the signature: served texts, their digest, TEXT_OUTDATED, 附表3."""

from __future__ import annotations

from typing import Any

from app.subsidy import CLOUD_ERA_PROGRAMMES, canonical_json, texts_sha256

SME = {"ubn": "16480894", "card": "moeaca-sme-primary", "id": "A123456789", "name": "王大明"}


def _fresh_sme(api: Any) -> None:
    api.ok("POST", "/_sandbox/scenarios", {"name": "fresh_applicant"})
    api.card_login(SME["ubn"], "moeaca_card", SME["card"])


def _signed(api: Any, path: str, fields: dict[str, Any]) -> Any:
    action = path.rsplit("/", 1)[-1]
    document = canonical_json({**fields, "action": action, "ubn": SME["ubn"]})
    return api.post(path, {**fields, **api.block(SME["card"], document)})


def _authorizations(api: Any, texts: dict[str, str], **person: Any) -> list[Any]:
    answers = []
    for kind in ("labor_insurance", "business_registration"):
        fields = {"kind": kind, "valid_from": "2026-06-01", "valid_to": "2027-05-31", **texts}
        if kind == "business_registration":
            fields |= person
        answers.append(_signed(api, "/application/authorizations", fields))
    return answers


def test_the_texts_are_served_with_their_digest(api: Any) -> None:
    served = api.ok("GET", "/application/texts")
    texts = served["texts"]
    assert served["sha256"] == texts_sha256(texts)
    assert len(texts["declarations"]) == 10
    assert texts["declarations"][0].startswith("一、本單位為符合")
    assert texts["declarations"][9].startswith("十、")
    assert "0809-092-091" in "".join(texts["personal_data"]["paragraphs"])
    registration = texts["authorization_business_registration"]
    assert registration["notice"] == (
        "我已詳閱「中小企業融資服務平台蒐集個人資料告知事項暨個人資料提供同意書」。"
    )
    assert texts["authorization_labor_insurance"]["paragraphs"][-1] == "此致 經濟部中小企業處"
    industry = texts["industry_declaration"]
    assert industry["programmes"] == list(CLOUD_ERA_PROGRAMMES)
    assert "引領中小微型企業數位轉型戰略攻頂計畫" in industry["programmes"]


def test_signed_steps_must_name_the_texts_in_force(api: Any) -> None:
    _fresh_sme(api)
    current = api.text_fields()
    outdated = {**current, "text_version": "2025-01"}
    for answer in _authorizations(
        api,
        outdated,
        responsible_person_id=SME["id"],
        responsible_person_name=SME["name"],
        personal_data_notice=True,
    ):
        assert answer.status_code == 409
        error = answer.json()["error"]
        assert error["code"] == "TEXT_OUTDATED"
        assert error["details"]["current_sha256"] == current["text_sha256"]
    tampered = {**current, "text_sha256": "0" * 64}
    assert _authorizations(api, tampered)[0].json()["error"]["code"] == "TEXT_OUTDATED"
    missing = _signed(
        api,
        "/application/authorizations",
        {"kind": "labor_insurance", "valid_from": "2026-06-01", "valid_to": "2027-05-31"},
    )
    assert missing.status_code == 422

    labour, registration = _authorizations(api, current, responsible_person_id=SME["id"])
    assert labour.status_code == 200
    assert registration.status_code == 422
    details = registration.json()["error"]["details"]
    assert set(details["fields"]) == {"responsible_person_name", "personal_data_notice"}
    assert details["field_codes"] == {"responsible_person_name": "RESPONSIBLE_NAME_REQUIRED"}
    _labour, wrong_name = _authorizations(
        api,
        current,
        responsible_person_id=SME["id"],
        responsible_person_name="王小明",
        personal_data_notice=True,
    )
    mismatch = wrong_name.json()["error"]["details"]
    assert mismatch["fields"] == {
        "responsible_person_name": "負責人姓名與登記資料不符，請依營業登記資料填寫。"
    }
    assert mismatch["field_codes"] == {"responsible_person_name": "RESPONSIBLE_NAME_MISMATCH"}
    _labour, registration = _authorizations(
        api,
        current,
        responsible_person_id=SME["id"],
        responsible_person_name=" 王 大明 ",
        personal_data_notice=True,
    )
    assert registration.status_code == 200, registration.text

    consents = {"personal_data": True, "declarations": True}
    old = _signed(api, "/application/consents", {**consents, **outdated})
    assert old.status_code == 409
    assert old.json()["error"]["code"] == "TEXT_OUTDATED"
    assert api.ok("GET", "/application")["steps"]["consents"] is False
    done = _signed(api, "/application/consents", {**consents, **current})
    assert done.status_code == 200, done.text
    assert done.json()["steps"]["consents"] is True
