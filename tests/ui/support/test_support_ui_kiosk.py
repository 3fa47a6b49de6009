"""Shared-PC mode: the idle timer fed by real input events, the warning, "end session"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from app.platform.tokens import TokenStore
from app.storage.drafts import DraftStore
from app.storage.secrets import SecretStore
from app.support.kiosk import SessionJanitor, WipeReport
from ui.support.kiosk import END_SESSION_SHORTCUT, KioskController

PLATFORM = "127.0.0.1:8765"
UBN = "16480894"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _kiosk(qtbot: QtBot, clock: Clock, resets: list[str]) -> tuple[KioskController, QLineEdit]:
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    kiosk = KioskController(
        lambda: SessionJanitor(PLATFORM),
        idle_seconds=600,
        warning_seconds=60,
        reset_ui=lambda: resets.append("reset"),
        clock=clock,
        tick_ms=50,
        parent=edit,
    )
    kiosk.start()
    return kiosk, edit


def test_input_anywhere_keeps_the_session_alive(qtbot: QtBot) -> None:
    clock, resets = Clock(), list[str]()
    kiosk, edit = _kiosk(qtbot, clock, resets)
    clock.now += 545
    with qtbot.waitSignal(kiosk.warning_shown, timeout=2000):
        pass
    dialog = kiosk.dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert "55 秒後將結束使用" in dialog.message.text()
    clock.now += 10
    qtbot.waitUntil(lambda: "45 秒" in dialog.message.text(), timeout=2000)

    qtbot.keyClick(edit, Qt.Key.Key_A)  # a key press in any window counts

    assert not dialog.isVisible()
    assert kiosk.idle.remaining() == 600
    clock.now += 300
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    assert kiosk.idle.remaining() == 600
    assert resets == []
    kiosk.stop()


def test_continue_button_and_idle_timeout(qtbot: QtBot, memory_keyring: object) -> None:
    secrets = SecretStore()
    TokenStore(secrets).save(PLATFORM, UBN, "token-of-the-applicant")
    draft = DraftStore(PLATFORM, secrets=secrets, debounce_seconds=0).open(UBN)
    draft.save("basic", "contact_name", "歐陽靖")
    draft.flush()
    clock, resets = Clock(), list[str]()
    kiosk, _edit = _kiosk(qtbot, clock, resets)
    clock.now += 590
    qtbot.waitUntil(lambda: kiosk.dialog is not None and kiosk.dialog.isVisible(), timeout=2000)
    assert kiosk.dialog is not None
    qtbot.mouseClick(kiosk.dialog.continue_button, Qt.MouseButton.LeftButton)
    assert not kiosk.dialog.isVisible()
    assert kiosk.idle.remaining() == 600

    QGuiApplication.clipboard().setText("copied by the applicant")
    clock.now += 601
    with qtbot.waitSignal(kiosk.session_ended, timeout=2000) as blocker:
        pass
    report = blocker.args[0]
    assert isinstance(report, WipeReport)
    assert report.ok
    assert report.drafts_removed == 1
    assert resets == ["reset"]
    assert QGuiApplication.clipboard().text() == ""
    assert TokenStore(secrets).load(PLATFORM, UBN) is None
    assert secrets.accounts() == []
    assert not kiosk.dialog.isVisible()
    assert kiosk.idle.remaining() == 600
    kiosk.stop()


def test_end_session_action_and_failures(qtbot: QtBot, support_home: Path) -> None:
    clock, resets = Clock(), list[str]()
    kiosk, _edit = _kiosk(qtbot, clock, resets)
    assert kiosk.end_action.shortcut().toString() == END_SESSION_SHORTCUT

    with qtbot.waitSignal(kiosk.session_ended, timeout=1000) as blocker:
        kiosk.end_action.trigger()
    assert blocker.args[0].ok
    assert resets == ["reset"]

    def broken() -> None:
        raise RuntimeError("page busy")

    stuck = KioskController(lambda: SessionJanitor(PLATFORM), idle_seconds=60, reset_ui=broken)
    assert stuck.idle.warning == 30
    with qtbot.waitSignal(stuck.session_ended, timeout=1000) as blocker:
        stuck.end_session()
    report = blocker.args[0]
    assert not report.ok
    assert report.failures == ("reset the window: RuntimeError",)

    def unusable() -> SessionJanitor:
        raise ValueError("not a platform address")

    failing = KioskController(unusable, idle_seconds=600)
    report = failing.end_session()
    assert report is not None
    assert report.failures == ("wipe: ValueError",)
    assert "未完成" in report.summary()

    nothing = KioskController(lambda: None, idle_seconds=60, warning_seconds=10)
    with qtbot.waitSignal(nothing.session_ended, timeout=1000) as blocker:
        assert nothing.end_session() is None
    assert blocker.args == [None]
    kiosk.stop()
