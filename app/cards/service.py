"""The card worker: every card operation runs on ONE thread and returns a Future.

Callers (the UI's workers, the CLI) never block on a card: they get a
``concurrent.futures.Future`` whose result is the value or a typed ``CardError``.
The reader backend and the signers are created on the worker thread, so the PC/SC
context lives on the thread that uses it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from app.cards.cardsigner import CardProtocolSigner
from app.cards.drivers import read_identity
from app.cards.errors import CardError, CardServiceClosed, HiPkiNotAuthorised, SignerUnavailable
from app.cards.hipki import HiPkiSigner
from app.cards.identity import CardIdentity, prechecked
from app.cards.pkcs11 import Pkcs11Signer
from app.cards.selection import DiagnosticsReport, diagnostics_report, select_signers
from app.cards.signer import SIGNER_PREFERENCE, Signer, SignerIdentity, SignerKind, SignResult
from app.cards.transport import PcscBackend, ReaderBackend
from certs.trust import TrustStore

T = TypeVar("T")

log = logging.getLogger(__name__)

Prepare = Callable[[CardIdentity], CardIdentity]
SignerFactory = Callable[[ReaderBackend, Prepare], Sequence[Signer]]


def default_signers(backend: ReaderBackend, prepare: Prepare) -> list[Signer]:
    """HiPKI, the HiCOS PKCS#11 module and the emulated card's protocol over ``backend``."""
    return [
        HiPkiSigner(prepare=prepare),
        Pkcs11Signer(prepare=prepare),
        CardProtocolSigner(backend, prepare=prepare),
    ]


class CardService:
    """Serialises card I/O on one worker thread."""

    THREAD_NAME = "card-io"

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
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self.THREAD_NAME)
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

        def run() -> CardIdentity:
            transport = self._get_backend().connect(reader)
            try:
                identity, _driver = read_identity(transport)
            finally:
                transport.close()
            return self._prepare(identity)

        return self.submit(run)

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
