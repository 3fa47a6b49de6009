"""附表1 of an SME: figures that do not describe an SME are marked before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest

from app.platform.models import Applicant
from app.subsidy import ApplicantType, VerificationMethod
from ui.wizard.form_page import FormPage

SME_SIZE = (
    "中小企業須實收資本額在新臺幣1億元以下，或經常僱用員工未滿200人；請核對實收資本額與員工人數"
)


@pytest.mark.parametrize(
    ("kind", "marked"), [(ApplicantType.SME, True), (ApplicantType.COOPERATIVE, False)]
)
def test_an_smes_capital_and_employees_must_make_it_an_sme(
    qtbot: Any, kind: ApplicantType, marked: bool
) -> None:
    applicant = Applicant("16480894", "示範單位（測試）", kind, tuple(VerificationMethod), False)
    page = FormPage(applicant)
    qtbot.addWidget(page)
    page.rows["paid_in_capital"].edit.setText("150,000,000")
    page.rows["employees"].edit.setText("250")
    errors = page.errors_now()
    shown = [errors.get("paid_in_capital"), errors.get("employees")]
    # a cooperative (or any type but an SME) is not measured by an SME's size
    assert shown == ([SME_SIZE, SME_SIZE] if marked else [None, None])
    page.rows["employees"].edit.setText("25")  # the mistyped figure, corrected
    errors = page.errors_now()
    assert "paid_in_capital" not in errors
    assert "employees" not in errors
    assert page.rows["paid_in_capital"].text() == "150,000,000"  # nothing typed is lost
