"""The Qt binding in the lock file must not corrupt the interpreter.

PySide6 6.12.0 dropped a reference to ``True`` on every ``Signal.emit()``; a few thousand
signals later the process aborted with "bool_dealloc". The client emits signals all the
time (card monitor, workers, timers), so the pinned version is checked here.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication


class _Emitter(QObject):
    plain = Signal()
    with_value = Signal(object)


def test_signals_do_not_leak_references_to_true_or_false(qapp: QApplication) -> None:
    # the shared QApplication: a QCoreApplication made here would break every later
    # widget test in the same process
    assert qapp is not None
    emitter = _Emitter()
    received: list[object] = []
    emitter.with_value.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(300):
        emitter.plain.emit()
        emitter.with_value.emit(None)
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert len(received) == 300
    # A few references may come and go with the interpreter's own work; a leak per
    # emit shows as hundreds.
    assert abs(after[0] - before[0]) < 50, (before, after)
    assert abs(after[1] - before[1]) < 50, (before, after)
