"""PIN-pad readers: the PIN_VERIFY_STRUCTURE, part 10 features, pad answers, the in-process
PIN-pad reader end to end, and PKCS#11 tokens with a protected authentication path."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

import PyKCS11
import pytest
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric.utils import Prehashed

from app.cards.cardsigner import CardProtocolSigner
from app.cards.errors import (
    ApduError,
    CardRemoved,
    MalformedResponse,
    NoPinPad,
    PinBlocked,
    PinCancelled,
    PinEntryCancelled,
    PinEntryTimeout,
    PinFormatInvalid,
    PinWrong,
)
from app.cards.identity import prechecked
from app.cards.pinpad import (
    VERIFY_PIN_DIRECT,
    PinVerifyRequest,
    pad_status_error,
    pad_status_word,
    parse_features,
    pin_verify_structure,
)
from app.cards.pkcs11 import Pkcs11Signer
from app.cards.signer import SignerIdentity, SignResult
from app.cards.traffic import TRAFFIC
from certs.testpki import DemoPKI
from certs.trust import TrustStore, verify_signature
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import DEFAULT_READER, PINPAD_READER, VirtualReaders
from sandbox.cardemu.pinpad import VirtualPinPad

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "附表2 授權書".encode()
VERIFY_TEMPLATE = bytes.fromhex("8020008108") + b"\xff" * 8


# --- PIN_VERIFY_STRUCTURE ------------------------------------------------------------------


def test_pin_verify_structure_field_by_field() -> None:
    built = pin_verify_structure(PinVerifyRequest(apdu=VERIFY_TEMPLATE, timeout=30))
    # Offsets of PC/SC part 10 v2.02, 2.5.2 (and CCID PIN_VERIFY): words little-endian.
    assert built[0] == 30, "bTimerOut"
    assert built[1] == 0, "bTimerOut2"
    assert built[2] == 0x82, "bmFormatString: bytes, position 0, left, ASCII"
    assert built[3] == 0x08, "bmPINBlockString: no length field, 8-byte block"
    assert built[4] == 0x00, "bmPINLengthFormat"
    assert built[5:7] == bytes((0x08, 0x06)), "wPINMaxExtraDigit: max 8 (LSB), min 6 (MSB)"
    assert built[7] == 0x02, "bEntryValidationCondition: OK key"
    assert built[8] == 0x01, "bNumberMessage"
    assert built[9:11] == bytes((0x04, 0x04)), "wLangId zh-TW"
    assert built[11] == 0x00, "bMsgIndex"
    assert built[12:15] == b"\x00\x00\x00", "bTeoPrologue"
    assert built[15:19] == bytes((13, 0, 0, 0)), "ulDataLength, little-endian"
    assert built[19:] == VERIFY_TEMPLATE, "abData"
    assert len(built) == 19 + 13

    english = pin_verify_structure(
        PinVerifyRequest(apdu=VERIFY_TEMPLATE, timeout=5, min_length=4, lang_id=0x0409)
    )
    assert english[0] == 5
    assert english[5:7] == bytes((0x08, 0x04))
    assert english[9:11] == bytes((0x09, 0x04)), "the low byte of a word comes first"


@pytest.mark.parametrize(
    "request_",
    [
        PinVerifyRequest(apdu=VERIFY_TEMPLATE, timeout=256),
        PinVerifyRequest(apdu=VERIFY_TEMPLATE, min_length=9, max_length=8),
        PinVerifyRequest(apdu=VERIFY_TEMPLATE, max_length=9),
        PinVerifyRequest(apdu=VERIFY_TEMPLATE[:-1]),
    ],
)
def test_pin_verify_structure_refuses_what_does_not_fit(request_: PinVerifyRequest) -> None:
    with pytest.raises(ValueError, match=r"bTimerOut|PIN|APDU"):
        pin_verify_structure(request_)


# --- features ------------------------------------------------------------------------------


def test_features_are_parsed_from_the_tlvs() -> None:
    verify = bytes.fromhex("06 04 42 33 00 06")
    modify = bytes.fromhex("07 04 42 33 00 07")
    unknown = bytes.fromhex("7f 04 00 00 00 01")
    features = parse_features(verify + unknown + modify)
    assert features.names == [VERIFY_PIN_DIRECT, "FEATURE_MODIFY_PIN_DIRECT"]
    assert features.verify_pin_direct == 0x42330006
    assert features.pinpad
    escape_only = parse_features(bytes.fromhex("13 04 42 33 00 13"))
    assert not escape_only.pinpad
    assert escape_only.verify_pin_direct is None
    assert not parse_features(b"").pinpad


@pytest.mark.parametrize("answer", ["06 04 42 33 00", "06 02 42 33 00 06"])
def test_malformed_feature_lists_are_refused(answer: str) -> None:
    with pytest.raises(MalformedResponse):
        parse_features(bytes.fromhex(answer))


# --- pad answers -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sw", "error", "tries", "message"),
    [
        (0x63C2, PinWrong, 2, "wrong PIN, 2 tries left"),
        (0x63C1, PinWrong, 1, "wrong PIN, 1 tries left"),
        (0x63C0, PinBlocked, None, "the card's PIN is blocked"),
        (0x6983, PinBlocked, None, "the card's PIN is blocked"),
        (0x6400, PinEntryTimeout, None, "no PIN was entered on the reader in time"),
        (0x6401, PinEntryCancelled, None, "PIN entry cancelled on the reader"),
        (0x6403, PinFormatInvalid, None, "the PIN entered on the reader has the wrong length"),
        (0x6700, PinFormatInvalid, None, "the PIN entered on the reader has the wrong length"),
        (0x6A80, ApduError, None, "the PIN-pad reader answered 6A80"),
    ],
)
def test_pad_status_words_map_to_typed_errors(
    sw: int, error: type, tries: int | None, message: str
) -> None:
    """The type drives the UI's text; the message is what the diagnostics show."""
    found = pad_status_error(sw)
    assert type(found) is error
    assert found is not None
    assert found.message == message
    if isinstance(found, ApduError):
        assert found.sw == sw
    if tries is not None:
        assert isinstance(found, PinWrong)
        assert found.tries_left == tries
    assert pad_status_error(0x9000) is None


def test_a_pad_answer_is_exactly_a_status_word() -> None:
    assert pad_status_word(b"\x63\xc2") == 0x63C2
    with pytest.raises(MalformedResponse, match=r"^PIN-pad answer of 3 bytes, expected 2$"):
        pad_status_word(b"\x00\x90\x00")


def test_pad_cancel_is_a_cancel_with_its_own_code() -> None:
    error = PinEntryCancelled("x")
    assert isinstance(error, PinCancelled)
    assert error.code == "PIN_PAD_CANCELLED" != PinCancelled.code
    assert PinEntryTimeout.code == "PIN_ENTRY_TIMEOUT"


# --- the virtual reader's side of the structure ----------------------------------------------


def _serve(pad: VirtualPinPad, structure: bytes) -> tuple[Future[bytes], list[bytes]]:
    sent: list[bytes] = []

    def card(apdu: bytes) -> bytes:
        sent.append(apdu)
        return b"\x90\x00"

    pool = ThreadPoolExecutor(1)
    future = pool.submit(pad.verify_pin_direct, structure, card)
    pool.shutdown(wait=False)
    assert pad.wait_for_prompt(5)
    return future, sent


def test_the_virtual_reader_fills_the_apdu_the_structure_describes() -> None:
    pad = VirtualPinPad()
    structure = pin_verify_structure(PinVerifyRequest(apdu=VERIFY_TEMPLATE, timeout=5))
    future, sent = _serve(pad, structure)
    pad.enter("1234567")
    assert future.result(5) == b"\x90\x00"
    assert sent == [bytes.fromhex("8020008108") + b"1234567\xff"]
    assert not pad.waiting

    # Another layout: a 4-digit PIN from the third data byte, validated on the 4th digit.
    template = bytes.fromhex("002000010800") + b"\x00" + b"\xff" * 6
    raw = bytearray(pin_verify_structure(PinVerifyRequest(apdu=template[:5] + b"\0" * 8)))
    raw[2] = 0x80 | (2 << 3) | 0x02  # PIN at data byte 2
    raw[3] = 0x04  # 4-byte PIN block
    raw[5:7] = bytes((0x04, 0x04))  # exactly 4 digits
    raw[7] = 0x01  # validated when the maximum is reached
    raw[19:] = template
    future, sent = _serve(pad, bytes(raw))
    for key in "98765":
        pad.press(key)  # the fifth digit is past the maximum
    assert future.result(5) == b"\x90\x00"
    assert sent == [bytes.fromhex("0020000108") + b"\x00\x00" + b"9876" + b"\xff\xff"]


def test_the_virtual_reader_enforces_length_clear_and_cancel() -> None:
    pad = VirtualPinPad()
    structure = pin_verify_structure(PinVerifyRequest(apdu=VERIFY_TEMPLATE, timeout=5))
    future, sent = _serve(pad, structure)
    pad.enter("12345")
    assert future.result(5) == b"\x64\x03"
    future, sent = _serve(pad, structure)
    pad.enter("999999", confirm=False)
    assert pad.state.entered == 6
    pad.clear()
    assert pad.state.entered == 0
    pad.enter("123456")
    assert future.result(5) == b"\x90\x00"
    assert sent == [bytes.fromhex("8020008108") + b"123456\xff\xff"]
    future, sent = _serve(pad, structure)
    pad.press("1")
    pad.cancel()
    assert future.result(5) == b"\x64\x01"
    assert sent == []
    assert not pad.press("1"), "keys do nothing while the reader does not ask"


def test_a_structure_the_reader_cannot_follow_is_refused() -> None:
    from app.cards.errors import TransactionFailed

    structure = bytearray(pin_verify_structure(PinVerifyRequest(apdu=VERIFY_TEMPLATE)))
    structure[15] = 12  # ulDataLength no longer matches
    with pytest.raises(TransactionFailed):
        VirtualPinPad().verify_pin_direct(bytes(structure), lambda apdu: b"\x90\x00")


# --- the in-process PIN-pad reader, end to end ----------------------------------------------


@pytest.fixture
def store(pki: DemoPKI) -> TrustStore:
    return TrustStore.production() | pki.trust_store()


@pytest.fixture
def pad_readers() -> VirtualReaders:
    return VirtualReaders((DEFAULT_READER,), pinpad_readers=(PINPAD_READER,))


@pytest.fixture
def worker() -> Iterator[ThreadPoolExecutor]:
    pool = ThreadPoolExecutor(1, thread_name_prefix="card-io")
    yield pool
    pool.shutdown(wait=True)


def _signer(readers: VirtualReaders, store: TrustStore, timeout: int = 10) -> CardProtocolSigner:
    return CardProtocolSigner(
        readers, prepare=lambda i: prechecked(i, store, AT), pad_timeout=timeout
    )


def _pad_sign(
    worker: ThreadPoolExecutor,
    signer: CardProtocolSigner,
    who: SignerIdentity,
    pad: VirtualPinPad,
    keys: Callable[[VirtualPinPad], None],
) -> Future[SignResult]:
    future = worker.submit(signer.sign, who, DOC, None)
    assert pad.wait_for_prompt(5), "the reader never asked for the PIN"
    keys(pad)
    return future


def test_sign_on_the_pad_wrong_then_right(
    pad_readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    worker: ThreadPoolExecutor,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(TRAFFIC)
    card = make_card("moeaca-sme-secondary")  # PIN 654321
    pad_readers.insert(card, PINPAD_READER)
    pad_readers.insert(make_card("moica-sme-owner"), DEFAULT_READER)
    signer = _signer(pad_readers, store)
    found = {who.handle: who for who in signer.identities()}
    assert found[PINPAD_READER].pinpad
    assert not found[DEFAULT_READER].pinpad
    who = found[PINPAD_READER]
    pad = pad_readers.pad(PINPAD_READER)
    assert pad is not None
    assert pad_readers.pad(DEFAULT_READER) is None

    wrong = _pad_sign(worker, signer, who, pad, lambda p: p.enter("111111"))
    with pytest.raises(PinWrong) as info:
        wrong.result(10)
    assert info.value.tries_left == 2
    assert card.tries_left == 2

    right = _pad_sign(worker, signer, who, pad, lambda p: p.enter("654321"))
    result = right.result(10)
    verify_signature(result.certificate, DOC, result.signature)
    assert card.tries_left == 3

    for pin in ("654321", "111111"):
        assert pin not in caplog.text
        assert pin.encode().hex() not in caplog.text
        assert pin not in repr(pad)
        assert pin not in repr(info.value)
    assert "PIN entry on the pad" in caplog.text


def test_cancel_and_timeout_on_the_pad_cost_no_try(
    pad_readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    worker: ThreadPoolExecutor,
) -> None:
    card = make_card("moeaca-sme-primary")
    pad_readers.insert(card, PINPAD_READER)
    signer = _signer(pad_readers, store, timeout=1)
    [who] = [w for w in signer.identities() if w.pinpad]
    pad = pad_readers.pad(PINPAD_READER)
    assert pad is not None

    cancelled = _pad_sign(worker, signer, who, pad, lambda p: (p.press("1"), p.cancel()))
    with pytest.raises(PinEntryCancelled):
        cancelled.result(10)

    started = time.monotonic()
    timed_out = _pad_sign(worker, signer, who, pad, lambda p: p.press("1"))
    with pytest.raises(PinEntryTimeout):
        timed_out.result(10)
    assert 0.8 < time.monotonic() - started < 5, "bTimerOut of the structure bounds the wait"

    short = _pad_sign(worker, signer, who, pad, lambda p: p.enter("12345"))
    with pytest.raises(PinFormatInvalid):
        short.result(10)
    assert card.tries_left == 3
    assert not pad.waiting


def test_card_pulled_while_the_pad_waits(
    pad_readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    worker: ThreadPoolExecutor,
) -> None:
    pad_readers.insert(make_card("moeaca-sme-primary"), PINPAD_READER)
    signer = _signer(pad_readers, store)
    [who] = [w for w in signer.identities() if w.pinpad]
    pad = pad_readers.pad(PINPAD_READER)
    assert pad is not None
    pulled = _pad_sign(
        worker, signer, who, pad, lambda p: (p.press("1"), pad_readers.remove(PINPAD_READER))
    )
    with pytest.raises(CardRemoved):
        pulled.result(10)


def test_no_pin_needs_a_pad(
    pad_readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    card = make_card("moeaca-sme-primary")
    pad_readers.insert(card, DEFAULT_READER)
    signer = _signer(pad_readers, store)
    [who] = signer.identities()
    assert not who.pinpad
    with pytest.raises(NoPinPad):
        signer.sign(who, DOC, None)
    with pytest.raises(NoPinPad):
        pad_readers.connect(DEFAULT_READER).verify_pin_direct(b"")
    assert card.tries_left == 3
    # The keyboard path is unchanged on the same signer.
    verify_signature(who.identity.certificate, DOC, signer.sign(who, DOC, "123456").signature)


def test_switching_to_a_pad_reader_moves_the_card(
    make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers = VirtualReaders()
    card = make_card("moeaca-sme-primary")
    readers.insert(card)
    readers.replace_reader(DEFAULT_READER, PINPAD_READER, pinpad=True)
    assert readers.list_readers() == [PINPAD_READER]
    assert readers.card_in(PINPAD_READER) is card
    [who] = _signer(readers, store).identities()
    assert who.pinpad
    assert who.handle == PINPAD_READER
    readers.replace_reader(PINPAD_READER, DEFAULT_READER, pinpad=False)
    [who] = _signer(readers, store).identities()
    assert not who.pinpad


def test_the_card_service_signs_on_the_pad(
    pad_readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    from app.cards.service import CardService

    pad_readers.insert(make_card("moeaca-sme-primary"), PINPAD_READER)
    pad = pad_readers.pad(PINPAD_READER)
    assert pad is not None
    with CardService(lambda: pad_readers, store=store, clock=lambda: AT) as service:
        [who] = [w for w in service.identities().result(10) if w.pinpad]
        future = service.sign(who, DOC, None)
        assert pad.wait_for_prompt(5)
        pad.enter("123456")
        assert future.result(10).signature


# --- PKCS#11 tokens with a protected authentication path ------------------------------------


class _FakeSession:
    def __init__(self, lib: _FakeLib) -> None:
        self.lib = lib

    def findObjects(self, template: list[tuple[int, Any]]) -> list[str]:
        kind = dict(template)[PyKCS11.CKA_CLASS]
        return list(self.lib.certs) if kind == PyKCS11.CKO_CERTIFICATE else ["key"]

    def getAttributeValue(
        self,
        obj: str,
        attrs: list[int],
        allAsBinary: bool = False,  # noqa: N803 - PyKCS11's name
    ) -> list[Any]:
        modulus = self.lib.key.public_key().public_numbers().n
        values = {
            PyKCS11.CKA_VALUE: list(self.lib.certs.get(obj, b"")),
            PyKCS11.CKA_ID: [1] if obj == "cert" else [],
            PyKCS11.CKA_LABEL: obj,
            PyKCS11.CKA_MODULUS: list(modulus.to_bytes(256, "big")),
        }
        return [values[attr] for attr in attrs]

    def login(self, pin: str | None) -> None:
        self.lib.logins.append(pin)
        if self.lib.answer is not None:
            raise PyKCS11.PyKCS11Error(self.lib.answer)

    def sign(self, key: str, data: bytes, mechanism: Any) -> list[int]:
        # CKM_RSA_PKCS over the host-built DigestInfo = PKCS#1 v1.5 of its SHA-256 digest.
        digest = bytes(data)[-32:]
        return list(self.lib.key.sign(digest, padding.PKCS1v15(), Prehashed(hashes.SHA256())))

    def logout(self) -> None:
        return None

    def closeSession(self) -> None:
        return None


class _FakeLib:
    def __init__(self, pki: DemoPKI, flags: int) -> None:
        card = pki.cards["moeaca-sme-primary"]
        der = serialization.Encoding.DER
        self.certs = {"cert": card.certificate.public_bytes(der)}
        self.certs.update({f"ca{i}": ca.public_bytes(der) for i, ca in enumerate(card.chain)})
        self.key = card.private_key
        self.flags = flags
        self.logins: list[str | None] = []
        self.answer: int | None = None

    def getSlotList(self, tokenPresent: bool) -> list[int]:  # noqa: N803
        return [0]

    def getTokenInfo(self, slot: int) -> Any:
        return type("TokenInfo", (), {"flags": self.flags, "serialNumber": "TP0000"})()

    def openSession(self, slot: int, flags: int) -> _FakeSession:
        return _FakeSession(self)


@pytest.fixture
def fake_token(pki: DemoPKI, store: TrustStore) -> Callable[[int], tuple[Pkcs11Signer, _FakeLib]]:
    def make(flags: int) -> tuple[Pkcs11Signer, _FakeLib]:
        signer = Pkcs11Signer(
            module_paths=["/nonexistent"], prepare=lambda i: prechecked(i, store, AT)
        )
        lib = _FakeLib(pki, flags)
        signer._lib = lib
        return signer, lib

    return make


def test_protected_authentication_path_logs_in_without_a_pin(
    fake_token: Callable[[int], tuple[Pkcs11Signer, _FakeLib]],
) -> None:
    signer, lib = fake_token(
        PyKCS11.CKF_TOKEN_INITIALIZED | PyKCS11.CKF_PROTECTED_AUTHENTICATION_PATH
    )
    [who] = signer.identities()
    assert who.pinpad
    verify_signature(who.identity.certificate, DOC, signer.sign(who, DOC, None).signature)
    lib.answer = PyKCS11.CKR_FUNCTION_CANCELED
    with pytest.raises(PinEntryCancelled):
        signer.sign(who, DOC, None)
    assert lib.logins == [None, None], "C_Login with a NULL PIN: the reader asks for it"

    plain, plain_lib = fake_token(PyKCS11.CKF_TOKEN_INITIALIZED)
    [typed] = plain.identities()
    assert not typed.pinpad
    with pytest.raises(NoPinPad):
        plain.sign(typed, DOC, None)
    assert plain_lib.logins == []
    plain_lib.answer = PyKCS11.CKR_FUNCTION_CANCELED
    with pytest.raises(PinCancelled) as info:
        plain.sign(typed, DOC, "123456")
    assert type(info.value) is PinCancelled
    assert plain_lib.logins == ["123456"]


# --- PcscTransport's part 10 calls (SCardControl stubbed: no pad reader on the test stack) ---


def test_pcsc_transport_features_and_pad_verify(monkeypatch: pytest.MonkeyPatch) -> None:
    from smartcard import scard
    from smartcard.pcsc.PCSCPart10 import CM_IOCTL_GET_FEATURE_REQUEST

    from app.cards.transport import SCARD_E_NOT_TRANSACTED, PcscTransport

    calls: list[tuple[int, bytes]] = []
    answers = {CM_IOCTL_GET_FEATURE_REQUEST: [0x06, 0x04, 0x42, 0x33, 0x00, 0x06]}

    def control(hcard: int, code: int, data: list[int]) -> tuple[int, list[int]]:
        calls.append((code, bytes(data)))
        if code in answers:
            return scard.SCARD_S_SUCCESS, answers[code]
        if code == 0x42330006:
            return scard.SCARD_S_SUCCESS, [0x63, 0xC1]
        return SCARD_E_NOT_TRANSACTED, []

    monkeypatch.setattr(scard, "SCardControl", control)
    transport = PcscTransport("ACS APG8201 PINhandy", 1, scard.SCARD_PROTOCOL_T1)
    assert transport.features().verify_pin_direct == 0x42330006
    structure = pin_verify_structure(PinVerifyRequest(apdu=VERIFY_TEMPLATE))
    assert transport.verify_pin_direct(structure) == b"\x63\xc1"
    assert calls == [(CM_IOCTL_GET_FEATURE_REQUEST, b""), (0x42330006, structure)]

    answers.clear()  # a reader whose driver does not implement the request
    plain = PcscTransport("Plain reader", 2, scard.SCARD_PROTOCOL_T1)
    assert not plain.features().pinpad
    with pytest.raises(NoPinPad):
        plain.verify_pin_direct(structure)
