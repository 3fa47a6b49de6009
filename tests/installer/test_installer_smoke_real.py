"""The smoke self-check against the real main window and embedded training platform."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from ui import smoke
from ui.application import create_application
from ui.launch import run
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
        window.backends.start()
        qtbot.waitUntil(lambda: bool(codes), timeout=90_000)
    finally:
        window.shutdown()
    assert codes == [0], test.report
    assert test.report["platform_url"].startswith("http://127.0.0.1:")
    assert test.report["platform_url"].endswith("/api/v1")


def test_the_client_runs_its_smoke_test_when_asked(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``ui.launch.run`` schedules the self-check: it exits 0 on its own."""
    monkeypatch.setenv(smoke.ENV_VAR, "1")
    monkeypatch.setenv(smoke.TIMEOUT_ENV_VAR, "90")
    # A stuck event loop must fail the test, not hang it.
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(120_000)
    try:
        assert run(OPTIONS) == 0
    finally:
        guard.stop()
    line = capsys.readouterr().out.strip().splitlines()[-1]
    report = json.loads(line.removeprefix(smoke.REPORT_PREFIX))
    assert report["ok"] is True
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            qtbot.addWidget(widget)
