"""The sandbox's test hierarchy: fixed demo cards, determinism, start-up cost, secrecy."""

from __future__ import annotations

import hashlib
import json
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from certs.errors import SignatureInvalid
from certs.profile import CardKind, parse_certificate
from certs.testpki import (
    CRL_URL,
    MANIFEST_NAME,
    TESTDATA_DIR,
    DemoPKI,
    _load_keys,
    manifest,
    regenerate,
)
from certs.trust import verify_signature

DER = serialization.Encoding.DER

EXPECTED = {
    "moeaca-sme-primary": (CardKind.MOEACA, "16480894", None, None, "primary", "123456"),
    "moeaca-sme-secondary": (CardKind.MOEACA, "16480894", None, None, "secondary", "654321"),
    "moeaca-maker": (CardKind.MOEACA, "81924865", None, None, "primary", "123456"),
    "moeaca-revoked": (CardKind.MOEACA, "16480894", None, None, "primary", "123456"),
    "moica-sme-owner": (CardKind.MOICA, None, "6789", None, None, "123456"),
    "moica-tax-owner": (CardKind.MOICA, None, "5018", None, None, "123456"),
    "moica-coop-owner": (CardKind.MOICA, None, "7864", None, None, "123456"),
    "moica-social-owner": (CardKind.MOICA, None, "8829", None, None, "123456"),
    "moica-stranger": (CardKind.MOICA, None, "1163", None, None, "123456"),
    "moica-expired": (CardKind.MOICA, None, "6789", None, None, "123456"),
    "xca-coop": (CardKind.XCA, None, None, "18302983", None, "123456"),
    "xca-social": (CardKind.XCA, None, None, "23831903", None, "123456"),
}


@pytest.fixture(scope="module")
def pki() -> DemoPKI:
    return DemoPKI.load()


def test_the_fixed_demo_cards(pki: DemoPKI) -> None:
    assert set(pki.cards) == set(EXPECTED)
    for card_id, (kind, ubn, last4, org, rank, pin) in EXPECTED.items():
        card = pki.cards[card_id]
        identity = parse_certificate(card.certificate)
        assert (card.kind, card.ubn, card.id_last4, card.org_code) == (kind, ubn, last4, org)
        assert (identity.kind, identity.ubn, identity.id_last4) == (kind, ubn, last4)
        assert (identity.org_code, identity.card_rank) == (org, rank)
        assert card.pin == pin
        assert identity.key_size == 2048
        assert identity.key_usage_signing
        assert card.chain == (pki.cas[kind].certificate, pki.root.certificate)
        assert len(card.card_serial) == 16
        assert card.card_serial[:2].isalpha()
        assert card.card_serial[:2].isupper()
        assert card.card_serial[2:].isdigit()
    assert len({c.card_serial for c in pki.cards.values()}) == len(EXPECTED)


def test_holders_and_dates(pki: DemoPKI) -> None:
    assert pki.cards["moica-sme-owner"].holder_name == "王大明"
    assert pki.cards["moica-sme-owner"].national_id == "A123456789"
    assert parse_certificate(pki.cards["moica-stranger"].certificate).holder_name == "張志強"
    sme = parse_certificate(pki.cards["moeaca-sme-primary"].certificate)
    assert sme.holder_name == "雲端示範股份有限公司（測試）"
    assert sme.not_before == datetime(2025, 1, 1, tzinfo=UTC)
    assert sme.not_after == datetime(2030, 12, 31, tzinfo=UTC)
    expired = pki.cards["moica-expired"]
    assert expired.expired
    assert expired.certificate.not_valid_after_utc == datetime(2024, 1, 1, tzinfo=UTC)
    assert [c.id for c in pki.cards.values() if c.revoked] == ["moeaca-revoked"]
    assert [c.id for c in pki.cards.values() if c.expired] == ["moica-expired"]


def test_every_card_has_an_encryption_certificate(pki: DemoPKI) -> None:
    for card in pki.cards.values():
        enc = card.encryption_certificate
        identity = parse_certificate(enc)
        assert not identity.key_usage_signing
        assert identity.kind is card.kind
        assert enc.public_key() != card.certificate.public_key()
        usage = enc.extensions.get_extension_for_class(x509.KeyUsage)
        assert usage.critical
        assert usage.value.key_encipherment


def test_card_signs_with_its_certificate_key(pki: DemoPKI) -> None:
    card = pki.cards["moica-sme-owner"]
    signature = card.sign(b"document")
    verify_signature(card.certificate, b"document", signature)
    with pytest.raises(SignatureInvalid):
        verify_signature(card.encryption_certificate, b"document", signature)
    with pytest.raises(SignatureInvalid):
        verify_signature(card.certificate, b"documenT", signature)


def test_crl_lists_only_the_revoked_card(pki: DemoPKI) -> None:
    revoked = pki.cards["moeaca-revoked"].certificate
    crl = pki.crl(CardKind.MOEACA)
    assert crl.get_revoked_certificate_by_serial_number(revoked.serial_number) is not None
    assert len(crl) == 1
    assert len(pki.crl(CardKind.MOICA)) == 0
    assert pki.crl_der(CardKind.MOEACA) == crl.public_bytes(DER)
    assert pki.cas[CardKind.MOEACA].crl_url == CRL_URL.format(kind="moeaca")


def _fingerprint_everything(pki: DemoPKI) -> str:
    digest = hashlib.sha256()
    digest.update(pki.root.certificate.public_bytes(DER))
    for kind in sorted(pki.cas):
        digest.update(pki.cas[kind].certificate.public_bytes(DER))
        digest.update(pki.crl_der(kind))
    for card_id in sorted(pki.cards):
        card = pki.cards[card_id]
        digest.update(card.certificate.public_bytes(DER))
        digest.update(card.encryption_certificate.public_bytes(DER))
    return digest.hexdigest()


def test_rebuild_is_byte_identical(pki: DemoPKI) -> None:
    assert _fingerprint_everything(DemoPKI(_load_keys())) == _fingerprint_everything(pki)


def test_build_matches_the_committed_manifest(pki: DemoPKI) -> None:
    committed = json.loads((TESTDATA_DIR / MANIFEST_NAME).read_text("utf-8"))
    assert manifest(pki) == committed
    assert len(committed) == 1 + 2 * len(pki.cas) + 2 * len(pki.cards)


def test_regenerate_writes_a_complete_key_set(tmp_path: Path) -> None:
    written = regenerate(tmp_path)
    assert {p.name for p in written} == {p.name for p in TESTDATA_DIR.glob("*.pem")}
    key = serialization.load_pem_private_key(written[0].read_bytes(), password=None)
    assert isinstance(key, rsa.RSAPrivateKey)
    assert key.key_size == 2048


def test_load_is_cached_and_fast() -> None:
    DemoPKI.load()
    started = time.perf_counter()
    fresh = DemoPKI(_load_keys())
    fresh.crl(CardKind.MOEACA)
    elapsed = time.perf_counter() - started
    assert elapsed < 0.2, f"building the test hierarchy took {elapsed * 1000:.0f} ms"
    assert DemoPKI.load() is DemoPKI.load()


def test_repr_hides_pin_and_key(pki: DemoPKI) -> None:
    for card in pki.cards.values():
        text = repr(card) + str(card)
        assert card.pin not in text
        assert "private" not in text.lower()
        assert "RSAPrivateKey" not in text
    assert "Private" not in repr(pki.root)
