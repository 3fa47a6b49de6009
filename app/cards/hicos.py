"""First-generation HiCOS cards: read the serial and certificates without a PIN.

Commands (``cards.md``; public reverse-engineering notes, unverified on real cards): CLA
must be 0x80; SELECT 3F00 → 0900 → 0905 (version) / 0903 (card serial); certificates in
EF 08F2 (under 3F00) at offsets 0x0000 (root), 0x0700 (issuing CA), 0x0E00 and 0x1500
(user signing and encryption); READ BINARY ``80 B0`` in chunks of at most 200 bytes.
Nothing here can cost a PIN try.
"""

from __future__ import annotations

import string

from app.cards.apdu import ApduProtocol, CommandApdu, status_error
from app.cards.errors import ApduError, MalformedResponse, UnsupportedCard
from app.cards.identity import CardIdentity, identity_from_certificate, split_card_certificates

CLA = 0x80
INS_SELECT = 0xA4
INS_READ_BINARY = 0xB0
MAX_CHUNK = 200

FID_MF = 0x3F00
FID_DF = 0x0900
FID_SERIAL = 0x0903
FID_VERSION = 0x0905
FID_CERTS = 0x08F2
CERT_SLOTS = (0x0000, 0x0700, 0x0E00, 0x1500)
CERT_SLOT_SIZE = 0x0700
SLOT_ROOT, SLOT_CA, SLOT_USER_1, SLOT_USER_2 = CERT_SLOTS

_MAX_SMALL_EF = 64
_PRINTABLE = set(string.ascii_letters + string.digits + " .-_/")


class HicosCard:
    """Read-only access to a first-generation HiCOS card through an APDU protocol."""

    def __init__(self, protocol: ApduProtocol) -> None:
        self.protocol = protocol

    def select(self, fid: int) -> None:
        """SELECT a file by its 2-byte identifier; UnsupportedCard if the card rejects CLA 80."""
        try:
            self.protocol.send(CommandApdu(CLA, INS_SELECT, 0, 0, fid.to_bytes(2, "big")))
        except ApduError as exc:
            if exc.sw in (0x6E00, 0x6D00):
                raise UnsupportedCard(f"card rejects HiCOS commands ({exc.sw:04X})") from exc
            raise

    def read_binary(self, offset: int, length: int) -> bytes:
        """Read ``length`` bytes of the selected EF from ``offset`` in chunks of ≤ 200 bytes.

        The answer may be shorter when the file ends first (the card tells with 6Cxx).
        """
        out = bytearray()
        while len(out) < length:
            position = offset + len(out)
            if position > 0x7FFF:
                raise MalformedResponse("read past the largest offset READ BINARY can address")
            want = min(MAX_CHUNK, length - len(out))
            response = self.protocol.transceive(
                CommandApdu(CLA, INS_READ_BINARY, position >> 8, position & 0xFF, le=want)
            )
            if response.sw == 0x6B00 or (response.sw == 0x9000 and not response.data):
                break  # end of file
            if response.sw not in (0x9000, 0x6282):
                raise status_error(response.sw)
            if len(response.data) > want:
                raise MalformedResponse("card returned more bytes than asked for")
            out += response.data
            if len(response.data) < want:
                break
        return bytes(out)

    def _read_text(self, path: tuple[int, ...]) -> str:
        for fid in path:
            self.select(fid)
        raw = self.read_binary(0, _MAX_SMALL_EF).rstrip(b"\x00\xff ").lstrip(b"\x00")
        text = raw.decode("ascii", errors="replace")
        if not text or not set(text) <= _PRINTABLE:
            raise MalformedResponse("card returned an unreadable text field")
        return text

    def version(self) -> str:
        """The card's version string (EF 3F00/0900/0905), e.g. "CHT V32N"."""
        return self._read_text((FID_MF, FID_DF, FID_VERSION))

    def serial(self) -> str:
        """The card serial (EF 3F00/0900/0903), e.g. "TP07240513190395"."""
        return self._read_text((FID_MF, FID_DF, FID_SERIAL))

    def certificate_at(self, slot: int) -> bytes | None:
        """The DER certificate stored at ``slot`` in EF 08F2 (selected), None when empty."""
        head = self.read_binary(slot, 4)
        if len(head) < 2 or head[0] != 0x30:
            return None
        if head[1] == 0x82 and len(head) == 4:
            total = 4 + int.from_bytes(head[2:4], "big")
        elif head[1] == 0x81 and len(head) >= 3:
            total = 3 + head[2]
        else:
            raise MalformedResponse(f"certificate slot {slot:04X} holds no DER sequence")
        if total > CERT_SLOT_SIZE:
            raise MalformedResponse(f"certificate slot {slot:04X} claims {total} bytes")
        der = head + self.read_binary(slot + len(head), total - len(head))
        if len(der) != total:
            raise MalformedResponse(f"certificate in slot {slot:04X} is truncated")
        return der

    def certificates(self) -> dict[int, bytes]:
        """Slot offset → DER certificate, for every non-empty slot of EF 08F2."""
        self.select(FID_MF)
        self.select(FID_CERTS)
        found: dict[int, bytes] = {}
        for slot in CERT_SLOTS:
            der = self.certificate_at(slot)
            if der is not None:
                found[slot] = der
        return found

    def read_identity(self) -> CardIdentity:
        """Serial and signing certificate (with the on-card chain) as a CardIdentity."""
        serial = self.serial()
        certs = self.certificates()
        users = [certs[s] for s in (SLOT_USER_1, SLOT_USER_2) if s in certs]
        if not users:
            raise UnsupportedCard("the card holds no user certificate")
        signing, _encryption = split_card_certificates(users)
        chain = tuple(certs[s] for s in (SLOT_CA, SLOT_ROOT) if s in certs)
        return identity_from_certificate(signing, chain, serial)
