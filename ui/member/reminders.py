"""Desktop reminders in the system tray; the member area's banner shows the current ones.

Reminders come from ``app.flows.member_deadlines.due_reminders``; each is announced once
per session (by its key), also while the window is minimised, because the tray message
does not depend on the window being visible.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from app.flows.member_deadlines import DeadlineName, Reminder
from ui.member.labels import countdown_text, day_text, deadline_name, points_amount


class ReminderNotifier(QObject):
    """Announces reminders that were not announced before."""

    def __init__(self, parent: QObject | None = None, *, use_tray: bool | None = None) -> None:
        super().__init__(parent)
        self._seen: set[str] = set()
        available = QSystemTrayIcon.isSystemTrayAvailable() if use_tray is None else use_tray
        self.tray: QSystemTrayIcon | None = None
        if available:
            self.tray = QSystemTrayIcon(self)
            style = QApplication.style()
            self.tray.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation))
            self.tray.setToolTip(self.tr("臺灣雲市集 會員中心"))
            self.tray.show()
        self.sent: list[tuple[str, str]] = []

    def text_of(self, reminder: Reminder) -> tuple[str, str]:
        """Title and body of one reminder."""
        view = reminder.deadline
        if reminder.order_id is not None:
            title = self.tr("訂單期限將至：{name}").format(name=deadline_name(view.name))
            body = self.tr("訂單 {id}：{day}截止（{countdown}）").format(
                id=reminder.order_id, day=day_text(view.due), countdown=countdown_text(view)
            )
        elif view.name is DeadlineName.FIRST_USE_BY:
            title = self.tr("請儘早使用點數")
            body = self.tr("{day}前未使用任何點數，{points}將全數返還系統。").format(
                day=day_text(view.due), points=points_amount(reminder.points or 0)
            )
        else:
            title = self.tr("點數即將到期")
            body = self.tr("{points}將於 {day} 到期，未使用的點數將被收回。").format(
                points=points_amount(reminder.points or 0), day=day_text(view.due)
            )
        return title, body

    def announce(self, reminders: Sequence[Reminder]) -> list[Reminder]:
        """Announce the new ones; returns what was announced now."""
        fresh = [r for r in reminders if r.key not in self._seen]
        for reminder in fresh:
            self._seen.add(reminder.key)
            title, body = self.text_of(reminder)
            self.sent.append((title, body))
            if self.tray is not None:
                self.tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Warning, 15000)
        return fresh

    def close(self) -> None:
        """Remove the tray icon."""
        if self.tray is not None:
            self.tray.hide()
