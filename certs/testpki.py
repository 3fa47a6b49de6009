"""The sandbox's test PKI: a GRCA-like test root, MOICA/MOEACA/XCA-like test CAs and the
fixed demo cards, built the same way as the real hierarchy but clearly named TEST.

RSA keys are random, so they were generated once (``python -m certs.testpki
--regenerate``) and are committed under ``certs/testdata/``. Certificates and CRLs are
built from fixed fields when first needed; PKCS#1 v1.5 signatures are deterministic,
so every build is byte-identical.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.asymmetric.types import CertificateIssuerPublicKeyTypes
from cryptography.x509.oid import ExtensionOID, NameOID

from certs.der import encode_subject_directory_attributes
from certs.profile import OID_CARD_RANK, OID_ID_LAST4, OID_ORG_CODE, OID_UBN, CardKind
from certs.trust import TrustStore

TEST_ROOT_NAME = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "TW"),
        x509.NameAttribute(
            NameOID.ORGANIZATION_NAME, "Government Root Certification Authority（測試）TEST"
        ),
    ]
)

# OU of each test CA; certs.profile.PROFILE_TABLE maps these names to the kinds.
TEST_CA_UNITS: Mapping[CardKind, str] = MappingProxyType(
    {
        CardKind.MOICA: "內政部憑證管理中心（測試）",
        CardKind.MOEACA: "工商憑證管理中心（測試）",
        CardKind.XCA: "組織及團體憑證管理中心（測試）",
    }
)

# The sandbox serves each CA's CRL at this path; the host is a reserved .test name.
TESTDATA_DIR = Path(__file__).resolve().parent / "testdata"
MANIFEST_NAME = "manifest.json"

CRL_PATH = "/_sandbox/crl/{kind}.crl"
CRL_URL = "http://sandbox.tcloud.test" + CRL_PATH

_ROOT_VALIDITY = (datetime(2017, 1, 1, tzinfo=UTC), datetime(2045, 12, 31, tzinfo=UTC))
_CA_VALIDITY = (datetime(2018, 1, 1, tzinfo=UTC), datetime(2040, 12, 31, tzinfo=UTC))
_CARD_VALIDITY = (datetime(2025, 1, 1, tzinfo=UTC), datetime(2030, 12, 31, tzinfo=UTC))
_CRL_THIS_UPDATE = datetime(2025, 7, 1, tzinfo=UTC)
_CRL_NEXT_UPDATE = datetime(2035, 12, 31, tzinfo=UTC)
_REVOKED_AT = datetime(2025, 6, 1, tzinfo=UTC)
_RANK_TEXT = {"primary": "正卡", "secondary": "附卡"}


def _key_usage(*allowed: str) -> x509.KeyUsage:
    """A KeyUsage with only the named flags set."""
    flags = (
        "digital_signature",
        "content_commitment",
        "key_encipherment",
        "data_encipherment",
        "key_agreement",
        "key_cert_sign",
        "crl_sign",
        "encipher_only",
        "decipher_only",
    )
    return x509.KeyUsage(**{flag: flag in allowed for flag in flags})


_SIGNING_USAGE = _key_usage("digital_signature", "content_commitment")
_ENCRYPTION_USAGE = _key_usage("key_encipherment", "data_encipherment")
_CA_USAGE = _key_usage("key_cert_sign", "crl_sign")


@dataclass(frozen=True)
class _CardSpec:
    id: str
    kind: CardKind
    holder_name: str
    card_serial: str
    ubn: str | None = None
    national_id: str | None = None
    org_code: str | None = None
    card_rank: str | None = None
    pin: str = "123456"
    validity: tuple[datetime, datetime] = _CARD_VALIDITY
    revoked: bool = False


_SME = "雲端示範股份有限公司（測試）"
_MAKER = "示範精密工業有限公司（測試）"
_COOP = "示範農產運銷合作社（測試）"
_SOCIAL = "示範社會創新協會（測試）"

# The demo world's cards; the sandbox's applicants use the same identities.
CARD_SPECS: tuple[_CardSpec, ...] = (
    _CardSpec("moeaca-sme-primary", CardKind.MOEACA, _SME, "TS25010100000001",
              ubn="16480894", card_rank="primary"),
    _CardSpec("moeaca-sme-secondary", CardKind.MOEACA, _SME, "TS25010100000002",
              ubn="16480894", card_rank="secondary", pin="654321"),
    _CardSpec("moeaca-maker", CardKind.MOEACA, _MAKER, "TS25010100000003",
              ubn="81924865", card_rank="primary"),
    _CardSpec("moeaca-revoked", CardKind.MOEACA, _SME, "TS25010100000004",
              ubn="16480894", card_rank="primary", revoked=True),
    _CardSpec("moica-sme-owner", CardKind.MOICA, "王大明", "TP25010100000011",
              national_id="A123456789"),
    _CardSpec("moica-tax-owner", CardKind.MOICA, "陳美玲", "TP25010100000012",
              national_id="F278735018"),
    _CardSpec("moica-coop-owner", CardKind.MOICA, "林志明", "TP25010100000013",
              national_id="K146117864"),
    _CardSpec("moica-social-owner", CardKind.MOICA, "黃淑芬", "TP25010100000014",
              national_id="E245278829"),
    _CardSpec("moica-stranger", CardKind.MOICA, "張志強", "TP25010100000015",
              national_id="P141501163"),
    _CardSpec("moica-expired", CardKind.MOICA, "王大明", "TP19010100000016",
              national_id="A123456789",
              validity=(datetime(2019, 1, 1, tzinfo=UTC), datetime(2024, 1, 1, tzinfo=UTC))),
    _CardSpec("xca-coop", CardKind.XCA, _COOP, "TX25010100000021", org_code="18302983"),
    _CardSpec("xca-social", CardKind.XCA, _SOCIAL, "TX25010100000022", org_code="23831903"),
)  # fmt: skip


def _key_names() -> list[str]:
    names = ["root", *(f"ca-{kind}" for kind in TEST_CA_UNITS)]
    for spec in CARD_SPECS:
        names += [f"{spec.id}-sign", f"{spec.id}-enc"]
    return names


@dataclass(frozen=True, repr=False)
class DemoCA:
    """A CA of the test hierarchy with its key (test only)."""

    kind: CardKind | None
    certificate: x509.Certificate
    private_key: rsa.RSAPrivateKey
    crl_url: str | None

    @property
    def name(self) -> x509.Name:
        """The CA's subject name."""
        return self.certificate.subject

    def __repr__(self) -> str:
        return f"DemoCA({self.certificate.subject.rfc4514_string()!r})"


@dataclass(frozen=True, repr=False)
class DemoCard:
    """One emulated card: identity, PIN, keys and certificates (test data only).

    ``chain`` is the issuing test CA then the test root; ``revoked`` means listed in its
    CA's CRL; ``expired`` means its validity ended before the demo world's cards were
    issued (2025-01-01). ``repr`` shows neither the PIN nor a key.
    """

    id: str
    kind: CardKind
    holder_name: str
    ubn: str | None
    national_id: str | None
    id_last4: str | None
    org_code: str | None
    card_rank: str | None
    card_serial: str
    pin: str = field(compare=False)
    private_key: rsa.RSAPrivateKey = field(compare=False)
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...]
    revoked: bool
    expired: bool
    encryption_key: rsa.RSAPrivateKey = field(compare=False)
    encryption_certificate: x509.Certificate

    def sign(self, data: bytes) -> bytes:
        """RSA PKCS#1 v1.5 SHA-256 signature with the card's signing key."""
        return self.private_key.sign(data, padding.PKCS1v15(), hashes.SHA256())

    def __repr__(self) -> str:
        return f"DemoCard(id={self.id!r}, kind={self.kind.value!r}, serial={self.card_serial!r})"


class DemoPKI:
    """The built test hierarchy; use :meth:`load`.

    ``root`` is the test root CA, ``cas`` the issuing test CAs by card kind, ``cards``
    the demo cards by id.
    """

    _cached: DemoPKI | None = None
    _lock = threading.Lock()

    def __init__(self, keys: Mapping[str, rsa.RSAPrivateKey]) -> None:
        self._keys = keys
        self.root = _build_root(keys["root"])
        self.cas: dict[CardKind, DemoCA] = {
            kind: _build_ca(kind, keys[f"ca-{kind}"], self.root) for kind in TEST_CA_UNITS
        }
        self.cards: dict[str, DemoCard] = {spec.id: self._build_card(spec) for spec in CARD_SPECS}
        self._crls: dict[CardKind, x509.CertificateRevocationList] = {}
        self._crl_lock = threading.Lock()

    @classmethod
    def load(cls) -> DemoPKI:
        """The test hierarchy, built once per process from the committed keys."""
        with cls._lock:
            if cls._cached is None:
                cls._cached = cls(_load_keys())
            return cls._cached

    def trust_store(self) -> TrustStore:
        """A store whose only anchor is the test root."""
        return TrustStore.from_certificates([self.root.certificate])

    def crl(self, kind: CardKind) -> x509.CertificateRevocationList:
        """The CRL of the test CA of ``kind`` (``.public_bytes(Encoding.DER)`` for DER)."""
        kind = CardKind(kind)
        with self._crl_lock:
            crl = self._crls.get(kind)
            if crl is None:
                revoked = [
                    card.certificate
                    for card in self.cards.values()
                    if card.revoked and card.kind is kind
                ]
                crl = _build_crl(self.cas[kind], revoked)
                self._crls[kind] = crl
            return crl

    def crl_der(self, kind: CardKind) -> bytes:
        """DER bytes of :meth:`crl`."""
        return self.crl(kind).public_bytes(serialization.Encoding.DER)

    def artifacts(self) -> dict[str, bytes]:
        """Every public output of the hierarchy by name: certificates and CRLs as DER."""
        der = serialization.Encoding.DER
        out = {"root.cer": self.root.certificate.public_bytes(der)}
        for kind, ca in self.cas.items():
            out[f"ca-{kind}.cer"] = ca.certificate.public_bytes(der)
            out[f"ca-{kind}.crl"] = self.crl_der(kind)
        for card in self.cards.values():
            out[f"{card.id}-sign.cer"] = card.certificate.public_bytes(der)
            out[f"{card.id}-enc.cer"] = card.encryption_certificate.public_bytes(der)
        return out

    def issue_certificate(
        self,
        kind: CardKind,
        public_key: CertificateIssuerPublicKeyTypes,
        subject: x509.Name,
        *,
        attributes: Sequence[tuple[str, Sequence[str]]] = (),
        validity: tuple[datetime, datetime] = _CARD_VALIDITY,
        key_usage: x509.KeyUsage | None = _SIGNING_USAGE,
        serial: int | None = None,
    ) -> x509.Certificate:
        """A user certificate from the test CA of ``kind`` with the Taiwan profile."""
        ca = self.cas[kind]
        if serial is None:
            serial = _serial_for(subject.rfc4514_string() + repr(attributes) + repr(validity))
        return _build_user_cert(
            ca,
            public_key,
            subject,
            attributes=attributes,
            validity=validity,
            key_usage=key_usage,
            serial=serial,
        )

    def _build_card(self, spec: _CardSpec) -> DemoCard:
        ca = self.cas[spec.kind]
        subject = _card_subject(spec)
        attributes = _card_attributes(spec)
        sign_key = self._keys[f"{spec.id}-sign"]
        enc_key = self._keys[f"{spec.id}-enc"]
        certificate, encryption = (
            _build_user_cert(
                ca,
                key.public_key(),
                subject,
                attributes=attributes,
                validity=spec.validity,
                key_usage=usage,
                serial=_serial_for(f"{spec.id}-{role}"),
            )
            for key, usage, role in (
                (sign_key, _SIGNING_USAGE, "sign"),
                (enc_key, _ENCRYPTION_USAGE, "enc"),
            )
        )
        return DemoCard(
            id=spec.id,
            kind=spec.kind,
            holder_name=spec.holder_name,
            ubn=spec.ubn,
            national_id=spec.national_id,
            id_last4=spec.national_id[-4:] if spec.national_id else None,
            org_code=spec.org_code,
            card_rank=spec.card_rank,
            card_serial=spec.card_serial,
            pin=spec.pin,
            private_key=sign_key,
            certificate=certificate,
            chain=(ca.certificate, self.root.certificate),
            revoked=spec.revoked,
            expired=spec.validity[1] < datetime(2025, 1, 1, tzinfo=UTC),
            encryption_key=enc_key,
            encryption_certificate=encryption,
        )


def _card_subject(spec: _CardSpec) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "TW")]
    if spec.kind is CardKind.MOEACA:
        assert spec.ubn is not None
        attrs += [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, spec.holder_name),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, spec.ubn),
        ]
    else:
        attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, spec.holder_name))
    return x509.Name(attrs)


def _card_attributes(spec: _CardSpec) -> list[tuple[str, list[str]]]:
    if spec.kind is CardKind.MOICA:
        assert spec.national_id is not None
        return [(OID_ID_LAST4, [spec.national_id[-4:]])]
    if spec.kind is CardKind.MOEACA:
        assert spec.ubn is not None
        assert spec.card_rank is not None
        return [(OID_UBN, [spec.ubn]), (OID_CARD_RANK, [_RANK_TEXT[spec.card_rank]])]
    assert spec.org_code is not None
    return [(OID_ORG_CODE, [spec.org_code])]


def _serial_for(label: str) -> int:
    # Positive, below 2**159 as RFC 5280 requires, and stable across builds.
    return int.from_bytes(hashlib.sha256(label.encode()).digest()[:16], "big") >> 1 | 1


def _ski(key: CertificateIssuerPublicKeyTypes) -> x509.SubjectKeyIdentifier:
    return x509.SubjectKeyIdentifier.from_public_key(key)


def _build_root(key: rsa.RSAPrivateKey) -> DemoCA:
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(TEST_ROOT_NAME)
        .issuer_name(TEST_ROOT_NAME)
        .public_key(public)
        .serial_number(_serial_for("root"))
        .not_valid_before(_ROOT_VALIDITY[0])
        .not_valid_after(_ROOT_VALIDITY[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_CA_USAGE, critical=True)
        .add_extension(_ski(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return DemoCA(kind=None, certificate=cert, private_key=key, crl_url=None)


def _build_ca(kind: CardKind, key: rsa.RSAPrivateKey, root: DemoCA) -> DemoCA:
    public = key.public_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "TW"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "行政院"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, TEST_CA_UNITS[kind]),
        ]
    )
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(root.name)
        .public_key(public)
        .serial_number(_serial_for(f"ca-{kind}"))
        .not_valid_before(_CA_VALIDITY[0])
        .not_valid_after(_CA_VALIDITY[1])
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_CA_USAGE, critical=True)
        .add_extension(_ski(public), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.private_key.public_key()),
            critical=False,
        )
        .sign(root.private_key, hashes.SHA256())
    )
    return DemoCA(kind=kind, certificate=cert, private_key=key, crl_url=CRL_URL.format(kind=kind))


def _build_user_cert(
    ca: DemoCA,
    public_key: CertificateIssuerPublicKeyTypes,
    subject: x509.Name,
    *,
    attributes: Sequence[tuple[str, Sequence[str]]],
    validity: tuple[datetime, datetime],
    key_usage: x509.KeyUsage | None,
    serial: int,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(ca.name)
        .public_key(public_key)
        .serial_number(serial)
        .not_valid_before(validity[0])
        .not_valid_after(validity[1])
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=False)
        .add_extension(_ski(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.private_key.public_key()),
            critical=False,
        )
    )
    if key_usage is not None:
        builder = builder.add_extension(key_usage, critical=True)
    if ca.crl_url is not None:
        point = x509.DistributionPoint(
            full_name=[x509.UniformResourceIdentifier(ca.crl_url)],
            relative_name=None,
            reasons=None,
            crl_issuer=None,
        )
        builder = builder.add_extension(x509.CRLDistributionPoints([point]), critical=False)
    if attributes:
        sda = x509.UnrecognizedExtension(
            ExtensionOID.SUBJECT_DIRECTORY_ATTRIBUTES,
            encode_subject_directory_attributes(attributes),
        )
        builder = builder.add_extension(sda, critical=False)
    return builder.sign(ca.private_key, hashes.SHA256())


def _build_crl(ca: DemoCA, revoked: Sequence[x509.Certificate]) -> x509.CertificateRevocationList:
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.name)
        .last_update(_CRL_THIS_UPDATE)
        .next_update(_CRL_NEXT_UPDATE)
        .add_extension(x509.CRLNumber(1), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.private_key.public_key()),
            critical=False,
        )
    )
    for cert in revoked:
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(cert.serial_number)
            .revocation_date(_REVOKED_AT)
            .add_extension(x509.CRLReason(x509.ReasonFlags.key_compromise), critical=False)
            .build()
        )
        builder = builder.add_revoked_certificate(entry)
    return builder.sign(ca.private_key, hashes.SHA256())


def _load_keys() -> dict[str, rsa.RSAPrivateKey]:
    keys: dict[str, rsa.RSAPrivateKey] = {}
    for name in _key_names():
        data = (TESTDATA_DIR / f"{name}.pem").read_bytes()
        # Our own committed keys: skipping the slow consistency check keeps start-up fast.
        key = serialization.load_pem_private_key(
            data, password=None, unsafe_skip_rsa_key_validation=True
        )
        if not isinstance(key, rsa.RSAPrivateKey):
            raise TypeError(f"test key {name} is not RSA")
        keys[name] = key
    return keys


def training_trust_store() -> TrustStore:
    """Production anchors plus the test root: what the training mode and the sandbox's
    wiring pass to the card layer (production code never loads the test PKI itself)."""
    return TrustStore.production() | DemoPKI.load().trust_store()


def manifest(pki: DemoPKI) -> dict[str, str]:
    """SHA-256 of every artifact; committed so a test can prove builds do not drift."""
    return {name: hashlib.sha256(data).hexdigest() for name, data in pki.artifacts().items()}


def write_manifest(folder: Path, pki: DemoPKI) -> Path:
    """Write :func:`manifest` as ``manifest.json`` into ``folder``."""
    path = folder / MANIFEST_NAME
    path.write_text(json.dumps(manifest(pki), indent=2, sort_keys=True) + "\n", "utf-8")
    return path


def regenerate(folder: Path) -> list[Path]:
    """Generate fresh RSA-2048 keys for the whole hierarchy into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in _key_names():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        path = folder / f"{name}.pem"
        path.write_bytes(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m certs.testpki --regenerate``."""
    parser = argparse.ArgumentParser(prog="python -m certs.testpki", description=__doc__)
    parser.add_argument(
        "--regenerate", action="store_true", help="write new test keys to certs/testdata"
    )
    args = parser.parse_args(argv)
    if args.regenerate:
        for path in regenerate(TESTDATA_DIR):
            print(path)
        print(write_manifest(TESTDATA_DIR, DemoPKI(_load_keys())))
        return 0
    pki = DemoPKI.load()
    for card in pki.cards.values():
        print(card.id, card.kind.value, card.holder_name, card.card_serial)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
