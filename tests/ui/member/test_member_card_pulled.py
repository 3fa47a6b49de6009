"""Pulling the card while the member area's PIN dialog is open (order, termination)."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.cards.errors import CardRemoved
from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from ui.card_context import CardContext
from ui.dialogs.pin_dialog import PinDialog
from ui.member.signing import CardSignatureRequester

WAIT_MS = 10000


def _open_pin_dialog(qtbot: QtBot, cards: CardContext, removals: Any) -> tuple[Any, ...]:
    cards.virtual_readers.insert(
        EmulatedCard.from_demo_card(DemoPKI.load().cards["moeaca-sme-primary"])
    )
    found: list[Any] = []
    qtbot.waitUntil(
        lambda: bool(found.extend(cards.service.identities().result(timeout=5)) or found),
        timeout=WAIT_MS,
    )
    who = found[0]
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    requester = CardSignatureRequester(cards.service, who, "工商憑證 · 雲端示範", removals)
    result: Future[Any] = requester.request(window, b'{"action":"order"}', "簽署訂單")
    qtbot.waitUntil(
        lambda: any(
            isinstance(w, PinDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
        ),
        timeout=WAIT_MS,
    )
    dialog = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, PinDialog) and w.isVisible()
    )
    return who, result, dialog


def test_a_pulled_card_closes_the_member_areas_pin_dialog(
    qtbot: QtBot, virtual_cards: CardContext
) -> None:
    _who, result, dialog = _open_pin_dialog(
        qtbot, virtual_cards, virtual_cards.monitor.card_removed
    )
    qtbot.keyClicks(dialog.pin_edit, "12")
    virtual_cards.virtual_readers.remove()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    assert dialog.take_pin() == ""
    qtbot.waitUntil(result.done, timeout=WAIT_MS)
    assert isinstance(result.exception(), CardRemoved)


def test_without_the_monitor_the_dialog_stays_until_answered(
    qtbot: QtBot, virtual_cards: CardContext
) -> None:
    """The removal signal is what closes it (the test above fails without it)."""
    _who, result, dialog = _open_pin_dialog(qtbot, virtual_cards, None)
    virtual_cards.virtual_readers.remove()
    with qtbot.assertNotEmitted(dialog.rejected, wait=500):
        pass
    assert dialog.isVisible()
    dialog.reject()
    qtbot.waitUntil(result.done, timeout=WAIT_MS)
