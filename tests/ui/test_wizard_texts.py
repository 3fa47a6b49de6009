"""The signing pages show exactly the platform's texts, and a TEXT_OUTDATED answer makes the
wizard fetch them again and ask again without losing anything typed."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

import sandbox.application_texts as served_texts
from app.platform.client import PlatformClient
from app.subsidy import texts_sha256
from sandbox.world import DEMO_APPLICANTS

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")


def _shown(page: Any) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel, "ServedText")]


def _to_authorizations(driver: Any) -> Any:
    page = driver.choose(SME.ubn, "moeaca_card")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    return driver.wait_page("authorizations", timeout=30000)


def test_the_pages_show_exactly_the_served_texts(make_wizard: Any, platform_url: str) -> None:
    texts = PlatformClient(platform_url).get_application_texts()
    driver = make_wizard()
    page = _to_authorizations(driver)
    labour = texts.labor_insurance
    assert _shown(page) == [*labour.paragraphs, labour.consent]
    assert page.title.text() == labour.title
    page.agree.setChecked(True)
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not page, timeout=30000)
    page = driver.wait_page("authorizations")
    registration = texts.business_registration
    assert registration.notice is not None
    assert _shown(page) == [*registration.paragraphs, registration.notice, registration.consent]
    assert page.person_name is not None
    driver.authorizations_and_consents_until_consents("123456", SME.responsible_id)
    preamble = driver.page.texts.declarations_preamble
    personal = texts.personal_data
    assert _shown(driver.page) == [
        *personal.paragraphs,
        personal.consent,
        *preamble.paragraphs,
        *texts.declarations,
        preamble.consent,
    ]
    assert driver.page.industry_declaration is None  # a general application


def test_outdated_texts_are_fetched_again_and_typed_data_is_kept(
    make_wizard: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = make_wizard()
    page = _to_authorizations(driver)
    page.agree.setChecked(True)
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not page, timeout=30000)
    page = driver.wait_page("authorizations")
    assert page.kind.value == "business_registration"
    page.person_name.edit.setText(SME.responsible_name)
    page.person.edit.setText(SME.responsible_id)
    page.valid_to.edit.setText("116/3/31")
    page.notice.setChecked(True)
    page.agree.setChecked(True)

    # The platform words 附表3 anew while the person reads the old text.
    current = copy.deepcopy(served_texts.current())
    reworded = "立書人授權查調之資料僅用於本次點數申請資格審查（測試用新版文字）。"
    texts = current["texts"]
    texts["authorization_business_registration"]["paragraphs"].append(reworded)
    renewed = {"version": "2026-12b", "sha256": texts_sha256(texts), "texts": texts}
    monkeypatch.setattr(served_texts, "current", lambda: renewed)

    driver.sign("123456")
    driver.qtbot.waitUntil(
        lambda: driver.page is not page and driver.wizard.page_name == "authorizations",
        timeout=30000,
    )
    again = driver.page
    driver.wait_error(again, "TEXT_OUTDATED")
    assert reworded in _shown(again)
    assert again.texts.version == "2026-12b"
    # Everything typed is back; the boxes that agreed to the old wording are not.
    assert again.person_name.text() == SME.responsible_name
    assert again.person.text() == SME.responsible_id
    assert again.valid_to.text() == "116/3/31"
    assert not again.agree.isChecked()
    assert not again.notice.isChecked()
    assert not again.next_button.isEnabled()

    again.notice.setChecked(True)
    again.agree.setChecked(True)
    driver.sign("123456")
    driver.wait_page("consents", timeout=30000)
    assert driver.page.texts.sha256 == renewed["sha256"]
