"""Pulling the card while the member area's PIN dialog is open (order, termination)."""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import Any

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.cards.errors import CardRemoved, PinCancelled
from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from ui.async_bridge import GuiClosed, install_gui_invoker, release_waiting_workers, wait_for_gui
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


def test_closing_the_window_with_the_pin_asked_cancels(
    qtbot: QtBot, virtual_cards: CardContext
) -> None:
    """A PIN dialog closed with its window counts as a cancel: no flow waits forever for a
    PIN (the program could not exit while a login waited for it)."""
    _who, result, dialog = _open_pin_dialog(qtbot, virtual_cards, None)
    # Destroyed unanswered, as when its window goes away (Qt then emits no rejected).
    gone: list[bool] = []
    dialog.destroyed.connect(lambda: gone.append(True))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=WAIT_MS)
    qtbot.waitUntil(result.done, timeout=WAIT_MS)
    assert isinstance(result.exception(), PinCancelled)


def test_a_worker_waiting_for_the_person_is_released_when_the_program_quits(
    qtbot: QtBot,
) -> None:
    """``wait_for_gui`` ends with GuiClosed at quit, even if no dialog ever answers."""
    install_gui_invoker()
    started: list[bool] = []
    outcome: Future[Any] = Future()

    def worker() -> None:
        try:
            outcome.set_result(wait_for_gui(lambda _ok, _fail: started.append(True)))
        except BaseException as error:
            outcome.set_exception(error)

    thread = threading.Thread(target=worker)
    thread.start()
    qtbot.waitUntil(lambda: bool(started), timeout=WAIT_MS)
    assert not outcome.done()  # nobody answers: it would wait forever
    release_waiting_workers()  # what QCoreApplication.aboutToQuit runs
    thread.join(WAIT_MS / 1000)
    assert not thread.is_alive()
    assert isinstance(outcome.exception(), GuiClosed)
