"""Points deadlines (first use, expiry, reclaim, re-apply) and terminations before and
after half the term, shown by the member area against the sandbox."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

from member_helpers import WAIT_MS, open_area, place_order, refresh
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from app.subsidy import OrderStatus, WorkCalendar, settle_termination
from ui.member.area import MemberArea
from ui.member.labels import status_text
from ui.member.termination import TerminationDialog

CALENDAR = WorkCalendar.taiwan()
GRANTED = date(2026, 6, 1)
FIRST_USE_BY = date(2026, 7, 1)
EXPIRES_ON = date(2026, 9, 1)


def clock(member: Any, day: date) -> None:
    member.sandbox.set_clock(f"{day.isoformat()}T09:00:00+08:00")


def test_unused_points_return_warnings_and_reapply(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    area.go_to(area.PAGE_POINTS)
    page = area.points_page
    assert "還有" in page.first_use_label.text()
    assert not page.warning_label.isVisible()

    # 7 days before the first-use deadline: a warning here and a desktop reminder
    clock(member, FIRST_USE_BY - timedelta(days=7))
    refresh(qtbot, area)
    assert "全數返還" in page.warning_label.text()
    assert any("請儘早使用點數" in title for title, _ in area.notifier.sent)
    assert area.notice.isVisible()

    # the last day still counts
    clock(member, FIRST_USE_BY)
    refresh(qtbot, area)
    assert "今天截止" in page.first_use_label.text()
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000

    # the day after: all points went back; re-apply is offered and works once
    clock(member, FIRST_USE_BY + timedelta(days=1))
    refresh(qtbot, area)
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 0
    assert area.snapshot.points.can_reapply
    assert page.reapply_button.isVisible()
    assert "未使用返還系統" in page.ledger.item(0, 1).text()
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
        page.reapply_button.click()
    assert area.snapshot.points.balance == 30_000
    assert not area.snapshot.points.can_reapply
    assert not page.reapply_button.isVisible()


def test_expiry_warning_and_reclaim(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, "S002", plan_row=0)  # uses 13,500 points
    # the order goes on into service: points that a cancelled order released again would
    # count as unused and go back after the first month (002 七(三))
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        member.sandbox.vendor(order.id, action)
    page = area.points_page
    area.go_to(area.PAGE_POINTS)
    refresh(qtbot, area)
    assert "已使用點數" in page.first_use_label.text()
    assert area.snapshot is not None
    left = area.snapshot.points.balance
    assert left == 30_000 - order.points

    clock(member, EXPIRES_ON - timedelta(days=8))
    refresh(qtbot, area)
    assert not page.warning_label.isVisible()
    clock(member, EXPIRES_ON - timedelta(days=7))
    refresh(qtbot, area)
    assert "收回" in page.warning_label.text()
    assert any("點數即將到期" in title for title, _ in area.notifier.sent)
    assert "點數即將到期" in area.overview.action_label.text()

    clock(member, EXPIRES_ON + timedelta(days=1))
    refresh(qtbot, area)
    assert area.snapshot.points.balance == 0
    assert "到期收回" in page.ledger.item(0, 1).text()
    assert not area.snapshot.points.can_reapply
    assert not page.reapply_button.isVisible()


def run_to_service(qtbot: QtBot, area: MemberArea, member: Any, plan_row: int) -> Any:
    order = place_order(qtbot, area, "S002", plan_row=plan_row)
    for action in ("confirm", "mark-paid", "issue-invoice", "start-service"):
        member.sandbox.vendor(order.id, action)
    refresh(qtbot, area)
    area.show_order(order.id)
    detail = area.orders.detail.order
    assert detail is not None
    assert detail.status is OrderStatus.IN_SERVICE
    return detail


def terminate_on(qtbot: QtBot, area: MemberArea, order: Any, on: date) -> TerminationDialog:
    qtbot.waitUntil(area.orders.detail.terminate_button.isEnabled, timeout=WAIT_MS)
    area.orders.detail.terminate_button.click()
    dialog = area.dialog
    assert isinstance(dialog, TerminationDialog)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    assert dialog.chosen_date() == on, "the platform's today is offered first"
    dialog.on_edit.setDate(dialog.on_edit.date().addDays(1))
    assert dialog.quote is None, "a new date needs a new quote"
    assert not dialog.sign_button.isEnabled()
    dialog.on_edit.setDate(dialog.on_edit.date().addDays(-1))
    dialog.request_quote()
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    return dialog


def test_enter_in_the_date_field_quotes_the_date_typed(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    """Keyboard only: another date, then Enter in the date field; the figures follow it."""
    area = open_area(qtbot, member, signer)
    order = run_to_service(qtbot, area, member, plan_row=1)
    on = order.service.start + timedelta(days=10)
    clock(member, on)
    refresh(qtbot, area)
    area.show_order(order.id)
    dialog = terminate_on(qtbot, area, order, on)
    later = on + timedelta(days=100)
    dialog.on_edit.setFocus()
    dialog.on_edit.setDate(QDate(later.year, later.month, later.day))  # as the calendar picks it
    assert dialog.quote is None
    qtbot.keyClick(dialog.on_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    assert dialog.quoted_on == later
    check_settlement(dialog, order, later)
    assert dialog.isVisible(), "Enter does not sign"
    dialog.reject()


def check_settlement(dialog: TerminationDialog, order: Any, on: date) -> None:
    quote = dialog.quote
    assert quote is not None
    local = settle_termination(
        order.plan.months, order.self_pay, order.points, order.service.start, on
    )
    assert (quote.used_months, quote.half_reached) == (local.used_months, local.half_reached)
    assert (quote.self_pay_refund, quote.points_returned) == (
        local.self_pay_refund,
        local.points_returned,
    )
    assert f"NT${quote.self_pay_refund:,}" == dialog.refund.text()
    assert f"{quote.points_returned:,} 點" == dialog.returned.text()
    assert "平台結算與本機試算不同" not in dialog.status.text()


def test_termination_before_half_term_refunds_both(
    qtbot: QtBot, member: Any, signer: Any, tmp_path: Path
) -> None:
    area = open_area(qtbot, member, signer, receipts=tmp_path)
    order = run_to_service(qtbot, area, member, plan_row=1)  # 6 months, 54,000
    start = order.service.start
    on = start + timedelta(days=44)  # the seed's 6/1 → 7/15 case: 2 months used
    clock(member, on)
    refresh(qtbot, area)
    area.show_order(order.id)
    dialog = terminate_on(qtbot, area, order, on)
    check_settlement(dialog, order, on)
    assert dialog.quote is not None
    assert dialog.quote.used_months == 2
    assert not dialog.quote.half_reached
    assert dialog.quote.self_pay_refund == 27_000 * 4 // 6
    assert "未達二分之一期程" in dialog.half.text()
    assert dialog.sign_button.isEnabled()
    with qtbot.waitSignal(dialog.terminated, timeout=WAIT_MS):
        dialog.sign_button.click()
    qtbot.waitUntil(lambda: bool(area.saved_receipts), timeout=WAIT_MS)
    assert area.saved_receipts[0].name.startswith("退訂_")
    assert area.saved_receipts[0].read_bytes().startswith(b"%PDF")
    refresh(qtbot, area)
    area.show_order(order.id)
    detail = area.orders.detail.order
    assert detail is not None
    assert detail.status is OrderStatus.TERMINATED
    assert status_text(OrderStatus.TERMINATED) in area.orders.detail.header.text()
    assert "退訂結算" in area.orders.detail.facts.text()
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000 - order.points + dialog.quote.points_returned


def test_termination_after_half_term_returns_points_only(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    order = run_to_service(qtbot, area, member, plan_row=1)
    on = order.service.start + timedelta(days=136)  # the seed's 10/15 case: 5 months used
    clock(member, on)
    refresh(qtbot, area)
    area.show_order(order.id)
    dialog = terminate_on(qtbot, area, order, on)
    check_settlement(dialog, order, on)
    assert dialog.quote is not None
    assert dialog.quote.used_months == 5
    assert dialog.quote.half_reached
    assert dialog.quote.self_pay_refund == 0
    assert dialog.quote.points_returned == order.points // 6
    assert "已達二分之一（含）以上期程" in dialog.half.text()
    # returned points stay usable 5 working days after the return (later than the expiry)
    assert dialog.quote.points_valid_until == CALENDAR.add_working_days(on, 5)
    with qtbot.waitSignal(dialog.terminated, timeout=WAIT_MS):
        dialog.sign_button.click()
    refresh(qtbot, area)
    area.show_order(order.id)
    assert area.orders.detail.order is not None
    assert area.orders.detail.order.status is OrderStatus.TERMINATED


def test_termination_after_payment_before_the_service_starts_returns_everything(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, "S002", plan_row=0)
    for action in ("confirm", "mark-paid"):
        member.sandbox.vendor(order.id, action)
    refresh(qtbot, area)
    area.show_order(order.id)
    assert area.orders.detail.order is not None
    assert area.orders.detail.order.status is OrderStatus.AWAITING_INVOICE
    dialog = terminate_on(qtbot, area, order, date(2026, 6, 1))
    assert dialog.quote is not None
    assert dialog.quote.used_months == 0
    assert dialog.quote.self_pay_refund == order.self_pay
    assert dialog.quote.points_returned == order.points
    with qtbot.waitSignal(dialog.terminated, timeout=WAIT_MS):
        dialog.sign_button.click()
    refresh(qtbot, area)
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000
