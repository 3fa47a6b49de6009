"""Signing with the emulated card's documented test protocol over PC/SC (or in-process).

Only cards the ATR table gives the emulated driver (``app.cards.testcard``) are signed
with here; a real HiCOS card encrypts its PIN block and is signed with through HiPKI or
PKCS#11.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from typing import TypeVar

from app.cards.drivers import identify, open_card
from app.cards.errors import (
    CardError,
    CardRemoved,
    MalformedResponse,
    NoCard,
    ServiceNotRunning,
    SignerUnavailable,
)
from app.cards.identity import CardIdentity
from app.cards.pinpad import DEFAULT_PAD_TIMEOUT
from app.cards.signer import Availability, SignerIdentity, SignerKind, SignResult
from app.cards.testcard import EmulatedHicosCard
from app.cards.transport import CardTransport, ReaderBackend, transaction

log = logging.getLogger(__name__)

T = TypeVar("T")


class CardProtocolSigner:
    """Signer over a reader backend (PC/SC or the in-process virtual readers)."""

    kind = SignerKind.CARD

    def __init__(
        self,
        backend: ReaderBackend,
        prepare: Callable[[CardIdentity], CardIdentity] | None = None,
        *,
        pad_timeout: int = DEFAULT_PAD_TIMEOUT,
    ) -> None:
        self.backend = backend
        self._prepare = prepare
        self.pad_timeout = pad_timeout

    def _on_each_emulated_card(
        self, read: Callable[[str, CardTransport, EmulatedHicosCard], T]
    ) -> list[T]:
        """``read`` on the card of each reader that the ATR table gives the emulated driver.

        One bad or vanishing card never hides the cards in other readers; a smart-card
        service that stopped ends the walk (ServiceNotRunning).
        """
        found: list[T] = []
        for reader in self.backend.list_readers():
            transport: CardTransport | None = None
            try:
                transport = self.backend.connect(reader)
                card, _driver = open_card(transport)
                if isinstance(card, EmulatedHicosCard):
                    found.append(read(reader, transport, card))
            except ServiceNotRunning:
                raise
            except NoCard:
                continue  # an empty reader
            except CardError as exc:
                log.info("card in %s skipped: %s", reader, exc.code)
            finally:
                if transport is not None:
                    transport.close()
        return found

    def availability(self) -> Availability:
        """Available when at least one emulated card sits in a reader."""
        try:
            readers = self._on_each_emulated_card(lambda reader, _transport, _card: reader)
        except CardError as exc:
            return Availability(False, f"{self.backend.name}: {exc.code}")
        if readers:
            return Availability(True, f"emulated card in {readers[0]}")
        return Availability(False, "no emulated card in any reader")

    def identities(self) -> list[SignerIdentity]:
        """Identities of the emulated cards in the readers; other cards are skipped."""

        def read(reader: str, transport: CardTransport, card: EmulatedHicosCard) -> SignerIdentity:
            identity = identify(card)
            pinpad = transport.features().verify_pin_direct is not None
            if self._prepare is not None:
                identity = self._prepare(identity)
            return SignerIdentity(self.kind, reader, identity, pinpad=pinpad)

        return self._on_each_emulated_card(read)

    def _open(self, who: SignerIdentity) -> tuple[CardTransport, EmulatedHicosCard]:
        transport = self.backend.connect(who.handle)
        try:
            card, _driver = open_card(transport)
            if not isinstance(card, EmulatedHicosCard):
                raise SignerUnavailable("the card in the reader cannot sign over PC/SC")
            if card.serial() != who.card_serial:
                raise CardRemoved("a different card is now in the reader")
        except BaseException:
            transport.close()
            raise
        return transport, card

    def sign(self, who: SignerIdentity, document: bytes, pin: str | None) -> SignResult:
        """VERIFY (typed, or on the reader's pad when ``pin`` is None) then SIGN; one PIN
        attempt, never retried."""
        who.require_signable(pin)
        # _open reads the serial first: those APDUs meet any foreign transaction with a
        # bounded wait (CardInUse), so the transaction below starts on a free card.
        transport, card = self._open(who)
        try:
            with transaction(transport):
                if pin is None:
                    card.verify_pin_on_pad(self.pad_timeout)
                else:
                    card.verify_pin(pin)
                signature = card.sign_digest(hashlib.sha256(document).digest())
        finally:
            transport.close()
        if len(signature) * 8 != who.identity.key_size:
            raise MalformedResponse(f"card returned a {len(signature)}-byte signature")
        return who.signed(document, signature)

    def pin_tries_left(self, who: SignerIdentity) -> int | None:
        """Tries left as the card reports them (costs no try)."""
        transport, card = self._open(who)
        try:
            return card.tries_left()
        finally:
            transport.close()
