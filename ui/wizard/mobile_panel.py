"""Waiting for the person's phone: QR code, expiry countdown, polling, cancel.

The schedule (never faster than the platform advertises), the countdown and the
outcomes are ``app.flows.login.MobilePoll``'s; this panel only ticks, shows, and runs
each status request off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from app.flows.login import MobilePoll, mobile_failure
from ui.a11y import status_label
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.widgets.buttons import push_button
from ui.widgets.layouts import Stretch, column_layout
from ui.widgets.qr import QrView

Check = Callable[[MobilePoll], object | None]
"""Asks the platform once when due; a value ends the wait, None keeps waiting."""
Now = Callable[[], datetime]
TICK_MS = 500


class MobileWaitPanel(QFrame):
    """Shows the QR code and waits until the check returns a value or fails."""

    approved = Signal(object)
    """The check's value (the login result or the signature block)."""
    failed = Signal(object)
    """A FlowError (MOBILE_REJECTED / MOBILE_EXPIRED / MOBILE_CANCELLED) or a platform error."""

    def __init__(self, now: Now | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MobileWaitPanel")
        # Without an explicit clock, time is the poll's: the platform's, where it expires.
        self._now: Now = now or self._poll_clock
        self.poll: MobilePoll | None = None
        self._check: Check | None = None
        self._in_flight = False
        self.requests = 0
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._on_tick)

        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.qr = QrView(self.tr("以手機掃描的 QR Code"))
        self.countdown = QLabel()
        self.countdown.setObjectName("Countdown")
        status_label(self.countdown, self.tr("剩餘時間"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        status_label(self.status, self.tr("驗證狀態"))
        self.cancel_button = push_button(
            self.tr("取消等待"), self.cancel, accessible_name=self.tr("取消等待手機")
        )
        side = column_layout(
            None, self.instruction, self.countdown, self.status, Stretch(1), self.cancel_button
        )
        layout = QHBoxLayout(self)
        layout.addWidget(self.qr)
        layout.addLayout(side, 1)
        self.setVisible(False)

    @property
    def active(self) -> bool:
        """True while waiting for the phone."""
        return self.poll is not None and not self.poll.finished and self._tick.isActive()

    @property
    def transaction_id(self) -> str:
        """The transaction waited for ('' when none)."""
        return self.poll.transaction.transaction_id if self.poll is not None else ""

    def start(self, poll: MobilePoll, qr_payload: str, instruction: str, check: Check) -> None:
        """Show ``qr_payload`` (none for a push) and wait for ``check`` to return a value."""
        self.poll = poll
        self._check = check
        self._in_flight = False
        self.requests = 0
        self.instruction.setText(instruction)
        self.qr.set_payload(qr_payload)
        self.qr.setVisible(bool(qr_payload))
        self.status.setText(self.tr("等待手機回應…"))
        self.cancel_button.setEnabled(True)
        self.instruction.setVisible(True)
        self.countdown.setVisible(True)
        self.setVisible(True)
        self._tick.start()
        self._show_countdown()

    def _poll_clock(self) -> datetime:
        return self.poll.clock() if self.poll is not None else datetime.now(UTC)

    def _show_countdown(self) -> None:
        if self.poll is None:
            return
        minutes, seconds = divmod(self.poll.seconds_left(self._now()), 60)
        self.countdown.setText(self.tr("剩餘時間 {m}:{s:02d}").format(m=minutes, s=seconds))

    def _on_tick(self) -> None:
        poll, check = self.poll, self._check
        if poll is None or check is None:
            return
        self._show_countdown()
        if self._in_flight:
            return
        if not poll.due(self._now()) and not poll.finished:
            return
        self._in_flight = True
        self.requests += 1
        run_in_background(lambda: check(poll), self._answered, self._check_failed)

    def _answered(self, value: object | None) -> None:
        self._in_flight = False
        if not self._tick.isActive():
            return
        if value is not None:
            self._stop(self.tr("手機已核准。"))
            self.approved.emit(value)
        elif self.poll is not None and self.poll.finished:
            # A finished poll without a value is an outcome the check did not raise.
            self._fail(mobile_failure(self.poll.outcome))

    def _check_failed(self, error: BaseException) -> None:
        self._in_flight = False
        if self._tick.isActive():
            self._fail(error)

    def _fail(self, error: BaseException) -> None:
        # The one error table gives the text in the UI language (FlowError messages are
        # the flows' zh-TW wording).
        self._stop(describe(error).text)
        self.failed.emit(error)

    def _stop(self, status: str) -> None:
        self._tick.stop()
        # An ended wait shows what happened, not a frozen countdown or what to do on the phone.
        self.instruction.setVisible(False)
        self.countdown.setVisible(False)
        self.status.setText(status)
        self.cancel_button.setEnabled(False)
        self.qr.set_payload("")
        self.qr.setVisible(False)

    def cancel(self) -> None:
        """Stop waiting (the platform lets the transaction expire on its own)."""
        if self.poll is None or not self._tick.isActive():
            return
        self.poll.cancel()
        self._fail(mobile_failure("cancelled"))
