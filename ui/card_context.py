"""The card worker and the hot-plug monitor the wizard uses, for real or training readers.

Training mode puts the sandbox's emulated demo cards into in-process virtual readers;
otherwise the PC/SC service is used (on the test stack, pcscd with vpcd readers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.cards.monitor import PcscStatusSource
from app.cards.service import CardService
from app.cards.transport import PcscBackend
from certs.trust import TrustStore
from ui.cardmonitor import QtCardMonitor


@dataclass
class CardContext:
    """One card worker and one monitor for the whole window."""

    service: CardService
    monitor: QtCardMonitor
    virtual_readers: Any = None
    """The in-process readers of training mode (``sandbox.cardemu.inprocess``), or None."""

    def start(self) -> None:
        """Start watching readers."""
        self.monitor.start()

    def stop(self) -> None:
        """Stop the monitor and the card worker; safe to call twice."""
        if self.monitor.running:
            self.monitor.stop()
        if self.virtual_readers is not None:
            # A virtual keypad may hold the card worker; real pads time out on their own.
            self.virtual_readers.abort_entry()
        self.service.shutdown(wait=False)


def pcsc_cards(*, training: bool) -> CardContext:
    """Readers of the PC/SC service; ``training`` also trusts the test certificate hierarchy."""
    service = CardService(PcscBackend, store=_training_store if training else TrustStore.production)
    return CardContext(service, QtCardMonitor(PcscStatusSource()))


def training_cards(*, pinpad: bool = False) -> CardContext:
    """In-process virtual readers for the training platform's demo cards; with ``pinpad``
    the training reader is a PIN-pad reader (the training panel can switch it later)."""
    # The emulated cards belong to the training platform; imported only in training mode.
    from sandbox.cardemu.inprocess import PINPAD_READER, VirtualReaders

    readers = VirtualReaders((), pinpad_readers=(PINPAD_READER,)) if pinpad else VirtualReaders()
    service = CardService(lambda: readers, store=_training_store)
    return CardContext(service, QtCardMonitor(readers), readers)


def _training_store() -> TrustStore:
    # The test PKI is loaded on the card thread, and only in training mode.
    from certs.testpki import training_trust_store

    return training_trust_store()
