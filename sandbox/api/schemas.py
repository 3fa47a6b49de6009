"""Response bodies, for the OpenAPI document (extra fields are allowed through)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Out(BaseModel):
    """Base of response bodies."""

    model_config = ConfigDict(extra="allow")


class ErrorDetail(Out):
    code: str
    message: str
    details: dict[str, Any]


class ErrorBody(Out):
    """Every 4xx/5xx answer: ``{"error": {"code", "message", "details"}}``."""

    error: ErrorDetail


class ApplicantOut(Out):
    ubn: str
    name: str
    applicant_type: str
    allowed_methods: list[str]
    member: bool
    pavilions: list[str]
    pavilion: str
    review: str | None = None


class ChallengeOut(Out):
    challenge_id: str
    to_be_signed: str
    expires_at: str


class LoginOut(Out):
    token: str
    expires_at: str
    applicant: ApplicantOut
    identity: dict[str, Any]


class MobileStartOut(Out):
    transaction_id: str
    poll_after_seconds: int
    expires_at: str


class MobilePollOut(Out):
    """``pending|approved|rejected|expired``; an approved login also carries the login
    fields (``token``, ``expires_at``, ``applicant``, ``identity``)."""

    transaction_id: str
    status: str


class ApplicationOut(Out):
    status: str
    steps: dict[str, bool]
    next_step: str | None
    form: dict[str, Any]
    rejection_reason: str | None = None


class AssessmentOut(Out):
    scores: dict[str, int]
    recommended_categories: list[str]
    points_granted: int


class LedgerRowOut(Out):
    at: str
    kind: str
    amount: int
    order_id: str | None
    balance_after: int


class PointsOut(Out):
    balance: int
    granted: int
    granted_on: str | None
    first_use_by: str | None
    expires_on: str | None
    earliest_expiry: str | None
    can_reapply: bool
    pavilion: str
    ratio: str | None
    points_cap: int | None
    programme_id: str
    ledger: list[LedgerRowOut]


class QuoteOut(Out):
    quote_id: str
    price: int
    points: int
    self_pay: int
    ratio: str
    pavilion: str
    points_reason: str | None
    to_be_signed: str
    expires_at: str


class HistoryOut(Out):
    status: str
    at: str
    note: str


class OrderOut(Out):
    id: str
    solution: dict[str, Any]
    vendor: dict[str, Any]
    plan: dict[str, Any]
    price: int
    points: int
    self_pay: int
    ratio: str | None = None
    status: str
    history: list[HistoryOut]
    deadlines: dict[str, str | None]
    payment_url: str | None = None
    invoice: dict[str, Any] | None = None
    service: dict[str, Any] | None = None
    settlement: dict[str, Any] | None = None


class TerminationQuoteOut(Out):
    used_months: int
    term_months: int
    half_reached: bool
    self_pay_refund: int
    points_returned: int
    points_valid_until: str | None
    points_not_returned_reason: str | None
    to_be_signed: str


class NotificationReadOut(Out):
    """A notification marked read."""

    id: str
    read: bool


class ItemsOut(Out):
    """A list page; list GETs carry an ETag and answer If-None-Match with 304."""

    items: list[dict[str, Any]]
    total: int


LIST_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"model": ItemsOut, "description": "a page of items"},
    304: {"description": "not modified (If-None-Match matched the ETag)"},
}

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    "4XX": {"model": ErrorBody, "description": "refused; `details.fields` on 422"},
    "5XX": {"model": ErrorBody, "description": "platform failure"},
}


class PavilionTermsOut(Out):
    id: str
    name: str
    points_cap: int
    self_pay_share: int
    points_share: int
    ratio: str
    min_plan_months: int
    first_use_months: int | None
    validity_months: int | None
    use_by: str | None


class ProgrammeOut(Out):
    id: str
    name: str
    year: int
    applications_open_from: str
    applications_open_until: str | None
    ends_on: str
    budget_exhausted: bool
    first_use_months: int
    validity_months: int
    return_extension_working_days: int
    pavilions: list[PavilionTermsOut]


class AccountOut(Out):
    ubn: str
    name: str
    contact_email: str | None
    contact_name: str | None
    password_set: bool
    can_sign: bool


class AssessmentResultOut(Out):
    version: str
    at: str
    scores: dict[str, int]
    recommended_categories: list[str]
    dimensions: list[dict[str, str]]


class ConsultationOut(Out):
    id: str
    at: str
    kind: str
    status: str


class ApplicationTextsOut(Out):
    """``GET /application/texts``: ``sha256`` is the hex SHA-256 of canonical ``texts``."""

    version: str
    sha256: str
    texts: dict[str, Any]


class ContractOut(Out):
    plan_id: str
    title: str
    version: str
    text: str
    sha256: str
