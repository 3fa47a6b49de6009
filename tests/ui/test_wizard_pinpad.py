"""The wizard with a PIN-pad training reader: the PIN is typed on the reader's keypad.

The training reader is an in-process PIN-pad reader; the test types on its virtual keypad
(or on the training panel's on-screen pad) while the real card worker waits on it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.platform.client import PlatformClient
from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import DEFAULT_READER, PINPAD_READER
from sandbox.world import DEMO_APPLICANTS
from ui.card_context import CardContext, training_cards

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
PAD_WAITING_TEXT = "請在讀卡機上輸入 PIN 碼並按確認鍵"


@pytest.fixture
def pad_cards() -> Iterator[CardContext]:
    """Training card worker whose reader has a PIN pad."""
    cards = training_cards(pinpad=True)
    cards.start()
    yield cards
    cards.stop()


def _insert(driver: Any, card_id: str) -> EmulatedCard:
    card = EmulatedCard.from_demo_card(DemoPKI.load().cards[card_id])
    driver.cards.virtual_readers.insert(card, PINPAD_READER)
    return card


def _press_sign_on_the_dialog(driver: Any) -> Any:
    """Wait for the PIN-pad dialog, press 簽章 and check it now says to use the reader."""
    panel = driver.wizard.card_panel
    driver.qtbot.waitUntil(
        lambda: panel.pin_dialog is not None and not panel.pin_dialog.waiting, timeout=20000
    )
    dialog = panel.pin_dialog
    assert dialog.pinpad
    assert not dialog.pin_edit.isVisible(), "no PIN field: the PIN is typed on the reader"
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert dialog.waiting
    assert dialog.pad_status.text() == PAD_WAITING_TEXT
    assert not dialog.ok_button.isEnabled()
    dialog.reject()  # Esc does not close it while the reader waits
    assert dialog.isVisible()
    return dialog


def _type_on_pad(driver: Any, digits: str) -> Any:
    dialog = _press_sign_on_the_dialog(driver)
    pad = driver.cards.virtual_readers.pad(PINPAD_READER)
    driver.qtbot.waitUntil(lambda: pad.waiting, timeout=20000)
    pad.enter(digits)
    driver.qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    return dialog


def _login(driver: Any, wrong_tries: int = 0) -> Any:
    page = driver.choose(SME.ubn, "moeaca_card")
    if page.id_field is not None:
        page.id_field.edit.setText(SME.responsible_id)
    card = _insert(driver, "moeaca-sme-primary")
    for _ in range(wrong_tries):
        card.check_pin(b"000000")
    driver.wait_card()
    who = driver.wizard.card_panel.usable_identity()
    assert who.pinpad
    assert who.handle == PINPAD_READER
    page.next_button.click()
    return page, card


def test_card_login_and_a_signature_on_the_pin_pad(make_wizard: Any, pad_cards: Any) -> None:
    driver = make_wizard(cards=pad_cards)
    _page, card = _login(driver)
    panel = driver.wizard.card_panel

    _type_on_pad(driver, "000000")
    driver.qtbot.waitUntil(
        lambda: panel.pin_dialog is not None and panel.pin_dialog.retry, timeout=20000
    )
    retry = panel.pin_dialog
    assert retry.tries_left == 2
    assert "2" in retry.tries_label.text()
    assert card.tries_left == 2
    _type_on_pad(driver, "123456")
    auth = driver.wait_page("authorizations", timeout=30000)
    assert card.tries_left == 3

    # One signature (附表2) with the PIN on the pad.
    auth.agree.setChecked(True)
    if auth.notice is not None:
        auth.notice.setChecked(True)
        auth.person.edit.setText(SME.responsible_id)
    auth.next_button.click()
    _type_on_pad(driver, "123456")
    driver.qtbot.waitUntil(lambda: driver.page is not auth, timeout=30000)
    assert driver.wizard.page_name in ("authorizations", "consents")


def test_cancel_on_the_pad_is_explained_and_signing_again_works(
    make_wizard: Any, pad_cards: Any
) -> None:
    driver = make_wizard(cards=pad_cards)
    page, card = _login(driver)
    dialog = _press_sign_on_the_dialog(driver)
    pad = pad_cards.virtual_readers.pad(PINPAD_READER)
    driver.qtbot.waitUntil(lambda: pad.waiting, timeout=20000)
    pad.press("1")
    pad.cancel()
    driver.wait_error(page, "PIN_PAD_CANCELLED")
    assert not dialog.isVisible()
    assert "讀卡機" in page.errors.text.text()
    assert card.tries_left == 3
    page.next_button.click()
    _type_on_pad(driver, "123456")
    driver.wait_page("authorizations", timeout=30000)


def test_the_last_try_is_confirmed_before_the_pad_waits(
    make_wizard: Any, pad_cards: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui.dialogs.pin_dialog import PinDialog

    answers = iter([False, True])
    asked: list[int | None] = []

    def confirm(dialog: PinDialog) -> bool:
        asked.append(dialog.tries_left)
        return next(answers)

    monkeypatch.setattr(PinDialog, "confirm_last_try", confirm)
    driver = make_wizard(cards=pad_cards)
    _login(driver, wrong_tries=2)  # one try left
    panel = driver.wizard.card_panel
    driver.qtbot.waitUntil(lambda: panel.pin_dialog is not None, timeout=20000)
    dialog = panel.pin_dialog
    assert dialog.tries_left == 1
    dialog.ok_button.click()
    assert asked == [1]
    assert not dialog.waiting, "declined: the reader is not asked"
    assert not pad_cards.virtual_readers.pad(PINPAD_READER).waiting
    _type_on_pad(driver, "123456")
    driver.wait_page("authorizations", timeout=30000)
    assert asked == [1, 1]


def test_the_training_panel_pad(qt_app: Any, platform_url: str, pad_cards: Any) -> None:
    from ui.training.panel import TrainingPanel

    readers = pad_cards.virtual_readers
    training = TrainingPanel(PlatformClient(platform_url), readers)
    qt_app.addWidget(training)
    training.show()
    assert training.pinpad_check.isChecked()
    assert training.pad_box.isVisible()
    assert not training.pad_keys["1"].isEnabled(), "keys work only while the reader asks"

    training.insert_card("moeaca-sme-primary")
    [who] = pad_cards.service.identities().result(10)
    assert who.pinpad
    future = pad_cards.service.sign(who, b"training", None)
    qt_app.waitUntil(training.pad_keys["1"].isEnabled, timeout=10000)
    assert training.tabs.currentIndex() == 0
    for digit in "9123456":
        training.pad_keys[digit].click()
    qt_app.waitUntil(lambda: "●" * 7 in training.pad_display.text(), timeout=5000)
    training.pad_clear.click()
    for digit in "123456":
        training.pad_keys[digit].click()
    qt_app.waitUntil(lambda: "●" * 6 in training.pad_display.text(), timeout=5000)
    assert "1" not in training.pad_display.text()
    training.pad_confirm.click()
    assert future.result(10).signature
    qt_app.waitUntil(lambda: not training.pad_keys["1"].isEnabled(), timeout=5000)

    # Switching to a reader without keys moves the card and hides the pad.
    training.pinpad_check.setChecked(False)
    assert readers.list_readers() == [DEFAULT_READER]
    assert readers.card_in(DEFAULT_READER) is not None
    assert not training.pad_box.isVisible()
    [who] = pad_cards.service.identities().result(10)
    assert not who.pinpad


def test_pad_dialog_and_training_keypad_work_from_the_keyboard(
    qt_app: Any, platform_url: str, pad_cards: Any
) -> None:
    from PySide6.QtCore import Qt

    from ui.dialogs.pin_dialog import PinDialog
    from ui.training.panel import TrainingPanel

    dialog = PinDialog("工商憑證 · 測試", "登入", tries_left=3, pinpad=True)
    qt_app.addWidget(dialog)
    started: list[bool] = []
    dialog.pad_entry_started.connect(lambda: started.append(True))
    dialog.show()
    qt_app.keyClick(dialog, Qt.Key.Key_Return)
    assert started == [True]
    assert dialog.waiting
    assert dialog.pad_status.accessibleName() == PAD_WAITING_TEXT
    qt_app.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "only the reader's cancel key ends a waiting entry"
    dialog.finish()
    assert dialog.result() == PinDialog.DialogCode.Accepted

    training = TrainingPanel(PlatformClient(platform_url), pad_cards.virtual_readers)
    qt_app.addWidget(training)
    training.show()
    keys = [*training.pad_keys.values(), training.pad_clear, training.pad_confirm]
    for widget in [*keys, training.pad_cancel, training.pinpad_check]:
        assert widget.accessibleName(), widget.text()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    training.insert_card("moeaca-sme-primary")
    [who] = pad_cards.service.identities().result(10)
    future = pad_cards.service.sign(who, b"keyboard", None)
    qt_app.waitUntil(training.pad_keys["1"].isEnabled, timeout=10000)
    pad = pad_cards.virtual_readers.pad(PINPAD_READER)
    for digit in "123456":
        training.pad_keys[digit].setFocus()
        qt_app.keyClick(training.pad_keys[digit], Qt.Key.Key_Space)
    assert pad.state.entered == 6
    qt_app.keyClick(training.pad_confirm, Qt.Key.Key_Space)
    assert future.result(10).signature
