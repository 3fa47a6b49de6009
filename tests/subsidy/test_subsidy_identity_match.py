"""The identity match the platform enforces and the client pre-checks."""

from __future__ import annotations

from app.subsidy import IdentityMismatch, certificate_identity_mismatch

SME = "16480894"


def test_business_card_must_carry_the_applicants_ubn() -> None:
    assert certificate_identity_mismatch("moeaca", applicant_ubn=SME, cert_ubn=SME) is None
    assert (
        certificate_identity_mismatch("moeaca", applicant_ubn=SME, cert_ubn="81924865")
        is IdentityMismatch.OTHER_COMPANY
    )
    assert (
        certificate_identity_mismatch("moeaca", applicant_ubn=SME, cert_ubn=None)
        is IdentityMismatch.OTHER_COMPANY
    )


def test_citizen_card_must_be_the_responsible_persons() -> None:
    owner = {"responsible_id": "A123456789", "responsible_name": "王大明"}
    assert (
        certificate_identity_mismatch(
            "moica", applicant_ubn=SME, cert_id_last4="6789", cert_name="王大明", **owner
        )
        is None
    )
    for last4, name in (("1163", "王大明"), ("6789", "張志強")):
        assert (
            certificate_identity_mismatch(
                "moica", applicant_ubn=SME, cert_id_last4=last4, cert_name=name, **owner
            )
            is IdentityMismatch.OTHER_PERSON
        )


def test_what_the_caller_does_not_know_is_not_compared() -> None:
    # The client before login knows neither the responsible person nor the org code.
    assert certificate_identity_mismatch("moica", applicant_ubn=SME, cert_id_last4="1163") is None
    assert certificate_identity_mismatch("xca", applicant_ubn=SME, cert_org_code="x") is None
    assert (
        certificate_identity_mismatch(
            "moica", applicant_ubn=SME, cert_id_last4="1163", responsible_id="A123456789"
        )
        is IdentityMismatch.OTHER_PERSON
    )


def test_organisation_card_must_carry_the_org_code() -> None:
    kwargs = {"applicant_ubn": "18302983", "org_code": "18302983"}
    assert certificate_identity_mismatch("xca", cert_org_code="18302983", **kwargs) is None
    assert (
        certificate_identity_mismatch("xca", cert_org_code="23831903", **kwargs)
        is IdentityMismatch.OTHER_ORGANISATION
    )


def test_other_certificate_kinds_never_act_for_an_applicant() -> None:
    for kind in ("gca", "unknown", ""):
        assert (
            certificate_identity_mismatch(kind, applicant_ubn=SME, cert_ubn=SME)
            is IdentityMismatch.NOT_APPLICANT_CARD
        )
