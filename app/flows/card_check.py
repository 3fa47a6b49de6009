"""Catch a card that cannot log in for this applicant before any PIN is asked.

The platform decides (``IDENTITY_MISMATCH``) with the same rule from ``app.subsidy``; this
only spares the person a PIN try and a round trip for the mismatches a card reveals by
itself.
"""

from __future__ import annotations

from app.cards.errors import CardError
from app.cards.identity import CardIdentity
from app.errors import ErrorCode
from app.subsidy import IdentityMismatch, VerificationMethod, certificate_identity_mismatch
from certs.profile import CardKind

KIND_OF_METHOD: dict[VerificationMethod, CardKind] = {
    VerificationMethod.MOEACA_CARD: CardKind.MOEACA,
    VerificationMethod.MOICA_CARD: CardKind.MOICA,
    VerificationMethod.XCA_CARD: CardKind.XCA,
}


class CardMismatch(CardError):  # noqa: N818 - reads as the situation, like the card errors
    """The card in the reader cannot be used for this applicant and method."""

    code = ErrorCode.CARD_MISMATCH


class CardWrongKind(CardMismatch):
    """A card of another kind than the chosen method needs."""

    code = ErrorCode.CARD_WRONG_KIND


class CardOtherCompany(CardMismatch):
    """A 工商憑證 of another company (its UBN differs from the applicant's)."""

    code = ErrorCode.CARD_OTHER_COMPANY

    def __init__(self, card_ubn: str, applicant_ubn: str) -> None:
        super().__init__(f"card UBN {card_ubn} is not applicant UBN {applicant_ubn}")
        self.card_ubn = card_ubn
        self.applicant_ubn = applicant_ubn


class CardOtherPerson(CardMismatch):
    """A 自然人憑證 whose ID last 4 digits differ from the responsible person's."""

    code = ErrorCode.CARD_OTHER_PERSON


def card_problem(
    identity: CardIdentity,
    method: VerificationMethod,
    applicant_ubn: str,
    responsible_id: str | None,
) -> CardError | None:
    """The first reason ``identity`` cannot log in with ``method``, or None."""
    expected = KIND_OF_METHOD.get(method)
    if expected is not None and identity.kind is not expected:
        return CardWrongKind(f"card kind {identity.kind.value}, method needs {expected.value}")
    problem = identity.problem()
    if problem is not None:
        return problem
    mismatch = certificate_identity_mismatch(
        identity.kind,
        applicant_ubn=applicant_ubn,
        cert_ubn=identity.ubn,
        cert_id_last4=identity.id_last4,
        cert_org_code=identity.org_code,
        responsible_id=responsible_id or None,
    )
    if mismatch is IdentityMismatch.OTHER_COMPANY:
        return CardOtherCompany(identity.ubn or "", applicant_ubn)
    if mismatch is IdentityMismatch.OTHER_PERSON:
        return CardOtherPerson("the card holder's ID does not end like the responsible person's")
    return None
