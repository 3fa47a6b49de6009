"""The emulated card's documented test protocol: HiCOS reads plus PIN and sign commands.

Protocol (``sandbox/cardemu/PROTOCOL.md``): VERIFY ``80 20 00 81`` + PIN (tries left in
63Cx, blocked 6983), SIGN ``80 2A 9E 9A`` + SHA-256 digest → 256-byte signature. On a
PIN-pad reader the VERIFY is built by the reader from a PIN_VERIFY_STRUCTURE (the PIN
block padded with FF to 8 bytes) and the PIN never reaches this computer. Only cards the
ATR table (``app.cards.drivers``) gives this driver are ever sent these commands.
"""

from __future__ import annotations

import logging

from app.cards.apdu import CommandApdu, status_error
from app.cards.errors import PinBlocked, PinFormatInvalid, PinWrong
from app.cards.hicos import HicosCard
from app.cards.pinpad import (
    DEFAULT_PAD_TIMEOUT,
    PinVerifyRequest,
    pad_status_error,
    pad_status_word,
    pin_verify_structure,
)
from app.cards.signer import PIN_MAX_LENGTH, PIN_MIN_LENGTH, check_pin_format

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


class EmulatedHicosCard(HicosCard):
    """The emulated card: HiCOS read-only commands plus its PIN and sign commands."""

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
