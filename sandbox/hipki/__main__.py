"""Run the fake HiPKI LocalSignServer with demo cards, for training and manual tests.

``python -m sandbox.hipki --port 61161 --card moica-sme-owner --card moeaca-sme-primary``
puts each demo card (``certs.testpki``) into its own virtual reader and serves until
interrupted.
"""

from __future__ import annotations

import argparse
import contextlib
import signal
import threading

from certs.testpki import DemoPKI
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import VirtualReaders
from sandbox.hipki.server import FakeHiPki


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, start the server, wait for Ctrl+C or SIGTERM."""
    parser = argparse.ArgumentParser(prog="python -m sandbox.hipki", description=__doc__)
    parser.add_argument("--port", type=int, default=61161, help="TCP port on 127.0.0.1")
    parser.add_argument(
        "--card",
        action="append",
        default=[],
        help="demo card id to insert (repeatable; default moica-sme-owner)",
    )
    args = parser.parse_args(argv)
    pki = DemoPKI.load()
    card_ids = args.card or ["moica-sme-owner"]
    unknown = [c for c in card_ids if c not in pki.cards]
    if unknown:
        parser.error(f"unknown demo card(s): {', '.join(unknown)}; known: {', '.join(pki.cards)}")
    names = tuple(f"TCloud Virtual Reader {i}" for i in range(len(card_ids)))
    readers = VirtualReaders(names)
    for name, card_id in zip(names, card_ids, strict=True):
        readers.insert(EmulatedCard.from_demo_card(pki.cards[card_id]), name)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with FakeHiPki(readers.slots, port=args.port) as server:
        print(f"fake HiPKI at {server.url} with {', '.join(card_ids)}", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
