"""The catalogue: 15 categories with the recommended ones first, pavilions, search."""

from __future__ import annotations

import itertools
import threading
from typing import Any

import pytest
from member_helpers import WAIT_MS, open_area, select_solution
from painted import cut_items
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.subsidy import Pavilion
from ui.async_bridge import background_pool
from ui.member.area import MemberArea
from ui.member.solutions import SOLUTION_ROLE

RECOMMENDED = ("e_invoice", "security")


def listed(area: MemberArea) -> list[Any]:
    results = area.solutions.results
    items = [results.item(row).data(SOLUTION_ROLE) for row in range(results.count())]
    return [s for s in items if s is not None]


def search(
    qtbot: QtBot, area: MemberArea, *, category: str = "", pavilion: str = "", q: str = ""
) -> list[Any]:
    page = area.solutions
    page.category.setCurrentIndex(page.category.findData(category))
    page.pavilion.setCurrentIndex(page.pavilion.findData(pavilion))
    page.query.setText(q)
    with qtbot.waitSignal(page.results_shown, timeout=WAIT_MS):
        page.search()
    return listed(area)


def test_categories_recommended_first_and_filters(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer, recommended_categories=RECOMMENDED)
    combo = area.solutions.category
    assert combo.count() == 16, "all categories plus the 15 of the subsidy zone"
    assert [combo.itemData(i) for i in (1, 2)] == list(RECOMMENDED)
    assert combo.itemText(1) == "★ 電子發票（推薦）"
    everything = listed(area)
    assert len(everything) == 36
    recommended_rows = [s.category in RECOMMENDED for s in everything]
    assert recommended_rows == sorted(recommended_rows, reverse=True), "recommended first"

    agriculture = search(qtbot, area, pavilion=Pavilion.AGRICULTURE.value)
    assert agriculture
    assert {s.pavilion for s in agriculture} == {Pavilion.AGRICULTURE}

    invoices = search(qtbot, area, category="e_invoice")
    assert invoices
    assert {s.category for s in invoices} == {"e_invoice"}

    assert search(qtbot, area, q="沒有這種方案") == []
    empty = area.solutions.results.item(0).text()
    assert "找不到符合條件的方案" in empty
    assert "換個關鍵字" in empty, "an empty search says what to do"

    found = search(qtbot, area, q="碳")
    assert found
    assert all("碳" in s.name + "".join(s.tags) for s in found)

    # keyboard: Enter in the search box searches
    area.solutions.query.setText("收銀")
    with qtbot.waitSignal(area.solutions.results_shown, timeout=WAIT_MS):
        qtbot.keyClick(area.solutions.query, Qt.Key.Key_Return)
    assert all("收銀" in s.name + "".join(s.tags) for s in listed(area))
    assert area.solutions.plans.rowCount() == 3


def test_an_older_search_answer_never_replaces_a_newer_one(
    qtbot: QtBot, member: Any, signer: Any, monkeypatch: Any
) -> None:
    """The person searched again before the first answer came: the list shows what the
    filters on screen ask for, whichever answer arrives last."""
    area = open_area(qtbot, member, signer)
    client = member.client
    real_list_solutions = client.list_solutions
    first_may_answer = threading.Event()
    first_answered = threading.Event()

    def list_solutions(**filters: Any) -> Any:
        if filters.get("category") == "erp":  # the first search: its answer comes late
            first_may_answer.wait(WAIT_MS / 1000)
            try:
                return real_list_solutions(**filters)
            finally:
                first_answered.set()
        return real_list_solutions(**filters)

    monkeypatch.setattr(client, "list_solutions", list_solutions)
    page = area.solutions
    page.category.setCurrentIndex(page.category.findData("erp"))
    page.search()
    invoices = search(qtbot, area, category="e_invoice")
    assert invoices
    assert {s.category for s in invoices} == {"e_invoice"}

    shown: list[int] = []
    page.results_shown.connect(shown.append)
    first_may_answer.set()
    # the late answer is posted once its worker is idle; processEvents delivers it
    qtbot.waitUntil(
        lambda: first_answered.is_set() and background_pool().activeThreadCount() == 0,
        timeout=WAIT_MS,
    )
    QApplication.processEvents()
    assert shown == [], "the late answer was shown"
    assert {s.category for s in listed(area)} == {"e_invoice"}


def test_every_figure_of_a_plan_shows_without_scrolling_sideways(
    qtbot: QtBot, member: Any, signer: Any, language: str
) -> None:
    """At the width the window has beside the docked training panel, the points and the
    self-pay of each plan are in view: only the plan's name wraps. (At the window's
    minimum width in English with the style's font the details scroll sideways instead.)"""
    area = open_area(qtbot, member, signer)
    area.resize(950, 620)
    area.go_to(area.PAGE_SOLUTIONS)
    select_solution(qtbot, area, "S001")
    table = area.solutions.plans
    header = table.horizontalHeader()
    last = table.columnCount() - 1

    def right_edge() -> int:
        return header.sectionViewportPosition(last) + header.sectionSize(last)

    qtbot.waitUntil(lambda: table.rowCount() > 0 and table.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: right_edge() <= table.viewport().width(), timeout=3000)
    assert not table.horizontalScrollBar().isVisible()
    for row in range(table.rowCount()):
        for column in range(1, table.columnCount()):
            item = table.item(row, column)
            assert item is not None
            needed = table.fontMetrics().horizontalAdvance(item.text())
            assert header.sectionSize(column) >= needed, (column, item.text())
    details = area.solutions.detail_scroll
    assert not details.horizontalScrollBar().isVisible()
    assert details.widget().width() <= details.viewport().width()


def _inside(inner: QWidget, outer: QWidget) -> bool:
    corner = inner.mapTo(outer, QPoint(0, 0))
    return QRect(corner, inner.size()) & outer.rect() == QRect(corner, inner.size())


@pytest.mark.parametrize(
    ("width", "stacked"),
    [(760, True), (800, None), (950, None), (1300, False)],
)
def test_solution_names_are_never_squeezed_beside_the_plans(
    qtbot: QtBot, member: Any, signer: Any, language: str, width: int, stacked: bool | None
) -> None:
    """The list keeps room for a name of 12 Chinese characters and wraps longer lines: side
    by side with the plans where both fit, else above them (None: whichever fits the
    font; either way nothing is cut)."""
    area = open_area(qtbot, member, signer)
    area.resize(width, 620)
    area.go_to(area.PAGE_SOLUTIONS)
    select_solution(qtbot, area, "S001")
    page = area.solutions
    results = page.results
    qtbot.waitUntil(lambda: results.isVisible() and page.plans.rowCount() > 0, timeout=WAIT_MS)
    assert results.width() >= results.fontMetrics().horizontalAdvance("國" * 12)
    assert not results.horizontalScrollBar().isVisible()
    assert _inside(results, page), "the list is cut at the page's edge"
    assert results.count() > 1
    # a resized list lays its items out again a moment later
    qtbot.waitUntil(lambda: not cut_items(results), timeout=3000)
    details = page.detail_scroll.parentWidget()
    assert _inside(details, page), "the details are cut at the page's edge"
    above = results.geometry().bottom() < details.y()
    beside = results.geometry().right() < details.x()
    assert above or beside, "the list and the details overlap"
    if stacked is not None:
        assert above is stacked, "the list stands above the details only when narrow"


def _squeezed_filters(page: Any) -> list[str]:
    """The filter boxes narrower than their longest choice, the search box narrower than its
    example, and any of them cut at the page's edge, overlapping or over the list."""
    boxes = (page.category, page.pavilion)
    query = page.query
    squeezed = [box.objectName() for box in boxes if box.width() < box.sizeHint().width()]
    example = query.fontMetrics().horizontalAdvance(query.placeholderText())
    if query.contentsRect().width() - query.textMargins().left() < example:
        squeezed.append(query.objectName())
    widgets = (*boxes, query)
    shown = [QRect(w.mapTo(page, QPoint(0, 0)), w.size()) for w in widgets]
    squeezed += [w.objectName() for w in widgets if not _inside(w, page)]
    squeezed += ["overlap" for one, other in itertools.pairwise(shown) if one & other]
    if page.results.mapTo(page, QPoint(0, 0)).y() <= max(r.bottom() for r in shown):
        squeezed.append("over the list")
    return squeezed


@pytest.mark.parametrize("width", [800, 950, 1366])
def test_the_filter_row_never_squeezes_its_boxes(
    qtbot: QtBot, member: Any, signer: Any, language: str, width: int
) -> None:
    """Each filter box is as wide as its longest choice and the search box shows its whole
    example: where they do not all fit on one row, the row wraps (English at 800 px showed
    "All categ" and "K…")."""
    area = open_area(qtbot, member, signer)
    area.resize(width, 620)
    area.go_to(area.PAGE_SOLUTIONS)
    page = area.solutions
    qtbot.waitUntil(lambda: page.category.count() > 1 and page.query.isVisible(), timeout=WAIT_MS)
    # the boxes are laid out again a moment after their choices arrive
    qtbot.waitUntil(lambda: not _squeezed_filters(page), timeout=3000)
    if width >= 1366:
        rows = {w.mapTo(page, QPoint(0, 0)).y() for w in (page.category, page.query)}
        assert len(rows) == 1, "one row when wide"
