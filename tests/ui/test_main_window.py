"""The main window opens on the start page, in training mode when no platform is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from app.cli import LaunchOptions
from ui.application import create_application
from ui.main_window import MainWindow


def options(**overrides: object) -> LaunchOptions:
    return LaunchOptions(**overrides)  # type: ignore[arg-type]


def make_window(qtbot: QtBot, **overrides: object) -> MainWindow:
    create_application(options(**overrides))
    window = MainWindow(options(**overrides))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_start_page_offers_the_three_entry_points(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    page = window.start_page
    assert window.pages.currentWidget() is page
    assert page.new_button.accessibleName() == "新申請"
    assert page.login_button.accessibleName() == "會員登入"
    assert page.help_button.accessibleName() == "說明與診斷"
    with qtbot.waitSignal(page.new_application_requested, timeout=1000):
        page.new_button.click()


def test_training_banner_only_without_a_platform(qtbot: QtBot) -> None:
    training = make_window(qtbot)
    assert training.training_banner.isVisible()
    real = make_window(qtbot, platform_url="https://platform.example/api/v1")
    assert not real.training_banner.isVisible()
    assert "https://platform.example/api/v1" in real.start_page.platform_status.text()


def test_privacy_flag_shows_the_indicator(qtbot: QtBot) -> None:
    window = make_window(qtbot, privacy=True)
    assert window.privacy_banner.isVisible()


def test_training_platform_starts_without_blocking_and_answers(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    outcome: list[str] = []
    window.platform_ready.connect(lambda url: outcome.append(f"ready {url}"))
    window.platform_failed.connect(lambda text: outcome.append(f"failed {text}"))
    window.start_training_platform()
    # The call returned at once: the GUI thread is free while the platform starts.
    assert window.platform_url is None
    qtbot.waitUntil(lambda: bool(outcome), timeout=30000)
    assert outcome[0].startswith("ready "), outcome
    base_url = outcome[0].removeprefix("ready ")
    assert base_url.startswith("http://127.0.0.1:")
    import requests

    answer = requests.get(f"{base_url}/categories", timeout=10)
    assert answer.status_code == 200
    assert len(answer.json()["items"]) == 15
    # The platform is a child process, not a thread of the client.
    from ui.training.platform_process import TrainingPlatformProcess

    platform = window.platform
    assert isinstance(platform, TrainingPlatformProcess)
    assert platform.pid is not None
    assert platform.pid != os.getpid()
    window.shutdown()
    assert platform.pid is None


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshot_start_page(qtbot: QtBot, screenshot_dir: Path, language: str) -> None:
    window = make_window(qtbot, language=language)
    status = QCoreApplication.translate("MainWindow", "已連線到訓練平台（{url}）")
    window.start_page.set_platform_status(status.format(url="http://127.0.0.1:8765/api/v1"))
    qtbot.wait(50)
    path = screenshot_dir / f"start_page_{language}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_pages_load_after_the_window_and_in_the_background() -> None:
    """The wizard, member area and card worker are not imported before the window
    exists, and load on a worker thread once asked."""
    import subprocess
    import sys

    code = (
        "import sys, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from app.cli import LaunchOptions\n"
        "from ui.main_window import MainWindow, _PAGE_MODULES\n"
        "w = MainWindow(LaunchOptions(platform_url='https://platform.example/api/v1'))\n"
        "before = [m for m in _PAGE_MODULES if m in sys.modules]\n"
        "w.load_pages_in_background()\n"
        "end = time.time() + 30\n"
        "while time.time() < end and not all(m in sys.modules for m in _PAGE_MODULES):\n"
        "    app.processEvents(); time.sleep(0.01)\n"
        "print(len(before), all(m in sys.modules for m in _PAGE_MODULES))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=90,
        check=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert out.stdout.split()[-2:] == ["0", "True"], out.stdout + out.stderr


def test_background_loaders_pause_collection_until_the_last_one_ends() -> None:
    import gc

    from ui.main_window import _NoCollectionPauses

    pauses = _NoCollectionPauses()
    assert gc.isenabled()
    frozen_before = gc.get_freeze_count()
    kept = [[] for _ in range(1000)]  # built while loading: frozen afterwards
    with pauses():
        assert not gc.isenabled()
        with pauses():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the other loader still runs
    assert gc.isenabled()
    assert gc.get_freeze_count() >= frozen_before + len(kept)
    gc.unfreeze()
