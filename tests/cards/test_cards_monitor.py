"""Monitor logic (reader and card events, service loss), context recovery, the Qt adapter."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
from cards_helpers import wait_until
from pytestqt.qtbot import QtBot

from app.cards import transport as transport_module
from app.cards.errors import ServiceNotRunning
from app.cards.monitor import CardEvent, CardMonitor, EventKind, ReaderStatus, diff_states
from app.cards.transport import PcscBackend
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import VirtualReaders
from ui.cardmonitor import QtCardMonitor


def test_diff_states() -> None:
    empty = ReaderStatus("A", False)
    full = ReaderStatus("A", True, b"\x3b\x01")
    other = ReaderStatus("A", True, b"\x3b\x02")
    assert diff_states({}, {"A": full}) == [
        CardEvent(EventKind.READER_ADDED, "A"),
        CardEvent(EventKind.CARD_INSERTED, "A", b"\x3b\x01"),
    ]
    assert diff_states({"A": full}, {}) == [
        CardEvent(EventKind.CARD_REMOVED, "A"),
        CardEvent(EventKind.READER_REMOVED, "A"),
    ]
    assert diff_states({"A": empty}, {"A": empty}) == []
    assert [e.kind for e in diff_states({"A": full}, {"A": other})] == [
        EventKind.CARD_REMOVED,
        EventKind.CARD_INSERTED,
    ]


def test_monitor_on_virtual_readers(make_card: Callable[[str], EmulatedCard]) -> None:
    readers = VirtualReaders(("R0",))
    events: list[CardEvent] = []
    monitor = CardMonitor(events.append, readers)
    monitor.start()
    try:
        assert wait_until(lambda: CardEvent(EventKind.READER_ADDED, "R0") in events)
        card = make_card("xca-coop")
        for action, expected in [
            (lambda: readers.add_reader("R1"), CardEvent(EventKind.READER_ADDED, "R1")),
            (
                lambda: readers.insert(card, "R1"),
                CardEvent(EventKind.CARD_INSERTED, "R1", card.atr),
            ),
            (lambda: readers.remove("R1"), CardEvent(EventKind.CARD_REMOVED, "R1")),
            (lambda: readers.remove_reader("R1"), CardEvent(EventKind.READER_REMOVED, "R1")),
        ]:
            started = time.monotonic()
            action()
            assert wait_until(lambda e=expected: e in events, timeout=2)
            assert time.monotonic() - started < 0.5
    finally:
        monitor.stop()
    assert not monitor.running


class FlakySource:
    """A status source whose service disappears for a while, then comes back."""

    def __init__(self) -> None:
        self.calls = 0
        self.closed = False

    def wait_change(
        self, known: Mapping[str, ReaderStatus] | None, timeout: float
    ) -> dict[str, ReaderStatus]:
        self.calls += 1
        if self.calls in (2, 3):
            raise ServiceNotRunning("service stopped")
        current = {"R": ReaderStatus("R", True, b"\x3b\x00")}
        if known == current:
            time.sleep(0.01)
        return current

    def cancel(self) -> None:
        pass

    def close(self) -> None:
        self.closed = True


class LateCancelSource:
    """A status source whose wait only a cancel sent while it blocks can end, like
    SCardGetStatusChange: a cancel sent between two waits is lost."""

    def __init__(self) -> None:
        self.blocked = threading.Event()
        self._wake = threading.Event()
        self.cancels = 0

    def wait_change(
        self, known: Mapping[str, ReaderStatus] | None, timeout: float
    ) -> dict[str, ReaderStatus]:
        self._wake.clear()
        self.blocked.set()
        self._wake.wait(timeout)
        self.blocked.clear()
        return {}

    def cancel(self) -> None:
        self.cancels += 1
        if self.cancels > 1:  # the first one arrives while the thread is between waits
            self._wake.set()

    def close(self) -> None:
        pass


def test_stop_does_not_wait_out_a_status_wait_when_a_cancel_is_lost() -> None:
    source = LateCancelSource()
    monitor = CardMonitor(lambda _event: None, source, wait_timeout=30.0)
    monitor.start()
    assert source.blocked.wait(5)
    started = time.monotonic()
    monitor.stop()
    assert time.monotonic() - started < 1.0, "stop waited for the status wait's timeout"
    assert not monitor.running
    assert source.cancels >= 2


def test_monitor_survives_a_service_restart() -> None:
    events: list[CardEvent] = []
    source = FlakySource()
    monitor = CardMonitor(events.append, source, retry_interval=0.01)
    monitor.start()
    try:
        assert wait_until(lambda: any(e.kind is EventKind.SERVICE_BACK for e in events))
    finally:
        monitor.stop()
    kinds = [e.kind for e in events]
    assert kinds[:6] == [
        EventKind.READER_ADDED,
        EventKind.CARD_INSERTED,
        EventKind.CARD_REMOVED,
        EventKind.READER_REMOVED,
        EventKind.SERVICE_LOST,
        EventKind.SERVICE_BACK,
    ]
    assert source.closed


def test_callback_errors_do_not_kill_the_monitor(make_card: Callable[[str], EmulatedCard]) -> None:
    readers = VirtualReaders(("R0",))
    seen: list[CardEvent] = []

    def callback(event: CardEvent) -> None:
        seen.append(event)
        raise RuntimeError("receiver bug")

    monitor = CardMonitor(callback, readers)
    monitor.start()
    try:
        readers.insert(make_card("xca-coop"), "R0")
        assert wait_until(lambda: any(e.kind is EventKind.CARD_INSERTED for e in seen))
        assert monitor.running
    finally:
        monitor.stop()


def test_pcsc_context_is_rebuilt_after_a_service_restart(monkeypatch: pytest.MonkeyPatch) -> None:
    """A context invalidated by a service restart is replaced once, transparently."""
    scard = transport_module.scard
    contexts: list[int] = []
    answers = [(0x80100003, []), (0, ["Reader X"])]  # SCARD_E_INVALID_HANDLE, then fine

    def establish(scope: int) -> tuple[int, int]:
        contexts.append(len(contexts) + 100)
        return 0, contexts[-1]

    monkeypatch.setattr(scard, "SCardEstablishContext", establish)
    monkeypatch.setattr(scard, "SCardReleaseContext", lambda ctx: 0)
    monkeypatch.setattr(scard, "SCardListReaders", lambda ctx, groups: answers.pop(0))
    backend = PcscBackend()
    assert backend.list_readers() == ["Reader X"]
    assert contexts == [100, 101]

    monkeypatch.setattr(scard, "SCardEstablishContext", lambda scope: (0x8010001D, 0))
    monkeypatch.setattr(scard, "SCardListReaders", lambda ctx, groups: (0x8010001D, []))
    with pytest.raises(ServiceNotRunning):
        PcscBackend().list_readers()


def test_qt_adapter_emits_signals_and_stops(
    qtbot: QtBot, make_card: Callable[[str], EmulatedCard]
) -> None:
    readers = VirtualReaders(("R0",))
    adapter = QtCardMonitor(readers)
    received: list[tuple[Any, ...]] = []
    adapter.card_inserted.connect(lambda reader, atr: received.append(("in", reader, atr)))
    adapter.card_removed.connect(lambda reader: received.append(("out", reader)))
    with qtbot.waitSignal(adapter.reader_added, timeout=2000) as added:
        adapter.start()
    assert added.args == ["R0"]
    card = make_card("moica-sme-owner")
    with qtbot.waitSignal(adapter.card_inserted, timeout=2000):
        readers.insert(card, "R0")
    with qtbot.waitSignal(adapter.card_removed, timeout=2000):
        readers.remove("R0")
    assert received == [("in", "R0", card.atr), ("out", "R0")]
    with qtbot.waitSignal(adapter.reader_removed, timeout=2000):
        readers.remove_reader("R0")
    adapter.stop()
    assert not adapter.running
    assert "card-monitor" not in [t.name for t in threading.enumerate()]


def test_qt_adapter_stops_when_the_application_quits(qtbot: QtBot) -> None:
    from PySide6.QtCore import SIGNAL, QCoreApplication, QEvent

    app = QCoreApplication.instance()
    assert app is not None
    # Earlier tests' adapters are still connected until collected: collect them now, or
    # one collected mid-test would change the count.
    gc.collect()
    # Objects deleted later (deleteLater) or collected mid-test would disconnect too: delete
    # the pending ones now and collect nothing until the count is read.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.disable()
    before = app.receivers(SIGNAL("aboutToQuit()"))
    adapter = QtCardMonitor(VirtualReaders(("R0",)))
    try:
        with qtbot.waitSignal(adapter.reader_added, timeout=2000):
            adapter.start()
        # Emitting aboutToQuit would stop other tests' objects too: check the connection.
        assert app.receivers(SIGNAL("aboutToQuit()")) == before + 1
    finally:
        gc.enable()
        adapter.stop()
    adapter.stop()  # a second stop is harmless
    assert not adapter.running


def test_service_not_running_with_the_real_library(tmp_path: Path) -> None:
    """pcsc-lite pointed at a socket nobody serves: typed errors, no traceback, no hang."""
    script = tmp_path / "probe.py"
    script.write_text(
        "import threading\n"
        "from app.cards.errors import ServiceNotRunning\n"
        "from app.cards.monitor import CardMonitor, EventKind\n"
        "from app.cards.service import CardService\n"
        "with CardService() as cards:\n"
        "    try:\n"
        "        cards.list_readers().result(10)\n"
        "    except ServiceNotRunning as exc:\n"
        "        print('list', exc.code)\n"
        "lost = threading.Event()\n"
        "monitor = CardMonitor(lambda e: e.kind is EventKind.SERVICE_LOST and lost.set())\n"
        "monitor.start()\n"
        "print('monitor', lost.wait(5))\n"
        "monitor.stop()\n"
        "print('threads', threading.active_count())\n"
    )
    env = {**os.environ, "PCSCLITE_CSOCK_NAME": str(tmp_path / "absent.sock")}
    done = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:3] == [
        "list SERVICE_NOT_RUNNING",
        "monitor True",
        "threads 1",
    ]


def test_no_readers_and_no_pnp_waits_instead_of_spinning(monkeypatch: pytest.MonkeyPatch) -> None:
    """A PC/SC service without the PnP pseudo-reader and with no reader: the wait blocks."""
    from app.cards import monitor as monitor_module

    scard = monitor_module.scard
    calls: list[int] = []

    def status_change(ctx: int, timeout: int, states: list[Any]) -> tuple[int, list[Any]]:
        calls.append(timeout)
        return 0, [
            (name, scard.SCARD_STATE_UNKNOWN | scard.SCARD_STATE_CHANGED, []) for name, *_ in states
        ]

    monkeypatch.setattr(scard, "SCardEstablishContext", lambda scope: (0, 1))
    monkeypatch.setattr(scard, "SCardReleaseContext", lambda ctx: 0)
    monkeypatch.setattr(scard, "SCardListReaders", lambda ctx, groups: (0x8010002E, []))
    monkeypatch.setattr(scard, "SCardGetStatusChange", status_change)
    monkeypatch.setattr(scard, "SCardCancel", lambda ctx: 0)
    source = monitor_module.PcscStatusSource()
    assert source.wait_change(None, 0.2) == {}
    started = time.monotonic()
    assert source.wait_change({}, 0.2) == {}  # PnP unknown here: learnt, not retried
    assert source.wait_change({}, 0.2) == {}
    assert time.monotonic() - started >= 0.2
    assert len(calls) == 1
    threading.Timer(0.05, source.cancel).start()
    started = time.monotonic()
    source.wait_change({}, 5.0)
    assert time.monotonic() - started < 1.0
    source.close()
