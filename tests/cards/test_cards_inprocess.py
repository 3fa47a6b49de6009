"""Identity, signing, PIN handling, the card worker and diagnostics on in-process readers."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.cards import drivers
from app.cards.apdu import ApduProtocol, CommandApdu
from app.cards.cardsigner import CardProtocolSigner
from app.cards.drivers import AtrRule, Driver, driver_for_atr, open_card, read_identity
from app.cards.errors import (
    CardError,
    CardRemoved,
    CertificateExpired,
    NoCard,
    NoReader,
    PinBlocked,
    PinFormatInvalid,
    PinWrong,
    SecurityStatusNotSatisfied,
)
from app.cards.hicos import HicosCard
from app.cards.identity import prechecked
from app.cards.selection import select_signers
from app.cards.service import CardService
from app.cards.signer import Availability, SignerIdentity, SignerKind, SignResult
from app.cards.testcard import EmulatedHicosCard
from app.cards.traffic import TRAFFIC
from app.errors import ErrorCode
from certs.profile import CardKind
from certs.testpki import DemoPKI, training_trust_store
from certs.trust import TrustStore, verify_signature
from sandbox.cardemu.card import ATR, EmulatedCard
from sandbox.cardemu.inprocess import DEFAULT_READER, PINPAD_READER, VirtualReaders

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "申請書 v1".encode()


@pytest.fixture
def store(pki: DemoPKI) -> TrustStore:
    return TrustStore.production() | pki.trust_store()


@pytest.fixture
def readers() -> VirtualReaders:
    return VirtualReaders((DEFAULT_READER, "TCloud Virtual Reader 1"))


def signer_for(readers: VirtualReaders, store: TrustStore) -> CardProtocolSigner:
    return CardProtocolSigner(readers, prepare=lambda i: prechecked(i, store, AT))


@pytest.mark.parametrize(
    ("card_id", "kind", "field", "value"),
    [
        ("moeaca-sme-primary", CardKind.MOEACA, "ubn", "16480894"),
        ("moica-sme-owner", CardKind.MOICA, "id_last4", "6789"),
        ("xca-coop", CardKind.XCA, "org_code", "18302983"),
    ],
)
def test_identity_without_pin(
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    card_id: str,
    kind: CardKind,
    field: str,
    value: str,
) -> None:
    card = make_card(card_id)
    readers.insert(card)
    transport = readers.connect(DEFAULT_READER)
    identity, driver = read_identity(transport)
    assert driver is Driver.EMULATED
    assert identity.kind is kind
    assert getattr(identity, field) == value
    assert identity.card_serial == card.serial
    assert identity.key_size == 2048
    assert len(identity.chain) == 2
    checked = prechecked(identity, store, AT)
    assert checked.usable, checked.problems
    # A production-only store does not trust the sandbox hierarchy; training mode does.
    assert not prechecked(identity, TrustStore.production(), AT).usable
    assert not prechecked(identity, TrustStore.production(), AT).usable
    assert prechecked(identity, training_trust_store(), AT).usable
    assert card.tries_left == 3  # reading cost no PIN try


def test_expired_card_is_flagged_before_any_pin(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moica-expired"))
    signer = signer_for(readers, store)
    [who] = signer.identities()
    assert who.identity.expired
    assert not who.identity.usable
    with pytest.raises(CertificateExpired):
        who.identity.require_usable()


def test_sign_and_pin_outcomes(
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(TRAFFIC)
    card = make_card("moeaca-sme-secondary")  # PIN 654321
    readers.insert(card)
    signer = signer_for(readers, store)
    [who] = signer.identities()
    result = signer.sign(who, DOC, "654321")
    verify_signature(result.certificate, DOC, result.signature)
    assert result.card_serial == card.serial
    assert result.signer is SignerKind.CARD
    assert signer.pin_tries_left(who) == 3

    errors: list[CardError] = []
    for expected in (2, 1):
        with pytest.raises(PinWrong) as info:
            signer.sign(who, DOC, "111111")
        assert info.value.tries_left == expected
        errors.append(info.value)
        assert signer.pin_tries_left(who) == expected
    with pytest.raises(PinBlocked) as blocked:
        signer.sign(who, DOC, "111111")
    errors.append(blocked.value)
    with pytest.raises(PinBlocked):
        signer.sign(who, DOC, "654321")  # even the right PIN: blocked is blocked
    assert signer.pin_tries_left(who) == 0

    # The PIN appears in no log record, no error, no repr.
    for pin in ("654321", "111111"):
        assert pin not in caplog.text
        assert pin.encode().hex() not in caplog.text.replace(" ", "").lower()
        for error in errors:
            assert pin not in str(error)
            assert pin not in repr(error)
        assert pin not in repr(who)
        assert pin not in repr(result)
        assert pin not in repr(signer)
    assert "[body redacted]" in caplog.text


def test_bad_pin_format_sends_nothing(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    card = make_card("moica-sme-owner")
    readers.insert(card)
    signer = signer_for(readers, store)
    [who] = signer.identities()
    for pin in ("12345", "123456789", "12 456", "１２３４５６"):
        with pytest.raises(PinFormatInvalid) as info:
            signer.sign(who, DOC, pin)
        assert pin not in str(info.value)
    assert card.tries_left == 3


def test_card_pulled_in_the_middle_of_signing(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    card = make_card("moica-sme-owner")
    readers.insert(card)
    signer = signer_for(readers, store)
    [who] = signer.identities()

    def pull(command: bytes) -> None:
        if command[1] == 0x2A:
            readers.remove(DEFAULT_READER)

    card.on_command = pull
    with pytest.raises(CardRemoved):
        signer.sign(who, DOC, "123456")
    with pytest.raises(NoCard):
        signer.sign(who, DOC, "123456")


def test_another_card_in_the_reader_is_not_signed_with(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    signer = signer_for(readers, store)
    [who] = signer.identities()
    other = make_card("moica-stranger")
    readers.insert(other)
    with pytest.raises(CardRemoved):
        signer.sign(who, DOC, "123456")
    assert other.tries_left == 3


def test_two_readers_two_cards(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moeaca-sme-primary"), DEFAULT_READER)
    readers.insert(make_card("moica-sme-owner"), "TCloud Virtual Reader 1")
    signer = signer_for(readers, store)
    found = {who.identity.kind: who for who in signer.identities()}
    assert set(found) == {CardKind.MOEACA, CardKind.MOICA}
    for who in found.values():
        result = signer.sign(who, DOC, "123456")
        verify_signature(result.certificate, DOC, result.signature)


def test_card_service_runs_everything_on_one_thread(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    threads: set[str] = set()

    class Recording(CardProtocolSigner):
        def sign(self, who: SignerIdentity, document: bytes, pin: str) -> SignResult:
            threads.add(threading.current_thread().name)
            return super().sign(who, document, pin)

    service = CardService(
        lambda: readers,
        lambda backend, prepare: [Recording(backend, prepare)],
        store=store,
        clock=lambda: AT,
    )
    with service:
        assert service.list_readers().result(5) == [DEFAULT_READER, "TCloud Virtual Reader 1"]
        identity = service.read_identity(DEFAULT_READER).result(5)
        assert identity.usable
        assert identity.holder_name == "王大明"
        [who] = service.identities().result(5)
        futures = [service.sign(who, DOC, "123456") for _ in range(5)]
        for future in futures:
            assert future.result(10).signer is SignerKind.CARD
        with pytest.raises(PinWrong):
            service.sign(who, DOC, "000000").result(5)
        with pytest.raises(NoReader):
            service.read_identity("nowhere").result(5)
        report = service.diagnostics().result(5)
    assert len(threads) == 1
    assert next(iter(threads)).startswith(CardService.THREAD_NAME)
    assert report.service_running
    assert report.backend == "virtual"
    assert report.readers[0].card_serial == identity.card_serial
    assert report.readers[0].driver == Driver.EMULATED
    assert report.as_dict()["choices"][0]["signer"] == "card"
    assert not any(t.name.startswith(CardService.THREAD_NAME) for t in threading.enumerate())
    with pytest.raises(CardError):
        service.list_readers().result(1)


class FakeSigner:
    """A signer that reaches a fixed set of identities (for the selection rules)."""

    def __init__(self, kind: SignerKind, available: bool, whos: list[SignerIdentity]) -> None:
        self.kind = kind
        self._available = available
        self._whos = whos

    def availability(self) -> Availability:
        return Availability(self._available, "up" if self._available else "not installed")

    def identities(self) -> list[SignerIdentity]:
        return [SignerIdentity(self.kind, w.handle, w.identity) for w in self._whos]

    def sign(self, who: SignerIdentity, document: bytes, pin: str) -> SignResult:
        raise AssertionError("not used")

    def pin_tries_left(self, who: SignerIdentity) -> int | None:
        return None


def test_selection_prefers_hipki_then_pkcs11_then_card(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    readers.insert(make_card("moeaca-maker"), "TCloud Virtual Reader 1")
    card_whos = signer_for(readers, store).identities()
    moica = next(w for w in card_whos if w.identity.kind is CardKind.MOICA)
    selection = select_signers(
        [
            FakeSigner(SignerKind.CARD, True, card_whos),
            FakeSigner(SignerKind.PKCS11, True, [moica]),
            FakeSigner(SignerKind.HIPKI, False, card_whos),
        ]
    )
    by_serial = {c.card_serial: c for c in selection.choices}
    assert by_serial[moica.card_serial or ""].signer is SignerKind.PKCS11
    assert "hipki unavailable (not installed)" in by_serial[moica.card_serial or ""].reason
    maker = next(w for w in card_whos if w.identity.kind is CardKind.MOEACA)
    assert by_serial[maker.card_serial or ""].signer is SignerKind.CARD
    assert [r.kind for r in selection.signers] == [
        SignerKind.HIPKI,
        SignerKind.PKCS11,
        SignerKind.CARD,
    ]


def test_atr_table() -> None:
    assert driver_for_atr(ATR) is Driver.EMULATED
    assert driver_for_atr(HICOS_ATR) is Driver.HICOS_G1
    assert driver_for_atr(b"\x3b\x00") is Driver.UNKNOWN


HICOS_ATR = b"\x3b\x7f\x00CHTMOICA\x00"


class HicosLookalike(EmulatedCard):
    """An emulated card answering reset like a real HiCOS card."""

    @property
    def atr(self) -> bytes:
        return HICOS_ATR


def test_the_atr_table_chooses_the_driver_that_talks_to_the_card(
    readers: VirtualReaders, pki: DemoPKI, store: TrustStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    demo = pki.cards["moica-coop-owner"]
    readers.insert(EmulatedCard.from_demo_card(demo), DEFAULT_READER)
    card, driver = open_card(readers.connect(DEFAULT_READER))
    assert driver is Driver.EMULATED
    assert isinstance(card, EmulatedHicosCard)

    lookalike = HicosLookalike.from_demo_card(demo)
    readers.insert(lookalike, DEFAULT_READER)
    card, driver = open_card(readers.connect(DEFAULT_READER))
    assert driver is Driver.HICOS_G1
    assert type(card) is HicosCard  # read-only: no PIN or sign command reaches a real card
    assert read_identity(readers.connect(DEFAULT_READER))[0].card_serial == demo.card_serial
    signer = CardProtocolSigner(readers, lambda i: prechecked(i, store))
    assert signer.identities() == []

    chosen: list[str] = []

    class Recorded(HicosCard):
        def __init__(self, protocol: ApduProtocol) -> None:
            chosen.append(protocol.transport.reader)
            super().__init__(protocol)

    rule = AtrRule(b"CHTMOICA", Driver.HICOS_G1, "HiCOS, recorded", Recorded)
    monkeypatch.setattr(drivers, "ATR_TABLE", (rule,))
    assert read_identity(readers.connect(DEFAULT_READER))[1] is Driver.HICOS_G1
    assert chosen == [DEFAULT_READER]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    offset=st.sampled_from([0x0000, 0x0700, 0x0E00, 0x1500, 0x0E04, 0x0E40]),
    junk=st.binary(min_size=1, max_size=64),
    serial=st.binary(max_size=20),
    corrupt=st.booleans(),
)
def test_hostile_card_contents_give_typed_errors(
    offset: int, junk: bytes, serial: bytes, corrupt: bool
) -> None:
    """Corrupt certificates and serials: reading gives an identity or a CardError, no crash;
    the same card left intact is read."""
    card = EmulatedCard.from_demo_card(DemoPKI.load().cards["moica-sme-owner"])
    if corrupt:
        blob = bytearray(card._files[(0x3F00, 0x08F2)])
        blob[offset : offset + len(junk)] = junk
        card._files[(0x3F00, 0x08F2)] = bytes(blob)
        card._files[(0x3F00, 0x0900, 0x0903)] = serial
    readers = VirtualReaders()
    readers.insert(card)
    if not corrupt:
        identity, _driver = read_identity(readers.connect(DEFAULT_READER))
        assert identity.holder_name
        return
    with contextlib.suppress(CardError):
        read_identity(readers.connect(DEFAULT_READER))


def test_unsupported_card() -> None:
    class Gen2Card(EmulatedCard):
        def process(self, command: bytes) -> bytes:
            return b"\x6e\x00"

    card = Gen2Card.from_demo_card(DemoPKI.load().cards["moica-sme-owner"])
    readers = VirtualReaders()
    readers.insert(card)
    with pytest.raises(CardError) as info:
        read_identity(readers.connect(DEFAULT_READER))
    assert info.value.code == "UNSUPPORTED_CARD"


def test_reading_the_version(make_card: Callable[[str], EmulatedCard]) -> None:
    readers = VirtualReaders()
    readers.insert(make_card("xca-social"))
    card = HicosCard(ApduProtocol(readers.connect(DEFAULT_READER)))
    assert card.version() == "TCLOUD EMU1"
    assert card.serial() == "TX25010100000022"


def test_no_pin_in_logs_at_any_level(
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(1)  # everything, from every logger
    readers.insert(make_card("xca-coop"))
    service = CardService(
        lambda: readers, lambda b, p: [CardProtocolSigner(b, p)], store=store, clock=lambda: AT
    )
    with service:
        [who] = service.identities().result(5)
        service.sign(who, DOC, "123456").result(5)
        with pytest.raises(PinWrong) as info:
            service.sign(who, DOC, "246810").result(5)
    for pin in ("123456", "246810"):
        assert pin not in caplog.text
        assert pin not in repr(info.value)
        assert pin not in str(info.value)
        assert pin.encode().hex() not in caplog.text.replace(" ", "").lower()


def test_extended_apdu_sign_needs_no_get_response(
    make_card: Callable[[str], EmulatedCard],
) -> None:
    readers = VirtualReaders()
    card = make_card("moica-sme-owner")
    readers.insert(card)
    protocol = ApduProtocol(readers.connect(DEFAULT_READER))
    protocol.send(CommandApdu(0x80, 0x20, 0x00, 0x81, b"123456", sensitive=True))
    digest = hashlib.sha256(DOC).digest()
    before = protocol.exchanges
    signature = protocol.send(CommandApdu(0x80, 0x2A, 0x9E, 0x9A, digest, le=256, extended=True))
    assert protocol.exchanges - before == 1
    verify_signature(card.certificate, DOC, signature)
    # Without a new VERIFY the card refuses a second signature.
    with pytest.raises(SecurityStatusNotSatisfied):
        protocol.send(CommandApdu(0x80, 0x2A, 0x9E, 0x9A, digest, le=256))


def test_the_emulated_cards_sign_command_and_its_refusals(
    make_card: Callable[[str], EmulatedCard],
) -> None:
    """sandbox/cardemu/PROTOCOL.md: SIGN 80 2A 9E 9A + digest, Le 00 (256 bytes); 6982
    without a VERIFY, 6983 once the PIN is blocked."""
    readers = VirtualReaders()
    readers.insert(make_card("moeaca-sme-secondary"))  # PIN 654321
    transport = readers.connect(DEFAULT_READER)
    sent: list[bytes] = []
    transmit = transport.transmit

    def recorded(command: bytes) -> bytes:
        sent.append(command)
        return transmit(command)

    transport.transmit = recorded  # type: ignore[method-assign]
    card = EmulatedHicosCard(ApduProtocol(transport))
    digest = hashlib.sha256(DOC).digest()
    with pytest.raises(SecurityStatusNotSatisfied) as refused:
        card.sign_digest(digest)
    assert refused.value.sw == 0x6982
    card.verify_pin("654321")
    assert len(card.sign_digest(digest)) == 256
    signs = [command for command in sent if command[:2] == b"\x80\x2a"]
    assert signs[-1] == bytes.fromhex("802A9E9A20") + digest + b"\x00"
    with pytest.raises(ValueError, match=r"^a SHA-256 digest is 32 bytes$"):
        card.sign_digest(digest[:31])
    for _ in range(3):
        with contextlib.suppress(PinWrong, PinBlocked):
            card.verify_pin("111111")
    with pytest.raises(PinBlocked) as blocked:
        card.sign_digest(digest)
    assert blocked.value.message == "the card's PIN is blocked"


def test_a_card_errors_repr_names_its_type_code_and_message() -> None:
    assert repr(PinWrong(2)) == (
        f"PinWrong(code={ErrorCode.PIN_WRONG!r}, message='wrong PIN, 2 tries left')"
    )


def test_pin_entry_on_the_pad_is_logged_with_the_reader_and_time(
    make_card: Callable[[str], EmulatedCard], caplog: pytest.LogCaptureFixture
) -> None:
    readers = VirtualReaders((), pinpad_readers=(PINPAD_READER,))
    readers.insert(make_card("moeaca-sme-secondary"), PINPAD_READER)  # PIN 654321
    card = EmulatedHicosCard(ApduProtocol(readers.connect(PINPAD_READER)))
    pad = readers.pad(PINPAD_READER)
    assert pad is not None
    caplog.set_level(logging.INFO, logger="app.cards.testcard")

    def type_the_pin() -> None:
        if pad.wait_for_prompt(10):
            pad.enter("654321")

    typist = threading.Thread(target=type_the_pin)
    typist.start()
    card.verify_pin_on_pad(timeout=30)
    typist.join(10)
    assert f"PIN entry on the pad of {PINPAD_READER} (up to 30 s)" in caplog.messages
    assert "654321" not in caplog.text
