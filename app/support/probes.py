"""Default diagnostic probes: the real system, PC/SC readers, cards, signers and platform.

Card access goes through the card layer (``app.cards``), imported lazily: if it cannot be
loaded, the report says so as a problem instead of failing. No probe ever sends a
command that could cost a PIN try: readers are only listed and connected, cards are read
with the same PIN-free commands the card layer uses to identify them.
"""

from __future__ import annotations

import functools
import locale
import logging
import os
import platform
import shutil
import ssl
import subprocess
import sys
import time
import urllib.parse
from collections.abc import Callable, Sequence
from concurrent.futures import TimeoutError as FutureTimeout
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import keyring
import requests

from app.errors import ErrorCode
from app.platform.guard import CallGuard
from app.platform.transport import (
    CONNECT_TIMEOUT,
    describe_proxy,
    http_date,
    is_loopback,
    make_session,
    trust_description,
)
from app.storage.secrets import default_secret_store
from app.support.diagnostics import (
    AppInfo,
    CardInfo,
    DiagnosticProbes,
    PlatformInfo,
    ProblemList,
    ReaderInfo,
    ServiceState,
    Severity,
    SignerInfo,
    SystemInfo,
    TrainingDevices,
)
from app.support.kinds import DataKind
from app.support.logs import current_level, log_folder
from app.support.privacy import mask_card_serial, mask_name
from app.support.redact import default_redactor

_log = logging.getLogger(__name__)

# Builds the trust store cards are pre-checked against; the training wiring passes one
# that adds the test hierarchy's root (``certs.testpki.training_trust_store``).
StoreFactory = Callable[[], Any]


def production_store() -> Any:
    """The production trust store (``certs.trust.TrustStore.production``)."""
    from certs.trust import TrustStore

    return TrustStore.production()


APP_DISTRIBUTION = "tcloud-desktop"
PCSCD_SOCKET = Path("/run/pcscd/pcscd.comm")
CLOCK_SKEW_WARNING_SECONDS = 120
CLOCK_SKEW_ERROR_SECONDS = 600
EXPIRY_WARNING_DAYS = 30
PLATFORM_TIMEOUT = 8.0
HIPKI_TIMEOUT = 2.0
CARD_WAIT_SECONDS = 40.0
"""The longest wait for the card service's answer to one diagnostics question."""


# ---------------------------------------------------------------- app and system


def app_probe(training: bool) -> Callable[[ProblemList], AppInfo]:
    """Program versions, the log folder and modes."""

    def probe(problems: ProblemList) -> AppInfo:
        try:
            version = metadata.version(APP_DISTRIBUTION)
        except metadata.PackageNotFoundError:
            version = "unknown (not installed as a package)"
        try:
            import PySide6

            qt: str | None = str(PySide6.__version__)
        except ImportError:
            qt = None
        folder = log_folder()
        if not _writable(folder):
            problems.add("log_folder_unwritable", str(folder), "warning")
        from app.support.privacy import privacy_mode

        return AppInfo(
            name=APP_DISTRIBUTION,
            version=version,
            python=platform.python_version(),
            qt=qt,
            training=training,
            log_folder=str(folder),
            log_level=logging.getLevelName(current_level()),
            privacy_mode=privacy_mode().enabled,
            frozen=bool(getattr(sys, "frozen", False)),
            keyring=keyring_state(problems),
        )

    return probe


def keyring_state(problems: ProblemList) -> str:
    """Which credential store holds tokens and draft keys."""
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    secrets = default_secret_store()
    if not secrets.persistent:
        problems.add("keyring_unavailable", str(secrets.fallback_reason), "warning")
        return f"memory only ({name})"
    if "fail" in name.lower():
        problems.add("keyring_unavailable", f"no keyring backend ({name})", "warning")
        return f"memory only ({name})"
    return name


def _writable(folder: Path) -> bool:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def windows_service_state(
    run: Callable[[list[str]], subprocess.CompletedProcess[str]] | None = None,
) -> ServiceState:
    """State of the Windows smart-card service (SCardSvr) from ``sc query``."""
    runner = run or _run_quietly
    try:
        result = runner(["sc", "query", "SCardSvr"])
    except (OSError, subprocess.SubprocessError) as exc:
        return ServiceState("SCardSvr", "unknown", f"sc query failed: {exc}")
    output = result.stdout or ""
    if result.returncode == 1060 or "1060" in output:
        return ServiceState("SCardSvr", "not_installed", "the service does not exist")
    for line in output.splitlines():
        if "STATE" in line:
            state = line.split(":", 1)[-1].strip()
            if "RUNNING" in state:
                return ServiceState("SCardSvr", "running", state)
            return ServiceState("SCardSvr", "stopped", state)
    return ServiceState("SCardSvr", "unknown", output.strip()[:200])


def _run_quietly(args: list[str]) -> subprocess.CompletedProcess[str]:
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    return subprocess.run(  # noqa: S603 - fixed argument list, no shell
        args, capture_output=True, text=True, timeout=10, check=False, creationflags=flags
    )


def pcscd_service_state(
    socket_path: Path | None = None, proc: Path = Path("/proc")
) -> ServiceState:
    """State of pcscd on Linux: its socket and its process."""
    socket_file = socket_path or Path(os.environ.get("PCSCLITE_CSOCK_NAME", str(PCSCD_SOCKET)))
    pids = []
    if proc.is_dir():
        for entry in proc.iterdir():
            if entry.name.isdigit():
                try:
                    if (entry / "comm").read_text().strip() == "pcscd":
                        pids.append(entry.name)
                except OSError:
                    continue
    has_socket = socket_file.exists()
    detail = f"socket {socket_file} {'present' if has_socket else 'missing'}; " + (
        f"process {', '.join(pids)}" if pids else "no pcscd process"
    )
    if pids and has_socket:
        return ServiceState("pcscd", "running", detail)
    if has_socket:
        # systemd socket activation starts pcscd on the first connection.
        return ServiceState("pcscd", "on_demand", detail)
    if shutil.which("pcscd") is None and not Path("/usr/sbin/pcscd").exists():
        return ServiceState("pcscd", "not_installed", detail)
    return ServiceState("pcscd", "stopped", detail)


def smartcard_service_state() -> ServiceState:
    """The smart-card service of this operating system."""
    system = platform.system()
    if system == "Windows":
        return windows_service_state()
    if system == "Darwin":
        return ServiceState("CryptoTokenKit", "running", "built into macOS")
    return pcscd_service_state()


def system_probe(problems: ProblemList, *, training: bool = False) -> SystemInfo:
    """Operating system, locale, time zone and the smart-card service.

    In training mode the demo cards sit in the app's own virtual readers, so a stopped
    smart-card service is noted for later (real cards need it) but is not a problem now.
    """
    service = smartcard_service_state()
    if service.state in ("stopped", "not_installed"):
        problems.add(
            "smartcard_service_stopped",
            f"{service.name}: {service.detail}",
            "info" if training else "error",
        )
    now = datetime.now().astimezone()
    lang, encoding = locale.getlocale()
    return SystemInfo(
        os=platform.system(),
        os_release=platform.release(),
        os_version=platform.version(),
        machine=platform.machine(),
        locale=f"{lang or '-'} ({encoding or '-'})",
        timezone=str(now.tzinfo),
        local_time=now.isoformat(timespec="seconds"),
        smartcard_service=service,
    )


# ---------------------------------------------------------------- readers and cards


class CardServiceLease:
    """The card service one diagnostics run asks: the running app's (``service``), or one
    made on first use over ``backend`` (PC/SC by default) with ``signers`` (the app's
    default signers), shut down by :meth:`release`.

    Every card question goes to that service's card thread: the diagnostics open no PC/SC
    context of their own. If the card layer cannot be loaded, the report says so.
    """

    def __init__(
        self,
        trust_store: StoreFactory = production_store,
        *,
        service: Any | None = None,
        backend: Any | None = None,
        signers: Callable[[], Sequence[Any]] | None = None,
    ) -> None:
        self._trust_store = trust_store
        self._service = service
        self._own = service is None
        self._backend = backend
        self._signers = signers

    def get(self, problems: ProblemList) -> Any | None:
        """The card service, or None (a ``card_layer_unavailable`` problem) if it cannot load."""
        if self._service is None:
            try:
                self._service = self._make()
            except Exception as exc:  # ImportError, or a missing native PC/SC library (OSError)
                problems.add("card_layer_unavailable", f"card layer not available: {exc}")
                return None
        return self._service

    def _make(self) -> Any:
        from app.cards.service import CardService, default_signers
        from app.cards.transport import PcscBackend

        backend = self._backend
        listed = self._signers
        return CardService(
            (lambda: _Borrowed(backend)) if backend is not None else PcscBackend,
            (lambda _backend, _prepare: listed()) if listed is not None else default_signers,
            store=self._trust_store,
        )

    def release(self) -> None:
        """Shut down the service this lease made (never the app's own)."""
        if self._own and self._service is not None:
            self._service.shutdown()
            self._service = None


class _Borrowed:
    """A reader backend lent to a diagnostics card service: closing the service leaves it open."""

    def __init__(self, backend: Any) -> None:
        self._backend = backend
        self.name = backend.name

    def list_readers(self) -> list[str]:
        return list(self._backend.list_readers())

    def connect(self, reader: str) -> Any:
        return self._backend.connect(reader)

    def close(self) -> None:
        """The owner closes the backend."""


def _answer(future: Any, problems: ProblemList, what: str) -> Any | None:
    """The result of a card-service future within CARD_WAIT_SECONDS, else a problem."""
    try:
        return future.result(timeout=CARD_WAIT_SECONDS)
    except FutureTimeout:
        future.cancel()
        problems.add("probe_failed", f"{what}: no answer within {CARD_WAIT_SECONDS:g} s", "warning")
        return None


class PcscProbes:
    """Reader and card probes asking one card service (see :class:`CardServiceLease`).

    ``virtual=True``: the service reads the training platform's in-process virtual
    readers, which have no part 10 features to ask for.
    """

    def __init__(
        self,
        training: bool,
        *,
        lease: CardServiceLease | None = None,
        virtual: bool = False,
        read_cards: bool = True,
    ) -> None:
        self.training = training
        self.virtual = virtual
        self.read_cards = read_cards
        self._lease = lease or CardServiceLease()
        self._diagnosis: Any = None

    def readers(self, problems: ProblemList) -> list[ReaderInfo]:
        """Every reader: card presence, ATR, connect result and PIN pad."""
        self._diagnosis = None
        service = self._lease.get(problems)
        if service is None:
            return []
        diagnosis = _answer(
            service.diagnose(features=not self.virtual, identities=self.read_cards),
            problems,
            "card readers",
        )
        if diagnosis is None:
            return []
        self._diagnosis = diagnosis
        if diagnosis.readers_error is not None:
            problems.add("smartcard_service_stopped", _card_error_text(diagnosis.readers_error))
            return []
        if not diagnosis.readers:
            severity: Severity = "info" if self.training else "error"
            problems.add("reader_not_found", "PC/SC lists no reader", severity)
        found = [self._reader_info(reader) for reader in diagnosis.readers]
        if found and not any(reader.present for reader in diagnosis.readers):
            problems.add("card_not_inserted", "", "info")
        if diagnosis.timed_out:
            problems.add("probe_failed", "card readers: the time limit cut the reading", "warning")
        return found

    def _reader_info(self, reader: Any) -> ReaderInfo:
        error = reader.connect_error
        features = reader.features
        return ReaderInfo(
            reader.reader,
            self.virtual or "Virtual" in reader.reader or "vpcd" in reader.reader.lower(),
            reader.present,
            reader.atr.hex(" ").upper() if reader.atr is not None else None,
            "ok" if reader.present else _card_error_text(error) if error else "-",
            features.pinpad if features is not None else None,
            features.names if features is not None else [],
            "training" if self.virtual else "pcsc",
        )

    def cards(self, problems: ProblemList) -> list[CardInfo]:
        """Identity of each card found by :meth:`readers` (no PIN; personal data masked)."""
        diagnosis, self._diagnosis = self._diagnosis, None
        if diagnosis is None or not self.read_cards:
            return []
        if diagnosis.store_error is not None:
            problems.add("probe_failed", diagnosis.store_error, "warning")
        result: list[CardInfo] = []
        for reading in diagnosis.cards:
            if reading.error is not None:
                problems.add(
                    "card_read_failed",
                    f"{reading.reader}: {_card_error_text(reading.error)}",
                    "warning",
                )
                continue
            result.append(
                card_info(
                    reading.reader,
                    reading.identity,
                    problems,
                    checked=diagnosis.checked,
                    source="training" if self.virtual else "card",
                )
            )
        return result


def _card_error_text(exc: Exception) -> str:
    code = getattr(exc, "code", type(exc).__name__)
    message = getattr(exc, "message", str(exc))
    return f"{code}: {message}" if message != code else str(code)


def card_info(
    reader: str,
    identity: Any,
    problems: ProblemList,
    *,
    checked: bool = True,
    source: str = "card",
    now: datetime | None = None,
) -> CardInfo:
    """A report entry for a card identity of the card layer (``app.cards.CardIdentity``).

    The holder's name and the serial are registered with the redactor, so the logs and
    the support bundle never show them, and appear masked in the report.
    """
    redactor = default_redactor()
    holder = str(identity.holder_name or "")
    serial = str(identity.card_serial or "")
    if holder:
        redactor.register(holder, DataKind.NAME)
    if serial:
        redactor.register(serial, DataKind.CARD_SERIAL)
    when = now or datetime.now(UTC)
    days = (identity.not_after - when).days
    if not checked:
        chain = "not checked"
    elif identity.problems:
        chain = "; ".join(identity.problems)
    else:
        chain = "ok"
    if source == "training":
        pass  # demo cards are expired or revoked on purpose (lessons): not this PC's problem
    elif identity.expired:
        problems.add("certificate_expired", f"{reader}: {identity.not_after:%Y-%m-%d}")
    elif getattr(identity, "issuer_unknown", False):
        problems.add("certificate_issuer_unknown", f"{reader}: {chain}")
    elif identity.problems:
        problems.add("certificate_untrusted", f"{reader}: {chain}")
    elif days <= EXPIRY_WARNING_DAYS:
        problems.add("certificate_expiring", f"{reader}: {days} days left", "warning")
    return CardInfo(
        reader=reader,
        kind=str(getattr(identity.kind, "value", identity.kind)),
        holder=mask_name(holder) if holder else "-",
        serial=mask_card_serial(serial) if serial else "-",
        not_before=identity.not_before.date().isoformat(),
        not_after=identity.not_after.date().isoformat(),
        days_to_expiry=days,
        chain=chain,
        source="training" if source == "training" else "card",
    )


DEMO_CARD_PLACE = "-"
"""``reader`` of a demo card that is in no virtual reader now (the training panel has it)."""


def demo_cards(problems: ProblemList, trust_store: StoreFactory) -> list[CardInfo]:
    """Every demo card of the training platform (``certs.testpki``), marked as training."""
    from cryptography.hazmat.primitives.serialization import Encoding

    from app.cards.identity import identity_from_certificate, prechecked
    from certs.testpki import DemoPKI

    store = trust_store()
    found: list[CardInfo] = []
    for card in DemoPKI.load().cards.values():
        der = card.certificate.public_bytes(Encoding.DER)
        chain = [c.public_bytes(Encoding.DER) for c in card.chain]
        identity = prechecked(identity_from_certificate(der, chain, card.card_serial), store)
        found.append(card_info(DEMO_CARD_PLACE, identity, problems, source="training"))
    return found


def training_probe(
    backend: Any, trust_store: StoreFactory
) -> Callable[[ProblemList], TrainingDevices]:
    """Probe of the embedded virtual reader(s) and demo cards: the cards in a virtual reader
    by their reader, then the other demo cards the training panel offers. The running app
    passes its in-process reader backend (``sandbox.cardemu.inprocess.VirtualReaders``)
    and the store that trusts the demo cards."""

    def probe(problems: ProblemList) -> TrainingDevices:
        lease = CardServiceLease(trust_store, backend=backend)
        probes = PcscProbes(True, lease=lease, virtual=True)
        try:
            readers = probes.readers(problems)
            inserted = probes.cards(problems)
        finally:
            lease.release()
        seen = {(c.kind, c.holder, c.serial) for c in inserted}
        others = [
            c for c in demo_cards(problems, trust_store) if (c.kind, c.holder, c.serial) not in seen
        ]
        return TrainingDevices(readers, [*inserted, *others])

    return probe


# ---------------------------------------------------------------- signers


def _hipki_version(base_url: str) -> str | None:
    # The version is only in the /sign answer (which needs a PIN): take what the
    # slot list or the Server header tells.
    session = requests.Session()
    session.trust_env = False  # localhost never goes through a proxy
    try:
        response = session.get(f"{base_url}/pkcs11info", timeout=HIPKI_TIMEOUT)
    except requests.RequestException:
        return None
    finally:
        session.close()
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("version"), str):
        return str(data["version"])
    server = response.headers.get("Server")
    return str(server) if server else None


def _pkcs11_version(module: str) -> str | None:
    """Library version and maker the PKCS#11 module reports (C_GetInfo)."""
    try:
        import PyKCS11

        lib = PyKCS11.PyKCS11Lib()
        lib.load(module)
        info = lib.getInfo()
    except Exception as exc:  # a module that loads for signing but not twice, or no PyKCS11
        _log.debug("PKCS#11 C_GetInfo failed on %s: %s", module, exc)
        return None
    major, minor = info.libraryVersion
    return f"{major}.{minor} ({str(info.manufacturerID).strip()})"


def _signer_location(signer: Any) -> str | None:
    for attribute in ("base_url", "module"):
        value = getattr(signer, attribute, None)
        if value:
            return str(value)
    searched = getattr(signer, "module_paths", None)
    if searched:
        return "searched: " + ", ".join(str(p) for p in searched)
    backend = getattr(signer, "backend", None)
    return f"{backend.name} readers" if backend is not None else None


def _examine_signers(
    signer_list: Sequence[Any],
) -> tuple[Any, dict[str, tuple[str | None, str | None]]]:
    """On the card thread: the signer selection, and each signer's location and version."""
    from app.cards.selection import select_signers

    selection = select_signers(signer_list)
    by_kind = {str(s.kind): s for s in signer_list}
    facts: dict[str, tuple[str | None, str | None]] = {}
    for name, signer in by_kind.items():
        location = _signer_location(signer)
        version: str | None = None
        available = any(str(r.kind) == name and r.availability.available for r in selection.signers)
        if available and location and name == "hipki":
            # The version the signer's own probe (/p11Image.bmp) read, else ask.
            version = getattr(signer, "server_version", None) or _hipki_version(location)
        elif available and name == "pkcs11" and getattr(signer, "module", None):
            version = _pkcs11_version(str(getattr(signer, "module", "")))
        facts[name] = (location, version)
    return selection, facts


def signers_probe(
    training: bool,
    signers: Callable[[], Sequence[Any]] | None = None,
    trust_store: StoreFactory = production_store,
    *,
    lease: CardServiceLease | None = None,
) -> Callable[[ProblemList], list[SignerInfo]]:
    """Every signer of the card layer, whether it runs, which cards it reaches and which
    one is chosen for each card (``app.cards.selection.select_signers``), asked on the
    card thread of ``lease``'s service (released afterwards); ``signers`` replaces the
    app's default signers."""

    def probe(problems: ProblemList) -> list[SignerInfo]:
        held = lease or CardServiceLease(trust_store, signers=signers)
        try:
            service = held.get(problems)
            if service is None:
                return []
            answer = _answer(service.with_signers(_examine_signers), problems, "signers")
        finally:
            held.release()
        if answer is None:
            return []
        selection, by_kind = answer
        redactor = default_redactor()
        for who in selection.chosen.values():
            if who.identity.holder_name:
                redactor.register(who.identity.holder_name, DataKind.NAME)
            if who.card_serial:
                redactor.register(who.card_serial, DataKind.CARD_SERIAL)
        found: list[SignerInfo] = []
        for report in selection.signers:
            name = str(report.kind)
            location, version = by_kind.get(name, (None, None))
            detail = report.availability.reason + (
                f"; error {report.error}" if report.error else ""
            )
            if report.skipped:
                detail += "; skipped: " + "; ".join(report.skipped)
            chosen = [
                mask_card_serial(c.card_serial) for c in selection.choices if str(c.signer) == name
            ]
            found.append(
                SignerInfo(
                    name,
                    report.availability.available,
                    version,
                    location,
                    detail,
                    [mask_card_serial(k) for k in report.card_serials],
                    chosen,
                )
            )
        available = {s.name for s in found if s.available}
        quiet: Severity = "info" if training else "warning"
        if "hipki" in by_kind and "hipki" not in available:
            problems.add("hipki_not_running", _detail_of(found, "hipki"), quiet)
        refused = [r for r in selection.signers if r.error == ErrorCode.HIPKI_NOT_AUTHORISED]
        if refused:
            problems.add("hipki_not_authorised", refused[0].availability.reason, "warning")
        if "pkcs11" in by_kind and "pkcs11" not in available:
            problems.add("pkcs11_module_missing", _detail_of(found, "pkcs11"), "info")
        if not available:
            problems.add("no_signer", "", "info" if training else "error")
        return found

    return probe


def _detail_of(found: list[SignerInfo], name: str) -> str:
    return next((s.detail for s in found if s.name == name), "")


# ---------------------------------------------------------------- platform


def _tls_failure(exc: BaseException) -> str | None:
    """The certificate-verification reason inside a requests error chain, if any."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLCertVerificationError):
            return str(seen.verify_message or seen)
        for arg in getattr(seen, "args", ()):
            if isinstance(arg, BaseException) and _tls_failure(arg):
                return _tls_failure(arg)
        seen = seen.__cause__ or seen.__context__
    return None


def platform_probe(
    url: str | None,
    training: bool,
    *,
    session_factory: Callable[[], requests.Session] = make_session,
    clock: Callable[[], float] = time.time,
) -> Callable[[ProblemList], PlatformInfo]:
    """Reachability, TLS verification, proxy and clock skew of the platform at ``url``,
    through the same HTTP session set-up (OS trust store, system proxies) as the client."""

    def unreachable(
        target: str, proxy: str | None, tls: bool | None = None, detail: str = ""
    ) -> PlatformInfo:
        return PlatformInfo(target, False, False, None, tls, detail, proxy, None, None, None)

    def probe(problems: ProblemList) -> PlatformInfo:
        if not url:
            where = "embedded training platform" if training else "not configured"
            return PlatformInfo(where, training, None, None, None, "", None, None, None, None)
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            problems.add("platform_unreachable", f"not a web address: {url}")
            return unreachable(url, None)
        if parts.scheme == "http" and not is_loopback(parts.hostname):
            problems.add("insecure_url", url)
        session = session_factory()
        try:
            proxy = describe_proxy(session, url)
            started = clock()
            try:
                # the same total deadline as the client's calls, however slowly it answers;
                # status and headers are all the probe reads
                with CallGuard(time.monotonic() + PLATFORM_TIMEOUT) as guard:
                    response = session.get(
                        url,
                        timeout=(CONNECT_TIMEOUT, PLATFORM_TIMEOUT),
                        allow_redirects=False,
                        stream=True,
                    )
                    response.close()
                if guard.reason is not None:  # cut off mid-answer: what came is not the answer
                    problems.add(
                        "platform_unreachable",
                        f"{url}: no complete answer within {PLATFORM_TIMEOUT:g} s",
                    )
                    return unreachable(url, proxy)
            except requests.exceptions.SSLError as exc:
                reason = _tls_failure(exc) or f"TLS handshake failed: {exc}"
                problems.add("tls_untrusted", reason)
                return PlatformInfo(url, False, True, None, False, reason, proxy, None, None, None)
            except requests.RequestException as exc:
                problems.add("platform_unreachable", f"{url}: {type(exc).__name__}: {exc}")
                return unreachable(url, proxy)
            finished = clock()
        finally:
            session.close()
        status = response.status_code
        if status >= 500:
            problems.add("platform_error", f"HTTP {status}", "warning")
        https = parts.scheme == "https"
        server_time, skew = _clock_skew(response.headers.get("Date"), (started + finished) / 2)
        # The training platform's clock is moved on purpose (training panel): not a fault
        # of this PC's clock, so only its value is reported.
        if skew is not None and not training and abs(skew) > CLOCK_SKEW_WARNING_SECONDS:
            severity: Severity = "error" if abs(skew) > CLOCK_SKEW_ERROR_SECONDS else "warning"
            problems.add("clock_skew", f"{skew:+d} s", severity)
        return PlatformInfo(
            url,
            False,
            True,
            status,
            True if https else None,
            f"verified with {trust_description()}" if https else "",
            proxy,
            server_time,
            skew,
            round((finished - started) * 1000),
        )

    return probe


def _clock_skew(value: str | None, local_midpoint: float) -> tuple[str | None, int | None]:
    """Server time from an HTTP Date header and the server-minus-local difference."""
    server = http_date(value)
    if server is None:
        return None, None
    return server.isoformat(), round(server.timestamp() - local_midpoint)


# ---------------------------------------------------------------- defaults


def default_probes(
    *,
    training: bool = False,
    platform_url: str | None = None,
    training_devices: Callable[[ProblemList], TrainingDevices] | None = None,
    trust_store: StoreFactory = production_store,
    card_service: Any | None = None,
) -> DiagnosticProbes:
    """The probes of the real machine; ``training_devices`` comes from the running app,
    ``trust_store`` from the wiring (training adds the test root), ``card_service`` is the
    running app's ``CardService`` (None: the probes make one and shut it down after the
    signers, the last card section)."""
    # One card service for readers, cards and signers: one PC/SC context, one card thread.
    lease = CardServiceLease(trust_store, service=card_service)
    pcsc = PcscProbes(training, lease=lease)
    return DiagnosticProbes(
        app=app_probe(training),
        system=functools.partial(system_probe, training=training),
        readers=pcsc.readers,
        cards=pcsc.cards,
        signers=signers_probe(training, trust_store=trust_store, lease=lease),
        platform=platform_probe(platform_url, training),
        training=training_devices,
    )
