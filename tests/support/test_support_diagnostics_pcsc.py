"""Diagnostics on the real PC/SC stack: pcscd + vpcd readers + an emulated card.

Under scripts/run_tests.py (TCLOUD_TEST_STACK=1) a missing stack fails these tests;
elsewhere they are skipped with the reason.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator

import pytest

from app.cards.affinity import CARD_THREAD_NAME, card_thread
from app.cards.errors import CardError
from app.cards.transport import PcscBackend
from app.support.diagnostics import collect
from app.support.probes import default_probes
from certs.testpki import DemoPKI, training_trust_store
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.vpcd import VpcdLink, vpcd_reader_name, wait_for_service

pytestmark = pytest.mark.pcsc

VPCD_READERS = (vpcd_reader_name(0), vpcd_reader_name(1))
SLOT = 1


def _stack_readers() -> list[str]:
    backend = PcscBackend()
    with card_thread():
        try:
            return backend.list_readers()
        except CardError:
            return []
        finally:
            backend.close()


@pytest.fixture(scope="module")
def stack() -> list[str]:
    readers = _stack_readers()
    if not all(r in readers for r in VPCD_READERS):
        reason = "pcscd with the vpcd readers is not running"
        if os.environ.get("TCLOUD_TEST_STACK") == "1":
            pytest.fail(f"test stack incomplete: {reason}")
        pytest.skip(reason)
    return readers


def _card_in(reader: str) -> bool:
    backend = PcscBackend()
    with card_thread():
        try:
            backend.connect(reader).close()
        except CardError:
            return False
        finally:
            backend.close()
    return True


@pytest.fixture
def inserted_card(stack: list[str]) -> Iterator[VpcdLink]:
    card = EmulatedCard.from_demo_card(DemoPKI.load().cards["moica-coop-owner"])
    link = VpcdLink(card, SLOT)
    link.insert()
    deadline = time.monotonic() + 5
    while not _card_in(link.reader) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _card_in(link.reader), f"the emulated card did not come into {link.reader}"
    yield link
    link.remove()
    # vpcd sees a card leave only at pcscd's next poll; a card put back before then is
    # missed, so the next test's card would never arrive
    assert wait_for_service(link.reader, present=False), "pcscd missed the removal"


def test_vpcd_readers_appear_in_the_report(stack: list[str]) -> None:
    report = collect(default_probes())
    names = [r.name for r in report.readers]
    for reader in VPCD_READERS:
        assert reader in names
    assert all(r.virtual for r in report.readers if r.name in VPCD_READERS)
    assert report.system is not None
    assert report.system.smartcard_service.state in ("running", "on_demand")
    assert "smartcard_service_stopped" not in [p.code for p in report.problems]


def test_inserted_card_shows_atr_and_masked_identity(inserted_card: VpcdLink) -> None:
    report = collect(default_probes(training=True, trust_store=training_trust_store))
    reader = next(r for r in report.readers if r.name == inserted_card.reader)
    assert reader.card_present is True
    assert reader.connect == "ok"
    assert reader.atr == inserted_card.card.atr.hex(" ").upper()
    card = next(c for c in report.cards if c.reader == inserted_card.reader)
    assert card.kind == "moica"
    assert card.holder == "林○明"
    assert card.serial == "TP**********0013"
    assert card.days_to_expiry is not None
    assert card.days_to_expiry > 0
    card_signer = next(s for s in report.signers if s.name == "card")
    assert card_signer.available
    assert "TP**********0013" in card_signer.chosen_for
    assert "林志明" not in report.to_json()
    assert "TP25010100000013" not in report.to_json()


def test_the_report_asks_the_card_service_on_its_thread(
    inserted_card: VpcdLink, pcsc_contexts: list[str]
) -> None:
    """Readers, features, cards and signers: one PC/SC context, on the card thread."""
    report = collect(default_probes(training=True, trust_store=training_trust_store))
    reader = next(r for r in report.readers if r.name == inserted_card.reader)
    assert reader.card_present is True
    assert reader.features == []  # vpcd answers no part 10 feature request
    assert any(c.reader == inserted_card.reader for c in report.cards)
    assert any(s.name == "card" and s.available for s in report.signers)
    assert len(pcsc_contexts) == 1
    assert pcsc_contexts[0].startswith(CARD_THREAD_NAME)
