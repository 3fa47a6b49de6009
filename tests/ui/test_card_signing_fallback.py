"""HiPKI refuses this program as an untrusted site: the card signs through the card's own
protocol instead, the PIN dialog opens once, a notice says what happened, and the card
panel says which way the card is reached."""

from __future__ import annotations

from card_fallback import refused_card_panel, refusing_hipki
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.cards.signer import SignerKind
from app.platform.models import CardSignature
from certs.trust import verify_signature
from ui.dialogs.card_signing import fallback_notice, sign_on_card
from ui.dialogs.pin_dialog import PinDialog

DOC = "訂單".encode()


def test_hipki_refusal_signs_through_the_card_with_one_pin_dialog(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialogs: list[PinDialog | None] = []
    signed: list[CardSignature] = []
    errors: list[BaseException] = []
    with refusing_hipki(guarded=frozenset({"/sign"})) as (service, _readers):
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


def test_card_panel_says_the_card_is_reached_without_hipki(qtbot: QtBot) -> None:
    with refused_card_panel(qtbot) as panel:
        who = panel.usable_identity()
        assert who is not None
        assert who.signer is SignerKind.CARD
        assert who.fallback_reason == "HIPKI_NOT_AUTHORISED"
        assert "HiPKI" in panel.card_label.text()
