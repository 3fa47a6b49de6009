"""Reader and card hot-plug monitor without busy polling.

pyscard's ``ReaderMonitor`` polls the reader list every second and its ``CardMonitor``
blocks in a 60-second card request whose thread cannot be stopped promptly, so neither
meets "events within 0.5 s, clean stop". This monitor runs one worker thread blocked in
``SCardGetStatusChange`` on every reader plus the ``\\\\?PnP?\\Notification`` pseudo-reader
(reader arrival/removal), woken by ``SCardCancel`` to stop. Events go to one callback on
the monitor thread; ``ui/cardmonitor.py`` turns them into Qt signals.
"""

from __future__ import annotations

import enum
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from smartcard import scard

from app.cards.errors import CardError
from app.cards.transport import (
    SCARD_E_CANCELLED,
    SCARD_E_TIMEOUT,
    establish_context,
    pcsc_error,
)

log = logging.getLogger(__name__)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
STOP_CANCEL_INTERVAL = 0.05
"""Seconds between the cancels :meth:`CardMonitor.stop` sends until the thread ends."""


@dataclass(frozen=True)
class ReaderStatus:
    """What PC/SC says about one reader."""

    reader: str
    present: bool
    atr: bytes = b""
    exclusive: bool = False
    in_use: bool = False
    mute: bool = False


class EventKind(enum.StrEnum):
    """Kinds of monitor events."""

    READER_ADDED = "reader_added"
    READER_REMOVED = "reader_removed"
    CARD_INSERTED = "card_inserted"
    CARD_REMOVED = "card_removed"
    SERVICE_LOST = "service_lost"
    SERVICE_BACK = "service_back"


@dataclass(frozen=True)
class CardEvent:
    """One hot-plug event: reader name and, for insertions, the ATR."""

    kind: EventKind
    reader: str = ""
    atr: bytes = b""


class StatusSource(Protocol):
    """Blocks until reader/card state changes; PC/SC and the in-process reader implement it."""

    def wait_change(
        self, known: Mapping[str, ReaderStatus] | None, timeout: float
    ) -> dict[str, ReaderStatus]:
        """Current state, returned as soon as it differs from ``known`` (or at timeout)."""
        ...

    def cancel(self) -> None:
        """Wake a blocked ``wait_change`` from another thread."""
        ...

    def close(self) -> None:
        """Release resources (called on the monitor thread)."""
        ...


def diff_states(
    old: Mapping[str, ReaderStatus], new: Mapping[str, ReaderStatus]
) -> list[CardEvent]:
    """Events that turn ``old`` into ``new``, removals first."""
    events: list[CardEvent] = []
    for name, status in old.items():
        if name not in new:
            if status.present:
                events.append(CardEvent(EventKind.CARD_REMOVED, name))
            events.append(CardEvent(EventKind.READER_REMOVED, name))
    for name, status in new.items():
        before = old.get(name)
        if before is None:
            events.append(CardEvent(EventKind.READER_ADDED, name))
            if status.present:
                events.append(CardEvent(EventKind.CARD_INSERTED, name, status.atr))
            continue
        if before.present and (not status.present or before.atr != status.atr):
            events.append(CardEvent(EventKind.CARD_REMOVED, name))
        if status.present and (not before.present or before.atr != status.atr):
            events.append(CardEvent(EventKind.CARD_INSERTED, name, status.atr))
    return events


class PcscStatusSource:
    """``SCardGetStatusChange`` on all readers and the PnP pseudo-reader.

    Must be used from one thread (the monitor's), except :meth:`cancel`.
    """

    def __init__(self) -> None:
        self._hcontext: Any = None
        self._states: dict[str, tuple[int, list[int]]] = {}
        self._lock = threading.Lock()
        self._pnp = True
        self._cancelled = threading.Event()

    def _context(self) -> Any:
        if self._hcontext is None:
            hcontext = establish_context()
            with self._lock:
                self._hcontext = hcontext
            self._states = {}
        return self._hcontext

    def _drop(self) -> None:
        with self._lock:
            hcontext, self._hcontext = self._hcontext, None
        if hcontext is not None:
            scard.SCardReleaseContext(hcontext)
        self._states = {}

    def _readers(self, hcontext: Any) -> list[str]:
        hresult, readers = scard.SCardListReaders(hcontext, [])
        if hresult & 0xFFFFFFFF == 0x8010002E:  # SCARD_E_NO_READERS_AVAILABLE
            return []
        if hresult != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult)
        return [str(r) for r in readers]

    def _snapshot(self) -> dict[str, ReaderStatus]:
        result: dict[str, ReaderStatus] = {}
        for name, (state, atr) in self._states.items():
            if name == PNP_NOTIFICATION:
                continue
            present = bool(state & scard.SCARD_STATE_PRESENT)
            result[name] = ReaderStatus(
                reader=name,
                present=present,
                atr=bytes(atr) if present else b"",
                exclusive=bool(state & scard.SCARD_STATE_EXCLUSIVE),
                in_use=bool(state & scard.SCARD_STATE_INUSE),
                mute=bool(state & scard.SCARD_STATE_MUTE),
            )
        return result

    def wait_change(
        self, known: Mapping[str, ReaderStatus] | None, timeout: float
    ) -> dict[str, ReaderStatus]:
        """Block in SCardGetStatusChange; ServiceNotRunning if the service is gone."""
        try:
            return self._wait(known, timeout)
        except CardError:
            self._drop()
            raise

    def _wait(
        self, known: Mapping[str, ReaderStatus] | None, timeout: float
    ) -> dict[str, ReaderStatus]:
        hcontext = self._context()
        readers = self._readers(hcontext)
        # Keep the last event state of readers we know; new readers start UNAWARE.
        states = {r: self._states.get(r, (scard.SCARD_STATE_UNAWARE, [])) for r in readers}
        if PNP_NOTIFICATION in self._states:
            states[PNP_NOTIFICATION] = self._states[PNP_NOTIFICATION]
        self._states = states
        if known is None or self._snapshot() != dict(known):
            # Refresh the state of new readers at once (UNAWARE returns immediately).
            if any(state == scard.SCARD_STATE_UNAWARE for state, _ in states.values()):
                self._get_status(hcontext, 0, include_pnp=False)
            snapshot = self._snapshot()
            if known is None or snapshot != dict(known):
                return snapshot
        self._get_status(hcontext, int(timeout * 1000), include_pnp=self._pnp)
        return self._snapshot()

    def _get_status(self, hcontext: Any, timeout_ms: int, *, include_pnp: bool) -> None:
        request = [
            (name, state & ~scard.SCARD_STATE_CHANGED, atr)
            for name, (state, atr) in self._states.items()
            if name != PNP_NOTIFICATION
        ]
        if include_pnp:
            pnp_state = self._states.get(PNP_NOTIFICATION, (scard.SCARD_STATE_UNAWARE, []))[0]
            request.append((PNP_NOTIFICATION, pnp_state & ~scard.SCARD_STATE_CHANGED, []))
        if not request:
            # No reader and no PnP pseudo-reader to block on: wait out the timeout
            # (or a cancel) instead of spinning.
            self._cancelled.wait(timeout_ms / 1000)
            self._cancelled.clear()
            return
        hresult, answer = scard.SCardGetStatusChange(hcontext, timeout_ms, request)
        code = hresult & 0xFFFFFFFF
        if code in (SCARD_E_TIMEOUT, SCARD_E_CANCELLED):
            return
        if code != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult)
        for name, state, atr in answer:
            if name == PNP_NOTIFICATION and state & scard.SCARD_STATE_UNKNOWN:
                # This PC/SC implementation has no PnP pseudo-reader: fall back to the
                # timeout for reader arrival (card events still come at once).
                self._pnp = False
                continue
            self._states[str(name)] = (int(state), list(atr))

    def cancel(self) -> None:
        """Wake the blocked SCardGetStatusChange."""
        self._cancelled.set()
        with self._lock:
            hcontext = self._hcontext
        if hcontext is not None:
            scard.SCardCancel(hcontext)

    def close(self) -> None:
        """Release the PC/SC context."""
        self._drop()


EventCallback = Callable[[CardEvent], None]


class CardMonitor:
    """Reports reader and card events on one worker thread until :meth:`stop`.

    ``wait_timeout`` bounds how long one status wait blocks; it only matters for reader
    arrival when the PC/SC service has no PnP notification, and for noticing the service
    coming back.
    """

    def __init__(
        self,
        callback: EventCallback,
        source: StatusSource | None = None,
        *,
        wait_timeout: float = 2.0,
        retry_interval: float = 1.0,
    ) -> None:
        self._callback = callback
        self._source: StatusSource = source if source is not None else PcscStatusSource()
        self._wait_timeout = wait_timeout
        self._retry_interval = retry_interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._state: dict[str, ReaderStatus] = {}
        self._state_lock = threading.Lock()

    def start(self) -> None:
        """Start the monitor thread (idempotent)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="card-monitor", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the monitor thread and wait for it to end."""
        thread = self._thread
        if thread is None:
            return
        self._stop.set()
        deadline = time.monotonic() + timeout
        # SCardCancel wakes only a wait already blocked: one sent while the thread is
        # between two waits is lost, and the next wait would run its whole timeout. So
        # the cancel is repeated until the thread has ended.
        while thread.is_alive() and time.monotonic() < deadline:
            self._source.cancel()
            thread.join(min(STOP_CANCEL_INTERVAL, max(0.0, deadline - time.monotonic())))
        if thread.is_alive():
            raise RuntimeError("card monitor thread did not stop")
        self._thread = None

    @property
    def running(self) -> bool:
        """True while the monitor thread is alive."""
        return self._thread is not None and self._thread.is_alive()

    def snapshot(self) -> dict[str, ReaderStatus]:
        """The last known state of every reader."""
        with self._state_lock:
            return dict(self._state)

    def _emit(self, event: CardEvent) -> None:
        try:
            self._callback(event)
        except Exception:
            log.exception("card monitor callback failed for %s", event.kind)

    def _run(self) -> None:
        known: dict[str, ReaderStatus] | None = None
        service_ok = True
        try:
            while not self._stop.is_set():
                try:
                    current = self._source.wait_change(known, self._wait_timeout)
                except CardError as exc:
                    if service_ok:
                        log.info("smart-card service unavailable: %s", exc.code)
                        for event in diff_states(known or {}, {}):
                            self._emit(event)
                        self._emit(CardEvent(EventKind.SERVICE_LOST))
                        service_ok = False
                    known = {}
                    with self._state_lock:
                        self._state = {}
                    self._stop.wait(self._retry_interval)
                    continue
                if self._stop.is_set():
                    break
                if not service_ok:
                    service_ok = True
                    self._emit(CardEvent(EventKind.SERVICE_BACK))
                for event in diff_states(known or {}, current):
                    self._emit(event)
                known = current
                with self._state_lock:
                    self._state = dict(current)
        finally:
            self._source.close()
