"""APDU protocol layer (ISO 7816-4) on top of a :class:`~app.cards.transport.CardTransport`.

Encodes short and extended command APDUs, follows ``61xx`` with GET RESPONSE, re-sends on
``6Cxx`` with the length the card asked for, maps status words to typed errors and traces
every exchange at the TRAFFIC level with the data of sensitive commands redacted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.cards.errors import (
    ApduError,
    FileNotFoundOnCard,
    MalformedResponse,
    SecurityStatusNotSatisfied,
)
from app.cards.traffic import log_command, log_response
from app.cards.transport import CardTransport

SW_OK = 0x9000
INS_GET_RESPONSE = 0xC0

# A hostile card could answer 61xx forever: bound the chain instead of looping.
MAX_RESPONSE_BYTES = 65536
MAX_GET_RESPONSE_ROUNDS = 300


@dataclass(frozen=True)
class CommandApdu:
    """A command APDU. ``le`` is the expected response length (None: no Le; 256/65536 max).

    ``sensitive`` marks commands carrying a PIN: their data never appears in any trace,
    and ``repr`` shows only the length.
    """

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = field(default=b"", repr=False)
    le: int | None = None
    extended: bool = False
    sensitive: bool = False

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            value = getattr(self, name)
            if not 0 <= value <= 0xFF:
                raise ValueError(f"{name} must be one byte, got {value}")
        if len(self.data) > 65535:
            raise ValueError("command data longer than 65535 bytes")
        if self.le is not None and not 0 < self.le <= 65536:
            raise ValueError("le must be between 1 and 65536")

    @property
    def is_extended(self) -> bool:
        """True when the command needs (or asked for) extended length fields."""
        return self.extended or len(self.data) > 255 or (self.le is not None and self.le > 256)

    def encode(self) -> bytes:
        """The bytes to send, in short or extended form."""
        header = bytes((self.cla, self.ins, self.p1, self.p2))
        if self.is_extended:
            body = b""
            if self.data:
                body += b"\x00" + len(self.data).to_bytes(2, "big") + self.data
            if self.le is not None:
                le = (self.le % 65536).to_bytes(2, "big")
                body += le if self.data else b"\x00" + le
            return header + body
        body = b""
        if self.data:
            body += bytes((len(self.data),)) + self.data
        if self.le is not None:
            body += bytes((self.le % 256,))
        return header + body

    def with_le(self, le: int) -> CommandApdu:
        """The same command with another expected length."""
        return CommandApdu(
            self.cla, self.ins, self.p1, self.p2, self.data, le, self.extended, self.sensitive
        )

    def __repr__(self) -> str:
        data = "<redacted>" if self.sensitive else self.data.hex()
        return (
            f"CommandApdu({self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}, "
            f"data={data}, le={self.le}, extended={self.is_extended})"
        )


@dataclass(frozen=True)
class ResponseApdu:
    """Response data and status word."""

    data: bytes
    sw: int

    @property
    def sw1(self) -> int:
        """First status byte."""
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        """Second status byte."""
        return self.sw & 0xFF

    @classmethod
    def parse(cls, raw: bytes) -> ResponseApdu:
        """Split a raw response; fewer than two bytes is a malformed answer."""
        if len(raw) < 2:
            raise MalformedResponse(f"response of {len(raw)} bytes has no status word")
        return cls(raw[:-2], int.from_bytes(raw[-2:], "big"))


def status_error(sw: int) -> ApduError:
    """The typed error for a status word that is not success."""
    if sw == 0x6A82:
        return FileNotFoundOnCard(sw, "file not found on card (6A82)")
    if sw == 0x6982:
        return SecurityStatusNotSatisfied(sw, "security status not satisfied (6982)")
    return ApduError(sw)


class ApduProtocol:
    """Sends command APDUs over a transport and handles the ISO 7816 response chaining."""

    def __init__(self, transport: CardTransport) -> None:
        self.transport = transport
        self.exchanges = 0
        """Number of raw APDUs exchanged so far (GET RESPONSE and re-sends included)."""

    def _exchange(self, apdu: CommandApdu) -> ResponseApdu:
        raw = apdu.encode()
        log_command(raw, sensitive=apdu.sensitive)
        answer = self.transport.transmit(raw)
        self.exchanges += 1
        log_response(answer)
        return ResponseApdu.parse(answer)

    def transceive(self, apdu: CommandApdu) -> ResponseApdu:
        """Send ``apdu``; follow 61xx and 6Cxx; return the final data and status word."""
        response = self._exchange(apdu)
        if response.sw1 == 0x6C and apdu.le is not None and not apdu.is_extended:
            response = self._exchange(apdu.with_le(response.sw2 or 256))
        data = bytearray(response.data)
        rounds = 0
        while response.sw1 == 0x61:
            rounds += 1
            if rounds > MAX_GET_RESPONSE_ROUNDS or len(data) > MAX_RESPONSE_BYTES:
                raise MalformedResponse("card keeps announcing more response data")
            get = CommandApdu(apdu.cla, INS_GET_RESPONSE, 0, 0, le=response.sw2 or 256)
            response = self._exchange(get)
            data += response.data
        return ResponseApdu(bytes(data), response.sw)

    def send(self, apdu: CommandApdu) -> bytes:
        """Send ``apdu`` and return its data; any status other than 9000 raises."""
        response = self.transceive(apdu)
        if response.sw != SW_OK:
            raise status_error(response.sw)
        return response.data
