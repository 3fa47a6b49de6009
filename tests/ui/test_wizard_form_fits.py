"""附表1 stays inside its page: in English the 工業館 fields' labels are long, and the page
cannot scroll sideways (beside the training panel the wizard is about 950 px wide)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from app.platform.models import Applicant
from app.subsidy import ApplicantType, Pavilion, VerificationMethod
from ui.application import create_application
from ui.wizard.form_page import FormPage

MANUFACTURER = Applicant(
    "81924865", "示範精密工業有限公司（測試）", ApplicantType.SME, tuple(VerificationMethod), False
)


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("pavilion", [Pavilion.INDUSTRY, Pavilion.GENERAL])
def test_the_form_is_no_wider_than_its_page(
    qtbot: QtBot, language: str, pavilion: Pavilion
) -> None:
    create_application(LaunchOptions(language=language))
    try:
        page = FormPage(MANUFACTURER, pavilion)
        qtbot.addWidget(page)
        page.resize(690, 640)  # the page beside the step list in a 950 px window
        page.show()
        qtbot.waitExposed(page)
        viewport = page.scroll_area.viewport()
        content = page.scroll_area.widget()
        qtbot.waitUntil(lambda: content.width() <= viewport.width())
        for name, row in page.rows.items():
            assert row.label.width() >= row.label.minimumSizeHint().width(), name
    finally:
        create_application(LaunchOptions(language="zh_TW"))
