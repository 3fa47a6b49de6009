"""Whose certificate may act for an applicant: the identity match of the contract.

The platform applies it to every login and signature; the client applies it to the card
in the reader before asking for a PIN, so a mismatch never costs a PIN try. Values the
caller does not know (the client has no organisation code, and knows the responsible
person's ID only when the person typed it) are passed as ``None`` and not compared.
"""

from __future__ import annotations

from enum import StrEnum


class IdentityMismatch(StrEnum):
    """Why a certificate cannot act for the applicant."""

    OTHER_COMPANY = "other_company"
    """A 工商憑證 whose UBN is another company's."""
    OTHER_PERSON = "other_person"
    """A 自然人憑證 that is not the registered responsible person's."""
    OTHER_ORGANISATION = "other_organisation"
    """A 組織及團體憑證 of another organisation."""
    NOT_APPLICANT_CARD = "not_applicant_card"
    """A certificate of a kind no applicant signs with (government, unknown)."""


def certificate_identity_mismatch(
    kind: str,
    *,
    applicant_ubn: str,
    cert_ubn: str | None = None,
    cert_id_last4: str | None = None,
    cert_name: str | None = None,
    cert_org_code: str | None = None,
    responsible_id: str | None = None,
    responsible_name: str | None = None,
    org_code: str | None = None,
) -> IdentityMismatch | None:
    """The reason a ``kind`` certificate cannot act for the applicant, or ``None``.

    MOEACA: the certificate's UBN is the applicant's. MOICA: the ID's last 4 digits (the
    certificate never holds the full ID) and the holder's name are the registered
    responsible person's. XCA: the organisation code is the applicant's.
    """
    if kind == "moeaca":
        return None if cert_ubn == applicant_ubn else IdentityMismatch.OTHER_COMPANY
    if kind == "moica":
        if responsible_id is not None and cert_id_last4 != responsible_id[-4:]:
            return IdentityMismatch.OTHER_PERSON
        if responsible_name is not None and cert_name != responsible_name:
            return IdentityMismatch.OTHER_PERSON
        return None
    if kind == "xca":
        if org_code is not None and cert_org_code != org_code:
            return IdentityMismatch.OTHER_ORGANISATION
        return None
    return IdentityMismatch.NOT_APPLICANT_CARD
