"""The card worker: every card operation runs on ONE thread and returns a Future.

Callers (the UI's workers, the CLI) never block on a card: they get a
``concurrent.futures.Future`` whose result is the value or a typed ``CardError``.
The reader backend and the signers are created on the worker thread, so the PC/SC
context lives on the thread that uses it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TypeVar

from app.cards.affinity import CARD_THREAD_NAME, enter_card_thread
from app.cards.cardsigner import CardProtocolSigner
from app.cards.drivers import read_identity
from app.cards.errors import (
    CardError,
    CardServiceClosed,
    HiPkiNotAuthorised,
    NoCard,
    SignerUnavailable,
)
from app.cards.hipki import HiPkiSigner
from app.cards.identity import CardIdentity, prechecked
from app.cards.pinpad import ReaderFeatures
from app.cards.pkcs11 import Pkcs11Signer
from app.cards.selection import DiagnosticsReport, diagnostics_report, select_signers
from app.cards.signer import SIGNER_PREFERENCE, Signer, SignerIdentity, SignerKind, SignResult
from app.cards.transport import FeatureReporter, PcscBackend, ReaderBackend
from certs.trust import TrustStore

T = TypeVar("T")

log = logging.getLogger(__name__)

Prepare = Callable[[CardIdentity], CardIdentity]
SignerFactory = Callable[[ReaderBackend, Prepare], Sequence[Signer]]


DIAGNOSE_SECONDS = 15.0
"""How long :meth:`CardService.diagnose` spends on cards before it reports what it has."""


@dataclass(frozen=True)
class ReaderDiagnosis:
    """One reader as the diagnostics see it."""

    reader: str
    present: bool | None
    """A card answered (True), no card (False), or the connection failed otherwise (None)."""
    atr: bytes | None = None
    connect_error: CardError | None = None
    features: ReaderFeatures | None = None
    """Part 10 features; None when not asked or the reader did not answer the request."""


@dataclass(frozen=True)
class CardReading:
    """The identity of the card in ``reader`` (no PIN), or why it could not be read."""

    reader: str
    identity: CardIdentity | None
    error: CardError | None = None


@dataclass(frozen=True)
class CardDiagnosis:
    """Readers, ATRs, reader features and card identities, read on the card thread."""

    readers: tuple[ReaderDiagnosis, ...]
    cards: tuple[CardReading, ...]
    readers_error: CardError | None = None
    """Why the readers could not be listed (the smart-card service)."""
    checked: bool = True
    """Identities are pre-checked against the trust store (False: the store failed)."""
    store_error: str | None = None
    timed_out: bool = False
    """The time limit ended the reading: readers or cards after it are missing."""


def default_signers(backend: ReaderBackend, prepare: Prepare) -> list[Signer]:
    """HiPKI, the HiCOS PKCS#11 module and the emulated card's protocol over ``backend``."""
    return [
        HiPkiSigner(prepare=prepare),
        Pkcs11Signer(prepare=prepare),
        CardProtocolSigner(backend, prepare=prepare),
    ]


def _card_identity(backend: ReaderBackend, reader: str) -> CardIdentity:
    """The identity on the card in ``reader`` as its driver reads it (no PIN, not checked)."""
    transport = backend.connect(reader)
    try:
        identity, _driver = read_identity(transport)
    finally:
        transport.close()
    return identity


class CardService:
    """Serialises card I/O on one worker thread."""

    THREAD_NAME = CARD_THREAD_NAME

    def __init__(
        self,
        backend_factory: Callable[[], ReaderBackend] = PcscBackend,
        signer_factory: SignerFactory = default_signers,
        *,
        store: TrustStore | Callable[[], TrustStore] = TrustStore.production,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        """``store``: the anchors identities are pre-checked against, or a factory run
        once on the card thread (training passes production plus the test root)."""
        self._backend_factory = backend_factory
        self._signer_factory = signer_factory
        self._store_source = store
        self._store: TrustStore | None = store if isinstance(store, TrustStore) else None
        self._clock = clock
        self._executor = ThreadPoolExecutor(
            max_workers=1, thread_name_prefix=self.THREAD_NAME, initializer=enter_card_thread
        )
        self._backend: ReaderBackend | None = None
        self._signers: list[Signer] | None = None
        self._refused: set[SignerKind] = set()
        self._closed = False
        self._lock = threading.Lock()

    # -- worker-thread helpers ------------------------------------------------------

    def _prepare(self, identity: CardIdentity) -> CardIdentity:
        if self._store is None:
            source = self._store_source
            self._store = source if isinstance(source, TrustStore) else source()
        return prechecked(identity, self._store, self._clock() if self._clock else None)

    def _get_backend(self) -> ReaderBackend:
        if self._backend is None:
            self._backend = self._backend_factory()
        return self._backend

    def _get_signers(self) -> list[Signer]:
        if self._signers is None:
            self._signers = list(self._signer_factory(self._get_backend(), self._prepare))
        return self._signers

    def submit(self, operation: Callable[[], T]) -> Future[T]:
        """Run ``operation`` on the card thread."""
        with self._lock:
            if self._closed:
                failed: Future[T] = Future()
                failed.set_exception(CardServiceClosed("the card service is shut down"))
                return failed
            return self._executor.submit(operation)

    # -- operations ----------------------------------------------------------------

    def list_readers(self) -> Future[list[str]]:
        """Reader names."""
        return self.submit(lambda: self._get_backend().list_readers())

    def read_identity(self, reader: str) -> Future[CardIdentity]:
        """Serial and signing certificate of the card in ``reader``, pre-checked (no PIN)."""
        return self.submit(lambda: self._prepare(_card_identity(self._get_backend(), reader)))

    def _willing_signers(self) -> list[Signer]:
        """The signers, less those that refused this program (HiPKI as an untrusted site)."""
        return [s for s in self._get_signers() if s.kind not in self._refused]

    def identities(self) -> Future[list[SignerIdentity]]:
        """Every card any signer reaches, each through its best signer."""
        return self.submit(lambda: list(select_signers(self._willing_signers()).chosen.values()))

    def _signer_for(self, who: SignerIdentity) -> Signer:
        for signer in self._get_signers():
            if signer.kind is who.signer:
                return signer
        raise SignerUnavailable(f"no {who.signer} signer is configured")

    def sign(self, who: SignerIdentity, document: bytes, pin: str | None) -> Future[SignResult]:
        """Sign ``document`` with ``who``; the pre-check must pass before the PIN is used.

        ``pin=None``: the PIN is entered on the reader's pad (``who.pinpad``); the future
        ends when the person confirmed, cancelled or the pad timed out.
        """

        def run() -> SignResult:
            who.identity.require_usable()
            try:
                return self._signer_for(who).sign(who, document, pin)
            except HiPkiNotAuthorised as refusal:
                # HiPKI checks the caller before the card: no PIN try was spent, so the
                # same PIN goes to the same card through the next signer, asked once.
                self._refused.add(who.signer)
                instead = self._same_card_elsewhere(who)
                if instead is None:
                    raise
                log.warning(
                    "HiPKI refused this program as an untrusted site (%s); signing through %s",
                    refusal.code,
                    instead.signer,
                )
                result = self._signer_for(instead).sign(instead, document, pin)
                return replace(result, fallback_reason=refusal.code)

        return self.submit(run)

    def _same_card_elsewhere(self, who: SignerIdentity) -> SignerIdentity | None:
        """``who``'s certificate as another willing signer reaches it, most preferred first."""
        for kind, signer in sorted(
            ((s.kind, s) for s in self._willing_signers() if s.kind is not who.signer),
            key=lambda pair: SIGNER_PREFERENCE.index(pair[0]),
        ):
            try:
                if not signer.availability().available:
                    continue
                found = signer.identities()
            except CardError as exc:
                log.info("%s cannot stand in for HiPKI: %s", kind, exc.code)
                continue
            for other in found:
                if other.identity.fingerprint_sha256 == who.identity.fingerprint_sha256:
                    return other
        return None

    def pin_tries_left(self, who: SignerIdentity) -> Future[int | None]:
        """PIN tries left where the signer can tell without spending one."""
        return self.submit(lambda: self._signer_for(who).pin_tries_left(who))

    def diagnostics(self) -> Future[DiagnosticsReport]:
        """The structured diagnostics report (readers, signers, choices and reasons)."""

        return self.submit(lambda: diagnostics_report(self._get_backend(), self._get_signers()))

    def reader_features(self, reader: str) -> Future[ReaderFeatures | None]:
        """The reader's PC/SC part 10 features, card or no card (None: the backend or the
        reader cannot tell)."""
        return self.submit(lambda: self._reader_features(reader))

    def _reader_features(self, reader: str) -> ReaderFeatures | None:
        backend = self._get_backend()
        if not isinstance(backend, FeatureReporter):
            return None
        try:
            return backend.reader_features(reader)
        except CardError as exc:  # a reader driver without SCardControl support
            log.debug("feature request failed on %s: %s", reader, exc.code)
            return None

    def diagnose(
        self,
        *,
        features: bool = True,
        identities: bool = True,
        seconds: float = DIAGNOSE_SECONDS,
    ) -> Future[CardDiagnosis]:
        """Readers with their card, ATR and features, and the identity of each card,
        within about ``seconds`` (readers and cards after that are left out, marked
        ``timed_out``). No command that could cost a PIN try is sent."""
        return self.submit(lambda: self._diagnose(features, identities, seconds))

    def _diagnose(self, features: bool, identities: bool, seconds: float) -> CardDiagnosis:
        deadline = time.monotonic() + seconds
        backend = self._get_backend()
        try:
            names = backend.list_readers()
        except CardError as exc:
            return CardDiagnosis((), (), readers_error=exc)
        readers: list[ReaderDiagnosis] = []
        for name in names:
            if time.monotonic() > deadline:
                return CardDiagnosis(tuple(readers), (), timed_out=True)
            readers.append(self._diagnose_reader(backend, name, features))
        cards: list[CardReading] = []
        checked, store_error = True, None
        for reader in (r.reader for r in readers if r.present) if identities else ():
            if time.monotonic() > deadline:
                return CardDiagnosis(tuple(readers), tuple(cards), timed_out=True)
            try:
                identity = _card_identity(backend, reader)
            except CardError as exc:
                cards.append(CardReading(reader, None, exc))
                continue
            if checked:
                try:
                    identity = self._prepare(identity)
                except CardError:
                    raise
                except Exception as exc:  # the trust store did not load: report unchecked
                    checked, store_error = False, f"trust store: {exc}"
            cards.append(CardReading(reader, identity))
        return CardDiagnosis(tuple(readers), tuple(cards), checked=checked, store_error=store_error)

    def _diagnose_reader(
        self, backend: ReaderBackend, reader: str, features: bool
    ) -> ReaderDiagnosis:
        atr: bytes | None = None
        error: CardError | None = None
        try:
            transport = backend.connect(reader)
        except CardError as exc:
            present: bool | None = False if isinstance(exc, NoCard) else None
            error = exc
        else:
            try:
                atr, present = transport.atr, True
            except CardError as exc:
                present, error = None, exc
            finally:
                transport.close()
        asked = self._reader_features(reader) if features else None
        return ReaderDiagnosis(reader, present, atr, error, asked)

    def with_signers(self, work: Callable[[Sequence[Signer]], T]) -> Future[T]:
        """Run ``work`` with this service's signers on the card thread (the diagnostics
        ask them for availability, versions and the cards they reach)."""
        return self.submit(lambda: work(self._get_signers()))

    def shutdown(self, wait: bool = True) -> None:
        """Refuse new work, finish queued work, release the backend and the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._executor.submit(self._release)
        self._executor.shutdown(wait=wait)

    def _release(self) -> None:
        for signer in self._signers or ():
            close = getattr(signer, "close", None)
            if callable(close):
                close()
        if self._backend is not None:
            self._backend.close()
            self._backend = None

    def __enter__(self) -> CardService:
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
