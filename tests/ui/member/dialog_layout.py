"""Layout checks of a dialog: no two texts or controls overlap, no wrapped text is cut."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def layout_problems(dialog: QWidget) -> list[str]:
    """Overlapping or cut texts and controls of ``dialog`` as it is laid out now."""
    shown: list[tuple[str, QRect]] = []
    problems: list[str] = []
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and not widget.text():
            continue
        name = f"{type(widget).__name__}({widget.objectName() or widget.text()[:12]})"
        rect = QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())
        if (
            isinstance(widget, QAbstractButton)
            and widget.width() < widget.minimumSizeHint().width()
        ):
            problems.append(
                f"{name} is clipped: {widget.width()} < {widget.minimumSizeHint().width()}"
            )
        if widget.hasHeightForWidth() and widget.height() < widget.heightForWidth(widget.width()):
            problems.append(
                f"{name} is cut: {widget.height()} < {widget.heightForWidth(widget.width())}"
            )
        for other, other_rect in shown:
            if rect.intersects(other_rect) and not _nested(rect, other_rect):
                problems.append(f"{name} overlaps {other}")
        shown.append((name, rect))
    return problems


def _nested(a: QRect, b: QRect) -> bool:
    return a.contains(b) or b.contains(a)
