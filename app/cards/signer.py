"""The one Signer interface behind HiPKI, PKCS#11 and the emulated card's protocol.

A signer lists the identities it can reach and signs a document with PKCS#1 v1.5 over
SHA-256 given the PIN the user just typed, or (``pin=None``) with the PIN the user types
on the reader's own pad when the identity's reader has one. No signer retries a PIN,
keeps it after the call or puts it in an error: the PIN is only an argument.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol

from app.cards.errors import MalformedResponse, NoPinPad, PinFormatInvalid
from app.cards.identity import CardIdentity
from certs.errors import CertificateError
from certs.trust import verify_signature

PIN_MIN_LENGTH = 6
PIN_MAX_LENGTH = 8


class SignerKind(enum.StrEnum):
    """Signer families, in the order the client prefers them."""

    HIPKI = "hipki"
    PKCS11 = "pkcs11"
    CARD = "card"


SIGNER_PREFERENCE: tuple[SignerKind, ...] = (SignerKind.HIPKI, SignerKind.PKCS11, SignerKind.CARD)


@dataclass(frozen=True)
class Availability:
    """Whether a signer can be used at all, and why (not)."""

    available: bool
    reason: str


@dataclass(frozen=True)
class SignerIdentity:
    """A card identity as one signer reaches it; ``handle`` is the signer's own address
    (HiPKI slot description, PKCS#11 slot id, reader name)."""

    signer: SignerKind
    handle: str
    identity: CardIdentity
    pinpad: bool = False
    """True when the PIN is entered on the reader's own keypad (sign with ``pin=None``)."""
    fallback_reason: str | None = None
    """Set when a more preferred signer refused this program (e.g. ``HIPKI_NOT_AUTHORISED``)
    and this signer reaches the card instead: the UI says so."""

    @property
    def card_serial(self) -> str | None:
        """Serial of the card holding the key."""
        return self.identity.card_serial

    def require_signable(self, pin: str | None) -> None:
        """Refuse before any PIN reaches a card: an identity the pre-check marked unusable
        (CertificateExpired, CertificateIssuerUnknown or CertificateProblem), a typed PIN
        of the wrong format, or no PIN where the reader has no PIN pad."""
        self.identity.require_usable()
        if pin is None:
            if not self.pinpad:
                raise NoPinPad("the PIN must be typed: this reader has no PIN pad")
            return
        check_pin_format(pin)

    def signed(
        self, document: bytes, signature: bytes, certificate: bytes | None = None
    ) -> SignResult:
        """The SignResult of ``signature`` after checking it against ``certificate`` (default:
        this identity's); defensive: card modules are known to mishandle output sizes."""
        cert = certificate if certificate is not None else self.identity.certificate
        try:
            verify_signature(cert, document, signature)
        except CertificateError as exc:
            raise MalformedResponse("the card returned a signature that does not verify") from exc
        return SignResult(
            signature=signature,
            certificate=cert,
            chain=self.identity.chain,
            card_serial=self.card_serial,
            signer=self.signer,
        )


@dataclass(frozen=True)
class SignResult:
    """A PKCS#1 v1.5 SHA-256 signature with the certificate and chain that verify it."""

    signature: bytes = field(repr=False)
    certificate: bytes = field(repr=False)
    chain: tuple[bytes, ...] = field(repr=False)
    card_serial: str | None
    signer: SignerKind
    fallback_reason: str | None = None
    """Set when another signer signed because the preferred one refused this program:
    the refusal's error code (e.g. ``HIPKI_NOT_AUTHORISED``), for the UI to say so."""


class Signer(Protocol):
    """A way to make a card sign."""

    kind: SignerKind

    def availability(self) -> Availability:
        """Whether this signer can run here (service up, module found, …)."""
        ...

    def identities(self) -> list[SignerIdentity]:
        """Every card identity this signer can sign with right now."""
        ...

    def sign(self, who: SignerIdentity, document: bytes, pin: str | None) -> SignResult:
        """Sign ``document`` (SHA-256, PKCS#1 v1.5) with ``who``'s key, using ``pin`` once.

        ``pin=None`` means "entered on the reader's pad" (only when ``who.pinpad``).
        """
        ...

    def pin_tries_left(self, who: SignerIdentity) -> int | None:
        """PIN tries left where the source tells, else None. Costs no try."""
        ...


def check_pin_format(pin: str) -> bytes:
    """The PIN as ASCII bytes, or PinFormatInvalid (6–8 letters or digits) before any I/O."""
    if (
        not isinstance(pin, str)
        or not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH
        or not pin.isascii()
        or not pin.isalnum()
    ):
        raise PinFormatInvalid(
            f"the PIN must be {PIN_MIN_LENGTH} to {PIN_MAX_LENGTH} letters or digits"
        )
    return pin.encode("ascii")
