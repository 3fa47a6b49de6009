"""Labels as the pages use them."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel


class WrappedLabel(QLabel):
    """A word-wrapping label that asks for the height its text needs at its width.

    Qt's box layouts give a wrapping label its one-line minimum when space is short, so
    its lines were drawn over each other (the member overview's expiry dates at the
    default window size); keeping the minimum height at :meth:`heightForWidth` makes the
    layout take the room from stretchable neighbours instead.
    """

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        super().setText(text)
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        needed = max(self.heightForWidth(self.width()), 0) if self.text() else 0
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)


def wrapped_label(name: str = "", *, text: str = "") -> QLabel:
    """A label that wraps its text, named ``name`` for the style sheet and the tests
    (``Hint``, ``FieldError``, …; unnamed when empty)."""
    label = WrappedLabel(text)
    if name:
        label.setObjectName(name)
    return label
