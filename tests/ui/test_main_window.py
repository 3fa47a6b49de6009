"""The main window opens on the start page, in training mode when no platform is set."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from painted import wait_painted
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from ui import main_window
from ui.application import create_application
from ui.main_window import MainWindow, is_loaded


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
    window.backends.start()
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
    # The platform is a child process of the back-ends, not a thread of the client.
    from ui.training.platform_process import TrainingPlatformProcess

    assert window.backends.training_platform is not None
    platform = window.backends.training_platform.process
    assert isinstance(platform, TrainingPlatformProcess)
    assert platform.pid is not None
    assert platform.pid != os.getpid()
    window.shutdown()
    assert platform.pid is None


def _platform_becomes_ready(window: MainWindow) -> None:
    """What the training platform says once it listens (no process needed here)."""
    platform = window.backends.training_platform
    assert platform is not None
    platform.ready.emit("http://127.0.0.1:9/api/v1")


def test_a_choice_clicked_while_the_training_platform_starts_opens_once_it_is_ready(
    qtbot: QtBot,
) -> None:
    from ui.member_login import MemberLoginPage

    window = make_window(qtbot)
    page = window.start_page
    page.new_button.click()
    page.login_button.click()  # the last choice is the one that opens
    assert window.pages.currentWidget() is page
    assert "會員登入" in page.platform_status.text()
    _platform_becomes_ready(window)
    qtbot.waitUntil(
        lambda: isinstance(window.pages.currentWidget(), MemberLoginPage), timeout=10000
    )
    assert window.wizard is None


def test_a_choice_asked_for_while_the_platform_starts_does_not_cover_a_page_opened_since(
    qtbot: QtBot,
) -> None:
    window = make_window(qtbot)
    window.start_page.login_button.click()
    window.pages.setCurrentWidget(window.loading_page)  # e.g. 說明與診斷, opened meanwhile
    _platform_becomes_ready(window)
    assert window.pages.currentWidget() is window.loading_page


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshot_start_page(qtbot: QtBot, screenshot_dir: Path, language: str) -> None:
    window = make_window(qtbot, language=language)
    status = QCoreApplication.translate("MainWindow", "已連線到訓練平台（{url}）")
    window.start_page.set_platform_status(status.format(url="http://127.0.0.1:8765/api/v1"))
    wait_painted(qtbot, window)
    path = screenshot_dir / f"start_page_{language}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


@pytest.mark.parametrize("width", [800, 864, 950])
@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_start_page_choices_show_their_whole_text(qtbot: QtBot, language: str, width: int) -> None:
    """Each choice's title and detail show whole at the window's minimum width, in training
    mode's first width on a 1280-pixel screen and on a 1366-pixel one: the detail wraps."""
    try:
        window = make_window(qtbot, language=language)
        window.resize(width, 760)
        qtbot.waitUntil(lambda: window.width() == width)
        page = window.start_page
        for button in (page.new_button, page.login_button, page.help_button):
            qtbot.waitUntil(lambda b=button: b.height() >= b.heightForWidth(b.width()))
            for label in (button.title_label, button.detail_label):
                inside = label.geometry()
                assert button.rect().contains(inside), (label.text(), inside, button.rect())
                needed = label.heightForWidth(label.width()) if label.wordWrap() else 0
                assert label.height() >= needed, label.text()
                widest = max(
                    label.fontMetrics().horizontalAdvance(word) for word in label.text().split()
                )
                assert widest <= label.width(), label.text()
            assert button.accessibleName() == button.title_label.text()
            assert button.accessibleDescription() == button.detail_label.text()
    finally:
        create_application(options(language="zh_TW"))


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshot_loading_page(qtbot: QtBot, screenshot_dir: Path, language: str) -> None:
    window = make_window(qtbot, language=language, platform_url="https://platform.example/api/v1")
    window.loading_page.show_title(QCoreApplication.translate("MainWindow", "新申請"))
    window.pages.setCurrentWidget(window.loading_page)
    wait_painted(qtbot, window)
    path = screenshot_dir / f"loading_page_{language}.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 5_000


def test_a_page_whose_modules_are_not_loaded_shows_the_loading_page_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tcloud_page_under_test.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "tcloud_page_under_test", raising=False)
    window = make_window(qtbot, platform_url="https://platform.example/api/v1")
    shown: list[bool] = []
    window.open_page_when_loaded(("tcloud_page_under_test",), "新申請", lambda: shown.append(True))
    # The click is answered at once by the loading page; the module loads on a worker.
    assert window.pages.currentWidget() is window.loading_page
    assert window.loading_page.title.text() == "新申請"
    assert shown == []
    qtbot.waitUntil(lambda: shown == [True], timeout=10000)
    # Loaded once: the next time the page is shown at once.
    window.open_page_when_loaded(("tcloud_page_under_test",), "新申請", lambda: shown.append(True))
    assert shown == [True, True]


def _page_module(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> str:
    """A module of a page that is not imported yet (``tmp_path`` on the import path)."""
    (tmp_path / f"{name}.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


def test_resting_on_a_choice_or_tabbing_to_it_loads_its_page_ahead(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, platform_url="https://platform.example/api/v1")
    page = window.start_page
    hovered = _page_module(tmp_path, monkeypatch, "tcloud_hovered_page")
    tabbed = _page_module(tmp_path, monkeypatch, "tcloud_tabbed_page")
    clicked = _page_module(tmp_path, monkeypatch, "tcloud_focused_by_click_page")
    monkeypatch.setitem(window.choice_modules, page.new_button, (hovered,))
    monkeypatch.setitem(window.choice_modules, page.login_button, (tabbed,))
    monkeypatch.setitem(window.choice_modules, page.help_button, (clicked,))

    QApplication.sendEvent(page.new_button, QEvent(QEvent.Type.Enter))
    QApplication.sendEvent(
        page.login_button, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.TabFocusReason)
    )
    # Focus that arrives by itself (the window opening) is no sign of a choice.
    QApplication.sendEvent(
        page.help_button, QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason)
    )
    qtbot.waitUntil(lambda: is_loaded(hovered) and is_loaded(tabbed) and gc.isenabled())
    assert clicked not in sys.modules
    assert window.pages.currentWidget() is page  # nothing is shown until it is chosen


def test_a_module_still_importing_on_a_worker_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    name = "tcloud_page_importing"
    started, release = threading.Event(), threading.Event()
    monkeypatch.setattr(sys, "_tcloud_import_gate", (started, release), raising=False)
    (tmp_path / f"{name}.py").write_text(
        "import sys\nstarted, release = sys._tcloud_import_gate\nstarted.set()\nrelease.wait(10)\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, name, raising=False)
    worker = threading.Thread(target=__import__, args=(name,))
    worker.start()
    try:
        assert started.wait(10)
        assert name in sys.modules
        assert not is_loaded(name)
    finally:
        release.set()
        worker.join(10)
    assert is_loaded(name)


def test_a_page_that_cannot_load_returns_to_the_start_page_and_says_so(qtbot: QtBot) -> None:
    window = make_window(qtbot, platform_url="https://platform.example/api/v1")
    shown: list[bool] = []
    window.open_page_when_loaded(
        ("tcloud_no_such_page_module",), "會員登入", lambda: shown.append(True)
    )
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start_page, timeout=10000)
    assert shown == []
    assert "無法開啟「會員登入」" in window.start_page.platform_status.text()


def test_going_back_forgets_a_page_still_loading(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tcloud_slow_page.py").write_text(
        "import time\ntime.sleep(0.3)\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "tcloud_slow_page", raising=False)
    window = make_window(qtbot, platform_url="https://platform.example/api/v1")
    answered: list[str] = []  # the loader's answer, once it has reached the window
    real_run_in_background = main_window.run_in_background

    def run_and_note(work: Any, on_result: Any, on_error: Any) -> None:
        real_run_in_background(
            work,
            lambda result: (on_result(result), answered.append("loaded")),
            lambda error: (on_error(error), answered.append("failed")),
        )

    monkeypatch.setattr(main_window, "run_in_background", run_and_note)
    shown: list[bool] = []
    window.open_page_when_loaded(("tcloud_slow_page",), "新申請", lambda: shown.append(True))
    window.close_wizard()  # what a kiosk session end or a training reset does
    qtbot.waitUntil(lambda: answered == ["loaded"], timeout=10000)
    assert shown == []
    assert window.pages.currentWidget() is window.start_page


def test_background_loaders_pause_collection_until_the_last_one_ends() -> None:
    from ui.async_bridge import NoCollectionPauses

    pauses = NoCollectionPauses()
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
