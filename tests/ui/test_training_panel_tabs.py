"""The panel's e-mail, clock and programme sections show the platform as it is, whole.

- the 信件 and 時鐘 tabs show the platform's current state when they come into view, and
  keep up with what changes it, without 重新整理 / 讀取平台時間 being pressed;
- after the clock moves, the status line says what the move did (not the last order);
- the programme names in the 補助計畫 section are shown whole, also in English.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from lesson_steps import shown_steps
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from app.platform.training import ClockMove, Deadline, DeadlineOutlook
from app.subsidy import ORDER_STATUS_LABELS, OrderStatus
from tests.ui.conftest import open_training_window
from tests.ui.test_training_layout import SCREENS, _clipped, _composite, open_docked
from tests.ui.test_training_vendor import _member_area, _open_vendor_tab, _order
from ui.wizard.language import ui_language


@pytest.fixture
def panel_and_member(training_window: Any) -> tuple[Any, ...]:
    """The panel open beside a member area: panel, area, client, sandbox tools, card id."""
    training_window.panel_button.click()
    return (training_window.training_panel, *_member_area(training_window))


def _show_tab(panel: Any, widget: Any) -> None:
    panel.tabs.setCurrentWidget(widget.parentWidget())


def test_outbox_and_clock_show_the_platform_when_first_shown(
    training_window: Any, qtbot: QtBot
) -> None:
    training_window.panel_button.click()
    panel = training_window.training_panel
    assert panel.mail_view.toPlainText() == ""
    _show_tab(panel, panel.mail_view)
    qtbot.waitUntil(lambda: "還沒有寄出任何信" in panel.mail_view.toPlainText(), timeout=10000)
    _show_tab(panel, panel.clock_label)
    qtbot.waitUntil(lambda: panel.clock_label.text().startswith("平台時間：20"), timeout=10000)
    qtbot.waitUntil(lambda: bool(panel.next_deadline_label.text()), timeout=10000)


def test_outbox_and_clock_keep_up_with_the_platform_while_shown(
    panel_and_member: Any, qtbot: QtBot
) -> None:
    panel, _area, client, training, card_id = panel_and_member
    _show_tab(panel, panel.mail_view)
    qtbot.waitUntil(lambda: bool(panel.mail_view.toPlainText()), timeout=10000)
    before = panel.mail_view.toPlainText()
    # Another member gets points: the platform e-mails the grant.
    scenario = training.scenario("member_with_points", "cooperative")
    mail = training.outbox(scenario.ubn)[0]
    assert mail.to not in before
    qtbot.waitUntil(lambda: mail.to in panel.mail_view.toPlainText(), timeout=10000)
    assert mail.subject in panel.mail_view.toPlainText()

    _show_tab(panel, panel.clock_label)
    qtbot.waitUntil(lambda: bool(panel.next_deadline_label.text()), timeout=10000)
    order_id = _order(client, training, card_id)
    # The order's vendor deadline is the next thing the clock sets off.
    qtbot.waitUntil(lambda: order_id in panel.next_deadline_label.text(), timeout=10000)


def test_the_status_line_says_what_a_clock_move_did(panel_and_member: Any, qtbot: QtBot) -> None:
    panel, _area, client, training, card_id = panel_and_member
    order_id = _order(client, training, card_id)
    _open_vendor_tab(panel, qtbot, order_id)
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        panel.vendor_buttons["confirm"].click()
    assert order_id in panel.status.text()

    _show_tab(panel, panel.clock_label)
    one_day, month = panel.advance_buttons[1], panel.advance_buttons[31]
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        one_day.click()
    status = panel.status.text()
    assert status.startswith("已前進 1 天到 "), status
    assert "這段時間沒有期限生效" in status
    assert "現在是" not in status, "the last order message is gone"

    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        month.click()
    status = panel.status.text()
    assert status.startswith("已前進 31 天到 "), status
    assert "生效的期限" in status
    assert f"訂單 {order_id}" in status, "the payment deadline the move set off is named"


def test_the_order_line_follows_the_order_when_the_member_moves_it_on(
    panel_and_member: Any, qtbot: QtBot
) -> None:
    """ "訂單 … 現在是「付款中」" turned false once the member paid; it now follows the order
    until another message takes the line."""
    panel, _area, client, training, card_id = panel_and_member
    order_id = _order(client, training, card_id)
    _open_vendor_tab(panel, qtbot, order_id)
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        panel.vendor_buttons["confirm"].click()
    assert ORDER_STATUS_LABELS[OrderStatus.AWAITING_PAYMENT] in panel.status.text()
    training.pay(order_id)  # as the payment page does
    panel.refresh_orders()
    paid = ORDER_STATUS_LABELS[OrderStatus.AWAITING_INVOICE]
    qtbot.waitUntil(lambda: paid in panel.status.text(), timeout=10000)
    assert order_id in panel.status.text()
    panel.message.emit("另一則訊息")
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        panel.vendor_buttons["issue-invoice"].click()
    training.vendor(order_id, "start-service")
    panel.refresh_orders()
    in_service = ORDER_STATUS_LABELS[OrderStatus.IN_SERVICE]
    qtbot.waitUntil(lambda: in_service in panel.status.text(), timeout=10000)
    panel.message.emit("另一則訊息")
    shown_before = panel.orders
    panel.refresh_orders()
    qtbot.waitUntil(lambda: panel.orders is not shown_before, timeout=10000)  # refreshed
    assert panel.status.text() == "另一則訊息", "a later message is left alone"


def _field(combo: QComboBox) -> int:
    """The width of the combo box's text field."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox,
        option,
        QStyle.SubControl.SC_ComboBoxEditField,
        combo,
    )
    return field.width()


def _text_fits(combo: QComboBox) -> bool:
    """The combo box's current text fits in its text field (is not cut short)."""
    return combo.fontMetrics().horizontalAdvance(combo.currentText()) <= _field(combo)


@pytest.fixture(params=["zh_TW", "en"])
def window_in_language(
    request: pytest.FixtureRequest, qtbot: QtBot, memory_keyring: Any
) -> Iterator[Any]:
    """The training window in zh_TW and in English, with its platform started."""
    window = open_training_window(qtbot, request.param)
    yield window
    window.shutdown()


def test_deadlines_are_named_in_the_ui_language(window_in_language: Any, qtbot: QtBot) -> None:
    """The platform titles its deadlines in zh-TW; the clock tab and the status line name
    them in the UI language (in English they showed the platform's Chinese)."""
    window = window_in_language
    window.panel_button.click()
    panel = window.training_panel
    _area, client, training, card_id = _member_area(window)
    order_id = _order(client, training, card_id)
    english = ui_language() == "en"
    named = (
        f"Order {order_id}: The vendor did not confirm in time; the system cancels the order"
        if english
        else f"訂單 {order_id}：廠商確認接單期限已過，訂單由系統取消"
    )
    _show_tab(panel, panel.clock_label)
    qtbot.waitUntil(lambda: named in panel.next_deadline_label.text(), timeout=10000)
    with qtbot.waitSignal(panel.platform_changed, timeout=10000):
        panel.next_deadline_button.click()
    assert named in panel.status.text()
    points = Deadline(
        date(2027, 1, 7), "points_first_use_by", "示範：點數首次使用期限已過", None, "示範"
    )
    assert panel.deadline_title(points) == (
        "示範: The points' first-use deadline passed" if english else "示範：點數首次使用期限已過"
    )
    unknown = Deadline(date(2027, 1, 7), "new_kind", "平台的說法", None, None)
    assert panel.deadline_title(unknown) == "平台的說法"
    one_day = ClockMove(datetime(2027, 1, 7, 9), 1, (), DeadlineOutlook(date(2027, 1, 7), ()))
    assert panel.clock_move_text(one_day).startswith(
        "Moved 1 day forward to " if english else "已前進 1 天到 "
    )


def test_every_programme_and_lesson_name_is_shown_whole(
    window_in_language: Any, qtbot: QtBot
) -> None:
    window_in_language.panel_button.click()
    panel = window_in_language.training_panel
    programme = panel.programme_tab
    panel.tabs.setCurrentWidget(programme.parentWidget())
    qtbot.waitUntil(lambda: programme.choice.count() > 1, timeout=10000)
    choice = programme.choice
    assert choice.itemText(0) in ("訓練用（本年度）", "Training (this year)")
    panel.tabs.setCurrentWidget(panel.lesson_choice.parentWidget())
    qtbot.waitUntil(panel.lesson_choice.isVisible)
    for combo in (choice, panel.lesson_choice):
        for index in range(combo.count()):
            combo.setCurrentIndex(index)
            assert _text_fits(combo), (combo.currentText(), _field(combo))


def test_demo_card_names_are_whole_in_the_list_and_the_tooltip(
    window_in_language: Any, qtbot: QtBot
) -> None:
    """The closed card box elides on the narrow panel: its drop-down list is as wide as the
    longest name and the tooltip says the chosen card whole."""
    window_in_language.panel_button.click()
    panel = window_in_language.training_panel
    qtbot.waitUntil(lambda: panel is not None and panel.isVisible(), timeout=10000)
    choice = panel.card_choice
    view = choice.view()
    assert view.minimumWidth() >= view.sizeHintForColumn(0)
    for index in range(choice.count()):
        choice.setCurrentIndex(index)
        assert choice.toolTip() == choice.itemText(index)
        assert "PIN" in choice.toolTip()


def test_the_inserted_card_is_named_as_in_the_list(window_in_language: Any, qtbot: QtBot) -> None:
    """The revoked company card has the same holder as the good one: 已插入 names the card
    as the list does (kind, holder, 已廢止, PIN), so a trainer sees which one is in."""
    window_in_language.panel_button.click()
    panel = window_in_language.training_panel
    qtbot.waitUntil(lambda: panel is not None and panel.isVisible(), timeout=10000)
    for card_id in ("moeaca-revoked", "moeaca-sme-primary"):
        panel.insert_card(card_id)
        listed = panel.card_choice.itemText(panel.card_choice.findData(card_id))
        qtbot.waitUntil(lambda listed=listed: panel.card_state.text().endswith(listed))
    assert "PIN 123456" in panel.card_state.text()
    panel.remove_card()


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshot_lessons_and_the_fixed_tabs_at_1366x768(
    qtbot: QtBot, memory_keyring: Any, screenshot_dir: Path, language: str
) -> None:
    """The 課程 tab part-way through a lesson, then the 信件, 時鐘 (after a clock move)
    and 資料 tabs as they first show, nothing pressed to fill them."""
    screen = SCREENS["1366x768"]
    window, _beside = open_docked(qtbot, language, screen)
    panel = window.training_panel
    status = panel.status
    try:

        def shoot(name: str) -> None:
            qtbot.waitUntil(lambda: panel.tabs.currentWidget().isVisible())
            # The status line gets the lines its text needs (once laid out again).
            qtbot.waitUntil(lambda: status.height() >= status.heightForWidth(status.width()))
            assert _clipped(panel) == [], (language, name)
            path = screenshot_dir / f"training_lessons_1366x768_{language}_{name}.png"
            assert _composite(window, panel, screen).save(str(path))

        panel.tabs.setCurrentWidget(panel.lesson_steps.parentWidget())
        panel.lesson_choice.setCurrentIndex(panel.lesson_choice.findData("privacy"))
        panel.lesson_restart.click()
        window.support.privacy.action.trigger()
        window.start_page.new_button.click()
        qtbot.waitUntil(
            lambda: [line[0] for line in shown_steps(panel.lesson_steps)] == ["✓", "✓", "○"],
            timeout=10000,
        )
        shoot("lessons")

        _show_tab(panel, panel.mail_view)
        qtbot.waitUntil(lambda: bool(panel.mail_view.toPlainText()), timeout=10000)
        shoot("mail")

        _show_tab(panel, panel.clock_label)
        with qtbot.waitSignal(panel.platform_changed, timeout=10000):
            panel.advance_buttons[7].click()
        shoot("clock")

        panel.tabs.setCurrentWidget(panel.programme_tab.parentWidget())
        qtbot.waitUntil(lambda: panel.programme_tab.programme is not None, timeout=10000)
        qtbot.waitUntil(lambda: "64/3/14" in panel.people_view.toPlainText(), timeout=10000)
        assert _text_fits(panel.programme_tab.choice)
        shoot("data")
    finally:
        window.shutdown()
        QCoreApplication.processEvents()


def test_lesson_steps_are_check_boxes_the_trainee_cannot_tick(
    training_window: Any, qtbot: QtBot
) -> None:
    # A ✓ written into the text left a wrapped step's second line under the mark; a check
    # box keeps the whole text beside it, and only what happens ticks a step.
    training_window.panel_button.click()
    panel = training_window.training_panel
    panel.lesson_choice.setCurrentIndex(panel.lesson_choice.findData("privacy"))
    panel.lesson_restart.click()
    steps = panel.lesson_steps
    items = [steps.item(row) for row in range(steps.count())]
    assert items[0].text() == "開啟「遠端協助隱私模式」"
    assert all(item.checkState() == Qt.CheckState.Unchecked for item in items)
    assert not any(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in items)
    training_window.support.privacy.action.trigger()
    qtbot.waitUntil(lambda: steps.item(0).checkState() == Qt.CheckState.Checked, timeout=10000)
    assert steps.item(0).data(Qt.ItemDataRole.AccessibleTextRole).startswith("已完成：")
