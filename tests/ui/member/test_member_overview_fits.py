"""The overview at a small window: its boxes scroll, their wrapped lines never overlap."""

from __future__ import annotations

import contextlib
from typing import Any

import pytest
from member_helpers import open_area, place_order, refresh
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout
from pytestqt.qtbot import QtBot

from ui.widgets.labels import WrappedLabel, wrapped_label


def _overlapping(root: QWidget) -> list[str]:
    """Visible wrapped labels lower than their text needs, or drawn over a sibling."""
    found = []
    labels = [w for w in root.findChildren(QLabel) if w.isVisibleTo(root) and w.wordWrap()]
    for label in labels:
        if label.text() and label.height() < label.heightForWidth(label.width()):
            found.append(f"{label.text()!r} {label.height()}<{label.heightForWidth(label.width())}")
        parent = label.parentWidget()
        for sibling in parent.findChildren(QWidget) if parent is not None else []:
            if sibling is label or sibling.parentWidget() is not parent:
                continue
            if sibling.isVisibleTo(root) and sibling.geometry().intersects(label.geometry()):
                found.append(f"{label.text()!r} over {type(sibling).__name__}")
    return found


@pytest.mark.parametrize("size", [(760, 540), (950, 620)])
def test_the_overview_scrolls_instead_of_drawing_lines_over_each_other(
    qtbot: QtBot, member: Any, signer: Any, size: tuple[int, int]
) -> None:
    area = open_area(qtbot, member, signer)
    area.resize(*size)
    area.go_to(area.PAGE_OVERVIEW)
    overview = area.overview
    qtbot.waitUntil(lambda: bool(overview.expiry_label.text()), timeout=10000)
    qtbot.waitUntil(lambda: _overlapping(overview) == [], timeout=3000)
    assert isinstance(overview.expiry_label, WrappedLabel)
    assert area.pages.currentWidget() is area.overview_scroll


def test_my_points_scrolls_instead_of_drawing_lines_over_each_other(
    qtbot: QtBot, member: Any, signer: Any, language: str
) -> None:
    """我的點數 in a small window once the points went back unused: its deadline lines are
    longest then (in English, at the default size beside the training panel, they were
    drawn over each other)."""
    member.sandbox.advance(40)  # past the first-use month without a use
    area = open_area(qtbot, member, signer)
    # fixed, as inside a main window the screen limits: a loose top-level widget would
    # grow to its minimum height and hide the squeeze
    area.setFixedSize(760, 540)
    area.go_to(area.PAGE_POINTS)
    page = area.points_page
    qtbot.waitUntil(page.reapply_button.isVisible, timeout=10000)
    qtbot.waitUntil(lambda: _overlapping(page) == [], timeout=3000)
    assert area.pages.currentWidget() is area.points_scroll
    assert page.ledger.height() >= 3 * page.ledger.verticalHeader().defaultSectionSize()


def test_a_wrapped_label_asks_for_the_height_of_its_lines(qtbot: QtBot) -> None:
    label = wrapped_label(text="最快到期日：2027-03-06（116年3月6日，週六）" * 3)
    qtbot.addWidget(label)
    label.resize(160, 20)
    label.show()
    qtbot.waitUntil(lambda: label.minimumHeight() == label.heightForWidth(label.width()))
    assert label.minimumHeight() > 3 * label.fontMetrics().height()
    label.setText("")
    assert label.minimumHeight() == 0


@pytest.mark.parametrize("orders", [0, 2])
@pytest.mark.parametrize("size", [(800, 600), (950, 650), (1366, 768)])
def test_the_order_table_titles_are_whole_and_share_the_room(
    qtbot: QtBot, member: Any, signer: Any, language: str, size: tuple[int, int], orders: int
) -> None:
    """我的訂單 at the window's minimum, beside the training panel and maximised: every
    column is as wide as its title and its cells (too little room scrolls sideways), and
    room to spare is shared by all the columns (the last one took it all, the others'
    titles squeezed against their edges)."""
    area = open_area(qtbot, member, signer)
    for solution in ("S003", "S002")[:orders]:
        place_order(qtbot, area, solution, plan_row=0)
    if orders:
        refresh(qtbot, area)
    area.resize(*size)
    area.go_to(area.PAGE_OVERVIEW)
    view = area.overview.orders_view
    qtbot.waitUntil(lambda: view.isVisible() and view.model().rowCount() == orders, timeout=10000)
    header = view.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]

    def needed(column: int) -> int:
        return max(header.sectionSizeHint(column), view.sizeHintForColumn(column))

    def unfit() -> list[str]:
        titles = [str(view.model().headerData(c, Qt.Orientation.Horizontal)) for c in shown]
        cut = [t for c, t in zip(shown, titles, strict=True) if header.sectionSize(c) < needed(c)]
        spare = [header.sectionSize(c) - needed(c) for c in shown]
        if view.horizontalScrollBar().isVisible():
            return cut + [f"scrolls with {spare} to spare" for s in spare if s > 0][:1]
        if max(spare) - min(spare) > len(shown):
            cut.append(f"room not shared: {spare}")
        return cut

    # the table is laid out again a moment after a resize or new rows
    with contextlib.suppress(WaitTimeout):
        qtbot.waitUntil(lambda: unfit() == [], timeout=3000)
    assert unfit() == []
