"""PIN-pad readers (PC/SC part 10): reader features and PIN verification on the pad.

A PIN-pad reader reports FEATURE_VERIFY_PIN_DIRECT in its answer to the
CM_IOCTL_GET_FEATURE_REQUEST control command. Sending it a PIN_VERIFY_STRUCTURE makes
the reader prompt on its own keypad, put the digits into the command APDU carried in the
structure and send that APDU to the card: the PIN never passes through this computer.
The reader answers with the card's status word, or with 64 00 (entry timed out),
64 01 (cancelled on the pad) or 64 03 (PIN too short or too long).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from smartcard.pcsc.PCSCPart10 import (
    FEATURE_VERIFY_PIN_DIRECT,
    FEATURE_VERIFY_PIN_START,
    Features,
    parseFeatureRequest,
)

from app.cards.errors import (
    ApduError,
    CardError,
    MalformedResponse,
    PinBlocked,
    PinEntryCancelled,
    PinEntryTimeout,
    PinFormatInvalid,
    PinWrong,
)

VERIFY_PIN_DIRECT = str(Features[FEATURE_VERIFY_PIN_DIRECT])
"""Feature name of on-pad PIN verification in one control call."""
PINPAD_FEATURES = (VERIFY_PIN_DIRECT, str(Features[FEATURE_VERIFY_PIN_START]))
"""Features that mean "this reader has a PIN pad"."""

LANG_ZH_TW = 0x0404
DEFAULT_PAD_TIMEOUT = 30
"""Seconds the reader waits for the PIN on its pad (bTimerOut)."""

# bmFormatString: bit 7 = PIN position in bytes, bits 6-3 = position after the APDU
# header (0), bit 2 = left justified (0), bits 1-0 = 10 ASCII.
FORMAT_ASCII_BYTES = 0x82
# bEntryValidationCondition: 0x02 = the user presses the pad's OK key.
VALIDATE_ON_OK_KEY = 0x02

# Status words a pad reader adds to the card's (PC/SC part 10, CCID driver).
SW_PAD_TIMEOUT = 0x6400
SW_PAD_CANCELLED = 0x6401
SW_PAD_LENGTH = 0x6403

_FEATURE_TLV = 6  # tag, length 4, 4-byte big-endian control code
_HEADER = struct.Struct("<BBBBBHBBHB3sI")
"""PIN_VERIFY_STRUCTURE up to abData: every word little-endian (PC/SC part 10, 2.5.2)."""


@dataclass(frozen=True)
class ReaderFeatures:
    """The PC/SC part 10 features a reader reports: feature name → control code."""

    codes: dict[str, int]

    @property
    def verify_pin_direct(self) -> int | None:
        """Control code of FEATURE_VERIFY_PIN_DIRECT, or None without it."""
        return self.codes.get(VERIFY_PIN_DIRECT)

    @property
    def pinpad(self) -> bool:
        """True when the reader can take the PIN on its own keypad."""
        return any(name in self.codes for name in PINPAD_FEATURES)

    @property
    def names(self) -> list[str]:
        """Feature names in the reader's order."""
        return list(self.codes)


NO_FEATURES = ReaderFeatures({})


def parse_features(response: bytes) -> ReaderFeatures:
    """Features from a GET_FEATURE_REQUEST answer (TLVs: tag, 04, big-endian code).

    Unknown tags are skipped; a truncated or oddly sized TLV is a MalformedResponse.
    """
    if len(response) % _FEATURE_TLV:
        raise MalformedResponse(f"feature list of {len(response)} bytes is not made of TLVs")
    for start in range(0, len(response), _FEATURE_TLV):
        if response[start + 1] != 4:
            raise MalformedResponse("feature TLV with a length other than 4")
    parsed = parseFeatureRequest(list(response))
    return ReaderFeatures({str(name): int(code) for name, code in parsed})


@dataclass(frozen=True)
class PinVerifyRequest:
    """What the reader needs to build the VERIFY on its pad (no PIN in here)."""

    apdu: bytes
    """The VERIFY APDU with its PIN block filled with the padding byte."""
    timeout: int = DEFAULT_PAD_TIMEOUT
    min_length: int = 6
    max_length: int = 8
    block_size: int = 8
    lang_id: int = LANG_ZH_TW


def pin_verify_structure(request: PinVerifyRequest) -> bytes:
    """The PIN_VERIFY_STRUCTURE for FEATURE_VERIFY_PIN_DIRECT.

    ASCII digits, left-justified from the first data byte of the APDU, a PIN block of
    ``block_size`` bytes with no length field, validated with the pad's OK key.
    """
    if not 0 <= request.timeout <= 0xFF:
        raise ValueError("bTimerOut is one byte of seconds")
    if not 0 < request.min_length <= request.max_length <= request.block_size <= 0x0F:
        raise ValueError("PIN lengths must fit the PIN block")
    if len(request.apdu) != 5 + request.block_size:
        raise ValueError("the APDU must be a header, Lc and the PIN block")
    header = _HEADER.pack(
        request.timeout,  # bTimerOut
        0,  # bTimerOut2: no separate timeout after the first key
        FORMAT_ASCII_BYTES,  # bmFormatString
        request.block_size,  # bmPINBlockString: no length field, block size in bytes
        0x00,  # bmPINLengthFormat: no PIN length in the APDU
        (request.min_length << 8) | request.max_length,  # wPINMaxExtraDigit: min, max
        VALIDATE_ON_OK_KEY,  # bEntryValidationCondition
        0x01,  # bNumberMessage: the reader's "enter PIN" message
        request.lang_id,  # wLangId
        0x00,  # bMsgIndex
        b"\x00\x00\x00",  # bTeoPrologue (T=1 only; zero lets the reader fill it)
        len(request.apdu),  # ulDataLength
    )
    return header + request.apdu


def pad_status_error(sw: int) -> CardError | None:
    """The typed outcome of a pad verification's status word; None for 90 00."""
    if sw == 0x9000:
        return None
    if sw & 0xFFF0 == 0x63C0:
        tries = sw & 0x0F
        return PinBlocked("the card's PIN is blocked") if tries == 0 else PinWrong(tries)
    if sw == 0x6983:
        return PinBlocked("the card's PIN is blocked")
    if sw == SW_PAD_TIMEOUT:
        return PinEntryTimeout("no PIN was entered on the reader in time")
    if sw == SW_PAD_CANCELLED:
        return PinEntryCancelled("PIN entry cancelled on the reader")
    if sw in (SW_PAD_LENGTH, 0x6700):
        return PinFormatInvalid("the PIN entered on the reader has the wrong length")
    return ApduError(sw, f"the PIN-pad reader answered {sw:04X}")


def pad_status_word(response: bytes) -> int:
    """The status word of a VERIFY_PIN_DIRECT answer (exactly SW1 SW2)."""
    if len(response) != 2:
        raise MalformedResponse(f"PIN-pad answer of {len(response)} bytes, expected 2")
    return int.from_bytes(response, "big")
