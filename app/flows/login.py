"""Mobile MOICA (行動自然人憑證) and phone (手機門號) verification: polling and outcomes.

Pure bookkeeping: when to poll next (never more often than the platform advertises,
and never more often than every 4 seconds), how long is left, cancel, and what each
status means for the applicant. The UI's timer calls ``due()`` and ``record()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

from app.platform import MobileSignature, MobileTransaction, TransactionState

from .errors import FlowError, mobile_outcome_code

MIN_POLL_SECONDS = 4

Outcome = Literal["waiting", "approved", "rejected", "expired", "cancelled"]

OUTCOME_TEXT: dict[Outcome, str] = {
    "waiting": "請在手機上完成驗證",
    "approved": "驗證完成",
    "rejected": "已在手機上拒絕驗證，請重新操作",
    "expired": "驗證已逾時，請重新操作",
    "cancelled": "已取消驗證",
}


@dataclass(frozen=True)
class PollResult:
    """The outcome after one status answer; the transaction id once approved (for signing)."""

    outcome: Outcome
    message: str
    approved_transaction_id: str | None = None


class MobilePoll:
    """The polling schedule and state of one mobile transaction."""

    def __init__(
        self,
        transaction: MobileTransaction,
        started_at: datetime,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        if started_at.tzinfo is None:
            raise ValueError("started_at needs a time zone")
        self.transaction = transaction
        self.clock: Callable[[], datetime] = clock or (lambda: datetime.now(UTC))
        """The platform's clock (``PlatformClient.server_now``): ``expires_at`` is on it."""
        self.interval = timedelta(seconds=max(MIN_POLL_SECONDS, transaction.poll_after_seconds))
        self._next = started_at + self.interval
        self._outcome: Outcome = "waiting"

    @property
    def outcome(self) -> Outcome:
        """Where the verification stands."""
        return self._outcome

    @property
    def finished(self) -> bool:
        """True once approved, rejected, expired or cancelled."""
        return self._outcome != "waiting"

    @property
    def next_poll_at(self) -> datetime:
        """When the next status request may be sent."""
        return self._next

    def seconds_left(self, now: datetime) -> int:
        """Whole seconds until the transaction expires (0 when past)."""
        return max(0, int((self.transaction.expires_at - now).total_seconds()))

    def due(self, now: datetime) -> bool:
        """True when a status request should be sent now."""
        if self.finished:
            return False
        if now >= self.transaction.expires_at:
            self._outcome = "expired"
            return False
        return now >= self._next

    def record(self, state: TransactionState, now: datetime) -> PollResult:
        """Take a status answer; schedules the next poll while still pending."""
        if self._outcome == "cancelled":
            return PollResult("cancelled", OUTCOME_TEXT["cancelled"])
        if state.status == "pending":
            if now >= self.transaction.expires_at:
                self._outcome = "expired"
            else:
                self._next = now + self.interval
        else:
            self._outcome = state.status
        approved = self.transaction.transaction_id if self._outcome == "approved" else None
        return PollResult(self._outcome, OUTCOME_TEXT[self._outcome], approved)

    def cancel(self) -> None:
        """Stop polling; a later answer is ignored."""
        if not self.finished:
            self._outcome = "cancelled"


def poll_signature(
    poll: MobilePoll, status: Callable[[str], TransactionState], now: datetime
) -> MobileSignature | None:
    """One step of waiting for a SIGN transaction on the phone.

    Asks ``status`` (the platform's status call for the transaction's method) when a poll
    is due; returns the signature block once approved, None while waiting, and raises
    FlowError ``MOBILE_REJECTED`` / ``MOBILE_EXPIRED`` / ``MOBILE_CANCELLED`` when the
    phone refused, the time ran out or the person stopped waiting.
    """
    if poll.due(now):
        poll.record(status(poll.transaction.transaction_id), now)
    if poll.outcome == "approved":
        return MobileSignature(poll.transaction.transaction_id)
    if poll.finished:
        raise FlowError("手機簽章未完成", code=mobile_outcome_code(poll.outcome))
    return None
