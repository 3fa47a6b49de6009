"""Card transports: the byte-level link to one card, and the PC/SC backend on pyscard.

A :class:`CardTransport` sends a raw command APDU and returns the raw response (data plus
SW1 SW2); it knows nothing about status words. A :class:`ReaderBackend` lists readers and
opens transports. The PC/SC backend uses pyscard's low-level ``smartcard.scard`` API so
every PC/SC return code maps to one typed error, connects in SHARED mode (HiPKI may use
the card at the same time) and rebuilds its context when the smart-card service restarts
(on Windows SCardSvr stops when the last reader is unplugged).

Not thread-safe by design: all card I/O runs on the card worker thread (see ``service``).
"""

from __future__ import annotations

import logging
import time
from typing import Any, Protocol

from smartcard import scard

from app.cards.errors import (
    CardError,
    CardInUse,
    CardRemoved,
    CardTimeout,
    CardUnpowered,
    NoCard,
    NoReader,
    ServiceNotRunning,
    TransactionFailed,
)

log = logging.getLogger(__name__)


class CardTransport(Protocol):
    """A connection to the card in one reader."""

    @property
    def reader(self) -> str:
        """Name of the reader holding the card."""
        ...

    @property
    def atr(self) -> bytes:
        """Answer-to-reset of the card."""
        ...

    def transmit(self, command: bytes) -> bytes:
        """Send one raw command APDU; return response data followed by SW1 SW2."""
        ...

    def close(self) -> None:
        """Release the connection (leave the card powered for other programs)."""
        ...


class ReaderBackend(Protocol):
    """Something that lists readers and connects to their cards."""

    name: str

    def list_readers(self) -> list[str]:
        """Names of the connected readers (empty list when there are none)."""
        ...

    def connect(self, reader: str) -> CardTransport:
        """Open a shared connection to the card in ``reader``."""
        ...

    def close(self) -> None:
        """Release every resource held by the backend."""
        ...


# PC/SC return codes (winscard.h); pyscard exposes most but not all of them as constants.
SCARD_E_CANCELLED = 0x80100002
SCARD_E_INVALID_HANDLE = 0x80100003
SCARD_E_UNKNOWN_READER = 0x80100009
SCARD_E_TIMEOUT = 0x8010000A
SCARD_E_SHARING_VIOLATION = 0x8010000B
SCARD_E_NO_SMARTCARD = 0x8010000C
SCARD_E_PROTO_MISMATCH = 0x8010000F
SCARD_E_NOT_TRANSACTED = 0x80100016
SCARD_E_READER_UNAVAILABLE = 0x80100017
SCARD_E_NO_SERVICE = 0x8010001D
SCARD_E_SERVICE_STOPPED = 0x8010001E
SCARD_E_NO_READERS_AVAILABLE = 0x8010002E
SCARD_W_UNRESPONSIVE_CARD = 0x80100066
SCARD_W_UNPOWERED_CARD = 0x80100067
SCARD_W_RESET_CARD = 0x80100068
SCARD_W_REMOVED_CARD = 0x80100069

_SERVICE_GONE = {SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED, SCARD_E_INVALID_HANDLE}
_RETRY_ONCE_ON_CONNECT = {SCARD_W_UNPOWERED_CARD, SCARD_W_REMOVED_CARD, SCARD_W_RESET_CARD}

# How long a transmit keeps retrying while another program holds a transaction on the card.
BUSY_WAIT_SECONDS = 1.5
_BUSY_RETRY_INTERVAL = 0.02


def _u32(hresult: int) -> int:
    return hresult & 0xFFFFFFFF


def pcsc_error(hresult: int, reader: str = "") -> CardError:
    """Map a PC/SC return code to the card layer's typed error."""
    code = _u32(hresult)
    where = f" ({reader})" if reader else ""
    text = f"{scard.SCardGetErrorMessage(hresult)}{where}"
    if code in (SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED):
        return ServiceNotRunning(text)
    if code in (SCARD_E_NO_READERS_AVAILABLE, SCARD_E_UNKNOWN_READER, SCARD_E_READER_UNAVAILABLE):
        return NoReader(text)
    if code == SCARD_E_NO_SMARTCARD:
        return NoCard(text)
    if code == SCARD_W_REMOVED_CARD:
        return CardRemoved(text)
    if code in (SCARD_W_UNPOWERED_CARD, SCARD_W_UNRESPONSIVE_CARD):
        return CardUnpowered(text)
    if code == SCARD_E_SHARING_VIOLATION:
        return CardInUse(text)
    if code == SCARD_E_TIMEOUT:
        return CardTimeout(text)
    return TransactionFailed(text, hresult=code)


class PcscBackend:
    """Readers and cards through the PC/SC service (pcscd / SCardSvr), via pyscard."""

    name = "pcsc"

    def __init__(self) -> None:
        self._hcontext: Any = None

    def _context(self) -> Any:
        if self._hcontext is None:
            hresult, hcontext = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
            if hresult != scard.SCARD_S_SUCCESS:
                raise ServiceNotRunning(scard.SCardGetErrorMessage(hresult))
            self._hcontext = hcontext
        return self._hcontext

    def _drop_context(self) -> None:
        if self._hcontext is not None:
            scard.SCardReleaseContext(self._hcontext)
            self._hcontext = None

    def list_readers(self) -> list[str]:
        """Names of the readers PC/SC knows; rebuilds the context once if the service restarted."""
        for attempt in (1, 2):
            hresult, readers = scard.SCardListReaders(self._context(), [])
            code = _u32(hresult)
            if code == scard.SCARD_S_SUCCESS:
                return [str(r) for r in readers]
            if code == SCARD_E_NO_READERS_AVAILABLE:
                return []
            if code in _SERVICE_GONE and attempt == 1:
                log.info("PC/SC context lost (%08X); establishing a new one", code)
                self._drop_context()
                continue
            raise pcsc_error(hresult)
        raise ServiceNotRunning("the smart-card service does not answer")

    def connect(self, reader: str) -> PcscTransport:
        """Connect in SHARED mode; a fresh card that is not yet powered gets one retry."""
        for attempt in (1, 2):
            hresult, hcard, protocol = scard.SCardConnect(
                self._context(),
                reader,
                scard.SCARD_SHARE_SHARED,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            )
            code = _u32(hresult)
            if code == scard.SCARD_S_SUCCESS:
                return PcscTransport(reader, hcard, protocol)
            if attempt == 1 and code in _SERVICE_GONE:
                self._drop_context()
                continue
            if attempt == 1 and code in _RETRY_ONCE_ON_CONNECT:
                # After a fast remove/insert pcscd may not have powered the new card yet.
                time.sleep(0.05)
                continue
            raise pcsc_error(hresult, reader)
        raise CardUnpowered(f"card did not power up ({reader})")

    def close(self) -> None:
        """Release the PC/SC context."""
        self._drop_context()


class PcscTransport:
    """One SHARED PC/SC connection to a card."""

    def __init__(self, reader: str, hcard: Any, protocol: int) -> None:
        self._reader = reader
        self._hcard = hcard
        self._protocol = protocol
        self._atr = b""
        self._closed = False

    @property
    def reader(self) -> str:
        """Name of the reader holding the card."""
        return self._reader

    @property
    def atr(self) -> bytes:
        """The card's ATR as reported by SCardStatus."""
        if not self._atr:
            hresult, _name, _state, _proto, atr = scard.SCardStatus(self._hcard)
            if hresult != scard.SCARD_S_SUCCESS:
                raise pcsc_error(hresult, self._reader)
            self._atr = bytes(atr)
        return self._atr

    def _pci(self) -> int:
        if self._protocol == scard.SCARD_PROTOCOL_T0:
            return int(scard.SCARD_PCI_T0)
        return int(scard.SCARD_PCI_T1)

    def _reconnect(self) -> None:
        hresult, protocol = scard.SCardReconnect(
            self._hcard,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            scard.SCARD_LEAVE_CARD,
        )
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, self._reader)
        self._protocol = protocol

    def transmit(self, command: bytes) -> bytes:
        """Send one APDU; waits briefly if another program holds a transaction."""
        if self._closed:
            raise TransactionFailed("connection already closed")
        deadline = time.monotonic() + BUSY_WAIT_SECONDS
        reconnected = False
        while True:
            hresult, response = scard.SCardTransmit(self._hcard, self._pci(), list(command))
            code = _u32(hresult)
            if code == scard.SCARD_S_SUCCESS:
                return bytes(response)
            if code == SCARD_E_SHARING_VIOLATION and time.monotonic() < deadline:
                time.sleep(_BUSY_RETRY_INTERVAL)
                continue
            if code == SCARD_W_RESET_CARD and not reconnected:
                # Another program reset the card: take the new session and resend once.
                reconnected = True
                self._reconnect()
                continue
            raise pcsc_error(hresult, self._reader)

    def close(self) -> None:
        """Disconnect, leaving the card powered for other programs."""
        if not self._closed:
            self._closed = True
            scard.SCardDisconnect(self._hcard, scard.SCARD_LEAVE_CARD)

    def __repr__(self) -> str:
        return f"PcscTransport(reader={self._reader!r}, closed={self._closed})"
