"""Hostile input to the DER reader and to parse_certificate: a typed error or a valid
result, never another exception and never a hang."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtensionOID, NameOID
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from certs.der import (
    children,
    decode_oid,
    encode_oid,
    encode_subject_directory_attributes,
    encode_tlv,
    parse_subject_directory_attributes,
    read_single,
    read_tlv,
)
from certs.errors import CertificateParseError, DerDecodeError
from certs.profile import CertIdentity, parse_certificate
from certs.testpki import DemoPKI

_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
_ISSUER = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "TW"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "行政院"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "內政部憑證管理中心"),
    ]
)
_SAMPLE_SDA = encode_subject_directory_attributes(
    [("2.16.886.1.100.2.51", ["6789"]), ("2.16.886.1.100.2.2", ["正卡"])]
)

oids = st.builds(
    lambda first, second, rest: ".".join(map(str, [first, second, *rest])),
    st.integers(0, 2),
    st.integers(0, 39),
    st.lists(st.integers(0, 2**64), max_size=8),
)
texts = st.text(alphabet=st.characters(exclude_categories=["Cs"]), min_size=0, max_size=20)


@given(st.binary(max_size=300))
def test_reader_on_random_bytes(data: bytes) -> None:
    try:
        result = parse_subject_directory_attributes(data)
    except DerDecodeError:
        return
    assert all(isinstance(v, tuple) for v in result.values())


def _mutations() -> st.SearchStrategy[bytes]:
    """The sample structure with bytes replaced, inserted or cut (or left as it is)."""

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(_SAMPLE_SDA)
        for _ in range(draw(st.integers(0, 6))):
            where = draw(st.integers(0, len(data)))
            action = draw(st.sampled_from(["replace", "insert", "delete", "truncate"]))
            byte = draw(st.integers(0, 255))
            if action == "replace" and where < len(data):
                data[where] = byte
            elif action == "insert":
                data.insert(where, byte)
            elif action == "delete" and where < len(data):
                del data[where]
            else:
                del data[where:]
        return bytes(data)

    return mutate()


@given(_mutations())
def test_reader_on_mutated_structure(data: bytes) -> None:
    """A changed structure is read or refused with DerDecodeError; the intact one is read."""
    if data == _SAMPLE_SDA:
        parsed = parse_subject_directory_attributes(data)
        assert parsed == {"2.16.886.1.100.2.51": ("6789",), "2.16.886.1.100.2.2": ("正卡",)}
        return
    with contextlib.suppress(DerDecodeError):
        parse_subject_directory_attributes(data)


@given(st.lists(st.tuples(oids, st.lists(texts, min_size=1, max_size=3)), min_size=1, max_size=5))
def test_writer_and_reader_round_trip(attributes: list[tuple[str, list[str]]]) -> None:
    decoded = parse_subject_directory_attributes(encode_subject_directory_attributes(attributes))
    expected: dict[str, list[str]] = {}
    for oid, values in attributes:
        expected.setdefault(oid, []).extend(values)
    assert {k: sorted(v) for k, v in decoded.items()} == {k: sorted(v) for k, v in expected.items()}


@given(oids)
def test_oid_round_trip(oid: str) -> None:
    assert decode_oid(read_single(encode_oid(oid))) == oid


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "end of data"),
        (b"\x30", "missing length"),
        (b"\x30\x80\x00\x00", "indefinite"),
        (b"\x30\x85\x01\x00\x00\x00\x00", "too long"),
        (b"\x30\x82\x00\x05", "minimally"),
        (b"\x30\x81\x05\x00", "minimally"),
        (b"\x30\x82\x01", "truncated length"),
        (b"\x30\x05\x00", "longer than"),
        (b"\x1f\x01\x00", "multi-byte"),
        (b"\x30\x00\x00", "trailing"),
        (b"\x30\x00", "empty"),
        (b"\x31\x00", "expected tag"),
        (b"\x30\x04\x30\x02\x06\x00", "type and a set"),
        (b"\x30\x06\x30\x04\x06\x00\x31\x00", "empty object identifier"),
        (b"\x30\x07\x30\x05\x06\x01\x81\x31\x00", "truncated object identifier"),
        (b"\x30\x08\x30\x06\x06\x02\x80\x01\x31\x00", "minimally"),
        (b"\x30\x09\x30\x07\x06\x01\x2a\x31\x02\x0c\x01", "longer than"),
        (b"\x30\x0a\x30\x08\x06\x01\x2a\x31\x03\x0c\x01\xff", "valid utf-8"),
        (b"\x30\x0a\x30\x08\x06\x01\x2a\x31\x03\x1e\x01\x00", "valid utf-16-be"),
        (b"\x30\x09\x30\x07\x06\x01\x2a\x31\x02\x02\x00", "integer"),
    ],
)
def test_reader_rejects(data: bytes, message: str) -> None:
    with pytest.raises(DerDecodeError, match=message):
        parse_subject_directory_attributes(data)


def test_long_oid_arc_is_rejected() -> None:
    body = b"\x2a" + b"\xff" * 20 + b"\x01"
    with pytest.raises(DerDecodeError, match="arc too long"):
        decode_oid(read_single(encode_tlv(0x06, body)))


def test_reader_basics() -> None:
    tlv, end = read_tlv(b"\x04\x02ab\x05\x00", 0)
    assert (tlv.tag, tlv.value, end, tlv.constructed) == (0x04, b"ab", 4, False)
    long_form = encode_tlv(0x04, b"x" * 300)
    assert read_single(long_form).value == b"x" * 300
    assert [c.tag for c in children(read_single(b"\x30\x04\x05\x00\x05\x00"))] == [5, 5]
    assert decode_oid(read_single(encode_oid("2.999.3"))) == "2.999.3"
    with pytest.raises(DerDecodeError, match="not constructed"):
        children(read_single(b"\x04\x01\x00"))
    with pytest.raises(ValueError, match="not an object identifier"):
        encode_oid("1.40")


def _with_sda(sda: bytes) -> x509.Certificate:
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "模糊")]))
        .issuer_name(_ISSUER)
        .public_key(_KEY.public_key())
        .serial_number(1)
        .not_valid_before(datetime(2025, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2030, 1, 1, tzinfo=UTC))
        .add_extension(
            x509.UnrecognizedExtension(ExtensionOID.SUBJECT_DIRECTORY_ATTRIBUTES, sda),
            critical=False,
        )
        .sign(_KEY, hashes.SHA256())
    )


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(_mutations(), st.binary(max_size=120)))
def test_parse_certificate_with_hostile_directory_attributes(sda: bytes) -> None:
    cert = _with_sda(sda)
    for candidate in (cert, cert.public_bytes(serialization.Encoding.DER)):
        try:
            identity = parse_certificate(candidate)
        except CertificateParseError:
            continue
        assert isinstance(identity, CertIdentity)


_CARD_DER = (
    DemoPKI.load().cards["moeaca-sme-primary"].certificate.public_bytes(serialization.Encoding.DER)
)


@st.composite
def mutated_certificates(draw: st.DrawFn) -> bytes:
    data = bytearray(_CARD_DER)
    for _ in range(draw(st.integers(1, 4))):
        where = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["replace", "insert", "delete", "flip"]))
        if action == "replace":
            data[where] = draw(st.integers(0, 255))
        elif action == "insert":
            data[where:where] = draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del data[where : where + draw(st.integers(1, 8))]
        else:
            data[where] ^= 1 << draw(st.integers(0, 7))
        if not data:
            break
    return bytes(data)


def _version_changed(version: int) -> bytes:
    # The TBSCertificate's explicit version field: a0 03 02 01 <version>.
    marker = _CARD_DER.index(b"\xa0\x03\x02\x01\x02")
    data = bytearray(_CARD_DER)
    data[marker + 4] = version
    return bytes(data)


@settings(max_examples=300)
@given(mutated_certificates())
@example(_CARD_DER.replace(b"\x06\x03\x55\x1d\x0f", b"\x06\x03\x55\x1d\x0e"))
@example(_version_changed(1))
@example(_version_changed(9))
@example(_CARD_DER[:-1])
@example(b"")
def test_parse_mutated_certificates(der: bytes) -> None:
    try:
        identity = parse_certificate(der)
    except CertificateParseError:
        return
    assert isinstance(identity, CertIdentity)
    assert len(identity.fingerprint_sha256) == 64
