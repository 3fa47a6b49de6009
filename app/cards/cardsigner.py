"""Signing with the emulated card's documented test protocol over PC/SC (or in-process).

Only cards the ATR table maps to the emulated driver are ever sent these commands; a
real HiCOS card encrypts its PIN block and is signed with through HiPKI or PKCS#11.
Protocol (``sandbox/cardemu/PROTOCOL.md``): VERIFY ``80 20 00 81`` + PIN (tries left in
63Cx, blocked 6983), SIGN ``80 2A 9E 9A`` + SHA-256 digest → 256-byte signature. On a
PIN-pad reader the VERIFY is built by the reader from a PIN_VERIFY_STRUCTURE (the PIN
block padded with FF to 8 bytes) and the PIN never reaches this computer.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from app.cards.apdu import ApduProtocol, CommandApdu, status_error
from app.cards.drivers import Driver, driver_for_atr, read_identity
from app.cards.errors import (
    CardError,
    CardRemoved,
    MalformedResponse,
    NoCard,
    PinBlocked,
    PinFormatInvalid,
    PinWrong,
    ServiceNotRunning,
    SignerUnavailable,
)
from app.cards.hicos import HicosCard
from app.cards.identity import CardIdentity
from app.cards.pinpad import (
    DEFAULT_PAD_TIMEOUT,
    PinVerifyRequest,
    pad_status_error,
    pad_status_word,
    pin_verify_structure,
)
from app.cards.signer import (
    PIN_MAX_LENGTH,
    PIN_MIN_LENGTH,
    Availability,
    SignerIdentity,
    SignerKind,
    SignResult,
    check_pin_format,
    check_pin_source,
    check_usable,
    checked_result,
)
from app.cards.transport import CardTransport, ReaderBackend, transaction

log = logging.getLogger(__name__)

CLA = 0x80
INS_VERIFY = 0x20
INS_SIGN = 0x2A
PIN_REFERENCE = 0x81
SIGN_P1, SIGN_P2 = 0x9E, 0x9A
PIN_PADDING = 0xFF


def pin_status(sw: int) -> int | None:
    """Tries left from a VERIFY status word (63Cx → x, 6983 → 0); None otherwise."""
    if sw & 0xFFF0 == 0x63C0:
        return sw & 0x0F
    if sw == 0x6983:
        return 0
    return None


class TestCardProtocol:
    """The emulated card's PIN and sign commands over an APDU protocol."""

    def __init__(self, protocol: ApduProtocol) -> None:
        self.protocol = protocol

    def verify_pin(self, pin: str) -> None:
        """VERIFY once; PinWrong(tries_left) / PinBlocked / PinFormatInvalid on failure."""
        data = check_pin_format(pin)
        response = self.protocol.transceive(
            CommandApdu(CLA, INS_VERIFY, 0x00, PIN_REFERENCE, data, sensitive=True)
        )
        if response.sw == 0x9000:
            return
        tries = pin_status(response.sw)
        if tries == 0:
            raise PinBlocked("the card's PIN is blocked")
        if tries is not None:
            raise PinWrong(tries)
        if response.sw == 0x6700:
            raise PinFormatInvalid("the card refused the PIN length")
        raise status_error(response.sw)

    def verify_pin_on_pad(self, timeout: int = DEFAULT_PAD_TIMEOUT) -> None:
        """VERIFY with the PIN typed on the reader's pad; same outcomes as :meth:`verify_pin`,
        plus PinEntryTimeout / PinEntryCancelled from the pad."""
        block = bytes((PIN_PADDING,)) * PIN_MAX_LENGTH
        template = CommandApdu(CLA, INS_VERIFY, 0x00, PIN_REFERENCE, block).encode()
        structure = pin_verify_structure(
            PinVerifyRequest(
                apdu=template,
                timeout=timeout,
                min_length=PIN_MIN_LENGTH,
                max_length=PIN_MAX_LENGTH,
                block_size=PIN_MAX_LENGTH,
            )
        )
        transport = self.protocol.transport
        log.info("PIN entry on the pad of %s (up to %d s)", transport.reader, timeout)
        error = pad_status_error(pad_status_word(transport.verify_pin_direct(structure)))
        if error is not None:
            raise error

    def tries_left(self) -> int | None:
        """VERIFY without data: the card tells the tries left without spending one."""
        response = self.protocol.transceive(CommandApdu(CLA, INS_VERIFY, 0x00, PIN_REFERENCE))
        return pin_status(response.sw)

    def sign_digest(self, digest: bytes) -> bytes:
        """PKCS#1 v1.5 signature of a SHA-256 digest (the card builds the DigestInfo)."""
        if len(digest) != 32:
            raise ValueError("a SHA-256 digest is 32 bytes")
        response = self.protocol.transceive(
            CommandApdu(CLA, INS_SIGN, SIGN_P1, SIGN_P2, digest, le=256)
        )
        if response.sw == 0x6983:
            raise PinBlocked("the card's PIN is blocked")
        if response.sw != 0x9000:
            raise status_error(response.sw)
        return response.data


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

    def availability(self) -> Availability:
        """Available when at least one emulated card sits in a reader."""
        try:
            readers = self.backend.list_readers()
        except CardError as exc:
            return Availability(False, f"{self.backend.name}: {exc.code}")
        for reader in readers:
            try:
                transport = self.backend.connect(reader)
            except CardError:
                continue
            try:
                if driver_for_atr(transport.atr) is Driver.EMULATED:
                    return Availability(True, f"emulated card in {reader}")
            except CardError:
                continue
            finally:
                transport.close()
        return Availability(False, "no emulated card in any reader")

    def identities(self) -> list[SignerIdentity]:
        """Identities of the emulated cards in the readers; other cards are skipped."""
        found: list[SignerIdentity] = []
        for reader in self.backend.list_readers():
            try:
                transport = self.backend.connect(reader)
            except (NoCard, CardRemoved):
                continue
            except CardError as exc:
                if isinstance(exc, ServiceNotRunning):
                    raise
                log.info("reader %s skipped: %s", reader, exc.code)
                continue
            try:
                if driver_for_atr(transport.atr) is not Driver.EMULATED:
                    continue
                identity, _driver = read_identity(transport)
                pinpad = transport.features().verify_pin_direct is not None
            except CardError as exc:
                # One bad or vanishing card must not hide the cards in other readers.
                if isinstance(exc, ServiceNotRunning):
                    raise
                log.info("card in %s skipped: %s", reader, exc.code)
                continue
            finally:
                transport.close()
            if self._prepare is not None:
                identity = self._prepare(identity)
            found.append(SignerIdentity(self.kind, reader, identity, pinpad=pinpad))
        return found

    def _open(self, who: SignerIdentity) -> tuple[CardTransport, ApduProtocol]:
        transport = self.backend.connect(who.handle)
        try:
            if driver_for_atr(transport.atr) is not Driver.EMULATED:
                raise SignerUnavailable("the card in the reader cannot sign over PC/SC")
            protocol = ApduProtocol(transport)
            if HicosCard(protocol).serial() != who.card_serial:
                raise CardRemoved("a different card is now in the reader")
        except BaseException:
            transport.close()
            raise
        return transport, protocol

    def sign(self, who: SignerIdentity, document: bytes, pin: str | None) -> SignResult:
        """VERIFY (typed, or on the reader's pad when ``pin`` is None) then SIGN; one PIN
        attempt, never retried."""
        check_usable(who)
        check_pin_source(who, pin)
        # _open reads the serial first: those APDUs meet any foreign transaction with a
        # bounded wait (CardInUse), so the transaction below starts on a free card.
        transport, protocol = self._open(who)
        try:
            with transaction(transport):
                card = TestCardProtocol(protocol)
                if pin is None:
                    card.verify_pin_on_pad(self.pad_timeout)
                else:
                    card.verify_pin(pin)
                signature = card.sign_digest(hashlib.sha256(document).digest())
        finally:
            transport.close()
        if len(signature) * 8 != who.identity.key_size:
            raise MalformedResponse(f"card returned a {len(signature)}-byte signature")
        return checked_result(who, document, signature)

    def pin_tries_left(self, who: SignerIdentity) -> int | None:
        """Tries left as the card reports them (costs no try)."""
        transport, protocol = self._open(who)
        try:
            return TestCardProtocol(protocol).tries_left()
        finally:
            transport.close()
