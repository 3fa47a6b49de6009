"""Box layouts filled in one call, as the pages set them up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class Stretch:
    """Empty space that takes ``factor`` shares of the room left over."""

    factor: int = 1


Stretched = tuple[QWidget | QLayout, int]
"""A widget or layout with its stretch factor."""
LayoutItem = QWidget | QLayout | Stretch | Stretched
Margins = tuple[int, int, int, int]
"""Left, top, right, bottom, in pixels."""


def add_items(layout: QBoxLayout, *items: LayoutItem) -> None:
    """Add widgets, nested layouts and stretches to ``layout`` in order."""
    for item in items:
        if isinstance(item, Stretch):
            layout.addStretch(item.factor)
            continue
        content, stretch = item if isinstance(item, tuple) else (item, 0)
        if isinstance(content, QLayout):
            layout.addLayout(content, stretch)
        else:
            layout.addWidget(content, stretch)


def _filled(
    layout: QBoxLayout, items: tuple[LayoutItem, ...], margins: Margins | None, spacing: int | None
) -> None:
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    add_items(layout, *items)


def column_layout(
    parent: QWidget | None,
    *items: LayoutItem,
    margins: Margins | None = None,
    spacing: int | None = None,
) -> QVBoxLayout:
    """A vertical layout of ``items`` on ``parent`` (None: a layout to nest); margins and
    spacing stay Qt's (the style's) where not given."""
    layout = QVBoxLayout(parent) if parent is not None else QVBoxLayout()
    _filled(layout, items, margins, spacing)
    return layout


def row_layout(
    parent: QWidget | None,
    *items: LayoutItem,
    margins: Margins | None = None,
    spacing: int | None = None,
) -> QHBoxLayout:
    """A horizontal layout of ``items`` on ``parent`` (None: a layout to nest)."""
    layout = QHBoxLayout(parent) if parent is not None else QHBoxLayout()
    _filled(layout, items, margins, spacing)
    return layout


def vertical_scroll(content: QWidget, name: str) -> QScrollArea:
    """``content`` in a frameless vertical scroll area that gives it the width of the view:
    at a small window it scrolls instead of squeezing its text."""
    scroll = QScrollArea()
    scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(content)
    return scroll
