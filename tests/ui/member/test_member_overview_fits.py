"""The overview at a small window: its boxes scroll, their wrapped lines never overlap."""

from __future__ import annotations

from typing import Any

import pytest
from member_helpers import open_area
from PySide6.QtWidgets import QLabel, QWidget
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
