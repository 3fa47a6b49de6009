"""Waiting for a widget to be painted, instead of a fixed pause before a screenshot;
counting the events of one type a widget receives; finding list items painted cut."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QStyle,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)
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


def _painted_item(view: QAbstractItemView, index: QModelIndex, height: int) -> QImage:
    """The item at ``index`` painted at its width and ``height``, its text at the top."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = QRect(0, 0, view.visualRect(index).width(), height)
    option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    view.itemDelegate().paint(painter, option, index)
    painter.end()
    return image


def _text_left(view: QAbstractItemView, index: QModelIndex) -> int:
    """Where the text of the item at ``index`` starts: right of its check box, which the
    style centres in the item's height (so it moves when the item is painted taller)."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.text = str(index.data())
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if index.data(Qt.ItemDataRole.CheckStateRole) is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    return text.left() - option.rect.left()


def _indexes(model: QAbstractItemModel, parent: QModelIndex, columns: int) -> Iterator[QModelIndex]:
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            yield model.index(row, column, parent)
        yield from _indexes(model, model.index(row, 0, parent), columns)


def cut_items(view: QAbstractItemView) -> list[str]:
    """The texts of ``view``'s items (a list's or a tree's) painted cut or with "…", or
    sticking out of the viewport: an item's text painted at the item's own height must look
    like the same text painted with room to spare, and that one must leave the spare room
    empty."""
    room = view.viewport().width()
    cut: list[str] = []
    # a list model's columnCount is private: a list has one column, a tree its header's
    columns = view.header().count() if isinstance(view, QTreeView) else 1
    for index in _indexes(view.model(), QModelIndex(), columns):
        shown = view.visualRect(index)
        if not index.data() or shown.isEmpty():
            continue
        left = _text_left(view, index)
        own = _painted_item(view, index, shown.height())
        spare = _painted_item(view, index, shown.height() + 60)
        text = QRect(left, 0, shown.width() - left, shown.height())
        # a descender or an underscore may reach a pixel or two past the line: not cut
        below = spare.copy(QRect(left, shown.height() + 2, shown.width() - left, 58))
        empty = QImage(below.size(), below.format())
        empty.fill(Qt.GlobalColor.white)
        if shown.right() >= room or own.copy(text) != spare.copy(text) or below != empty:
            cut.append(str(index.data()))
    return cut
