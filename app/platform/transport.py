"""HTTP plumbing: the requests Session with the OS trust store, and address checks."""

from __future__ import annotations

import ipaddress
import logging
import ssl
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import requests.utils
import truststore
from requests.adapters import HTTPAdapter

from .errors import InsecureUrl

CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 20.0

# urllib3 logs every request's full URL at DEBUG (UBNs, order numbers, query values);
# the platform client logs its own redacted line instead, so urllib3 speaks from INFO up.
logging.getLogger("urllib3").setLevel(logging.INFO)


class TruststoreAdapter(HTTPAdapter):
    """HTTPS through the operating system's certificate store (corporate proxies' CAs)."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None, **kwargs: Any) -> None:
        self._ssl_context = ssl_context or truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        # retries are decided by the client, which knows which calls are idempotent
        super().__init__(max_retries=0, **kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """Hand our SSL context to urllib3."""
        kwargs["ssl_context"] = self._ssl_context
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Hand our SSL context to urllib3 also when a proxy is used."""
        proxy_kwargs["ssl_context"] = self._ssl_context
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def cert_verify(self, conn: Any, url: str, verify: Any, cert: Any) -> None:
        """Verify against the OS store, not requests' bundled certifi file."""
        if verify is True and url.lower().startswith("https"):
            conn.cert_reqs = "CERT_REQUIRED"
            conn.ca_certs = None
            conn.ca_cert_dir = None
            return
        super().cert_verify(conn, url, verify, cert)  # type: ignore[no-untyped-call]


def make_session() -> requests.Session:
    """A Session that honours system proxy settings and trusts the OS certificate store."""
    session = requests.Session()
    session.trust_env = True
    session.mount("https://", TruststoreAdapter())
    session.mount("http://", HTTPAdapter(max_retries=0))
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
