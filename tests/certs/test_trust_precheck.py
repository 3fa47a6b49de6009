"""Chain pre-check, trust stores, signature verification and CRL look-up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from hypothesis import given, settings
from hypothesis import strategies as st

from certs.errors import (
    CertExpired,
    CertificateError,
    CertificateParseError,
    CertNotYetValid,
    CertRevoked,
    CertUntrusted,
    CrlMismatch,
    KeyTooSmall,
    SignatureInvalid,
    WrongKeyUsage,
)
from certs.profile import CardKind
from certs.testpki import DemoCA, DemoPKI, training_trust_store
from certs.trust import TrustStore, is_revoked, precheck, require_valid, verify_signature

NOW = datetime(2026, 3, 1, tzinfo=UTC)
DER = serialization.Encoding.DER


@pytest.fixture(scope="module")
def pki() -> DemoPKI:
    return DemoPKI.load()


def _kinds(problems: list[CertificateError]) -> list[type[CertificateError]]:
    return [type(p) for p in problems]


def _all_crls(pki: DemoPKI) -> list[x509.CertificateRevocationList]:
    return [pki.crl(kind) for kind in pki.cas]


def test_demo_cards_precheck(pki: DemoPKI) -> None:
    store = pki.trust_store()
    for card in pki.cards.values():
        problems = precheck(card.certificate, card.chain, NOW, store, _all_crls(pki))
        if card.revoked:
            assert _kinds(problems) == [CertRevoked], card.id
        elif card.expired:
            assert _kinds(problems) == [CertExpired], card.id
        else:
            assert problems == [], card.id


def test_chain_as_der_bytes(pki: DemoPKI) -> None:
    card = pki.cards["xca-coop"]
    der_chain = [c.public_bytes(DER) for c in card.chain]
    assert precheck(card.certificate.public_bytes(DER), der_chain, NOW, pki.trust_store()) == []
    # The anchor itself need not be sent.
    assert precheck(card.certificate, card.chain[:1], NOW, pki.trust_store()) == []


def test_missing_intermediate_is_untrusted(pki: DemoPKI) -> None:
    card = pki.cards["moica-sme-owner"]
    problems = precheck(card.certificate, [pki.root.certificate], NOW, pki.trust_store())
    assert _kinds(problems) == [CertUntrusted]


def test_sandbox_card_is_untrusted_in_production(pki: DemoPKI) -> None:
    card = pki.cards["moeaca-sme-primary"]
    problems = precheck(card.certificate, card.chain, NOW, TrustStore.production())
    assert _kinds(problems) == [CertUntrusted]
    combined = training_trust_store()
    assert precheck(card.certificate, card.chain, NOW, combined) == []
    production = len(TrustStore.production().anchors)
    assert len(combined.anchors) == production + 1
    assert len(combined.combined(pki.trust_store()).anchors) == production + 1


def _impostor_ca(pki: DemoPKI, kind: CardKind) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    """A CA with the same name as the real test CA, but its own key."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = pki.cas[kind].name
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def test_card_from_a_wrong_ca_is_untrusted(pki: DemoPKI) -> None:
    impostor, key = _impostor_ca(pki, CardKind.MOICA)
    genuine = pki.cards["moica-sme-owner"].certificate
    forged = (
        x509.CertificateBuilder()
        .subject_name(genuine.subject)
        .issuer_name(impostor.subject)
        .public_key(genuine.public_key())
        .serial_number(genuine.serial_number)
        .not_valid_before(genuine.not_valid_before_utc)
        .not_valid_after(genuine.not_valid_after_utc)
        .add_extension(genuine.extensions.get_extension_for_class(x509.KeyUsage).value, True)
        .sign(key, hashes.SHA256())
    )
    chains = [
        [impostor, pki.root.certificate],
        [pki.cas[CardKind.MOICA].certificate, pki.root.certificate],
    ]
    for chain in chains:
        problems = precheck(forged, chain, NOW, pki.trust_store())
        assert _kinds(problems) == [CertUntrusted]
    # A self-signed impostor is not trusted just because it is in the chain.
    with pytest.raises(CertUntrusted):
        require_valid(forged, [impostor], NOW, pki.trust_store())


def test_card_of_another_test_ca_chain_is_untrusted(pki: DemoPKI) -> None:
    card = pki.cards["moica-sme-owner"]
    chain = [pki.cas[CardKind.MOEACA].certificate, pki.root.certificate]
    assert _kinds(precheck(card.certificate, chain, NOW, pki.trust_store())) == [CertUntrusted]


def test_expired_and_not_yet_valid(pki: DemoPKI) -> None:
    card = pki.cards["moica-sme-owner"]
    store = pki.trust_store()
    before = precheck(card.certificate, card.chain, datetime(2024, 12, 31, tzinfo=UTC), store)
    assert _kinds(before) == [CertNotYetValid]
    after = precheck(card.certificate, card.chain, datetime(2031, 1, 1, tzinfo=UTC), store)
    assert _kinds(after) == [CertExpired]
    expired = pki.cards["moica-expired"]
    with pytest.raises(CertExpired, match="2024-01-01"):
        require_valid(expired.certificate, expired.chain, NOW, store)
    # Within its own validity the expired card was fine.
    past = datetime(2023, 6, 1, tzinfo=UTC)
    assert precheck(expired.certificate, expired.chain, past, store) == []


def test_expired_issuing_ca_breaks_the_chain(pki: DemoPKI) -> None:
    card = pki.cards["moica-sme-owner"]
    problems = precheck(
        card.certificate, card.chain, datetime(2041, 6, 1, tzinfo=UTC), pki.trust_store()
    )
    assert _kinds(problems) == [CertUntrusted, CertExpired]


def test_revoked_via_crl(pki: DemoPKI) -> None:
    revoked = pki.cards["moeaca-revoked"]
    fine = pki.cards["moeaca-sme-primary"]
    crl = pki.crl(CardKind.MOEACA)
    issuer = pki.cas[CardKind.MOEACA].certificate
    assert is_revoked(revoked.certificate, crl, issuer)
    assert not is_revoked(fine.certificate, crl, issuer)
    # Without the CRL the pre-check cannot know.
    assert precheck(revoked.certificate, revoked.chain, NOW, pki.trust_store()) == []
    with pytest.raises(CertRevoked):
        require_valid(revoked.certificate, revoked.chain, NOW, pki.trust_store(), [crl])


def test_crl_of_another_issuer_or_forged(pki: DemoPKI) -> None:
    revoked = pki.cards["moeaca-revoked"].certificate
    with pytest.raises(CrlMismatch, match="another issuer"):
        is_revoked(revoked, pki.crl(CardKind.MOICA))
    impostor, key = _impostor_ca(pki, CardKind.MOEACA)
    forged = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(impostor.subject)
        .last_update(datetime(2025, 1, 1, tzinfo=UTC))
        .next_update(datetime(2035, 1, 1, tzinfo=UTC))
        .sign(key, hashes.SHA256())
    )
    with pytest.raises(CrlMismatch, match="signature"):
        is_revoked(revoked, forged, pki.cas[CardKind.MOEACA].certificate)
    assert not is_revoked(revoked, forged)  # no issuer given: the caller trusts the CRL


def test_1024_bit_key_is_too_small(pki: DemoPKI) -> None:
    weak = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "弱金鑰")])
    cert = pki.issue_certificate(CardKind.MOICA, weak.public_key(), subject)
    chain = [pki.cas[CardKind.MOICA].certificate]
    problems = precheck(cert, chain, NOW, pki.trust_store())
    assert _kinds(problems) == [KeyTooSmall]
    assert isinstance(problems[0], KeyTooSmall)
    assert problems[0].key_size == 1024


def test_non_rsa_key_is_refused(pki: DemoPKI) -> None:
    key = ec.generate_private_key(ec.SECP384R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "EC")])
    cert = pki.issue_certificate(CardKind.XCA, key.public_key(), subject)
    problems = precheck(cert, [pki.cas[CardKind.XCA].certificate], NOW, pki.trust_store())
    assert _kinds(problems) == [KeyTooSmall]
    with pytest.raises(SignatureInvalid, match="not RSA"):
        verify_signature(cert, b"x", b"y")


def test_missing_digital_signature(pki: DemoPKI) -> None:
    card = pki.cards["xca-social"]
    store = pki.trust_store()
    problems = precheck(card.encryption_certificate, card.chain, NOW, store)
    assert _kinds(problems) == [WrongKeyUsage]
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "無用途")])
    no_usage = pki.issue_certificate(CardKind.XCA, key.public_key(), subject, key_usage=None)
    assert _kinds(precheck(no_usage, card.chain, NOW, store)) == [WrongKeyUsage]


def test_several_problems_are_all_reported(pki: DemoPKI) -> None:
    card = pki.cards["moica-expired"]
    problems = precheck(card.encryption_certificate, [], NOW, pki.trust_store())
    assert _kinds(problems) == [CertUntrusted, CertExpired, WrongKeyUsage]


def test_naive_time_is_a_programming_error(pki: DemoPKI) -> None:
    card = pki.cards["xca-social"]
    with pytest.raises(ValueError, match="aware"):
        precheck(card.certificate, card.chain, datetime(2026, 1, 1), pki.trust_store())


def test_unreadable_chain_raises_parse_error(pki: DemoPKI) -> None:
    card = pki.cards["xca-social"]
    with pytest.raises(CertificateParseError):
        precheck(card.certificate, [b"not a certificate"], NOW, pki.trust_store())


def test_verify_signature(pki: DemoPKI) -> None:
    card = pki.cards["moeaca-sme-secondary"]
    signature = card.sign(b"challenge")
    verify_signature(card.certificate, b"challenge", signature)
    verify_signature(card.certificate.public_bytes(DER), b"challenge", signature)
    other = pki.cards["moeaca-sme-primary"]
    for cert, data, sig in [
        (other.certificate, b"challenge", signature),
        (card.certificate, b"challengE", signature),
        (card.certificate, b"challenge", signature[:-1]),
        (card.certificate, b"challenge", b""),
    ]:
        with pytest.raises(SignatureInvalid):
            verify_signature(cert, data, sig)


def test_store_from_folder_and_bad_files(tmp_path: Path) -> None:
    folder = tmp_path
    pki = DemoPKI.load()
    (folder / "root.pem").write_bytes(pki.root.certificate.public_bytes(serialization.Encoding.PEM))
    store = TrustStore.from_pem_dir(folder)
    assert store.is_anchor(pki.root.certificate)
    assert store == pki.trust_store()
    (folder / "broken.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n")
    with pytest.raises(CertificateParseError, match=r"broken\.pem"):
        TrustStore.from_pem_dir(folder)


def _issued_by(issuer_name: x509.Name, issuer_key: rsa.RSAPrivateKey) -> x509.Certificate:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "下層")]))
        .issuer_name(issuer_name)
        .public_key(key.public_key())
        .serial_number(99)
        .not_valid_before(datetime(2025, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2030, 1, 1, tzinfo=UTC))
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, False, False, False, False), True
        )
        .sign(issuer_key, hashes.SHA256())
    )


def test_a_card_certificate_cannot_act_as_a_ca(pki: DemoPKI) -> None:
    card = pki.cards["moica-sme-owner"]
    child = _issued_by(card.certificate.subject, card.private_key)
    chain = [card.certificate, *card.chain]
    assert _kinds(precheck(child, chain, NOW, pki.trust_store())) == [CertUntrusted]


def _sub_ca(
    parent: DemoCA, name: x509.Name, key: rsa.RSAPrivateKey, *, cert_sign: bool
) -> x509.Certificate:
    usage = x509.KeyUsage(True, False, False, False, False, cert_sign, True, False, False)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(parent.name)
        .public_key(key.public_key())
        .serial_number(4242)
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2035, 1, 1, tzinfo=UTC))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .add_extension(usage, True)
        .sign(parent.private_key, hashes.SHA256())
    )


def test_a_ca_without_key_cert_sign_cannot_issue(pki: DemoPKI) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "子憑證機構")])
    child = _issued_by(name, key)
    store = pki.trust_store()
    allowed = [_sub_ca(pki.root, name, key, cert_sign=True)]
    assert precheck(child, allowed, NOW, store) == []
    refused = [_sub_ca(pki.root, name, key, cert_sign=False)]
    assert _kinds(precheck(child, refused, NOW, store)) == [CertUntrusted]


def test_path_length_constraint_is_enforced(pki: DemoPKI) -> None:
    # The issuing test CAs have pathLenConstraint 0: no CA may sit below them.
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "越權子機構")])
    issuing = pki.cas[CardKind.MOICA]
    chain = [_sub_ca(issuing, name, key, cert_sign=True), issuing.certificate]
    problems = precheck(_issued_by(name, key), chain, NOW, pki.trust_store())
    assert _kinds(problems) == [CertUntrusted]


@settings(max_examples=80, deadline=None)
@given(
    card_id=st.sampled_from(sorted(DemoPKI.load().cards)),
    at=st.datetimes(
        min_value=datetime(2015, 1, 1), max_value=datetime(2045, 1, 1), timezones=st.just(UTC)
    ),
)
def test_date_problems_follow_the_validity_window(card_id: str, at: datetime) -> None:
    pki = DemoPKI.load()
    card = pki.cards[card_id]
    kinds = _kinds(precheck(card.certificate, card.chain, at, pki.trust_store()))
    cert = card.certificate
    assert (CertExpired in kinds) == (at > cert.not_valid_after_utc)
    assert (CertNotYetValid in kinds) == (at < cert.not_valid_before_utc)
    ca_valid = all(c.not_valid_before_utc <= at <= c.not_valid_after_utc for c in card.chain)
    assert (CertUntrusted in kinds) == (not ca_valid)
    assert KeyTooSmall not in kinds
    assert WrongKeyUsage not in kinds
