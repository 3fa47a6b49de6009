"""The composition root starts what the back-ends run only after the window's first paint."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from ui.first_paint import after_first_paint


def test_the_action_waits_for_the_first_paint_and_runs_once(qtbot: QtBot) -> None:
    label = QLabel("臺灣雲市集")
    qtbot.addWidget(label)
    calls: list[str] = []
    after_first_paint(label, lambda: calls.append("started"))
    QApplication.processEvents()
    assert calls == [], "nothing painted yet: nothing started"
    label.show()
    qtbot.waitUntil(lambda: calls == ["started"])
    label.update()
    label.repaint()
    QApplication.processEvents()
    assert calls == ["started"], "started once, not at every paint"
