"""ATR table → card driver, and reading a card's identity through the driver it chooses.

Each ATR rule names the constructor of its driver's card class (libelectronic-id's
ATR → constructor map is the model): the emulated card gets the class that also speaks
its PIN and sign commands, a real HiCOS card the read-only one. The ATR does not tell
card kinds apart (a 工商 card's ATR also says "CHTMOICA"); the kind comes from the
certificate issuer (``certs.profile``).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from app.cards.apdu import ApduProtocol
from app.cards.errors import ApduError, UnsupportedCard
from app.cards.hicos import FID_MF, HicosCard
from app.cards.identity import CardIdentity
from app.cards.testcard import EmulatedHicosCard
from app.cards.transport import CardTransport, transaction


class Driver(enum.StrEnum):
    """How we talk to a card."""

    EMULATED = "emulated"  # our sandbox card: HiCOS read-only commands + test PIN/sign
    HICOS_G1 = "hicos-g1"  # first-generation HiCOS: read-only commands only
    UNKNOWN = "unknown"


CardConstructor = Callable[[ApduProtocol], HicosCard]


@dataclass(frozen=True)
class AtrRule:
    """The driver for ATRs containing ``marker`` in their historical bytes."""

    marker: bytes
    driver: Driver
    label: str
    card: CardConstructor
    """Builds the driver's card object on a connection."""


ATR_TABLE: tuple[AtrRule, ...] = (
    AtrRule(b"TCLOUDEMU1", Driver.EMULATED, "TCloud emulated HiCOS-style card", EmulatedHicosCard),
    AtrRule(b"CHTMOICA", Driver.HICOS_G1, "Chunghwa Telecom HiCOS card", HicosCard),
)

UNKNOWN_CARD: CardConstructor = HicosCard
"""Cards no rule matches are tried with the read-only HiCOS commands (harmless on any card)."""


def rule_for_atr(atr: bytes) -> AtrRule | None:
    """The ATR table's rule for ``atr`` (None: no rule matches)."""
    return next((rule for rule in ATR_TABLE if rule.marker in atr), None)


def driver_for_atr(atr: bytes) -> Driver:
    """The driver the ATR table assigns to ``atr``."""
    rule = rule_for_atr(atr)
    return rule.driver if rule is not None else Driver.UNKNOWN


def open_card(transport: CardTransport) -> tuple[HicosCard, Driver]:
    """The card object the ATR table's driver builds on ``transport``, and that driver."""
    rule = rule_for_atr(transport.atr)
    protocol = ApduProtocol(transport)
    if rule is None:
        return UNKNOWN_CARD(protocol), Driver.UNKNOWN
    return rule.card(protocol), rule.driver


def identify(card: HicosCard) -> CardIdentity:
    """Read the card's serial and signing certificate (no PIN); a card that rejects the
    HiCOS read commands is an UnsupportedCard."""
    try:
        # The first APDU outside the transaction: if another program holds the card,
        # it ends in CardInUse after a bounded wait instead of blocking the transaction.
        card.select(FID_MF)
        with transaction(card.protocol.transport):
            return card.read_identity()
    except ApduError as exc:
        raise UnsupportedCard(
            f"card does not answer as a first-generation HiCOS card ({exc.sw:04X})"
        ) from exc


def read_identity(transport: CardTransport) -> tuple[CardIdentity, Driver]:
    """The identity of the card in ``transport``, read by the driver its ATR chooses."""
    card, driver = open_card(transport)
    return identify(card), driver
