"""PKCS#11 signer through a real module: SoftHSM2 holding the sandbox demo keys."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import PyKCS11
import pytest
from cards_helpers import SOFTHSM_MODULE, init_softhsm_token
from cryptography.hazmat.primitives import serialization

from app.cards.errors import MalformedResponse, PinFormatInvalid, PinWrong, SignerUnavailable
from app.cards.identity import prechecked
from app.cards.pkcs11 import MODULE_ENV, Pkcs11Signer, default_module_paths
from app.cards.signer import SignerKind
from certs.testpki import DemoCard, DemoPKI
from certs.trust import TrustStore, verify_signature

pytestmark = pytest.mark.softhsm

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = b"termination request"
CARDS = ("moeaca-sme-primary", "moica-social-owner")


def _der(cert: object) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)  # type: ignore[attr-defined]


def _import_card(lib: PyKCS11.PyKCS11Lib, slot: int, card: DemoCard) -> None:
    session = lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION | PyKCS11.CKF_RW_SESSION)
    session.login(card.pin)
    # SoftHSM2 reads its configuration once per process: a second test session in the
    # same process (mutation testing runs several) finds the first one's token again.
    for stale in session.findObjects():
        session.destroyObject(stale)
    numbers = card.private_key.private_numbers()
    public = numbers.public_numbers

    def b(value: int) -> bytes:
        return value.to_bytes((value.bit_length() + 7) // 8, "big")

    object_id = bytes.fromhex("01")
    session.createObject(
        [
            (PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY),
            (PyKCS11.CKA_KEY_TYPE, PyKCS11.CKK_RSA),
            (PyKCS11.CKA_TOKEN, True),
            (PyKCS11.CKA_PRIVATE, True),
            (PyKCS11.CKA_SIGN, True),
            (PyKCS11.CKA_ID, object_id),
            (PyKCS11.CKA_LABEL, "cert1"),
            (PyKCS11.CKA_MODULUS, b(public.n)),
            (PyKCS11.CKA_PUBLIC_EXPONENT, b(public.e)),
            (PyKCS11.CKA_PRIVATE_EXPONENT, b(numbers.d)),
            (PyKCS11.CKA_PRIME_1, b(numbers.p)),
            (PyKCS11.CKA_PRIME_2, b(numbers.q)),
            (PyKCS11.CKA_EXPONENT_1, b(numbers.dmp1)),
            (PyKCS11.CKA_EXPONENT_2, b(numbers.dmq1)),
            (PyKCS11.CKA_COEFFICIENT, b(numbers.iqmp)),
        ]
    )
    certs = [
        ("cert1", object_id, card.certificate),
        ("cert2", b"\x02", card.encryption_certificate),
    ]
    certs += [("CA Cert", b"", ca) for ca in card.chain]
    for label, cid, cert in certs:
        template = [
            (PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE),
            (PyKCS11.CKA_CERTIFICATE_TYPE, PyKCS11.CKC_X_509),
            (PyKCS11.CKA_TOKEN, True),
            (PyKCS11.CKA_LABEL, label),
            (PyKCS11.CKA_VALUE, _der(cert)),
            (PyKCS11.CKA_SUBJECT, cert.subject.public_bytes()),
        ]
        if cid:
            template.append((PyKCS11.CKA_ID, cid))
        session.createObject(template)
    session.logout()
    session.closeSession()


@pytest.fixture(scope="module")
def softhsm_tokens(softhsm_conf: Path, pki: DemoPKI) -> str:
    """SoftHSM2 tokens holding two demo cards; yields the module path."""
    for card_id in CARDS:
        init_softhsm_token(softhsm_conf, pki.cards[card_id].card_serial, pki.cards[card_id].pin)
    lib = PyKCS11.PyKCS11Lib()
    lib.load(SOFTHSM_MODULE)
    for slot in lib.getSlotList(tokenPresent=True):
        label = lib.getTokenInfo(slot).label.strip()
        card = next((pki.cards[c] for c in CARDS if pki.cards[c].card_serial == label), None)
        if card is not None:  # SoftHSM2 always offers one more, uninitialised token
            _import_card(lib, slot, card)
    return SOFTHSM_MODULE


@pytest.fixture
def signer(softhsm_tokens: str, pki: DemoPKI) -> Iterator[Pkcs11Signer]:
    store = TrustStore.production() | pki.trust_store()
    signer = Pkcs11Signer([softhsm_tokens], prepare=lambda i: prechecked(i, store, AT))
    yield signer
    signer.close()


def test_identities_and_sign(signer: Pkcs11Signer, pki: DemoPKI) -> None:
    assert signer.availability().available
    found = {who.identity.holder_name: who for who in signer.identities()}
    assert set(found) == {"雲端示範股份有限公司（測試）", "黃淑芬"}
    for who in found.values():
        assert who.signer is SignerKind.PKCS11
        assert not who.pinpad, "SoftHSM2 has no protected authentication path: PIN typed"
        assert who.identity.usable, who.identity.problems
        assert len(who.identity.chain) == 2
        result = signer.sign(who, DOC, "123456")
        verify_signature(result.certificate, DOC, result.signature)
        assert result.certificate == _der(pki.cards[CARDS[0]].certificate) or (
            who.identity.id_last4 == "8829"
        )


def test_wrong_pin_is_reported_and_not_retried(signer: Pkcs11Signer) -> None:
    who = signer.identities()[0]
    with pytest.raises(PinWrong) as info:
        signer.sign(who, DOC, "000000")
    # SoftHSM2 does not tell tries left; the error says so instead of guessing.
    assert info.value.tries_left is None
    assert "000000" not in str(info.value)
    assert "000000" not in repr(info.value)
    with pytest.raises(PinFormatInvalid):
        signer.sign(who, DOC, "1")
    assert signer.sign(who, DOC, "123456").signature


def test_a_wrong_pin_on_the_final_try_says_one_try_is_left(
    signer: Pkcs11Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """HiCOS raises CKF_USER_PIN_FINAL_TRY after a wrong PIN (SoftHSM2 never does)."""
    monkeypatch.setattr(signer, "_token_flags", lambda slot: PyKCS11.CKF_USER_PIN_FINAL_TRY)
    who = signer.identities()[0]
    with pytest.raises(PinWrong) as info:
        signer.sign(who, DOC, "000000")
    assert info.value.tries_left == 1


class Delegating:
    """Passes every call on to the real PyKCS11 object, except those a subclass answers."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class ModuleWith(Delegating):
    """The SoftHSM2 module, with sessions that behave like ``session_type`` says."""

    def __init__(self, inner: Any, session_type: type[Delegating]) -> None:
        super().__init__(inner)
        self.session_type = session_type

    def openSession(self, slot: int, flags: int = 0) -> Delegating:
        return self.session_type(self.inner.openSession(slot, flags))


def with_sessions(signer: Pkcs11Signer, monkeypatch: pytest.MonkeyPatch, kind: type) -> None:
    module = ModuleWith(signer._library(), kind)
    monkeypatch.setattr(signer, "_library", lambda: module)


def test_a_failed_logout_does_not_spoil_the_signature(
    signer: Pkcs11Signer, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    class GoneAfterSigning(Delegating):
        def logout(self) -> None:
            self.inner.logout()
            raise PyKCS11.PyKCS11Error(PyKCS11.CKR_SESSION_HANDLE_INVALID)

    with_sessions(signer, monkeypatch, GoneAfterSigning)
    caplog.set_level(logging.DEBUG, logger="app.cards.pkcs11")
    who = signer.identities()[0]
    verify_signature(who.identity.certificate, DOC, signer.sign(who, DOC, "123456").signature)
    assert "PKCS#11 logout failed (session already gone)" in caplog.messages


def test_a_signature_of_the_wrong_size_is_refused(
    signer: Pkcs11Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Card modules are known to mishandle output sizes: the length is checked first."""

    class Truncating(Delegating):
        def sign(self, *args: Any) -> list[int]:
            return list(self.inner.sign(*args))[:-1]

    with_sessions(signer, monkeypatch, Truncating)
    who = signer.identities()[0]
    with pytest.raises(MalformedResponse, match=r"^the module returned a 255-byte signature$"):
        signer.sign(who, DOC, "123456")


def test_a_module_that_hides_the_modulus_signs_with_the_certificates_key_id(
    signer: Pkcs11Signer, monkeypatch: pytest.MonkeyPatch
) -> None:
    class HidingTheModulus(Delegating):
        def getAttributeValue(self, key: Any, attributes: list[int], all: bool = False) -> Any:
            if PyKCS11.CKA_MODULUS in attributes:
                raise PyKCS11.PyKCS11Error(PyKCS11.CKR_ATTRIBUTE_SENSITIVE)
            return self.inner.getAttributeValue(key, attributes, all)

    with_sessions(signer, monkeypatch, HidingTheModulus)
    who = signer.identities()[0]
    verify_signature(who.identity.certificate, DOC, signer.sign(who, DOC, "123456").signature)


def test_missing_module_is_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    signer = Pkcs11Signer([str(tmp_path / "libHicos_p11.so")])
    assert not signer.availability().available
    with pytest.raises(SignerUnavailable):
        signer.identities()
    monkeypatch.setenv(MODULE_ENV, "/opt/custom/p11.so")
    assert default_module_paths()[0] == "/opt/custom/p11.so"
