"""Helpers for the training platform's ``/_sandbox`` endpoints (absent in production).

Used by training mode (move the clock, read the e-mails the platform "sent", act as the
vendor or the applicant's phone) and by tests that drive the client end to end.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import date, datetime

from ._parse import Amount, Obj, WireModel, b64encode
from .client import PlatformClient
from .models import CardSignature

SANDBOX_PREFIX = "/_sandbox"


@dataclass(frozen=True)
class Scenario(WireModel):
    """A ready-made applicant: its UBN, a session token (if signed in) and its demo card.

    ``password`` is the training password a member was given (password login may read,
    not sign); ``name`` the applicant's name.
    """

    ubn: str
    demo_card_id: str
    token: str | None = field(default=None, repr=False)
    name: str = ""
    password: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class OutboxMessage(WireModel):
    """An e-mail or SMS the training platform "sent"."""

    channel: str
    to: str
    subject: str
    body: str
    code: str | None
    ubn: str | None


RUN_TO_SERVICE = ("confirm", "mark-paid", "issue-invoice", "start-service")
"""The vendor's steps from a new order to a running service (each as the platform names it)."""


@dataclass(frozen=True)
class VendorOrder(WireModel):
    """An order as the vendor simulator sees it, with the vendor's next possible actions."""

    id: str
    ubn: str
    applicant: str
    solution: str
    plan: str
    self_pay: Amount
    status: str
    status_text: str
    next_vendor_actions: tuple[str, ...]


@dataclass(frozen=True)
class Deadline(WireModel):
    """Something the platform clock will set off: on ``on`` (the first day it takes effect)."""

    on: date
    kind: str
    title: str
    """The platform's own words (zh-TW); :attr:`kind` says which deadline it is."""
    order_id: str | None
    applicant: str | None
    """The applicant's name, on deadlines about an applicant rather than an order."""
    ubn: str | None = None
    """The applicant's UBN, on deadlines about an applicant (an eligibility review)."""


@dataclass(frozen=True)
class DeadlineOutlook(WireModel):
    """The platform's today and what its clock sets off next (``items``, soonest first)."""

    today: date
    items: tuple[Deadline, ...]


@dataclass(frozen=True)
class ClockMove:
    """What moving the platform clock did: its new time, the deadlines that took effect on
    the way (soonest first) and the outlook from the new day."""

    now: datetime
    days: int
    set_off: tuple[Deadline, ...]
    outlook: DeadlineOutlook


@dataclass(frozen=True)
class ReviewOutcome(WireModel):
    """How a trainer decided an eligibility review: the applicant's status after it and
    the reason a rejected applicant is told."""

    ubn: str
    name: str
    status: str
    decision: str
    reason: str | None
    decided_at: datetime


@dataclass(frozen=True)
class DemoApplicantInfo(WireModel):
    """A demo applicant of the training platform, with what a trainee types for it."""

    ubn: str
    name: str
    applicant_type: str
    responsible_name: str
    responsible_id: str
    birthday: date
    mobile: str
    eligible: bool


class TrainingPlatform:
    """The ``/_sandbox`` helpers of a training platform, through a PlatformClient."""

    def __init__(self, client: PlatformClient) -> None:
        self.client = client

    def _post(self, path: str, body: dict[str, object] | None = None) -> object:
        return self.client.call_json("POST", SANDBOX_PREFIX + path, body=body or {})

    def _get(self, path: str) -> object:
        return self.client.call_json("GET", SANDBOX_PREFIX + path)

    def sign_with_demo_card(self, card_id: str, data: bytes) -> CardSignature:
        """Sign ``data`` with a demo card's key (what the emulated card would return)."""
        raw = Obj(self._post(f"/demo-cards/{card_id}/sign", {"data": b64encode(data)}), "sign")
        chain = tuple(base64.b64decode(value) for value in raw.texts("chain"))
        return CardSignature(data, raw.b64("signature"), raw.b64("certificate"), chain)

    def scenario(
        self, name: str, applicant_type: str | None = None, pavilion: str | None = None
    ) -> Scenario:
        """``POST /_sandbox/scenarios``: e.g. ``member_with_points`` or ``fresh_applicant``;
        ``pavilion="industry"`` for the demo manufacturer with 工業館 points."""
        body: dict[str, object] = {"name": name}
        if applicant_type is not None:
            body["applicant_type"] = applicant_type
        if pavilion is not None:
            body["pavilion"] = pavilion
        return Scenario.from_json(self._post("/scenarios", body))

    def outbox(self, ubn: str | None = None) -> list[OutboxMessage]:
        """Messages the platform sent, newest first."""
        path = "/outbox" + (f"?ubn={ubn}" if ubn else "")
        return list(Obj(self._get(path), "outbox").each("items", OutboxMessage.parse))

    def latest_code(self, ubn: str) -> str | None:
        """The newest verification code sent for ``ubn``."""
        return next((m.code for m in self.outbox(ubn) if m.code), None)

    def now(self) -> datetime:
        """The platform's clock."""
        return Obj(self._get("/clock"), "clock").moment("now")

    def advance_days(self, days: int) -> datetime:
        """Move the platform's clock forward."""
        return Obj(self._post("/clock", {"advance_days": days}), "clock").moment("now")

    def move_clock(self, days: int) -> ClockMove:
        """Advance the clock by ``days`` (0 applies what is already due) and report what
        that set off."""
        due = self.deadlines().items
        now = self.advance_days(days)
        outlook = self.deadlines()
        set_off = tuple(d for d in due if d.on <= outlook.today)
        return ClockMove(now, days, set_off, outlook)

    def move_clock_to_next_deadline(self) -> ClockMove | None:
        """Advance the clock to the day the next deadline takes effect (None: there is none)."""
        outlook = self.deadlines()
        if not outlook.items:
            return None
        return self.move_clock(max((outlook.items[0].on - outlook.today).days, 0))

    def vendor(self, order_id: str, action: str) -> object:
        """Act as the vendor: confirm, decline, mark-paid, issue-invoice, start-service, claim."""
        return self._post(f"/vendor/orders/{order_id}/{action}")

    def orders(self) -> list[VendorOrder]:
        """Every order on the platform, newest first (``GET /_sandbox/orders``)."""
        return list(Obj(self._get("/orders"), "orders").each("items", VendorOrder.parse))

    def demo_applicants(self) -> list[DemoApplicantInfo]:
        """The demo world's applicants (``GET /_sandbox/demo-applicants``)."""
        raw = Obj(self._get("/demo-applicants"), "demo applicants")
        return list(raw.each("items", DemoApplicantInfo.parse))

    def deadlines(self) -> DeadlineOutlook:
        """The platform's today and what its clock sets off next (``GET /_sandbox/deadlines``)."""
        return DeadlineOutlook.from_json(self._get("/deadlines"))

    def pending_reviews(self) -> list[Deadline]:
        """The eligibility reviews waiting for a decision (from the clock's outlook)."""
        return [d for d in self.deadlines().items if d.kind == "review" and d.ubn]

    def decide_review(self, ubn: str, approve: bool, reason: str | None = None) -> ReviewOutcome:
        """Decide the pending eligibility review of ``ubn`` now (``reason``: what a rejected
        applicant is told; the platform's default otherwise)."""
        body: dict[str, object] = {} if reason is None else {"reason": reason}
        decision = "approve" if approve else "reject"
        return ReviewOutcome.from_json(self._post(f"/reviews/{ubn}/{decision}", body))

    def pay(self, order_id: str) -> None:
        """Pay the order's self-pay on the training payment page (``POST /_sandbox/pay/{id}``)."""
        self._post(f"/payments/{order_id}")

    def decide_mobile(self, transaction_id: str, approve: bool = True) -> object:
        """Act as the applicant's phone: approve or reject a mobile transaction."""
        return self._post(f"/mobile/{transaction_id}/{'approve' if approve else 'reject'}")

    def add_fault(self, kind: str, count: int = 1, path: str | None = None) -> object:
        """Make the next ``count`` requests (under ``path``) fail in the way ``kind`` says."""
        body: dict[str, object] = {"kind": kind, "count": count}
        if path is not None:
            body["path"] = path
        return self._post("/faults", body)

    def clear_faults(self) -> object:
        """Remove every pending fault."""
        return self.client.call_json("DELETE", SANDBOX_PREFIX + "/faults")

    def reset(self) -> object:
        """Wipe the training platform and seed the demo world again."""
        return self._post("/reset")
