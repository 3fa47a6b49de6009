"""An emulated first-generation HiCOS-style card with a documented test-only PIN and sign.

The read-only part answers the same commands as a first-generation HiCOS card (CLA 0x80;
SELECT 3F00 → 0900 → 0903 serial / 0905 version; certificates in EF 08F2 at offsets
0x0000, 0x0700, 0x0E00, 0x1500; READ BINARY in chunks of at most 200 bytes). PIN verify
and signing are this emulator's own test protocol (``PROTOCOL.md``): a real HiCOS card
encrypts its PIN block and signs with proprietary commands we do not reproduce.

The card is thread-safe: the vpcd link, the in-process reader and the fake HiPKI server
may all talk to the same card object.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

# The card answers the commands the client's drivers send: the HiCOS file layout and reads
# (app.cards.hicos), GET RESPONSE (app.cards.apdu) and the documented test protocol's PIN
# and sign commands (app.cards.testcard, PROTOCOL.md).
from app.cards.apdu import INS_GET_RESPONSE
from app.cards.hicos import (
    CERT_SLOT_SIZE,
    CERT_SLOTS,
    CLA,
    FID_CERTS,
    FID_DF,
    FID_MF,
    FID_SERIAL,
    FID_VERSION,
    INS_READ_BINARY,
    INS_SELECT,
    MAX_CHUNK,
)
from app.cards.signer import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from app.cards.testcard import (
    INS_SIGN,
    INS_VERIFY,
    PIN_PADDING,
    PIN_REFERENCE,
    SIGN_P1,
    SIGN_P2,
)

if TYPE_CHECKING:
    from certs.testpki import DemoCard

PIN_TRIES = 3

VERSION = b"TCLOUD EMU1"

SW_OK = b"\x90\x00"
SW_WRONG_LENGTH = b"\x67\x00"
SW_SECURITY = b"\x69\x82"
SW_BLOCKED = b"\x69\x83"
SW_NO_CURRENT_EF = b"\x69\x86"
SW_FILE_NOT_FOUND = b"\x6a\x82"
SW_WRONG_P1P2 = b"\x6a\x86"
SW_OFFSET = b"\x6b\x00"
SW_INS = b"\x6d\x00"
SW_CLA = b"\x6e\x00"
SW_CONDITIONS = b"\x69\x85"


def _atr() -> bytes:
    # TS, T0 (TD1 present, 10 historical bytes), TD1 (T=1), historical bytes, TCK.
    body = bytes((0x8A, 0x80, 0x01)) + b"TCLOUDEMU1"
    tck = 0
    for b in body:
        tck ^= b
    return b"\x3b" + body + bytes((tck,))


ATR = _atr()
"""ATR of every emulated card; the client's ATR table maps it to the emulated-card driver."""


@dataclass(frozen=True)
class PinOutcome:
    """Result of a PIN check: ``ok``, or the tries left (0 = blocked)."""

    ok: bool
    tries_left: int


def _der(cert: x509.Certificate | bytes) -> bytes:
    if isinstance(cert, x509.Certificate):
        return cert.public_bytes(serialization.Encoding.DER)
    return bytes(cert)


class EmulatedCard:
    """One emulated card: file system, PIN counter, signing key."""

    def __init__(
        self,
        *,
        card_id: str,
        serial: str,
        pin: str,
        private_key: rsa.RSAPrivateKey,
        certificate: x509.Certificate | bytes,
        chain: Sequence[x509.Certificate | bytes] = (),
        encryption_certificate: x509.Certificate | bytes | None = None,
    ) -> None:
        if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH or not pin.isdigit():
            raise ValueError("an emulated card's PIN must be 6 to 8 digits")
        self.card_id = card_id
        self.serial = serial
        self._pin = pin.encode("ascii")
        self._key = private_key
        self._lock = threading.RLock()
        self._tries_left = PIN_TRIES
        self._verified = False
        self._selected: tuple[int, ...] = (FID_MF,)
        self._pending = b""
        self.certificate = _der(certificate)
        chain_der = [_der(c) for c in chain]
        # Slot 0 holds the root, slot 1 the issuing CA (nearest to the leaf first in chain).
        root = chain_der[-1] if chain_der else b""
        issuing = chain_der[0] if len(chain_der) > 1 else b""
        encryption = _der(encryption_certificate) if encryption_certificate is not None else b""
        slots = (root, issuing, self.certificate, encryption)
        blob = bytearray(b"\xff" * (CERT_SLOTS[-1] + CERT_SLOT_SIZE))
        for offset, der in zip(CERT_SLOTS, slots, strict=True):
            if len(der) > CERT_SLOT_SIZE:
                raise ValueError(f"certificate of {len(der)} bytes does not fit a card slot")
            blob[offset : offset + len(der)] = der
        self.chain = tuple(chain_der)
        self.encryption_certificate = encryption or None
        self._files: dict[tuple[int, ...], bytes] = {
            (FID_MF, FID_DF, FID_SERIAL): serial.encode("ascii"),
            (FID_MF, FID_DF, FID_VERSION): VERSION,
            (FID_MF, FID_CERTS): bytes(blob),
        }
        self._dirs = {(FID_MF,), (FID_MF, FID_DF)}
        self.on_command: Callable[[bytes], None] | None = None
        """Test hook called with each command APDU before it is processed."""

    @classmethod
    def from_demo_card(cls, demo: DemoCard) -> EmulatedCard:
        """An emulated card holding a ``certs.testpki`` demo card's keys and certificates."""
        return cls(
            card_id=demo.id,
            serial=demo.card_serial,
            pin=demo.pin,
            private_key=demo.private_key,
            certificate=demo.certificate,
            chain=list(demo.chain),
            encryption_certificate=demo.encryption_certificate,
        )

    def __repr__(self) -> str:
        return f"EmulatedCard(id={self.card_id!r}, serial={self.serial!r})"

    # -- power and session ---------------------------------------------------------

    @property
    def atr(self) -> bytes:
        """The card's answer-to-reset."""
        return ATR

    def reset(self) -> None:
        """Power cycle: the PIN state and selection are lost, the try counter is kept."""
        with self._lock:
            self._verified = False
            self._selected = (FID_MF,)
            self._pending = b""

    @property
    def tries_left(self) -> int:
        """PIN tries left (0 = blocked)."""
        return self._tries_left

    # -- operations shared by the APDU interface and the fake HiPKI server ---------

    def check_pin(self, pin: bytes) -> PinOutcome:
        """Verify a PIN and count a wrong one; a blocked card never compares."""
        with self._lock:
            if self._tries_left == 0:
                return PinOutcome(False, 0)
            if hmac.compare_digest(pin, self._pin):
                self._tries_left = PIN_TRIES
                self._verified = True
                return PinOutcome(True, self._tries_left)
            self._tries_left -= 1
            self._verified = False
            return PinOutcome(False, self._tries_left)

    def sign_digest(self, digest: bytes) -> bytes:
        """PKCS#1 v1.5 signature of a SHA-256 digest; needs a fresh PIN verification."""
        with self._lock:
            if not self._verified:
                raise PermissionError("PIN not verified")
            self._verified = False  # one verification per signature
            return self._key.sign(digest, padding.PKCS1v15(), Prehashed(hashes.SHA256()))

    # -- APDU interface -----------------------------------------------------------

    def process(self, command: bytes) -> bytes:
        """Answer one command APDU with response data + SW1 SW2."""
        if self.on_command is not None:
            self.on_command(command)
        with self._lock:
            if len(command) < 4:
                return SW_WRONG_LENGTH
            if command[0] != CLA:
                return SW_CLA
            ins = command[1]
            try:
                data, le = _parse_body(command[4:])
            except ValueError:
                return SW_WRONG_LENGTH
            p1p2 = (command[2], command[3])
            if ins != INS_GET_RESPONSE:
                self._pending = b""
            if ins == INS_SELECT:
                return self._select(p1p2, data)
            if ins == INS_READ_BINARY:
                return self._read_binary(p1p2, le)
            if ins == INS_GET_RESPONSE:
                return self._get_response(le)
            if ins == INS_VERIFY:
                return self._verify(p1p2, data)
            if ins == INS_SIGN:
                return self._sign(p1p2, data, le, extended=len(command) > 5 and command[4] == 0)
            return SW_INS

    def _select(self, p1p2: tuple[int, int], data: bytes) -> bytes:
        if p1p2 != (0, 0):
            return SW_WRONG_P1P2
        if len(data) != 2:
            return SW_WRONG_LENGTH
        fid = int.from_bytes(data, "big")
        if fid == FID_MF:
            self._selected = (FID_MF,)
            return SW_OK
        current_dir = self._selected if self._selected in self._dirs else self._selected[:-1]
        candidate = (*current_dir, fid)
        if candidate in self._dirs or candidate in self._files:
            self._selected = candidate
            return SW_OK
        return SW_FILE_NOT_FOUND

    def _read_binary(self, p1p2: tuple[int, int], le: int | None) -> bytes:
        content = self._files.get(self._selected)
        if content is None:
            return SW_NO_CURRENT_EF
        if p1p2[0] & 0x80:
            return SW_WRONG_P1P2
        if le is None or le > MAX_CHUNK:
            return SW_WRONG_LENGTH
        offset = (p1p2[0] << 8) | p1p2[1]
        if offset >= len(content):
            return SW_OFFSET
        available = len(content) - offset
        if le > available:
            return bytes((0x6C, available))
        return content[offset : offset + le] + SW_OK

    def _get_response(self, le: int | None) -> bytes:
        if not self._pending:
            return SW_CONDITIONS
        size = min(le or 256, len(self._pending))
        chunk, self._pending = self._pending[:size], self._pending[size:]
        if self._pending:
            return chunk + bytes((0x61, min(len(self._pending), 256) % 256))
        return chunk + SW_OK

    def _verify(self, p1p2: tuple[int, int], data: bytes) -> bytes:
        if p1p2 != (0x00, PIN_REFERENCE):
            return SW_WRONG_P1P2
        if not data:
            if self._tries_left == 0:
                return SW_BLOCKED
            return SW_OK if self._verified else bytes((0x63, 0xC0 | self._tries_left))
        # A PIN-pad reader sends the PIN block it was given: the digits, then FF padding.
        pin = data.rstrip(bytes([PIN_PADDING])) if len(data) == PIN_MAX_LENGTH else data
        if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
            return SW_WRONG_LENGTH
        outcome = self.check_pin(pin)
        if outcome.ok:
            return SW_OK
        if outcome.tries_left == 0:
            return SW_BLOCKED
        return bytes((0x63, 0xC0 | outcome.tries_left))

    def _sign(self, p1p2: tuple[int, int], data: bytes, le: int | None, *, extended: bool) -> bytes:
        if p1p2 != (SIGN_P1, SIGN_P2):
            return SW_WRONG_P1P2
        if len(data) != 32:
            return SW_WRONG_LENGTH
        if self._tries_left == 0:
            return SW_BLOCKED
        try:
            signature = self.sign_digest(data)
        except PermissionError:
            return SW_SECURITY
        if extended and (le is None or le >= len(signature)):
            return signature + SW_OK
        # Short APDUs: announce the signature and hand it out through GET RESPONSE.
        self._pending = signature
        return bytes((0x61, len(signature) % 256))


def _parse_body(body: bytes) -> tuple[bytes, int | None]:
    """Split the APDU body into data and Le (short or extended); ValueError if malformed."""
    if not body:
        return b"", None
    if len(body) == 1:
        return b"", body[0] or 256
    if body[0] == 0 and len(body) >= 3:
        # Extended length.
        if len(body) == 3:
            return b"", int.from_bytes(body[1:3], "big") or 65536
        lc = int.from_bytes(body[1:3], "big")
        rest = body[3:]
        if len(rest) == lc:
            return rest, None
        if len(rest) == lc + 2:
            return rest[:lc], int.from_bytes(rest[lc:], "big") or 65536
        raise ValueError("bad extended length")
    lc = body[0]
    rest = body[1:]
    if len(rest) == lc:
        return rest, None
    if len(rest) == lc + 1:
        return rest[:lc], rest[lc] or 256
    raise ValueError("bad short length")
