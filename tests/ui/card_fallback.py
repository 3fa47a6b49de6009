"""A card service whose HiPKI refuses this program, over a virtual reader with a demo card
(imported as a plain module by the UI tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from app.cards.cardsigner import CardProtocolSigner
from app.cards.hipki import HiPkiSigner
from app.cards.service import CardService
from app.subsidy import VerificationMethod
from certs.testpki import DemoPKI, training_trust_store
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import VirtualReaders
from sandbox.hipki.server import FakeHiPki
from ui.card_context import CardContext
from ui.cardmonitor import QtCardMonitor
from ui.wizard.card_panel import CardPanel

AT = datetime(2026, 6, 1, tzinfo=UTC)
WEB_ORIGIN = frozenset({"https://web.example"})


@contextmanager
def refusing_hipki(
    guarded: frozenset[str] = frozenset({"/pkcs11info", "/sign"}),
) -> Iterator[tuple[CardService, VirtualReaders]]:
    """HiPKI refusing callers without the web site's Origin on ``guarded`` paths, and the
    card's own protocol reaching the same card; the service is shut down afterwards."""
    readers = VirtualReaders()
    readers.insert(EmulatedCard.from_demo_card(DemoPKI.load().cards["moeaca-sme-primary"]))
    with FakeHiPki(readers.slots, allowed_origins=WEB_ORIGIN, guarded=guarded) as refusing:
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
            yield service, readers


@contextmanager
def refused_card_panel(qtbot: QtBot) -> Iterator[CardPanel]:
    """The wizard's card panel over a HiPKI that refuses this program when listing."""
    with refusing_hipki() as (service, readers):
        cards = CardContext(service, QtCardMonitor(readers))
        panel = CardPanel(cards, VerificationMethod.MOEACA_CARD, "16480894")
        qtbot.addWidget(panel)
        panel.resize(720, 360)
        panel.show()
        panel.start()
        try:
            qtbot.waitUntil(lambda: panel.usable_identity() is not None, timeout=10000)
            yield panel
        finally:
            if cards.monitor.running:
                cards.monitor.stop()
