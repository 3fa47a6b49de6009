"""Per-request unit of work: one serialised transaction, the platform clock and the caller."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from fastapi import Request
from fastapi.responses import Response
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.errors import ErrorCode
from app.subsidy import TAIWAN_TZ, Programme, canonical_json

from .db import Applicant, ClockRow, Counter, Database, IdempotentResponse, rejection_reason
from .db import Session as SessionRow
from .errors import ApiError, IdempotentReplay, validation_error
from .programme import active_programme

DEFAULT_TOKEN_TTL_SECONDS = 8 * 3600


@dataclass
class Fault:
    """A failure to inject into the next ``count`` matching requests."""

    kind: str
    count: int
    path: str | None = None
    seconds: float = 0.0


@dataclass
class Platform:
    """Process-wide state of one platform instance."""

    database: Database
    token_ttl_seconds: float = DEFAULT_TOKEN_TTL_SECONDS
    faults: list[Fault] = field(default_factory=list)
    # Guards ``faults`` only; never the database lock, which the event loop must not wait on.
    faults_lock: threading.Lock = field(default_factory=threading.Lock)
    clock_offset_seconds: float = 0.0
    """The platform clock's offset as the last request saw it (for the Date header)."""
    catch_up: Callable[[Tx], None] | None = None
    """Applies the time-based effects due by the platform's today (the server wires in
    :func:`sandbox.sweep.sweep_until_now`; this module stays below the rules that use it)."""

    def now(self) -> datetime:
        """The platform's time in Taiwan (timezone-aware), without a database round trip."""
        return real_now() + timedelta(seconds=self.clock_offset_seconds)


def platform_of(request: Request) -> Platform:
    """The platform serving ``request``."""
    platform: Platform = request.app.state.platform
    return platform


def real_now() -> datetime:
    """Wall-clock time in Taiwan, timezone-aware."""
    return datetime.now(TAIWAN_TZ)


def iso(value: datetime | date | None) -> str | None:
    """ISO 8601 text; datetimes (always timezone-aware) in Taiwan time, with +08:00."""
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError(f"naive datetime {value!r}: platform moments carry a time zone")
        return value.astimezone(TAIWAN_TZ).isoformat()
    return value.isoformat()


def clock_row(db: OrmSession, *, for_update: bool = False) -> ClockRow:
    """The singleton clock row, created on first use.

    ``for_update`` locks it until the transaction ends (on PostgreSQL; SQLite transactions
    are serialised anyway) and reads its latest committed state: the sweep takes it so that
    two platform processes never apply one day's effects twice.
    """
    row = db.get(ClockRow, 1, with_for_update=for_update, populate_existing=for_update)
    if row is None:
        row = ClockRow(id=1, offset_seconds=0.0)
        db.add(row)
        db.flush()
    return row


def lock_applicant(db: OrmSession, applicant_id: int) -> Applicant | None:
    """The applicant, locked until the transaction ends and read fresh.

    Every change to an applicant's points, orders and stored idempotent responses happens
    under this lock, so platform processes sharing a PostgreSQL database take turns per
    applicant: a balance checked under it is still the balance when the ledger row is added.
    """
    return db.get(Applicant, applicant_id, with_for_update=True, populate_existing=True)


def next_in_sequence(db: OrmSession, name: str, first: int) -> int:
    """The next value of the named sequence (``first`` on first use), locked until commit."""
    counter = db.get(Counter, name, with_for_update=True, populate_existing=True)
    if counter is None:
        counter = Counter(name=name, value=first - 1)
        db.add(counter)
    counter.value += 1
    return counter.value


def new_id(prefix: str) -> str:
    """A random, unguessable identifier."""
    return f"{prefix}_{secrets.token_hex(12)}"


class Tx:
    """What a request handler works with: session, platform time, caller."""

    def __init__(self, db: OrmSession, platform: Platform, request: Request | None) -> None:
        self.db = db
        self.platform = platform
        self.request = request
        offset = clock_row(db).offset_seconds
        platform.clock_offset_seconds = offset
        self.now = real_now() + timedelta(seconds=offset)
        self._session: SessionRow | None = None
        self._applicant: Applicant | None = None
        self._idempotent: tuple[int, str, str] | None = None
        self._programme: Programme | None = None

    @property
    def today(self) -> date:
        """The platform's date in Taiwan."""
        return self.now.date()

    @property
    def programme(self) -> Programme:
        """The programme in force, with the platform's settings (read once per request)."""
        if self._programme is None:
            self._programme = active_programme(self.db, self.today)
        return self._programme

    def forget_programme(self) -> None:
        """Read the programme again (after its settings changed)."""
        self._programme = None

    def set_offset(self, offset_seconds: float) -> None:
        """Move the platform clock."""
        clock_row(self.db).offset_seconds = offset_seconds
        self.platform.clock_offset_seconds = offset_seconds
        self.now = real_now() + timedelta(seconds=offset_seconds)

    def session(self) -> SessionRow:
        """The caller's session; 401 without a valid bearer token."""
        if self._session is not None:
            return self._session
        header = self.request.headers.get("authorization", "") if self.request else ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise ApiError(401, ErrorCode.UNAUTHENTICATED, "請先登入。")
        row = self.db.get(SessionRow, token.strip())
        if row is None or row.revoked:
            raise ApiError(401, ErrorCode.TOKEN_INVALID, "登入憑證無效，請重新登入。")
        if row.expires_real < time.time():
            raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "登入已逾時，請重新登入。")
        self._session = row
        return row

    def applicant(self) -> Applicant:
        """The logged-in applicant."""
        if self._applicant is None:
            applicant = lock_applicant(self.db, self.session().applicant_id)
            if applicant is None:
                raise ApiError(401, ErrorCode.TOKEN_INVALID, "登入憑證無效，請重新登入。")
            self._applicant = applicant
        return self._applicant

    def signing_applicant(self) -> Applicant:
        """The logged-in applicant, refusing read-only (password) sessions."""
        if not self.session().can_sign:
            raise ApiError(
                403,
                ErrorCode.READ_ONLY_SESSION,
                "以密碼登入僅能查詢，請改用憑證或行動自然人憑證登入。",
            )
        return self.applicant()

    def active_applicant(self) -> Applicant:
        """The logged-in applicant whose account is active."""
        applicant = self.applicant()
        if applicant.status == "pending_review":
            raise ApiError(
                409,
                ErrorCode.APPLICATION_UNDER_REVIEW,
                f"資格審查中，預計於 {applicant.review_due_on} 完成。",
                {"review_due_on": iso(applicant.review_due_on)},
            )
        if applicant.status == "rejected":
            reason = rejection_reason(applicant)
            raise ApiError(
                409,
                ErrorCode.APPLICATION_REJECTED,
                f"資格審查未通過：{reason}。",
                {"reason": reason},
            )
        if applicant.status != "active":
            raise ApiError(
                409, ErrorCode.APPLICATION_NOT_ACTIVE, "帳號尚未啟用，請先完成申請步驟。"
            )
        return applicant

    def _idempotency_key(self) -> str | None:
        if self.request is None:
            return None
        key = self.request.headers.get("idempotency-key")
        if key is None:
            return None
        key = key.strip()
        if not key or len(key) > 200:
            raise validation_error(
                {"Idempotency-Key": "長度不正確。"}, message="Idempotency-Key 須為 1–200 字元。"
            )
        return key

    def start_idempotent(self, applicant_id: int | None = None) -> None:
        """Replay the stored first response for this Idempotency-Key, if there is one.

        Responses are stored per applicant, key and endpoint (method and path): the
        applicant ``applicant_id`` (before a login, the one the request names), else the
        session's.
        """
        key = self._idempotency_key()
        if key is None or self.request is None:
            return
        if applicant_id is None:
            try:
                applicant_id = self.session().applicant_id
            except ApiError:
                return  # the handler answers 401 itself
        # A concurrent request with the same key (on another platform process) waits here
        # until the first one has committed, then finds its stored response.
        lock_applicant(self.db, applicant_id)
        endpoint = f"{self.request.method} {self.request.url.path}"
        row = self.db.scalar(
            select(IdempotentResponse).where(
                IdempotentResponse.applicant_id == applicant_id,
                IdempotentResponse.key == key,
                IdempotentResponse.endpoint == endpoint,
            )
        )
        if row is not None:
            raise IdempotentReplay(row.status_code, row.body)
        self._idempotent = (applicant_id, key, endpoint)

    def done(self, body: dict[str, Any], status: int = 200) -> dict[str, Any]:
        """Return ``body``, remembering it under the request's Idempotency-Key."""
        if self._idempotent is not None:
            applicant_id, key, endpoint = self._idempotent
            self.db.add(
                IdempotentResponse(
                    applicant_id=applicant_id,
                    key=key,
                    endpoint=endpoint,
                    status_code=status,
                    body=body,
                )
            )
        return body


@contextmanager
def transaction(
    request: Request | None, platform: Platform, *, sweep: bool = True, idempotent: bool = False
) -> Iterator[Tx]:
    """One serialised transaction; time-based effects are applied first, inside it.

    With ``idempotent``, a repeated Idempotency-Key replays the first response.
    """
    engine = platform.database.engine
    with platform.database.lock, OrmSession(engine, expire_on_commit=False) as db, db.begin():
        tx = Tx(db, platform, request)
        if sweep and platform.catch_up is not None:
            platform.catch_up(tx)
        if idempotent:
            tx.start_idempotent()
        yield tx


@contextmanager
def tx_for(request: Request, *, sweep: bool = True, idempotent: bool = False) -> Iterator[Tx]:
    """:func:`transaction` for the platform serving ``request``."""
    with transaction(request, platform_of(request), sweep=sweep, idempotent=idempotent) as tx:
        yield tx


def list_response(request: Request, items: list[dict[str, Any]], total: int) -> Response:
    """A list body with an ETag; ``If-None-Match`` with the same tag gets 304."""
    body = {"items": items, "total": total}
    raw = canonical_json(body)
    etag = '"' + hashlib.sha256(raw).hexdigest()[:32] + '"'
    inm = request.headers.get("if-none-match")
    if inm is not None and etag in [t.strip() for t in inm.split(",")]:
        return Response(status_code=304, headers={"ETag": etag})
    return Response(raw, media_type="application/json", headers={"ETag": etag})
