"""List views as the pages use them."""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)


def painted_text_height(text: str, font: QFont, width: int) -> float:
    """The height of ``text`` word-wrapped at ``width`` as an item view paints it: every
    line as tall as the tallest (a line of Latin letters under Chinese ones is painted as
    tall as those, in their fallback font)."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout = QTextLayout(text, font)
    layout.setTextOption(option)
    lines, tallest = 0, 0.0
    layout.beginLayout()
    line = layout.createLine()
    while line.isValid():
        line.setLineWidth(width)
        lines, tallest = lines + 1, max(tallest, line.height())
        line = layout.createLine()
    layout.endLayout()
    return lines * tallest


class WrappedItemDelegate(QStyledItemDelegate):
    """Sizes a word-wrapped item for the lines it is painted with.

    A list view asks for an item's size at the viewport's whole width, but paints it inside
    its spacing and the style sheet's item border, and it sizes a line of Latin letters by
    their font but paints it as tall as the Chinese lines above it. A line that only just
    fitted wrapped once more when painted, or the last line lacked a few pixels, and it was
    cut with "…". The size here is the painted text's at the painted width.
    """

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Room for every painted line of the item's text, its border and padding."""
        hint = super().sizeHint(option, index)
        item = QStyleOptionViewItem(option)
        widget = option.widget
        tree = isinstance(widget, QTreeView)
        if isinstance(widget, QTreeView):  # a tree asks without a width: its column's
            item.rect = QRect(0, 0, widget.header().sectionSize(index.column()), hint.height())
        rect = item.rect
        if not rect.isValid():
            return hint
        self.initStyleOption(item, index)
        style = widget.style() if widget is not None else QApplication.style()
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, widget) + 1
        width = text.width() - 2 * margin
        if isinstance(widget, QListView):
            width -= 2 * widget.spacing()  # the item is painted inside the spacing
        box = rect.height() - text.height()  # the border and padding above and below
        lines = painted_text_height(item.text, item.font, width)
        height = max(hint.height(), math.ceil(lines) + box)
        if tree:  # as wide as its text, for a column that fits its contents
            return QSize(hint.width(), height)
        # as wide as the room its lines were wrapped for: no wider than the painted item
        return QSize(width + 2 * margin, height)


def wrapped_list(name: str, accessible_name: str, spacing: int = 0) -> QListWidget:
    """A list whose items wrap their words at the list's width: every line shown, nothing cut
    with "…", nothing scrolled sideways, laid out again when the list is resized."""
    view = QListWidget()
    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setSpacing(spacing)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setItemDelegate(WrappedItemDelegate(view))
    return view


def wrap_tree_items(tree: QTreeView) -> None:
    """Make ``tree``'s rows as tall as their texts wrapped at their columns' widths, and lay
    them out again when a column's width changes (with the window): nothing cut with "…"."""
    tree.setWordWrap(True)
    tree.setTextElideMode(Qt.TextElideMode.ElideNone)
    tree.setItemDelegate(WrappedItemDelegate(tree))
    tree.header().sectionResized.connect(lambda *_: tree.scheduleDelayedItemsLayout())
