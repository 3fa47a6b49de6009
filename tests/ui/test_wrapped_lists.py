"""Every list whose items wrap their words shows each item whole: no last line cut, no "…",
nothing beyond the list's right edge; in either language, narrow and wide."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from painted import cut_items
from PySide6.QtWidgets import QApplication, QListWidget, QWidget
from pytestqt.qtbot import QtBot

from app.platform.client import PlatformClient
from app.platform.models import Notification
from app.subsidy import CalendarOverrides, WorkCalendar
from ui.application import install_translation
from ui.async_bridge import background_pool
from ui.member.centre_pages import NotificationsPage
from ui.member.orders_page import OrderDetail
from ui.member.overview import OverviewPage
from ui.style import STYLE_SHEET
from ui.support.help_page import HelpPage
from ui.training.panel import TrainingPanel

CALENDAR = WorkCalendar(frozenset(), CalendarOverrides())

# Lines as the pages write them: Chinese, English, both, and a Latin line under a Chinese one
# (painted as tall as the Chinese line above it).
TEXTS = (
    "訂單已成立",
    "資訊服務廠商已確認接單，請於期限內支付自付額，逾期訂單將自動取消並退回點數",
    "The vendor accepted order O0001: pay the self-pay share before the deadline, "
    "counted in Taiwan working days, or the order is cancelled",
    "點數已核發　2026-01-02 11:04\nPoints granted to 雲端示範股份有限公司 (UBN 24536806)",
    "【未讀】申請已核准　2026-01-02 11:04\n"
    "您的數位轉型補助申請已核准，點數 30,000 點已核發至會員帳號，請於首次使用期限內使用",
)


def _notifications() -> tuple[QWidget, QListWidget]:
    page = NotificationsPage()
    at = datetime(2026, 1, 2, 3, 4, tzinfo=UTC)
    notes = [
        Notification(id=f"N{i}", at=at, kind="order", title=f"第{i}則", body=text, read=bool(i % 2))
        for i, text in enumerate(TEXTS)
    ]
    page.show_notifications(notes)
    return page, page.list


def _filled(page: QWidget, view: QListWidget) -> tuple[QWidget, QListWidget]:
    view.addItems(TEXTS)
    return page, view


def _overview() -> tuple[QWidget, QListWidget]:
    page = OverviewPage(CALENDAR)
    return _filled(page, page.notes)


def _timeline() -> tuple[QWidget, QListWidget]:
    page = OrderDetail(CALENDAR)
    page.timeline_box.show()  # as for a chosen order
    return _filled(page, page.timeline)


def _help() -> tuple[QWidget, QListWidget]:
    page = HelpPage()
    return _filled(page, page.methods)


def _in_view(panel: TrainingPanel, view: QListWidget) -> QListWidget:
    """``view`` with the panel's tab that holds it shown."""
    tabs = panel.tabs
    tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.widget(i).isAncestorOf(view)))
    return view


def _training(
    view: Callable[[TrainingPanel], QListWidget],
) -> Callable[[], tuple[QWidget, QListWidget]]:
    def make() -> tuple[QWidget, QListWidget]:
        panel = TrainingPanel(PlatformClient("http://127.0.0.1:9/api/v1"))
        return _filled(panel, _in_view(panel, view(panel)))

    return make


def _lesson_steps() -> tuple[QWidget, QListWidget]:
    """The steps of every lesson in one list, each with its check box."""
    panel = TrainingPanel(PlatformClient("http://127.0.0.1:9/api/v1"))
    steps = []
    for row in range(panel.lesson_choice.count()):
        panel.lesson_choice.setCurrentIndex(row)
        steps += [panel.lesson_steps.item(i).clone() for i in range(panel.lesson_steps.count())]
    panel.lesson_steps.clear()
    for step in steps:
        panel.lesson_steps.addItem(step)
    return panel, _in_view(panel, panel.lesson_steps)


LISTS: dict[str, Callable[[], tuple[QWidget, QListWidget]]] = {
    "我的通知": _notifications,
    "總覽的我的通知": _overview,
    "訂單狀態歷程": _timeline,
    "說明的驗證方式": _help,
    "訓練的課程步驟": _lesson_steps,
    "訓練的手機交易": _training(lambda panel: panel.transactions),
    "訓練的廠商訂單": _training(lambda panel: panel.order_list),
}


@pytest.mark.parametrize("language", ["zh_TW", "en"])
@pytest.mark.parametrize("name", list(LISTS))
def test_wrapped_list_items_are_painted_whole(
    qtbot: QtBot, qapp: QApplication, name: str, language: str
) -> None:
    """At every width from narrow to wide: a line that only just fits at one width is cut
    at no other."""
    install_translation(qapp, language)
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        page, view = LISTS[name]()
        qtbot.addWidget(page)
        page.show()
        qtbot.waitExposed(page)
        assert view.count() >= len(TEXTS)
        for width in range(340, 960, 20):
            page.resize(width, 900)
            # a resized list lays its items out again a moment later
            qtbot.waitUntil(lambda: not cut_items(view), timeout=3000)
            assert not view.horizontalScrollBar().isVisible(), width
    finally:
        qapp.setStyleSheet("")
        background_pool().waitForDone(5000)
