"""Qt adapter for the card monitor: hot-plug events as Qt signals (no logic here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.cards.monitor import CardEvent, CardMonitor, EventKind, StatusSource


class QtCardMonitor(QObject):
    """Runs an ``app.cards.monitor.CardMonitor`` and re-emits its events as signals.

    Signals are emitted from the monitor thread; Qt queues them to receivers living on
    the GUI thread. Call :meth:`stop` before the application quits (``aboutToQuit``).
    """

    reader_added = Signal(str)
    reader_removed = Signal(str)
    card_inserted = Signal(str, bytes)
    card_removed = Signal(str)
    service_lost = Signal()
    service_back = Signal()

    def __init__(self, source: StatusSource | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._monitor = CardMonitor(self._dispatch, source)

    def start(self) -> None:
        """Start watching readers and cards; stops by itself when the application quits."""
        self._monitor.start()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def stop(self) -> None:
        """Stop the monitor thread and wait for it (safe to call twice)."""
        self._monitor.stop()

    @property
    def running(self) -> bool:
        """True while the monitor thread runs."""
        return self._monitor.running

    def _dispatch(self, event: CardEvent) -> None:
        if event.kind is EventKind.READER_ADDED:
            self.reader_added.emit(event.reader)
        elif event.kind is EventKind.READER_REMOVED:
            self.reader_removed.emit(event.reader)
        elif event.kind is EventKind.CARD_INSERTED:
            self.card_inserted.emit(event.reader, event.atr)
        elif event.kind is EventKind.CARD_REMOVED:
            self.card_removed.emit(event.reader)
        elif event.kind is EventKind.SERVICE_LOST:
            self.service_lost.emit()
        elif event.kind is EventKind.SERVICE_BACK:
            self.service_back.emit()
