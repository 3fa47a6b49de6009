"""Card-layer fixtures: demo cards, the real pcscd + vpcd stack, SoftHSM2.

With ``TCLOUD_TEST_STACK=1`` (set by scripts/run_tests.py) a missing pcscd or SoftHSM2 is
a test failure; elsewhere those tests skip with the reason.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cards_helpers import SOFTHSM_MODULE, missing, wait_until

from app.cards.affinity import card_thread
from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.vpcd import VpcdLink, service_readers, service_reports_card, vpcd_reader_name


@pytest.fixture(autouse=True)
def on_the_card_thread() -> Iterator[None]:
    """Card-layer tests drive one component directly: the test's own thread stands in for
    CardService's card thread (a thread the test starts is not a card thread)."""
    with card_thread():
        yield


@pytest.fixture(scope="session")
def pki() -> DemoPKI:
    """The demo test hierarchy and its cards."""
    return DemoPKI.load()


@pytest.fixture
def make_card(pki: DemoPKI) -> Callable[[str], EmulatedCard]:
    """A fresh emulated card (full PIN tries) for a demo card id."""
    return lambda card_id: EmulatedCard.from_demo_card(pki.cards[card_id])


@pytest.fixture(scope="session")
def pcsc_readers() -> list[str]:
    """The vpcd readers of a running pcscd (fails or skips without the stack)."""
    readers = [r for r in service_readers() if r.startswith("Virtual PCD")]
    if vpcd_reader_name(0) not in readers or vpcd_reader_name(1) not in readers:
        missing("pcscd with the vpcd readers is not running (start `pcscd --foreground`)")
    return readers


@pytest.fixture
def vpcd(pcsc_readers: list[str]) -> Iterator[Callable[[EmulatedCard, int], VpcdLink]]:
    """Insert emulated cards into vpcd readers; every card is removed after the test."""
    links: list[VpcdLink] = []

    def insert(card: EmulatedCard, slot: int = 0) -> VpcdLink:
        link = VpcdLink(card, slot)
        link.insert()
        links.append(link)
        assert wait_until(lambda: service_reports_card(link.reader)), "pcscd did not see the card"
        return link

    yield insert
    for link in links:
        link.remove()
    for link in links:
        wait_until(lambda link=link: not service_reports_card(link.reader))


@pytest.fixture(scope="session")
def softhsm_conf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private SoftHSM2 configuration (token folder in a temp dir) for this session."""
    if not Path(SOFTHSM_MODULE).is_file() or shutil.which("softhsm2-util") is None:
        missing("SoftHSM2 is not installed (Debian package softhsm2)")
    folder = tmp_path_factory.mktemp("softhsm")
    tokens = folder / "tokens"
    tokens.mkdir()
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    return conf
