"""PKCS#11 as real middleware delivers it: several SoftHSM2 tokens filled with
``softhsm2-util`` and ``pkcs11-tool`` (Debian opensc), objects in shuffled order, EC and
RSA keys, a weak key, expired and untrusted certificates, CA certificates carrying a
CKA_ID, values padded or in PEM, an object without a value and one that is no
certificate at all.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import PyKCS11
import pytest
from cards_helpers import SOFTHSM_MODULE, missing
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID

from app.cards.errors import CertificateExpired, CertificateProblem, PinWrong
from app.cards.identity import prechecked
from app.cards.pkcs11 import Pkcs11Signer, certificate_value
from app.cards.selection import select_signers
from app.cards.signer import SignerIdentity
from certs.errors import CertificateError
from certs.profile import OID_ID_LAST4, CardKind
from certs.testpki import DemoPKI
from certs.trust import TrustStore, verify_signature

pytestmark = pytest.mark.softhsm

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "終止申請書".encode()
PIN = "123456"
SO_PIN = "87654321"
DER = serialization.Encoding.DER
PEM = serialization.Encoding.PEM


@dataclass
class Token:
    """What one token should yield."""

    label: str
    holder: str | None  # None: the token yields no identity


def _pkcs8(key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


class Filler:
    """Fills SoftHSM2 tokens the way an administrator would, with the command-line tools."""

    def __init__(self, conf: Path, folder: Path) -> None:
        self.env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
        self.folder = folder
        self._count = 0

    def _run(self, *args: str) -> None:
        subprocess.run(args, check=True, capture_output=True, env=self.env)

    def init(self, label: str) -> None:
        self._run(
            "softhsm2-util", "--init-token", "--free", "--label", label,
            "--pin", PIN, "--so-pin", SO_PIN,
        )  # fmt: skip

    def write(self, label: str, kind: str, data: bytes, object_label: str, oid: str = "") -> None:
        """``pkcs11-tool --write-object`` (kind: cert or privkey); no CKA_ID when ``oid``
        is empty."""
        self._count += 1
        path = self.folder / f"object-{self._count}.der"
        path.write_bytes(data)
        args = [
            "pkcs11-tool", "--module", SOFTHSM_MODULE, "--token-label", label,
            "--login", "--pin", PIN, "--write-object", str(path), "--type", kind,
            "--label", object_label,
        ]  # fmt: skip
        if oid:
            args += ["--id", oid]
        self._run(*args)

    def raw_certificate(self, label: str, object_label: str, value: bytes) -> None:
        """A certificate object pkcs11-tool would refuse to write (PEM, junk, no value)."""
        lib = PyKCS11.PyKCS11Lib()
        lib.load(SOFTHSM_MODULE)
        try:
            slot = next(
                s
                for s in lib.getSlotList(tokenPresent=True)
                if lib.getTokenInfo(s).label.strip() == label
            )
            session = lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION | PyKCS11.CKF_RW_SESSION)
            session.login(PIN)
            template = [
                (PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
                (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509),
                (PyKCS11.CKA_TOKEN, True),
                (PyKCS11.CKA_LABEL, object_label),
                (PyKCS11.CKA_SUBJECT, b"\x30\x00"),
                (PyKCS11.CKA_VALUE, value),
            ]
            session.createObject(template)
            session.logout()
            session.closeSession()
        finally:
            lib.unload()


def _self_signed_rsa(name: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(7)
        .not_valid_before(datetime(2025, 1, 1, tzinfo=UTC))
        .not_valid_after(datetime(2030, 1, 1, tzinfo=UTC))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), True
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


@dataclass
class Matrix:
    module: str
    tokens: dict[str, Token]
    store: TrustStore


@pytest.fixture(scope="module")
def matrix(tmp_path_factory: pytest.TempPathFactory, pki: DemoPKI) -> Iterator[Matrix]:
    """Seven tokens, each filled in a shuffled order; a private SoftHSM2 configuration."""
    if not Path(SOFTHSM_MODULE).is_file() or shutil.which("softhsm2-util") is None:
        missing("SoftHSM2 is not installed (Debian package softhsm2)")
    if shutil.which("pkcs11-tool") is None:
        missing("pkcs11-tool is not installed (Debian package opensc)")
    folder = tmp_path_factory.mktemp("softhsm-matrix")
    (folder / "tokens").mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    previous = os.environ.get("SOFTHSM2_CONF")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    fill = Filler(conf, folder)
    rng = random.Random(20261206)
    steps: dict[str, list[tuple[Any, ...]]] = {}

    def card_objects(card_id: str, *, ca_ids: bool) -> list[tuple[Any, ...]]:
        card = pki.cards[card_id]
        objects: list[tuple[Any, ...]] = [
            ("privkey", _pkcs8(card.private_key), "cert1", "01"),
            ("cert", card.certificate.public_bytes(DER), "cert1", "01"),
            ("cert", card.encryption_certificate.public_bytes(DER), "cert2", "02"),
        ]
        for number, ca in enumerate(card.chain, start=3):
            objects.append(
                ("cert", ca.public_bytes(DER), "CA Cert", f"0{number}" if ca_ids else "")
            )
        return objects

    ec_key = ec.generate_private_key(ec.SECP256R1())
    ec_cert = pki.issue_certificate(
        CardKind.MOICA,
        ec_key.public_key(),
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "橢圓曲線")]),
        key_usage=None,
    )
    ec_objects = [
        ("privkey", _pkcs8(ec_key), "ec", "0e"),
        ("cert", ec_cert.public_bytes(DER), "ec", "0e"),
    ]
    weak_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    weak_cert = pki.issue_certificate(
        CardKind.MOICA,
        weak_key.public_key(),
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "弱金鑰")]),
        attributes=[(OID_ID_LAST4, ["1234"])],
    )
    untrusted_key, untrusted_cert = _self_signed_rsa("自簽憑證")
    odd = pki.cards["moica-tax-owner"]

    steps["GOOD"] = card_objects("moeaca-sme-primary", ca_ids=True)
    steps["EC"] = list(ec_objects)
    steps["MIXED"] = card_objects("moica-social-owner", ca_ids=True) + ec_objects
    steps["WEAK"] = [
        ("privkey", _pkcs8(weak_key), "cert1", "01"),
        ("cert", weak_cert.public_bytes(DER), "cert1", "01"),
        *(("cert", ca.public_bytes(DER), "CA Cert", "") for ca in odd.chain),
    ]
    steps["EXPIRED"] = card_objects("moica-expired", ca_ids=False)
    steps["UNTRUSTED"] = [
        ("privkey", _pkcs8(untrusted_key), "cert1", "01"),
        ("cert", untrusted_cert.public_bytes(DER), "cert1", "01"),
    ]
    # A card file read whole: the signing certificate padded with zeros, no CKA_ID; its
    # key under another CKA_ID; CA certificates in PEM; junk; a certificate without value.
    steps["ODD"] = [
        ("privkey", _pkcs8(odd.private_key), "key", "07"),
        ("cert", odd.certificate.public_bytes(DER) + b"\x00" * 300, "cert1", ""),
        ("cert", odd.encryption_certificate.public_bytes(DER), "cert2", "02"),
        *(("raw", ca.public_bytes(PEM), "CA Cert") for ca in odd.chain),
        ("raw", os.urandom(200), "junk"),
        ("raw", b"", "empty"),
    ]
    labels = list(steps)
    rng.shuffle(labels)
    for label in labels:
        fill.init(label)
        objects = steps[label]
        rng.shuffle(objects)
        for step in objects:
            if step[0] == "raw":
                fill.raw_certificate(label, step[2], step[1])
            else:
                fill.write(label, *step)
    tokens = {
        "GOOD": Token("GOOD", "雲端示範股份有限公司（測試）"),
        "EC": Token("EC", None),
        "MIXED": Token("MIXED", "黃淑芬"),
        "WEAK": Token("WEAK", "弱金鑰"),
        "EXPIRED": Token("EXPIRED", "王大明"),
        "UNTRUSTED": Token("UNTRUSTED", "自簽憑證"),
        "ODD": Token("ODD", "陳美玲"),
    }
    yield Matrix(SOFTHSM_MODULE, tokens, TrustStore.production() | pki.trust_store())
    if previous is None:
        os.environ.pop("SOFTHSM2_CONF", None)
    else:
        os.environ["SOFTHSM2_CONF"] = previous


@pytest.fixture
def signer(matrix: Matrix) -> Iterator[Pkcs11Signer]:
    signer = Pkcs11Signer([matrix.module], prepare=lambda i: prechecked(i, matrix.store, AT))
    yield signer
    signer.close()


def _by_holder(signer: Pkcs11Signer) -> dict[str, SignerIdentity]:
    return {who.identity.holder_name: who for who in signer.identities()}


def test_every_token_is_listed_whatever_the_others_hold(
    signer: Pkcs11Signer, matrix: Matrix
) -> None:
    found = _by_holder(signer)
    wanted = {t.holder for t in matrix.tokens.values() if t.holder}
    assert set(found) == wanted
    for holder in ("雲端示範股份有限公司（測試）", "黃淑芬", "陳美玲"):
        assert found[holder].identity.usable, found[holder].identity.problems
        assert len(found[holder].identity.chain) == 2
    assert found["弱金鑰"].identity.problems[0].startswith("KeyTooSmall")
    assert found["王大明"].identity.expired
    assert any(p.startswith("CertUntrusted") for p in found["自簽憑證"].identity.problems)


def test_unusable_objects_are_reported_in_diagnostics(signer: Pkcs11Signer) -> None:
    [report] = select_signers([signer]).signers
    notes = "\n".join(report.skipped)
    assert report.availability.available
    assert report.error is None
    assert notes.count("EC key") == 2  # the EC-only token and the EC beside an RSA card
    assert "'junk': unreadable certificate" in notes
    assert "no certificate value" in notes
    assert "no RSA signing certificate" in notes
    assert len(report.card_serials) == 6


def test_usable_identities_sign_and_unusable_ones_are_refused_before_login(
    signer: Pkcs11Signer,
) -> None:
    found = _by_holder(signer)
    for holder in ("雲端示範股份有限公司（測試）", "黃淑芬", "陳美玲"):
        result = signer.sign(found[holder], DOC, PIN)
        verify_signature(result.certificate, DOC, result.signature)
    with pytest.raises(PinWrong):
        signer.sign(found["黃淑芬"], DOC, "000000")
    # A wrong PIN shows the refusal comes before C_Login: no PinWrong, nothing signed.
    for holder, error in (
        ("弱金鑰", CertificateProblem),
        ("自簽憑證", CertificateProblem),
        ("王大明", CertificateExpired),
    ):
        with pytest.raises(error):
            signer.sign(found[holder], DOC, "000000")
        with pytest.raises(error):
            signer.sign(found[holder], DOC, PIN)


def _snapshot(signer: Pkcs11Signer) -> list[tuple[Any, ...]]:
    return sorted(
        (w.identity.holder_name, w.handle, w.identity.chain, w.identity.problems)
        for w in signer.identities()
    )


def test_verdicts_do_not_depend_on_the_order_of_objects(
    signer: Pkcs11Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    baseline = _snapshot(signer)
    original = PyKCS11.Session.findObjects
    rng = random.Random(16)

    def shuffled(self: Any, template: Any = ()) -> list[Any]:
        found = list(original(self, template))
        rng.shuffle(found)
        return found

    monkeypatch.setattr(PyKCS11.Session, "findObjects", shuffled)
    for _ in range(30):
        assert _snapshot(signer) == baseline
    found = _by_holder(signer)
    result = signer.sign(found["雲端示範股份有限公司（測試）"], DOC, PIN)
    verify_signature(result.certificate, DOC, result.signature)


def test_certificate_values_in_the_encodings_modules_use(pki: DemoPKI) -> None:
    cert = pki.cards["moica-sme-owner"].certificate
    der = cert.public_bytes(DER)
    for value in (der, der + b"\x00" * 64, der + b"\xff" * 7, cert.public_bytes(PEM)):
        assert certificate_value(value) == cert
    for junk in (b"", b"\x30", b"\x30\x80\x00\x00", os.urandom(64), b"-----BEGIN CERT"):
        with pytest.raises(CertificateError):
            certificate_value(junk)
