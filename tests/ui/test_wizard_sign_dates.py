"""The 企業授權書 validity period is prefilled as ROC dates the person can read and edit:
115年1月5日 in Chinese, 115/1/5 in English (the English UI showed Chinese characters)."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from app.platform.models import Applicant, ApplicationTexts
from app.subsidy import ApplicantType, AuthorizationKind, VerificationMethod
from sandbox.application_texts import current as served_texts
from ui.application import create_application
from ui.wizard.sign_pages import AuthorizationPage

APPLICANT = Applicant(
    "16480894", "雲端示範股份有限公司（測試）", ApplicantType.SME, tuple(VerificationMethod), False
)


@pytest.mark.parametrize(
    ("language", "start", "end"),
    [("zh_TW", "115年1月5日", "116年1月5日"), ("en", "115/1/5", "116/1/5")],
)
def test_the_validity_period_reads_in_the_ui_language(
    qtbot: QtBot, language: str, start: str, end: str
) -> None:
    create_application(LaunchOptions(language=language))
    try:
        page = AuthorizationPage(
            AuthorizationKind.LABOR_INSURANCE,
            APPLICANT,
            date(2026, 1, 5),
            ApplicationTexts.from_json(served_texts()),
        )
        qtbot.addWidget(page)
        assert (page.valid_from.text(), page.valid_to.text()) == (start, end)
        assert page.valid_from.message() is None
        assert page.valid_to.message() is None
    finally:
        create_application(LaunchOptions(language="zh_TW"))
