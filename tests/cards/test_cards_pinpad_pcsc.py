"""On the real pcscd + vpcd stack the vpcd reader reports no PIN pad: the PIN is typed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from app.cards.cardsigner import CardProtocolSigner
from app.cards.errors import NoPinPad
from app.cards.identity import prechecked
from app.cards.transport import PcscBackend
from certs.testpki import DemoPKI
from certs.trust import TrustStore, verify_signature
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.vpcd import VpcdLink

pytestmark = pytest.mark.pcsc

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "附表2 授權書".encode()


def test_the_vpcd_reader_has_no_pin_pad(
    vpcd: Callable[[EmulatedCard, int], VpcdLink],
    make_card: Callable[[str], EmulatedCard],
    pki: DemoPKI,
) -> None:
    card = make_card("moeaca-sme-primary")
    link = vpcd(card, 1)
    backend = PcscBackend(busy_timeout=2.0)
    try:
        transport = backend.connect(link.reader)
        try:
            features = transport.features()  # SCardControl(GET_FEATURE_REQUEST) on pcscd
        finally:
            transport.close()
        assert not features.pinpad
        assert features.verify_pin_direct is None

        store = TrustStore.production() | pki.trust_store()
        signer = CardProtocolSigner(backend, prepare=lambda i: prechecked(i, store, AT))
        [who] = [w for w in signer.identities() if w.handle == link.reader]
        assert not who.pinpad, "the UI opens the keyboard PIN dialog for this reader"
        with pytest.raises(NoPinPad):
            signer.sign(who, DOC, None)
        assert card.tries_left == 3
        result = signer.sign(who, DOC, "123456")
        verify_signature(result.certificate, DOC, result.signature)
    finally:
        backend.close()
