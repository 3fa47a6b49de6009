"""Link an emulated card to pcscd through the vpcd virtual reader driver.

vpcd (Debian ``vsmartcard-vpcd``) listens on TCP 35963 for reader "Virtual PCD 00 00",
35964 for "Virtual PCD 00 01", …; the card side connects, and an open connection means a
card in the reader. Every message is a 2-byte big-endian length and a payload; a 1-byte
payload is a control code (0x00 power off, 0x01 power on, 0x02 reset, 0x04 send the ATR),
anything longer a command APDU answered with data + SW1 SW2.

vpcd writes the length and the payload separately; without TCP_QUICKACK before every
``recv`` (and TCP_NODELAY) each APDU would wait for a delayed ACK (~40 ms).
"""

from __future__ import annotations

import contextlib
import logging
import socket
import threading
import time

from sandbox.cardemu.card import EmulatedCard

log = logging.getLogger(__name__)

VPCD_HOST = "127.0.0.1"
VPCD_BASE_PORT = 35963

CTRL_OFF = 0x00
CTRL_ON = 0x01
CTRL_RESET = 0x02
CTRL_ATR = 0x04


def vpcd_port(slot: int) -> int:
    """TCP port of vpcd reader ``slot`` (0 → "Virtual PCD 00 00")."""
    return VPCD_BASE_PORT + slot


def vpcd_reader_name(slot: int) -> str:
    """PC/SC name of vpcd reader ``slot``."""
    return f"Virtual PCD 00 {slot:02d}"


def service_readers() -> list[str]:
    """The readers the PC/SC service lists (empty when it is not running)."""
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return []
    try:
        hresult, readers = scard.SCardListReaders(context, [])
        return [str(r) for r in readers] if hresult == scard.SCARD_S_SUCCESS else []
    finally:
        scard.SCardReleaseContext(context)


def service_reports_card(reader: str) -> bool:
    """Whether the PC/SC service reports a card in ``reader`` right now.

    vpcd notices a card leaving only when pcscd next polls the reader (a few hundred
    milliseconds), so a harness that wants the card seen gone waits for this.
    """
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return False
    try:
        hresult, states = scard.SCardGetStatusChange(
            context, 0, [(reader, scard.SCARD_STATE_UNAWARE)]
        )
        return hresult == scard.SCARD_S_SUCCESS and bool(states[0][1] & scard.SCARD_STATE_PRESENT)
    finally:
        scard.SCardReleaseContext(context)


def wait_for_service(reader: str, present: bool, timeout: float = 5.0) -> bool:
    """Wait until the service reports ``reader`` with (or without) a card; False on timeout."""
    deadline = time.monotonic() + timeout
    while service_reports_card(reader) != present:
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.02)
    return True


class VpcdLink:
    """Puts one emulated card into one vpcd reader; ``insert`` and ``remove`` on command."""

    def __init__(self, card: EmulatedCard, slot: int = 0, host: str = VPCD_HOST) -> None:
        self.card = card
        self.slot = slot
        self.host = host
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    @property
    def reader(self) -> str:
        """PC/SC name of the reader this link uses."""
        return vpcd_reader_name(self.slot)

    @property
    def inserted(self) -> bool:
        """True while the card sits in the reader."""
        return self._sock is not None

    def insert(self, timeout: float = 5.0) -> None:
        """Connect to vpcd (the card appears in the reader) and start answering."""
        with self._lock:
            if self._sock is not None:
                return
            sock = socket.create_connection((self.host, vpcd_port(self.slot)), timeout=timeout)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self.card.reset()
            self._sock = sock
            self._thread = threading.Thread(
                target=self._serve, args=(sock,), name=f"vpcd-card-{self.slot}", daemon=True
            )
            self._thread.start()

    def remove(self) -> None:
        """Disconnect (the card leaves the reader) and wait for the link thread to end."""
        with self._lock:
            sock, self._sock = self._sock, None
            thread, self._thread = self._thread, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def pull_now(self) -> None:
        """Remove the card from inside a card callback (no join of the link thread)."""
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    def _recv_exact(self, sock: socket.socket, size: int) -> bytes | None:
        buf = bytearray()
        while len(buf) < size:
            quickack = getattr(socket, "TCP_QUICKACK", None)
            if quickack is not None:
                sock.setsockopt(socket.IPPROTO_TCP, quickack, 1)
            chunk = sock.recv(size - len(buf))
            if not chunk:
                return None
            buf += chunk
        return bytes(buf)

    def _serve(self, sock: socket.socket) -> None:
        try:
            while True:
                header = self._recv_exact(sock, 2)
                if header is None:
                    return
                payload = self._recv_exact(sock, int.from_bytes(header, "big"))
                if payload is None:
                    return
                answer = self._answer(payload)
                if answer is not None:
                    sock.sendall(len(answer).to_bytes(2, "big") + answer)
        except OSError:
            log.debug("vpcd link %s closed", self.slot)
        finally:
            sock.close()

    def _answer(self, payload: bytes) -> bytes | None:
        if len(payload) == 1:
            code = payload[0]
            if code == CTRL_ATR:
                return self.card.atr
            if code in (CTRL_OFF, CTRL_ON, CTRL_RESET):
                self.card.reset()
            return None
        return self.card.process(payload)
