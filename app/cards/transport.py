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

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Protocol, runtime_checkable

from smartcard import scard
from smartcard.pcsc.PCSCPart10 import CM_IOCTL_GET_FEATURE_REQUEST

from app.cards.affinity import require_card_thread
from app.cards.errors import (
    CardError,
    CardInUse,
    CardRemoved,
    CardTimeout,
    CardUnpowered,
    NoCard,
    NoPinPad,
    NoReader,
    ServiceNotRunning,
    TransactionFailed,
)
from app.cards.pinpad import NO_FEATURES, ReaderFeatures, parse_features

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

    def begin_transaction(self) -> None:
        """Keep other programs off the card until :meth:`end_transaction`."""
        ...

    def end_transaction(self) -> None:
        """Let other programs use the card again."""
        ...

    def close(self) -> None:
        """Release the connection (leave the card powered for other programs)."""
        ...

    def features(self) -> ReaderFeatures:
        """The reader's PC/SC part 10 features (none when it reports none)."""
        ...

    def verify_pin_direct(self, structure: bytes) -> bytes:
        """FEATURE_VERIFY_PIN_DIRECT with a PIN_VERIFY_STRUCTURE; the reader's SW1 SW2.

        Blocks while the person types on the reader's pad (up to the structure's
        bTimerOut); raises NoPinPad when the reader has no such feature.
        """
        ...


@runtime_checkable
class FeatureReporter(Protocol):
    """A backend that can ask a reader for its features without a card."""

    def reader_features(self, reader: str) -> ReaderFeatures:
        """The reader's PC/SC part 10 features."""
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

# SCardStatus states (pcsc-lite bit mask; pyscard exports no names for them).
SCARD_POWERED = 0x0010
SCARD_NEGOTIABLE = 0x0020
SCARD_SPECIFIC = 0x0040
_CARD_READY = SCARD_POWERED | SCARD_NEGOTIABLE | SCARD_SPECIFIC

_SERVICE_GONE = {SCARD_E_NO_SERVICE, SCARD_E_SERVICE_STOPPED, SCARD_E_INVALID_HANDLE}
_RETRY_ONCE_ON_CONNECT = {SCARD_W_UNPOWERED_CARD, SCARD_W_REMOVED_CARD, SCARD_W_RESET_CARD}

# pcsc-lite makes a transmit wait while another program holds a transaction on the card
# (Windows answers SCARD_E_SHARING_VIOLATION instead). After this long the wait is cut by
# disconnecting our handle from the watchdog thread, and the caller gets CardInUse. No
# single APDU of a card we drive takes this long.
BUSY_WAIT_SECONDS = 10.0
_BUSY_RETRY_INTERVAL = 0.02


class _Watchdog:
    """One thread that runs an abort action when an armed deadline passes.

    Arming and disarming cost a lock (and a notify only when the thread is idle), so
    every APDU can be guarded.
    """

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadline: float | None = None
        self._action: Callable[[], None] | None = None
        self._stopped = False
        self._idle = True
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float, action: Callable[[], None]) -> None:
        with self._cond:
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="pcsc-watchdog", daemon=True)
                self._thread.start()
            self._deadline = time.monotonic() + seconds
            self._action = action
            if self._idle:
                # Only an idle watchdog needs waking; a waiting one re-reads the deadline
                # when its current wait ends, so busy APDU traffic costs no thread switch.
                self._cond.notify()

    def disarm(self) -> None:
        with self._cond:
            self._deadline = None
            self._action = None

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
            thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=5)

    def _run(self) -> None:
        with self._cond:
            while not self._stopped:
                if self._deadline is None:
                    self._idle = True
                    self._cond.wait()
                    continue
                self._idle = False
                remaining = self._deadline - time.monotonic()
                if remaining > 0:
                    self._cond.wait(remaining)
                    continue
                action, self._action, self._deadline = self._action, None, None
                if action is not None:
                    action()


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


def establish_context() -> Any:
    """A new PC/SC context (user scope); ServiceNotRunning when the service is not there."""
    hresult, hcontext = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        raise ServiceNotRunning(scard.SCardGetErrorMessage(hresult))
    return hcontext


@contextlib.contextmanager
def transaction(transport: CardTransport) -> Iterator[CardTransport]:
    """Run a multi-APDU sequence (VERIFY then SIGN, a file read) without interleaving."""
    transport.begin_transaction()
    try:
        yield transport
    finally:
        transport.end_transaction()


class PcscBackend:
    """Readers and cards through the PC/SC service (pcscd / SCardSvr), via pyscard."""

    name = "pcsc"

    def __init__(self, busy_timeout: float = BUSY_WAIT_SECONDS) -> None:
        self._hcontext: Any = None
        self.busy_timeout = busy_timeout
        self._watchdog = _Watchdog()

    def _context(self) -> Any:
        require_card_thread("PC/SC")
        if self._hcontext is None:
            self._hcontext = establish_context()
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
                transport = PcscTransport(
                    reader, hcard, protocol, self._watchdog, self.busy_timeout
                )
                if transport.powered() or attempt == 2:
                    return transport
                # Right after insertion pcscd may report the card before powering it.
                transport.close()
                time.sleep(0.05)
                continue
            if attempt == 1 and code in _SERVICE_GONE:
                self._drop_context()
                continue
            if attempt == 1 and code == SCARD_E_NO_SMARTCARD and self._reports_card(reader):
                # pcscd already reports the new card but has not finished bringing it up.
                time.sleep(0.05)
                continue
            if attempt == 1 and code in _RETRY_ONCE_ON_CONNECT:
                # After a fast remove/insert pcscd may not have powered the new card yet.
                time.sleep(0.05)
                continue
            raise pcsc_error(hresult, reader)
        raise CardUnpowered(f"card did not power up ({reader})")

    def reader_features(self, reader: str) -> ReaderFeatures:
        """The reader's PC/SC part 10 features, card or no card (a DIRECT connection)."""
        hresult, hcard, _protocol = scard.SCardConnect(
            self._context(), reader, scard.SCARD_SHARE_DIRECT, 0
        )
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, reader)
        try:
            hresult, response = scard.SCardControl(hcard, CM_IOCTL_GET_FEATURE_REQUEST, [])
        finally:
            scard.SCardDisconnect(hcard, scard.SCARD_LEAVE_CARD)
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, reader)
        return parse_features(bytes(response))

    def _reports_card(self, reader: str) -> bool:
        hresult, states = scard.SCardGetStatusChange(
            self._context(), 0, [(reader, scard.SCARD_STATE_UNAWARE)]
        )
        return hresult == scard.SCARD_S_SUCCESS and bool(states[0][1] & scard.SCARD_STATE_PRESENT)

    def close(self) -> None:
        """Release the PC/SC context and stop the watchdog thread."""
        self._watchdog.stop()
        self._drop_context()


class PcscTransport:
    """One SHARED PC/SC connection to a card."""

    _features: ReaderFeatures | None = None  # the reader's part 10 features, asked once

    def __init__(
        self,
        reader: str,
        hcard: Any,
        protocol: int,
        watchdog: _Watchdog | None = None,
        busy_timeout: float = BUSY_WAIT_SECONDS,
    ) -> None:
        self._reader = reader
        self._hcard = hcard
        self._protocol = protocol
        self._atr = b""
        self._closed = False
        self._watchdog = watchdog
        self._busy_timeout = busy_timeout
        self._aborted = False
        self._answered = False  # True once the card answered an APDU on this connection

    @property
    def reader(self) -> str:
        """Name of the reader holding the card."""
        return self._reader

    def powered(self) -> bool:
        """True when the reader reports the card powered with an ATR (caches the ATR)."""
        hresult, _name, state, _proto, atr = scard.SCardStatus(self._hcard)
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, self._reader)
        self._atr = bytes(atr)
        return bool(state & _CARD_READY) and bool(self._atr)

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

    def _reconnect(self, disposition: int = scard.SCARD_LEAVE_CARD) -> None:
        hresult, protocol = scard.SCardReconnect(
            self._hcard,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            disposition,
        )
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, self._reader)
        self._protocol = protocol

    def _abort(self) -> None:
        # Runs on the watchdog thread: disconnecting ends the transmit blocked behind
        # another program's transaction with SCARD_E_INVALID_HANDLE.
        self._aborted = True
        self._closed = True
        scard.SCardDisconnect(self._hcard, scard.SCARD_LEAVE_CARD)

    def _send(self, command: bytes) -> tuple[int, list[int]]:
        if self._watchdog is None:
            hresult, response = scard.SCardTransmit(self._hcard, self._pci(), list(command))
            return hresult, response
        self._watchdog.arm(self._busy_timeout, self._abort)
        try:
            hresult, response = scard.SCardTransmit(self._hcard, self._pci(), list(command))
        finally:
            self._watchdog.disarm()
        return hresult, response

    def transmit(self, command: bytes) -> bytes:
        """Send one APDU; CardInUse if another program keeps the card locked too long."""
        require_card_thread("SCardTransmit")
        if self._closed:
            raise TransactionFailed("connection already closed")
        deadline = time.monotonic() + self._busy_timeout
        reconnected = False
        while True:
            hresult, response = self._send(command)
            code = _u32(hresult)
            if self._aborted:
                raise CardInUse(f"another program keeps the card locked ({self._reader})")
            if code == scard.SCARD_S_SUCCESS:
                if not response:
                    # vpcd and some readers answer nothing when the card left mid-command.
                    raise CardRemoved(f"the card stopped answering ({self._reader})")
                self._answered = True
                return bytes(response)
            if code == SCARD_E_NOT_TRANSACTED and not self._answered and not reconnected:
                # A card swapped faster than the service polls the reader: the service
                # still holds the old card's session and the first APDU goes nowhere.
                # Nothing was said to the new card yet, so a reset loses nothing.
                log.info("first APDU failed on %s; resetting the card once", self._reader)
                reconnected = True
                self._reconnect(scard.SCARD_RESET_CARD)
                continue
            if code == SCARD_E_SHARING_VIOLATION and time.monotonic() < deadline:
                time.sleep(_BUSY_RETRY_INTERVAL)
                continue
            if code == SCARD_W_RESET_CARD and not reconnected:
                # Another program reset the card: take the new session and resend once.
                reconnected = True
                self._reconnect()
                continue
            raise pcsc_error(hresult, self._reader)

    def begin_transaction(self) -> None:
        """SCardBeginTransaction.

        pcsc-lite's SCardBeginTransaction waits, uninterruptibly, for another program's
        transaction to end. Callers therefore send an APDU first (interruptible: a
        foreign transaction there ends in CardInUse) and begin right after it.
        """
        require_card_thread("SCardBeginTransaction")
        if self._closed:
            raise TransactionFailed("connection already closed")
        hresult = scard.SCardBeginTransaction(self._hcard)
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, self._reader)

    def end_transaction(self) -> None:
        """SCardEndTransaction; a card already gone is not an error here."""
        if self._closed:
            return
        hresult = scard.SCardEndTransaction(self._hcard, scard.SCARD_LEAVE_CARD)
        if hresult != scard.SCARD_S_SUCCESS:
            log.debug("end of transaction: %s", scard.SCardGetErrorMessage(hresult))

    def _control(self, code: int, data: bytes) -> bytes:
        require_card_thread("SCardControl")
        if self._closed:
            raise TransactionFailed("connection already closed")
        hresult, response = scard.SCardControl(self._hcard, code, list(data))
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, self._reader)
        return bytes(response)

    def features(self) -> ReaderFeatures:
        """SCardControl(CM_IOCTL_GET_FEATURE_REQUEST), parsed; cached per connection.

        A reader driver that does not implement the request has no features (vpcd, many
        plain readers): that is not an error.
        """
        if self._features is None:
            try:
                answer = self._control(CM_IOCTL_GET_FEATURE_REQUEST, b"")
            except (TransactionFailed, CardTimeout) as exc:
                log.debug("no part 10 features on %s: %s", self._reader, exc.code)
                self._features = NO_FEATURES
            else:
                self._features = parse_features(answer)
        return self._features

    def verify_pin_direct(self, structure: bytes) -> bytes:
        """Let the reader take the PIN on its pad; no watchdog, the pad has its own timeout."""
        code = self.features().verify_pin_direct
        if code is None:
            raise NoPinPad(f"the reader has no PIN pad ({self._reader})")
        return self._control(code, structure)

    def close(self) -> None:
        """Disconnect, leaving the card powered for other programs."""
        if not self._closed:
            self._closed = True
            scard.SCardDisconnect(self._hcard, scard.SCARD_LEAVE_CARD)

    def __repr__(self) -> str:
        return f"PcscTransport(reader={self._reader!r}, closed={self._closed})"
