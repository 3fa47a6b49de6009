"""The wizard with cards through the real PC/SC stack: pcscd, the vpcd readers, pyscard.

scripts/run_tests.py starts pcscd with the vpcd driver and sets TCLOUD_TEST_STACK=1; then a
missing stack fails these tests. Elsewhere they skip with the reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.vpcd import VpcdLink, vpcd_reader_name, wait_for_service
from sandbox.world import DEMO_APPLICANTS
from ui.card_context import CardContext

pytestmark = pytest.mark.pcsc

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
INS_SIGN = 0x2A


@pytest.fixture
def vpcd_card() -> Iterator[Callable[[str], VpcdLink]]:
    """Insert a demo card into vpcd reader 0; removed after the test."""
    links: list[VpcdLink] = []

    def insert(card_id: str) -> VpcdLink:
        link = VpcdLink(EmulatedCard.from_demo_card(DemoPKI.load().cards[card_id]), 0)
        link.insert()
        links.append(link)
        return link

    yield insert
    for link in links:
        link.remove()
    assert wait_for_service(vpcd_reader_name(0), present=False), "pcscd missed a removal"


@pytest.fixture
def pcsc_wizard(make_wizard: Any, pcsc_context: CardContext) -> Any:
    """A wizard whose cards come from pcscd."""
    return make_wizard(cards=pcsc_context)


def test_card_insert_and_remove_show_within_half_a_second(
    pcsc_wizard: Any, vpcd_card: Callable[[str], VpcdLink]
) -> None:
    driver = pcsc_wizard
    driver.choose(SME.ubn, "moeaca_card")
    panel = driver.wizard.card_panel
    reader = vpcd_reader_name(0)
    driver.qtbot.waitUntil(lambda: reader in panel.reader_label.text(), timeout=10000)
    started = time.monotonic()
    link = vpcd_card("moeaca-sme-primary")
    driver.qtbot.waitUntil(lambda: "已插入卡片" in panel.reader_label.text(), timeout=5000)
    assert time.monotonic() - started < 0.5
    driver.wait_card()
    started = time.monotonic()
    link.remove()
    driver.qtbot.waitUntil(lambda: panel.current is None, timeout=5000)
    assert time.monotonic() - started < 0.5


def test_login_and_sign_through_pcscd_with_a_card_pulled_mid_sign(
    pcsc_wizard: Any, vpcd_card: Callable[[str], VpcdLink]
) -> None:
    driver = pcsc_wizard
    page = driver.choose(SME.ubn, "moeaca_card")
    link = vpcd_card("moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("000000")
    driver.qtbot.waitUntil(
        lambda: (
            driver.wizard.card_panel.pin_dialog is not None
            and driver.wizard.card_panel.pin_dialog.tries_left == 2
        ),
        timeout=20000,
    )
    driver.enter_pin("123456")
    auth = driver.wait_page("authorizations", timeout=30000)
    auth.agree.setChecked(True)
    link.card.on_command = lambda apdu: link.pull_now() if apdu[1] == INS_SIGN else None
    driver.sign("123456")
    driver.qtbot.waitUntil(
        lambda: auth.errors.code in ("CARD_REMOVED", "TRANSACTION_FAILED"), timeout=20000
    )
    assert auth.agree.isChecked()
    link.remove()
    vpcd_card("moeaca-sme-primary")
    driver.wait_card()
    # Signed at once after a re-insert faster than pcscd polls the reader.
    auth.errors.clear()
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not auth or bool(auth.errors.code), timeout=30000)
    assert driver.page is not auth, auth.errors.code
