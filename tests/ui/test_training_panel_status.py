"""The panel's status line under its tabs: messages of one and two lines in turn do not move
the tabs' buttons (清除訓練資料 jumped a line up and down under the pointer)."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.platform.client import PlatformClient
from ui.async_bridge import background_pool
from ui.training.panel import TrainingPanel

ONE_LINE = "已換成有按鍵的讀卡機。"
TWO_LINES = (
    "已前進 32 天到 116年1月7日。生效的期限：雲端示範股份有限公司（測試）：點數首次使用期限已過"
)


def test_messages_of_one_and_two_lines_leave_the_tabs_where_they_are(qtbot: QtBot) -> None:
    panel = TrainingPanel(PlatformClient("http://127.0.0.1:9/api/v1"))
    qtbot.addWidget(panel)
    panel.resize(400, 700)
    panel.show()
    qtbot.waitExposed(panel)
    tabs = panel.findChild(QTabWidget)
    assert tabs is not None
    layout = panel.layout()
    assert layout is not None

    def tabs_height_with(message: str) -> int:
        panel.message.emit(message)
        layout.activate()
        return tabs.height()

    first = tabs_height_with(TWO_LINES)
    assert panel.status.height() > panel.status.fontMetrics().height() * 3 // 2  # two lines
    assert tabs_height_with(ONE_LINE) == first
    assert tabs_height_with(TWO_LINES) == first
    assert tabs_height_with("") == first
    # Nothing of this panel keeps running into the next test (its tab refresh on a worker).
    panel.refresh_timer.stop()
    panel.hide()
    qtbot.waitUntil(lambda: background_pool().activeThreadCount() == 0, timeout=10000)
