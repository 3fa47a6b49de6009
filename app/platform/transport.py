"""HTTP plumbing: the requests Session with the OS trust store, and address checks.

Trust comes from the operating system's certificate store only. Environment variables
that other programs use to add trust (``REQUESTS_CA_BUNDLE``, ``CURL_CA_BUNDLE``) are
ignored, with a warning in the log; an enterprise proxy that inspects TLS with its own
certificate authority is trusted only through the explicit ``--ca-file`` option
(:func:`trust_ca_file`), which is logged and shown in the diagnostics.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import ssl
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import requests.utils
import truststore
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from app.errors import ErrorCode

from .errors import CaFileError, InsecureUrl
from .guard import watch_connection

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0
# Variables through which requests and curl would add trust anchors behind our back.
IGNORED_TRUST_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")
# OpenSSL's own store location on Linux (the system store there; read by truststore).
OPENSSL_TRUST_VARIABLES = ("SSL_CERT_FILE", "SSL_CERT_DIR")

log = logging.getLogger(__name__)

# urllib3 logs every request's full URL at DEBUG (UBNs, order numbers, query values);
# the platform client logs its own redacted line instead, so urllib3 speaks from INFO up.
logging.getLogger("urllib3").setLevel(logging.INFO)


@dataclass(frozen=True)
class ExtraAuthorities:
    """Certificate authorities trusted through ``--ca-file`` besides the OS store."""

    path: Path
    pem: str
    subjects: tuple[str, ...]
    sha256: tuple[str, ...]

    def describe(self) -> str:
        """One line for logs and diagnostics: the file and each authority's fingerprint."""
        names = "; ".join(
            f"{subject} (SHA-256 {digest})"
            for subject, digest in zip(self.subjects, self.sha256, strict=True)
        )
        return f"{self.path}: {names}"


_extra_authorities: ExtraAuthorities | None = None


def trust_ca_file(path: str | Path) -> ExtraAuthorities:
    """Trust the certificate authorities in ``path`` (PEM or DER) for this run.

    For enterprise proxies that inspect TLS with their own authority. Only certificate
    authority certificates are accepted; the choice is logged as a warning and every
    session made afterwards trusts them in addition to the operating system's store.
    """
    global _extra_authorities  # noqa: PLW0603 - one trust configuration per process
    target = Path(path)
    try:
        data = target.read_bytes()
    except OSError as exc:
        raise CaFileError(str(target), exc.strerror or type(exc).__name__) from None
    try:
        if b"-----BEGIN" in data:
            certificates = x509.load_pem_x509_certificates(data)
        else:
            certificates = [x509.load_der_x509_certificate(data)]
    except ValueError:
        raise CaFileError(str(target), "not a PEM or DER certificate file") from None
    for certificate in certificates:
        try:
            constraints = certificate.extensions.get_extension_for_class(x509.BasicConstraints)
        except x509.ExtensionNotFound:
            constraints = None
        if constraints is None or not constraints.value.ca:
            subject = certificate.subject.rfc4514_string()
            raise CaFileError(str(target), f"{subject} is not a certificate authority")
    authorities = ExtraAuthorities(
        target,
        "".join(c.public_bytes(serialization.Encoding.PEM).decode("ascii") for c in certificates),
        tuple(c.subject.rfc4514_string() for c in certificates),
        tuple(c.fingerprint(hashes.SHA256()).hex() for c in certificates),
    )
    _extra_authorities = authorities
    log.warning("--ca-file: also trusting %s", authorities.describe())
    return authorities


def extra_authorities() -> ExtraAuthorities | None:
    """The authorities added with ``--ca-file`` (None: the OS store only)."""
    return _extra_authorities


def trust_description() -> str:
    """What certificates are checked against, for the diagnostics report."""
    if _extra_authorities is None:
        return "the system certificate store"
    return f"the system certificate store and --ca-file {_extra_authorities.describe()}"


def forget_ca_file() -> None:
    """Back to the OS store only (tests; a new run starts that way)."""
    global _extra_authorities  # noqa: PLW0603 - one trust configuration per process
    _extra_authorities = None


class _GuardedHTTPConnection(HTTPConnection):
    """Reports itself to the calling thread's CallGuard so a deadline can end its reads."""

    def connect(self) -> None:
        """Connect under the guard (a proxy may trickle its CONNECT answer too)."""
        watch_connection(self)
        super().connect()

    def request(self, *args: Any, **kwargs: Any) -> None:
        """Send under the guard (a kept-alive connection is reused without connecting)."""
        watch_connection(self)
        super().request(*args, **kwargs)


class _GuardedHTTPSConnection(_GuardedHTTPConnection, HTTPSConnection):
    """The HTTPS form: the guard's methods run first, then HTTPSConnection's."""


class _GuardedHTTPConnectionPool(HTTPConnectionPool):
    ConnectionCls = _GuardedHTTPConnection


class _GuardedHTTPSConnectionPool(HTTPSConnectionPool):
    ConnectionCls = _GuardedHTTPSConnection


_GUARDED_POOLS: dict[str, type[HTTPConnectionPool]] = {
    "http": _GuardedHTTPConnectionPool,
    "https": _GuardedHTTPSConnectionPool,
}


class GuardedAdapter(HTTPAdapter):
    """An adapter whose connections obey the platform client's deadlines and cancel."""

    def __init__(self, **kwargs: Any) -> None:
        # retries are decided by the client, which knows which calls are idempotent
        super().__init__(max_retries=0, **kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Pools of guarded connections."""
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = _GUARDED_POOLS

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Guarded connections also through a proxy."""
        manager = super().proxy_manager_for(proxy, **proxy_kwargs)
        # SOCKS managers bring their own connection classes (the SOCKS handshake); their
        # calls keep the deadline checks between reads but not the socket shutdown
        if not proxy.lower().startswith("socks"):
            manager.pool_classes_by_scheme = _GUARDED_POOLS
        return manager


class TruststoreAdapter(GuardedAdapter):
    """HTTPS through the operating system's certificate store (plus ``--ca-file``)."""

    def __init__(
        self,
        ssl_context: ssl.SSLContext | None = None,
        extra: ExtraAuthorities | None = None,
        **kwargs: Any,
    ) -> None:
        self._ssl_context = ssl_context or truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        if extra is not None:
            self._ssl_context.load_verify_locations(cadata=extra.pem)
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Hand our SSL context to urllib3."""
        kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Hand our SSL context to urllib3 also when a proxy is used."""
        proxy_kwargs["ssl_context"] = self._ssl_context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def send(  # noqa: PLR0917 - requests' signature
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        """Always verify, and only against our context.

        requests replaces ``verify=True`` by the file ``REQUESTS_CA_BUNDLE`` names, which
        would load that file into the shared context: an environment variable would add
        trust. Whatever ``verify`` says is ignored here.
        """
        return super().send(request, stream, timeout, True, cert, proxies)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Verify against our context, never against a CA file or requests' certifi."""
        conn.cert_reqs = ErrorCode.CERT_REQUIRED
        conn.ca_certs = None
        conn.ca_cert_dir = None
        if cert:
            super().cert_verify(conn, url, True, cert)  # type: ignore[no-untyped-call]


_warned_about: set[str] = set()


def _warn_about_trust_variables() -> None:
    """Say once per run which trust variables are set and what becomes of them."""
    for name in IGNORED_TRUST_VARIABLES:
        if name not in _warned_about and os.environ.get(name):
            _warned_about.add(name)
            log.warning(
                "%s is set and ignored: certificates are trusted from the system store "
                "(and --ca-file) only",
                name,
            )
    if sys.platform not in ("win32", "darwin"):
        for name in OPENSSL_TRUST_VARIABLES:
            if name not in _warned_about and os.environ.get(name):
                _warned_about.add(name)
                log.warning("%s is set: OpenSSL reads this system's certificate store there", name)


def make_session() -> requests.Session:
    """A Session that honours system proxy settings and trusts the OS certificate store."""
    _warn_about_trust_variables()
    session = requests.Session()
    session.trust_env = True
    session.mount("https://", TruststoreAdapter(extra=_extra_authorities))
    session.mount("http://", GuardedAdapter())
    session.headers["User-Agent"] = "tcloud-desktop"
    return session


def is_loopback(host: str) -> bool:
    """True for localhost and loopback IP addresses."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_base_url(url: str) -> str:
    """Validate the platform address: https, or http to a loopback address only."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InsecureUrl(url)
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise InsecureUrl(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/"), "", ""))


def describe_proxy(session: requests.Session, url: str) -> str | None:
    """The proxy used for ``url`` (credentials removed), or None for a direct connection."""
    proxies: dict[str, str] = {}
    if session.trust_env:
        proxies.update(requests.utils.get_environ_proxies(url))
    proxies.update({k: v for k, v in session.proxies.items() if v})
    chosen = requests.utils.select_proxy(url, proxies)
    if not chosen:
        return None
    parts = urlsplit(chosen)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def http_date(value: str | None) -> datetime | None:
    """The moment an HTTP ``Date`` header names (UTC), or None when absent or unreadable."""
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
