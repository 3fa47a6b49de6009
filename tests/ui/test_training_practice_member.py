"""A member with points made from the training panel, logged in with the card it inserts."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from app.platform.training import VendorOrder
from app.subsidy import VerificationMethod
from tests.ui.conftest import open_training_window
from tests.ui.test_training_layout import SCREENS, _available, _clipped, _composite
from ui.member.area import MemberArea
from ui.member_login import MemberLoginPage
from ui.training.placement import dock_beside, initial_window_size

WAIT_MS = 20000


def _create(panel: Any, qtbot: QtBot, label: str) -> str:
    """Choose the member kind by its label, press 建立 and return what the box says."""
    box = panel.practice_member
    panel.tabs.setCurrentWidget(panel.people_tab)
    index = box.kind_choice.findText(label)
    assert index >= 0, [box.kind_choice.itemText(i) for i in range(box.kind_choice.count())]
    box.kind_choice.setCurrentIndex(index)
    with qtbot.waitSignal(box.created, timeout=WAIT_MS) as made:
        box.create_button.click()
    assert box.create_button.isEnabled()
    return str(made.args[0])


def test_an_industry_member_logs_in_with_the_inserted_card(
    training_window: Any, qtbot: QtBot
) -> None:
    window = training_window
    window.panel_button.click()
    panel = window.training_panel
    ubn = _create(panel, qtbot, "工業館：中小型製造業")
    assert panel.status.text() == (
        f"已建立練習用會員：統一編號 {ubn}，登入方式列在示範資料最上面。"
    )
    text = panel.people_view.toPlainText().split("\n")[:2]
    assert text[0].startswith("練習用會員：")
    assert text[0].endswith("（工業館：中小型製造業）")
    assert f"統一編號 {ubn}" in text[1]
    assert "已插入讀卡機" in text[1]
    # The card that logs the member in is in the training reader already.
    assert panel.inserted_kind is not None
    text = text[1]

    window.start_page.login_button.click()
    page = window.pages.currentWidget()
    assert isinstance(page, MemberLoginPage)
    qtbot.keyClicks(page.ubn.edit, ubn)
    qtbot.keyClick(page.ubn.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(page.method_radios), timeout=WAIT_MS)
    page.choose(VerificationMethod(f"{panel.inserted_kind}_card"))
    card_panel = page.card_panel
    assert card_panel is not None
    qtbot.waitUntil(
        lambda: page.next_button.isEnabled() and "有效期間" in card_panel.card_label.text(),
        timeout=WAIT_MS,
    )
    page.next_button.click()
    qtbot.waitUntil(lambda: card_panel.pin_dialog is not None, timeout=WAIT_MS)
    pin = text.split("PIN ")[1].split("，")[0]
    assert pin.isdigit()
    qtbot.keyClicks(card_panel.pin_dialog.pin_edit, pin)
    card_panel.pin_dialog.ok_button.click()
    qtbot.waitUntil(lambda: isinstance(window.pages.currentWidget(), MemberArea), timeout=WAIT_MS)
    area = window.pages.currentWidget()
    qtbot.waitUntil(lambda: area.snapshot is not None, timeout=WAIT_MS)
    assert "200,000" in area.overview.balance_label.text()


def test_each_kind_is_offered_and_a_failure_is_said_in_the_box(
    training_window: Any, qtbot: QtBot
) -> None:
    window = training_window
    window.panel_button.click()
    panel = window.training_panel
    box = panel.practice_member
    labels = [box.kind_choice.itemText(i) for i in range(box.kind_choice.count())]
    assert labels[1] == "工業館：中小型製造業"
    assert len(set(labels)) == len(labels) == 5
    # Spend the budget from the panel: the platform then makes no member with points.
    programme = panel.programme_tab
    with qtbot.waitSignal(programme.changed, timeout=WAIT_MS):
        programme.apply({"budget_exhausted": True}, "")
    panel.tabs.setCurrentWidget(panel.people_tab)
    box.kind_choice.setCurrentIndex(0)
    box.create_button.click()
    qtbot.waitUntil(box.create_button.isEnabled, timeout=WAIT_MS)
    assert "目前不受理點數申請" in panel.status.text()
    assert not panel.people_view.toPlainText().startswith("練習用會員")
    assert not panel.inserted_kind


def test_the_vendor_tab_says_when_there_are_no_orders(training_window: Any, qtbot: QtBot) -> None:
    window = training_window
    window.panel_button.click()
    panel = window.training_panel
    panel.tabs.setCurrentWidget(panel.order_list.parentWidget())
    panel.refresh_orders()
    qtbot.waitUntil(panel.no_orders.isVisible, timeout=WAIT_MS)
    assert "練習用會員" in panel.no_orders.text()
    order = VendorOrder(
        "20261207090000000001",
        "16480894",
        "雲端示範",
        "雲翔進銷存雲",
        "年方案",
        30000,
        "awaiting_vendor",
        "資訊服務廠商確認中",
        ("confirm", "decline"),
    )
    panel._show_orders([order])
    assert not panel.no_orders.isVisible()
    assert panel.vendor_buttons["confirm"].isEnabled()


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshot_practice_member_at_1280x720(
    qtbot: QtBot, memory_keyring: Any, screenshot_dir: Path, language: str
) -> None:
    """The box's answer scrolls the data tab instead of squeezing the programme controls."""
    screen = SCREENS["1280x720"]
    available = _available(screen)
    window = open_training_window(qtbot, language)
    try:
        window.resize(initial_window_size(available, True, window.minimumSize()))
        window.move(0, 0)
        window.panel_button.click()
        panel = window.training_panel
        main, beside = dock_beside(window.frameGeometry(), available, window.minimumWidth())
        window.setGeometry(main)
        panel.setGeometry(beside)
        box = panel.practice_member
        panel.tabs.setCurrentWidget(panel.people_tab)
        box.kind_choice.setCurrentIndex(1)
        with qtbot.waitSignal(box.created, timeout=WAIT_MS):
            box.create_button.click()
        with contextlib.suppress(QtTimeoutError):
            qtbot.waitUntil(lambda: _clipped(panel) == [], timeout=2000)
        assert _clipped(panel) == []
        assert panel.geometry().bottom() <= available.bottom(), panel.minimumSizeHint()
        path = screenshot_dir / f"training_practice_member_{language}.png"
        assert _composite(window, panel, screen).save(str(path))
    finally:
        window.shutdown()
