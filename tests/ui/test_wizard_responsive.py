"""The GUI thread never waits on the network or a card during a login.

Two checks: every HTTP request the client sends is recorded with its thread, and none may
be sent on the GUI thread by the program's own code (card I/O off the card thread already
raises ``OffCardThread``); and a 10 ms heartbeat on the GUI thread shows no freeze. The
heartbeat's bound leaves room for a loaded test machine (two cores shared with other
work stretch a tick to 100–200 ms); a blocking call to the platform or a card shows as
the request on the GUI thread whatever the machine's load.
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import Qt, QTimer

import ui
from sandbox.world import DEMO_APPLICANTS

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
MAX_GAP_SECONDS = 0.500
UI_FOLDER = str(Path(ui.__file__).parent)


@pytest.fixture
def gui_thread_requests(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """HTTP requests the program's UI code sent on the GUI thread (method, URL, caller)."""
    sent_on_gui_thread: list[str] = []
    original = requests.Session.send

    def send(session: requests.Session, request: Any, **options: Any) -> Any:
        if threading.current_thread() is threading.main_thread():
            stack = traceback.extract_stack()
            callers = [f for f in stack if f.filename.startswith(UI_FOLDER)]
            if callers:
                sent_on_gui_thread.append(
                    f"{request.method} {request.url} from {callers[-1].filename}:{callers[-1].lineno}"
                )
        return original(session, request, **options)

    monkeypatch.setattr(requests.Session, "send", send)
    return sent_on_gui_thread


class Heartbeat:
    """Records the largest gap between 10 ms timer ticks on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.worst = 0.0
        self.beats = 0

    def _beat(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, now - self.last)
        self.last = now
        self.beats += 1

    def start(self) -> None:
        self.last = 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def test_the_request_check_sees_a_call_made_on_the_gui_thread(
    make_wizard: Any, gui_thread_requests: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check can fail: with the pages' background runner made inline (a GUI thread
    that waits on the network), the UBN lookup's request is caught."""
    import ui.wizard.base

    def inline(work: Any, on_result: Any, on_error: Any) -> None:
        try:
            result = work()
        except Exception as error:  # handed on, as the real runner does
            on_error(error)
        else:
            on_result(result)

    monkeypatch.setattr(ui.wizard.base, "run_in_background", inline)
    driver = make_wizard()
    driver.choose(SME.ubn, "moeaca_card")
    assert any("/applicants/" in sent for sent in gui_thread_requests), gui_thread_requests


def test_card_login_never_blocks_the_gui_thread(
    make_wizard: Any, gui_thread_requests: list[str]
) -> None:
    driver = make_wizard()
    heartbeat = Heartbeat()
    heartbeat.start()
    page = driver.choose(SME.ubn, "moeaca_card")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)
    heartbeat.stop()
    assert heartbeat.beats >= 3, "the heartbeat ran during the login"
    assert gui_thread_requests == []
    assert heartbeat.worst < MAX_GAP_SECONDS, f"GUI thread stalled {heartbeat.worst * 1000:.0f} ms"


def test_mobile_login_never_blocks_the_gui_thread(
    make_wizard: Any, gui_thread_requests: list[str]
) -> None:
    driver = make_wizard()
    heartbeat = Heartbeat()
    heartbeat.start()
    page = driver.choose(SME.ubn, "moica_mobile")
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    driver.approve_phone()
    driver.wait_page("authorizations", timeout=30000)
    heartbeat.stop()
    assert gui_thread_requests == []
    assert heartbeat.worst < MAX_GAP_SECONDS, f"GUI thread stalled {heartbeat.worst * 1000:.0f} ms"
