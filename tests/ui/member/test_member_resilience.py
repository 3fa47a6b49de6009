"""Idempotent retry after a dropped connection, the split preview against every platform
quote, ETag refresh and offline use, reminders while minimised, 500 orders, receipts."""

from __future__ import annotations

import logging
import time
from concurrent.futures import Future
from datetime import date, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import requests
from member_helpers import (
    OFFLINE_REFRESH_MS,
    SHORT_TIMEOUTS,
    WAIT_MS,
    make_client,
    open_area,
    open_order_dialog,
    place_order,
    refresh,
)
from platform_answers import like_platform
from platform_clock import pin_platform_clock
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.platform.errors import PlatformError
from app.platform.models import Order, SignatureBlock
from app.subsidy import OrderStatus, Pavilion
from sandbox.embedded import serve_in_thread
from sandbox.server import create_app
from ui.member.orders_page import OrdersPage

# What the platform may answer instead of a quote, for the demo world's SME member.
EXPECTED_REFUSALS = {"S016": "PLAN_NOT_SUBSIDISED"}  # outside the subsidy zone
# Quoted at full self-pay for a reason only the platform knows: the member already uses S001.
PLATFORM_ONLY_REASONS = {"S001": "EXISTING_CUSTOMER_RENEWAL"}


def orders_total(member: Any) -> int:
    return int(member.sandbox.api("GET", "/orders", member.token)["total"])


def test_retry_after_dropped_connection_makes_one_order(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=0)
    dialog.agree.setChecked(True)
    # every attempt of the client (1 + 3 automatic retries) commits, then loses the answer
    member.sandbox.tool(
        "POST", "/faults", {"kind": "drop_after_commit", "count": 4, "path": "/api/v1/orders"}
    )
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=WAIT_MS)
    assert dialog.order is None
    assert "不會重複處理" in dialog.status.text()
    key = dialog.attempt_key
    assert orders_total(member) == 1, "the platform committed the first attempt"

    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=WAIT_MS)
    assert dialog.attempt_key == key, "the retry sends the same Idempotency-Key"
    assert orders_total(member) == 1
    assert not dialog.retry_button.isVisible()
    assert dialog.order is not None
    assert dialog.order.status is OrderStatus.AWAITING_VENDOR


def test_a_single_drop_is_absorbed_by_the_same_key(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    member.sandbox.tool(
        "POST", "/faults", {"kind": "drop_after_commit", "count": 1, "path": "/api/v1/orders"}
    )
    place_order(qtbot, area, "S003", plan_row=0)
    assert orders_total(member) == 1


def test_split_preview_equals_the_platform_quote_for_every_demo_plan(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    solutions = member.client.list_solutions(limit=100).data.items
    assert len(solutions) == 36
    compared = 0
    for solution in solutions:
        for plan in solution.plans:
            preview = area.solutions.preview(
                plan, solution.pavilion, subsidised=solution.subsidised
            )
            if not solution.subsidised:
                assert (preview.points, preview.self_pay) == (0, plan.price), "outside the zone"
            refusal = EXPECTED_REFUSALS.get(solution.id)
            if refusal is not None:
                with pytest.raises(PlatformError) as caught:
                    member.client.quote_order(plan.id)
                assert caught.value.code == refusal, plan.id
                continue
            quote = member.client.quote_order(plan.id)
            if solution.id in PLATFORM_ONLY_REASONS:
                assert (quote.points, quote.points_reason) == (
                    0,
                    PLATFORM_ONLY_REASONS[solution.id],
                )
                continue
            assert (preview.points, preview.self_pay) == (quote.points, quote.self_pay), plan.id
            assert preview.reason == quote.points_reason, plan.id
            assert preview.ratio == quote.ratio, plan.id
            if solution.pavilion is Pavilion.INDUSTRY:  # the member's 30,000 do not cover 工業館
                assert (quote.points, quote.points_reason) == (0, "PAVILION_NOT_COVERED")
            compared += 1
    plans = sum(len(s.plans) for s in solutions)
    assert compared == plans - sum(len(s.plans) for s in solutions if s.id in ("S001", "S016"))
    assert [s.id for s in solutions if not s.subsidised] == ["S016"]


def test_refresh_uses_etags(
    qtbot: QtBot, member: Any, signer: Any, caplog: pytest.LogCaptureFixture
) -> None:
    area = open_area(qtbot, member, signer)
    caplog.set_level(logging.DEBUG, logger="app.platform.http")
    refresh(qtbot, area)
    answers = [r.getMessage() for r in caplog.records if "GET /orders" in r.getMessage()]
    assert any("-> 304" in line for line in answers), answers


class NotSigning:
    """A card that is there but must not be asked to sign in this test."""

    def request(self, parent: QWidget, document: bytes, purpose: str) -> Future[SignatureBlock]:
        raise AssertionError("nothing may be signed here")


def test_offline_shows_the_last_copy_with_its_time(qtbot: QtBot, tmp_path: Path) -> None:
    platform = serve_in_thread(create_app("sqlite://"))
    try:
        pin_platform_clock(platform.base_url)
        client = make_client(platform.base_url, tmp_path, **SHORT_TIMEOUTS)
        scenario = requests.post(
            f"{platform.base_url}/_sandbox/scenarios",
            json={"name": "member_with_points"},
            timeout=30,
        ).json()
        client.use_token(scenario["ubn"], scenario["token"])

        member = SimpleNamespace(client=client, ubn=scenario["ubn"])
        area = open_area(qtbot, member, NotSigning())
        assert "資料時間" in area.as_of_label.text()
        area.solutions.plans.selectRow(0)
        assert area.solutions.order_button.isEnabled()
        first_as_of = area.snapshot.as_of if area.snapshot else None
    finally:
        platform.stop()
    refresh(qtbot, area, OFFLINE_REFRESH_MS)
    assert area.snapshot is not None
    assert area.snapshot.offline
    assert area.snapshot.as_of == first_as_of
    assert "離線" in area.as_of_label.text()
    assert area.points_page.balance_label.text().endswith("30,000 點")
    area.solutions.plans.selectRow(0)
    assert not area.solutions.order_button.isEnabled(), "nothing is signed against a stale copy"
    client.close()


def test_reminder_for_payment_due_while_minimised(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    order = place_order(qtbot, area, "S002", plan_row=0)
    confirmed = member.sandbox.vendor(order.id, "confirm")
    due = date.fromisoformat(confirmed["deadlines"]["payment_due_by"])
    area.showMinimized()
    sent_before = len(area.notifier.sent)
    # two working days before: no reminder yet; the day before: one, once
    refresh(qtbot, area)
    assert len(area.notifier.sent) == sent_before
    day_before = due - timedelta(days=1)
    while not (day_before.weekday() < 5):
        day_before -= timedelta(days=1)
    member.sandbox.set_clock(f"{day_before.isoformat()}T09:00:00+08:00")
    refresh(qtbot, area)
    titles = [title for title, _ in area.notifier.sent[sent_before:]]
    assert titles == ["訂單期限將至：自付款付款期限"]
    assert order.id in area.notifier.sent[-1][1]
    assert not area.notice.isHidden()
    refresh(qtbot, area)
    assert len(area.notifier.sent) == sent_before + 1, "each reminder is announced once"


def synthetic_orders(count: int) -> list[Order]:
    base = datetime(2026, 6, 1, 9, 0)
    orders = []
    for n in range(count):
        at = base + timedelta(minutes=n)
        orders.append(
            Order.from_json(
                like_platform(
                    "order",
                    {
                        "id": f"2026060109{n:010d}",
                        "solution": {
                            "id": "S002",
                            "name": "雲翔 ERP 標準版",
                            "pavilion": "general",
                        },
                        "vendor": {"id": "V001", "name": "雲翔資訊股份有限公司（測試）"},
                        "plan": {
                            "id": "S002-03M",
                            "name": "雲翔 ERP 標準版 季方案",
                            "months": 3,
                            "price": 27_000,
                        },
                        "price": 27_000,
                        "points": 13_500,
                        "self_pay": 13_500,
                        "ratio": "1:1",
                        "status": "awaiting_vendor" if n % 2 else "awaiting_payment",
                        "status_text": "",
                        "history": [
                            {
                                "status": "awaiting_vendor",
                                "at": at.isoformat() + "+08:00",
                                "note": "",
                            }
                        ],
                        "deadlines": {
                            "vendor_confirm_by": "2026-06-03",
                            "payment_due_by": "2026-06-05",
                        },
                        "payment_url": None,
                        "invoice": None,
                        "service": None,
                        "settlement": None,
                        "created_at": at.isoformat() + "+08:00",
                        "updated_at": at.isoformat() + "+08:00",
                    },
                )
            )
        )
    return orders


def test_five_hundred_orders_stay_responsive(qtbot: QtBot) -> None:
    from app.subsidy import WorkCalendar

    page = OrdersPage(WorkCalendar.taiwan())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    orders = synthetic_orders(500)
    started = time.perf_counter()
    page.set_orders(orders, date(2026, 6, 2), can_sign=True)
    page.view.viewport().repaint()
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    page.view.scrollToBottom()
    page.view.viewport().repaint()
    assert page.select(orders[-1].id)
    page.view.scrollToTop()
    page.view.viewport().repaint()
    browsed = time.perf_counter() - started
    print(f"500 orders: load+paint {loaded * 1000:.0f} ms, scroll+select {browsed * 1000:.0f} ms")
    assert page.model.rowCount() == 500
    assert page.view.indexWidget(page.model.index(0, 0)) is None, "no widget per row"
    assert loaded < 1.0
    assert browsed < 0.5


def test_application_form_receipt_pdf_uses_a_cjk_font(
    qtbot: QtBot, member: Any, signer: Any, tmp_path: Path
) -> None:
    area = open_area(qtbot, member, signer, receipts=tmp_path)
    button = area.overview.findChild(type(area.refresh_button), "ApplicationPdf")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: bool(area.saved_receipts), timeout=WAIT_MS)
    saved = area.saved_receipts[0]
    assert saved.name == f"點數申請表_{member.ubn}.pdf"
    data = saved.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"CJK" in data, "the receipt embeds a CJK font (no boxes instead of Chinese)"


def test_tray_message_when_a_tray_exists(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.flows.member_deadlines import due_reminders
    from app.subsidy import WorkCalendar
    from ui.member.reminders import ReminderNotifier

    notifier = ReminderNotifier(use_tray=True)
    assert notifier.tray is not None
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        notifier.tray, "showMessage", lambda title, body, *_: shown.append((title, body))
    )
    reminders = due_reminders(synthetic_orders(2), None, date(2026, 6, 2), WorkCalendar.taiwan())
    # the order awaiting the vendor is due tomorrow; the payment three working days on
    assert len(notifier.announce(reminders)) == 1
    assert len(shown) == 1
    assert "20260601090000000001" in shown[0][1]
    assert notifier.announce(reminders) == [], "announced once"
    notifier.close()
