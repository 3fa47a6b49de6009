"""Card-layer benchmark: identity read + sign through our stack vs. a bare pyscard loop.

Both sides talk to the same emulated card through pcscd and vpcd ("Virtual PCD 00 00").
Our side: ``PcscBackend`` + ``read_identity`` + ``CardProtocolSigner.sign`` (connections,
APDU protocol, certificate parsing, signature check included). Bare side: one pyscard
connection sending the very APDUs our side sent, recorded on the card. The ratio of the
medians is the card layer's overhead (target ≤ 1.2×).

Needs a running pcscd with vpcd (``pcscd --foreground``); ``run()`` reports
``available: False`` with the reason otherwise. ``python -m bench.cards_bench`` prints the
measurements as JSON.
"""

from __future__ import annotations

import json
import statistics
import time
from typing import Any

ROUNDS = 30
READER_SLOT = 0
DOCUMENT = b"benchmark document"


def _stack_available(reader: str) -> str | None:
    from smartcard import scard

    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if hresult != scard.SCARD_S_SUCCESS:
        return "pcscd is not running"
    try:
        hresult, readers = scard.SCardListReaders(context, [])
        if hresult != scard.SCARD_S_SUCCESS or reader not in readers:
            return f"pcscd lists no reader {reader!r} (vsmartcard-vpcd missing?)"
        return None
    finally:
        scard.SCardReleaseContext(context)


def _wait_present(reader: str, present: bool, timeout: float = 5.0) -> None:
    from smartcard import scard

    _, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    try:
        state = scard.SCARD_STATE_UNAWARE
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            hresult, states = scard.SCardGetStatusChange(context, 200, [(reader, state)])
            if hresult == scard.SCARD_S_SUCCESS:
                state = states[0][1] & ~scard.SCARD_STATE_CHANGED
                if bool(state & scard.SCARD_STATE_PRESENT) == present:
                    return
        raise RuntimeError(f"card presence in {reader} did not become {present}")
    finally:
        scard.SCardReleaseContext(context)


def run() -> dict[str, Any]:
    """Measure both sides; returns medians (ms), the ratio and the APDU count."""
    from smartcard.System import readers as pyscard_readers

    from app.cards.affinity import card_thread
    from app.cards.cardsigner import CardProtocolSigner
    from app.cards.drivers import read_identity
    from app.cards.signer import SignerIdentity
    from app.cards.transport import PcscBackend
    from certs.testpki import DemoPKI
    from sandbox.cardemu.card import EmulatedCard
    from sandbox.cardemu.vpcd import VpcdLink, vpcd_reader_name

    reader = vpcd_reader_name(READER_SLOT)
    problem = _stack_available(reader)
    if problem is not None:
        return {"available": False, "reason": problem}

    demo = DemoPKI.load().cards["moica-sme-owner"]
    card = EmulatedCard.from_demo_card(demo)
    recorded: list[bytes] = []
    link = VpcdLink(card, READER_SLOT)
    link.insert()
    try:
        _wait_present(reader, True)
        backend = PcscBackend()
        signer = CardProtocolSigner(backend)

        def ours() -> None:
            # this loop stands in for the card service's thread (no thread hop measured)
            with card_thread():
                transport = backend.connect(reader)
                try:
                    identity, _driver = read_identity(transport)
                finally:
                    transport.close()
                signer.sign(SignerIdentity(signer.kind, reader, identity), DOCUMENT, demo.pin)

        card.on_command = recorded.append
        ours()  # warm-up, and the APDU script for the bare loop
        card.on_command = None
        script = list(recorded)

        connection_reader = next(r for r in pyscard_readers() if str(r) == reader)

        def bare() -> None:
            connection = connection_reader.createConnection()
            connection.connect()
            try:
                for apdu in script:
                    connection.transmit(list(apdu))
            finally:
                connection.disconnect()

        bare()
        ours_times: list[float] = []
        bare_times: list[float] = []
        for _ in range(ROUNDS):
            started = time.perf_counter()
            ours()
            ours_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare()
            bare_times.append(time.perf_counter() - started)
        backend.close()
    finally:
        link.remove()
    ours_ms = statistics.median(ours_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    return {
        "available": True,
        "rounds": ROUNDS,
        "apdus": len(script),
        "ours_ms_median": round(ours_ms, 3),
        "bare_pyscard_ms_median": round(bare_ms, 3),
        "ratio": round(ours_ms / bare_ms, 3),
        "target_ratio": 1.2,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
