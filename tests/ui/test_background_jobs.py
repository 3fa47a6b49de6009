"""Background jobs never queue behind jobs that wait: for the person, or on the network.

A login or a signing waits on a worker while the PIN dialog or the phone approval is open,
perhaps for minutes; a call to a platform that does not answer waits for its deadline.
Qt's global pool has one thread per core (two on many office PCs), so two such waits used
to hold back every later job: a refresh, a status check, the next page's data.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from pytestqt.qtbot import QtBot

from ui.async_bridge import (
    BACKGROUND_THREADS,
    background_pool,
    install_gui_invoker,
    run_in_background,
    wait_for_gui,
)

WAIT_MS = 10_000


def _collect(results: list[object]) -> tuple[Callable[[object], None], Callable[[Any], None]]:
    return results.append, results.append


def test_jobs_waiting_for_the_person_do_not_hold_back_other_jobs(qtbot: QtBot) -> None:
    install_gui_invoker()
    answers: list[Callable[[object], None]] = []
    waiting = BACKGROUND_THREADS + 2  # more than the pool has threads

    def ask(ok: Callable[[object], None], _fail: Callable[[BaseException], None]) -> None:
        answers.append(ok)  # a dialog left open: answered only at the end of the test

    finished: list[object] = []
    for _ in range(waiting):
        run_in_background(lambda: wait_for_gui(ask), *_collect(finished))
    qtbot.waitUntil(lambda: len(answers) == waiting, timeout=WAIT_MS)

    refreshed: list[object] = []
    run_in_background(lambda: "refreshed", *_collect(refreshed))
    try:
        qtbot.waitUntil(lambda: refreshed == ["refreshed"], timeout=WAIT_MS)
    finally:
        for answer in answers:
            answer("PIN entered")
        qtbot.waitUntil(lambda: len(finished) == waiting, timeout=WAIT_MS)
    assert finished == ["PIN entered"] * waiting
    assert background_pool().activeThreadCount() == 0


def test_calls_waiting_on_the_network_do_not_hold_back_another_call(qtbot: QtBot) -> None:
    slow = BACKGROUND_THREADS - 1  # every thread but one busy with a platform that is slow
    platform_answers = threading.Event()
    finished: list[object] = []
    for _ in range(slow):
        run_in_background(lambda: platform_answers.wait(WAIT_MS / 1000), *_collect(finished))

    refreshed: list[object] = []
    run_in_background(lambda: "refreshed", *_collect(refreshed))
    try:
        qtbot.waitUntil(lambda: refreshed == ["refreshed"], timeout=WAIT_MS)
        assert len(finished) == 0, "the slow calls were still waiting"
    finally:
        platform_answers.set()
        qtbot.waitUntil(lambda: len(finished) == slow, timeout=WAIT_MS)


def test_a_late_answer_for_a_window_already_deleted_is_dropped(qtbot: QtBot) -> None:
    """A call still running when its window is deleted (the training panel at shutdown)
    answers a signal whose object is gone: dropped, not raised in the event loop."""
    from PySide6.QtCore import QObject, Signal
    from shiboken6 import Shiboken

    class Window(QObject):
        message = Signal(str)

    window = Window()
    release = threading.Event()
    answered: list[str] = []

    def work() -> None:
        release.wait(5)
        raise OSError("the platform did not answer")

    def failed(error: BaseException) -> None:
        answered.append("failed")
        window.message.emit(str(error))

    run_in_background(work, lambda _r: None, failed)
    Shiboken.delete(window)
    release.set()
    qtbot.waitUntil(lambda: answered == ["failed"], timeout=5000)
