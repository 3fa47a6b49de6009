"""Shared-PC (kiosk) mode in the window: "end session", the idle timer and its warning.

An application-wide event filter feeds every key press, click and wheel turn to the
idle policy (``app.support.kiosk.IdleTimer``). A minute before the timeout a countdown
dialog offers to continue; when the time runs out, or someone presses "end session",
the window is reset to its start page and the :class:`SessionJanitor` wipes the
applicant's token, drafts, cache and keyring entries.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)

from app.support.kiosk import IdleTimer, SessionJanitor, WipeReport
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import column_layout

log = logging.getLogger(__name__)

END_SESSION_SHORTCUT = "Ctrl+Shift+E"
_ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class ActivityFilter(QObject):
    """Application-wide event filter that reports user input; never consumes events."""

    def __init__(self, on_activity: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_activity = on_activity

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Note input events and let them pass."""
        if event.type() in _ACTIVITY_EVENTS:
            self._on_activity()
        return False


class IdleWarningDialog(QDialog):
    """Counts down the last minute before the session ends."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("IdleWarningDialog")
        self.setWindowTitle(self.tr("即將結束使用"))
        self.setModal(False)
        self.message = wrapped_label("IdleCountdown")
        self.message.setMinimumWidth(360)
        note = wrapped_label(
            "Hint",
            text=self.tr(
                "為保護您的資料，時間到後會清除這台電腦上的申請草稿、登入狀態與暫存資料。"
            ),
        )
        self.buttons = QDialogButtonBox()
        self.continue_button = self.buttons.addButton(
            self.tr("繼續使用"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.end_button = self.buttons.addButton(
            self.tr("立即結束"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.continue_button.setDefault(True)
        self.continue_button.setAccessibleName(self.tr("繼續使用，不要結束"))
        self.end_button.setAccessibleName(self.tr("立即結束使用並清除資料"))
        column_layout(self, self.message, note, self.buttons)
        self.continue_button.clicked.connect(self.accept)

    def set_remaining(self, seconds: float) -> None:
        """Show how many seconds are left."""
        left = max(math.ceil(seconds), 0)
        text = self.tr("一段時間沒有操作，{n} 秒後將結束使用並清除資料。").format(n=left)
        self.message.setText(text)
        self.message.setAccessibleName(text)


JanitorFactory = Callable[[], SessionJanitor | None]


class KioskController(QObject):
    """Ends the session on request or after ``idle_seconds`` without input."""

    session_ended = Signal(object)
    warning_shown = Signal()

    def __init__(
        self,
        janitor: JanitorFactory,
        *,
        idle_seconds: float,
        warning_seconds: float = 60.0,
        reset_ui: Callable[[], None] | None = None,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 1000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._janitor = janitor
        self._reset_ui = reset_ui
        self._parent_widget = parent
        # A one-minute timeout still gets a warning: half of it.
        warning = min(warning_seconds, idle_seconds / 2)
        self.idle = IdleTimer(idle_seconds, warning=warning, clock=clock)
        self.dialog: IdleWarningDialog | None = None
        self._filter = ActivityFilter(self.note_activity, self)
        self._installed = False
        self._ending = False
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check_idle)
        self.end_action = QAction(self)
        self.end_action.setObjectName("EndSessionAction")
        self.end_action.setShortcut(QKeySequence(END_SESSION_SHORTCUT))
        self.end_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.retranslate()
        self.end_action.triggered.connect(self.end_session)

    def retranslate(self) -> None:
        """Set the action's texts in the current UI language."""
        self.end_action.setText(self.tr("結束使用並清除資料"))
        self.end_action.setToolTip(
            self.tr(
                "清除這位申請人在這台電腦上的草稿、登入狀態與暫存資料，回到首頁（{key}）"
            ).format(key=END_SESSION_SHORTCUT)
        )

    # --- life cycle --------------------------------------------------------------------
    def start(self) -> None:
        """Watch the whole application's input and start the idle clock."""
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self._filter)
            self._installed = True
        self.idle.touch()
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self._filter)
            self._installed = False
        self._close_dialog()

    # --- idle policy -------------------------------------------------------------------
    def note_activity(self) -> None:
        """The person did something: the idle clock starts again."""
        self.idle.touch()
        if self.dialog is not None and self.dialog.isVisible():
            self._close_dialog()

    def check_idle(self) -> None:
        """Called every tick: warn in the last minute, end the session at the timeout."""
        if self.idle.is_expired():
            log.info("kiosk session ended after %.0f s without input", self.idle.timeout)
            self.end_session()
        elif self.idle.should_warn():
            self._warn(self.idle.remaining())
        elif self.dialog is not None and self.dialog.isVisible():
            self._close_dialog()

    def _warn(self, remaining: float) -> None:
        if self.dialog is None:
            self.dialog = IdleWarningDialog(self._parent_widget)
            self.dialog.accepted.connect(self.note_activity)
            self.dialog.end_button.clicked.connect(self.end_session)
        self.dialog.set_remaining(remaining)
        if not self.dialog.isVisible():
            self.dialog.show()
            self.dialog.raise_()
            self.dialog.continue_button.setFocus()
            self.warning_shown.emit()

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.hide()

    # --- ending the session ------------------------------------------------------------
    def end_session(self) -> WipeReport | None:
        """Reset the window and wipe the applicant's traces; returns what was removed."""
        if self._ending:
            return None
        self._ending = True
        try:
            self._close_dialog()
            failures: list[str] = []
            try:
                self._clean_window()
            except Exception as exc:
                # The stored data must be wiped even when the window could not be reset.
                log.warning("kiosk window reset failed: %s", type(exc).__name__)
                failures.append(f"reset the window: {type(exc).__name__}")
            try:
                janitor = self._janitor()
                report = janitor.end_session() if janitor is not None else None
            except Exception as exc:
                # Say that the wipe failed rather than that the PC is clean.
                log.warning("kiosk wipe failed: %s", type(exc).__name__)
                report = WipeReport(None, 0, 0, (), (), (f"wipe: {type(exc).__name__}",))
            if report is not None and failures:
                report = replace(report, failures=(*failures, *report.failures))
            if report is not None and not report.ok:
                log.warning("kiosk clean-up incomplete: %s", "; ".join(report.failures))
            self.idle.touch()
            self.session_ended.emit(report)
            return report
        finally:
            self._ending = False

    def _clean_window(self) -> None:
        if self._reset_ui is not None:
            self._reset_ui()
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()
