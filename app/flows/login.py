"""Logging in to the platform: :class:`LoginFlow`, and the polling of phone verifications.

:class:`LoginFlow` is the one login of an applicant, by card, by phone (mobile MOICA,
行動自然人憑證, or 手機門號) or by password: the wizard's identity step uses it through
:class:`~app.flows.enrolment_service.EnrolmentService`, member login directly.

:class:`MobilePoll` is pure bookkeeping: when to poll next (never more often than the
platform advertises, and never more often than every 4 seconds), how long is left, cancel,
and what each status means for the applicant. The UI's timer calls ``due()`` and
``record()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Literal

from app.errors import ErrorCode, FieldCode, FieldProblem
from app.platform.models import (
    Applicant,
    CardSignature,
    LoginResult,
    MobileSignature,
    MobileTransaction,
    TransactionState,
)
from app.subsidy import TAIWAN_TZ, VerificationMethod

from .enrolment import (
    CARD_METHODS,
    person_problems,
    require_allowed_method,
    require_applicant,
    ubn_problem,
)
from .errors import FlowError, InvalidInput, mobile_outcome_code

if TYPE_CHECKING:
    from app.platform.client import PlatformClient

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


def mobile_failure(outcome: str) -> FlowError:
    """The typed error of a phone transaction that ended without approval."""
    message = OUTCOME_TEXT.get(outcome, outcome)  # type: ignore[call-overload]
    return FlowError(message, code=mobile_outcome_code(outcome))


class LoginFlow:
    """One applicant's login: the UBN, the method, then a card, the phone or a password.

    Called from a worker thread. Inputs are checked before anything is sent
    (``InvalidInput`` with per-field problem codes). ``after_login`` runs once the platform
    accepted a card or phone login (the enrolment reads its progress there).
    """

    def __init__(
        self,
        client: PlatformClient,
        *,
        now: Callable[[], datetime] | None = None,
        today: Callable[[], date] | None = None,
        after_login: Callable[[], object] | None = None,
    ) -> None:
        self.client = client
        self.applicant: Applicant | None = None
        self.method: VerificationMethod | None = None
        # Phone transactions and birthdays are judged on the platform's clock.
        self._now = now or client.server_now
        self._today = today or (lambda: self._now().astimezone(TAIWAN_TZ).date())
        self._after_login = after_login or (lambda: None)

    def today(self) -> date:
        """The platform's date in Taiwan (birthdays are judged on it)."""
        return self._today()

    @property
    def ubn(self) -> str:
        """The applicant's UBN (FlowError ``UBN_REQUIRED`` before the lookup)."""
        return require_applicant(self.applicant).ubn

    def lookup(self, ubn_text: str) -> Applicant:
        """Check the UBN as typed and ask the platform who it is."""
        ubn = ubn_text.strip()
        problem = ubn_problem(ubn)
        if problem:
            raise InvalidInput({"ubn": problem})
        applicant = self.client.lookup_applicant(ubn)
        self.applicant, self.method = applicant, None
        return applicant

    def choose_method(self, method: VerificationMethod) -> None:
        """Log in with ``method`` (one the platform allows this applicant)."""
        require_allowed_method(self.applicant, method)
        self.method = method

    def login_with_card(self, sign: Callable[[bytes], CardSignature]) -> LoginResult:
        """Certificate login: the card signs the platform's challenge."""
        method = self.method
        if method not in CARD_METHODS:
            raise FlowError("請先選擇憑證卡驗證方式", code=ErrorCode.METHOD_REQUIRED)
        assert method is not None
        ubn = self.ubn
        challenge = self.client.create_challenge(ubn, method.value)
        result = self.client.certificate_login(
            ubn, challenge.challenge_id, sign(challenge.to_be_signed)
        )
        self._after_login()
        return result

    def password_login(self, password: str) -> LoginResult:
        """帳號密碼 login (read only: nothing can be signed in this session)."""
        return self.client.password_login(self.ubn, password)

    def start_mobile_login(
        self,
        id_number: str,
        *,
        birthday: date | None = None,
        mobile: str | None = None,
        mode: str = "qr",
    ) -> MobilePoll:
        """Start mobile MOICA or phone verification of the responsible person."""
        method = self.method
        phone = method is VerificationMethod.PHONE
        if method not in (VerificationMethod.MOICA_MOBILE, VerificationMethod.PHONE):
            raise FlowError("請先選擇行動自然人憑證或手機門號", code=ErrorCode.METHOD_REQUIRED)
        problems = person_problems(
            id_number, birthday=birthday, mobile=mobile, needs_phone=phone, today=self.today()
        )
        if problems:
            raise InvalidInput(problems)
        return self._start_mobile(id_number, birthday, mobile, purpose="login", mode=mode)

    def poll_mobile_login(self, poll: MobilePoll) -> PollResult | None:
        """Ask the platform once if the poll is due; on approval the session starts."""
        now = self._now()
        if not poll.due(now):
            return PollResult(poll.outcome, "") if poll.finished else None
        state = self._mobile_status(poll.transaction.transaction_id)
        result = poll.record(state, now)
        if result.outcome == "approved":
            self.client.finish_mobile_login(self.ubn, state)
            self._after_login()
        return result

    def check_mobile_login(self, poll: MobilePoll) -> PollResult | None:
        """One status request when due: the result once approved, None while waiting;
        raises FlowError ``MOBILE_*`` when the phone said no or the time ran out."""
        result = self.poll_mobile_login(poll)
        if result is None or result.outcome == "waiting":
            return None
        if result.outcome != "approved":
            raise mobile_failure(result.outcome)
        return result

    def start_mobile_signature(
        self,
        document: bytes,
        id_number: str,
        *,
        birthday: date | None = None,
        mobile: str | None = None,
    ) -> MobilePoll:
        """Ask the responsible person's phone to sign ``document`` (purpose ``sign``)."""
        return self._start_mobile(id_number, birthday, mobile, purpose="sign", document=document)

    def poll_mobile_signature(self, poll: MobilePoll) -> MobileSignature | None:
        """The signature block once the phone approved; None while waiting."""
        return poll_signature(poll, self._mobile_status, self._now())

    def _start_mobile(
        self,
        id_number: str,
        birthday: date | None,
        mobile: str | None,
        *,
        purpose: str,
        document: bytes | None = None,
        mode: str = "qr",
    ) -> MobilePoll:
        """Start a phone transaction (``login`` or ``sign``) with the chosen method; the
        phone number method needs the birthday and the mobile number."""
        ubn = self.ubn
        person = id_number.strip().upper()
        if self.method is VerificationMethod.PHONE:
            if birthday is None or mobile is None:
                raise InvalidInput(
                    {
                        "birthday": FieldProblem(FieldCode.BIRTHDAY_REQUIRED),
                        "mobile": FieldProblem(FieldCode.MOBILE_REQUIRED),
                    }
                )
            tx = self.client.start_phone(
                ubn, person, birthday, mobile.strip(), purpose=purpose, document=document
            )
        else:
            tx = self.client.start_mobile_moica(
                ubn, person, mode=mode, purpose=purpose, document=document
            )
        return MobilePoll(tx, self._now(), clock=self._now)

    def _mobile_status(self, transaction_id: str) -> TransactionState:
        """The platform's status of a phone transaction of the chosen method."""
        if self.method is VerificationMethod.PHONE:
            return self.client.phone_status(transaction_id)
        return self.client.mobile_moica_status(transaction_id)
