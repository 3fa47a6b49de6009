"""The training platform as the client's child process: persistence, reset, crash and restart."""

from __future__ import annotations

import os
import signal
from typing import Any

import requests
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.storage.paths import data_dir
from sandbox.world import DEMO_APPLICANTS
from tests.ui.conftest import open_training_window
from ui.training.platform_process import DATABASE_NAME, TrainingPlatformProcess

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")


def _member(base_url: str) -> str:
    answer = requests.post(
        f"{base_url}/_sandbox/scenarios", json={"name": "member_with_points"}, timeout=30
    )
    answer.raise_for_status()
    return str(answer.json()["ubn"])


def _clock(base_url: str) -> str:
    return str(requests.get(f"{base_url}/_sandbox/clock", timeout=10).json()["now"])


def test_training_data_survive_a_restart_of_the_client(qtbot: QtBot, memory_keyring: Any) -> None:
    first = open_training_window(qtbot)
    url = first.platform_url
    assert url is not None
    ubn = _member(url)
    requests.post(f"{url}/_sandbox/clock", json={"advance_days": 3}, timeout=10)
    moved = _clock(url)
    first.shutdown()
    assert (data_dir() / DATABASE_NAME).is_file()

    second = open_training_window(qtbot, pin_clock=False)  # the moved clock must survive
    try:
        again = second.platform_url
        assert again is not None
        looked_up = requests.get(f"{again}/applicants/{ubn}", timeout=10).json()
        assert looked_up["member"] is True
        assert _clock(again)[:10] == moved[:10]
    finally:
        second.shutdown()


def test_reset_training_data_asks_first_then_wipes_and_returns_to_the_start_page(
    training_window: Any, qtbot: QtBot
) -> None:
    window = training_window
    url = window.platform_url
    ubn = _member(url)
    window.panel_button.click()
    panel = window.training_panel
    assert panel.isVisible()
    window.open_wizard()
    assert window.pages.currentWidget() is window.wizard

    panel.reset_button.click()
    question = panel.reset_question
    assert question.isVisible()
    question.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: "沒有清除" in panel.status.text(), timeout=5000)
    assert requests.get(f"{url}/applicants/{ubn}", timeout=10).json()["member"] is True

    panel.reset_button.click()
    with qtbot.waitSignal(panel.data_reset, timeout=30000):
        panel.reset_question.button(QMessageBox.StandardButton.Yes).click()
    assert "已清除" in panel.status.text()
    assert window.pages.currentWidget() is window.start_page
    assert window.wizard is None
    looked_up = requests.get(f"{url}/applicants/{ubn}", timeout=10)
    assert looked_up.status_code == 404 or looked_up.json()["member"] is False


def test_a_killed_platform_is_reported_and_restarted_keeping_what_was_typed(
    training_window: Any, qtbot: QtBot
) -> None:
    window = training_window
    url = window.platform_url
    supervisor = window.backends.training_platform
    platform = supervisor.process
    assert isinstance(platform, TrainingPlatformProcess)
    ubn = _member(url)
    window.panel_button.click()
    window.open_wizard()
    wizard = window.wizard
    wizard.ubn_page.ubn.edit.setText(SME.ubn)
    pid = platform.pid
    assert pid is not None

    with (
        qtbot.waitSignal(supervisor.crashed, timeout=10000),
        qtbot.waitSignal(supervisor.restarted, timeout=60000) as restarted,
    ):
        os.kill(pid, signal.SIGKILL)
        qtbot.waitUntil(lambda: "意外停止" in window.platform_notice.text(), timeout=10000)
        assert window.platform_notice.isVisible()
        assert "意外停止" in window.training_panel.status.text()
    assert restarted.args == [url], "same address: every client object keeps working"
    assert platform.pid not in (None, pid)
    assert "已重新啟動" in window.platform_notice.text()
    # Once the platform is back the notice clears by itself.
    qtbot.waitUntil(lambda: not window.platform_notice.isVisible(), timeout=15000)
    assert window.platform_notice.text() == ""
    # Nothing on screen was lost, and the platform's data are still there.
    assert window.wizard is wizard
    assert wizard.ubn_page.ubn.edit.text() == SME.ubn
    assert requests.get(f"{url}/applicants/{ubn}", timeout=10).json()["member"] is True
    wizard.ubn_page.lookup_button.click()
    qtbot.waitUntil(lambda: bool(wizard.ubn_page.choices), timeout=20000)


def test_a_platform_that_cannot_start_is_reported_in_plain_words(
    qtbot: QtBot, memory_keyring: Any, monkeypatch: Any
) -> None:
    from tests.ui.conftest import training_options
    from ui.application import create_application
    from ui.main_window import MainWindow
    from ui.training import platform_process

    monkeypatch.setattr(
        platform_process,
        "platform_command",
        lambda database, port: ("/nonexistent/python", ["-m", "sandbox"]),
    )
    create_application(training_options())
    window = MainWindow(training_options())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.platform_failed, timeout=20000) as failed:
        window.backends.start()
    assert "無法啟動" in failed.args[0]
    assert "無法啟動" in window.start_page.platform_status.text()
    window.shutdown()
