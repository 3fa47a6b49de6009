"""Waiting for a widget to be painted, instead of a fixed pause before a screenshot; and
counting the events of one type a widget receives."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


class EventCounter(QObject):
    """Counts the events of ``kind`` that the widgets it is installed on receive."""

    def __init__(self, kind: QEvent.Type) -> None:
        super().__init__()
        self.kind = kind
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == self.kind:
            self.count += 1
        return False


def wait_painted(qtbot: QtBot, widget: QWidget, timeout: int = 5000) -> None:
    """Until ``widget`` has painted itself after every change made so far (layouts applied,
    pending events delivered): what a screenshot needs. A widget that is not shown has
    nothing to paint; its posted events (layout requests) are delivered instead."""
    QApplication.sendPostedEvents()
    if not widget.isVisible():
        return
    qtbot.waitExposed(widget.window(), timeout=timeout)
    paints = EventCounter(QEvent.Type.Paint)
    widget.installEventFilter(paints)
    try:
        widget.update()
        qtbot.waitUntil(lambda: paints.count > 0, timeout=timeout)
    finally:
        widget.removeEventFilter(paints)
