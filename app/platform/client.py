"""Typed client of the platform API (platform-api.md).

Network rules: connect 5 s / read 20 s socket timeouts, and a total deadline however
slowly a server or proxy sends: 30 s per attempt and 60 s for a call with its retries
(``guard.CallGuard`` shuts the sockets down when time is up; a ``guard.CancelScope``
lets the person end the wait sooner). Answers over 8 MiB and JSON nested deeper than
``MAX_JSON_DEPTH`` are refused; redirects are followed only within the platform's own
origin (never to another host, never from https to http). Retries with exponential
backoff only for idempotent calls (GET, PUT) and for POSTs that carry an
``Idempotency-Key`` (the same key is sent again, so a retry after a dropped connection
creates nothing twice). Every failure reaches the caller as a ``PlatformClientError``.
List and detail GETs use ETags and keep their last good answer in the encrypted
response cache, so that offline the UI can show it "as of" the time it was fetched.

Logging: method, path template, status and timing at DEBUG; bodies only at TRAFFIC
(level 5) and only through the ``redact`` hook; bodies of calls carrying passwords,
codes or tokens are never logged.
"""

from __future__ import annotations

import http.client
import json
import logging
import ssl
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Literal, TypeVar
from urllib.parse import quote, urlencode, urljoin, urlsplit

import requests
import urllib3.exceptions

from app.storage import PUBLIC_SCOPE, ResponseCache, platform_id
from app.subsidy import ApplicationStep, Programme
from app.support.logs import TRAFFIC

from ._parse import Obj, b64encode, decode_json
from .errors import (
    AnswerTooLarge,
    AuthExpired,
    CallCancelled,
    DeadlineExceeded,
    NetworkError,
    NetworkKind,
    NotSignedIn,
    PlatformClientError,
    PlatformError,
    ProtocolError,
    RedirectRefused,
)
from .guard import CallGuard, current_scope, tracked_call
from .models import (
    Account,
    Applicant,
    ApplicationState,
    ApplicationTexts,
    AssessmentResult,
    CardSignature,
    Category,
    Challenge,
    Consultation,
    Contract,
    Fetched,
    LoginResult,
    MobileTransaction,
    Notification,
    Order,
    Page,
    PointsSummary,
    Questionnaire,
    Quote,
    SavedAssessment,
    SignatureBlock,
    Solution,
    TerminationQuote,
    TransactionState,
    parse_programme,
)
from .tokens import TokenStore
from .transport import (
    CONNECT_TIMEOUT,
    READ_TIMEOUT,
    check_base_url,
    describe_proxy,
    http_date,
    make_session,
)

log = logging.getLogger("app.platform.http")

T = TypeVar("T")

SignedStep = Literal[ApplicationStep.AUTHORIZATIONS, ApplicationStep.CONSENTS]
"""The application steps sent as signed documents."""
Redactor = Callable[[str], str]
_IDEMPOTENT = frozenset({"GET", "PUT", "HEAD", "DELETE"})
_RETRY_STATUSES = frozenset({502, 503, 504})
_OFFLINE_STATUSES = frozenset({502, 503, 504})
_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
ATTEMPT_DEADLINE = 30.0
TOTAL_DEADLINE = 60.0
MAX_ANSWER_BYTES = 8 * 1024 * 1024
# Failures of the HTTP stack below requests that it does not always wrap.
_TRANSPORT_ERRORS = (
    requests.RequestException,
    urllib3.exceptions.HTTPError,
    http.client.HTTPException,
    OSError,
)


def new_idempotency_key() -> str:
    """A fresh key for one user attempt; pass it again to retry that same attempt."""
    return str(uuid.uuid4())


@dataclass(frozen=True)
class _Answer:
    status: int
    body: object
    etag: str | None


@dataclass(frozen=True)
class _Request:
    """One request as it is sent, attempt after attempt."""

    method: str
    template: str
    """The contract's path template: what the logs name (no UBN, no order number)."""
    url: str
    query: Mapping[str, str] | None
    body: Mapping[str, object] | None
    headers: Mapping[str, str]
    sensitive: bool
    """True when the body must not reach the traffic log (a password)."""


@dataclass(frozen=True)
class _Raw:
    """An answer read whole within the caps."""

    status: int
    headers: Mapping[str, str]
    content: bytes


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    try:
        port = parts.port or {"http": 80, "https": 443}.get(scheme)
    except ValueError:
        port = None
    return scheme, (parts.hostname or "").lower(), port


def _show_origin(url: str) -> str:
    scheme, host, port = _origin(url)
    return f"{scheme}://{host}:{port}"


def _network_kind(exc: BaseException) -> NetworkKind:
    if isinstance(exc, requests.exceptions.SSLError | urllib3.exceptions.SSLError | ssl.SSLError):
        return "tls"
    if isinstance(exc, requests.exceptions.ProxyError | urllib3.exceptions.ProxyError):
        return "proxy"
    if isinstance(
        exc, requests.exceptions.Timeout | urllib3.exceptions.TimeoutError | TimeoutError
    ):
        return "timeout"
    if isinstance(
        exc,
        requests.exceptions.ChunkedEncodingError
        | urllib3.exceptions.ProtocolError
        | http.client.HTTPException
        | ConnectionResetError,
    ):
        return "dropped"
    if isinstance(exc, requests.exceptions.ConnectionError):
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, urllib3.exceptions.MaxRetryError):
            cause = cause.reason
        # the server accepted the connection and then closed it without an answer
        if isinstance(cause, urllib3.exceptions.ProtocolError | ConnectionResetError):
            return "dropped"
        return "connect"
    if isinstance(exc, OSError):
        return "connect"
    return "other"


class PlatformClient:
    """One platform, one signed-in applicant at a time."""

    def __init__(
        self,
        base_url: str,
        *,
        session_factory: Callable[[], requests.Session] = make_session,
        tokens: TokenStore | None = None,
        cache: ResponseCache | None = None,
        redact: Redactor | None = None,
        retries: int = 3,
        backoff_seconds: float = 0.5,
        timeout: tuple[float, float] = (CONNECT_TIMEOUT, READ_TIMEOUT),
        attempt_deadline: float = ATTEMPT_DEADLINE,
        total_deadline: float = TOTAL_DEADLINE,
        max_answer_bytes: int = MAX_ANSWER_BYTES,
        sleep: Callable[[float], None] = time.sleep,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
        storage_name: str | None = None,
    ) -> None:
        self.base_url = check_base_url(base_url)
        # The name its tokens, cache and drafts are kept under: host:port, unless the
        # platform's address changes between runs while its data stay (the training one).
        self.platform = storage_name or platform_id(self.base_url)
        self._session = session_factory()
        self.tokens = tokens or TokenStore()
        self.cache = cache or ResponseCache(self.platform, secrets=self.tokens.secrets)
        self._redact = redact
        self._retries = max(0, retries)
        self._backoff = backoff_seconds
        self._timeout = timeout
        self._attempt_deadline = attempt_deadline
        self._total_deadline = total_deadline
        self._max_answer_bytes = max_answer_bytes
        self._sleep = sleep
        self._now = now
        self._ubn: str | None = None
        self._token: str | None = None
        # The platform's clock minus ours, from the last answer's Date header.
        self._clock_offset = timedelta(0)

    # -- the platform's clock --

    def server_now(self) -> datetime:
        """The platform's current time, as its last answer's ``Date`` header tells.

        Deadlines the platform sets (a phone transaction's ``expires_at``) are on its
        clock; a PC whose clock is minutes off would otherwise count them down wrongly.
        Whole-second precision; our own clock until the platform has answered.
        """
        return self._now() + self._clock_offset

    def _note_server_date(self, header: str | None) -> None:
        server = http_date(header)
        if server is not None:
            # Date is truncated to the second: half a second is the best middle estimate.
            self._clock_offset = server + timedelta(milliseconds=500) - self._now()

    # -- session --

    @property
    def ubn(self) -> str | None:
        """The signed-in applicant's UBN."""
        return self._ubn

    @property
    def signed_in(self) -> bool:
        """True while a session token is held."""
        return self._token is not None

    def use_token(self, ubn: str, token: str) -> None:
        """Start a session with ``token`` and keep it in the token store."""
        self._ubn = ubn
        self._token = token
        self.tokens.save(self.platform, ubn, token)

    def resume(self, ubn: str) -> bool:
        """Take up a saved session of ``ubn``; False when there is none."""
        token = self.tokens.load(self.platform, ubn)
        if token is None:
            return False
        self._ubn, self._token = ubn, token
        return True

    def forget_session(self) -> None:
        """Drop the token locally (after expiry or sign-out)."""
        if self._ubn is not None:
            self.tokens.clear(self.platform, self._ubn)
        self._token = None

    def proxy(self) -> str | None:
        """The proxy in use for the platform (no credentials), for diagnostics."""
        return describe_proxy(self._session, self.base_url)

    def close(self) -> None:
        """Close pooled connections."""
        self._session.close()

    # -- identity and login --

    def lookup_applicant(self, ubn: str) -> Applicant:
        """``GET /applicants/{ubn}``: type and allowed methods (no session needed)."""
        return Applicant.from_json(
            self._call("GET", "/applicants/{ubn}", path={"ubn": ubn}, auth=False).body
        )

    def create_challenge(
        self, ubn: str, method: str, *, idempotency_key: str | None = None
    ) -> Challenge:
        """``POST /auth/challenges``: the bytes a card must sign to log in."""
        body = {"ubn": ubn, "method": str(method)}
        return Challenge.from_json(
            self._keyed("POST", "/auth/challenges", idempotency_key, body=body, auth=False)
        )

    def certificate_login(
        self, ubn: str, challenge_id: str, signature: CardSignature
    ) -> LoginResult:
        """``POST /auth/certificate-login``; on success the session starts."""
        block = signature.to_json()
        body = {
            "challenge_id": challenge_id,
            "signature": block["signature"],
            "certificate": block["certificate"],
            "chain": block["chain"],
        }
        answer = self._call(
            "POST", "/auth/certificate-login", body=body, auth=False, sensitive=True
        )
        result = LoginResult.from_json(answer.body)
        self.use_token(ubn, result.token)
        return result

    def start_mobile_moica(
        self,
        ubn: str,
        id_number: str,
        *,
        mode: str = "qr",
        purpose: str = "login",
        document: bytes | None = None,
        idempotency_key: str | None = None,
    ) -> MobileTransaction:
        """``POST /auth/mobile-moica``: start a 行動自然人憑證 login or signature."""
        body: dict[str, object] = {"ubn": ubn, "id_number": id_number, "mode": mode}
        return self._start_transaction(
            "/auth/mobile-moica", body, purpose, document, idempotency_key
        )

    def mobile_moica_status(self, transaction_id: str) -> TransactionState:
        """``GET /auth/mobile-moica/{id}``."""
        return self._transaction_state("/auth/mobile-moica/{transaction_id}", transaction_id)

    def start_phone(
        self,
        ubn: str,
        id_number: str,
        birthday: date,
        mobile: str,
        *,
        purpose: str = "login",
        document: bytes | None = None,
        idempotency_key: str | None = None,
    ) -> MobileTransaction:
        """``POST /auth/phone``: 負責人手機門號 verification (login, or signing ``document``)."""
        body: dict[str, object] = {
            "ubn": ubn,
            "id_number": id_number,
            "birthday": birthday.isoformat(),
            "mobile": mobile,
        }
        return self._start_transaction("/auth/phone", body, purpose, document, idempotency_key)

    def phone_status(self, transaction_id: str) -> TransactionState:
        """``GET /auth/phone/{id}``."""
        return self._transaction_state("/auth/phone/{transaction_id}", transaction_id)

    def _start_transaction(
        self,
        template: str,
        body: dict[str, object],
        purpose: str,
        document: bytes | None,
        idempotency_key: str | None,
    ) -> MobileTransaction:
        body["purpose"] = purpose
        if document is not None:
            body["document"] = b64encode(document)
        answer = self._keyed(
            "POST",
            template,
            idempotency_key,
            body=body,
            # a login needs no session; signing is for the signed-in applicant only
            auth=None if purpose == "login" else True,
            sensitive=True,
        )
        return MobileTransaction.from_json(answer)

    def _transaction_state(self, template: str, transaction_id: str) -> TransactionState:
        answer = self._call(
            "GET",
            template,
            path={"transaction_id": transaction_id},
            auth=False,
            sensitive=True,
        )
        return TransactionState.from_json(answer.body)

    def finish_mobile_login(self, ubn: str, state: TransactionState) -> bool:
        """Start the session from an approved mobile/phone login; False while not approved."""
        if state.status != "approved" or state.token is None:
            return False
        self.use_token(ubn, state.token)
        return True

    def password_login(self, ubn: str, password: str) -> LoginResult:
        """``POST /auth/password-login`` (members; may read, may not sign)."""
        answer = self._call(
            "POST",
            "/auth/password-login",
            body={"ubn": ubn, "password": password},
            auth=False,
            sensitive=True,
        )
        result = LoginResult.from_json(answer.body)
        self.use_token(ubn, result.token)
        return result

    def logout(self) -> None:
        """``POST /auth/logout`` (best effort) and forget the token."""
        try:
            if self._token is not None:
                self._call("POST", "/auth/logout")
        except PlatformClientError:
            log.debug("logout not confirmed by the platform; token forgotten locally")
        finally:
            self.forget_session()

    # -- application --

    def get_application(self) -> ApplicationState:
        """``GET /application``: status, steps done and the saved 附表1."""
        return ApplicationState.from_json(self._call("GET", "/application").body)

    def put_application_form(self, fields: Mapping[str, object]) -> object:
        """``PUT /application/form`` with the 附表1 fields."""
        return self._call("PUT", "/application/form", body=dict(fields)).body

    def get_application_texts(self) -> ApplicationTexts:
        """``GET /application/texts``: the exact texts to show and sign, with their digest."""
        return ApplicationTexts.from_json(self._call("GET", "/application/texts", auth=None).body)

    def submit_signed_step(
        self,
        step: SignedStep,
        fields: Mapping[str, object],
        signature: SignatureBlock,
        *,
        idempotency_key: str | None = None,
    ) -> object:
        """``POST /application/consents`` or ``/application/authorizations`` (附表2/附表3):
        ``fields`` naming the texts shown, with the signature block over them."""
        body = {**fields, **signature.to_json()}
        return self._keyed("POST", f"/application/{step.value}", idempotency_key, body=body)

    def create_account(self, password: str, *, idempotency_key: str | None = None) -> object:
        """``POST /application/account``: set the password; a code goes to the e-mail."""
        body = {"password": password}
        return self._keyed(
            "POST", "/application/account", idempotency_key, body=body, sensitive=True
        )

    def verify_email(self, code: str) -> object:
        """``POST /application/email-verification`` with the code from the e-mail."""
        return self._call(
            "POST", "/application/email-verification", body={"code": code}, sensitive=True
        ).body

    # -- self-assessment --

    def get_questionnaire(self) -> Questionnaire:
        """``GET /assessment/questionnaire``."""
        return Questionnaire.from_json(self._call("GET", "/assessment/questionnaire").body)

    def submit_assessment(
        self,
        version: str,
        answers: Mapping[str, list[str]],
        *,
        idempotency_key: str | None = None,
    ) -> AssessmentResult:
        """``POST /assessment/responses``."""
        body = {"version": version, "answers": dict(answers)}
        return AssessmentResult.from_json(
            self._keyed("POST", "/assessment/responses", idempotency_key, body=body)
        )

    def get_assessment_result(self) -> SavedAssessment:
        """``GET /assessment/result``: the latest scores and recommended categories."""
        return SavedAssessment.from_json(self._call("GET", "/assessment/result").body)

    def get_plan_contract(self, plan_id: str) -> Contract:
        """``GET /plans/{plan_id}/contract``: the product contract of a plan."""
        answer = self._call("GET", "/plans/{plan_id}/contract", path={"plan_id": plan_id})
        return Contract.from_json(answer.body)

    # -- account (帳號管理) and consultations --

    def get_account(self) -> Account:
        """``GET /account``."""
        return Account.from_json(self._call("GET", "/account").body)

    def change_contact_email(
        self, contact_email: str, signature: SignatureBlock, *, idempotency_key: str | None = None
    ) -> Account:
        """``PUT /account/contact-email`` + signature block over :func:`contact_email_document`."""
        body = {"contact_email": contact_email, **signature.to_json()}
        return Account.from_json(
            self._keyed("PUT", "/account/contact-email", idempotency_key, body=body)
        )

    def change_password(self, current_password: str, new_password: str) -> Account:
        """``PUT /account/password`` (the current password is required)."""
        answer = self._call(
            "PUT",
            "/account/password",
            body={"current_password": current_password, "new_password": new_password},
        )
        return Account.from_json(answer.body)

    def request_consultation(
        self, kind: str, message: str, *, idempotency_key: str | None = None
    ) -> Consultation:
        """``POST /consultations`` (kind ``consultant`` or ``expert_service``)."""
        body = {"kind": kind, "message": message}
        return Consultation.from_json(
            self._keyed("POST", "/consultations", idempotency_key, body=body)
        )

    # -- points --

    def get_points(self) -> Fetched[PointsSummary]:
        """``GET /points`` (cached for offline)."""
        return self._fetch("/points", PointsSummary.from_json)

    def reapply_points(self, *, idempotency_key: str | None = None) -> object:
        """``POST /points/reapply`` (only when ``can_reapply``)."""
        return self._keyed("POST", "/points/reapply", idempotency_key)

    # -- programme --

    def get_programme(self) -> Fetched[Programme]:
        """``GET /programme``: caps, ratios, plan lengths and periods of the programme in
        force (public; kept in the offline cache, so previews work offline)."""
        return self._fetch("/programme", parse_programme, auth=False)

    # -- catalogue --

    def list_categories(self) -> Fetched[tuple[Category, ...]]:
        """``GET /categories`` (cached for offline)."""
        return self._fetch("/categories", _parse_categories, auth=None)

    def list_solutions(
        self,
        *,
        category: str | None = None,
        pavilion: str | None = None,
        q: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> Fetched[Page[Solution]]:
        """``GET /solutions`` (cached for offline)."""
        params = {
            "category": category,
            "pavilion": pavilion,
            "q": q,
            "limit": limit,
            "offset": offset,
        }
        return self._fetch(
            "/solutions",
            lambda raw: Page.parse(raw, "solutions", Solution.parse),
            params=params,
            auth=None,
        )

    # -- orders --

    def quote_order(self, plan_id: str, *, idempotency_key: str | None = None) -> Quote:
        """``POST /orders/quote``: price split and the bytes to sign."""
        body = {"plan_id": plan_id}
        return Quote.from_json(self._keyed("POST", "/orders/quote", idempotency_key, body=body))

    def create_order(
        self, quote_id: str, signature: SignatureBlock, *, idempotency_key: str | None = None
    ) -> Order:
        """``POST /orders`` with the signed quote; pass the same key to retry an attempt."""
        body = {"quote_id": quote_id, **signature.to_json()}
        return Order.from_json(self._keyed("POST", "/orders", idempotency_key, body=body))

    def list_orders(self, *, limit: int = 20, offset: int = 0) -> Fetched[Page[Order]]:
        """``GET /orders`` (cached for offline)."""
        return self._fetch(
            "/orders",
            lambda raw: Page.parse(raw, "orders", Order.parse),
            params={"limit": limit, "offset": offset},
        )

    def get_order(self, order_id: str) -> Fetched[Order]:
        """``GET /orders/{id}`` (cached for offline)."""
        return self._fetch("/orders/{order_id}", Order.from_json, path={"order_id": order_id})

    def cancel_order(self, order_id: str, *, idempotency_key: str | None = None) -> object:
        """``POST /orders/{id}/cancel`` (before payment)."""
        path = {"order_id": order_id}
        return self._keyed("POST", "/orders/{order_id}/cancel", idempotency_key, path=path)

    def termination_quote(
        self, order_id: str, on: date | None = None, *, idempotency_key: str | None = None
    ) -> TerminationQuote:
        """``POST /orders/{id}/termination-quote``."""
        body = {"on": on.isoformat()} if on else {}
        answer = self._keyed(
            "POST",
            "/orders/{order_id}/termination-quote",
            idempotency_key,
            path={"order_id": order_id},
            body=body,
        )
        return TerminationQuote.from_json(answer)

    def terminate_order(
        self,
        order_id: str,
        signature: SignatureBlock,
        on: date | None = None,
        *,
        idempotency_key: str | None = None,
    ) -> object:
        """``POST /orders/{id}/terminate`` with the signed termination quote."""
        body: dict[str, object] = {**signature.to_json()}
        if on is not None:
            body["on"] = on.isoformat()
        path = {"order_id": order_id}
        return self._keyed(
            "POST", "/orders/{order_id}/terminate", idempotency_key, path=path, body=body
        )

    # -- notifications --

    def list_notifications(self, since: datetime | None = None) -> Fetched[Page[Notification]]:
        """``GET /notifications`` (cached for offline)."""
        params = {"since": since.isoformat() if since else None}
        return self._fetch(
            "/notifications",
            lambda raw: Page.parse(raw, "notifications", Notification.parse),
            params=params,
        )

    def mark_notification_read(self, notification_id: str) -> None:
        """``POST /notifications/{id}/read``."""
        path = {"notification_id": notification_id}
        self._keyed("POST", "/notifications/{notification_id}/read", None, path=path)

    # -- plumbing --

    def call_json(
        self,
        method: str,
        template: str,
        *,
        body: Mapping[str, object] | None = None,
        auth: bool = False,
    ) -> object:
        """A raw call for endpoints without a typed method (training helpers)."""
        return self._call(method, template, body=body, auth=auth).body

    def _fetch(
        self,
        template: str,
        parse: Callable[[object], T],
        *,
        path: Mapping[str, str] | None = None,
        params: Mapping[str, object] | None = None,
        auth: bool | None = True,
    ) -> Fetched[T]:
        # An answer fetched without a session is the same for everybody: one public copy.
        signed_in = auth is not False and self._token is not None and self._ubn
        scope = self._ubn if signed_in and self._ubn else PUBLIC_SCOPE
        query = {k: v for k, v in (params or {}).items() if v is not None}
        key = _render(template, path) + ("?" + urlencode(sorted(query.items())) if query else "")
        cached = self.cache.get(scope, key)
        try:
            answer = self._call(
                "GET",
                template,
                path=path,
                params=query,
                auth=auth,
                etag=cached.etag if cached else None,
            )
        except NetworkError:
            if cached is None:
                raise
            log.info("offline: showing %s as of %s", template, cached.fetched_at.isoformat())
            return Fetched(parse(cached.body), cached.fetched_at, from_cache=True)
        except PlatformError as exc:
            if cached is None or exc.status not in _OFFLINE_STATUSES:
                raise
            return Fetched(parse(cached.body), cached.fetched_at, from_cache=True)
        fetched_at = self.server_now()  # "as of" on the platform's clock, like its deadlines
        if answer.status == 304:
            if cached is None:
                raise ProtocolError(f"{template}: 304 without a cached copy")
            data = parse(cached.body)
            self.cache.put(scope, key, cached.body, cached.etag, fetched_at)
            return Fetched(data, fetched_at, from_cache=False)
        data = parse(answer.body)
        self.cache.put(scope, key, answer.body, answer.etag, fetched_at)
        return Fetched(data, fetched_at, from_cache=False)

    def _keyed(
        self,
        method: str,
        template: str,
        idempotency_key: str | None,
        *,
        path: Mapping[str, str] | None = None,
        body: Mapping[str, object] | None = None,
        auth: bool | None = True,
        sensitive: bool = False,
    ) -> object:
        """A write sent with ``idempotency_key`` (a fresh one when None), so that it may be
        retried and still takes effect once; the answer's body."""
        key = idempotency_key or new_idempotency_key()
        answer = self._call(
            method, template, path=path, body=body, auth=auth, key=key, sensitive=sensitive
        )
        return answer.body

    def _call(
        self,
        method: str,
        template: str,
        *,
        path: Mapping[str, str] | None = None,
        params: Mapping[str, object] | None = None,
        body: Mapping[str, object] | None = None,
        auth: bool | None = True,
        key: str | None = None,
        etag: str | None = None,
        sensitive: bool = False,
    ) -> _Answer:
        headers: dict[str, str] = {"Accept": "application/json"}
        # auth: True = a session is required, None = sent when there is one, False = never
        if auth and self._token is None:
            raise NotSignedIn
        if auth is not False and self._token is not None:
            headers["Authorization"] = f"Bearer {self._token}"
        if key is not None:
            headers["Idempotency-Key"] = key
        if etag is not None:
            headers["If-None-Match"] = etag
        retryable = method in _IDEMPOTENT or key is not None
        request = _Request(
            method,
            template,
            url=self.base_url + _render(template, path),
            query={k: str(v) for k, v in params.items()} if params else None,
            body=body,
            headers=headers,
            sensitive=sensitive,
        )
        self._trace("request", request, body)
        with tracked_call():
            return self._attempts(request, 1 + (self._retries if retryable else 0))

    def _attempts(self, request: _Request, attempts: int) -> _Answer:
        give_up_at = time.monotonic() + self._total_deadline
        for attempt in range(attempts):
            started = time.monotonic()
            deadline = min(started + self._attempt_deadline, give_up_at)
            try:
                raw = self._exchange(request, deadline)
            except NetworkError as exc:
                _log_attempt(request, exc.kind, started, attempt)
                if exc.kind != "tls" and self._pause_before_retry(attempt, attempts, give_up_at):
                    continue
                raise
            except ProtocolError as exc:
                # refused redirects, oversize or implausible answers: worth a line for support
                log.warning(
                    "%s %s refused: %s (%s)", request.method, request.template, exc.code, exc
                )
                raise
            _log_attempt(request, raw.status, started, attempt)
            if raw.status in _RETRY_STATUSES and self._pause_before_retry(
                attempt, attempts, give_up_at
            ):
                continue
            return self._answer(request, raw)
        raise AssertionError("unreachable: the loop returns or raises")

    def _pause_before_retry(self, attempt: int, attempts: int, give_up_at: float) -> bool:
        """Wait before the next attempt; False when there is none (or no time for one)."""
        pause = self._backoff * 2**attempt
        if attempt + 1 >= attempts or time.monotonic() + pause >= give_up_at:
            return False
        scope = current_scope()
        if scope is not None and scope.cancelled:
            raise CallCancelled
        self._sleep(pause)
        if scope is not None and scope.cancelled:
            raise CallCancelled
        return True

    def _exchange(self, request: _Request, deadline: float) -> _Raw:
        """One attempt, redirects within the platform's origin included, by ``deadline``."""
        method, url, query = request.method, request.url, request.query
        json_body = dict(request.body) if request.body is not None else None
        for _hop in range(_MAX_REDIRECTS + 1):
            with CallGuard(deadline) as guard:
                try:
                    self._stop_if_ended(guard)
                    response = self._session.request(
                        method,
                        url,
                        params=query,
                        json=json_body,
                        headers=dict(request.headers),
                        timeout=(self._timeout[0], min(self._timeout[1], guard.remaining())),
                        stream=True,
                        allow_redirects=False,
                    )
                    try:
                        # a socket shut down mid-headers reads as a short, complete answer
                        self._stop_if_ended(guard)
                        self._note_server_date(response.headers.get("Date"))
                        target = self._redirect_target(url, response)
                        if target is None:
                            content = self._read_body(response, guard)
                            self._stop_if_ended(guard)
                            return _Raw(response.status_code, response.headers, content)
                    finally:
                        response.close()
                except PlatformClientError:
                    raise
                except _TRANSPORT_ERRORS as exc:
                    self._stop_if_ended(guard)
                    raise NetworkError(_network_kind(exc), type(exc).__name__) from None
            # 303 (and 301/302 after a POST) continue as a GET without a body, as browsers do
            if response.status_code == 303 or (
                response.status_code in (301, 302) and method == "POST"
            ):
                method, json_body = ("HEAD" if method == "HEAD" else "GET"), None
            url, query = target, None
        raise RedirectRefused(_show_origin(url), "too many redirects")

    def _stop_if_ended(self, guard: CallGuard) -> None:
        reason = guard.check()
        if reason == "cancelled":
            raise CallCancelled
        if reason == "deadline":
            raise DeadlineExceeded(self._attempt_deadline)

    def _redirect_target(self, url: str, response: requests.Response) -> str | None:
        """Where a redirect leads, when it may be followed; RedirectRefused otherwise."""
        location = response.headers.get("Location")
        if response.status_code not in _REDIRECT_STATUSES or not location:
            return None
        target = urljoin(url, location)
        if _origin(target) != _origin(url):
            # another host or port, or https -> http: the session token must not go there
            raise RedirectRefused(_show_origin(url), _show_origin(target))
        return target

    def _read_body(self, response: requests.Response, guard: CallGuard) -> bytes:
        limit = self._max_answer_bytes
        declared = response.headers.get("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise AnswerTooLarge(limit)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_content(_CHUNK):
            size += len(chunk)
            if size > limit:
                raise AnswerTooLarge(limit)
            chunks.append(chunk)
            self._stop_if_ended(guard)
        return b"".join(chunks)

    def _answer(self, request: _Request, raw: _Raw) -> _Answer:
        with_session = "Authorization" in request.headers
        status = raw.status
        etag = raw.headers.get("ETag")
        if status == 304:
            return _Answer(status, None, etag)
        if status == 204 or not raw.content:
            if status >= 400:
                raise self._error(status, None, with_session)
            return _Answer(status, None, etag)
        try:
            parsed = decode_json(raw.content, f"{request.method} {request.template}")
        except ProtocolError:
            if status >= 400:
                raise self._error(status, None, with_session) from None
            raise
        self._trace("response", request, parsed)
        if status >= 400:
            raise self._error(status, parsed, with_session)
        return _Answer(status, parsed, etag)

    def _error(self, status: int, body: object, with_session: bool) -> PlatformError:
        error = _http_error(status, body, with_session)
        if isinstance(error, AuthExpired):
            self.forget_session()
        return error

    def _trace(self, what: str, request: _Request, body: object) -> None:
        if body is None or not log.isEnabledFor(TRAFFIC):
            return
        method, template = request.method, request.template
        if request.sensitive or self._redact is None:
            log.log(TRAFFIC, "%s %s %s: [body withheld]", what, method, template)
            return
        text = json.dumps(body, ensure_ascii=False, sort_keys=True)
        log.log(TRAFFIC, "%s %s %s: %s", what, method, template, self._redact(text))


def _log_attempt(request: _Request, outcome: int | str, started: float, attempt: int) -> None:
    """One debug line per attempt: its HTTP status or network failure kind, and how long."""
    log.debug(
        "%s %s -> %s in %.0f ms (attempt %d)",
        request.method,
        request.template,
        outcome,
        (time.monotonic() - started) * 1000,
        attempt + 1,
    )


def _render(template: str, path: Mapping[str, str] | None) -> str:
    values = {k: quote(str(v), safe="") for k, v in (path or {}).items()}
    try:
        return template.format(**values)
    except KeyError as exc:
        raise ValueError(f"missing path value {exc} for {template}") from None


def _http_error(status: int, body: object, with_session: bool) -> PlatformError:
    # a 401 to a call made with a session token means the session is over; a 401 to a
    # login (wrong password, untrusted certificate) keeps the platform's own code
    code, message, details = f"HTTP_{status}", f"平台無法處理此要求（HTTP {status}）", {}
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        err: dict[str, Any] = body["error"]
        if isinstance(err.get("code"), str):
            code = err["code"]
        if isinstance(err.get("message"), str):
            message = err["message"]
        if isinstance(err.get("details"), dict):
            details = err["details"]
    if status == 401 and with_session:
        return AuthExpired(message, details, server_code=code)
    return PlatformError(code, message, details, status)


def _parse_categories(raw: object) -> tuple[Category, ...]:
    items = raw if isinstance(raw, list) else Obj(raw, "categories").items("items")
    return tuple(Category.parse(Obj(v, f"categories[{i}]")) for i, v in enumerate(items))
