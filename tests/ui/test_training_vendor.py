"""Vendor simulator, payment, the next deadline and the demo applicants, from the panel only."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from lesson_steps import shown_steps
from PySide6.QtCore import QTranslator
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.platform.training import TrainingPlatform
from app.subsidy import VerificationMethod
from ui.member.payment import PaymentLinkDialog, TrainingPaymentDialog, open_payment

REFLECTED_MS = 1000
"""The member area shows each step of the panel within a second."""


def _member_area(window: Any) -> tuple[Any, PlatformClient, TrainingPlatform, str]:
    """A member with points, signed in, in the window's member area."""
    from ui.member.session import MemberSession
    from ui.member_login import open_member_area

    client = PlatformClient(window.platform_url)
    training = TrainingPlatform(client)
    scenario = training.scenario("member_with_points")
    assert scenario.token is not None
    client.use_token(scenario.ubn, scenario.token)
    applicant = client.lookup_applicant(scenario.ubn)
    session = MemberSession(client, applicant, None, VerificationMethod.MOEACA_CARD)
    area = open_member_area(window, session)
    return area, client, training, scenario.demo_card_id


@pytest.fixture
def member_with_panel(training_window: Any) -> tuple[Any, ...]:
    """The panel open beside a member area: panel, area, client, sandbox tools, card id."""
    training_window.panel_button.click()
    return (training_window.training_panel, *_member_area(training_window))


def _order(client: PlatformClient, training: TrainingPlatform, card_id: str) -> str:
    """An order signed with the member's demo card (as the order dialog would send it)."""
    solutions = client.list_solutions(pavilion="general", limit=50).data
    for solution in solutions.items:
        for plan in solution.plans:
            try:
                quote = client.quote_order(plan.id)
            except PlatformError as exc:
                if exc.code in ("EXISTING_CUSTOMER_RENEWAL", "PLAN_NOT_SUBSIDISED"):
                    continue
                raise
            signature = training.sign_with_demo_card(card_id, quote.to_be_signed)
            return client.create_order(quote.quote_id, signature).id
    raise AssertionError("no plan to buy in the demo world")


def _status_in_area(area: Any, order_id: str) -> str | None:
    snapshot = area.snapshot
    if snapshot is None:
        return None
    return next((str(o.status) for o in snapshot.orders if o.id == order_id), None)


def _open_vendor_tab(panel: Any, qtbot: QtBot, order_id: str) -> None:
    panel.tabs.setCurrentWidget(panel.order_list.parentWidget())
    panel.refresh_orders()
    qtbot.waitUntil(lambda: any(o.id == order_id for o in panel.orders), timeout=10000)
    panel.select_order(order_id)
    assert panel.selected_order().id == order_id


def _vendor_click(
    panel: Any, qtbot: QtBot, area: Any, order_id: str, action: str, status: str
) -> None:
    button = panel.vendor_buttons[action]
    # The vendor tab reads the orders again every 2 s (a payment made in the member area).
    qtbot.waitUntil(button.isEnabled, timeout=5000)
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        button.click()
    qtbot.waitUntil(lambda: _status_in_area(area, order_id) == status, timeout=REFLECTED_MS)


def test_order_from_vendor_confirmation_to_service_driven_from_the_panel(
    member_with_panel: Any, qtbot: QtBot
) -> None:
    panel, area, client, training, card_id = member_with_panel
    qtbot.waitUntil(lambda: area.snapshot is not None, timeout=20000)
    order_id = _order(client, training, card_id)
    _open_vendor_tab(panel, qtbot, order_id)
    enabled = {a for a, b in panel.vendor_buttons.items() if b.isEnabled()}
    assert enabled == {"confirm", "decline"}

    _vendor_click(panel, qtbot, area, order_id, "confirm", "awaiting_payment")
    assert {a for a, b in panel.vendor_buttons.items() if b.isEnabled()} == {"mark-paid"}
    assert "付款中" in panel.status.text()

    # 開啟付款連結 opens the training payment page inside the client; it pays through
    # the platform.
    area.show_order(order_id)
    detail = area.orders.detail
    assert detail.pay_button.isVisible()
    detail.pay_button.click()
    dialog = area.payment_dialog
    assert isinstance(dialog, TrainingPaymentDialog)
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.paid, timeout=10000):
        dialog.pay_button.click()
    qtbot.waitUntil(
        lambda: _status_in_area(area, order_id) == "awaiting_invoice", timeout=REFLECTED_MS
    )
    dialog.close()

    _vendor_click(panel, qtbot, area, order_id, "issue-invoice", "awaiting_service")
    _vendor_click(panel, qtbot, area, order_id, "start-service", "in_service")
    assert not any(b.isEnabled() for b in panel.vendor_buttons.values())
    assert not panel.run_to_service_button.isEnabled()


def test_run_to_in_service_in_one_press(member_with_panel: Any, qtbot: QtBot) -> None:
    panel, area, client, training, card_id = member_with_panel
    order_id = _order(client, training, card_id)
    _open_vendor_tab(panel, qtbot, order_id)
    with qtbot.waitSignal(panel.platform_changed, timeout=20000):
        panel.run_to_service_button.click()
    qtbot.waitUntil(lambda: _status_in_area(area, order_id) == "in_service", timeout=REFLECTED_MS)
    assert "服務使用中" in panel.status.text()


def test_decline_and_a_missed_deadline_named_by_the_clock(
    member_with_panel: Any, qtbot: QtBot
) -> None:
    panel, area, client, training, card_id = member_with_panel
    declined = _order(client, training, card_id)
    _open_vendor_tab(panel, qtbot, declined)
    _vendor_click(panel, qtbot, area, declined, "decline", "cancelled_by_vendor")

    waiting = _order(client, training, card_id)
    panel.refresh_clock()
    qtbot.waitUntil(lambda: "廠商確認接單期限" in panel.next_deadline_label.text(), timeout=10000)
    assert waiting in panel.next_deadline_label.text()
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        panel.next_deadline_button.click()
    assert "已前進" in panel.status.text()
    assert waiting in panel.status.text()
    qtbot.waitUntil(
        lambda: _status_in_area(area, waiting) == "cancelled_by_system", timeout=REFLECTED_MS
    )


def test_a_payment_link_no_browser_opens_is_shown_with_a_copy_button(
    qt_app: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from app.platform.models import Order

    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: bool(opened.append(url.toString()))
    )
    parent = QWidget()
    qt_app.addWidget(parent)
    order = type("FakeOrder", (), {"payment_url": "https://pay.example/tw/123", "id": "1"})()
    dialog = open_payment(None, order, training=False, parent=parent)  # type: ignore[arg-type]
    assert opened == ["https://pay.example/tw/123"], "the browser was tried first"
    assert isinstance(dialog, PaymentLinkDialog)
    assert dialog.isVisible()
    assert dialog.link.text() == "https://pay.example/tw/123"
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == "https://pay.example/tw/123"
    assert dialog.copied.text()
    assert Order  # the real type the member area passes


def test_demo_applicants_list_their_methods_and_roc_birthdays(
    training_window: Any, qtbot: QtBot
) -> None:
    panel = training_window.training_panel
    qtbot.waitUntil(lambda: "64/3/14" in panel.people_view.toPlainText(), timeout=10000)
    # 王大明, born 1975-03-14, is typed as 64/3/14; the list comes from the platform.
    first = panel.demo_applicant_lines(panel.training.demo_applicants())[0]
    assert "工商憑證" in first
    assert "手機門號" in first or "門號" in first


def test_the_review_tip_counts_working_days(qt_app: QtBot) -> None:
    from ui.wizard.review_page import ReviewPage

    friday = date(2026, 12, 4)
    page = ReviewPage(True, training=True, today=friday)
    qt_app.addWidget(page)
    tip = page.training_tip(friday)
    assert "3 天後" in tip, tip
    assert "前進 3 天" in tip
    assert "1 天後" in page.training_tip(date(2026, 12, 2))


def test_the_review_tip_says_one_day_in_english(qt_app: QtBot, qapp: QApplication) -> None:
    from ui.application import TRANSLATIONS
    from ui.wizard.review_page import ReviewPage

    english = QTranslator()
    assert english.load(str(TRANSLATIONS / "tcloud_en.qm"))
    qapp.installTranslator(english)
    try:
        wednesday = date(2026, 12, 2)
        page = ReviewPage(True, training=True, today=wednesday)
        qt_app.addWidget(page)
        tip = page.training_tip(wednesday)
        assert "(1 day from now)" in tip, tip
        assert "move 1 day forward" in tip
        assert "days" not in tip
        assert "(3 days from now)" in page.training_tip(date(2026, 12, 4))
    finally:
        qapp.removeTranslator(english)


def test_lessons_tick_themselves_off_and_start_again(member_with_panel: Any, qtbot: QtBot) -> None:
    panel, area, client, training, card_id = member_with_panel
    panel.tabs.setCurrentWidget(panel.lesson_steps.parentWidget())
    panel.lesson_choice.setCurrentIndex(panel.lesson_choice.findData("missed_deadline"))
    panel.restart_lesson()
    assert all(text.startswith("○") for text in _lesson_lines(panel))

    order_id = _order(client, training, card_id)
    qtbot.waitUntil(lambda: _lesson_lines(panel)[0].startswith("✓"), timeout=10000)
    assert not _lesson_lines(panel)[2].startswith("✓")
    panel.refresh_clock()
    qtbot.waitUntil(panel.next_deadline_button.isEnabled, timeout=10000)
    panel.next_deadline_button.click()
    qtbot.waitUntil(lambda: "課程完成" in panel.status.text(), timeout=10000)
    assert all(text.startswith("✓") for text in _lesson_lines(panel))
    assert _status_in_area(area, order_id) == "cancelled_by_system"

    panel.lesson_restart.click()
    assert all(text.startswith("○") for text in _lesson_lines(panel))


def _lesson_lines(panel: Any) -> list[str]:
    return shown_steps(panel.lesson_steps)
