"""Waiting for the person's phone: QR code, expiry countdown, polling, cancel.

Polling runs at the interval the platform advertised (never faster); each poll is a
background call, so the window stays responsive on a slow connection.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.platform.models import MobileTransaction, TransactionState
from ui.async_bridge import run_in_background
from ui.widgets.qr import QrView

Poll = Callable[[str], TransactionState]
Now = Callable[[], datetime]


class MobileOutcome(Exception):  # noqa: N818 - named like the card and platform errors
    """A phone transaction that ended without approval."""

    code = "MOBILE_FAILED"


class MobileRejected(MobileOutcome):
    """The person declined on the phone."""

    code = "MOBILE_REJECTED"


class MobileExpired(MobileOutcome):
    """The transaction ran out of time before the phone answered."""

    code = "MOBILE_EXPIRED"


class MobileCancelled(MobileOutcome):
    """The person cancelled waiting on the computer."""

    code = "MOBILE_CANCELLED"


class MobileWaitPanel(QFrame):
    """Shows the QR code and waits for ``approved``, ``rejected`` or ``expired``."""

    approved = Signal(object)
    """The approving TransactionState (with the login token when logging in)."""
    failed = Signal(object)
    """A MobileOutcome or a platform/network error."""

    def __init__(self, poll: Poll, now: Now | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MobileWaitPanel")
        self._poll = poll
        self._now: Now = now or (lambda: datetime.now(UTC))
        self.transaction: MobileTransaction | None = None
        self._active = False
        self._poll_timer = QTimer(self)
        self._poll_timer.setSingleShot(True)
        self._poll_timer.timeout.connect(self._poll_once)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._update_countdown)
        self.polls = 0

        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.qr = QrView(self.tr("以手機掃描的 QR Code"))
        self.countdown = QLabel()
        self.countdown.setObjectName("Countdown")
        self.countdown.setAccessibleName(self.tr("剩餘時間"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("驗證狀態"))
        self.cancel_button = QPushButton(self.tr("取消等待"))
        self.cancel_button.setAccessibleName(self.tr("取消等待手機"))
        self.cancel_button.clicked.connect(self.cancel)
        side = QVBoxLayout()
        side.addWidget(self.instruction)
        side.addWidget(self.countdown)
        side.addWidget(self.status)
        side.addStretch(1)
        side.addWidget(self.cancel_button)
        layout = QHBoxLayout(self)
        layout.addWidget(self.qr)
        layout.addLayout(side, 1)
        self.setVisible(False)

    @property
    def active(self) -> bool:
        """True while waiting for the phone."""
        return self._active

    def start(self, transaction: MobileTransaction, qr_payload: str, instruction: str) -> None:
        """Show ``qr_payload`` and start polling ``transaction``."""
        self.transaction = transaction
        self._active = True
        self.polls = 0
        self.instruction.setText(instruction)
        self.qr.set_payload(qr_payload)
        self.qr.setVisible(bool(qr_payload))
        self.status.setText(self.tr("等待手機回應…"))
        self.setVisible(True)
        self._update_countdown()
        self._tick.start()
        self._poll_timer.start(transaction.poll_after_seconds * 1000)

    def seconds_left(self) -> int:
        """Whole seconds until the transaction expires (0 when past)."""
        if self.transaction is None:
            return 0
        left = (self.transaction.expires_at - self._now()).total_seconds()
        return max(0, int(left))

    def _update_countdown(self) -> None:
        left = self.seconds_left()
        minutes, seconds = divmod(left, 60)
        self.countdown.setText(self.tr("剩餘時間 {m}:{s:02d}").format(m=minutes, s=seconds))
        if left == 0 and self._active:
            # One last poll decides: the phone may have answered at the last second.
            self._poll_timer.stop()
            self._poll_once()

    def _poll_once(self) -> None:
        if not self._active or self.transaction is None:
            return
        transaction_id = self.transaction.transaction_id
        self.polls += 1
        run_in_background(lambda: self._poll(transaction_id), self._polled, self._poll_failed)

    def _polled(self, state: TransactionState) -> None:
        if not self._active:
            return
        if state.status == "approved":
            self._finish()
            self.status.setText(self.tr("手機已核准。"))
            self.approved.emit(state)
        elif state.status == "rejected":
            self._finish()
            self.status.setText(self.tr("手機上選擇了拒絕。"))
            self.failed.emit(MobileRejected("declined on the phone"))
        elif state.status == "expired" or self.seconds_left() == 0:
            self._finish()
            self.status.setText(self.tr("已逾時。"))
            self.failed.emit(MobileExpired("the transaction expired"))
        elif self.transaction is not None:
            self._poll_timer.start(self.transaction.poll_after_seconds * 1000)

    def _poll_failed(self, error: BaseException) -> None:
        if not self._active:
            return
        self._finish()
        self.failed.emit(error)

    def _finish(self) -> None:
        self._active = False
        self._poll_timer.stop()
        self._tick.stop()
        self.qr.set_payload("")
        self.qr.setVisible(False)

    def cancel(self) -> None:
        """Stop waiting (the platform lets the transaction expire on its own)."""
        if not self._active:
            return
        self._finish()
        self.status.setText(self.tr("已取消。"))
        self.failed.emit(MobileCancelled("cancelled on the computer"))
