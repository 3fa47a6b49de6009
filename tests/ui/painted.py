"""Waiting for a widget to be painted, instead of a fixed pause before a screenshot;
counting the events of one type a widget receives; finding list items painted cut."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QListWidget, QStyle, QStyleOptionViewItem, QWidget
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


def _painted_item(results: QListWidget, row: int, height: int) -> QImage:
    """Item ``row`` of ``results`` painted at its width and ``height``, its text at the top."""
    option = QStyleOptionViewItem()
    results.initViewItemOption(option)
    option.rect = QRect(0, 0, results.visualItemRect(results.item(row)).width(), height)
    option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    results.itemDelegate().paint(painter, option, results.model().index(row, 0))
    painter.end()
    return image


def _text_left(results: QListWidget, row: int) -> int:
    """Where the text of item ``row`` starts: right of its check box, which the style
    centres in the item's height (so it moves when the item is painted taller)."""
    item = results.item(row)
    option = QStyleOptionViewItem()
    results.initViewItemOption(option)
    option.rect = results.visualItemRect(item)
    option.text = item.text()
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
    if item.data(Qt.ItemDataRole.CheckStateRole) is not None:
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    text = results.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, results)
    return text.left() - option.rect.left()


def cut_list_items(results: QListWidget) -> list[str]:
    """The items of ``results`` painted cut or with "…", or sticking out of the list's
    viewport: an item's text painted at the item's own height must look like the same text
    painted with room to spare, and that one must leave the spare room empty."""
    room = results.viewport().width()
    cut: list[str] = []
    for row in range(results.count()):
        item = results.item(row)
        shown = results.visualItemRect(item)
        left = _text_left(results, row)
        own = _painted_item(results, row, shown.height())
        spare = _painted_item(results, row, shown.height() + 60)
        text = QRect(left, 0, shown.width() - left, shown.height())
        below = spare.copy(QRect(left, shown.height(), shown.width() - left, 60))
        empty = QImage(below.size(), below.format())
        empty.fill(Qt.GlobalColor.white)
        if shown.right() >= room or own.copy(text) != spare.copy(text) or below != empty:
            cut.append(item.text())
    return cut
