"""The main window on the embedded training platform: wizard, training panel, cards, phones."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from sandbox.world import DEMO_APPLICANTS
from ui.main_window import MainWindow

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")


@pytest.fixture
def window(training_window: MainWindow) -> MainWindow:
    """The main window in training mode, with its platform started."""
    training_window.resize(1400, 860)
    return training_window


def test_new_application_opens_the_wizard_and_the_panel_drives_cards(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.training_panel
    assert panel is not None
    assert window.panel_button.isEnabled()
    window.panel_button.click()
    assert panel.isVisible()
    window.start_page.new_button.click()
    wizard = window.wizard
    assert wizard is not None
    assert window.pages.currentWidget() is wizard
    ubn = wizard.ubn_page
    ubn.ubn.edit.setText(SME.ubn)
    ubn.lookup_button.click()
    qtbot.waitUntil(lambda: bool(ubn.choices), timeout=20000)
    ubn.choices[0].radio.setChecked(True)
    ubn.next_button.click()
    card_id = "moeaca-sme-primary"
    panel.card_choice.setCurrentIndex(panel.card_choice.findData(card_id))
    panel.insert_button.click()
    qtbot.waitUntil(lambda: wizard.card_panel.usable_identity() is not None, timeout=10000)
    assert "雲端示範" in wizard.card_panel.card_label.text()
    assert "PIN 123456" in panel.card_choice.currentText()
    panel.remove_button.click()
    qtbot.waitUntil(lambda: wizard.card_panel.current is None, timeout=5000)
    wizard.finished.emit()
    assert window.pages.currentWidget() is window.start_page


def test_panel_approves_phones_reads_mail_and_moves_the_clock(
    window: MainWindow, qtbot: QtBot
) -> None:
    panel = window.training_panel
    assert panel is not None
    window.open_wizard()
    wizard = window.wizard
    assert wizard is not None
    ubn = wizard.ubn_page
    ubn.ubn.edit.setText(SME.ubn)
    ubn.lookup_button.click()
    qtbot.waitUntil(lambda: bool(ubn.choices), timeout=20000)
    next(c for c in ubn.choices if c.method.value == "moica_mobile").radio.setChecked(True)
    ubn.next_button.click()
    page = wizard.identity_page
    assert page is not None
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    qtbot.waitUntil(lambda: bool(panel.pending), timeout=20000)
    assert panel.approve_button.isEnabled()
    panel.approve_button.click()
    qtbot.waitUntil(lambda: wizard.page_name == "authorizations", timeout=30000)
    qtbot.waitUntil(lambda: not panel.pending, timeout=5000)

    panel.refresh_clock()
    qtbot.waitUntil(lambda: "20" in panel.clock_label.text(), timeout=10000)
    before = panel.clock_label.text()
    panel.advance(7)
    qtbot.waitUntil(lambda: panel.clock_label.text() != before, timeout=10000)

    panel.refresh_outbox()
    qtbot.waitUntil(lambda: bool(panel.mail_view.toPlainText()), timeout=10000)
    assert "還沒有寄出任何信" in panel.mail_view.toPlainText()


@pytest.mark.screenshot
def test_screenshot_training_panel(window: MainWindow, qtbot: QtBot, screenshot_dir: Path) -> None:
    window.panel_button.click()
    window.open_wizard()
    panel = window.training_panel
    assert panel is not None
    names = ("cards", "phone", "vendor", "mail", "clock", "people", "lessons")
    assert panel.tabs.count() == len(names)
    for index, name in enumerate(names):
        panel.tabs.setCurrentIndex(index)
        if name == "mail":
            panel.refresh_outbox()
            qtbot.waitUntil(lambda: bool(panel.mail_view.toPlainText()), timeout=10000)
        if name == "clock":
            panel.refresh_clock()
            qtbot.waitUntil(lambda: bool(panel.clock_label.text()), timeout=10000)
        if name == "people":
            qtbot.waitUntil(lambda: "64/3/14" in panel.people_view.toPlainText(), timeout=10000)
        path = screenshot_dir / f"training_panel_{name}.png"
        assert panel.grab().save(str(path))
        assert path.stat().st_size > 10_000


def test_a_completed_application_continues_in_the_member_area(
    window: MainWindow, qtbot: QtBot
) -> None:
    import requests

    from app.flows.login import LoginFlow
    from app.platform.client import PlatformClient
    from app.subsidy import VerificationMethod
    from ui.member.area import MemberArea
    from ui.member.signing import MobileSignatureRequester, PhonePerson
    from ui.wizard.wizard import CompletedApplication

    assert window.platform_url is not None
    answer = requests.post(
        f"{window.platform_url}/_sandbox/scenarios",
        json={"name": "member_with_points", "applicant_type": "sme"},
        timeout=10,
    )
    answer.raise_for_status()
    scenario = answer.json()
    client = PlatformClient(window.platform_url)
    client.use_token(scenario["ubn"], scenario["token"])
    login = LoginFlow(client)
    applicant = login.lookup(scenario["ubn"])
    login.choose_method(VerificationMethod.MOICA_MOBILE)
    window.open_wizard()
    assert window.wizard is not None
    person = PhonePerson(SME.responsible_id)
    window.wizard.completed.emit(
        CompletedApplication(
            client, applicant, VerificationMethod.MOICA_MOBILE, login, None, person, ()
        )
    )
    area = window.member_area
    assert isinstance(area, MemberArea)
    assert isinstance(area.session.signer, MobileSignatureRequester), "signs in the same app"
    assert window.pages.currentWidget() is area
    assert window.wizard is None
    area.session_ended.emit()
    assert window.pages.currentWidget() is window.start_page


def test_member_login_opens_from_the_start_page(window: MainWindow, qtbot: QtBot) -> None:
    from ui.member_login import MemberLoginPage

    window.start_page.login_button.click()
    page = window.pages.currentWidget()
    assert isinstance(page, MemberLoginPage)
    page.cancelled.emit()
    assert window.pages.currentWidget() is window.start_page


def test_the_panel_is_built_when_a_phone_request_needs_it(
    qtbot: QtBot, memory_keyring: object
) -> None:
    from app.launch_options import LaunchOptions

    window = MainWindow(LaunchOptions(platform_url=None, language="zh_TW"))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.platform_ready, timeout=60000):
        window.backends.start()
    try:
        # Nothing of the panel or the demo cards is built while the start page idles.
        assert window.training_panel is None
        assert window.cards is None
        window.start_page.new_button.click()
        qtbot.waitUntil(lambda: window.wizard is not None, timeout=60000)
        platform = window.backends.training_platform
        assert platform is not None
        assert platform.is_client_prepared, "the wizard opens with the demo readers ready"
        assert window.cards is None, "the card context starts when a card method is chosen"
        wizard = window.wizard
        assert wizard is not None
        # A phone login asks the panel to approve it: the panel is built for it.
        wizard.mobile_started.emit("tx-training-1", "手機門號登入")
        qtbot.waitUntil(lambda: window.training_panel is not None, timeout=60000)
        panel = window.training_panel
        assert panel is not None
        assert panel.pending == {"tx-training-1": "手機門號登入"}
        wizard.mobile_ended.emit("tx-training-1")
        assert panel.pending == {}
    finally:
        window.shutdown()
