"""Every status and deadline of the seed's order flow, shown by the member area against
the sandbox with its clock moved through each deadline."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from member_helpers import WAIT_MS, open_area, place_order, refresh
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.flows.tracking import MAIN_PATH
from app.subsidy import OrderStatus, WorkCalendar, roc_date
from ui.member.area import MemberArea
from ui.member.labels import status_text
from ui.member.payment import TrainingPaymentDialog

CALENDAR = WorkCalendar.taiwan()
EXISTING_FREE_SOLUTION = "S002"  # 雲翔 ERP 標準版: 9,000/month, general zone, not yet a customer


def detail_text(area: MemberArea) -> str:
    detail = area.orders.detail
    lines = [detail.header.text(), detail.deadlines.text(), detail.facts.text()]
    lines.extend(detail.timeline.item(i).text() for i in range(detail.timeline.count()))
    return "\n".join(lines)


def show(qtbot: QtBot, area: MemberArea, order_id: str) -> str:
    refresh(qtbot, area)
    area.show_order(order_id)
    assert area.orders.detail.order is not None
    assert area.orders.detail.order.id == order_id
    return detail_text(area)


def expect_deadline(text: str, due: date, today: date) -> None:
    """The deadline's date, ROC date, weekday and working days left are all shown."""
    assert due.isoformat() in text
    assert roc_date(due) in text
    weekday = "一二三四五六日"[due.weekday()]
    assert f"週{weekday}" in text
    left = CALENDAR.working_days_between(today, due)
    assert (f"還有 {left} 個工作天" in text) or (left == 0 and "今天截止" in text)


def assert_last_note_shown(area: MemberArea, text: str) -> None:
    """The platform's note on the latest status change (why it happened) is shown."""
    order = area.orders.detail.order
    assert order is not None
    note = order.history[-1].note
    assert note
    assert note in text


class UrlCatcher(QObject):
    """Receives URLs QDesktopServices would open in the browser."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


@pytest.fixture
def browser() -> Any:
    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("http", catcher, "open")
    yield catcher
    QDesktopServices.unsetUrlHandler("http")


def test_every_status_and_deadline_of_the_order_flow(
    qtbot: QtBot, member: Any, signer: Any, browser: UrlCatcher, tmp_path: Path
) -> None:
    area = open_area(qtbot, member, signer, receipts=tmp_path)
    sandbox = member.sandbox
    today = date(2026, 6, 1)
    order = place_order(qtbot, area, EXISTING_FREE_SOLUTION, plan_row=1)
    assert (order.price, order.points, order.self_pay) == (54_000, 27_000, 27_000)
    assert signer.documents, "the order was signed over the quote's bytes"

    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.AWAITING_VENDOR) in text
    assert order.deadlines.vendor_confirm_by is not None
    expect_deadline(text, order.deadlines.vendor_confirm_by, today)
    assert "訂單金額：NT$54,000" in text
    assert "自付款 : 點數 = 1:1，本筆依比例最多折抵 27,000 點" in text
    assert "本筆實際：點數折抵 27,000 點，自付款 NT$27,000" in text
    assert "可用點數不足" not in text
    assert area.orders.detail.cancel_button.isVisible()
    assert not area.orders.detail.pay_button.isVisible()
    assert not area.orders.detail.terminate_button.isVisible(), "not paid: cancel, not terminate"

    # the vendor confirms the next day: payment due in 2 working days; in training the link
    # opens the client's own payment page, not the browser
    today = date.fromisoformat(sandbox.advance(1))
    sandbox.vendor(order.id, "confirm")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.AWAITING_PAYMENT) in text
    detail = area.orders.detail.order
    assert detail is not None
    assert detail.deadlines.payment_due_by is not None
    assert detail.deadlines.payment_due_by == CALENDAR.add_working_days(today, 2)
    expect_deadline(text, detail.deadlines.payment_due_by, today)
    assert area.orders.detail.pay_button.isVisible()
    area.orders.detail.pay_button.click()
    assert isinstance(area.payment_dialog, TrainingPaymentDialog)
    assert area.payment_dialog.order.id == order.id
    area.payment_dialog.close()
    assert browser.urls == []

    # paid: invoice within 2 and service within 7 working days
    sandbox.vendor(order.id, "mark-paid")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.AWAITING_INVOICE) in text
    detail = area.orders.detail.order
    assert detail is not None
    assert detail.deadlines.invoice_due_by == CALENDAR.add_working_days(today, 2)
    assert detail.deadlines.service_start_by == CALENDAR.add_working_days(today, 7)
    expect_deadline(text, detail.deadlines.invoice_due_by, today)
    expect_deadline(text, detail.deadlines.service_start_by, today)
    assert not area.orders.detail.cancel_button.isVisible()
    assert area.orders.detail.terminate_button.isVisible(), "paid: terminate, not cancel"

    today = date.fromisoformat(sandbox.advance(1))
    sandbox.vendor(order.id, "issue-invoice")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.AWAITING_SERVICE) in text
    assert "電子發票：TS" in text
    assert "NT$54,000（含稅）" in text

    sandbox.vendor(order.id, "start-service")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.IN_SERVICE) in text
    progress = area.orders.detail.progress.text()
    assert f"✓ {status_text(OrderStatus.AWAITING_SERVICE)}" in progress
    assert f"▶ {status_text(OrderStatus.IN_SERVICE)}" in progress
    assert f"○ {status_text(OrderStatus.CLAIMED)}" in progress
    detail = area.orders.detail.order
    assert detail is not None
    assert detail.service is not None
    assert detail.service.start == today
    assert f"服務期間：{detail.service.start.isoformat()}" in text
    assert area.orders.detail.terminate_button.isVisible()

    # the term (6 months) ends: completed, then the vendor claims the points
    days = (detail.service.end - today).days
    sandbox.advance(days)
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.COMPLETED) in text
    sandbox.vendor(order.id, "claim")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.CLAIMED) in text
    assert "95A" in text
    for status in MAIN_PATH:  # the whole history is shown in the timeline
        assert status_text(status) in text, status

    # receipt of the signed order, to the path the test chose
    saved = area.save_order_receipt(area.orders.detail.order)
    assert saved is not None
    assert saved.read_bytes().startswith(b"%PDF")
    receipt = area.order_receipt_for(area.orders.detail.order)
    assert "數位簽章" in receipt.to_text()


def test_vendor_silence_cancels_and_points_come_back(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, EXISTING_FREE_SOLUTION, plan_row=0)
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000 - order.points
    due = order.deadlines.vendor_confirm_by
    assert due is not None
    # the last day still counts; the day after, the system cancels
    member.sandbox.set_clock(f"{due.isoformat()}T20:00:00+08:00")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.AWAITING_VENDOR) in text
    assert "今天截止" in text
    member.sandbox.set_clock(f"{(due + timedelta(days=1)).isoformat()}T09:00:00+08:00")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.CANCELLED_BY_SYSTEM) in text
    assert_last_note_shown(area, text)
    progress = area.orders.detail.progress.text()
    assert f"▶ {status_text(OrderStatus.CANCELLED_BY_SYSTEM)}" in progress
    assert f"✕ {status_text(OrderStatus.AWAITING_PAYMENT)}" in progress
    assert "廠商未在期限內確認接單，系統已取消訂單；使用的點數已退回" in text
    assert "已逾期" not in text
    # the overview leads with it: what happened and what to do
    assert "有訂單因逾期被系統取消" in area.overview.action_label.text()
    assert order.id in area.overview.action_label.text()
    assert "您可以重新訂購或改選其他廠商" in area.overview.action_deadline.text()
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000


def test_unpaid_order_is_cancelled_after_the_payment_deadline(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, EXISTING_FREE_SOLUTION, plan_row=0)
    confirmed = member.sandbox.vendor(order.id, "confirm")
    due = date.fromisoformat(confirmed["deadlines"]["payment_due_by"])
    member.sandbox.set_clock(f"{(due + timedelta(days=1)).isoformat()}T09:00:00+08:00")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.CANCELLED_BY_SYSTEM) in text
    assert_last_note_shown(area, text)
    assert not area.orders.detail.pay_button.isVisible()


def test_cancel_before_payment(
    qtbot: QtBot, member: Any, signer: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, EXISTING_FREE_SOLUTION, plan_row=0)
    member.sandbox.vendor(order.id, "confirm")
    show(qtbot, area, order.id)
    asked: list[str] = []
    monkeypatch.setattr(area, "confirm", lambda title, text: asked.append(text) or True)
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
        area.orders.detail.cancel_button.click()
    text = show(qtbot, area, order.id)
    assert asked
    assert order.id in asked[0]
    assert status_text(OrderStatus.CANCELLED_BY_APPLICANT) in text
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000


def test_overview_shows_unread_first_points_orders_and_next_action(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    overview = area.overview
    assert "30,000 點" in overview.balance_label.text()
    assert "2026-09-01" in overview.expiry_label.text()
    assert "2026-07-01" in overview.first_use_label.text()
    assert "首次使用點數" in overview.action_label.text()
    order = place_order(qtbot, area, EXISTING_FREE_SOLUTION, plan_row=0)
    member.sandbox.vendor(order.id, "confirm")
    refresh(qtbot, area)
    assert "付款" in overview.action_label.text()
    assert order.id in overview.action_label.text()
    assert "自付款付款期限" in overview.action_deadline.text()
    assert overview.orders_model.rowCount() == 1
    texts = [overview.notes.item(i).text() for i in range(overview.notes.count())]
    unread = [t.startswith("【未讀】") for t in texts]
    assert unread == sorted(unread, reverse=True), "unread notifications come first"
    # opening a notification marks it read and shows its order
    first = overview.notes.item(0)
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS):
        overview.notes.itemActivated.emit(first)
    assert area.pages.currentWidget() is area.orders
    after = [overview.notes.item(i).text() for i in range(overview.notes.count())]
    assert sum(t.startswith("【未讀】") for t in after) == sum(unread) - 1


def test_password_login_reads_but_cannot_sign(qtbot: QtBot, member: Any) -> None:
    area = open_area(qtbot, member, None)
    assert area.read_only_note.isVisible()
    area.solutions.plans.selectRow(0)
    assert not area.solutions.order_button.isEnabled()
    assert "密碼" in area.solutions.order_button.toolTip()
    QApplication.processEvents()


def test_vendor_declines(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, EXISTING_FREE_SOLUTION, plan_row=0)
    member.sandbox.vendor(order.id, "decline")
    text = show(qtbot, area, order.id)
    assert status_text(OrderStatus.CANCELLED_BY_VENDOR) in text
    assert not area.orders.detail.cancel_button.isVisible()
    assert area.snapshot is not None
    assert area.snapshot.points.balance == 30_000
