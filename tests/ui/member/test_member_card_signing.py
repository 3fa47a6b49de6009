"""Ordering signed with an emulated certificate card: our PIN dialog, the one card worker."""

from __future__ import annotations

import logging
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
from sandbox.cardemu.inprocess import VirtualReaders
from ui.dialogs.pin_dialog import PinDialog
from ui.member.signing import CardSignatureRequester

WRONG_PIN = "Zq7Wr3"  # distinctive, so any leak is found
RIGHT_PIN = "123456"


@pytest.fixture
def card_requester(member: Any) -> Iterator[CardSignatureRequester]:
    pki = DemoPKI.load()
    readers = VirtualReaders()
    readers.insert(EmulatedCard.from_demo_card(pki.cards[member.card_id]))
    service = CardService(
        lambda: readers,
        lambda backend, prepare: [CardProtocolSigner(backend, prepare)],
        store=TrustStore.production() | pki.trust_store(),
    )
    [who] = service.identities().result(10)
    yield CardSignatureRequester(service, who, "雲端示範股份有限公司（測試）工商憑證")
    service.shutdown()


def type_pin(pin: str) -> None:
    """Type ``pin`` into the PIN dialog once it is shown, and press 簽章."""
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible()
    ]
    if not shown:
        QTimer.singleShot(100, lambda: type_pin(pin))
        return
    shown[0].pin_edit.setText(pin)
    shown[0].ok_button.click()


def test_order_signed_with_the_card_after_a_wrong_pin(
    qtbot: QtBot,
    member: Any,
    card_requester: CardSignatureRequester,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    area = open_area(qtbot, member, card_requester)
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=0)
    dialog.agree.setChecked(True)

    QTimer.singleShot(100, lambda: type_pin(WRONG_PIN))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "PIN 碼錯誤" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.order is None
    assert dialog.sign_button.isEnabled()

    QTimer.singleShot(100, lambda: type_pin(RIGHT_PIN))
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=WAIT_MS)
    assert dialog.order is not None
    signature, _ = area.signed[dialog.order.id]
    assert isinstance(signature, CardSignature)
    assert dialog.quote is not None
    assert signature.document == dialog.quote.to_be_signed
    # the PIN is nowhere: not in texts shown, not in the log, not in reprs
    logged = "\n".join(r.getMessage() for r in caplog.records) + dialog.status.text()
    assert WRONG_PIN not in logged + repr(signature) + repr(card_requester.who)
    assert RIGHT_PIN not in logged
