"""The wait for the platform: shown once a call has run for a second, with 取消 to stop it.

Every platform call registers itself while in flight (``app.platform.guard``); this bar
looks at that list on a GUI-thread timer (it never waits), so it covers the wizard, the
member login, the member area and the training panel alike. 取消 ends the calls at once:
their sockets are shut down and each caller receives ``CallCancelled``, which the error
table explains (what was typed is kept).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from ui.async_bridge import is_loaded
from ui.widgets.buttons import push_button

SHOW_AFTER_SECONDS = 1.0
POLL_MILLISECONDS = 200
_GUARD = "app.platform.guard"


# The platform client (requests, TLS) is imported on a worker when first needed; until
# its import has ended, no call can be in flight, and the wait must not import it on the
# GUI thread nor read a module another thread is still importing.
def oldest_call_started() -> float | None:
    """When the longest-running platform call began (None: none, or no client yet)."""
    return sys.modules[_GUARD].oldest_call_started() if is_loaded(_GUARD) else None


def cancel_calls_in_flight() -> int:
    """Cancel every platform call in flight."""
    return sys.modules[_GUARD].cancel_calls_in_flight() if is_loaded(_GUARD) else 0


@dataclass(frozen=True)
class CallsInFlight:
    """The platform calls in flight, as the wait reads and cancels them (a test may fake
    them), with the clock their start times are measured on."""

    oldest_started: Callable[[], float | None] = oldest_call_started
    cancel_all: Callable[[], int] = cancel_calls_in_flight
    clock: Callable[[], float] = time.monotonic


PLATFORM_CALLS = CallsInFlight()
"""This process's platform calls (``app.platform.guard``)."""


class PlatformWait(QFrame):
    """'Waiting for the platform (n s)…' and 取消, while a call runs longer than a second."""

    def __init__(
        self, parent: QWidget | None = None, *, calls: CallsInFlight = PLATFORM_CALLS
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PlatformWait")
        self._calls = calls
        self._cancelled_call: float | None = None
        self.text = QLabel()
        self.text.setObjectName("Hint")
        self.cancel_button = push_button(
            self.tr("取消等待"),
            self.cancel,
            name="CancelWaitButton",
            accessible_name=self.tr("取消等待平台回應"),
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.cancel_button)
        self.setVisible(False)
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MILLISECONDS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()

    def refresh(self) -> None:
        """Show, update or hide the wait from the calls now in flight."""
        started = self._calls.oldest_started()
        waited = self._calls.clock() - started if started is not None else 0.0
        if started is None or waited < SHOW_AFTER_SECONDS:
            self._cancelled_call = None
            self.setVisible(False)
            return
        if self._cancelled_call == started:
            self.text.setText(self.tr("正在取消…"))
            self.cancel_button.setEnabled(False)
        else:
            self.text.setText(
                self.tr(
                    "正在等待平台回應（{seconds} 秒）…最長等待 60 秒，也可以按「取消等待」。"
                ).format(seconds=int(waited))
            )
            self.cancel_button.setEnabled(True)
        self.setVisible(True)

    def cancel(self) -> None:
        """Stop waiting: end every platform call in flight."""
        self._cancelled_call = self._calls.oldest_started()
        self._calls.cancel_all()
        self.refresh()
