"""The wizard under faults: wrong PINs, a blocked card, a card pulled mid-sign, cards that
do not fit the applicant, platform errors, phones that say no. Nothing typed is lost."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from app.cards.errors import TransactionFailed
from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from sandbox.world import DEMO_APPLICANTS
from ui.dialogs.pin_dialog import PinDialog

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
INS_SIGN = 0x2A


def _login_page(driver: Any, card_id: str, method: str = "moeaca_card") -> Any:
    page = driver.choose(SME.ubn, method)
    if page.id_field is not None:
        page.id_field.edit.setText(SME.responsible_id)
    driver.insert(card_id)
    return page


def _card(driver: Any) -> Any:
    return next(iter(driver.cards.virtual_readers.cards().values()))


def test_wrong_pin_is_asked_again_with_tries_left(make_wizard: Any) -> None:
    driver = make_wizard()
    page = _login_page(driver, "moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("000000")
    panel = driver.wizard.card_panel
    driver.qtbot.waitUntil(
        lambda: panel.pin_dialog is not None and panel.pin_dialog.tries_left == 2, timeout=20000
    )
    assert "2" in panel.pin_dialog.tries_label.text()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)


def test_blocked_card_explains_where_to_unblock(
    make_wizard: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[int | None] = []

    def confirm(dialog: PinDialog) -> bool:
        asked.append(dialog.tries_left)
        return True

    monkeypatch.setattr(PinDialog, "confirm_last_try", confirm)
    driver = make_wizard()
    page = _login_page(driver, "moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    for _ in range(3):
        driver.enter_pin("000000")
        driver.qtbot.waitUntil(
            lambda: (
                driver.wizard.card_panel.pin_dialog is not None or page.errors.code == "PIN_BLOCKED"
            ),
            timeout=20000,
        )
    driver.wait_error(page, "PIN_BLOCKED")
    assert asked == [1], "the last try is confirmed first"
    assert "工商憑證管理中心" in page.errors.remedy.text()
    assert "戶政事務所" in page.errors.remedy.text()


def test_last_try_needs_confirmation(qt_app: Any) -> None:
    dialog = PinDialog("工商憑證 · 測試", "登入", tries_left=1)
    qt_app.addWidget(dialog)
    answers = iter([False, True])
    dialog.confirm_last_try = lambda: next(answers)  # type: ignore[method-assign]
    dialog.pin_edit.setText("123456")
    dialog.ok_button.click()
    assert dialog.result() == 0
    assert dialog.pin_edit.text() == "123456"
    dialog.ok_button.click()
    assert dialog.take_pin() == "123456"
    assert dialog.take_pin() == "", "the dialog forgets the PIN once handed over"
    assert dialog.pin_edit.text() == ""


def test_card_pulled_mid_sign_keeps_the_page_and_can_sign_again(make_wizard: Any) -> None:
    driver = make_wizard()
    page = _login_page(driver, "moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    auth = driver.wait_page("authorizations", timeout=30000)
    auth.valid_to.edit.setText("120/12/31")
    auth.agree.setChecked(True)
    readers = driver.cards.virtual_readers
    card = _card(driver)
    card.on_command = lambda apdu: readers.remove() if apdu[1] == INS_SIGN else None
    auth.next_button.click()
    driver.enter_pin("123456")
    driver.wait_error(auth, "CARD_REMOVED")
    assert driver.page is auth
    assert auth.valid_to.edit.text() == "120/12/31"
    assert auth.agree.isChecked()
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    auth.next_button.click()
    driver.enter_pin("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not auth, timeout=30000)
    assert driver.wizard.page_name == "authorizations"  # now 附表3


def test_a_card_that_cannot_be_read_is_read_again_then_explained(make_wizard: Any) -> None:
    driver = make_wizard()
    driver.choose(SME.ubn, "moeaca_card")
    panel = driver.wizard.card_panel
    readers = driver.cards.virtual_readers
    demo = DemoPKI.load().cards["moeaca-sme-primary"]
    failures = [1]

    def contact_fails_once(_apdu: bytes) -> None:
        if failures[0]:
            failures[0] -= 1
            raise TransactionFailed("the card did not answer")

    flaky = EmulatedCard.from_demo_card(demo)
    flaky.on_command = contact_fails_once
    readers.insert(flaky)
    driver.wait_card()  # read again by itself after the first read failed
    assert failures == [0]

    readers.remove()
    driver.qtbot.waitUntil(lambda: panel.current is None, timeout=5000)
    dead = EmulatedCard.from_demo_card(demo)
    asked: list[bytes] = []

    def never_answers(apdu: bytes) -> None:
        asked.append(apdu)
        raise TransactionFailed("the card did not answer")

    dead.on_command = never_answers
    readers.insert(dead)
    # The first read and the one automatic re-read have both failed, and the panel says so.
    driver.qtbot.waitUntil(
        lambda: (
            len(asked) >= 2
            and "讀不到卡片資料" in panel.card_label.text()
            and panel.current is None
        ),
        timeout=5000,
    )
    assert panel.current is None
    assert "讀不到卡片資料" in panel.card_label.text()
    dead.on_command = None
    panel.refresh_button.click()
    driver.wait_card()


@pytest.mark.parametrize(
    ("method", "card_id", "code"),
    [
        ("moeaca_card", "moeaca-maker", "CARD_OTHER_COMPANY"),
        ("moica_card", "moica-expired", "CERT_EXPIRED"),
        ("moica_card", "moica-stranger", "CARD_OTHER_PERSON"),
        ("moeaca_card", "moica-sme-owner", "CARD_WRONG_KIND"),
    ],
)
def test_card_mismatch_is_caught_before_the_pin(
    make_wizard: Any, method: str, card_id: str, code: str
) -> None:
    driver = make_wizard()
    page = _login_page(driver, card_id, method)
    driver.wait_card(usable=False)
    panel = driver.wizard.card_panel
    assert panel.problem_panel.code == code
    assert panel.problem_panel.remedy.text()
    assert not page.next_button.isEnabled()
    assert panel.pin_dialog is None


def test_revoked_card_is_refused_by_the_platform(make_wizard: Any) -> None:
    driver = make_wizard()
    page = _login_page(driver, "moeaca-revoked")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_error(page, "CERT_REVOKED")
    assert driver.wizard.page_name == "identity"


def _ticked_consents(driver: Any) -> Any:
    """Log in with the card, sign 附表2 and 附表3, tick both consents; the consents page."""
    page = _login_page(driver, "moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)
    driver.authorizations_and_consents_until_consents(pin="123456")
    consents = driver.page
    consents.personal_data.setChecked(True)
    consents.declarations.setChecked(True)
    return consents


def test_platform_error_keeps_the_answers_and_retry_succeeds(make_wizard: Any) -> None:
    driver = make_wizard()
    consents = _ticked_consents(driver)
    driver.sandbox.fault("error_500", path="/api/v1/application/consents")
    driver.sign("123456")
    driver.wait_error(consents, "INJECTED_FAULT")
    assert consents.personal_data.isChecked()
    assert consents.declarations.isChecked()
    assert consents.errors.remedy.text()
    driver.sign("123456")
    driver.wait_page("form", timeout=30000)


def test_dropped_answer_is_retried_without_a_second_submission(make_wizard: Any) -> None:
    """The platform committed the consents but the answer was lost: the client sends them
    again under the same Idempotency-Key and gets the stored answer back (a replay), so the
    platform acted on one submission."""
    driver = make_wizard()
    _ticked_consents(driver)
    session: requests.Session = driver.wizard.client._session
    send = session.send
    keys: list[str | None] = []
    replays: list[str | None] = []

    def counting_send(request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
        consents = request.method == "POST" and str(request.url).endswith("/consents")
        if consents:
            keys.append(request.headers.get("Idempotency-Key"))
        response = send(request, **kwargs)
        if consents:
            replays.append(response.headers.get("Idempotent-Replay"))
        return response

    session.send = counting_send  # type: ignore[method-assign]
    driver.sandbox.fault("drop_after_commit", path="/api/v1/application/consents")
    driver.sign("123456")
    driver.wait_page("form", timeout=30000)
    draft = driver.wizard.service.draft
    assert draft is not None
    assert draft.submitted("consents") is not None
    assert len(keys) == 2, keys  # the dropped first attempt and one retry
    assert keys[0] is not None
    assert keys[0] == keys[1]
    assert replays == ["true"], "the retry's answer is the stored first one"


def test_disqualified_and_unknown_ubns(make_wizard: Any) -> None:
    driver = make_wizard()
    page = driver.lookup("95753514")
    driver.wait_error(page, "NOT_ELIGIBLE")
    assert page.errors.details.isVisible()
    assert page.errors.details.text()
    assert not page.choices
    page = driver.lookup("10458570")
    driver.wait_error(page, "UBN_NOT_FOUND")


def test_a_bad_checksum_is_caught_while_typing(make_wizard: Any, sandbox_tools: Any) -> None:
    driver = make_wizard()
    page = driver.wizard.ubn_page
    driver.qtbot.keyClicks(page.ubn.edit, "1648089")
    assert "7" in page.ubn.error.text()
    driver.qtbot.keyClicks(page.ubn.edit, "5")
    assert page.ubn.error.isVisible()
    assert "檢查碼" in page.ubn.error.text()
    page.lookup_button.click()  # refused at once: nothing is sent, nothing waits
    assert page.busy.isHidden()
    assert not page.choices


@pytest.mark.parametrize("decision", ["reject", "cancel"])
def test_phone_that_says_no(make_wizard: Any, decision: str) -> None:
    driver = make_wizard()
    page = driver.choose(SME.ubn, "moica_mobile")
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    driver.qtbot.waitUntil(lambda: page.wait.active, timeout=20000)
    assert page.wait.qr.payload.startswith("TWFIDO")
    if decision == "reject":
        driver.approve_phone("reject")
        driver.wait_error(page, "MOBILE_REJECTED")
    else:
        page.wait.cancel_button.click()
        driver.wait_error(page, "MOBILE_CANCELLED")
    assert not page.wait.active
    assert page.id_field.text() == SME.responsible_id
    assert page.next_button.isEnabled(), "the person can start again"


def test_phone_number_that_does_not_match(make_wizard: Any) -> None:
    driver = make_wizard()
    page = driver.choose(SME.ubn, "phone")
    page.id_field.edit.setText(SME.responsible_id)
    page.birthday_field.edit.setText("64/3/15")
    page.mobile_field.edit.setText(SME.mobile)
    page.next_button.click()
    driver.wait_error(page, "PHONE_NOT_MATCHED")
    assert page.birthday_field.text() == "64/3/15"


def test_outbox_is_reachable(platform_url: str) -> None:
    answer = requests.get(f"{platform_url}/_sandbox/outbox", timeout=10)
    assert answer.status_code == 200


def test_a_reader_that_hangs_is_reported_then_cleared(
    qt_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from concurrent.futures import Future

    from app.subsidy import VerificationMethod
    from ui.card_context import CardContext
    from ui.cardmonitor import QtCardMonitor
    from ui.wizard import card_panel as panel_module

    class HungWorker:
        """A card worker stuck in a reader driver: its answers come late or never."""

        def __init__(self) -> None:
            self.pending: list[Future[Any]] = []

        def list_readers(self) -> Future[list[str]]:
            done: Future[list[str]] = Future()
            done.set_result(["Reader A"])
            return done

        def identities(self) -> Future[Any]:
            waiting: Future[Any] = Future()
            self.pending.append(waiting)
            return waiting

    monkeypatch.setattr(panel_module, "SLOW_CARD_MS", 200)
    worker = HungWorker()
    panel = panel_module.CardPanel(
        CardContext(worker, QtCardMonitor()),  # type: ignore[arg-type]
        VerificationMethod.MOEACA_CARD,
        SME.ubn,
    )
    qt_app.addWidget(panel)
    panel.show()
    panel.start()
    qt_app.waitUntil(lambda: panel.problem_panel.code == "CARD_TIMEOUT", timeout=3000)
    assert panel.usable_identity() is None
    worker.pending[0].set_result([])  # unplugged and plugged in again: it answers
    qt_app.waitUntil(lambda: not panel.problem_panel.code, timeout=3000)
