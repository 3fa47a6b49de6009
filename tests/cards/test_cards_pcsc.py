"""The real stack: pcscd + vpcd + emulated cards over TCP, driven through pyscard."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime

import pytest
from cards_helpers import wait_until
from smartcard import scard

from app.cards.cardsigner import CardProtocolSigner
from app.cards.drivers import Driver, read_identity
from app.cards.errors import (
    CardError,
    CardInUse,
    CardRemoved,
    NoCard,
    NoReader,
    PinBlocked,
    PinWrong,
)
from app.cards.identity import prechecked
from app.cards.monitor import CardEvent, CardMonitor, EventKind
from app.cards.service import CardService
from app.cards.signer import SignerKind
from app.cards.transport import PcscBackend
from certs.testpki import DemoPKI
from certs.trust import TrustStore, verify_signature
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.vpcd import VpcdLink, service_reports_card, vpcd_reader_name

pytestmark = pytest.mark.pcsc

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = b"points application 2026"
READER0 = vpcd_reader_name(0)
READER1 = vpcd_reader_name(1)

Insert = Callable[[EmulatedCard, int], VpcdLink]


@pytest.fixture
def backend() -> Iterator[PcscBackend]:
    backend = PcscBackend(busy_timeout=1.0)
    yield backend
    backend.close()


@pytest.fixture
def signer(backend: PcscBackend, pki: DemoPKI) -> CardProtocolSigner:
    store = TrustStore.production() | pki.trust_store()
    return CardProtocolSigner(backend, prepare=lambda i: prechecked(i, store, AT))


def test_readers_are_listed(backend: PcscBackend, pcsc_readers: list[str]) -> None:
    assert {READER0, READER1} <= set(backend.list_readers())
    with pytest.raises(NoReader):
        backend.connect("No Such Reader 00 00")


def test_identity_read_over_pcsc(
    backend: PcscBackend, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    card = make_card("moeaca-sme-primary")
    vpcd(card, 0)
    transport = backend.connect(READER0)
    try:
        identity, driver = read_identity(transport)
    finally:
        transport.close()
    assert driver is Driver.EMULATED
    assert (identity.ubn, identity.card_serial) == ("16480894", card.serial)
    assert identity.holder_name == "雲端示範股份有限公司（測試）"


def test_sign_wrong_pin_and_blocked_over_pcsc(
    signer: CardProtocolSigner, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    card = make_card("moica-tax-owner")
    vpcd(card, 0)
    [who] = [w for w in signer.identities() if w.handle == READER0]
    result = signer.sign(who, DOC, "123456")
    verify_signature(result.certificate, DOC, result.signature)
    assert result.signer is SignerKind.CARD
    with pytest.raises(PinWrong) as first:
        signer.sign(who, DOC, "999999")
    assert first.value.tries_left == 2
    assert signer.pin_tries_left(who) == 2
    with pytest.raises(PinWrong) as second:
        signer.sign(who, DOC, "999999")
    assert second.value.tries_left == 1
    with pytest.raises(PinBlocked):
        signer.sign(who, DOC, "999999")
    with pytest.raises(PinBlocked):
        signer.sign(who, DOC, "123456")


def test_card_pulled_in_the_middle_of_signing(
    signer: CardProtocolSigner, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    card = make_card("moica-sme-owner")
    link = vpcd(card, 0)
    [who] = [w for w in signer.identities() if w.handle == READER0]

    def pull(command: bytes) -> None:
        if command[1] == 0x2A:
            link.pull_now()

    card.on_command = pull
    with pytest.raises(CardRemoved):
        signer.sign(who, DOC, "123456")
    assert wait_until(lambda: not service_reports_card(READER0))
    with pytest.raises(NoCard):
        signer.sign(who, DOC, "123456")


def test_card_held_exclusively_by_another_program(
    backend: PcscBackend, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    vpcd(make_card("xca-coop"), 0)
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hresult == scard.SCARD_S_SUCCESS
    hresult, hcard, _ = scard.SCardConnect(
        context, READER0, scard.SCARD_SHARE_EXCLUSIVE, scard.SCARD_PROTOCOL_T1
    )
    assert hresult == scard.SCARD_S_SUCCESS
    try:
        with pytest.raises(CardInUse) as info:
            backend.connect(READER0)
        assert info.value.code == "CARD_IN_USE"
    finally:
        scard.SCardDisconnect(hcard, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
    backend.connect(READER0).close()  # free again


def test_card_locked_in_another_programs_transaction(
    backend: PcscBackend, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    vpcd(make_card("xca-coop"), 0)
    transport = backend.connect(READER0)
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    hresult, hcard, _ = scard.SCardConnect(
        context, READER0, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T1
    )
    assert hresult == scard.SCARD_S_SUCCESS
    assert scard.SCardBeginTransaction(hcard) == scard.SCARD_S_SUCCESS
    try:
        started = time.monotonic()
        with pytest.raises(CardInUse):
            transport.transmit(bytes.fromhex("80A40000023F00"))
        assert 0.9 < time.monotonic() - started < 5
    finally:
        scard.SCardEndTransaction(hcard, scard.SCARD_LEAVE_CARD)
        scard.SCardDisconnect(hcard, scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(context)
        transport.close()
    # Shared access: both our connection and another program's work side by side.
    again = backend.connect(READER0)
    other_ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)[1]
    other = scard.SCardConnect(
        other_ctx, READER0, scard.SCARD_SHARE_SHARED, scard.SCARD_PROTOCOL_T1
    )
    try:
        assert other[0] == scard.SCARD_S_SUCCESS
        assert again.transmit(bytes.fromhex("80A40000023F00"))[-2:] == b"\x90\x00"
    finally:
        scard.SCardDisconnect(other[1], scard.SCARD_LEAVE_CARD)
        scard.SCardReleaseContext(other_ctx)
        again.close()


def test_two_readers_two_cards(
    signer: CardProtocolSigner, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    vpcd(make_card("moeaca-maker"), 0)
    vpcd(make_card("moica-coop-owner"), 1)
    found = {w.handle: w for w in signer.identities()}
    assert found[READER0].identity.ubn == "81924865"
    assert found[READER1].identity.id_last4 == "7864"
    for who in found.values():
        result = signer.sign(who, DOC, "123456")
        verify_signature(result.certificate, DOC, result.signature)


SERVICE_SEES = 15.0
"""Seconds pcscd may take to see a card come or go: it polls vpcd every few hundred
milliseconds, but on a loaded machine (a clean-clone run beside other test runs) one
re-insertion took longer than the default 5 s to be seen."""


def test_fast_remove_and_insert_reconnects(
    backend: PcscBackend, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    card = make_card("moica-social-owner")
    link = vpcd(card, 0)
    for _ in range(3):
        link.remove()
        assert wait_until(lambda: not service_reports_card(READER0), timeout=SERVICE_SEES)
        link.insert()
        assert wait_until(lambda: service_reports_card(READER0), timeout=SERVICE_SEES)
        # Connect at once: the card may not be powered yet (one retry inside connect).
        transport = backend.connect(READER0)
        try:
            identity, _driver = read_identity(transport)
        finally:
            transport.close()
        assert identity.id_last4 == "8829"


def test_card_swapped_faster_than_the_service_polls(
    backend: PcscBackend, vpcd: Insert, make_card: Callable[[str], EmulatedCard]
) -> None:
    first = vpcd(make_card("moeaca-sme-primary"), 0)
    transport = backend.connect(READER0)
    try:
        assert read_identity(transport)[0].ubn == "16480894"
    finally:
        transport.close()
    # Out and in again before pcscd polls the reader: the service still holds the first
    # card's session, so the first APDU to the new card fails until the card is reset.
    first.remove()
    vpcd(make_card("moica-social-owner"), 0)
    transport = backend.connect(READER0)
    try:
        identity, _driver = read_identity(transport)
    finally:
        transport.close()
    assert identity.id_last4 == "8829"


def test_card_service_over_pcsc(
    vpcd: Insert, make_card: Callable[[str], EmulatedCard], pki: DemoPKI
) -> None:
    vpcd(make_card("moica-stranger"), 1)
    store = TrustStore.production() | pki.trust_store()
    service = CardService(
        lambda: PcscBackend(busy_timeout=2.0),
        lambda backend, prepare: [CardProtocolSigner(backend, prepare)],
        store=store,
        clock=lambda: AT,
    )
    with service:
        identity = service.read_identity(READER1).result(10)
        assert identity.holder_name == "張志強"
        assert identity.usable
        with pytest.raises(NoCard):
            service.read_identity(READER0).result(10)
        [who] = service.identities().result(10)
        assert service.sign(who, DOC, "123456").result(10).card_serial == identity.card_serial
        report = service.diagnostics().result(10)
    assert report.backend == "pcsc"
    assert report.service_running
    by_reader = {r.reader: r for r in report.readers}
    assert by_reader[READER1].card_serial == identity.card_serial
    assert not by_reader[READER0].card_present
    assert not [t for t in threading.enumerate() if t.name.startswith(("card-io", "pcsc-"))]


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[float, CardEvent]] = []
        self.lock = threading.Lock()

    def __call__(self, event: CardEvent) -> None:
        with self.lock:
            self.events.append((time.monotonic(), event))

    def first(self, kind: EventKind, reader: str, after: float) -> float | None:
        with self.lock:
            for at, event in self.events:
                if event.kind is kind and event.reader == reader and at >= after:
                    return at - after
        return None


def test_monitor_reports_within_half_a_second_and_stops_cleanly(
    pcsc_readers: list[str], make_card: Callable[[str], EmulatedCard]
) -> None:
    recorder = Recorder()
    monitor = CardMonitor(recorder)
    monitor.start()
    link = VpcdLink(make_card("moica-sme-owner"), 0)
    try:
        assert wait_until(lambda: recorder.first(EventKind.READER_ADDED, READER0, 0) is not None)
        for _ in range(2):
            started = time.monotonic()
            link.insert()
            assert wait_until(
                lambda s=started: recorder.first(EventKind.CARD_INSERTED, READER0, s) is not None
            )
            inserted = recorder.first(EventKind.CARD_INSERTED, READER0, started)
            assert inserted is not None
            assert inserted < 0.5, f"insertion reported after {inserted:.3f} s"
            atr = next(e.atr for _, e in recorder.events if e.kind is EventKind.CARD_INSERTED)
            assert atr == link.card.atr
            started = time.monotonic()
            link.remove()
            assert wait_until(
                lambda s=started: recorder.first(EventKind.CARD_REMOVED, READER0, s) is not None
            )
            removed = recorder.first(EventKind.CARD_REMOVED, READER0, started)
            assert removed is not None
            assert removed < 0.5, f"removal reported after {removed:.3f} s"
        assert monitor.snapshot()[READER0].present is False
    finally:
        link.remove()
        started = time.monotonic()
        monitor.stop()
    assert time.monotonic() - started < 1.0  # SCardCancel wakes the blocked wait
    assert not monitor.running
    assert "card-monitor" not in [t.name for t in threading.enumerate()]


def test_monitor_does_not_busy_poll(pcsc_readers: list[str]) -> None:
    """With nothing happening the monitor thread sleeps in SCardGetStatusChange."""
    monitor = CardMonitor(lambda _event: None)
    monitor.start()
    try:
        time.sleep(0.3)
        thread = next(t for t in threading.enumerate() if t.name == "card-monitor")
        assert thread.native_id is not None
        with open(f"/proc/self/task/{thread.native_id}/stat") as stat:
            before = sum(int(x) for x in stat.read().split(")")[1].split()[11:13])
        time.sleep(1.0)
        with open(f"/proc/self/task/{thread.native_id}/stat") as stat:
            after = sum(int(x) for x in stat.read().split(")")[1].split()[11:13])
        assert after - before <= 2  # clock ticks (1/100 s): no spinning
    finally:
        monitor.stop()


def test_errors_never_escape_untyped(backend: PcscBackend, pcsc_readers: list[str]) -> None:
    with pytest.raises(CardError):
        backend.connect(READER1 + " missing")
