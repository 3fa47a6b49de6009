"""Member login on an in-memory platform: one LoginFlow per UBN, the password and the
phone logins, in milliseconds (the end-to-end journeys stay in test_member_login.py)."""

from __future__ import annotations

from typing import Any, cast

from pytestqt.qtbot import QtBot

from app.flows.login import LoginFlow
from app.platform.client import PlatformClient
from app.platform.models import Applicant
from app.subsidy import ApplicantType, VerificationMethod
from tests.ui.fast.fake_platform import FakePlatform
from ui.card_context import CardContext
from ui.member.session import PASSWORD_LOGIN, MemberSession
from ui.member.signing import MobileSignatureRequester
from ui.member_login import MemberLoginPage
from ui.wiring import OnDemand

UBN = "16480894"
MEMBER = Applicant(
    UBN,
    "示範公司",
    ApplicantType.SME,
    (VerificationMethod.MOEACA_CARD, VerificationMethod.MOICA_MOBILE),
    member=True,
)


def login_page(qtbot: QtBot, platform: FakePlatform) -> MemberLoginPage:
    # No card method is chosen in these tests: the card worker is never asked for.
    client = OnDemand.ready(cast(PlatformClient, platform))
    page = MemberLoginPage(client, lambda: cast(CardContext, None), training=False)
    qtbot.addWidget(page)
    page.show()
    page.ubn.edit.setText(UBN)
    page.lookup()
    qtbot.waitUntil(lambda: bool(page.method_radios), timeout=2000)
    return page


def test_password_login_is_read_only(qtbot: QtBot) -> None:
    platform = FakePlatform(MEMBER, done_after_login=set())
    page = login_page(qtbot, platform)
    assert isinstance(page.service, LoginFlow)
    assert page.service.applicant == MEMBER
    page.choose(PASSWORD_LOGIN)
    page.password.edit.setText("Cloud-Maker-2026")
    with qtbot.waitSignal(page.logged_in, timeout=2000) as logged_in:
        page.next_button.click()
    session = logged_in.args[0]
    assert isinstance(session, MemberSession)
    assert session.read_only
    assert session.method == PASSWORD_LOGIN
    assert platform.calls == [f"lookup {UBN}", f"password {UBN}"]


def test_mobile_login_waits_for_the_phone_through_the_login_flow(qtbot: QtBot) -> None:
    platform = FakePlatform(MEMBER, done_after_login=set())
    page = login_page(qtbot, platform)
    page.choose(VerificationMethod.MOICA_MOBILE)
    page.id_field.edit.setText("a123456789")
    started: list[Any] = []
    page.mobile_started.connect(lambda tid, _label: started.append(tid))
    with qtbot.waitSignal(page.logged_in, timeout=3000) as logged_in:
        page.next_button.click()
    session = logged_in.args[0]
    assert isinstance(session.signer, MobileSignatureRequester)
    assert session.method is VerificationMethod.MOICA_MOBILE
    assert started == ["tx-1"]
    assert platform.calls == [f"lookup {UBN}", "mobile A123456789", "logged in"]
    assert page.service.method is VerificationMethod.MOICA_MOBILE
