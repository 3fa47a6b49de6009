"""The smoke self-check against the real main window and embedded training platform."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.cli import LaunchOptions
from ui import smoke
from ui.application import create_application
from ui.main_window import MainWindow

OPTIONS = LaunchOptions(
    platform_url=None,
    language="zh_TW",
    privacy=False,
    kiosk=False,
    idle_minutes=10,
    log_level="INFO",
)


def test_main_window_passes_the_smoke_test(qtbot: QtBot) -> None:
    create_application(OPTIONS)
    window = MainWindow(OPTIONS)
    qtbot.addWidget(window)
    codes: list[int] = []
    test = smoke.SmokeTest(window, 90, quit_app=codes.append)
    window.show()
    try:
        window.start_training_platform()
        qtbot.waitUntil(lambda: bool(codes), timeout=90_000)
    finally:
        window.shutdown()
    assert codes == [0], test.report
    assert test.report["platform_url"].startswith("http://127.0.0.1:")
    assert test.report["platform_url"].endswith("/api/v1")
