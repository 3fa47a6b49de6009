"""The training panel's 補助計畫 tab: every programme rule shown from the app alone."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.errors import ErrorCode
from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.platform.training import RUN_TO_SERVICE, TrainingPlatform
from app.subsidy import NoPointsReason, Pavilion
from tests.ui.test_training_vendor import _member_area
from ui.training.programme_tab import ProgrammeTab
from ui.wizard.dates import display_date

INDUSTRY_USE_BY_110 = date(2021, 8, 30)
"""Seed 004 註4: 工業館 points of the 110年 programme must be used by 2021-08-30."""


@pytest.fixture
def panel_and_area(training_window: Any, qtbot: QtBot) -> tuple[Any, ...]:
    """The panel on its 補助計畫 tab beside a member's area (as the member area refreshes)."""
    training_window.panel_button.click()
    area, client, training, card_id = _member_area(training_window)
    qtbot.waitUntil(lambda: area.snapshot is not None, timeout=20000)
    panel = training_window.training_panel
    panel.tabs.setCurrentWidget(panel.people_tab)
    tab: ProgrammeTab = panel.programme_tab
    qtbot.waitUntil(lambda: tab.programme is not None and tab.choice.isEnabled(), timeout=10000)
    return panel, tab, area, client, training, card_id


def _answer(qtbot: QtBot, panel: Any, question: QMessageBox | None, yes: bool = True) -> None:
    """Click Yes (waiting for the platform to change and the tab to show it) or No."""
    assert question is not None
    assert question.isVisible()
    button = QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No
    if not yes:
        question.button(button).click()
        return
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        question.button(button).click()


def _programme_in_area(area: Any) -> Any:
    return area.snapshot.programme if area.snapshot is not None else None


def _switch(qtbot: QtBot, panel: Any, tab: ProgrammeTab, programme_id: str) -> None:
    tab.choice.setCurrentIndex(tab.choice.findData(programme_id))
    _answer(qtbot, panel, tab.ask_switch())
    assert tab.programme is not None
    assert tab.programme.id == programme_id


def test_switching_to_110_shows_the_industry_use_by_date_and_back(
    qtbot: QtBot, panel_and_area: tuple[Any, ...]
) -> None:
    panel, tab, area, client, _training, _card = panel_and_area
    assert [tab.choice.itemData(i) for i in range(tab.choice.count())] == ["training", "111", "110"]
    assert "工業館" in tab.summary.toPlainText()
    assert "須於" not in tab.summary.toPlainText()
    # A No changes nothing.
    tab.choice.setCurrentIndex(tab.choice.findData("110"))
    _answer(qtbot, panel, tab.ask_switch(), yes=False)
    assert client.get_programme().data.id == "training"

    _switch(qtbot, panel, tab, "110")
    shown = tab.summary.toPlainText()
    assert "110年度" in shown
    assert "工業館：點數上限 200,000 點；自付：點數 2:1；方案至少 3 個月" in shown
    assert display_date(INDUSTRY_USE_BY_110) in shown
    # The member area read the programme again on the panel's signal.
    qtbot.waitUntil(lambda: getattr(_programme_in_area(area), "id", None) == "110", timeout=10000)
    industry = _programme_in_area(area).terms("industry")
    assert industry.use_by == INDUSTRY_USE_BY_110

    _switch(qtbot, panel, tab, "training")
    assert display_date(INDUSTRY_USE_BY_110) not in tab.summary.toPlainText()
    qtbot.waitUntil(
        lambda: getattr(_programme_in_area(area), "id", None) == "training", timeout=10000
    )


def _plan_with_points(client: PlatformClient) -> Any:
    """A 補助專區 plan on which the member's points pay part of the price today."""
    for solution in client.list_solutions(pavilion="general", limit=50).data.items:
        for plan in solution.plans:
            if solution.subsidised and client.quote_order(plan.id).points > 0:
                return plan
    raise AssertionError("no plan in the demo world takes points")


def _order_in_service(client: PlatformClient, training: TrainingPlatform, card_id: str) -> Any:
    quote = client.quote_order(_plan_with_points(client).id)
    assert quote.points > 0
    signature = training.sign_with_demo_card(card_id, quote.to_be_signed)
    order_id = client.create_order(quote.quote_id, signature).id
    for action in RUN_TO_SERVICE:
        training.vendor(order_id, action)
    return client.get_order(order_id).data


def test_budget_spent_returns_no_points_and_grants_none_then_available_again(
    qtbot: QtBot, panel_and_area: tuple[Any, ...]
) -> None:
    panel, tab, area, client, training, card_id = panel_and_area
    order = _order_in_service(client, training, card_id)
    assert tab.budget_button.text() == "標示補助額度用罄…"
    _answer(qtbot, panel, tab.ask_budget())
    assert tab.programme is not None
    assert tab.programme.budget_exhausted
    assert "補助額度：已用罄" in tab.summary.toPlainText()
    assert tab.budget_button.text() == "恢復補助額度…"
    qtbot.waitUntil(
        lambda: getattr(_programme_in_area(area), "budget_exhausted", False), timeout=10000
    )

    dialog = area.start_termination(order)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=10000)
    assert dialog.quote.points_returned == 0
    assert dialog.quote.points_not_returned_reason == ErrorCode.BUDGET_EXHAUSTED
    assert "補助額度已用罄：這次退訂不返還點數" in dialog.status.text()
    dialog.reject()

    with pytest.raises(PlatformError) as refused:
        TrainingPlatform(PlatformClient(client.base_url)).scenario("member_with_points")
    assert refused.value.code == ErrorCode.APPLICATIONS_CLOSED

    _answer(qtbot, panel, tab.ask_budget())
    assert tab.programme is not None
    assert not tab.programme.budget_exhausted
    assert "補助額度：尚有額度" in tab.summary.toPlainText()
    fresh = TrainingPlatform(PlatformClient(client.base_url)).scenario("member_with_points")
    assert fresh.token is not None


def test_programme_end_stops_points_in_quotes_until_switched_back(
    qtbot: QtBot, panel_and_area: tuple[Any, ...]
) -> None:
    panel, tab, area, client, _training, _card = panel_and_area
    today = area.snapshot.today
    plan = _plan_with_points(client)
    ended = today - timedelta(days=1)
    tab.ends_on.setDate(tab.ends_on.date().fromString(ended.isoformat(), "yyyy-MM-dd"))
    question = tab.ask_ends_on()
    assert display_date(ended) in question.text()
    _answer(qtbot, panel, question)
    assert f"計畫結束日：{display_date(ended)}" in tab.summary.toPlainText()
    qtbot.waitUntil(
        lambda: getattr(_programme_in_area(area), "ends_on", None) == ended, timeout=10000
    )

    quote = client.quote_order(plan.id)
    assert (quote.points, quote.self_pay) == (0, plan.price)
    assert quote.points_reason == ErrorCode.PROGRAMME_ENDED
    # The member area's own preview says the same, with the programme it fetched.
    preview = area.solutions.preview(plan, Pavilion.GENERAL)
    assert preview.reason == NoPointsReason.PROGRAMME_ENDED

    _switch(qtbot, panel, tab, "training")
    assert tab.programme is not None
    assert tab.programme.ends_on > today
    assert client.quote_order(plan.id).points > 0


def test_last_application_day_is_set_and_shown(
    qtbot: QtBot, panel_and_area: tuple[Any, ...]
) -> None:
    panel, tab, area, client, _training, _card = panel_and_area
    last = area.snapshot.today + timedelta(days=10)
    tab.until.setDate(tab.until.date().fromString(last.isoformat(), "yyyy-MM-dd"))
    _answer(qtbot, panel, tab.ask_until())
    assert client.get_programme().data.applications_open_until == last
    assert f"至 {display_date(last)}" in tab.summary.toPlainText()


def test_tab_is_keyboard_reachable_with_names(panel_and_area: tuple[Any, ...]) -> None:
    _panel, tab, *_rest = panel_and_area
    widgets = (
        tab.choice,
        tab.switch_button,
        tab.ends_on,
        tab.ends_button,
        tab.until,
        tab.until_button,
        tab.budget_button,
        tab.refresh_button,
    )
    for widget in widgets:
        assert widget.accessibleName(), widget
        assert widget.focusPolicy() & widget.focusPolicy().TabFocus, widget
    # The focus chain from the summary passes the controls in reading order (a date
    # field's own line edit follows it in the chain).
    order: list[Any] = []
    current = tab.summary.nextInFocusChain()
    while current is not tab.summary and len(order) < len(widgets):
        if current in widgets and current not in order:
            order.append(current)
        current = current.nextInFocusChain()
    assert tuple(order) == widgets
