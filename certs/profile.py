"""Taiwan certificate profile: which card a certificate comes from and who it names.

The card kinds cannot be told apart by ATR, only by the certificate's issuer, so the
issuer → kind mapping is data (:data:`PROFILE_TABLE`), matched on the issuer's
C=TW, O=行政院, OU=…憑證管理中心 — the production CAs and the test CAs of our sandbox.

Decision: certificates of GTESTCA (政府測試憑證管理中心), the government's own test CA,
parse as :attr:`CardKind.UNKNOWN`: no flow of the marketplace accepts them, and one
"unknown" value keeps every caller's mapping short.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from types import MappingProxyType

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import dsa, ec, rsa
from cryptography.x509.oid import ExtensionOID, NameOID

from certs.der import parse_subject_directory_attributes
from certs.errors import CertificateParseError, DerDecodeError

OID_CARD_RANK = "2.16.886.1.100.2.2"
OID_ID_LAST4 = "2.16.886.1.100.2.51"
OID_UBN = "2.16.886.1.100.2.101"
OID_ORG_CODE = "2.16.886.1.100.2.102"


# A certificate as an object, or as DER or PEM bytes.
CertificateInput = x509.Certificate | bytes | bytearray | memoryview


# What cryptography raises for malformed certificate content; it decodes some fields
# lazily, so these can surface on first access to a field, not only at load time.
_DECODE_ERRORS: tuple[type[Exception], ...] = (
    ValueError,
    UnsupportedAlgorithm,
    x509.InvalidVersion,
    x509.DuplicateExtension,
    x509.UnsupportedGeneralNameType,
)


class CardKind(StrEnum):
    """The certificate authority family a card belongs to."""

    MOEACA = "moeaca"  # 工商憑證
    MOICA = "moica"  # 自然人憑證
    XCA = "xca"  # 組織及團體憑證
    GCA = "gca"  # 政府憑證
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class TrustProfile:
    """Data that turns a certificate into a :class:`CertIdentity`.

    ``issuers`` maps an issuer OU (under C=TW, O=行政院) to a card kind;
    ``moica_generations`` maps an upper-case hex AuthorityKeyIdentifier to a MOICA
    generation; ``card_ranks`` maps the text of OID 2.16.886.1.100.2.2 to a rank.
    """

    issuers: Mapping[str, CardKind]
    moica_generations: Mapping[str, str]
    card_ranks: Mapping[str, str]
    issuer_country: str = "TW"
    issuer_organization: str = "行政院"

    def kind_of(self, issuer: x509.Name) -> CardKind:
        """The card kind of certificates issued by ``issuer``."""
        countries = _attr_values(issuer, NameOID.COUNTRY_NAME)
        organizations = _attr_values(issuer, NameOID.ORGANIZATION_NAME)
        units = _attr_values(issuer, NameOID.ORGANIZATIONAL_UNIT_NAME)
        if countries != [self.issuer_country] or organizations != [self.issuer_organization]:
            return CardKind.UNKNOWN
        if len(units) != 1:
            return CardKind.UNKNOWN
        return self.issuers.get(units[0], CardKind.UNKNOWN)


# Issuer OU → card kind. The "（測試）" names are the sandbox's test CAs (certs.testpki).
PROFILE_TABLE: Mapping[str, CardKind] = MappingProxyType(
    {
        "內政部憑證管理中心": CardKind.MOICA,
        "工商憑證管理中心": CardKind.MOEACA,
        "組織及團體憑證管理中心": CardKind.XCA,
        "政府憑證管理中心": CardKind.GCA,
        "政府測試憑證管理中心": CardKind.UNKNOWN,
        "內政部憑證管理中心（測試）": CardKind.MOICA,
        "工商憑證管理中心（測試）": CardKind.MOEACA,
        "組織及團體憑證管理中心（測試）": CardKind.XCA,
    }
)

# MOICA generations share one CA name; the user certificate's AKI tells them apart.
# G1 (expired 2023-04-21) has no published key identifier in our sources, so a MOICA
# certificate with another AKI (including the test CA's) has generation None.
MOICA_GENERATIONS: Mapping[str, str] = MappingProxyType(
    {
        "FA9B3467090A9822F762488B8226A645C5C322A4": "G2",
        "4720A3B1264BCD6D48ACF2640886972C7454115F": "G3",
    }
)

# Text of the card-rank attribute. The production encoding is unverified; the test CA
# writes 正卡/附卡, and an unknown value yields rank None rather than an error.
CARD_RANKS: Mapping[str, str] = MappingProxyType(
    {
        "正卡": "primary",
        "附卡": "secondary",
        "primary": "primary",
        "secondary": "secondary",
    }
)

DEFAULT = TrustProfile(
    issuers=PROFILE_TABLE, moica_generations=MOICA_GENERATIONS, card_ranks=CARD_RANKS
)


@dataclass(frozen=True)
class CertIdentity:
    """What a certificate says about its holder, read per the Taiwan profile.

    ``card_serial`` is not in the certificate; the card layer's ``CardIdentity`` (this
    identity with the card's own facts) carries the serial the card reported.
    """

    kind: CardKind
    holder_name: str
    ubn: str | None
    id_last4: str | None
    org_code: str | None
    card_rank: str | None
    serial_hex: str
    issuer: str
    not_before: datetime
    not_after: datetime
    key_size: int
    key_usage_signing: bool
    moica_generation: str | None
    fingerprint_sha256: str
    card_serial: str | None = field(default=None)


def load_certificate(cert_or_der: CertificateInput) -> x509.Certificate:
    """A certificate from an object, DER or PEM bytes, with its fields decoded once.

    Raises CertificateParseError when the input or any field we use is malformed, so
    later field access cannot fail with a raw decoding error.
    """
    if isinstance(cert_or_der, x509.Certificate):
        cert = cert_or_der
    elif isinstance(cert_or_der, bytes | bytearray | memoryview):
        data = bytes(cert_or_der)
        try:
            if data.lstrip().startswith(b"-----BEGIN"):
                cert = x509.load_pem_x509_certificate(data)
            else:
                cert = x509.load_der_x509_certificate(data)
        except _DECODE_ERRORS as exc:
            raise CertificateParseError("not a readable X.509 certificate") from exc
    else:
        raise CertificateParseError(f"expected certificate bytes, got {type(cert_or_der).__name__}")
    try:
        _ = (cert.subject, cert.issuer, cert.extensions, cert.serial_number)
        _ = (cert.not_valid_before_utc, cert.not_valid_after_utc, cert.public_key())
    except _DECODE_ERRORS as exc:
        raise CertificateParseError(f"malformed certificate: {type(exc).__name__}") from exc
    return cert


def parse_certificate(
    cert_or_der: CertificateInput, profile: TrustProfile = DEFAULT
) -> CertIdentity:
    """Read a certificate's identity per the Taiwan profile.

    Raises CertificateParseError for anything malformed, never a raw decoding error.
    """
    cert = load_certificate(cert_or_der)
    try:
        return _parse(cert, profile)
    except CertificateParseError:
        raise
    except _DECODE_ERRORS as exc:
        raise CertificateParseError(f"malformed certificate: {type(exc).__name__}") from exc


def _parse(cert: x509.Certificate, profile: TrustProfile) -> CertIdentity:
    kind = profile.kind_of(cert.issuer)
    attributes = _directory_attributes(cert)
    subject = cert.subject

    names = _attr_values(subject, NameOID.COMMON_NAME) or _attr_values(
        subject, NameOID.ORGANIZATION_NAME
    )
    holder_name = names[0] if names else ""

    ubn = _single(attributes, OID_UBN)
    if kind is CardKind.MOEACA:
        serials = _attr_values(subject, NameOID.SERIAL_NUMBER)
        if len(serials) > 1:
            raise CertificateParseError("subject has more than one serialNumber")
        if serials:
            if ubn is not None and ubn != serials[0]:
                raise CertificateParseError("UBN in subject and directory attributes differ")
            ubn = serials[0]
    if ubn is not None and not (len(ubn) == 8 and ubn.isascii() and ubn.isdigit()):
        raise CertificateParseError("UBN in certificate is not 8 digits")

    id_last4 = _single(attributes, OID_ID_LAST4)
    if id_last4 is not None and not (
        len(id_last4) == 4 and id_last4.isascii() and id_last4.isdigit()
    ):
        raise CertificateParseError("ID last-4 attribute is not 4 digits")

    org_code = _single(attributes, OID_ORG_CODE)
    rank_text = _single(attributes, OID_CARD_RANK)
    card_rank = profile.card_ranks.get(rank_text) if rank_text is not None else None

    generation = None
    if kind is CardKind.MOICA:
        aki = _authority_key_id(cert)
        generation = profile.moica_generations.get(aki) if aki else None

    return CertIdentity(
        kind=kind,
        holder_name=holder_name,
        ubn=ubn,
        id_last4=id_last4,
        org_code=org_code,
        card_rank=card_rank,
        serial_hex=format(cert.serial_number, "X"),
        issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        key_size=public_key_size(cert),
        key_usage_signing=has_signing_usage(cert),
        moica_generation=generation,
        fingerprint_sha256=cert.fingerprint(hashes.SHA256()).hex(),
    )


def public_key_size(cert: x509.Certificate) -> int:
    """Key size in bits (RSA modulus, EC curve, DSA modulus); 0 for other key types."""
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey | dsa.DSAPublicKey):
        return key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return key.curve.key_size
    return 0


def has_signing_usage(cert: x509.Certificate) -> bool:
    """True if the KeyUsage extension allows digitalSignature."""
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return False
    return usage.digital_signature


def _attr_values(name: x509.Name, oid: x509.ObjectIdentifier) -> list[str]:
    values = []
    for attribute in name.get_attributes_for_oid(oid):
        value = attribute.value
        if not isinstance(value, str):
            raise CertificateParseError(f"name attribute {oid.dotted_string} is not text")
        values.append(value)
    return values


def _directory_attributes(cert: x509.Certificate) -> dict[str, tuple[str, ...]]:
    try:
        ext = cert.extensions.get_extension_for_oid(ExtensionOID.SUBJECT_DIRECTORY_ATTRIBUTES)
    except x509.ExtensionNotFound:
        return {}
    value = ext.value
    if not isinstance(value, x509.UnrecognizedExtension):
        raise CertificateParseError("unexpected Subject Directory Attributes representation")
    try:
        return parse_subject_directory_attributes(value.value)
    except DerDecodeError as exc:
        raise CertificateParseError(f"bad Subject Directory Attributes: {exc}") from exc


def _single(attributes: Mapping[str, tuple[str, ...]], oid: str) -> str | None:
    values = attributes.get(oid, ())
    if len(values) > 1:
        raise CertificateParseError(f"attribute {oid} has more than one value")
    return values[0] if values else None


def _authority_key_id(cert: x509.Certificate) -> str | None:
    try:
        aki = cert.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    except x509.ExtensionNotFound:
        return None
    return aki.key_identifier.hex().upper() if aki.key_identifier else None
