"""Trust stores, the chain pre-check, signature verification and CRL look-up.

The chain is checked step by step (issuer name, issuer signature, CA flag, validity)
rather than with ``cryptography.x509.verification``: that verifier applies the Web PKI
profile (SAN, EKU, modern algorithms only), which Taiwan's government card certificates
and their SHA-1-era roots do not follow.

Generations of a government CA share one subject name (GRCA G1/G2 and the G1→G2
cross-certificate; MOICA G2/G3), so an issuer is picked by name *and* by the
certificate's Authority Key Identifier, in a fixed order: the verdict never depends on
the order in which a card or a module lists its certificates. An issuer that carries a
government CA name but that neither the store nor the card supplies (a generation newer
than this program) is :class:`~certs.errors.IssuerNotInStore`, not a forgery.

The store holds production anchors only; the sandbox and the training mode add the
test hierarchy's root themselves (``TrustStore.production() | extra``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa

from certs.errors import (
    CertExpired,
    CertificateError,
    CertificateParseError,
    CertNotYetValid,
    CertRevoked,
    CertUntrusted,
    CrlMismatch,
    IssuerNotInStore,
    KeyTooSmall,
    SignatureInvalid,
    WrongKeyUsage,
)
from certs.profile import (
    DEFAULT,
    CardKind,
    CertificateInput,
    has_signing_usage,
    load_certificate,
    public_key_size,
)

ANCHORS_DIR = Path(__file__).resolve().parent / "anchors"
MIN_RSA_BITS = 2048
GRCA_NAME = "Government Root Certification Authority"
_MAX_CHAIN = 8


@dataclass(frozen=True)
class TrustStore:
    """A set of trust anchors: certificates a chain may end at."""

    anchors: tuple[x509.Certificate, ...]

    @classmethod
    def from_certificates(cls, certificates: Iterable[x509.Certificate]) -> TrustStore:
        """A store of the given anchors (duplicates dropped)."""
        unique: dict[bytes, x509.Certificate] = {}
        for cert in certificates:
            unique.setdefault(cert.fingerprint(hashes.SHA256()), cert)
        return cls(tuple(unique.values()))

    @classmethod
    def from_pem_dir(cls, folder: Path) -> TrustStore:
        """Every ``*.pem`` certificate in ``folder``."""
        certs: list[x509.Certificate] = []
        for path in sorted(folder.glob("*.pem")):
            certs.extend(_load_pem_file(path.read_bytes(), path.name))
        return cls.from_certificates(certs)

    @classmethod
    def production(cls) -> TrustStore:
        """The production anchors shipped in ``certs/anchors`` (every published GRCA,
        MOICA and MOEACA generation this version knows)."""
        return cls.from_pem_dir(ANCHORS_DIR)

    def combined(self, *others: TrustStore) -> TrustStore:
        """A store trusting this store's anchors and those of ``others``."""
        return TrustStore.from_certificates(
            [*self.anchors, *(cert for other in others for cert in other.anchors)]
        )

    def __or__(self, other: TrustStore) -> TrustStore:
        return self.combined(other)

    def is_anchor(self, cert: x509.Certificate) -> bool:
        """True if ``cert`` itself is one of the anchors."""
        fingerprint = cert.fingerprint(hashes.SHA256())
        return any(a.fingerprint(hashes.SHA256()) == fingerprint for a in self.anchors)


def _load_pem_file(data: bytes, name: str) -> list[x509.Certificate]:
    try:
        return x509.load_pem_x509_certificates(data)
    except ValueError as exc:
        raise CertificateParseError(f"trust anchor file {name} is not PEM certificates") from exc


def precheck(
    leaf: CertificateInput,
    chain: Sequence[CertificateInput],
    at: datetime,
    store: TrustStore,
    crls: Sequence[x509.CertificateRevocationList] = (),
) -> list[CertificateError]:
    """Every problem found with ``leaf`` for signing at ``at``; empty when it is fine.

    Checks: the chain leads to an anchor of ``store`` (CertUntrusted), the leaf's
    validity (CertExpired, CertNotYetValid), RSA key size (KeyTooSmall), key usage
    (WrongKeyUsage) and, when the issuer's CRL is among ``crls``, revocation
    (CertRevoked). Unreadable input raises CertificateParseError.
    """
    if at.tzinfo is None:
        raise ValueError("precheck needs an aware datetime")
    cert = load_certificate(leaf)
    intermediates = [load_certificate(c) for c in chain]
    problems: list[CertificateError] = []
    try:
        path = _build_path(cert, intermediates, at, store)
    except CertUntrusted as exc:
        problems.append(exc)
        path = None
    if cert.not_valid_after_utc < at:
        problems.append(CertExpired(f"certificate expired on {cert.not_valid_after_utc:%Y-%m-%d}"))
    if cert.not_valid_before_utc > at:
        problems.append(
            CertNotYetValid(f"certificate valid from {cert.not_valid_before_utc:%Y-%m-%d}")
        )
    try:
        size = public_key_size(cert)
        is_rsa = isinstance(cert.public_key(), rsa.RSAPublicKey)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise CertificateParseError("unreadable public key") from exc
    if not is_rsa or size < MIN_RSA_BITS:
        problems.append(
            KeyTooSmall(f"key of {size} bits; at least RSA {MIN_RSA_BITS} required", size)
        )
    if not has_signing_usage(cert):
        problems.append(WrongKeyUsage("certificate is not for digital signatures"))
    if path is not None and len(path) > 1:
        issuer = path[1]
        for crl in crls:
            if crl.issuer == cert.issuer and is_revoked(cert, crl, issuer):
                problems.append(CertRevoked("certificate is revoked"))
                break
    return problems


def require_valid(
    leaf: CertificateInput,
    chain: Sequence[CertificateInput],
    at: datetime,
    store: TrustStore,
    crls: Sequence[x509.CertificateRevocationList] = (),
) -> None:
    """Like :func:`precheck`, but raise the first problem found."""
    problems = precheck(leaf, chain, at, store, crls)
    if problems:
        raise problems[0]


def _build_path(
    leaf: x509.Certificate,
    intermediates: Sequence[x509.Certificate],
    at: datetime,
    store: TrustStore,
) -> list[x509.Certificate]:
    """Leaf first, anchor last; CertUntrusted (or IssuerNotInStore) if no path reaches
    an anchor."""
    path = [leaf]
    current = leaf
    pool = list(intermediates)
    for _ in range(_MAX_CHAIN):
        if store.is_anchor(current):
            return path
        below = len(path) - 1  # CA certificates between the leaf and the issuer
        issuer = _find_issuer(current, store.anchors, at, below) or _find_issuer(
            current, pool, at, below
        )
        if issuer is None:
            raise _no_issuer(current, [*store.anchors, *pool])
        pool = [c for c in pool if c is not issuer]
        path.append(issuer)
        current = issuer
    raise CertUntrusted("certificate chain too long")


def _no_issuer(cert: x509.Certificate, known: Sequence[x509.Certificate]) -> CertUntrusted:
    """IssuerNotInStore when nobody known even claims to be ``cert``'s issuer and that
    issuer is named like a government CA; CertUntrusted otherwise."""
    subject = cert.subject.rfc4514_string()
    claimed = [c for c in known if _names_issuer(c, cert)]
    if not claimed and _government_ca_name(cert.issuer):
        return IssuerNotInStore(
            f"issuer {cert.issuer.rfc4514_string()} of {subject} is not in this version's "
            "trust store: update the program"
        )
    return CertUntrusted(f"no trusted issuer found for {subject}")


def _government_ca_name(name: x509.Name) -> bool:
    """A production government CA name: a card CA (C=TW, O=行政院, OU=…憑證管理中心)
    or the Government Root CA of any generation; the sandbox's test CAs are not."""
    if "測試" in name.rfc4514_string():
        return False
    try:
        if DEFAULT.kind_of(name) is not CardKind.UNKNOWN:
            return True
    except CertificateParseError:
        return False
    countries = [a.value for a in name.get_attributes_for_oid(x509.NameOID.COUNTRY_NAME)]
    organizations = [a.value for a in name.get_attributes_for_oid(x509.NameOID.ORGANIZATION_NAME)]
    common_names = [a.value for a in name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)]
    return countries == ["TW"] and (
        organizations == [GRCA_NAME]
        or any(isinstance(cn, str) and cn.startswith(f"{GRCA_NAME} - G") for cn in common_names)
    )


def key_identifier(cert: x509.Certificate) -> bytes | None:
    """The SubjectKeyIdentifier of ``cert``, or None when it has none."""
    try:
        return cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    except (x509.ExtensionNotFound, ValueError, x509.DuplicateExtension):
        return None


def authority_key_identifier(cert: x509.Certificate) -> bytes | None:
    """The keyIdentifier of ``cert``'s AuthorityKeyIdentifier, or None."""
    try:
        value = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    except (x509.ExtensionNotFound, ValueError, x509.DuplicateExtension):
        return None
    return value.key_identifier


def _names_issuer(candidate: x509.Certificate, cert: x509.Certificate) -> bool:
    """``candidate`` has ``cert``'s issuer name and, when both carry key identifiers,
    the key ``cert``'s AuthorityKeyIdentifier names."""
    if candidate.subject != cert.issuer:
        return False
    wanted = authority_key_identifier(cert)
    have = key_identifier(candidate)
    return wanted is None or have is None or wanted == have


def _self_signed(cert: x509.Certificate) -> bool:
    """A root: its own issuer by name and key (a cross-certificate has the name only)."""
    if cert.subject != cert.issuer:
        return False
    aki, ski = authority_key_identifier(cert), key_identifier(cert)
    return aki is None or ski is None or aki == ski


def _candidate_order(candidate: x509.Certificate) -> tuple[bool, float, bytes]:
    # A candidate with a key identifier (so an exact match) first, then the newest,
    # then a fixed tie-break.
    return (
        key_identifier(candidate) is None,
        -candidate.not_valid_after_utc.timestamp(),
        candidate.fingerprint(hashes.SHA256()),
    )


def _find_issuer(
    cert: x509.Certificate, candidates: Iterable[x509.Certificate], at: datetime, below: int
) -> x509.Certificate | None:
    named = sorted((c for c in candidates if _names_issuer(c, cert)), key=_candidate_order)
    for candidate in named:
        if not _may_issue(candidate, below):
            continue
        if not candidate.not_valid_before_utc <= at <= candidate.not_valid_after_utc:
            continue
        if _issued_by(cert, candidate):
            return candidate
    return None


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
        return False
    return True


def issuer_chain(
    leaf: CertificateInput, certificates: Iterable[CertificateInput]
) -> tuple[x509.Certificate, ...]:
    """The issuers of ``leaf`` among ``certificates``, nearest first, each chosen by name,
    key identifier and signature: the same answer whatever order ``certificates`` come
    in. Certificates that are not on the leaf's path are left out; unreadable ones
    raise CertificateParseError."""
    current = load_certificate(leaf)
    pool = sorted(
        {
            c.fingerprint(hashes.SHA256()): c for c in (load_certificate(x) for x in certificates)
        }.values(),
        key=lambda c: c.fingerprint(hashes.SHA256()),
    )
    chain: list[x509.Certificate] = []
    for _ in range(_MAX_CHAIN):
        if _self_signed(current):
            break
        named = sorted((c for c in pool if _names_issuer(c, current)), key=_candidate_order)
        issuer = next((c for c in named if _issued_by(current, c)), None)
        if issuer is None:
            break
        chain.append(issuer)
        pool = [c for c in pool if c is not issuer]
        current = issuer
    return tuple(chain)


def _may_issue(cert: x509.Certificate, below: int) -> bool:
    """May ``cert`` sign a certificate with ``below`` CA certificates under it?

    It needs the CA flag, keyCertSign when KeyUsage is present, and a path length
    constraint of at least ``below``.
    """
    try:
        extensions = cert.extensions
    except (ValueError, x509.DuplicateExtension):
        return False
    try:
        constraints = extensions.get_extension_for_class(x509.BasicConstraints).value
    except x509.ExtensionNotFound:
        # GRCA G1 (2002) predates the habit; a self-signed anchor is a CA by definition.
        if cert.subject != cert.issuer:
            return False
    else:
        if not constraints.ca:
            return False
        if constraints.path_length is not None and constraints.path_length < below:
            return False
    try:
        usage = extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return True
    return usage.key_cert_sign


def verify_signature(cert: CertificateInput, data: bytes, signature: bytes) -> None:
    """Check an RSA PKCS#1 v1.5 SHA-256 signature; raise SignatureInvalid if it fails."""
    certificate = load_certificate(cert)
    try:
        key = certificate.public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise SignatureInvalid("certificate key cannot be read") from exc
    if not isinstance(key, rsa.RSAPublicKey):
        raise SignatureInvalid("certificate key is not RSA")
    try:
        key.verify(signature, data, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise SignatureInvalid("signature does not match the document") from exc


def is_revoked(
    cert: x509.Certificate,
    crl: x509.CertificateRevocationList,
    issuer: x509.Certificate | None = None,
) -> bool:
    """True if ``crl`` lists ``cert``.

    Raises CrlMismatch if the CRL is from another issuer or, when ``issuer`` is given,
    its signature does not verify with the issuer's key.
    """
    if crl.issuer != cert.issuer:
        raise CrlMismatch("revocation list is from another issuer")
    if issuer is not None:
        try:
            key = issuer.public_key()
            valid = isinstance(key, rsa.RSAPublicKey) and crl.is_signature_valid(key)
        except (ValueError, TypeError, UnsupportedAlgorithm):
            valid = False
        if not valid:
            raise CrlMismatch("revocation list signature does not verify")
    return crl.get_revoked_certificate_by_serial_number(cert.serial_number) is not None
