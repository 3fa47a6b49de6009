"""The 工業館 application in the wizard, run through to its 200,000 points on the embedded
platform; the terms shown come from the programme the platform serves."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel

from app.platform.client import PlatformClient
from app.subsidy import CLOUD_ERA_PROGRAMMES, Pavilion
from sandbox.world import DEMO_APPLICANTS

MAKER = next(d for d in DEMO_APPLICANTS if d.ubn == "81924865")
SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
INDUSTRY_FIELDS = {
    "factory_registration_number": "99612345",
    "annual_revenue": "2,500,000,000",
    "revenue_basis": "401_last_year",
}


def _shown(page: Any, name: str) -> list[str]:
    return [label.text() for label in page.findChildren(QLabel, name)]


def choose_industry(driver: Any) -> Any:
    """Look the manufacturer up and pick the 工業館 track; returns the UBN page."""
    page = driver.lookup(MAKER.ubn)
    driver.qtbot.waitUntil(lambda: bool(page.choices), timeout=20000)
    assert page.pavilion.offered
    next(c for c in page.choices if c.method.value == "moeaca_card").radio.setChecked(True)
    assert not page.next_button.isEnabled()  # the track must be chosen first
    industry = next(o for o in page.pavilion.options if o.pavilion is Pavilion.INDUSTRY)
    industry.radio.setChecked(True)
    assert page.next_button.isEnabled()
    return page


def sign_in_as_maker(driver: Any) -> None:
    page = choose_industry(driver)
    page.next_button.click()
    driver.wait_page("identity")
    driver.insert("moeaca-maker")
    driver.wait_card()
    driver.page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)


def test_the_track_choice_states_the_programme_terms(make_wizard: Any, platform_url: str) -> None:
    programme = PlatformClient(platform_url).get_programme().data
    general, industry = programme.terms(Pavilion.GENERAL), programme.terms(Pavilion.INDUSTRY)
    driver = make_wizard()
    page = choose_industry(driver)
    texts = {o.pavilion: o.terms_text for o in page.pavilion.options}
    assert f"{industry.points_cap:,}" in texts[Pavilion.INDUSTRY]
    assert f"= {industry.ratio_label}" in texts[Pavilion.INDUSTRY]
    assert f"至少使用 {industry.min_plan_months} 個月" in texts[Pavilion.INDUSTRY]
    assert f"{general.points_cap:,}" in texts[Pavilion.GENERAL]
    assert f"= {general.ratio_label}" in texts[Pavilion.GENERAL]
    assert f"至少使用 {general.min_plan_months} 個月" in texts[Pavilion.GENERAL]
    # Somebody without a factory registration is not offered the choice.
    page = driver.lookup(SME.ubn)
    driver.qtbot.waitUntil(lambda: bool(page.choices), timeout=20000)
    assert not page.pavilion.offered
    assert not page.pavilion.isVisible()


def test_industry_application_to_200000_points(make_wizard: Any) -> None:
    driver = make_wizard()
    sign_in_as_maker(driver)
    driver.authorizations_and_consents_until_consents("123456", MAKER.responsible_id)
    consents = driver.page
    assert consents.industry_declaration is not None
    shown = _shown(consents, "ServedText")
    for number, programme in enumerate(CLOUD_ERA_PROGRAMMES, start=1):
        assert f"{number}. {programme}" in shown
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    assert not consents.next_button.isEnabled()  # the 工業館 declaration is needed too
    consents.industry_declaration.setChecked(True)
    driver.sign("123456")
    form = driver.wait_page("form", timeout=30000)
    assert form.pavilion is Pavilion.INDUSTRY
    driver.fill_form(INDUSTRY_FIELDS)
    # Over NT$2bn is a fact the form accepts; the platform refuses the track with its reason.
    form.next_button.click()
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "AccountPage", timeout=20000)
    account = driver.page
    account.password.edit.setText("Cloud-Maker-2026")
    account.confirm.edit.setText("Cloud-Maker-2026")
    account.create_button.click()
    # Back on 附表1 with the platform's reason; what was typed is still there.
    driver.qtbot.waitUntil(
        lambda: driver.page is not form and type(driver.page).__name__ == "FormPage",
        timeout=20000,
    )
    form = driver.page
    driver.wait_error(form, "NOT_ELIGIBLE")
    assert "年營業收入逾新臺幣20億元" in form.errors.details.text()
    assert form.rows["factory_registration_number"].text() == "99612345"
    after_account = driver.form_and_account(
        MAKER.ubn, {**INDUSTRY_FIELDS, "annual_revenue": "150,000,000"}
    )
    assert after_account is not None
    result = driver.assessment()
    assert "200,000" in result.points.text()
    summary = driver.wizard.service.points()
    assert (summary.granted, summary.pavilion, summary.first_use_by) == (
        200_000,
        Pavilion.INDUSTRY,
        None,
    )


def test_a_refused_industry_track_can_become_a_general_application(make_wizard: Any) -> None:
    """Revenue over NT$2bn: the platform refuses 工業館; the applicant re-signs the consents
    for the general points and finishes with 30,000, nothing typed lost."""
    driver = make_wizard()
    sign_in_as_maker(driver)
    driver.authorizations_and_consents_until_consents("123456", MAKER.responsible_id)
    consents = driver.page
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    consents.industry_declaration.setChecked(True)
    driver.sign("123456")
    driver.wait_page("form", timeout=30000)
    driver.fill_form(INDUSTRY_FIELDS)  # NT$2.5bn
    driver.page.next_button.click()
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "AccountPage", timeout=20000)
    account = driver.page
    account.password.edit.setText("Cloud-Maker-2026")
    account.confirm.edit.setText("Cloud-Maker-2026")
    account.create_button.click()
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "FormPage", timeout=20000)
    form = driver.page
    driver.wait_error(form, "NOT_ELIGIBLE")
    assert "年營業收入逾新臺幣20億元" in form.errors.details.text()
    assert "30,000" in form.general_track_button.text()
    form.general_track_button.click()
    consents = driver.wait_page("consents", timeout=30000)
    assert consents.industry_declaration is None
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    driver.sign("123456")
    driver.qtbot.waitUntil(
        lambda: type(driver.page).__name__ == "FormPage" and driver.page is not form,
        timeout=30000,
    )
    general = driver.page
    assert general.pavilion is Pavilion.GENERAL
    assert "factory_registration_number" not in general.rows
    assert general.rows["address"].text()  # typed before, kept
    driver.form_and_account(MAKER.ubn)
    result = driver.assessment()
    assert "30,000" in result.points.text()
    assert driver.wizard.service.points().pavilion is Pavilion.GENERAL
