"""Chains under each CA generation: issuers picked by Authority Key Identifier, in any
order, and an issuer this version does not hold reported as such, never as a forgery.

Two kinds of evidence: the real published anchors (``certs/anchors``, the same files as
the shared ``trust-anchors`` folder) chain to each other by key identifier; and a
hierarchy built here with the real CAs' names (GRCA G2/G3, MOICA G2/G3, MOEACA G2/G3,
XCA) but our own keys issues the leaves, since nobody outside the CAs can sign under the
real keys.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID

from app.cards.errors import CertificateIssuerUnknown, CertificateProblem
from app.cards.identity import identity_from_certificate, prechecked
from certs.errors import CertUntrusted, IssuerNotInStore
from certs.testpki import DemoPKI
from certs.trust import (
    ANCHORS_DIR,
    TrustStore,
    authority_key_identifier,
    issuer_chain,
    key_identifier,
    precheck,
)

NOW = datetime(2026, 6, 1, tzinfo=UTC)
SHARED_ANCHORS = (
    "grca-g1.pem",
    "grca-g2.pem",
    "grca-g3.pem",
    "grca-g1-to-g2-cross.pem",
    "moica-g2.pem",
    "moica-g3.pem",
    "moeaca-g2.pem",
)


def _real(name: str) -> x509.Certificate:
    return x509.load_pem_x509_certificate((ANCHORS_DIR / name).read_bytes())


def _kinds(problems: list[object]) -> list[type]:
    return [type(p) for p in problems]


# -- the real anchors -------------------------------------------------------------------


def test_production_store_holds_every_published_anchor() -> None:
    store = TrustStore.production()
    for name in SHARED_ANCHORS:
        assert store.is_anchor(_real(name)), name


@pytest.mark.parametrize(
    ("ca", "root", "aki"),
    [
        ("moica-g2.pem", "grca-g2.pem", "FA9B3467"),
        ("moica-g3.pem", "grca-g3.pem", "4720A3B1"),
        ("moeaca-g2.pem", "grca-g2.pem", "99447A02"),
    ],
)
def test_real_cas_chain_to_their_own_generation_in_any_order(ca: str, root: str, aki: str) -> None:
    cert = _real(ca)
    ski = key_identifier(cert)
    assert ski is not None
    assert ski.hex().upper().startswith(aki)
    anchors = list(TrustStore.production().anchors)
    rng = random.Random(ca)
    for _ in range(20):
        rng.shuffle(anchors)
        [issuer] = issuer_chain(cert, [c for c in anchors if c != cert])
        assert issuer == _real(root)


def test_the_cross_certificate_links_grca_g1_to_g2() -> None:
    cross = _real("grca-g1-to-g2-cross.pem")
    assert key_identifier(cross) == key_identifier(_real("grca-g2.pem"))
    assert authority_key_identifier(cross) == key_identifier(_real("grca-g1.pem"))
    # Same subject as G1 and G2: only the key identifier tells which key signed it.
    assert cross.subject == _real("grca-g1.pem").subject == _real("grca-g2.pem").subject
    # The cross-certificate carries G2's key under G1: a CA signed by that key verifies
    # against both; the self-signed G2 root is chosen, whatever the order.
    moica = _real("moica-g2.pem")
    candidates = [cross, _real("grca-g1.pem"), _real("grca-g2.pem"), _real("grca-g3.pem")]
    for shift in range(len(candidates)):
        ordered = candidates[shift:] + candidates[:shift]
        assert issuer_chain(moica, ordered) == (_real("grca-g2.pem"),)
        assert issuer_chain(moica, ordered[::-1]) == (_real("grca-g2.pem"),)


# -- a hierarchy with the real names and our own keys -------------------------------------

MOICA = "內政部憑證管理中心"
MOEACA = "工商憑證管理中心"
XCA = "組織及團體憑證管理中心"


@dataclass(frozen=True)
class _Ca:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _ca_name(unit: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "TW"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "行政院"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit),
        ]
    )


def _issue(
    subject: x509.Name,
    key: rsa.RSAPrivateKey,
    issuer: _Ca | None,
    *,
    ca: bool,
    aki: bytes | None = None,
) -> x509.Certificate:
    signer_key = issuer.key if issuer else key
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(datetime(2020, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2040, 1, 1, tzinfo=UTC))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier(
                aki or x509.SubjectKeyIdentifier.from_public_key(signer_key.public_key()).digest,
                None,
                None,
            ),
            False,
        )
    )
    if ca:
        builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        usage = dict.fromkeys(
            (
                "digital_signature",
                "content_commitment",
                "key_encipherment",
                "data_encipherment",
                "key_agreement",
                "encipher_only",
                "decipher_only",
            ),
            False,
        )
        builder = builder.add_extension(
            x509.KeyUsage(key_cert_sign=True, crl_sign=True, **usage), True
        )
    else:
        builder = builder.add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            True,
        )
    return builder.sign(signer_key, hashes.SHA256())


def _ca(subject: x509.Name, parent: _Ca | None) -> _Ca:
    key = _key()
    return _Ca(_issue(subject, key, parent, ca=True), key)


def _leaf(ca: _Ca, name: str) -> x509.Certificate:
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "TW"),
            x509.NameAttribute(NameOID.COMMON_NAME, name),
        ]
    )
    return _issue(subject, _key(), ca, ca=False)


class Generations:
    """GRCA G2/G3 and the CAs under them, named like the real ones."""

    def __init__(self) -> None:
        self.grca_g2 = _ca(_real("grca-g2.pem").subject, None)
        self.grca_g3 = _ca(_real("grca-g3.pem").subject, None)
        self.moica_g2 = _ca(_ca_name(MOICA), self.grca_g2)
        self.moica_g3 = _ca(_ca_name(MOICA), self.grca_g3)
        self.moeaca_g2 = _ca(_ca_name(MOEACA), self.grca_g2)
        self.moeaca_g3 = _ca(_ca_name(MOEACA), self.grca_g3)
        self.xca_g2 = _ca(_ca_name(XCA), self.grca_g2)

    def store(self) -> TrustStore:
        """What the production store holds, in this hierarchy: no MOEACA G3, no XCA."""
        return TrustStore.from_certificates(
            [
                self.grca_g2.cert,
                self.grca_g3.cert,
                self.moica_g2.cert,
                self.moica_g3.cert,
                self.moeaca_g2.cert,
            ]
        )


@pytest.fixture(scope="module")
def gen() -> Generations:
    return Generations()


def test_shared_names_are_told_apart_by_key_identifier(gen: Generations) -> None:
    assert gen.moica_g2.cert.subject == gen.moica_g3.cert.subject
    assert gen.moeaca_g2.cert.subject == gen.moeaca_g3.cert.subject


@pytest.mark.parametrize("ca", ["moica_g2", "moica_g3", "moeaca_g2"])
def test_a_card_under_each_known_generation_is_trusted_in_any_order(
    gen: Generations, ca: str
) -> None:
    issuing: _Ca = getattr(gen, ca)
    leaf = _leaf(issuing, "王大明")
    root = gen.grca_g3 if ca.endswith("g3") else gen.grca_g2
    rng = random.Random(ca)
    for _ in range(30):
        anchors = list(gen.store().anchors)
        rng.shuffle(anchors)
        store = TrustStore(tuple(anchors))
        assert precheck(leaf, [], NOW, store) == []
        # The card also supplies its CAs, in any order, including the other generation.
        supplied = [gen.moica_g2.cert, gen.moica_g3.cert, root.cert, issuing.cert]
        rng.shuffle(supplied)
        assert precheck(leaf, supplied, NOW, store) == []
        assert issuer_chain(leaf, supplied) == (issuing.cert, root.cert)


@pytest.mark.parametrize("ca", ["moeaca_g3", "xca_g2"])
def test_an_issuer_not_in_the_store_says_so(gen: Generations, ca: str) -> None:
    leaf = _leaf(getattr(gen, ca), "示範社會創新協會")
    problems = precheck(leaf, [], NOW, gen.store())
    assert _kinds(problems) == [IssuerNotInStore]
    assert "update the program" in str(problems[0])


def test_a_newer_ca_supplied_by_the_card_chains_to_a_known_root(gen: Generations) -> None:
    leaf = _leaf(gen.moeaca_g3, "雲端示範股份有限公司")
    assert precheck(leaf, [gen.moeaca_g3.cert], NOW, gen.store()) == []


def test_a_forged_card_naming_a_known_generation_is_untrusted(gen: Generations) -> None:
    impostor = _Ca(gen.moica_g3.cert, _key())  # right name and key identifier, wrong key
    forged = _issue(
        _leaf(gen.moica_g3, "王大明").subject,
        _key(),
        impostor,
        ca=False,
        aki=key_identifier(gen.moica_g3.cert),
    )
    problems = precheck(forged, [], NOW, gen.store())
    assert _kinds(problems) == [CertUntrusted]


def test_a_self_signed_certificate_is_untrusted_not_unknown(gen: Generations) -> None:
    key = _key()
    self_signed = _issue(_leaf(gen.moica_g2, "x").subject, key, None, ca=False)
    assert _kinds(precheck(self_signed, [], NOW, gen.store())) == [CertUntrusted]


# -- against the real production store ---------------------------------------------------


def _claiming(unit: str, aki: bytes) -> x509.Certificate:
    """A leaf naming the real CA ``unit`` with key identifier ``aki`` (signed by us)."""
    fake_issuer = _Ca(
        _issue(_ca_name(unit), _key(), None, ca=True),
        _key(),
    )
    return _issue(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "卡片持有人")]),
        _key(),
        fake_issuer,
        ca=False,
        aki=aki,
    )


@pytest.mark.parametrize("unit", [MOEACA, XCA])
def test_production_store_reports_moeaca_g3_and_xca_as_unknown_issuers(unit: str) -> None:
    leaf = _claiming(unit, bytes(range(20)))
    problems = precheck(leaf, [], NOW, TrustStore.production())
    assert _kinds(problems) == [IssuerNotInStore]


def test_production_store_calls_a_forged_moica_g3_card_untrusted() -> None:
    aki = key_identifier(_real("moica-g3.pem"))
    assert aki is not None
    leaf = _claiming(MOICA, aki)
    assert _kinds(precheck(leaf, [], NOW, TrustStore.production())) == [CertUntrusted]


def test_sandbox_cards_are_untrusted_not_unknown_in_production() -> None:
    card = DemoPKI.load().cards["moica-sme-owner"]
    problems = precheck(card.certificate, [], NOW, TrustStore.production())
    assert _kinds(problems) == [CertUntrusted]


def test_card_identity_raises_the_update_error(gen: Generations) -> None:
    leaf = _leaf(gen.moeaca_g3, "雲端示範股份有限公司")
    identity = prechecked(identity_from_certificate(leaf.public_bytes(Encoding.DER)), gen.store())
    assert identity.issuer_unknown
    assert not identity.expired
    with pytest.raises(CertificateIssuerUnknown) as info:
        identity.require_usable()
    assert isinstance(info.value, CertificateProblem)
    assert info.value.code == "CERTIFICATE_ISSUER_UNKNOWN"
