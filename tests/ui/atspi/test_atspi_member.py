"""The member area's points and deadlines as a screen reader reads them over AT-SPI."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.ui.atspi.atspi_tree import AtspiProbe, find_nodes, unnamed_interactive, walk
from tests.ui.member.member_helpers import WAIT_MS, make_client
from ui.member.area import MemberArea
from ui.member.session import PASSWORD_LOGIN, MemberSession

pytestmark = pytest.mark.atspi

START = "2026-06-01T09:00:00+08:00"  # a Monday


@pytest.fixture
def member_area(qtbot: QtBot, platform_url: str, tmp_path: Path) -> Iterator[MemberArea]:
    """The member area of a member just granted 30,000 points, on a pinned clock."""
    tools = f"{platform_url}/_sandbox"
    requests.post(f"{tools}/clock", json={"now": START}, timeout=30).raise_for_status()
    answer = requests.post(f"{tools}/scenarios", json={"name": "member_with_points"}, timeout=30)
    answer.raise_for_status()
    scenario = answer.json()
    client = make_client(platform_url, tmp_path)
    client.use_token(scenario["ubn"], scenario["token"])
    session = MemberSession(client, client.lookup_applicant(scenario["ubn"]), None, PASSWORD_LOGIN)
    area = MemberArea(session, training=True, use_tray=False)
    qtbot.addWidget(area)
    area.resize(1100, 760)
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
        area.show()
    yield area
    area.close()
    client.close()
    del area
    # Collect its Qt objects here, on the GUI thread: a collection that starts later on a
    # server or pool thread must not be the one that destroys a widget.
    gc.collect()


def _read(tree: list[dict[str, Any]], label: QLabel) -> dict[str, Any]:
    """The one node of ``label`` (found by its object name, which AT-SPI ids end with)."""
    found = [n for n in walk(tree) if n["id"].endswith(f".{label.objectName()}")]
    assert len(found) == 1, f"{label.objectName()}: {found}"
    return found[0]


def _reads_as_shown(tree: list[dict[str, Any]], label: QLabel) -> str:
    """``label`` is read as the text on screen (a screen reader reads a label's name)."""
    node = _read(tree, label)
    shown = label.text()
    assert shown, f"{label.objectName()} shows nothing"
    assert node["role"] == "label"
    assert node["name"] == shown, "a fixed name would hide the status"
    assert node["text"] in (None, shown), "a label offers its text, if at all, as shown"
    return shown


def test_points_and_deadlines_are_read_as_they_read(
    member_area: MemberArea, qtbot: QtBot, platform_url: str, atspi: AtspiProbe
) -> None:
    area = member_area
    overview = area.overview
    qtbot.waitUntil(lambda: bool(overview.balance_label.text()), timeout=WAIT_MS)
    tree = atspi.tree()
    assert not unnamed_interactive(tree)
    assert find_nodes(tree, name=overview.points_box.title())
    assert "30,000" in _reads_as_shown(tree, overview.balance_label)
    assert "最快到期日" in _reads_as_shown(tree, overview.expiry_label)
    assert "首次使用期限" in _reads_as_shown(tree, overview.first_use_label)

    area.go_to(area.PAGE_POINTS)
    page = area.points_page
    qtbot.waitUntil(page.isVisible, timeout=WAIT_MS)
    tree = atspi.tree()
    assert not unnamed_interactive(tree)
    assert "30,000" in _reads_as_shown(tree, page.balance_label)
    first_use = _reads_as_shown(tree, page.first_use_label)
    expiry = _reads_as_shown(tree, page.expiry_label)
    assert "2026-07-01" in first_use, "the first-use deadline: a month after the grant"
    assert "2026" in expiry

    # A day later the countdowns change: a screen reader is told the new text.
    atspi.collect_events()
    atspi.events.clear()
    requests.post(
        f"{platform_url}/_sandbox/clock", json={"advance_days": 1}, timeout=30
    ).raise_for_status()
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
        area.refresh()
    assert page.first_use_label.text() != first_use
    tree = atspi.tree()
    assert _reads_as_shown(tree, page.first_use_label) == page.first_use_label.text()
    atspi.wait_event(
        lambda e: (
            e["type"] == "object:property-change:accessible-name"
            and e["name"] == page.first_use_label.text()
        )
    )
