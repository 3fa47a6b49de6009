"""Box layouts filled in one call, as the pages set them up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
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


class WrappingRow(QLayout):
    """Groups of widgets side by side where they all fit at their natural widths, else on as
    many rows as it takes (each group whole, rows filled in order): at a narrow window the
    groups go under each other instead of squeezing their boxes until the texts are cut.
    Each row's room left over goes to its groups by their stretch factors."""

    def __init__(self, *groups: QWidget | tuple[QWidget, int]) -> None:
        super().__init__()
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[tuple[QLayoutItem, int]] = []
        for group in groups:
            widget, stretch = group if isinstance(group, tuple) else (group, 0)
            self.addChildWidget(widget)
            self._items.append((QWidgetItem(widget), stretch))

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        """An item added by Qt (none are: the groups are given to the constructor)."""
        self._items.append((item, 0))

    def count(self) -> int:
        """How many groups the row holds."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """The group at ``index``, if any."""
        return self._items[index][0] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt override
        """Remove and return the group at ``index``, if any."""
        return self._items.pop(index)[0] if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt override
        """The groups' stretch takes the width there is."""
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        """Narrower means more rows, so taller."""
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        """The height of the rows the groups take at ``width``."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Every group on one row at its natural width."""
        shown = self._shown()
        gaps = self._gap() * max(len(shown) - 1, 0)
        width = sum(item.sizeHint().width() for item, _ in shown) + gaps
        return QSize(width, max((item.sizeHint().height() for item, _ in shown), default=0))

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt override
        """The widest group's minimum: it may stand on a row of its own."""
        shown = self._shown()
        width = max((item.minimumSize().width() for item, _ in shown), default=0)
        return QSize(width, max((item.minimumSize().height() for item, _ in shown), default=0))

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt override
        """Place the groups in rows across ``rect``."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def _shown(self) -> list[tuple[QLayoutItem, int]]:
        return [(item, stretch) for item, stretch in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 0
        metric = QStyle.PixelMetric.PM_LayoutHorizontalSpacing
        return max(style.pixelMetric(metric, None, parent), 0)

    def _rows(self, width: int) -> list[list[tuple[QLayoutItem, int]]]:
        rows: list[list[tuple[QLayoutItem, int]]] = []
        used = 0
        for item, stretch in self._shown():
            needed = item.sizeHint().width()
            if rows and used + self._gap() + needed <= width:
                rows[-1].append((item, stretch))
                used += self._gap() + needed
            else:
                rows.append([(item, stretch)])
                used = needed
        return rows

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the rows out across ``rect`` (placing the groups if ``move``); their height."""
        y = rect.y()
        for row in self._rows(rect.width()):
            widths = [item.sizeHint().width() for item, _ in row]
            room = rect.width() - sum(widths) - self._gap() * (len(row) - 1)
            stretches = sum(stretch for _, stretch in row)
            if room < 0:  # one group wider than the whole row: it gets the row
                widths = [rect.width()]
            elif stretches:
                widths = [w + room * s // stretches for w, (_, s) in zip(widths, row, strict=True)]
            height = max(item.sizeHint().height() for item, _ in row)
            x = rect.x()
            for (item, _), width in zip(row, widths, strict=True):
                if move:
                    item.setGeometry(QRect(x, y, width, height))
                x += width + self._gap()
            y += height + self._gap()
        return max(y - rect.y() - self._gap(), 0)


def grouped(*items: LayoutItem) -> QWidget:
    """``items`` side by side on a widget of their own: a group a WrappingRow keeps whole."""
    group = QWidget()
    group.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    row_layout(group, *items, margins=(0, 0, 0, 0))
    return group
