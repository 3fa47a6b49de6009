"""Pick the best signer per card (HiPKI > PKCS#11 > emulated protocol) and report why.

The diagnostics report is plain data (``as_dict`` gives JSON-ready values) for the
support bundle and the helpdesk: service state, readers with ATR and driver, every signer
with its availability and reason, and the choice made for each card.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from app.cards.apdu import ApduProtocol
from app.cards.drivers import driver_for_atr
from app.cards.errors import CardError, HiPkiNotAuthorised
from app.cards.hicos import HicosCard
from app.cards.signer import (
    SIGNER_PREFERENCE,
    Availability,
    Signer,
    SignerIdentity,
    SignerKind,
)
from app.cards.transport import ReaderBackend


@dataclass(frozen=True)
class SignerReport:
    """One signer: can it run and why (not), which cards it reaches."""

    kind: SignerKind
    availability: Availability
    card_serials: tuple[str, ...] = ()
    error: str | None = None
    skipped: tuple[str, ...] = ()
    """Objects or tokens this signer could not use, each with the reason (e.g. an EC
    key, a certificate it cannot read): reported, never hiding the others."""


@dataclass(frozen=True)
class SignerChoice:
    """The signer chosen for one card, and why."""

    card_serial: str
    signer: SignerKind
    handle: str
    reason: str


@dataclass(frozen=True)
class ReaderReport:
    """One reader: card presence, ATR, driver, serial (or the error met reading it)."""

    reader: str
    card_present: bool
    atr: str = ""
    driver: str = ""
    card_serial: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Selection:
    """Chosen signer identity per card serial, with the reports that explain it."""

    chosen: dict[str, SignerIdentity]
    signers: tuple[SignerReport, ...]
    choices: tuple[SignerChoice, ...]


@dataclass(frozen=True)
class DiagnosticsReport:
    """Everything the helpdesk needs to know about cards on this PC."""

    backend: str
    service_running: bool
    service_error: str | None
    readers: tuple[ReaderReport, ...] = field(default=())
    signers: tuple[SignerReport, ...] = field(default=())
    choices: tuple[SignerChoice, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form of the report."""
        return asdict(self)


def _card_key(who: SignerIdentity) -> str:
    return who.card_serial or f"sha256:{who.identity.fingerprint_sha256}"


def select_signers(signers: Sequence[Signer]) -> Selection:
    """For every card any signer reaches, the most preferred signer that reaches it."""
    ordered = sorted(signers, key=lambda s: SIGNER_PREFERENCE.index(s.kind))
    chosen: dict[str, SignerIdentity] = {}
    reports: list[SignerReport] = []
    choices: list[SignerChoice] = []
    skipped: list[str] = []
    refusal: str | None = None  # a preferred signer that refused this program
    for signer in ordered:
        availability = signer.availability()
        if not availability.available:
            reports.append(SignerReport(signer.kind, availability))
            skipped.append(f"{signer.kind} unavailable ({availability.reason})")
            continue
        try:
            found = signer.identities()
        except CardError as exc:
            reports.append(SignerReport(signer.kind, availability, error=exc.code))
            skipped.append(f"{signer.kind} failed ({exc.code})")
            if isinstance(exc, HiPkiNotAuthorised):
                refusal = refusal or exc.code
            continue
        serials = tuple(_card_key(who) for who in found)
        skipped_objects = tuple(str(note) for note in getattr(signer, "skipped", ()))
        reports.append(SignerReport(signer.kind, availability, serials, None, skipped_objects))
        for who in found:
            key = _card_key(who)
            if key in chosen:
                continue
            chosen[key] = replace(who, fallback_reason=refusal) if refusal else who
            why = f"{signer.kind} is the most preferred signer that reaches this card"
            if skipped:
                why += "; " + "; ".join(skipped)
            choices.append(SignerChoice(key, signer.kind, who.handle, why))
        skipped.append(f"{signer.kind} does not reach the card")
    return Selection(chosen, tuple(reports), tuple(choices))


def reader_reports(backend: ReaderBackend) -> tuple[bool, str | None, tuple[ReaderReport, ...]]:
    """(service running, service error code, one report per reader) with no PIN command."""
    try:
        readers = backend.list_readers()
    except CardError as exc:
        return False, exc.code, ()
    reports: list[ReaderReport] = []
    for reader in readers:
        try:
            transport = backend.connect(reader)
        except CardError as exc:
            reports.append(ReaderReport(reader, False, error=exc.code))
            continue
        try:
            atr = transport.atr
            driver = driver_for_atr(atr)
            try:
                serial: str | None = HicosCard(ApduProtocol(transport)).serial()
                error = None
            except CardError as exc:
                serial, error = None, exc.code
            reports.append(ReaderReport(reader, True, atr.hex(" ").upper(), driver, serial, error))
        except CardError as exc:
            reports.append(ReaderReport(reader, False, error=exc.code))
        finally:
            transport.close()
    return True, None, tuple(reports)


def diagnostics_report(backend: ReaderBackend, signers: Sequence[Signer]) -> DiagnosticsReport:
    """The full structured report: service, readers, signers, and the choice per card."""
    running, error, readers = reader_reports(backend)
    selection = select_signers(signers)
    return DiagnosticsReport(
        backend=backend.name,
        service_running=running,
        service_error=error,
        readers=readers,
        signers=selection.signers,
        choices=selection.choices,
    )
