"""Ordering signed on a PIN-pad reader: the dialog shows the tries left, then waits while
the PIN is typed on the reader's keypad (the in-process PIN-pad reader)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from member_helpers import WAIT_MS, open_area, open_order_dialog
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.cards.cardsigner import CardProtocolSigner
from app.cards.service import CardService
from app.platform.models import CardSignature
from certs.testpki import DemoPKI
from certs.trust import TrustStore
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import PINPAD_READER, VirtualReaders
from sandbox.cardemu.pinpad import VirtualPinPad
from ui.dialogs.pin_dialog import PinDialog
from ui.member.signing import CardSignatureRequester


@pytest.fixture
def pad_reader(member: Any) -> Iterator[tuple[CardSignatureRequester, VirtualPinPad, EmulatedCard]]:
    pki = DemoPKI.load()
    readers = VirtualReaders((), pinpad_readers=(PINPAD_READER,))
    card = EmulatedCard.from_demo_card(pki.cards[member.card_id])
    readers.insert(card, PINPAD_READER)
    service = CardService(
        lambda: readers,
        lambda backend, prepare: [CardProtocolSigner(backend, prepare)],
        store=TrustStore.production() | pki.trust_store(),
    )
    [who] = service.identities().result(10)
    assert who.pinpad
    pad = readers.pad(PINPAD_READER)
    assert pad is not None
    yield CardSignatureRequester(service, who, "雲端示範股份有限公司（測試）工商憑證"), pad, card
    readers.abort_entry()
    service.shutdown()


def type_on_pad(pad: VirtualPinPad, digits: str, seen: list[tuple[int | None, str]]) -> None:
    """Once the PIN dialog shows, press 簽章, then type ``digits`` on the reader's keypad."""
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PinDialog) and w.isVisible() and not w.waiting
    ]
    if not shown:
        QTimer.singleShot(100, lambda: type_on_pad(pad, digits, seen))
        return
    dialog = shown[0]
    dialog.ok_button.click()
    seen.append((dialog.tries_left, dialog.pad_status.text()))

    def when_asked() -> None:
        if not pad.waiting:
            QTimer.singleShot(50, when_asked)
            return
        pad.enter(digits)

    when_asked()


def test_order_signed_on_the_pad_after_a_wrong_entry(
    qtbot: QtBot, member: Any, pad_reader: tuple[CardSignatureRequester, VirtualPinPad, Any]
) -> None:
    requester, pad, card = pad_reader
    area = open_area(qtbot, member, requester)
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=0)
    dialog.agree.setChecked(True)
    seen: list[tuple[int | None, str]] = []

    QTimer.singleShot(100, lambda: type_on_pad(pad, "000000", seen))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PIN 碼錯誤" in dialog.status.text(), timeout=WAIT_MS)
    assert "2" in dialog.status.text()
    assert card.tries_left == 2
    assert dialog.order is None

    QTimer.singleShot(100, lambda: type_on_pad(pad, "123456", seen))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=WAIT_MS)
    assert dialog.order is not None
    signature, _ = area.signed[dialog.order.id]
    assert isinstance(signature, CardSignature)
    assert seen == [
        (3, "請在讀卡機上輸入 PIN 碼並按確認鍵"),
        (2, "請在讀卡機上輸入 PIN 碼並按確認鍵"),
    ], "tries left shown first; the dialog then says to use the reader"
