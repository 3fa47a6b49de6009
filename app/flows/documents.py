"""What the applicant agrees to and signs: the request fields of the signed steps.

For consents and authorisations the platform checks a signature over canonical JSON of
the request body's fields plus ``"action"`` (the endpoint's last path segment) and
``"ubn"`` (platform-api.md). Every signed step names the texts it agreed to
(``text_version`` and ``text_sha256`` of ``GET /application/texts``). This module builds
exactly those fields and bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.platform.models import ApplicationTexts
from app.subsidy import AuthorizationKind, request_document


def signed_document(fields: Mapping[str, object], action: str, ubn: str) -> bytes:
    """The bytes to sign for a consent or authorisation request with ``fields``."""
    return request_document(fields, action, ubn)


def consent_fields(
    texts: ApplicationTexts,
    *,
    pavilion: str | None = None,
    industry_declaration: bool = False,
) -> dict[str, object]:
    """Body fields of ``POST /application/consents`` (both consents given).

    ``pavilion`` is the track applied for (``general`` or ``industry``); an ``industry``
    application also signs the 工業館 declaration.
    """
    fields: dict[str, object] = {
        "personal_data": True,
        "declarations": True,
        **texts.signed_fields(),
    }
    if pavilion is not None:
        fields["pavilion"] = pavilion
    if industry_declaration:
        fields["industry_declaration"] = True
    return fields


def authorization_fields(
    kind: AuthorizationKind,
    valid_from: date,
    valid_to: date,
    texts: ApplicationTexts,
    *,
    responsible_person_id: str | None = None,
    responsible_person_name: str | None = None,
) -> dict[str, object]:
    """Body fields of ``POST /application/authorizations``.

    附表3 adds the responsible person's ID and name and its 「我已詳閱…」 confirmation,
    so they are inside what is signed.
    """
    fields: dict[str, object] = {
        "kind": kind.value,
        "valid_from": valid_from.isoformat(),
        "valid_to": valid_to.isoformat(),
        **texts.signed_fields(),
    }
    if kind is AuthorizationKind.BUSINESS_REGISTRATION:
        fields["responsible_person_id"] = (responsible_person_id or "").strip().upper()
        fields["responsible_person_name"] = (responsible_person_name or "").strip()
        fields["personal_data_notice"] = True
    return fields


def contact_email_document(contact_email: str, ubn: str) -> bytes:
    """The bytes to sign for ``PUT /account/contact-email`` (帳號管理)."""
    return signed_document({"contact_email": contact_email}, "contact-email", ubn)
