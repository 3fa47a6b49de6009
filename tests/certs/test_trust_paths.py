"""How the pre-check builds a path to an anchor: which certificate may issue, which of
several candidates is chosen, where a path ends, and what each refusal says.

A small hierarchy is built here (our own keys, a few extensions left out or changed on
purpose); ``tests/certs/test_trust_generations.py`` covers the real CA generations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import ExtensionOID, NameOID

from certs.errors import (
    CertificateError,
    CertUntrusted,
    CrlMismatch,
    IssuerNotInStore,
    SignatureInvalid,
)
from certs.trust import GRCA_NAME, TrustStore, is_revoked, issuer_chain, precheck, verify_signature

NOW = datetime(2026, 6, 1, tzinfo=UTC)
START = datetime(2020, 1, 1, tzinfo=UTC)
END = datetime(2040, 1, 1, tzinfo=UTC)
Key = rsa.RSAPrivateKey


@dataclass(frozen=True)
class Keys:
    """RSA keys are slow to make: a few, shared by the module's tests."""

    root: Key
    ca: Key
    leaf: Key
    other: Key


@pytest.fixture(scope="module")
def keys() -> Keys:
    return Keys(*(rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in "1234"))


def name(common_name: str, *, country: str = "TW", organization: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, country)]
    if organization is not None:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attributes)


CA_USAGE = x509.KeyUsage(
    digital_signature=False,
    content_commitment=False,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=True,
    crl_sign=True,
    encipher_only=False,
    decipher_only=False,
)
SIGNING_USAGE = x509.KeyUsage(
    digital_signature=True,
    content_commitment=True,
    key_encipherment=False,
    data_encipherment=False,
    key_agreement=False,
    key_cert_sign=False,
    crl_sign=False,
    encipher_only=False,
    decipher_only=False,
)
KEEP = object()
"""Default of :func:`issue`'s extension arguments: the usual extension for the role."""


def issue(
    subject: x509.Name,
    key: Key,
    issuer: x509.Certificate | None = None,
    issuer_key: Key | None = None,
    *,
    ca: bool = True,
    basic_constraints: object = KEEP,
    key_usage: object = KEEP,
    subject_key_id: bool = True,
    valid: tuple[datetime, datetime] = (START, END),
    extra: x509.ExtensionType | None = None,
) -> x509.Certificate:
    """A certificate for ``key`` issued by ``issuer`` (self-issued when None)."""
    signer = issuer_key or key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer is not None else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid[0])
        .not_valid_after(valid[1])
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(signer.public_key()), False
        )
    )
    if subject_key_id:
        builder = builder.add_extension(
            x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False
        )
    if basic_constraints is KEEP:
        basic_constraints = x509.BasicConstraints(ca=ca, path_length=None)
    if basic_constraints is not None:
        builder = builder.add_extension(basic_constraints, True)  # type: ignore[arg-type]
    if key_usage is KEEP:
        key_usage = CA_USAGE if ca else SIGNING_USAGE
    if key_usage is not None:
        builder = builder.add_extension(key_usage, True)  # type: ignore[arg-type]
    if extra is not None:
        builder = builder.add_extension(extra, False)
    return builder.sign(signer, hashes.SHA256())


@dataclass(frozen=True)
class Hierarchy:
    root: x509.Certificate
    ca: x509.Certificate
    leaf: x509.Certificate

    @property
    def store(self) -> TrustStore:
        return TrustStore.from_certificates([self.root])


@pytest.fixture(scope="module")
def plain(keys: Keys) -> Hierarchy:
    """Root → CA → signing leaf, all as they should be."""
    root = issue(name("Path Test Root"), keys.root)
    ca = issue(name("Path Test CA"), keys.ca, root, keys.root)
    leaf = issue(name("Leaf"), keys.leaf, ca, keys.ca, ca=False)
    return Hierarchy(root, ca, leaf)


def kinds(problems: list[CertificateError]) -> list[type[CertificateError]]:
    return [type(p) for p in problems]


def leaf_under(ca: x509.Certificate, keys: Keys, **options: object) -> x509.Certificate:
    return issue(name("Leaf"), keys.leaf, ca, keys.ca, ca=False, **options)  # type: ignore[arg-type]


# --- who may issue ---------------------------------------------------------------------


def test_the_plain_hierarchy_is_trusted(plain: Hierarchy) -> None:
    assert precheck(plain.leaf, [plain.ca], NOW, plain.store) == []


@pytest.mark.parametrize(
    "constraints",
    [None, x509.BasicConstraints(ca=False, path_length=None)],
    ids=["no basic constraints", "not a CA"],
)
def test_an_intermediate_that_is_not_a_ca_cannot_issue(
    keys: Keys, plain: Hierarchy, constraints: x509.BasicConstraints | None
) -> None:
    ca = issue(name("Path Test CA"), keys.ca, plain.root, keys.root, basic_constraints=constraints)
    leaf = leaf_under(ca, keys)
    assert kinds(precheck(leaf, [ca], NOW, plain.store)) == [CertUntrusted]


def test_a_self_signed_anchor_without_basic_constraints_may_issue(keys: Keys) -> None:
    """GRCA G1 (2002) predates the habit: an anchor is a CA by definition."""
    root = issue(name("Old Root"), keys.root, basic_constraints=None)
    leaf = issue(name("Leaf"), keys.leaf, root, keys.root, ca=False)
    assert precheck(leaf, [], NOW, TrustStore.from_certificates([root])) == []


def test_a_ca_without_key_usage_may_issue(keys: Keys, plain: Hierarchy) -> None:
    ca = issue(name("Path Test CA"), keys.ca, plain.root, keys.root, key_usage=None)
    assert precheck(leaf_under(ca, keys), [ca], NOW, plain.store) == []


def test_an_anchor_whose_extensions_cannot_be_read_cannot_issue(keys: Keys) -> None:
    """A card's certificates are refused as unreadable when loaded; a store's anchors are
    not loaded that way, so the issuer check itself must refuse what it cannot read."""
    broken = x509.UnrecognizedExtension(ExtensionOID.NAME_CONSTRAINTS, b"\x01\x02")
    root = issue(name("Broken Root"), keys.root, extra=broken)
    with pytest.raises(ValueError, match=r"^error parsing asn1 value"):
        _ = root.extensions
    leaf = issue(name("Leaf"), keys.leaf, root, keys.root, ca=False)
    store = TrustStore.from_certificates([root])
    assert kinds(precheck(leaf, [], NOW, store)) == [CertUntrusted]


def test_an_issuer_is_valid_from_its_first_to_its_last_second(keys: Keys, plain: Hierarchy) -> None:
    first, last = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)
    ca = issue(name("Path Test CA"), keys.ca, plain.root, keys.root, valid=(first, last))
    leaf = leaf_under(ca, keys)
    for at in (first, last):
        assert precheck(leaf, [ca], at, plain.store) == []
    for at in (first - timedelta(seconds=1), last + timedelta(seconds=1)):
        assert kinds(precheck(leaf, [ca], at, plain.store)) == [CertUntrusted]


# --- several candidates ------------------------------------------------------------------


def test_a_candidate_that_may_not_issue_is_passed_over_for_one_that_may(
    keys: Keys, plain: Hierarchy
) -> None:
    """Same name and key; the one listed first (it lives longer) is not a CA."""
    not_a_ca = issue(
        name("Path Test CA"),
        keys.ca,
        plain.root,
        keys.root,
        basic_constraints=x509.BasicConstraints(ca=False, path_length=None),
        valid=(START, END + timedelta(days=1)),
    )
    assert precheck(plain.leaf, [not_a_ca, plain.ca], NOW, plain.store) == []
    assert precheck(plain.leaf, [plain.ca, not_a_ca], NOW, plain.store) == []


def test_an_expired_candidate_is_passed_over_for_a_valid_one(keys: Keys, plain: Hierarchy) -> None:
    """A renewed CA certificate of the same key; the old one, tried first (it carries the
    key identifier), has expired."""
    old = issue(
        name("Path Test CA"), keys.ca, plain.root, keys.root, valid=(START, NOW - timedelta(days=1))
    )
    renewed = issue(
        name("Path Test CA"), keys.ca, plain.root, keys.root, subject_key_id=False
    )  # listed after any candidate with a key identifier
    assert precheck(plain.leaf, [old, renewed], NOW, plain.store) == []


def test_a_candidate_with_the_key_identifier_is_preferred(keys: Keys, plain: Hierarchy) -> None:
    without = issue(name("Path Test CA"), keys.ca, plain.root, keys.root, subject_key_id=False)
    for supplied in ([without, plain.ca], [plain.ca, without]):
        assert issuer_chain(plain.leaf, [*supplied, plain.root]) == (plain.ca, plain.root)


def test_two_intermediates_supplied_by_the_card(keys: Keys, plain: Hierarchy) -> None:
    lower = issue(name("Path Test Sub-CA"), keys.other, plain.ca, keys.ca)
    leaf = issue(name("Leaf"), keys.leaf, lower, keys.other, ca=False)
    assert precheck(leaf, [lower, plain.ca], NOW, plain.store) == []
    assert precheck(leaf, [plain.ca, lower], NOW, plain.store) == []


def test_a_chain_longer_than_eight_is_refused(keys: Keys, plain: Hierarchy) -> None:
    chain = [plain.ca]
    for level in range(8):
        chain.append(issue(name(f"Level {level}"), keys.ca, chain[-1], keys.ca))
    leaf = leaf_under(chain[-1], keys)
    (problem,) = precheck(leaf, chain[::-1], NOW, plain.store)
    assert type(problem) is CertUntrusted
    assert str(problem) == "certificate chain too long"


# --- issuer_chain: where it stops --------------------------------------------------------


def test_issuer_chain_stops_where_no_issuer_is_supplied(plain: Hierarchy) -> None:
    assert issuer_chain(plain.leaf, []) == ()
    assert issuer_chain(plain.leaf, [plain.ca]) == (plain.ca,)
    assert issuer_chain(plain.leaf, [plain.root, plain.ca]) == (plain.ca, plain.root)


def test_issuer_chain_follows_a_key_rollover_to_the_old_root_and_stops_there(
    keys: Keys,
) -> None:
    """The G1→G2 pattern: the new root key is certified under the old one with the same
    name (self-issued, not self-signed); the path goes on to the old root and ends at it,
    even when yet another certificate of the old root's key is supplied."""
    subject = name("Rollover Root")
    old_root = issue(subject, keys.root, valid=(START, END + timedelta(days=2)))
    new_under_old = issue(subject, keys.other, old_root, keys.root)
    assert new_under_old.subject == new_under_old.issuer
    old_elsewhere = issue(
        subject, keys.root, issue(name("Elsewhere"), keys.leaf), keys.leaf
    )  # the old key certified by another CA, expiring sooner
    ca = issue(name("Rollover CA"), keys.ca, new_under_old, keys.other)
    leaf = leaf_under(ca, keys)
    supplied = [ca, new_under_old, old_root, old_elsewhere]
    assert issuer_chain(leaf, supplied) == (ca, new_under_old, old_root)


# --- what a refusal says -----------------------------------------------------------------


def test_an_unknown_issuer_is_named(keys: Keys, plain: Hierarchy) -> None:
    (problem,) = precheck(plain.leaf, [], NOW, plain.store)
    assert type(problem) is CertUntrusted
    assert str(problem) == "no trusted issuer found for CN=Leaf,C=TW"


@pytest.mark.parametrize(
    "issuer",
    [
        name("Some Unit", organization=GRCA_NAME),
        name(f"{GRCA_NAME} - G4"),
    ],
    ids=["GRCA organisation", "GRCA generation"],
)
def test_an_unknown_government_root_means_the_program_needs_updating(
    keys: Keys, issuer: x509.Name
) -> None:
    stranger = issue(issuer, keys.other)
    leaf = issue(name("Leaf"), keys.leaf, stranger, keys.other, ca=False)
    (problem,) = precheck(leaf, [], NOW, TrustStore.from_certificates([]))
    assert type(problem) is IssuerNotInStore
    assert str(problem) == (
        f"issuer {issuer.rfc4514_string()} of CN=Leaf,C=TW is not in this version's "
        "trust store: update the program"
    )


@pytest.mark.parametrize(
    "issuer",
    [
        name("Some Unit", country="US", organization=GRCA_NAME),
        name("Some Unit", organization="Another Root Authority"),
        name(f"{GRCA_NAME} 測試", organization=GRCA_NAME),
    ],
    ids=["not Taiwan", "not GRCA", "a test CA"],
)
def test_other_unknown_issuers_are_untrusted(keys: Keys, issuer: x509.Name) -> None:
    stranger = issue(issuer, keys.other)
    leaf = issue(name("Leaf"), keys.leaf, stranger, keys.other, ca=False)
    assert kinds(precheck(leaf, [], NOW, TrustStore.from_certificates([]))) == [CertUntrusted]


def test_precheck_needs_an_aware_moment(plain: Hierarchy) -> None:
    with pytest.raises(ValueError, match=r"^precheck needs an aware datetime$"):
        precheck(plain.leaf, [], NOW.replace(tzinfo=None), plain.store)


# --- revocation lists and signatures -----------------------------------------------------


def crl_of(
    issuer: x509.Certificate, key: Key, *revoked: x509.Certificate
) -> x509.CertificateRevocationList:
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(issuer.subject)
        .last_update(START)
        .next_update(END)
    )
    for cert in revoked:
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(START)
            .build()
        )
    return builder.sign(key, hashes.SHA256())


def test_a_forged_revocation_list_is_refused_not_believed(keys: Keys, plain: Hierarchy) -> None:
    forged = crl_of(plain.ca, keys.other, plain.leaf)
    with pytest.raises(CrlMismatch, match=r"^revocation list signature does not verify$"):
        precheck(plain.leaf, [plain.ca], NOW, plain.store, [forged])
    genuine = crl_of(plain.ca, keys.ca, plain.leaf)
    assert [str(p) for p in precheck(plain.leaf, [plain.ca], NOW, plain.store, [genuine])] == [
        "certificate is revoked"
    ]


def test_a_revocation_list_of_another_issuer_is_refused(keys: Keys, plain: Hierarchy) -> None:
    with pytest.raises(CrlMismatch, match=r"^revocation list is from another issuer$"):
        is_revoked(plain.leaf, crl_of(plain.root, keys.root))


def unreadable_key_certificate() -> x509.Certificate:
    """A certificate whose EC key names a curve nobody knows (P-256's OID, last arc 0x7F)."""
    key = ec.generate_private_key(ec.SECP256R1())
    der = (
        x509.CertificateBuilder()
        .subject_name(name("Odd Curve"))
        .issuer_name(name("Odd Curve"))
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(START)
        .not_valid_after(END)
        .sign(key, hashes.SHA256())
        .public_bytes(serialization.Encoding.DER)
    )
    p256 = bytes.fromhex("06082A8648CE3D030107")
    assert der.count(p256) == 1
    return x509.load_der_x509_certificate(der.replace(p256, p256[:-1] + b"\x7f"))


def test_a_revocation_list_checked_against_an_unreadable_key_is_refused(
    keys: Keys, plain: Hierarchy
) -> None:
    odd = unreadable_key_certificate()
    with pytest.raises(UnsupportedAlgorithm):
        odd.public_key()
    with pytest.raises(CrlMismatch, match=r"^revocation list signature does not verify$"):
        is_revoked(plain.leaf, crl_of(plain.ca, keys.ca), odd)


def test_what_a_failed_signature_check_says(keys: Keys, plain: Hierarchy) -> None:
    signature = keys.leaf.sign(b"document", padding.PKCS1v15(), hashes.SHA256())
    verify_signature(plain.leaf, b"document", signature)
    with pytest.raises(SignatureInvalid, match=r"^signature does not match the document$"):
        verify_signature(plain.leaf, b"another document", signature)
    p256 = ec.generate_private_key(ec.SECP256R1())
    ec_cert = issue(name("EC"), p256, ca=False)  # type: ignore[arg-type]
    with pytest.raises(SignatureInvalid, match=r"^certificate key is not RSA$"):
        verify_signature(ec_cert, b"document", signature)


# --- the leaf itself ---------------------------------------------------------------------


def test_a_leaf_is_valid_from_its_first_to_its_last_second(keys: Keys, plain: Hierarchy) -> None:
    first, last = datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)
    leaf = leaf_under(plain.ca, keys, valid=(first, last))
    for at in (first, last):
        assert precheck(leaf, [plain.ca], at, plain.store) == []
    (early,) = precheck(leaf, [plain.ca], first - timedelta(seconds=1), plain.store)
    assert str(early) == "certificate valid from 2026-01-01"
    (late,) = precheck(leaf, [plain.ca], last + timedelta(seconds=1), plain.store)
    assert str(late) == "certificate expired on 2026-12-31"


def test_what_a_weak_key_or_a_wrong_usage_says(keys: Keys, plain: Hierarchy) -> None:
    small = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    weak = issue(name("Leaf"), small, plain.ca, keys.ca, ca=False)  # type: ignore[arg-type]
    assert [str(p) for p in precheck(weak, [plain.ca], NOW, plain.store)] == [
        "key of 1024 bits; at least RSA 2048 required"
    ]
    encrypting = leaf_under(plain.ca, keys, key_usage=CA_USAGE)
    assert [str(p) for p in precheck(encrypting, [plain.ca], NOW, plain.store)] == [
        "certificate is not for digital signatures"
    ]


def test_a_certificate_that_is_itself_an_anchor_needs_no_issuer(keys: Keys) -> None:
    alone = issue(name("Trusted Leaf"), keys.leaf, ca=False)
    assert precheck(alone, [], NOW, TrustStore.from_certificates([alone])) == []


def test_a_leaf_directly_under_the_anchor_is_checked_for_revocation(
    keys: Keys, plain: Hierarchy
) -> None:
    leaf = issue(name("Leaf"), keys.leaf, plain.root, keys.root, ca=False)
    assert precheck(leaf, [], NOW, plain.store, [crl_of(plain.root, keys.root)]) == []
    revoked = precheck(leaf, [], NOW, plain.store, [crl_of(plain.root, keys.root, leaf)])
    assert [str(p) for p in revoked] == ["certificate is revoked"]
