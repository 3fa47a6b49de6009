"""HiPKI refuses this program as an untrusted site: the card signs through the card's own
protocol instead, the PIN dialog opens once, and a notice says what happened."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.cards.cardsigner import CardProtocolSigner
from app.cards.hipki import HiPkiSigner
from app.cards.service import CardService
from app.cards.signer import SignerKind
from app.platform import CardSignature
from certs.testpki import DemoPKI, training_trust_store
from certs.trust import verify_signature
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import VirtualReaders
from sandbox.hipki.server import FakeHiPki
from ui.dialogs.card_signing import fallback_notice, sign_on_card
from ui.dialogs.pin_dialog import PinDialog

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "訂單".encode()


def test_hipki_refusal_signs_through_the_card_with_one_pin_dialog(qtbot: QtBot) -> None:
    card = EmulatedCard.from_demo_card(DemoPKI.load().cards["moeaca-sme-primary"])
    readers = VirtualReaders()
    readers.insert(card)
    parent = QWidget()
    qtbot.addWidget(parent)
    refusing = FakeHiPki(
        readers.slots,
        allowed_origins=frozenset({"https://web.example"}),
        guarded=frozenset({"/sign"}),
    )
    dialogs: list[PinDialog | None] = []
    signed: list[CardSignature] = []
    errors: list[BaseException] = []
    with refusing:
        service = CardService(
            lambda: readers,
            lambda backend, prepare: [
                HiPkiSigner(refusing.url, prepare=prepare),
                CardProtocolSigner(backend, prepare=prepare),
            ],
            store=training_trust_store(),
            clock=lambda: AT,
        )
        with service:
            [who] = service.identities().result(10)
            assert who.signer is SignerKind.HIPKI

            def type_pin() -> None:
                shown = [d for d in dialogs if d is not None and d.isVisible()]
                if not shown:
                    QTimer.singleShot(50, type_pin)
                    return
                shown[0].pin_edit.setText("123456")
                shown[0].ok_button.click()

            QTimer.singleShot(50, type_pin)
            sign_on_card(
                service,
                who,
                DOC,
                "order",
                holder="雲端示範股份有限公司（測試）",
                parent=parent,
                on_signed=signed.append,
                on_error=errors.append,
                on_dialog=dialogs.append,
            )
            qtbot.waitUntil(lambda: bool(signed or errors), timeout=10000)
    assert not errors
    [signature] = signed
    verify_signature(signature.certificate, DOC, signature.signature)
    assert len([d for d in dialogs if d is not None]) == 1, "the PIN was asked once"
    title, text = fallback_notice()
    notices = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "HiPkiFallbackNotice"
    ]
    assert notices
    assert notices[0].text() == text
    assert "HiPKI" in text
    assert "不需要再輸入" in text
    assert notices[0].windowTitle() == title
    notices[0].close()
