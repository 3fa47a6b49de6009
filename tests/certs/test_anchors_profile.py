"""Taiwan profile parsing: kinds, identity fields, generations and the real anchors."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtensionOID, NameOID

from certs.der import encode_oid, encode_subject_directory_attributes, encode_tlv
from certs.errors import CertificateParseError
from certs.profile import (
    DEFAULT,
    MOICA_GENERATIONS,
    OID_CARD_RANK,
    OID_ID_LAST4,
    OID_ORG_CODE,
    OID_UBN,
    CardKind,
    parse_certificate,
)
from certs.testpki import DemoPKI
from certs.trust import ANCHORS_DIR, TrustStore

# SHA-256 of each anchor as cards.md gives it (first and last six bytes).
ANCHOR_FINGERPRINTS = {
    "grca-g1.pem": ("7600295e", "31e1b3"),
    "grca-g2.pem": ("70b922bf", "88aea5"),
    "grca-g3.pem": ("57df6f20", "ad4044"),
    "grca-g1-to-g2-cross.pem": ("d87aad61", "9fb87f"),
    "moica-g2.pem": ("c4c462de", "8fd1be"),
    "moica-g3.pem": ("ed793fd0", "6ca9da"),
    "moeaca-g2.pem": ("0cf08b01", "9ff379"),
}

_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _name(*units: str, org: str = "行政院", country: str = "TW") -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COUNTRY_NAME, country),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
    ]
    attrs += [x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, unit) for unit in units]
    return x509.Name(attrs)


def _cert(
    issuer: x509.Name,
    subject: x509.Name | None = None,
    *,
    sda: bytes | None = None,
    aki: bytes | None = None,
    public_key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey | None = None,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject or x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "測試")]))
        .issuer_name(issuer)
        .public_key(public_key or _KEY.public_key())
        .serial_number(12345)
        .not_valid_before(datetime(2025, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2030, 1, 1, tzinfo=UTC))
    )
    if sda is not None:
        builder = builder.add_extension(
            x509.UnrecognizedExtension(ExtensionOID.SUBJECT_DIRECTORY_ATTRIBUTES, sda),
            critical=False,
        )
    if aki is not None:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier(aki, None, None), critical=False
        )
    return builder.sign(_KEY, hashes.SHA256())


def test_anchor_files_match_the_published_fingerprints() -> None:
    files = sorted(p.name for p in ANCHORS_DIR.glob("*.pem"))
    assert files == sorted(ANCHOR_FINGERPRINTS)
    for name, (head, tail) in ANCHOR_FINGERPRINTS.items():
        cert = x509.load_pem_x509_certificate((ANCHORS_DIR / name).read_bytes())
        digest = cert.fingerprint(hashes.SHA256()).hex()
        assert digest.startswith(head), name
        assert digest.endswith(tail), name
        assert parse_certificate(cert).fingerprint_sha256 == digest


def test_production_anchors_parse_and_map_to_kinds() -> None:
    store = TrustStore.production()
    assert len(store.anchors) == len(ANCHOR_FINGERPRINTS)
    by_name = {p.name: parse_certificate(p.read_bytes()) for p in ANCHORS_DIR.glob("*.pem")}
    moica = by_name["moica-g2.pem"]
    # Issued by GRCA, which is no card CA; its own subject is the MOICA CA.
    assert moica.kind is CardKind.UNKNOWN
    assert moica.issuer == "O=Government Root Certification Authority,C=TW"
    moica_cert = x509.load_pem_x509_certificate((ANCHORS_DIR / "moica-g2.pem").read_bytes())
    assert DEFAULT.kind_of(moica_cert.subject) is CardKind.MOICA
    assert by_name["grca-g1.pem"].key_size == 4096
    assert not by_name["grca-g2.pem"].key_usage_signing
    assert by_name["moica-g2.pem"].not_after == datetime(2034, 1, 2, 6, 31, 4, tzinfo=UTC)


def test_moica_g2_generation_key_id_is_the_g2_anchor_key() -> None:
    anchor = x509.load_pem_x509_certificate((ANCHORS_DIR / "moica-g2.pem").read_bytes())
    ski = anchor.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    assert MOICA_GENERATIONS[ski.digest.hex().upper()] == "G2"


@pytest.mark.parametrize(
    ("aki", "generation"),
    [
        ("FA9B3467090A9822F762488B8226A645C5C322A4", "G2"),
        ("4720A3B1264BCD6D48ACF2640886972C7454115F", "G3"),
        ("00112233445566778899AABBCCDDEEFF00112233", None),
    ],
)
def test_moica_generation_from_authority_key_id(aki: str, generation: str | None) -> None:
    cert = _cert(_name("內政部憑證管理中心"), aki=bytes.fromhex(aki))
    identity = parse_certificate(cert)
    assert identity.kind is CardKind.MOICA
    assert identity.moica_generation == generation


def test_generation_is_only_for_moica() -> None:
    cert = _cert(_name("工商憑證管理中心"), aki=bytes.fromhex(next(iter(MOICA_GENERATIONS))))
    assert parse_certificate(cert).moica_generation is None
    assert parse_certificate(_cert(_name("內政部憑證管理中心"))).moica_generation is None


@pytest.mark.parametrize(
    ("issuer", "kind"),
    [
        (_name("內政部憑證管理中心"), CardKind.MOICA),
        (_name("工商憑證管理中心"), CardKind.MOEACA),
        (_name("組織及團體憑證管理中心"), CardKind.XCA),
        (_name("政府憑證管理中心"), CardKind.GCA),
        (_name("政府測試憑證管理中心"), CardKind.UNKNOWN),
        (_name("內政部憑證管理中心（測試）"), CardKind.MOICA),
        (_name("工商憑證管理中心（測試）"), CardKind.MOEACA),
        (_name("組織及團體憑證管理中心（測試）"), CardKind.XCA),
        (_name("內政部憑證管理中心", org="Someone Else"), CardKind.UNKNOWN),
        (_name("內政部憑證管理中心", country="US"), CardKind.UNKNOWN),
        (_name("內政部憑證管理中心", "工商憑證管理中心"), CardKind.UNKNOWN),
        (_name(), CardKind.UNKNOWN),
        (_name("某某憑證管理中心"), CardKind.UNKNOWN),
    ],
)
def test_kind_is_read_from_the_issuer(issuer: x509.Name, kind: CardKind) -> None:
    assert parse_certificate(_cert(issuer)).kind is kind


def test_each_demo_kind_parses_with_its_identity() -> None:
    pki = DemoPKI.load()
    moeaca = parse_certificate(pki.cards["moeaca-sme-secondary"].certificate)
    assert (moeaca.kind, moeaca.ubn, moeaca.card_rank) == (CardKind.MOEACA, "16480894", "secondary")
    assert moeaca.holder_name == "雲端示範股份有限公司（測試）"
    assert moeaca.id_last4 is None
    moica = parse_certificate(pki.cards["moica-tax-owner"].certificate)
    assert (moica.kind, moica.holder_name, moica.id_last4) == (CardKind.MOICA, "陳美玲", "5018")
    assert moica.ubn is None
    assert moica.moica_generation is None  # the test CA is no production generation
    xca = parse_certificate(pki.cards["xca-social"].certificate)
    assert (xca.kind, xca.org_code, xca.holder_name) == (
        CardKind.XCA,
        "23831903",
        "示範社會創新協會（測試）",
    )
    assert moeaca.issuer == "OU=工商憑證管理中心（測試）,O=行政院,C=TW"
    assert moeaca.serial_hex == format(
        pki.cards["moeaca-sme-secondary"].certificate.serial_number, "X"
    )
    assert moeaca.card_serial is None


def test_parse_accepts_der_and_pem() -> None:
    cert = DemoPKI.load().cards["moica-sme-owner"].certificate
    der = cert.public_bytes(serialization.Encoding.DER)
    pem = cert.public_bytes(serialization.Encoding.PEM)
    assert parse_certificate(der) == parse_certificate(pem) == parse_certificate(cert)
    assert parse_certificate(bytearray(der)) == parse_certificate(cert)


@pytest.mark.parametrize(
    "data", [b"", b"garbage", b"\x30\x03\x02\x01\x01", b"-----BEGIN CERTIFICATE-----\nxx\n"]
)
def test_unreadable_bytes_raise_parse_error(data: bytes) -> None:
    with pytest.raises(CertificateParseError):
        parse_certificate(data)


def test_wrong_input_type_raises_parse_error() -> None:
    with pytest.raises(CertificateParseError, match="expected certificate bytes"):
        parse_certificate("MIIB...")  # type: ignore[arg-type]


def _moeaca_subject(serial: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "TW"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "某公司"),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, serial),
        ]
    )


def test_moeaca_ubn_from_subject_serial_number() -> None:
    cert = _cert(_name("工商憑證管理中心"), _moeaca_subject("16480894"))
    identity = parse_certificate(cert)
    assert identity.ubn == "16480894"
    assert identity.holder_name == "某公司"


@pytest.mark.parametrize(
    ("subject", "attributes", "message"),
    [
        (_moeaca_subject("1648089"), [], "not 8 digits"),
        (_moeaca_subject("16480894"), [(OID_UBN, ["81924865"])], "differ"),
        (None, [(OID_UBN, ["1648089X"])], "not 8 digits"),
        (None, [(OID_ID_LAST4, ["678"])], "not 4 digits"),
        (None, [(OID_ID_LAST4, ["６７８９"])], "not 4 digits"),
        (None, [(OID_ID_LAST4, ["6789", "1234"])], "more than one value"),
    ],
)
def test_inconsistent_identity_fields_are_rejected(
    subject: x509.Name | None, attributes: list[tuple[str, list[str]]], message: str
) -> None:
    sda = encode_subject_directory_attributes(attributes) if attributes else None
    cert = _cert(_name("工商憑證管理中心"), subject, sda=sda)
    with pytest.raises(CertificateParseError, match=message):
        parse_certificate(cert)


def test_attribute_string_types_and_unknown_rank() -> None:
    bmp = encode_tlv(0x1E, "正卡".encode("utf-16-be"))
    org = encode_tlv(0x0C, b"12345678")
    attribute = (
        encode_tlv(0x30, encode_oid(OID_CARD_RANK) + encode_tlv(0x31, bmp))
        + encode_tlv(0x30, encode_oid(OID_ORG_CODE) + encode_tlv(0x31, org))
        + encode_tlv(0x30, encode_oid(OID_ID_LAST4) + encode_tlv(0x31, encode_tlv(0x04, b"x")))
    )
    sda = encode_tlv(0x30, attribute)
    identity = parse_certificate(_cert(_name("組織及團體憑證管理中心"), sda=sda))
    assert identity.card_rank == "primary"
    assert identity.org_code == "12345678"
    assert identity.id_last4 is None  # an OCTET STRING value is not text and is left out
    unknown = encode_subject_directory_attributes(
        [(OID_CARD_RANK, ["特別卡"]), (OID_ORG_CODE, ["1"])]
    )
    assert parse_certificate(_cert(_name("工商憑證管理中心"), sda=unknown)).card_rank is None


def test_bad_directory_attributes_raise_parse_error() -> None:
    cert = _cert(_name("內政部憑證管理中心"), sda=b"\x30\x05\x30\x03\x06\x01")
    with pytest.raises(CertificateParseError, match="Subject Directory Attributes"):
        parse_certificate(cert)


def test_key_size_of_other_key_types() -> None:
    ec_key = ec.generate_private_key(ec.SECP256R1())
    identity = parse_certificate(_cert(_name(), public_key=ec_key.public_key()))
    assert identity.key_size == 256
    assert not identity.key_usage_signing
