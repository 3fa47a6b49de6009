"""A selected item stays readable whether or not its list has keyboard focus."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QListWidget
from pytestqt.qtbot import QtBot

from ui.style import STYLE_SHEET


def _row_colours(widget: QListWidget, row: int) -> set[str]:
    image = widget.viewport().grab().toImage()
    rect = widget.visualItemRect(widget.item(row))
    colours = set()
    for x in range(rect.left() + 4, rect.right() - 4, 3):
        for y in range(rect.top() + 3, rect.bottom() - 3, 2):
            colours.add(QColor(image.pixel(x, y)).name())
    return colours


def test_a_focused_selected_item_is_drawn_selected(qtbot: QtBot, qapp: QApplication) -> None:
    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        nav = QListWidget()
        qtbot.addWidget(nav)
        nav.addItems(["帳戶總覽", "我的點數", "雲端方案", "我的訂單"])
        nav.resize(240, 160)
        nav.show()
        qtbot.waitExposed(nav)
        nav.setCurrentRow(2)
        nav.setFocus()
        qtbot.waitUntil(nav.hasFocus)
        selected = _row_colours(nav, 2)
        plain = _row_colours(nav, 1)
    finally:
        qapp.setStyleSheet(before)
    assert "#1a56b0" in selected  # the selection's fill
    assert "#1a56b0" not in plain


def test_a_combo_box_shows_its_current_item_in_the_drop_down(
    qtbot: QtBot, qapp: QApplication
) -> None:
    from PySide6.QtWidgets import QComboBox

    before = qapp.styleSheet()
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        combo = QComboBox()
        qtbot.addWidget(combo)
        combo.addItems(
            ["工商憑證·雲端示範 PIN 123456", "工商憑證·示範精密 PIN 654321", "自然人憑證"]
        )
        combo.show()
        qtbot.waitExposed(combo)
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        image = view.viewport().grab().toImage()
        rect = view.visualRect(view.model().index(0, 0))
        colours = {
            QColor(image.pixel(x, rect.center().y())).name()
            for x in range(rect.left() + 2, rect.right() - 2, 3)
        }
        combo.hidePopup()
    finally:
        qapp.setStyleSheet(before)
    # The current item is drawn selected (the selection blue, up to blending), not blank.
    blue = [QColor(c) for c in colours]
    assert any(c.red() < 60 and 70 < c.green() < 110 and c.blue() > 150 for c in blue), colours
