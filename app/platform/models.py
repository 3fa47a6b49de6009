"""Typed answers of the platform API (platform-api.md), parsed defensively.

Each model has ``from_json(raw)`` that raises ProtocolError (never KeyError or
TypeError) when the answer does not match the contract. Secrets (tokens) are kept
out of ``repr`` so that a logged model never leaks them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Generic, Literal, Self, TypeVar

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

from ._parse import Obj, b64encode
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
class Applicant:
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

    @staticmethod
    def parse(obj: Obj) -> Applicant:
        """From a parsed object."""
        # a method this client does not know yet is simply not offered
        methods = [
            VerificationMethod(value)
            for value in obj.texts("allowed_methods", optional=True)
            if value in VerificationMethod.__members__.values()
        ]
        return Applicant(
            ubn=obj.text("ubn"),
            name=obj.text("name"),
            applicant_type=obj.enum("applicant_type", ApplicantType),
            allowed_methods=tuple(methods),
            member=obj.flag("member", default=False),
            pavilions=_strings(obj, "pavilions") or (Pavilion.GENERAL.value,),
            pavilion=obj.opt_text("pavilion") or Pavilion.GENERAL.value,
        )

    @classmethod
    def from_json(cls, raw: object) -> Applicant:
        """From the JSON answer."""
        return cls.parse(Obj(raw, "applicant"))


@dataclass(frozen=True)
class Challenge:
    """``POST /auth/challenges``: the bytes to sign for a certificate login."""

    challenge_id: str
    to_be_signed: bytes
    expires_at: datetime

    @classmethod
    def from_json(cls, raw: object) -> Challenge:
        """From the JSON answer."""
        obj = Obj(raw, "challenge")
        return cls(obj.ident("challenge_id"), obj.b64("to_be_signed"), obj.moment("expires_at"))


@dataclass(frozen=True)
class Identity:
    """Who signed in, as the platform read it from the certificate or the phone."""

    kind: str
    subject_name: str
    ubn: str | None = None
    id_last4: str | None = None
    card_serial: str | None = None

    @staticmethod
    def parse(obj: Obj) -> Identity:
        """From a parsed object."""
        return Identity(
            kind=obj.text("kind"),
            # A password login names no certificate holder.
            subject_name=obj.opt_text("subject_name") or "",
            ubn=obj.opt_text("ubn"),
            id_last4=obj.opt_text("id_last4"),
            card_serial=obj.opt_text("card_serial"),
        )


@dataclass(frozen=True)
class LoginResult:
    """A successful login: session token (never shown in repr) and who is signed in."""

    token: str = field(repr=False)
    expires_at: datetime | None
    applicant: Applicant | None
    identity: Identity | None

    @classmethod
    def from_json(cls, raw: object) -> LoginResult:
        """From the JSON answer."""
        obj = Obj(raw, "login")
        applicant = obj.opt_sub("applicant")
        identity = obj.opt_sub("identity")
        return cls(
            token=obj.text("token"),
            expires_at=obj.opt_moment("expires_at"),
            applicant=Applicant.parse(applicant) if applicant else None,
            identity=Identity.parse(identity) if identity else None,
        )


@dataclass(frozen=True)
class MobileTransaction:
    """A mobile MOICA or phone verification waiting for the person's phone."""

    transaction_id: str
    poll_after_seconds: int
    expires_at: datetime
    qr_payload: str | None = None
    verify_url: str | None = None

    @classmethod
    def from_json(cls, raw: object) -> MobileTransaction:
        """From the JSON answer."""
        obj = Obj(raw, "mobile_transaction")
        poll = obj.integer("poll_after_seconds")
        if poll < 1:
            raise ProtocolError("mobile_transaction.poll_after_seconds must be positive")
        return cls(
            transaction_id=obj.ident("transaction_id"),
            poll_after_seconds=poll,
            expires_at=obj.moment("expires_at"),
            qr_payload=obj.opt_text("qr_payload"),
            verify_url=obj.opt_text("verify_url"),
        )


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
        return cls(obj.text("status"), steps, dict(form.raw) if form else {})


@dataclass(frozen=True)
class TextSection:
    """One document of the texts: a title, its paragraphs and what ticking its box says."""

    title: str
    paragraphs: tuple[str, ...]
    consent: str
    notice: str | None = None
    """附表3's 「我已詳閱…」 confirmation."""
    programmes: tuple[str, ...] = ()
    """The 工業館 declaration's list of 雲世代 programmes (seed 004 註3)."""

    @staticmethod
    def parse(obj: Obj) -> TextSection:
        """From a parsed object."""
        return TextSection(
            title=obj.text("title"),
            paragraphs=obj.texts("paragraphs"),
            consent=obj.text("consent"),
            notice=obj.opt_text("notice"),
            programmes=obj.texts("programmes", optional=True),
        )


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
class Option:
    """One choice of a question."""

    id: str
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
        options = obj.each(
            "options",
            lambda o: Option(
                o.ident("id"), o.text("text"), o.integer("score"), o.flag("exclusive", False)
            ),
        )
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
class Dimension:
    """A dimension of the assessment (daily operations, information security, …)."""

    id: str
    title: str

    @staticmethod
    def parse(obj: Obj) -> Dimension:
        """From a parsed object."""
        return Dimension(obj.ident("id"), obj.text("title"))


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
class Account:
    """``GET /account`` (帳號管理)."""

    ubn: str
    name: str
    contact_email: str | None
    contact_name: str | None
    password_set: bool
    can_sign: bool

    @classmethod
    def from_json(cls, raw: object) -> Account:
        """From the JSON answer."""
        obj = Obj(raw, "account")
        return cls(
            ubn=obj.ident("ubn"),
            name=obj.text("name"),
            contact_email=obj.opt_text("contact_email"),
            contact_name=obj.opt_text("contact_name"),
            password_set=obj.flag("password_set", default=False),
            can_sign=obj.flag("can_sign", default=False),
        )


@dataclass(frozen=True)
class Contract:
    """``GET /plans/{id}/contract``: the product contract to read before agreeing."""

    plan_id: str
    title: str
    version: str
    text: str
    sha256: str

    @classmethod
    def from_json(cls, raw: object) -> Contract:
        """From the JSON answer."""
        obj = Obj(raw, "contract")
        return cls(
            obj.ident("plan_id"),
            obj.text("title"),
            obj.text("version"),
            obj.text("text"),
            obj.text("sha256"),
        )


@dataclass(frozen=True)
class Consultation:
    """``POST /consultations``: a request for a consultant or the expert service."""

    id: str
    at: datetime
    kind: str
    status: str

    @classmethod
    def from_json(cls, raw: object) -> Consultation:
        """From the JSON answer."""
        obj = Obj(raw, "consultation")
        return cls(obj.ident("id"), obj.moment("at"), obj.text("kind"), obj.text("status"))


# -- points --


@dataclass(frozen=True)
class LedgerEntry:
    """One row of the append-only points ledger."""

    at: datetime
    kind: LedgerKind
    amount: int
    balance_after: int
    order_id: str | None = None

    @staticmethod
    def parse(obj: Obj) -> LedgerEntry:
        """From a parsed object."""
        return LedgerEntry(
            at=obj.moment("at"),
            kind=obj.enum("kind", LedgerKind),
            amount=obj.amount("amount", signed=True),
            balance_after=obj.amount("balance_after"),
            order_id=obj.opt_ident("order_id"),
        )


@dataclass(frozen=True)
class PointsSummary:
    """``GET /points``."""

    balance: int
    granted: int
    granted_on: date | None
    first_use_by: date | None
    expires_on: date | None
    earliest_expiry: date | None
    can_reapply: bool
    ledger: tuple[LedgerEntry, ...]
    pavilion: Pavilion = Pavilion.GENERAL
    ratio: str | None = None
    points_cap: int | None = None
    programme_id: str | None = None

    @classmethod
    def from_json(cls, raw: object) -> PointsSummary:
        """From the JSON answer."""
        obj = Obj(raw, "points")
        return cls(
            balance=obj.amount("balance"),
            granted=obj.amount("granted"),
            granted_on=obj.opt_day("granted_on"),
            first_use_by=obj.opt_day("first_use_by"),
            expires_on=obj.opt_day("expires_on"),
            earliest_expiry=obj.opt_day("earliest_expiry"),
            can_reapply=obj.flag("can_reapply", default=False),
            ledger=obj.each("ledger", LedgerEntry.parse, optional=True),
            pavilion=obj.enum("pavilion", Pavilion) if obj.has("pavilion") else Pavilion.GENERAL,
            ratio=obj.opt_text("ratio"),
            points_cap=obj.opt_amount("points_cap"),
            programme_id=obj.opt_text("programme_id"),
        )


# -- catalogue --


@dataclass(frozen=True)
class Named:
    """A catalogue entry the platform names by id: ``{"id", "name"}``."""

    id: str
    name: str

    @classmethod
    def parse(cls, obj: Obj) -> Self:
        """From a parsed object."""
        return cls(obj.ident("id"), obj.text("name"))


class Category(Named):
    """One of the 15 solution categories."""


class Vendor(Named):
    """資訊服務廠商."""


@dataclass(frozen=True)
class Plan:
    """A priced plan of a solution."""

    id: str
    name: str
    months: int
    price: int

    @staticmethod
    def parse(obj: Obj) -> Plan:
        """From a parsed object."""
        return Plan(obj.ident("id"), obj.text("name"), obj.integer("months"), obj.amount("price"))


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
class Quote:
    """``POST /orders/quote``: the price split and the bytes to sign for the order."""

    quote_id: str
    price: int
    points: int
    self_pay: int
    ratio: str | None
    """``self_pay:points`` of the plan's pavilion; None when the programme has no such one."""
    to_be_signed: bytes
    expires_at: datetime | None
    pavilion: Pavilion | None = None
    points_reason: str | None = None
    """Why no points apply (an ``app.subsidy.NoPointsReason`` code), or None."""

    @classmethod
    def from_json(cls, raw: object) -> Quote:
        """From the JSON answer."""
        obj = Obj(raw, "quote")
        pavilion = obj.opt_text("pavilion")
        return cls(
            quote_id=obj.ident("quote_id"),
            price=obj.amount("price"),
            points=obj.amount("points"),
            self_pay=obj.amount("self_pay"),
            ratio=obj.opt_text("ratio"),
            to_be_signed=obj.b64("to_be_signed"),
            expires_at=obj.opt_moment("expires_at"),
            pavilion=obj.enum("pavilion", Pavilion) if pavilion is not None else None,
            points_reason=obj.opt_text("points_reason"),
        )


@dataclass(frozen=True)
class Ref:
    """A named reference inside an order (solution, vendor, plan)."""

    id: str
    name: str
    months: int | None = None

    @staticmethod
    def parse_value(value: object, where: str) -> Ref:
        """From an object ``{"id", "name", …}`` or a bare name."""
        if isinstance(value, str):
            return Ref(value, value)
        obj = Obj(value, where)
        return Ref(obj.ident("id"), obj.text("name"), obj.opt_integer("months"))


@dataclass(frozen=True)
class HistoryEntry:
    """One change of an order's status."""

    status: OrderStatus
    at: datetime
    note: str | None = None


@dataclass(frozen=True)
class Invoice:
    """The vendor's full e-invoice."""

    number: str
    amount: int
    issued_on: date


@dataclass(frozen=True)
class ServicePeriod:
    """When the contracted service runs."""

    start: date
    end: date


@dataclass(frozen=True)
class OrderSettlement:
    """The outcome of a termination, as the platform recorded it."""

    used_months: int | None
    half_reached: bool | None
    self_pay_refund: int | None
    points_returned: int | None
    points_valid_until: date | None

    @staticmethod
    def parse(obj: Obj) -> OrderSettlement:
        """From a parsed object."""
        return OrderSettlement(
            used_months=obj.opt_integer("used_months"),
            half_reached=obj.flag("half_reached") if obj.has("half_reached") else None,
            self_pay_refund=obj.opt_amount("self_pay_refund"),
            points_returned=obj.opt_amount("points_returned"),
            points_valid_until=obj.opt_day("points_valid_until"),
        )


@dataclass(frozen=True)
class Order:
    """``GET /orders/{id}``."""

    id: str
    solution: Ref
    vendor: Ref
    plan: Ref
    price: int
    points: int
    self_pay: int
    status: OrderStatus
    history: tuple[HistoryEntry, ...]
    deadlines: OrderDeadlines
    payment_url: str | None = None
    invoice: Invoice | None = None
    service: ServicePeriod | None = None
    settlement: OrderSettlement | None = None
    ratio: str | None = None
    """Self-pay : points of the plan's pavilion (``"1:1"``, 工業館 ``"2:1"``)."""

    @staticmethod
    def parse(obj: Obj) -> Order:
        """From a parsed object."""
        order_id = obj.ident("id")
        if not (len(order_id) == 20 and order_id.isdigit()):
            raise ProtocolError(f"{obj.where}.id: expected 20 digits, got {order_id!r}")
        deadlines = obj.opt_sub("deadlines")
        invoice = obj.opt_sub("invoice")
        service = obj.opt_sub("service")
        settlement = obj.opt_sub("settlement")
        return Order(
            id=order_id,
            solution=Ref.parse_value(obj.raw.get("solution"), f"{obj.where}.solution"),
            vendor=Ref.parse_value(obj.raw.get("vendor"), f"{obj.where}.vendor"),
            plan=Ref.parse_value(obj.raw.get("plan"), f"{obj.where}.plan"),
            price=obj.amount("price"),
            points=obj.amount("points"),
            self_pay=obj.amount("self_pay"),
            status=obj.enum("status", OrderStatus),
            history=obj.each(
                "history",
                lambda h: HistoryEntry(
                    h.enum("status", OrderStatus), h.moment("at"), h.opt_text("note")
                ),
                optional=True,
            ),
            deadlines=OrderDeadlines(
                vendor_confirm_by=deadlines.opt_day("vendor_confirm_by"),
                payment_due_by=deadlines.opt_day("payment_due_by"),
                invoice_due_by=deadlines.opt_day("invoice_due_by"),
                service_start_by=deadlines.opt_day("service_start_by"),
            )
            if deadlines
            else OrderDeadlines(),
            payment_url=obj.opt_text("payment_url"),
            invoice=Invoice(
                invoice.text("number"), invoice.amount("amount"), invoice.day("issued_on")
            )
            if invoice
            else None,
            service=ServicePeriod(service.day("start"), service.day("end")) if service else None,
            settlement=OrderSettlement.parse(settlement) if settlement else None,
            ratio=obj.opt_text("ratio"),
        )

    @classmethod
    def from_json(cls, raw: object) -> Order:
        """From the JSON answer."""
        return cls.parse(Obj(raw, "order"))


@dataclass(frozen=True)
class TerminationQuote:
    """``POST /orders/{id}/termination-quote``."""

    used_months: int
    term_months: int
    half_reached: bool
    self_pay_refund: int
    points_returned: int
    points_valid_until: date | None
    to_be_signed: bytes
    points_not_returned_reason: str | None = None
    """``PROGRAMME_ENDED`` or ``BUDGET_EXHAUSTED`` when points are not returned."""

    @classmethod
    def from_json(cls, raw: object) -> TerminationQuote:
        """From the JSON answer."""
        obj = Obj(raw, "termination_quote")
        return cls(
            used_months=obj.integer("used_months"),
            term_months=obj.integer("term_months"),
            half_reached=obj.flag("half_reached"),
            self_pay_refund=obj.amount("self_pay_refund"),
            points_returned=obj.amount("points_returned"),
            points_valid_until=obj.opt_day("points_valid_until"),
            to_be_signed=obj.b64("to_be_signed"),
            points_not_returned_reason=obj.opt_text("points_not_returned_reason"),
        )


# -- notifications --


@dataclass(frozen=True)
class Notification:
    """A message in 我的通知."""

    id: str
    at: datetime
    kind: str
    title: str
    body: str
    read: bool
    order_id: str | None = None

    @staticmethod
    def parse(obj: Obj) -> Notification:
        """From a parsed object."""
        return Notification(
            id=obj.ident("id"),
            at=obj.moment("at"),
            kind=obj.text("kind"),
            title=obj.text("title"),
            body=obj.text("body"),
            read=obj.flag("read", default=False),
            order_id=obj.opt_ident("order_id"),
        )


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
