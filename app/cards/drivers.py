"""ATR table → card driver, and reading a card's identity through the right driver.

The ATR does not tell card kinds apart (a 工商 card's ATR also says "CHTMOICA"); it only
picks the driver. The kind comes from the certificate issuer (``certs.profile``).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from app.cards.apdu import ApduProtocol
from app.cards.errors import ApduError, UnsupportedCard
from app.cards.hicos import FID_MF, HicosCard
from app.cards.identity import CardIdentity
from app.cards.transport import CardTransport, transaction


class Driver(enum.StrEnum):
    """How we talk to a card."""

    EMULATED = "emulated"  # our sandbox card: HiCOS read-only commands + test PIN/sign
    HICOS_G1 = "hicos-g1"  # first-generation HiCOS: read-only commands only
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class AtrRule:
    """A driver for ATRs containing ``marker`` in their historical bytes."""

    marker: bytes
    driver: Driver
    label: str


ATR_TABLE: tuple[AtrRule, ...] = (
    AtrRule(b"TCLOUDEMU1", Driver.EMULATED, "TCloud emulated HiCOS-style card"),
    AtrRule(b"CHTMOICA", Driver.HICOS_G1, "Chunghwa Telecom HiCOS card"),
)


def driver_for_atr(atr: bytes) -> Driver:
    """The driver the ATR table assigns to ``atr``."""
    for rule in ATR_TABLE:
        if rule.marker in atr:
            return rule.driver
    return Driver.UNKNOWN


def read_identity(transport: CardTransport) -> tuple[CardIdentity, Driver]:
    """Read the card's serial and signing certificate (no PIN) with its driver.

    Cards with an unknown ATR are tried with the read-only HiCOS commands (harmless on
    any card); a card that rejects them is an UnsupportedCard.
    """
    driver = driver_for_atr(transport.atr)
    card = HicosCard(ApduProtocol(transport))
    try:
        # The first APDU outside the transaction: if another program holds the card,
        # it ends in CardInUse after a bounded wait instead of blocking the transaction.
        card.select(FID_MF)
        with transaction(transport):
            return card.read_identity(), driver
    except ApduError as exc:
        raise UnsupportedCard(
            f"card does not answer as a first-generation HiCOS card ({exc.sw:04X})"
        ) from exc
