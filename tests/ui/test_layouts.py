"""ui.widgets.layouts: widgets, nested layouts, stretch factors and stretches, in order."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpacerItem, QWidget
from pytestqt.qtbot import QtBot

from ui.widgets.layouts import Stretch, add_items, column_layout, row_layout


def test_a_column_holds_its_items_in_order_with_their_stretch(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    title, table = QLabel("title"), QLabel("table")
    buttons = QHBoxLayout()
    layout = column_layout(
        page, title, (table, 3), buttons, Stretch(2), margins=(1, 2, 3, 4), spacing=7
    )
    assert page.layout() is layout
    assert [layout.itemAt(i).widget() for i in range(2)] == [title, table]
    assert layout.itemAt(2).layout() is buttons
    assert isinstance(layout.itemAt(3), QSpacerItem)
    assert [layout.stretch(i) for i in range(4)] == [0, 3, 0, 2]
    margins = layout.contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (1, 2, 3, 4)
    assert layout.spacing() == 7


def test_a_row_made_to_nest_takes_more_items_and_gives_them_to_its_widget(qtbot: QtBot) -> None:
    back, next_ = QPushButton("back"), QPushButton("next")
    row = row_layout(None, back, Stretch(), next_)
    assert row.parent() is None
    assert row.count() == 3
    assert row.itemAt(0).widget() is back
    assert row.itemAt(2).widget() is next_
    assert row.stretch(1) == 1
    extra = QLabel("extra")
    add_items(row, extra)
    assert row.itemAt(3).widget() is extra
    host = QWidget()
    qtbot.addWidget(host)
    host.setLayout(row)
    for widget in (back, next_, extra):
        assert widget.parent() is host
