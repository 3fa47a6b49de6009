"""Run something once a widget has painted for the first time."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget


def after_first_paint(widget: QWidget, action: Callable[[], None]) -> None:
    """Call ``action`` once ``widget`` has painted for the first time (and the event loop
    is free again), so what it starts does not compete with the first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                widget.removeEventFilter(self)
                QTimer.singleShot(0, action)
                self.deleteLater()
            return False

    widget.installEventFilter(FirstPaint(widget))
