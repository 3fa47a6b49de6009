"""Typed answers of the platform API (platform-api.md), parsed defensively.

Each model has ``from_json(raw)`` that raises ProtocolError (never KeyError or
TypeError) when the answer does not match the contract; a ``WireModel`` is read from
its field types, the others say how they are read. Secrets (tokens) are kept
out of ``repr`` so that a logged model never leaks them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Annotated, Generic, Literal, Self, TypeVar

from app.subsidy import (
    ApplicantType,
    ApplicationStep,
    AuthorizationKind,
    LedgerKind,
    OrderDeadlines,
    OrderStatus,
    Pavilion,
    Programme,
    VerificationMethod,
    texts_sha256,
)

from ._parse import Amount, Id, Obj, SignedAmount, WireModel, b64encode
from .errors import ProtocolError

T = TypeVar("T")
TransactionStatus = Literal["pending", "approved", "rejected", "expired"]
_TRANSACTION_STATUSES: tuple[TransactionStatus, ...] = (
    "pending",
    "approved",
    "rejected",
    "expired",
)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list: ``{"items": […], "total": N}``."""

    items: tuple[T, ...]
    total: int

    @staticmethod
    def parse(raw: object, where: str, item: Callable[[Obj], T]) -> Page[T]:
        """Parse a list answer whose items are read by ``item``."""
        obj = Obj(raw, where)
        return Page(obj.each("items", item), obj.integer("total"))


# -- identity and login --


@dataclass(frozen=True)
class Applicant(WireModel):
    """``GET /applicants/{ubn}``."""

    ubn: str
    name: str
    applicant_type: ApplicantType
    allowed_methods: tuple[VerificationMethod, ...]
    member: bool
    pavilions: tuple[str, ...] = (Pavilion.GENERAL.value,)
    """Tracks the applicant may apply for: ``general``, and ``industry`` for manufacturers
    with a factory registration when the programme runs 工業館."""
    pavilion: str = Pavilion.GENERAL.value
    """The track applied for (recorded with the signed consents)."""
    review: str | None = None
    """``pending`` while a tax-registered applicant's eligibility review is open,
    ``rejected`` once it turned the application down (not a member either way)."""

    @classmethod
    def parse(cls, obj: Obj) -> Self:
        """From a parsed object."""
        # a method this client does not know yet is simply not offered
        methods = [
            VerificationMethod(value)
            for value in obj.texts("allowed_methods", optional=True)
            if value in VerificationMethod.__members__.values()
        ]
        return cls(
            ubn=obj.text("ubn"),
            name=obj.text("name"),
            applicant_type=obj.enum("applicant_type", ApplicantType),
            allowed_methods=tuple(methods),
            member=obj.flag("member", default=False),
            pavilions=_strings(obj, "pavilions") or (Pavilion.GENERAL.value,),
            pavilion=obj.opt_text("pavilion") or Pavilion.GENERAL.value,
            review=obj.opt_text("review"),
        )


@dataclass(frozen=True)
class Challenge(WireModel):
    """``POST /auth/challenges``: the bytes to sign for a certificate login."""

    challenge_id: Id
    to_be_signed: bytes
    expires_at: datetime


@dataclass(frozen=True)
class Identity(WireModel):
    """Who signed in, as the platform read it from the certificate or the phone."""

    kind: str
    subject_name: str = ""
    """Empty after a password login, which names no certificate holder."""
    ubn: str | None = None
    id_last4: str | None = None
    card_serial: str | None = None


@dataclass(frozen=True)
class LoginResult(WireModel, wire_name="login"):
    """A successful login: session token (never shown in repr) and who is signed in."""

    token: str = field(repr=False)
    expires_at: datetime | None
    applicant: Applicant | None
    identity: Identity | None


@dataclass(frozen=True)
class MobileTransaction(WireModel):
    """A mobile MOICA or phone verification waiting for the person's phone."""

    transaction_id: Id
    poll_after_seconds: int
    expires_at: datetime
    qr_payload: str | None = None
    verify_url: str | None = None

    @classmethod
    def parse(cls, obj: Obj) -> Self:
        """From a parsed object (ProtocolError unless the poll interval is positive)."""
        if obj.integer("poll_after_seconds") < 1:
            raise ProtocolError(f"{obj.where}.poll_after_seconds must be positive")
        return super().parse(obj)


@dataclass(frozen=True)
class TransactionState:
    """``GET /auth/mobile-moica/{id}`` or ``/auth/phone/{id}``."""

    status: TransactionStatus
    token: str | None = field(default=None, repr=False)

    @classmethod
    def from_json(cls, raw: object) -> TransactionState:
        """From the JSON answer."""
        obj = Obj(raw, "transaction")
        status = obj.text("status")
        for known in _TRANSACTION_STATUSES:
            if status == known:
                return cls(known, obj.opt_text("token"))
        raise ProtocolError(f"transaction.status: unknown value {status!r}")


# -- application --


def parse_programme(raw: object) -> Programme:
    """``GET /programme`` as ``app.subsidy.Programme`` (ProtocolError when it does not parse)."""
    obj = Obj(raw, "programme")
    try:
        return Programme.from_json(obj.raw)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ProtocolError(f"programme: {exc}") from None


@dataclass(frozen=True)
class ApplicationState:
    """``GET /application``."""

    status: str
    steps: dict[ApplicationStep, bool]
    form: dict[str, object]
    rejection_reason: str | None = None
    """What the platform told a rejected applicant (status ``rejected``)."""

    @property
    def done(self) -> frozenset[ApplicationStep]:
        """Steps the platform has recorded as done."""
        return frozenset(step for step, ok in self.steps.items() if ok)

    @classmethod
    def from_json(cls, raw: object) -> ApplicationState:
        """From the JSON answer."""
        obj = Obj(raw, "application")
        steps_obj = obj.sub("steps")
        steps = {step: steps_obj.flag(step.value, default=False) for step in ApplicationStep}
        form = obj.opt_sub("form")
        return cls(
            obj.text("status"),
            steps,
            dict(form.raw) if form else {},
            obj.opt_text("rejection_reason"),
        )


@dataclass(frozen=True)
class TextSection(WireModel):
    """One document of the texts: a title, its paragraphs and what ticking its box says."""

    title: str
    paragraphs: tuple[str, ...]
    consent: str
    notice: str | None = None
    """附表3's 「我已詳閱…」 confirmation."""
    programmes: tuple[str, ...] = ()
    """The 工業館 declaration's list of 雲世代 programmes (seed 004 註3)."""


def _strings(obj: Obj, key: str) -> tuple[str, ...]:
    """The strings of an optional list; anything else in it is passed over."""
    return tuple(value for value in obj.opt_items(key) if isinstance(value, str))


@dataclass(frozen=True)
class ApplicationTexts:
    """``GET /application/texts``: the exact texts agreed to, their version and SHA-256.

    Parsing checks that ``sha256`` is the digest of ``texts``, so what is shown is what
    the signature names.
    """

    version: str
    sha256: str
    personal_data: TextSection
    declarations_preamble: TextSection
    declarations: tuple[str, ...]
    labor_insurance: TextSection
    business_registration: TextSection
    industry_declaration: TextSection | None

    def authorization(self, kind: AuthorizationKind) -> TextSection:
        """附表2 or 附表3."""
        if kind is AuthorizationKind.LABOR_INSURANCE:
            return self.labor_insurance
        return self.business_registration

    def signed_fields(self) -> dict[str, object]:
        """The fields that name these texts inside a signed document."""
        return {"text_version": self.version, "text_sha256": self.sha256}

    @classmethod
    def from_json(cls, raw: object) -> ApplicationTexts:
        """From the JSON answer (ProtocolError when the digest does not match)."""
        obj = Obj(raw, "application_texts")
        texts = obj.sub("texts")
        sha256 = obj.text("sha256").lower()
        if texts_sha256(texts.raw) != sha256:
            raise ProtocolError("application_texts.sha256: does not match the texts")
        industry = texts.opt_sub("industry_declaration")
        return cls(
            version=obj.text("version"),
            sha256=sha256,
            personal_data=TextSection.parse(texts.sub("personal_data")),
            declarations_preamble=TextSection.parse(texts.sub("declarations_preamble")),
            declarations=texts.texts("declarations"),
            labor_insurance=TextSection.parse(texts.sub("authorization_labor_insurance")),
            business_registration=TextSection.parse(
                texts.sub("authorization_business_registration")
            ),
            industry_declaration=TextSection.parse(industry) if industry else None,
        )


# -- self-assessment --


@dataclass(frozen=True)
class Option(WireModel):
    """One choice of a question."""

    id: Id
    text: str
    score: int
    exclusive: bool = False
    """An option that stands alone in a multi question (「皆已數位化」)."""


@dataclass(frozen=True)
class ShowIf:
    """A question is shown only when another's answer includes one of ``any_of``."""

    question: str
    any_of: tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """One question of the self-assessment."""

    id: str
    dimension: str
    text: str
    kind: Literal["single", "multi"]
    options: tuple[Option, ...]
    show_if: ShowIf | None = None

    @staticmethod
    def parse(obj: Obj) -> Question:
        """From a parsed object."""
        kind = obj.text("kind")
        if kind not in ("single", "multi"):
            raise ProtocolError(f"{obj.where}.kind: unknown value {kind!r}")
        options = obj.each("options", Option.parse)
        show_if: ShowIf | None = None
        cond = obj.opt_sub("show_if")
        if cond is not None:
            any_of = tuple(str(v) for v in cond.items("any_of") if isinstance(v, str | int))
            show_if = ShowIf(cond.ident("question"), any_of)
        return Question(
            id=obj.ident("id"),
            dimension=obj.ident("dimension"),
            text=obj.text("text"),
            kind="single" if kind == "single" else "multi",
            options=options,
            show_if=show_if,
        )

    def as_mapping(self) -> dict[str, object]:
        """The contract's JSON shape, as the shared assessment rules take it."""
        data: dict[str, object] = {
            "id": self.id,
            "dimension": self.dimension,
            "text": self.text,
            "kind": self.kind,
            "options": [
                {"id": o.id, "text": o.text, "score": o.score}
                | ({"exclusive": True} if o.exclusive else {})
                for o in self.options
            ],
        }
        if self.show_if is not None:
            data["show_if"] = {
                "question": self.show_if.question,
                "any_of": list(self.show_if.any_of),
            }
        return data


@dataclass(frozen=True)
class Dimension(WireModel):
    """A dimension of the assessment (daily operations, information security, …)."""

    id: Id
    title: str


@dataclass(frozen=True)
class Questionnaire:
    """``GET /assessment/questionnaire``."""

    version: str
    dimensions: tuple[Dimension, ...]
    questions: tuple[Question, ...]

    @classmethod
    def from_json(cls, raw: object) -> Questionnaire:
        """From the JSON answer."""
        obj = Obj(raw, "questionnaire")
        ids: set[str] = set()
        questions = obj.each("questions", Question.parse)
        for question in questions:
            if question.id in ids:
                raise ProtocolError(f"questionnaire: question {question.id!r} appears twice")
            ids.add(question.id)
        return cls(
            version=obj.ident("version"),
            dimensions=obj.each("dimensions", Dimension.parse),
            questions=questions,
        )

    def as_mapping(self) -> dict[str, object]:
        """The contract's JSON shape, as the shared assessment rules take it."""
        return {
            "version": self.version,
            "dimensions": [{"id": d.id, "title": d.title} for d in self.dimensions],
            "questions": [q.as_mapping() for q in self.questions],
        }


def _scores(obj: Obj) -> dict[str, int]:
    """``scores``: points per dimension."""
    scores = obj.sub("scores")
    return {key: scores.integer(key) for key in scores.raw}


@dataclass(frozen=True)
class AssessmentResult:
    """``POST /assessment/responses``."""

    scores: dict[str, int]
    recommended_categories: tuple[str, ...]
    points_granted: int

    @classmethod
    def from_json(cls, raw: object) -> AssessmentResult:
        """From the JSON answer."""
        obj = Obj(raw, "assessment_result")
        scores = _scores(obj)
        recommended: list[str] = []
        for i, value in enumerate(obj.opt_items("recommended_categories")):
            if isinstance(value, bool) or not isinstance(value, str | int):
                raise ProtocolError(f"assessment_result.recommended_categories[{i}]: not an id")
            recommended.append(str(value))
        return cls(scores, tuple(recommended), obj.amount("points_granted"))


@dataclass(frozen=True)
class SavedAssessment:
    """``GET /assessment/result``: the latest self-assessment, to look at again."""

    at: datetime
    scores: dict[str, int]
    recommended_categories: tuple[str, ...]
    dimensions: tuple[Dimension, ...]

    @classmethod
    def from_json(cls, raw: object) -> SavedAssessment:
        """From the JSON answer."""
        obj = Obj(raw, "assessment")
        return cls(
            at=obj.moment("at"),
            scores=_scores(obj),
            recommended_categories=_strings(obj, "recommended_categories"),
            dimensions=obj.each("dimensions", Dimension.parse, optional=True),
        )


@dataclass(frozen=True)
class Account(WireModel):
    """``GET /account`` (帳號管理)."""

    ubn: Id
    name: str
    contact_email: str | None
    contact_name: str | None
    password_set: bool = False
    can_sign: bool = False


@dataclass(frozen=True)
class Contract(WireModel):
    """``GET /plans/{id}/contract``: the product contract to read before agreeing."""

    plan_id: Id
    title: str
    version: str
    text: str
    sha256: str


@dataclass(frozen=True)
class Consultation(WireModel):
    """``POST /consultations``: a request for a consultant or the expert service."""

    id: Id
    at: datetime
    kind: str
    status: str


# -- points --


@dataclass(frozen=True)
class LedgerEntry(WireModel):
    """One row of the append-only points ledger."""

    at: datetime
    kind: LedgerKind
    amount: SignedAmount
    balance_after: Amount
    order_id: Id | None = None


@dataclass(frozen=True)
class PointsSummary(WireModel, wire_name="points"):
    """``GET /points``."""

    balance: Amount
    granted: Amount
    granted_on: date | None
    first_use_by: date | None
    expires_on: date | None
    earliest_expiry: date | None
    can_reapply: bool = False
    ledger: tuple[LedgerEntry, ...] = ()
    pavilion: Pavilion = Pavilion.GENERAL
    ratio: str | None = None
    points_cap: Amount | None = None
    programme_id: str | None = None


# -- catalogue --


@dataclass(frozen=True)
class Named(WireModel):
    """A catalogue entry the platform names by id: ``{"id", "name"}``."""

    id: Id
    name: str


class Category(Named):
    """One of the 15 solution categories."""


class Vendor(Named):
    """資訊服務廠商."""


@dataclass(frozen=True)
class Plan(WireModel):
    """A priced plan of a solution."""

    id: Id
    name: str
    months: int
    price: Amount


@dataclass(frozen=True)
class Solution:
    """A cloud solution listed in a pavilion."""

    id: str
    name: str
    vendor: Vendor
    category: str
    pavilion: Pavilion
    plans: tuple[Plan, ...]
    tags: tuple[str, ...]
    subsidised: bool = True
    """False for a plan outside the subsidy zone: points cannot be used for it."""

    @staticmethod
    def parse(obj: Obj) -> Solution:
        """From a parsed object."""
        return Solution(
            id=obj.ident("id"),
            name=obj.text("name"),
            vendor=Vendor.parse(obj.sub("vendor")),
            category=obj.ident("category"),
            pavilion=obj.enum("pavilion", Pavilion),
            plans=obj.each("plans", Plan.parse),
            tags=_strings(obj, "tags"),
            subsidised=obj.flag("subsidised", default=True),
        )


# -- orders --


@dataclass(frozen=True)
class Quote(WireModel):
    """``POST /orders/quote``: the price split and the bytes to sign for the order."""

    quote_id: Id
    price: Amount
    points: Amount
    self_pay: Amount
    ratio: str | None
    """``self_pay:points`` of the plan's pavilion; None when the programme has no such one."""
    to_be_signed: bytes
    expires_at: datetime | None
    pavilion: Pavilion | None = None
    points_reason: str | None = None
    """Why no points apply (an ``app.subsidy.NoPointsReason`` code), or None."""


@dataclass(frozen=True)
class Ref:
    """A named reference inside an order (solution, vendor, plan)."""

    id: str
    name: str
    months: int | None = None

    @staticmethod
    def read(obj: Obj, key: str) -> Ref:
        """The field ``key``: an object ``{"id", "name", …}`` or a bare name."""
        value = obj.raw.get(key)
        if isinstance(value, str):
            return Ref(value, value)
        ref = obj.sub(key)
        return Ref(ref.ident("id"), ref.text("name"), ref.opt_integer("months"))


def _read_order_number(obj: Obj, key: str) -> str:
    number = obj.ident(key)
    if not (len(number) == 20 and number.isdigit()):
        raise ProtocolError(f"{obj.where}.{key}: expected 20 digits, got {number!r}")
    return number


OrderNumber = Annotated[str, _read_order_number]
"""An order number: 20 digits (platform-api.md, 訂單編號)."""
RefField = Annotated[Ref, Ref.read]


@dataclass(frozen=True)
class HistoryEntry(WireModel):
    """One change of an order's status."""

    status: OrderStatus
    at: datetime
    note: str | None = None


@dataclass(frozen=True)
class Invoice(WireModel):
    """The vendor's full e-invoice."""

    number: str
    amount: Amount
    issued_on: date


@dataclass(frozen=True)
class ServicePeriod(WireModel):
    """When the contracted service runs."""

    start: date
    end: date


@dataclass(frozen=True)
class OrderSettlement(WireModel):
    """The outcome of a termination, as the platform recorded it."""

    used_months: int | None
    half_reached: bool | None
    self_pay_refund: Amount | None
    points_returned: Amount | None
    points_valid_until: date | None


@dataclass(frozen=True)
class Order(WireModel):
    """``GET /orders/{id}``."""

    id: OrderNumber
    solution: RefField
    vendor: RefField
    plan: RefField
    price: Amount
    points: Amount
    self_pay: Amount
    status: OrderStatus
    history: tuple[HistoryEntry, ...] = ()
    deadlines: OrderDeadlines = field(default_factory=OrderDeadlines)
    payment_url: str | None = None
    invoice: Invoice | None = None
    service: ServicePeriod | None = None
    settlement: OrderSettlement | None = None
    ratio: str | None = None
    """Self-pay : points of the plan's pavilion (``"1:1"``, 工業館 ``"2:1"``)."""


@dataclass(frozen=True)
class TerminationQuote(WireModel):
    """``POST /orders/{id}/termination-quote``."""

    used_months: int
    term_months: int
    half_reached: bool
    self_pay_refund: Amount
    points_returned: Amount
    points_valid_until: date | None
    to_be_signed: bytes
    points_not_returned_reason: str | None = None
    """``PROGRAMME_ENDED`` or ``BUDGET_EXHAUSTED`` when points are not returned."""


# -- notifications --


@dataclass(frozen=True)
class Notification(WireModel):
    """A message in 我的通知."""

    id: Id
    at: datetime
    kind: str
    title: str
    body: str
    read: bool = False
    order_id: Id | None = None


# -- signatures --


@dataclass(frozen=True)
class CardSignature:
    """A signature made with a certificate card: the signed bytes, signature and chain."""

    document: bytes
    signature: bytes
    certificate: bytes
    chain: tuple[bytes, ...] = ()

    def to_json(self) -> dict[str, object]:
        """The contract's signature block."""
        return {
            "document": b64encode(self.document),
            "signature": b64encode(self.signature),
            "certificate": b64encode(self.certificate),
            "chain": [b64encode(c) for c in self.chain],
        }


@dataclass(frozen=True)
class MobileSignature:
    """A signature approved on the person's phone (an approved SIGN transaction)."""

    mobile_transaction_id: str

    def to_json(self) -> dict[str, object]:
        """The contract's signature block."""
        return {"mobile_transaction_id": self.mobile_transaction_id}


SignatureBlock = CardSignature | MobileSignature


@dataclass(frozen=True)
class Authorization:
    """What an applicant authorises with 附表2 / 附表3."""

    kind: AuthorizationKind
    valid_from: date
    valid_to: date
    responsible_person_id: str | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Fetched(Generic[T]):
    """A GET's data, when it was fetched, and whether it came from the offline cache."""

    data: T
    as_of: datetime
    from_cache: bool
