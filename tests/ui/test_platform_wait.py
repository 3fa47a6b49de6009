"""Any platform call running over a second shows a wait with 取消, which ends the call."""

from __future__ import annotations

import sys
import time
import types

import pytest
from hostile_http import answer, hostile_server, silent
from painted import EventCounter
from PySide6.QtCore import QEvent, Qt
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from app.platform.client import PlatformClient
from app.platform.errors import CallCancelled
from app.platform.tokens import TokenStore
from app.storage import SecretStore
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.main_window import MainWindow
from ui.widgets.platform_wait import (
    CallsInFlight,
    PlatformWait,
    cancel_calls_in_flight,
    oldest_call_started,
)


def _no_call_in_flight(qtbot: QtBot) -> None:
    """Calls left running by earlier tests' pages are ended first."""
    cancel_calls_in_flight()
    qtbot.waitUntil(lambda: oldest_call_started() is None, timeout=5000)


def _window(qtbot: QtBot) -> MainWindow:
    window = MainWindow(LaunchOptions(platform_url="https://platform.example/api/v1"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_slow_call_shows_a_wait_after_a_second_and_cancel_ends_it(qtbot: QtBot) -> None:
    window = _window(qtbot)
    wait = window.platform_wait
    assert isinstance(wait, PlatformWait)
    _no_call_in_flight(qtbot)
    with hostile_server(silent) as server:
        _wait_and_cancel(qtbot, wait, server.url)


def _wait_and_cancel(qtbot: QtBot, wait: PlatformWait, url: str) -> None:
    client = PlatformClient(url, tokens=TokenStore(SecretStore()))
    results: list[object] = []
    errors: list[BaseException] = []
    started = time.monotonic()
    run_in_background(lambda: client.lookup_applicant("16480894"), results.append, errors.append)

    qtbot.waitUntil(wait.isVisible, timeout=5000)
    assert time.monotonic() - started >= 1.0  # under a second: no wait to read
    assert "秒" in wait.text.text()
    assert wait.cancel_button.isVisible()
    assert wait.cancel_button.isEnabled()
    assert wait.cancel_button.accessibleName()

    clicked = time.monotonic()
    qtbot.mouseClick(wait.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(errors), timeout=2000)
    assert time.monotonic() - clicked < 1.0
    assert results == []
    assert isinstance(errors[0], CallCancelled)
    assert describe(errors[0]).title == "已取消"
    qtbot.waitUntil(lambda: not wait.isVisible(), timeout=2000)


def test_a_quick_call_shows_no_wait(qtbot: QtBot) -> None:
    window = _window(qtbot)
    _no_call_in_flight(qtbot)
    done: list[object] = []
    shown = EventCounter(QEvent.Type.Show)
    window.platform_wait.installEventFilter(shown)
    with hostile_server(answer(200, b"{}")) as server:
        client = PlatformClient(server.url, tokens=TokenStore(SecretStore()))
        run_in_background(lambda: client.call_json("GET", "/ping"), done.append, done.append)
        qtbot.waitUntil(lambda: bool(done), timeout=5000)
    # Ended and no longer in flight: from here on nothing can show the wait.
    qtbot.waitUntil(lambda: oldest_call_started() is None, timeout=2000)
    window.platform_wait.refresh()
    assert shown.count == 0
    assert not window.platform_wait.isVisible()


def test_a_modal_signing_dialog_has_its_own_cancellable_wait(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    from ui.member.signing import SignedRequestDialog

    window = _window(qtbot)
    _no_call_in_flight(qtbot)
    with hostile_server(silent) as server:
        dialog = SignedRequestDialog(
            PlatformClient(server.url, tokens=TokenStore(SecretStore())),
            None,
            name="OrderTest",
            title="訂單",
            sign_text="簽章並送出",
            sending_text="送出中…",
            parent=window,
        )
        QVBoxLayout(dialog).addLayout(dialog.button_row())
        dialog.open()  # window-modal: the main window's wait is out of reach
        _wait_and_cancel(qtbot, dialog.platform_wait, server.url)
        dialog.reject()


def test_a_client_still_being_imported_on_a_worker_has_no_call_in_flight(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The wait's timer read the call list from a module another thread was still importing
    (a page's modules load on a worker): AttributeError on the GUI thread, every 200 ms."""
    from importlib.machinery import ModuleSpec

    importing = types.ModuleType("app.platform.guard")
    importing.__spec__ = ModuleSpec("app.platform.guard", None)
    importing.__spec__._initializing = True  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "app.platform.guard", importing)
    assert oldest_call_started() is None
    assert cancel_calls_in_flight() == 0


def test_the_wait_follows_the_calls_it_is_given(qtbot: QtBot) -> None:
    """Hidden under a second, counting after it, 正在取消 once cancelled, hidden when done."""
    now = [100.0]
    started: list[float | None] = [None]
    cancelled: list[float | None] = []

    def cancel_all() -> int:
        cancelled.append(started[0])
        return 1

    wait = PlatformWait(
        calls=CallsInFlight(
            oldest_started=lambda: started[0], cancel_all=cancel_all, clock=lambda: now[0]
        )
    )
    qtbot.addWidget(wait)
    wait.refresh()
    assert wait.isHidden()

    started[0] = 99.5
    wait.refresh()
    assert wait.isHidden()

    now[0] = 103.2
    wait.refresh()
    assert not wait.isHidden()
    assert "3" in wait.text.text()
    assert wait.cancel_button.isEnabled()

    wait.cancel()
    assert cancelled == [99.5]
    assert wait.text.text() == "正在取消…"
    assert not wait.cancel_button.isEnabled()

    started[0] = None
    wait.refresh()
    assert wait.isHidden()
