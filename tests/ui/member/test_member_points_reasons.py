"""Why no points apply, the 工業館 balance and ratio, the programme as data (cached for
offline use), and termination dates in the past, against the real sandbox platform."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from member_helpers import (
    WAIT_MS,
    open_area,
    open_order_dialog,
    place_order,
    refresh,
    select_solution,
)
from painted import wait_painted
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.platform.models import Plan
from app.subsidy import Pavilion
from ui.member.area import MemberArea
from ui.member.termination import TerminationDialog

TEXTILE = "S036"
"""Seed 004's example vendor in 工業館: A NT$60,000 / year, B NT$600,000 / year."""


def _plan(client: PlatformClient, plan_id: str) -> Plan:
    for solution in client.list_solutions(limit=100).data.items:
        for plan in solution.plans:
            if plan.id == plan_id:
                return plan
    raise AssertionError(f"plan {plan_id} not in the catalogue")


def _plan_row(area: MemberArea, plan_id: str) -> int:
    for row in range(area.solutions.plans.rowCount()):
        item = area.solutions.plans.item(row, 0)
        if item is not None and item.data(Qt.ItemDataRole.UserRole).id == plan_id:
            return row
    raise AssertionError(f"plan {plan_id} not listed")


def test_industry_member_sees_the_industry_balance_cap_and_ratio(
    qtbot: QtBot, maker: Any, maker_signer: Any
) -> None:
    area = open_area(qtbot, maker, maker_signer)
    # The next step points a 工業館 member to 工業館, the only pavilion the points pay for.
    assert "工業館" in area.overview.action_label.text()
    page = area.points_page
    assert "200,000" in page.balance_label.text()
    assert "200,000" in page.track_label.text()
    assert "工業館" in page.track_label.text()
    assert "2:1" in page.rule_label.text()
    assert page.first_use_label.isHidden()  # 工業館 has no 1-month first-use rule
    assert "個月內完全沒有使用" not in page.rules_text.text()
    # Seed 004's example: the NT$600,000 offer takes 200,000 points + NT$400,000.
    select_solution(qtbot, area, TEXTILE)
    offer = area.solutions.preview(_plan(maker.client, f"{TEXTILE}-B"), Pavilion.INDUSTRY)
    assert (offer.points, offer.self_pay, offer.ratio) == (200_000, 400_000, "2:1")
    original = area.solutions.preview(_plan(maker.client, f"{TEXTILE}-A"), Pavilion.INDUSTRY)
    assert (original.points, original.self_pay) == (20_000, 40_000)
    dialog = open_order_dialog(qtbot, area, TEXTILE, plan_row=_plan_row(area, f"{TEXTILE}-B"))
    assert dialog.quote is not None
    assert (dialog.quote.points, dialog.quote.self_pay) == (200_000, 400_000)
    assert "本機試算" not in dialog.summary.text()  # the preview agreed with the platform
    dialog.reject()
    # A general-zone plan takes none of the 工業館 points, and says so.
    select_solution(qtbot, area, "S002")
    note = area.solutions.split_note.text()
    assert "此館別不適用您的點數" in note
    assert "自費全額購買" in note


def test_points_used_up_by_a_reclaim_still_leave_full_self_pay(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, "S003", plan_row=0)
    # paid and in service, the points are used: no 1-month return (002 七(三))
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        member.sandbox.vendor(order.id, action)
    member.sandbox.advance(95)  # past the 3-month validity: the rest is reclaimed
    refresh(qtbot, area)
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 0
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=1)
    assert dialog.quote is not None
    assert dialog.quote.points == 0
    assert dialog.quote.points_reason == "POINTS_RECLAIMED"
    rules = dialog.rules.text()
    assert "沒用完的點數已由系統收回" in rules
    assert "期滿收回的點數不能重新申請" in rules
    assert "自費全額購買" in rules
    assert dialog.agree.isEnabled()  # the order can still be placed
    dialog.reject()


def test_an_unused_return_offers_re_opening_every_time(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    for _round in range(2):
        member.sandbox.advance(35)  # no point used within the first month
        refresh(qtbot, area)
        page = area.points_page
        assert not page.reapply_button.isHidden()
        assert "重新開通" in page.warning_label.text()
        assert "不能再申請" not in page.warning_label.text()
        dialog = open_order_dialog(qtbot, area, "S002", plan_row=1)
        assert dialog.quote is not None
        assert dialog.quote.points_reason == "POINTS_RETURNED_UNUSED"
        assert "重新開通點數" in dialog.rules.text()
        assert "自費全額購買" in dialog.rules.text()
        dialog.reject()
        with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
            page.reapply_button.click()
        assert area.snapshot is not None
        assert area.snapshot.points.balance == 30_000


def test_the_programme_is_cached_for_offline_previews(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    online = member.client.get_programme()
    assert not online.from_cache
    member.sandbox.tool(
        "POST",
        "/faults",
        {"kind": "drop_after_commit", "count": 50, "path": "/api/v1/programme"},
    )
    offline = member.client.get_programme()
    assert offline.from_cache
    assert offline.data == online.data
    area = open_area(qtbot, member, signer)
    assert area.snapshot is not None
    assert area.snapshot.programme == online.data
    assert area.snapshot.offline  # the programme came from the cache
    select_solution(qtbot, area, "S002")
    preview = area.solutions.preview(_plan(member.client, "S002-06M"), Pavilion.GENERAL)
    assert (preview.points, preview.ratio) == (27_000, "1:1")


def test_a_termination_date_in_the_past_is_refused_before_sending(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, "S002", plan_row=1)
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        member.sandbox.vendor(order.id, action)
    member.sandbox.advance(30)
    refresh(qtbot, area)
    area.show_order(order.id)
    area.orders.detail.terminate_button.click()
    dialog = area.dialog
    assert isinstance(dialog, TerminationDialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    # The field cannot go below today; the dialog says so rather than snapping silently.
    assert dialog.today.isoformat() in dialog.date_hint.text()
    assert "不能回溯" in dialog.date_hint.text()
    assert dialog.date_hint.isVisible()
    assert dialog.on_edit.accessibleDescription() == dialog.date_hint.text()
    yesterday = dialog.today - timedelta(days=1)
    dialog.on_edit.setMinimumDate(QDate(2000, 1, 1))
    dialog.on_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    dialog.request_quote()
    assert dialog.quote is None
    assert dialog.refund.text() == "—"  # no figures of another date stay on screen
    assert "退訂日期不能回溯" in dialog.status.text()
    assert not dialog.sign_button.isEnabled()
    # The platform refuses the same date with 422 DATE_IN_PAST; the dialog says the same.
    with pytest.raises(PlatformError) as refused:
        member.client.termination_quote(order.id, yesterday)
    assert refused.value.code == "DATE_IN_PAST"
    dialog.show_error(refused.value)
    assert "退訂日期不能回溯" in dialog.status.text()
    dialog.reject()


@pytest.mark.screenshot
def test_screenshots_of_points_reasons_and_the_industry_balance(
    qtbot: QtBot,
    maker: Any,
    maker_signer: Any,
    language: str,
    screenshot_dir: Path,
) -> None:
    def shoot(widget: Any, name: str) -> None:
        wait_painted(qtbot, widget)
        assert widget.grab().save(str(screenshot_dir / f"points_reasons_{language}_{name}.png"))

    area = open_area(qtbot, maker, maker_signer)
    area.go_to(area.PAGE_POINTS)
    shoot(area, "industry_points")
    area.go_to(area.PAGE_SOLUTIONS)
    select_solution(qtbot, area, "S002")
    shoot(area, "general_plan_for_industry_points")
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=1)
    dialog.resize(640, dialog.sizeHint().height())
    shoot(dialog, "order_without_points")
    dialog.reject()
    select_solution(qtbot, area, TEXTILE)
    dialog = open_order_dialog(qtbot, area, TEXTILE, plan_row=_plan_row(area, f"{TEXTILE}-B"))
    dialog.resize(640, dialog.sizeHint().height())
    shoot(dialog, "order_textile_offer")
    dialog.reject()
    select_solution(qtbot, area, TEXTILE)
    order = place_order(qtbot, area, TEXTILE, plan_row=_plan_row(area, f"{TEXTILE}-A"))
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        maker.sandbox.vendor(order.id, action)
    maker.sandbox.advance(20)
    refresh(qtbot, area)
    area.show_order(order.id)
    area.orders.detail.terminate_button.click()
    termination = area.dialog
    assert isinstance(termination, TerminationDialog)
    qtbot.waitUntil(lambda: termination.quote is not None, timeout=WAIT_MS)
    yesterday = termination.today - timedelta(days=1)
    termination.on_edit.setMinimumDate(QDate(2000, 1, 1))
    termination.on_edit.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    termination.request_quote()
    termination.resize(640, termination.sizeHint().height())
    shoot(termination, "termination_date_in_past")
    termination.reject()
