"""Enumerations shared by the client and the platform."""

from __future__ import annotations

from enum import StrEnum


class Pavilion(StrEnum):
    """館別: where a solution is listed; decides points cap and ratio."""

    GENERAL = "general"
    COMMERCE = "commerce"
    MICRO = "micro"
    AGRICULTURE = "agriculture"
    INDUSTRY = "industry"


class ApplicantType(StrEnum):
    """申請單位身分類型."""

    SME = "sme"
    TAX_REGISTERED = "tax_registered"
    COOPERATIVE = "cooperative"
    SOCIAL_INNOVATION = "social_innovation"


class VerificationMethod(StrEnum):
    """Ways an applicant proves identity."""

    MOEACA_CARD = "moeaca_card"
    MOICA_CARD = "moica_card"
    MOICA_MOBILE = "moica_mobile"
    PHONE = "phone"
    XCA_CARD = "xca_card"


class AuthorizationKind(StrEnum):
    """企業授權書: 附表2 (labour insurance) and 附表3 (business registration)."""

    LABOR_INSURANCE = "labor_insurance"
    BUSINESS_REGISTRATION = "business_registration"


class ApplicationStep(StrEnum):
    """Application steps, in the order the seed documents prescribe."""

    IDENTITY = "identity"
    AUTHORIZATIONS = "authorizations"
    CONSENTS = "consents"
    FORM = "form"
    EMAIL = "email"
    ASSESSMENT = "assessment"


class OrderStatus(StrEnum):
    """Order status values of the platform API."""

    AWAITING_VENDOR = "awaiting_vendor"
    AWAITING_PAYMENT = "awaiting_payment"
    AWAITING_INVOICE = "awaiting_invoice"
    AWAITING_SERVICE = "awaiting_service"
    IN_SERVICE = "in_service"
    COMPLETED = "completed"
    CLAIMED = "claimed"
    CANCELLED_BY_APPLICANT = "cancelled_by_applicant"
    CANCELLED_BY_VENDOR = "cancelled_by_vendor"
    CANCELLED_BY_SYSTEM = "cancelled_by_system"
    TERMINATED = "terminated"


class OrderEvent(StrEnum):
    """Events that move an order from one status to the next."""

    VENDOR_CONFIRM = "vendor_confirm"
    VENDOR_DECLINE = "vendor_decline"
    APPLICANT_CANCEL = "applicant_cancel"
    PAY = "pay"
    ISSUE_INVOICE = "issue_invoice"
    START_SERVICE = "start_service"
    TERM_END = "term_end"
    CLAIM = "claim"
    TERMINATE = "terminate"
    SYSTEM_CANCEL = "system_cancel"


class LedgerKind(StrEnum):
    """Kinds of rows in the append-only points ledger."""

    GRANT = "grant"
    USE = "use"
    RELEASE = "release"
    RETURN = "return"
    RECLAIM = "reclaim"
    UNUSED_RETURN = "unused_return"
