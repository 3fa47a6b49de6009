"""Database schema and engine of the reference platform (SQLAlchemy 2, SQLite by default)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from sqlalchemy import (
    JSON,
    URL,
    Connection,
    DateTime,
    Engine,
    Float,
    ForeignKey,
    String,
    Text,
    UniqueConstraint,
    create_engine,
    event,
    make_url,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, object_session
from sqlalchemy.pool import StaticPool
from sqlalchemy.types import TypeDecorator

from app.subsidy import TAIWAN_TZ
from app.subsidy.eligibility import DEFAULT_REJECTION_REASON


class AwareDateTime(TypeDecorator[datetime]):
    """A moment in time, always timezone-aware in Python and read back in Taiwan time.

    PostgreSQL keeps it as ``timestamptz`` (an absolute instant). SQLite has no time
    zones: there it is stored as Taiwan local time (the format earlier versions wrote,
    so existing training databases keep their meaning). A naive value is refused: a
    moment without an offset is ambiguous, and mixing the two kinds is what breaks
    comparisons on PostgreSQL.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: platform moments carry a time zone")
        local = value.astimezone(TAIWAN_TZ)
        return local.replace(tzinfo=None) if dialect.name == "sqlite" else local

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=TAIWAN_TZ)
        return value.astimezone(TAIWAN_TZ)


class Base(DeclarativeBase):
    """Declarative base of all platform tables."""

    type_annotation_map: ClassVar[dict[Any, Any]] = {
        dict[str, Any]: JSON,
        list[Any]: JSON,
        datetime: AwareDateTime,
        float: Float,  # not SQLAlchemy's default Double: the type the tables were created with
    }


ApplicantId = Annotated[int, mapped_column(ForeignKey("applicants.id"))]
"""The applicant a row belongs to."""
OrderId = Annotated[str, mapped_column(ForeignKey("orders.id"))]
"""The order a row belongs to."""
IssuedId = Annotated[str, mapped_column(String(40), primary_key=True)]
"""The key of a row whose id the platform hands out (:func:`sandbox.context.new_id`):
challenges, mobile transactions, order and termination quotes."""
LongText = Annotated[str, mapped_column(Text)]
"""Text without a length limit (a signed document, a message body)."""


class ClockRow(Base):
    """The platform clock: real time shifted by ``offset_seconds``."""

    __tablename__ = "clock"
    id: Mapped[int] = mapped_column(primary_key=True)
    offset_seconds: Mapped[float] = mapped_column(default=0.0)
    swept_through: Mapped[date | None]


class Applicant(Base):
    """An organisation that may apply for points, with its application state."""

    __tablename__ = "applicants"
    id: Mapped[int] = mapped_column(primary_key=True)
    ubn: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    applicant_type: Mapped[str] = mapped_column(String(32))
    responsible_name: Mapped[str] = mapped_column(String(100))
    responsible_id: Mapped[str] = mapped_column(String(10))
    responsible_birthday: Mapped[date | None]
    responsible_mobile: Mapped[str | None] = mapped_column(String(20))
    org_code: Mapped[str | None] = mapped_column(String(16))
    paid_in_capital: Mapped[int | None]
    employees: Mapped[int | None]
    factory_registered: Mapped[bool] = mapped_column(default=False)
    pavilion: Mapped[str] = mapped_column(String(16), default="general")
    """The track applied for: ``general`` (30,000 points) or ``industry`` (工業館)."""
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # application
    status: Mapped[str] = mapped_column(String(32), default="draft")
    steps: Mapped[list[Any]] = mapped_column(default=list)
    authorizations: Mapped[list[Any]] = mapped_column(default=list)
    form: Mapped[dict[str, Any]] = mapped_column(default=dict)
    password_hash: Mapped[str | None] = mapped_column(String(200))
    email_code: Mapped[str | None] = mapped_column(String(12))
    review_due_on: Mapped[date | None]
    verified_method: Mapped[str | None] = mapped_column(String(32))


class ReviewDecision(Base):
    """How the eligibility review of a tax-registered applicant ended (a table of its own,
    so a training database from before it gains it without a migration)."""

    __tablename__ = "review_decisions"
    applicant_id: Mapped[ApplicantId] = mapped_column(primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    """``approve`` or ``reject``."""
    reason: Mapped[str | None] = mapped_column(String(200))
    """What the applicant is told of a rejection."""
    decided_at: Mapped[datetime]


def rejection_reason(applicant: Applicant) -> str | None:
    """What a rejected applicant was told (None unless its review rejected it)."""
    if applicant.status != "rejected":
        return None
    session = object_session(applicant)
    row = session.get(ReviewDecision, applicant.id) if session is not None else None
    return row.reason if row is not None and row.reason else DEFAULT_REJECTION_REASON


class ProgrammeSetting(Base):
    """The programme in force and the platform's settings for it (singleton row)."""

    __tablename__ = "programme_setting"
    id: Mapped[int] = mapped_column(primary_key=True)
    programme_id: Mapped[str] = mapped_column(String(16), default="training")
    ends_on: Mapped[date | None]
    applications_open_until: Mapped[date | None]
    budget_exhausted: Mapped[bool | None]


class Session(Base):
    """A bearer token. Lifetime is wall-clock time, not platform time."""

    __tablename__ = "sessions"
    token: Mapped[str] = mapped_column(String(64), primary_key=True)
    applicant_id: Mapped[ApplicantId]
    method: Mapped[str] = mapped_column(String(32))
    can_sign: Mapped[bool]
    identity: Mapped[dict[str, Any]] = mapped_column(default=dict)
    expires_real: Mapped[float]
    revoked: Mapped[bool] = mapped_column(default=False)


class Challenge(Base):
    """A single-use login challenge."""

    __tablename__ = "challenges"
    id: Mapped[IssuedId]
    applicant_id: Mapped[ApplicantId]
    method: Mapped[str] = mapped_column(String(32))
    document: Mapped[LongText]
    expires_at: Mapped[datetime]
    used: Mapped[bool] = mapped_column(default=False)


class MobileTransaction(Base):
    """A mobile MOICA or phone-number transaction (login or signature)."""

    __tablename__ = "mobile_transactions"
    id: Mapped[IssuedId]
    channel: Mapped[str] = mapped_column(String(16))  # moica_mobile | phone
    applicant_id: Mapped[ApplicantId]
    purpose: Mapped[str] = mapped_column(String(8))
    id_number: Mapped[str] = mapped_column(String(10))
    document: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16), default="pending")
    expires_at: Mapped[datetime]
    token: Mapped[str | None] = mapped_column(String(64))
    consumed: Mapped[bool] = mapped_column(default=False)


class OutboxMessage(Base):
    """An e-mail or SMS the platform pretends to have sent."""

    __tablename__ = "outbox"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime]
    channel: Mapped[str] = mapped_column(String(8))
    to: Mapped[str] = mapped_column(String(200))
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[LongText]
    code: Mapped[str | None] = mapped_column(String(12))
    ubn: Mapped[str | None] = mapped_column(String(8))


class Category(Base):
    """One of the 15 solution categories of the subsidy zone."""

    __tablename__ = "categories"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(100))


class Vendor(Base):
    """An information-service vendor (資訊服務廠商)."""

    __tablename__ = "vendors"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))


class Solution(Base):
    """A cloud solution listed in a pavilion."""

    __tablename__ = "solutions"
    id: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    vendor_id: Mapped[str] = mapped_column(ForeignKey("vendors.id"))
    category: Mapped[str] = mapped_column(ForeignKey("categories.id"))
    pavilion: Mapped[str] = mapped_column(String(16))
    tags: Mapped[list[Any]] = mapped_column(default=list)
    subsidised: Mapped[bool] = mapped_column(default=True)


class Plan(Base):
    """A priced plan of a solution."""

    __tablename__ = "plans"
    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    solution_id: Mapped[str] = mapped_column(ForeignKey("solutions.id"))
    name: Mapped[str] = mapped_column(String(100))
    months: Mapped[int]
    price: Mapped[int]


class CustomerRelation(Base):
    """An applicant that already subscribes to a vendor's solution."""

    __tablename__ = "customer_relations"
    id: Mapped[int] = mapped_column(primary_key=True)
    ubn: Mapped[str] = mapped_column(String(8))
    solution_id: Mapped[str] = mapped_column(ForeignKey("solutions.id"))


class AssessmentResponse(Base):
    """A submitted self-assessment."""

    __tablename__ = "assessment_responses"
    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[ApplicantId]
    at: Mapped[datetime]
    version: Mapped[str] = mapped_column(String(16))
    answers: Mapped[dict[str, Any]]
    scores: Mapped[dict[str, Any]]
    recommended: Mapped[list[Any]]


class LedgerRow(Base):
    """One append-only row of an applicant's points ledger (amount is signed)."""

    __tablename__ = "ledger"
    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[ApplicantId] = mapped_column(index=True)
    at: Mapped[datetime]
    on: Mapped[date]
    kind: Mapped[str] = mapped_column(String(16))
    amount: Mapped[int]
    balance_after: Mapped[int]
    order_id: Mapped[str | None] = mapped_column(String(20))
    valid_until: Mapped[date | None]
    programme_id: Mapped[str | None] = mapped_column(String(16))
    """On grants: the programme whose terms the granted points follow."""


class PlanPurchase:
    """The plan bought and its price in points and self-pay: quoted, then ordered."""

    plan_id: Mapped[str] = mapped_column(ForeignKey("plans.id"))
    price: Mapped[int]
    points: Mapped[int]
    self_pay: Mapped[int]


class Quote(PlanPurchase, Base):
    """A priced offer the applicant signs to place an order."""

    __tablename__ = "quotes"
    id: Mapped[IssuedId]
    applicant_id: Mapped[ApplicantId]
    to_be_signed: Mapped[LongText]
    expires_at: Mapped[datetime]
    used: Mapped[bool] = mapped_column(default=False)


class Order(PlanPurchase, Base):
    """An order of a plan, with its deadlines and settlement."""

    __tablename__ = "orders"
    id: Mapped[str] = mapped_column(String(20), primary_key=True)
    applicant_id: Mapped[ApplicantId] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    submitted_on: Mapped[date]
    confirmed_on: Mapped[date | None]
    paid_on: Mapped[date | None]
    deadlines: Mapped[dict[str, Any]] = mapped_column(default=dict)
    invoice: Mapped[dict[str, Any] | None]
    service_start: Mapped[date | None]
    service_end: Mapped[date | None]
    settlement: Mapped[dict[str, Any] | None]
    signer: Mapped[dict[str, Any]] = mapped_column(default=dict)


class OrderEventRow(Base):
    """One status change of an order."""

    __tablename__ = "order_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[OrderId] = mapped_column(index=True)
    status: Mapped[str] = mapped_column(String(32))
    at: Mapped[datetime]
    note: Mapped[str] = mapped_column(String(300))


class TerminationQuote(Base):
    """A settlement offer the applicant signs to terminate an order."""

    __tablename__ = "termination_quotes"
    id: Mapped[IssuedId]
    order_id: Mapped[OrderId]
    on: Mapped[date]
    body: Mapped[dict[str, Any]]
    to_be_signed: Mapped[LongText]


class Notification(Base):
    """A message for an applicant; ``key`` keeps one-off notices from repeating."""

    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("applicant_id", "key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[ApplicantId] = mapped_column(index=True)
    key: Mapped[str | None] = mapped_column(String(100))
    at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[LongText]
    order_id: Mapped[str | None] = mapped_column(String(20))
    read: Mapped[bool] = mapped_column(default=False)


class IdempotentResponse(Base):
    """The first response to a creating POST, replayed for the same key."""

    __tablename__ = "idempotency"
    __table_args__ = (UniqueConstraint("applicant_id", "key", "endpoint"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int]
    key: Mapped[str] = mapped_column(String(200))
    endpoint: Mapped[str] = mapped_column(String(200))
    status_code: Mapped[int]
    body: Mapped[dict[str, Any]]


class Counter(Base):
    """Named sequences (order numbers)."""

    __tablename__ = "counters"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[int] = mapped_column(default=0)


def _json_text(value: Any) -> str:
    # Readable (and searchable) Chinese in JSON columns.
    return json.dumps(value, ensure_ascii=False)


def engine_url(url: str) -> URL:
    """The SQLAlchemy URL to connect with: ``postgresql://`` means the psycopg 3 driver."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed


def make_engine(url: str) -> Engine:
    """Create the engine; SQLite gets explicit ``BEGIN IMMEDIATE`` transactions.

    In-memory SQLite shares one connection between threads (StaticPool); requests are
    serialised by :data:`WRITE_LOCK` in any case, and ``BEGIN IMMEDIATE`` additionally
    guards a database file shared between processes. On PostgreSQL, several platform
    processes may share the database: writers take row locks (see :mod:`sandbox.context`).
    """
    if url.startswith("sqlite"):
        memory = url in ("sqlite://", "sqlite:///:memory:")
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": 30},
            poolclass=StaticPool if memory else None,
            json_serializer=_json_text,
        )

        @event.listens_for(engine, "connect")
        def _connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy, not the driver, decide when a transaction begins.
            dbapi_connection.isolation_level = None
            dbapi_connection.execute("PRAGMA foreign_keys=ON")

        @event.listens_for(engine, "begin")
        def _begin(connection: Any) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

    else:
        engine = create_engine(engine_url(url), pool_pre_ping=True, json_serializer=_json_text)
    return engine


# Any fixed number: the PostgreSQL advisory lock that serialises schema creation and
# seeding when several platform processes start on one empty database.
_SCHEMA_LOCK_KEY = 0x7C10D


@contextmanager
def schema_lock(connection: Connection) -> Iterator[None]:
    """Hold, until the transaction ends, the lock under which the schema is created."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEMA_LOCK_KEY})
    yield


class Database:
    """Engine plus the lock that gives every request one serialised transaction."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.lock = threading.RLock()

    def dispose(self) -> None:
        """Close all connections."""
        self.engine.dispose()
