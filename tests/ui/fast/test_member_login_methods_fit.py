"""The login methods stay inside the page: English names are too long for two columns at the
training window's width, and the page cannot scroll sideways."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from app.platform.models import Applicant
from app.subsidy import ApplicantType, VerificationMethod
from tests.ui.fast.fake_platform import FakePlatform
from tests.ui.fast.test_member_login_fast import UBN, login_page
from ui.application import create_application

EVERY_METHOD = Applicant(UBN, "示範公司", ApplicantType.SME, tuple(VerificationMethod), member=True)


@pytest.mark.parametrize("language", ["en", "zh_TW"])
@pytest.mark.parametrize("width", [950, 1400])
def test_every_login_method_shows_its_whole_name(qtbot: QtBot, language: str, width: int) -> None:
    create_application(LaunchOptions(language=language))
    try:
        page = login_page(qtbot, FakePlatform(EVERY_METHOD, done_after_login=set()))
        page.resize(width, 700)
        viewport = page.scroll_area.viewport()

        def inside(radio: object) -> bool:
            assert hasattr(radio, "mapTo")
            right = radio.mapTo(viewport, QPoint(radio.width(), 0)).x()  # type: ignore[attr-defined]
            whole = radio.width() >= radio.sizeHint().width()  # type: ignore[attr-defined]
            return whole and right <= viewport.width()

        radios = list(page.method_radios.values())
        assert len(radios) == len(VerificationMethod) + 1  # and the password
        qtbot.waitUntil(lambda: all(inside(radio) for radio in radios))
    finally:
        create_application(LaunchOptions(language="zh_TW"))
