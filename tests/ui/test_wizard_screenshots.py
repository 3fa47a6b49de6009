"""Screenshots of every wizard page and state, in Traditional Chinese and English.

Run under Xvfb with a CJK font (scripts/run_tests.py does): the PNGs land in
test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from painted import wait_painted
from PySide6.QtWidgets import QApplication, QWidget

from sandbox.world import DEMO_APPLICANTS
from ui.dialogs.pin_dialog import PinDialog

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
TAX = next(d for d in DEMO_APPLICANTS if d.applicant_type == "tax_registered")

pytestmark = pytest.mark.screenshot


class Shots:
    """Saves numbered screenshots and checks each one is a real picture."""

    def __init__(self, folder: Path, prefix: str, qtbot: Any) -> None:
        self.folder = folder
        self.prefix = prefix
        self.qtbot = qtbot
        self.count = 0

    def take(self, widget: QWidget, name: str) -> Path:
        wait_painted(self.qtbot, widget)
        self.count += 1
        path = self.folder / f"{self.prefix}_{self.count:02d}_{name}.png"
        assert widget.grab().save(str(path))
        assert path.stat().st_size > 5_000
        return path


def test_screenshots_card_path(
    make_wizard: Any, language: str, screenshot_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    driver = make_wizard()
    wizard = driver.wizard
    shots = Shots(screenshot_dir, f"wizard_card_{language}", driver.qtbot)
    shots.take(wizard, "ubn_empty")
    driver.qtbot.keyClicks(wizard.ubn_page.ubn.edit, "16480895")
    shots.take(wizard, "ubn_checksum_error")
    page = driver.lookup("95753514")
    driver.wait_error(page, "NOT_ELIGIBLE")
    shots.take(wizard, "ubn_not_eligible")
    page = driver.lookup(SME.ubn)
    driver.qtbot.waitUntil(lambda: bool(page.choices), timeout=20000)
    page.choices[0].radio.setChecked(True)
    shots.take(wizard, "ubn_methods")
    page.next_button.click()
    identity = driver.wait_page("identity")
    driver.qtbot.waitUntil(lambda: bool(wizard.card_panel.reader_names()), timeout=5000)
    shots.take(wizard, "card_no_card")
    driver.insert("moeaca-maker")
    driver.wait_card(usable=False)
    shots.take(wizard, "card_other_company")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    shots.take(wizard, "card_ready")
    identity.next_button.click()
    panel = wizard.card_panel
    driver.qtbot.waitUntil(lambda: panel.pin_dialog is not None, timeout=20000)
    shots.take(panel.pin_dialog, "pin_dialog")
    driver.qtbot.keyClicks(panel.pin_dialog.pin_edit, "000000")
    panel.pin_dialog.ok_button.click()
    driver.qtbot.waitUntil(
        lambda: panel.pin_dialog is not None and panel.pin_dialog.tries_left == 2, timeout=20000
    )
    shots.take(panel.pin_dialog, "pin_dialog_retry")
    driver.qtbot.keyClicks(panel.pin_dialog.pin_edit, "123456")
    panel.pin_dialog.ok_button.click()
    auth = driver.wait_page("authorizations", timeout=30000)
    shots.take(wizard, "form2")
    auth.agree.setChecked(True)
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not auth, timeout=30000)
    form3 = driver.page
    form3.notice.setChecked(True)
    form3.agree.setChecked(True)
    form3.person_name.edit.setText(SME.responsible_name)
    form3.person.edit.setText("A12345678")
    shots.take(wizard, "form3_with_error")
    form3.person.edit.setText(SME.responsible_id)
    driver.sign("123456")
    consents = driver.wait_page("consents", timeout=30000)
    shots.take(wizard, "consents")
    consents.scroll_area.verticalScrollBar().setValue(
        consents.scroll_area.verticalScrollBar().maximum()
    )
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    shots.take(wizard, "consents_end")
    driver.sign("123456")
    form = driver.wait_page("form", timeout=30000)
    form.rows["contact_email"].edit.setText("demo@")
    form.rows["contact_phone"].edit.setText("12345")
    form.next_button.click()
    shots.take(wizard, "form1_errors")
    form = driver.fill_form()
    shots.take(wizard, "form1_filled")
    form.next_button.click()
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "AccountPage", timeout=20000)
    account = driver.page
    account.password.edit.setText("abc")
    shots.take(wizard, "password_weak")
    account.password.edit.setText("Cloud-Demo-2025")
    account.confirm.edit.setText("Cloud-Demo-2025")
    account.create_button.click()
    driver.qtbot.waitUntil(account.code.isEnabled, timeout=20000)
    shots.take(wizard, "email_code")
    account.code.edit.setText(driver.sandbox.last_code(SME.ubn))
    account.next_button.click()
    assessment = driver.wait_page("assessment")
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "AssessmentPage", timeout=20000)
    assessment = driver.page
    shots.take(wizard, "assessment_first")
    multi_seen = False
    while not assessment.navigator.is_complete:
        question = assessment.navigator.current
        assessment.choose([question.options[0].id])
        if question.kind == "multi" and not multi_seen:
            multi_seen = True
            assessment.choose([o.id for o in question.options[:2]])
            shots.take(wizard, "assessment_multi")
        assessment.go_next()
    shots.take(wizard, "assessment_complete")
    assessment.next_button.click()
    result = driver.wait_page("result")
    driver.qtbot.waitUntil(lambda: result.points.text() != "", timeout=20000)
    shots.take(wizard, "result")


def test_screenshots_mobile_certificate(
    make_wizard: Any, language: str, screenshot_dir: Path
) -> None:
    driver = make_wizard()
    wizard = driver.wizard
    shots = Shots(screenshot_dir, f"wizard_mobile_{language}", driver.qtbot)
    page = driver.choose(SME.ubn, "moica_mobile")
    shots.take(wizard, "mobile_start")
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    driver.qtbot.waitUntil(lambda: page.wait.active, timeout=20000)
    shots.take(wizard, "mobile_qr_waiting")
    page.wait.cancel_button.click()
    driver.wait_error(page, "MOBILE_CANCELLED")
    shots.take(wizard, "mobile_cancelled")
    page.next_button.click()
    driver.approve_phone()
    driver.wait_page("authorizations", timeout=30000)
    auth = driver.page
    auth.agree.setChecked(True)
    auth.next_button.click()
    driver.qtbot.waitUntil(
        lambda: wizard.signing.dialog is not None and wizard.signing.dialog.wait.active,
        timeout=20000,
    )
    shots.take(wizard.signing.dialog, "mobile_sign_dialog")
    wizard.signing.dialog.wait.cancel_button.click()


def test_screenshots_phone_number(make_wizard: Any, language: str, screenshot_dir: Path) -> None:
    second = make_wizard()
    shots = Shots(screenshot_dir, f"wizard_phone_number_{language}", second.qtbot)
    page = second.choose(SME.ubn, "phone")
    page.id_field.edit.setText(SME.responsible_id)
    page.birthday_field.edit.setText("64/3/14")
    page.mobile_field.edit.setText("09123")
    shots.take(second.wizard, "phone_input_error")
    page.mobile_field.edit.setText(SME.mobile)
    page.next_button.click()
    second.qtbot.waitUntil(lambda: page.wait.active, timeout=20000)
    shots.take(second.wizard, "phone_qr_waiting")
    second.approve_phone("reject")
    second.wait_error(page, "MOBILE_REJECTED")
    shots.take(second.wizard, "phone_rejected")


def test_screenshots_review_and_blocked(
    make_wizard: Any, language: str, screenshot_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PinDialog, "confirm_last_try", lambda _dialog: True)
    driver = make_wizard()
    wizard = driver.wizard
    shots = Shots(screenshot_dir, f"wizard_other_{language}", driver.qtbot)
    page = driver.choose(TAX.ubn, "moica_card")
    page.id_field.edit.setText("P141501163")
    driver.insert("moica-tax-owner")
    driver.wait_card(usable=False)
    shots.take(wizard, "card_other_person")
    page.id_field.edit.setText(TAX.responsible_id)
    driver.wait_card()
    page.next_button.click()
    for _ in range(3):
        driver.enter_pin("000000")
        driver.qtbot.waitUntil(
            lambda: wizard.card_panel.pin_dialog is not None or page.errors.code == "PIN_BLOCKED",
            timeout=20000,
        )
    driver.wait_error(page, "PIN_BLOCKED")
    shots.take(wizard, "pin_blocked")
    last = PinDialog("自然人憑證 · 陳美玲", "登入", tries_left=1)
    driver.qtbot.addWidget(last)
    last.show()
    shots.take(last, "pin_last_try")
    pad = PinDialog("工商憑證 · 雲端示範股份有限公司（測試）", "簽署附表2", pinpad=True)
    driver.qtbot.addWidget(pad)
    pad.show()
    shots.take(pad, "pin_pad_reader")
    driver.insert("moica-tax-owner")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)
    driver.authorizations_and_consents(pin="123456", responsible_id=TAX.responsible_id)
    driver.form_and_account(TAX.ubn)
    shots.take(wizard, "review")


def test_screenshots_pin_pad(
    make_wizard: Any, language: str, screenshot_dir: Path, platform_url: str
) -> None:
    from app.platform.client import PlatformClient
    from sandbox.cardemu.inprocess import PINPAD_READER
    from ui.card_context import training_cards
    from ui.training.panel import TrainingPanel

    cards = training_cards(pinpad=True)
    cards.start()
    try:
        driver = make_wizard(cards=cards)
        shots = Shots(screenshot_dir, f"pin_pad_{language}", driver.qtbot)
        readers = cards.virtual_readers
        training = TrainingPanel(PlatformClient(platform_url), readers)
        driver.qtbot.addWidget(training)
        training.resize(420, 760)
        training.show()
        page = driver.choose(SME.ubn, "moeaca_card")
        training.insert_card("moeaca-sme-primary")
        driver.wait_card()
        page.next_button.click()
        panel = driver.wizard.card_panel
        driver.qtbot.waitUntil(lambda: panel.pin_dialog is not None, timeout=20000)
        dialog = panel.pin_dialog
        shots.take(dialog, "dialog_ready")
        dialog.ok_button.click()
        pad = readers.pad(PINPAD_READER)
        driver.qtbot.waitUntil(lambda: pad.waiting, timeout=20000)
        driver.qtbot.waitUntil(training.pad_keys["1"].isEnabled, timeout=5000)
        shots.take(dialog, "dialog_waiting_for_the_pad")
        for digit in "123":
            training.pad_keys[digit].click()
        driver.qtbot.waitUntil(lambda: "●●●" in training.pad_display.text(), timeout=5000)
        shots.take(training, "training_panel_pad")
        for digit in "456":
            training.pad_keys[digit].click()
        training.pad_confirm.click()
        driver.wait_page("authorizations", timeout=30000)
        shots.take(training, "training_panel_pad_idle")
    finally:
        cards.stop()


def test_screenshots_platform_wait_and_unkept_draft(
    make_wizard: Any, language: str, screenshot_dir: Path, tmp_path: Path, no_keyring: None
) -> None:
    from hostile_http import hostile_server, silent
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from app.launch_options import LaunchOptions
    from app.platform.client import PlatformClient
    from app.platform.tokens import TokenStore
    from app.storage import DraftStore, SecretStore
    from ui.async_bridge import run_in_background
    from ui.main_window import MainWindow

    store = DraftStore("127.0.0.1", secrets=SecretStore(), directory=tmp_path / "drafts")
    driver = make_wizard(store)
    shots = Shots(screenshot_dir, f"network_drafts_{language}", driver.qtbot)
    window = MainWindow(LaunchOptions(platform_url="https://platform.example/api/v1"))
    driver.qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    errors: list[BaseException] = []
    with hostile_server(silent) as server:
        client = PlatformClient(server.url, tokens=TokenStore(SecretStore()))
        run_in_background(lambda: client.lookup_applicant(SME.ubn), print, errors.append)
        driver.qtbot.waitUntil(window.platform_wait.isVisible, timeout=5000)
        shots.take(window, "platform_wait")
        window.platform_wait.cancel()
        driver.qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    window.hide()

    driver.choose(SME.ubn, "moeaca_card")
    taken: list[Path] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        taken.append(shots.take(box, "unkept_draft_warning"))
        stay = box.defaultButton()
        assert stay is not None
        stay.click()

    QTimer.singleShot(50, answer)
    driver.wizard.ubn_page.back_requested.emit()
    assert taken


def test_screenshots_served_texts(
    make_wizard: Any, language: str, screenshot_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """附表2, 附表3 with the responsible person's name, the texts updated while signing
    (TEXT_OUTDATED, asked again with everything typed kept) and the consents page."""
    import copy

    import sandbox.application_texts as served_texts
    from app.subsidy import texts_sha256

    driver = make_wizard()
    wizard = driver.wizard
    shots = Shots(screenshot_dir, f"texts_{language}", driver.qtbot)
    page = driver.choose(SME.ubn, "moeaca_card")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    page = driver.wait_page("authorizations", timeout=30000)
    shots.take(wizard, "labour_insurance")
    page.agree.setChecked(True)
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not page, timeout=30000)
    page = driver.wait_page("authorizations")
    page.person_name.edit.setText(SME.responsible_name)
    page.person.edit.setText(SME.responsible_id)
    page.notice.setChecked(True)
    page.agree.setChecked(True)
    page.scroll_area.verticalScrollBar().setValue(page.scroll_area.verticalScrollBar().maximum())
    shots.take(wizard, "business_registration_signed_fields")
    renewed = copy.deepcopy(served_texts.current())
    texts = renewed["texts"]
    texts["authorization_business_registration"]["paragraphs"].append(
        "立書人授權查調之資料僅用於本次點數申請資格審查（測試用新版文字）。"
    )
    renewed.update(version="2026-12b", sha256=texts_sha256(texts))
    monkeypatch.setattr(served_texts, "current", lambda: renewed)
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not page, timeout=30000)
    again = driver.wait_page("authorizations")
    driver.wait_error(again, "TEXT_OUTDATED")
    shots.take(wizard, "text_outdated_asked_again")
    again.notice.setChecked(True)
    again.agree.setChecked(True)
    driver.sign("123456")
    driver.wait_page("consents", timeout=30000)
    shots.take(wizard, "consents")


def test_screenshots_industry_application(
    make_wizard: Any, language: str, screenshot_dir: Path
) -> None:
    """The 工業館 track offered after the UBN lookup, its declaration and 附表1 fields."""
    from app.subsidy import Pavilion

    maker = next(d for d in DEMO_APPLICANTS if d.ubn == "81924865")
    driver = make_wizard()
    wizard = driver.wizard
    shots = Shots(screenshot_dir, f"industry_{language}", driver.qtbot)
    page = driver.lookup(maker.ubn)
    driver.qtbot.waitUntil(lambda: bool(page.choices), timeout=20000)
    next(c for c in page.choices if c.method.value == "moeaca_card").radio.setChecked(True)
    industry = next(o for o in page.pavilion.options if o.pavilion is Pavilion.INDUSTRY)
    industry.radio.setChecked(True)
    shots.take(wizard, "track_choice")
    page.scroll_area.ensureWidgetVisible(page.pavilion.options[-1])
    shots.take(wizard, "track_choice_scrolled")
    page.next_button.click()
    driver.wait_page("identity")
    driver.insert("moeaca-maker")
    driver.wait_card()
    driver.page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)
    driver.authorizations_and_consents_until_consents("123456", maker.responsible_id)
    consents = driver.page
    assert consents.industry_declaration is not None
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    consents.industry_declaration.setChecked(True)
    consents.scroll_area.ensureWidgetVisible(consents.industry_declaration)
    shots.take(wizard, "industry_declaration")
    driver.sign("123456")
    form = driver.wait_page("form", timeout=30000)
    form.rows["factory_registration_number"].edit.setText("99612")
    form.rows["annual_revenue"].edit.setText("150,000,000")
    form.industry.search.setText("其他")
    form.industry.search.returnPressed.emit()
    form.show_errors(form.errors_now())
    wait_painted(driver.qtbot, form)
    bar = form.scroll_area.verticalScrollBar()
    bar.setValue(bar.maximum())
    shots.take(wizard, "form_industry_fields")
    # Revenue over NT$2bn: the platform refuses 工業館 and the general points are offered.
    driver.fill_form(
        {
            "factory_registration_number": "99612345",
            "annual_revenue": "2,500,000,000",
            "revenue_basis": "401_last_year",
        }
    )
    form.next_button.click()
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "AccountPage", timeout=20000)
    account = driver.page
    account.password.edit.setText("Cloud-Maker-2026")
    account.confirm.edit.setText("Cloud-Maker-2026")
    account.create_button.click()
    driver.qtbot.waitUntil(lambda: type(driver.page).__name__ == "FormPage", timeout=20000)
    driver.wait_error(driver.page, "NOT_ELIGIBLE")
    shots.take(wizard, "industry_refused_general_offered")
