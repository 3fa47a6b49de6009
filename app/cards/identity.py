"""Who a card belongs to, read from its signing certificate, and the client-side pre-check.

The certificate parsing rules (issuer → kind, UBN, ID last 4, org code, MOICA generation)
live in ``certs.profile``; the chain, date, key-size and key-usage checks in
``certs.trust``. This module only combines them with what the card itself says (serial).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime

from app.cards.errors import (
    CertificateExpired,
    CertificateIssuerUnknown,
    CertificateProblem,
    MalformedResponse,
)
from certs.errors import (
    CertExpired,
    CertificateError,
    CertificateParseError,
    CertNotYetValid,
    IssuerNotInStore,
)
from certs.profile import (
    CertIdentity,
    has_signing_usage,
    load_certificate,
    parse_certificate,
)
from certs.trust import TrustStore, precheck


@dataclass(frozen=True, kw_only=True)
class CardIdentity(CertIdentity):
    """The identity on a card's signing certificate (as :class:`~certs.profile.CertIdentity`
    reads it, with the card serial the card reported), the certificate and chain the card
    holds, and the client-side pre-check."""

    certificate: bytes = field(repr=False)
    chain: tuple[bytes, ...] = field(default=(), repr=False)
    problems: tuple[str, ...] = ()
    """Pre-check findings; empty when the certificate may be used for signing."""
    expired: bool = False
    issuer_unknown: bool = False
    """The issuer is not in this version's trust store (update the program)."""

    @property
    def usable(self) -> bool:
        """True when the pre-check found nothing wrong."""
        return not self.problems

    def problem(self) -> CertificateProblem | None:
        """The typed error the UI explains for the pre-check findings, or None if usable:
        CertificateExpired, CertificateIssuerUnknown or CertificateProblem."""
        if self.expired:
            return CertificateExpired(self.problems)
        if self.issuer_unknown:
            return CertificateIssuerUnknown(self.problems)
        if self.problems:
            return CertificateProblem(self.problems)
        return None

    def require_usable(self) -> None:
        """Raise :meth:`problem` when the pre-check failed."""
        problem = self.problem()
        if problem is not None:
            raise problem


def identity_from_certificate(
    certificate: bytes, chain: Sequence[bytes] = (), card_serial: str | None = None
) -> CardIdentity:
    """Parse a signing certificate into a CardIdentity (not yet pre-checked)."""
    try:
        info = parse_certificate(certificate)
    except CertificateParseError as exc:
        raise MalformedResponse(f"unreadable certificate on the card: {exc}") from exc
    return CardIdentity(
        **{**asdict(info), "card_serial": card_serial},
        certificate=bytes(certificate),
        chain=tuple(bytes(c) for c in chain),
    )


def prechecked(
    identity: CardIdentity, store: TrustStore, at: datetime | None = None
) -> CardIdentity:
    """``identity`` with its pre-check findings (dates, key usage, key size, chain) filled in."""
    when = at or datetime.now(UTC)
    try:
        problems = precheck(identity.certificate, identity.chain, when, store)
    except CertificateParseError as exc:
        raise MalformedResponse(f"unreadable certificate chain: {exc}") from exc
    return replace(
        identity,
        problems=tuple(_describe(p) for p in problems),
        expired=any(isinstance(p, CertExpired | CertNotYetValid) for p in problems),
        issuer_unknown=any(isinstance(p, IssuerNotInStore) for p in problems),
    )


def _describe(problem: CertificateError) -> str:
    return f"{type(problem).__name__}: {problem}"


def split_card_certificates(certificates: Sequence[bytes]) -> tuple[bytes, bytes | None]:
    """(signing, encryption) among a card's user certificates, by key usage."""
    signing: bytes | None = None
    encryption: bytes | None = None
    for der in certificates:
        try:
            cert = load_certificate(der)
        except CertificateParseError as exc:
            raise MalformedResponse(f"unreadable certificate on the card: {exc}") from exc
        if has_signing_usage(cert) and signing is None:
            signing = der
        elif encryption is None:
            encryption = der
    if signing is None:
        raise MalformedResponse("the card holds no signing certificate")
    return signing, encryption
