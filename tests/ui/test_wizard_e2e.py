"""The whole enrolment wizard on the embedded training platform, per applicant type and method.

Card methods run through the real PC/SC stack: the sandbox's emulated demo cards sit in a
vpcd reader of pcscd and are reached with pyscard by the card worker, card protocol and
hot-plug monitor (the stack is required under scripts/run_tests.py, see ``stack``). One
run also goes through the training panel's in-process reader. Phone approvals go through
the platform's ``/_sandbox`` endpoints, as the training panel does.
"""

from __future__ import annotations

from typing import Any

import pytest

from app.subsidy import ApplicantType, allowed_methods
from sandbox.world import DEMO_APPLICANTS

DEMO = {
    d.applicant_type: d for d in DEMO_APPLICANTS if not d.disqualified and not d.factory_registered
}
CARD_METHODS = {
    "moeaca_card": {"sme": "moeaca-sme-primary"},
    "moica_card": {
        "sme": "moica-sme-owner",
        "tax_registered": "moica-tax-owner",
        "cooperative": "moica-coop-owner",
    },
    "xca_card": {"cooperative": "xca-coop", "social_innovation": "xca-social"},
}
CASES = [
    ("sme", "moeaca_card"),
    ("sme", "moica_card"),
    ("sme", "moica_mobile"),
    ("sme", "phone"),
    ("tax_registered", "moica_card"),
    ("tax_registered", "moica_mobile"),
    ("cooperative", "xca_card"),
    ("cooperative", "moica_card"),
    ("cooperative", "moica_mobile"),
    ("social_innovation", "xca_card"),
]


def _identity(driver: Any, kind: str, method: str) -> str | None:
    """Log in with ``method``; returns the PIN used for later signatures (None on a phone)."""
    demo = DEMO[kind]
    page = driver.choose(demo.ubn, method)
    if method in CARD_METHODS:
        if page.id_field is not None:
            page.id_field.edit.setText(demo.responsible_id)
        driver.insert(CARD_METHODS[method][kind])
        driver.wait_card()
        page.next_button.click()
        driver.enter_pin("123456")
        return "123456"
    page.id_field.edit.setText(demo.responsible_id)
    if method == "phone":
        page.birthday_field.edit.setText(
            f"{demo.birthday.year - 1911}/{demo.birthday.month}/{demo.birthday.day}"
        )
        page.mobile_field.edit.setText(demo.mobile)
    assert page.next_button.isEnabled()
    page.next_button.click()
    driver.approve_phone()
    return None


def _complete(driver: Any, kind: str, method: str) -> None:
    demo = DEMO[kind]
    pin = _identity(driver, kind, method)
    if kind == "social_innovation":
        driver.wait_page("consents", timeout=30000)
    else:
        driver.wait_page("authorizations", timeout=30000)
    driver.authorizations_and_consents(pin, demo.responsible_id)
    after_account = driver.form_and_account(demo.ubn)
    if kind == "tax_registered":
        # Eligibility is reviewed within one working day: the trainer moves the clock.
        assert type(after_account).__name__ == "ReviewPage"
        driver.sandbox.advance_days(4)
        after_account.next_button.click()
    result = driver.assessment()
    assert "30,000" in result.points.text()
    assert len(result.chart.rows) == 8
    assert result.categories.text()


@pytest.mark.slow
@pytest.mark.parametrize(
    ("kind", "method"),
    [
        pytest.param(kind, method, marks=pytest.mark.pcsc)
        if method in CARD_METHODS
        else (kind, method)
        for kind, method in CASES
    ],
)
def test_complete_application(
    make_wizard: Any, request: pytest.FixtureRequest, kind: str, method: str
) -> None:
    if method in CARD_METHODS:
        driver = make_wizard(cards=request.getfixturevalue("pcsc_context"))
    else:
        driver = make_wizard()
    _complete(driver, kind, method)


@pytest.mark.slow
def test_complete_application_with_the_training_reader(make_wizard: Any) -> None:
    """The in-process reader of the training panel, for PCs without a PC/SC service."""
    driver = make_wizard()
    assert driver.cards.virtual_readers is not None
    _complete(driver, "sme", "moeaca_card")


def test_the_runs_cover_every_applicant_type_and_allowed_method() -> None:
    allowed = {
        (kind.value, method.value) for kind in ApplicantType for method in allowed_methods(kind)
    }
    assert set(CASES) == allowed
