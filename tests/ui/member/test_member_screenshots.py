"""Screenshots of every member-area page and dialog (run under Xvfb with a CJK font)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from member_helpers import (
    WAIT_MS,
    open_area,
    open_order_dialog,
    place_order,
    refresh,
)
from painted import cut_items, wait_painted
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui.member.area import MemberArea
from ui.member.termination import TerminationDialog

pytestmark = pytest.mark.screenshot


def shoot(qtbot: QtBot, widget: QWidget, folder: Path, name: str) -> Path:
    wait_painted(qtbot, widget)
    path = folder / f"member_{name}.png"
    assert widget.grab().save(str(path))
    return path


def busy_member(qtbot: QtBot, member: Any, signer: Any) -> tuple[MemberArea, Any]:
    area = open_area(qtbot, member, signer)
    waiting = place_order(qtbot, area, "S003", plan_row=0)
    paying = place_order(qtbot, area, "S002", plan_row=1)
    member.sandbox.vendor(paying.id, "confirm")
    member.sandbox.advance(1)
    refresh(qtbot, area)
    return area, (waiting, paying)


def test_screenshots_of_every_page(
    qtbot: QtBot, member: Any, signer: Any, screenshot_dir: Path
) -> None:
    area, (_waiting, paying) = busy_member(qtbot, member, signer)
    area.go_to(area.PAGE_OVERVIEW)
    shoot(qtbot, area, screenshot_dir, "overview")
    area.go_to(area.PAGE_POINTS)
    shoot(qtbot, area, screenshot_dir, "points")
    area.go_to(area.PAGE_SOLUTIONS)
    area.solutions.plans.selectRow(1)
    shoot(qtbot, area, screenshot_dir, "solutions")
    area.show_order(paying.id)
    shoot(qtbot, area, screenshot_dir, "orders")


def test_screenshots_of_the_dialogs(
    qtbot: QtBot, member: Any, signer: Any, screenshot_dir: Path
) -> None:
    area = open_area(qtbot, member, signer)
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=1)
    dialog.resize(640, dialog.sizeHint().height())
    shoot(qtbot, dialog, screenshot_dir, "order_dialog")
    dialog.reject()
    order = place_order(qtbot, area, "S002", plan_row=1)
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        member.sandbox.vendor(order.id, action)
    member.sandbox.advance(44)
    refresh(qtbot, area)
    area.show_order(order.id)
    shoot(qtbot, area, screenshot_dir, "order_in_service")
    area.orders.detail.terminate_button.click()
    termination = area.dialog
    assert isinstance(termination, TerminationDialog)
    qtbot.waitUntil(lambda: termination.quote is not None, timeout=WAIT_MS)
    termination.resize(640, termination.sizeHint().height())
    shoot(qtbot, termination, screenshot_dir, "termination_dialog")


def test_screenshot_of_a_reminder_and_read_only(
    qtbot: QtBot, member: Any, screenshot_dir: Path
) -> None:
    area = open_area(qtbot, member, None)
    member.sandbox.advance(25)
    refresh(qtbot, area)
    assert not area.notice.isHidden()
    area.go_to(area.PAGE_POINTS)
    shoot(qtbot, area, screenshot_dir, "reminder_read_only")


@pytest.mark.parametrize("width", [800, 950])
def test_screenshots_of_the_catalogue_narrow_and_beside_the_training_panel(
    qtbot: QtBot, member: Any, signer: Any, language: str, screenshot_dir: Path, width: int
) -> None:
    """雲端方案 at the window's minimum width (the list above the plans) and at the width
    beside the docked training panel (side by side)."""
    area = open_area(qtbot, member, signer)
    area.resize(width, 600)
    area.go_to(area.PAGE_SOLUTIONS)
    area.solutions.plans.selectRow(1)
    results = area.solutions.results
    qtbot.waitUntil(lambda: not cut_items(results), timeout=3000)
    shoot(qtbot, area, screenshot_dir, f"solutions_{width}_{language}")
