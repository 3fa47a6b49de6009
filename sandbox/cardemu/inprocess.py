"""In-process virtual readers for training mode on PCs without a PC/SC service.

:class:`VirtualReaders` implements the card layer's ``ReaderBackend`` (list readers,
connect) and its monitor's ``StatusSource`` (block until something changes), so the
client runs the same protocol code against emulated cards with no pcscd, vpcd or driver.
Insert and remove cards, add and remove readers on command. A reader may be a PIN-pad
reader: it reports FEATURE_VERIFY_PIN_DIRECT and takes the PIN on its virtual keypad
(``sandbox.cardemu.pinpad``).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field

from app.cards.errors import CardRemoved, NoCard, NoPinPad, NoReader, TransactionFailed
from app.cards.monitor import ReaderStatus
from app.cards.pinpad import NO_FEATURES, ReaderFeatures, parse_features
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.pinpad import VirtualPinPad, feature_list

DEFAULT_READER = "TCloud Virtual Reader 0"
PINPAD_READER = "TCloud Virtual PIN-pad Reader 0"


@dataclass
class _Slot:
    card: EmulatedCard | None = None
    generation: int = 0  # bumped on every insert/remove so stale connections notice
    pad: VirtualPinPad | None = None


class VirtualReaders:
    """A set of in-process readers holding emulated cards."""

    name = "virtual"

    def __init__(
        self,
        readers: tuple[str, ...] = (DEFAULT_READER,),
        pinpad_readers: tuple[str, ...] = (),
    ) -> None:
        self._slots: dict[str, _Slot] = {r: _Slot() for r in readers}
        self._slots.update({r: _Slot(pad=VirtualPinPad()) for r in pinpad_readers})
        self._changed = threading.Condition()
        self._version = 0
        self._cancelled = False

    # -- trainer / test controls --------------------------------------------------

    def _touch(self) -> None:
        self._version += 1
        self._changed.notify_all()

    def add_reader(self, reader: str, *, pinpad: bool = False) -> None:
        """Plug in a new, empty reader (with a keypad when ``pinpad``)."""
        with self._changed:
            self._slots.setdefault(reader, _Slot(pad=VirtualPinPad() if pinpad else None))
            self._touch()

    def remove_reader(self, reader: str) -> None:
        """Unplug a reader (with any card in it)."""
        with self._changed:
            slot = self._slots.pop(reader, None)
            self._touch()
        if slot is not None and slot.pad is not None:
            slot.pad.abort()

    def replace_reader(self, old: str, new: str, *, pinpad: bool) -> None:
        """Unplug ``old`` and plug in ``new``, moving the card across (switching to or
        from a PIN-pad reader, as a person swapping readers would)."""
        with self._changed:
            card = self.card_in(old)
            self.remove_reader(old)
            self.add_reader(new, pinpad=pinpad)
            if card is not None:
                self.insert(card, new)

    def pad(self, reader: str) -> VirtualPinPad | None:
        """The keypad of ``reader``; None for a reader without one."""
        with self._changed:
            slot = self._slots.get(reader)
            return slot.pad if slot is not None else None

    def abort_entry(self) -> None:
        """End any PIN entry waiting on a keypad (shutting the card worker down)."""
        with self._changed:
            pads = [s.pad for s in self._slots.values() if s.pad is not None]
        for pad in pads:
            pad.abort()

    def insert(self, card: EmulatedCard, reader: str = DEFAULT_READER) -> None:
        """Put ``card`` into ``reader`` (replacing any card there)."""
        with self._changed:
            slot = self._slots.get(reader)
            if slot is None:
                raise NoReader(f"no virtual reader named {reader!r}")
            card.reset()
            slot.card = card
            slot.generation += 1
            self._touch()

    def remove(self, reader: str = DEFAULT_READER) -> None:
        """Take the card out of ``reader``."""
        with self._changed:
            slot = self._slots.get(reader)
            if slot is None or slot.card is None:
                return
            slot.card = None
            slot.generation += 1
            self._touch()
        if slot.pad is not None:
            slot.pad.abort()

    def card_in(self, reader: str) -> EmulatedCard | None:
        """The card in ``reader``, if any."""
        with self._changed:
            slot = self._slots.get(reader)
            return slot.card if slot is not None else None

    def slots(self) -> dict[str, EmulatedCard | None]:
        """Reader name → card or None, for every reader (the fake HiPKI's slot list)."""
        with self._changed:
            return {r: s.card for r, s in self._slots.items()}

    def cards(self) -> dict[str, EmulatedCard]:
        """Reader name → card, for every reader holding a card."""
        with self._changed:
            return {r: s.card for r, s in self._slots.items() if s.card is not None}

    # -- ReaderBackend ------------------------------------------------------------

    def list_readers(self) -> list[str]:
        """Names of the virtual readers."""
        with self._changed:
            return list(self._slots)

    def connect(self, reader: str) -> VirtualTransport:
        """Connect to the card in ``reader``."""
        with self._changed:
            slot = self._slots.get(reader)
            if slot is None:
                raise NoReader(f"no virtual reader named {reader!r}")
            if slot.card is None:
                raise NoCard(f"no card in {reader}")
            return VirtualTransport(self, reader, slot.card, slot.generation, slot.pad)

    def close(self) -> None:
        """Nothing to release; present for the ReaderBackend interface."""

    def _check(self, reader: str, generation: int) -> None:
        with self._changed:
            slot = self._slots.get(reader)
            if slot is None:
                raise NoReader(f"reader {reader} was unplugged")
            if slot.generation != generation:
                raise CardRemoved(f"card removed from {reader}")

    # -- StatusSource -------------------------------------------------------------

    def _snapshot(self) -> dict[str, ReaderStatus]:
        return {
            r: ReaderStatus(r, s.card is not None, s.card.atr if s.card is not None else b"")
            for r, s in self._slots.items()
        }

    def wait_change(
        self, known: Mapping[str, ReaderStatus] | None, timeout: float
    ) -> dict[str, ReaderStatus]:
        """Block until the readers differ from ``known``, ``cancel`` or timeout."""
        with self._changed:
            self._cancelled = False
            self._changed.wait_for(
                lambda: self._cancelled or known is None or self._snapshot() != dict(known),
                timeout,
            )
            return self._snapshot()

    def cancel(self) -> None:
        """Wake a blocked ``wait_change``."""
        with self._changed:
            self._cancelled = True
            self._changed.notify_all()


@dataclass(eq=False, repr=False)
class VirtualTransport:
    """A connection to the card that was in a virtual reader at ``generation`` (same
    interface as PcscTransport)."""

    _readers: VirtualReaders
    _reader: str
    _card: EmulatedCard
    _generation: int
    _pad: VirtualPinPad | None = None
    _closed: bool = field(default=False, init=False)

    def _still_inserted(self) -> None:
        """NoReader or CardRemoved once the reader or this card has left since connecting."""
        self._readers._check(self._reader, self._generation)

    @property
    def reader(self) -> str:
        """Name of the virtual reader."""
        return self._reader

    @property
    def atr(self) -> bytes:
        """The emulated card's ATR."""
        self._still_inserted()
        return self._card.atr

    def transmit(self, command: bytes) -> bytes:
        """Hand the APDU to the emulated card; CardRemoved once it left the reader."""
        if self._closed:
            raise TransactionFailed("connection already closed")
        self._still_inserted()
        answer = self._card.process(command)
        # The card may have been pulled while it worked (test hook): the answer is lost.
        self._still_inserted()
        return answer

    def features(self) -> ReaderFeatures:
        """The reader's GET_FEATURE_REQUEST answer, parsed by the card layer's parser."""
        self._still_inserted()
        return parse_features(feature_list()) if self._pad is not None else NO_FEATURES

    def verify_pin_direct(self, structure: bytes) -> bytes:
        """Take the PIN on the virtual keypad and send the filled-in VERIFY to the card."""
        if self._closed:
            raise TransactionFailed("connection already closed")
        if self._pad is None:
            raise NoPinPad(f"{self._reader} has no PIN pad")
        self._still_inserted()
        answer = self._pad.verify_pin_direct(structure, self.transmit)
        # The card may have left while the person typed: that ends entry without an answer.
        self._still_inserted()
        return answer

    def begin_transaction(self) -> None:
        """Nothing to lock: every card call is atomic under the card's own lock."""
        self._still_inserted()

    def end_transaction(self) -> None:
        """Nothing to release."""

    def close(self) -> None:
        """Forget the connection."""
        self._closed = True

    def __repr__(self) -> str:
        return f"VirtualTransport(reader={self._reader!r}, closed={self._closed})"
