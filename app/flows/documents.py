"""What the applicant agrees to and signs: consent texts and the signed documents.

For consents and authorisations the platform checks a signature over canonical JSON of
the request body's fields plus ``"action"`` (the endpoint's last path segment) and
``"ubn"`` (platform-api.md). This module builds exactly those bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.subsidy import AuthorizationKind, request_document

CONSENT_TEXT_VERSION = "seed-002-v1"
"""Version of the personal-data notice and declarations the wizard shows in full
(``ui/wizard/consent_texts.py``, from seed 002); sent and signed with the consents so the
platform knows which texts were agreed to."""


def signed_document(fields: Mapping[str, object], action: str, ubn: str) -> bytes:
    """The bytes to sign for a consent or authorisation request with ``fields``."""
    return request_document(fields, action, ubn)


def consent_fields(text_version: str = CONSENT_TEXT_VERSION) -> dict[str, object]:
    """Body fields of ``POST /application/consents`` (both consents given)."""
    return {"personal_data": True, "declarations": True, "text_version": text_version}


def authorization_fields(
    kind: AuthorizationKind,
    valid_from: date,
    valid_to: date,
    responsible_person_id: str | None = None,
) -> dict[str, object]:
    """Body fields of ``POST /application/authorizations``; the ID only for 附表3."""
    fields: dict[str, object] = {
        "kind": kind.value,
        "valid_from": valid_from.isoformat(),
        "valid_to": valid_to.isoformat(),
    }
    if kind is AuthorizationKind.BUSINESS_REGISTRATION and responsible_person_id:
        fields["responsible_person_id"] = responsible_person_id.strip().upper()
    return fields


def contact_email_document(contact_email: str, ubn: str) -> bytes:
    """The bytes to sign for ``PUT /account/contact-email`` (帳號管理)."""
    return signed_document({"contact_email": contact_email}, "contact-email", ubn)
