"""Platform probe against local servers: clock skew, errors, TLS trust, proxy, bad URLs."""

from __future__ import annotations

import contextlib
import email.utils
import ssl
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from app.support.diagnostics import PlatformInfo, ProblemList
from app.support.probes import platform_probe
from certs.profile import CardKind
from certs.testpki import DemoPKI


class _Handler(BaseHTTPRequestHandler):
    skew = 0.0
    status = 200

    def date_time_string(self, timestamp: float | None = None) -> str:
        return email.utils.formatdate(time.time() + self.skew, usegmt=True)

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


@contextlib.contextmanager
def _serve(skew: float, status: int, context: ssl.SSLContext | None = None) -> Iterator[str]:
    handler = type("H", (_Handler,), {"skew": skew, "status": status})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if context is not None:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    scheme = "https" if context else "http"
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}/api/v1/"
    finally:
        server.shutdown()
        server.server_close()


def _probe(url: str | None, training: bool = False) -> tuple[PlatformInfo, ProblemList]:
    problems = ProblemList()
    return platform_probe(url, training)(problems), problems


def test_reachable_platform_without_skew() -> None:
    with _serve(0, 200) as url:
        info, problems = _probe(url)
        assert info.reachable is True
        assert info.http_status == 200
        assert info.clock_skew_seconds is not None
        assert abs(info.clock_skew_seconds) <= 2
        assert info.latency_ms is not None
        assert info.tls_verified is None  # plain http to loopback
        assert problems.codes() == []


def test_clock_skew_and_server_errors_are_problems() -> None:
    with _serve(-3600, 503) as url:
        info, problems = _probe(url)
        assert info.reachable is True
        assert info.http_status == 503
        assert info.clock_skew_seconds is not None
        assert info.clock_skew_seconds < -3500
        assert problems.codes() == ["platform_error", "clock_skew"]
        assert problems.items()[0].severity == "error"  # an hour off is an error
    with _serve(200, 200) as url:
        _, problems = _probe(url)
        assert [p.severity for p in problems.items()] == ["warning"]


def test_a_moved_training_clock_is_reported_but_not_a_problem() -> None:
    """The trainer moved the training platform's clock: this PC's clock is not at fault."""
    with _serve(4 * 86400, 200) as url:
        info, problems = _probe(url, training=True)
        assert info.clock_skew_seconds is not None
        assert info.clock_skew_seconds > 4 * 86400 - 5
        assert problems.codes() == []


def test_unreachable_and_malformed_addresses() -> None:
    info, problems = _probe("http://127.0.0.1:9/")
    assert info.reachable is False
    assert problems.codes() == ["platform_unreachable"]
    info, problems = _probe("ftp://example.org/")
    assert problems.codes() == ["platform_unreachable"]
    info, problems = _probe(None, training=True)
    assert info.embedded
    assert info.reachable is None
    assert problems.codes() == []


def test_plain_http_to_a_remote_host_is_flagged(monkeypatch: pytest.MonkeyPatch) -> None:
    # Through a proxy that refuses: the probe reports the proxy without credentials.
    monkeypatch.setenv("http_proxy", "http://alice:s3cret@127.0.0.1:9")
    monkeypatch.delenv("no_proxy", raising=False)
    info, problems = _probe("http://platform.example.org/")
    assert info.proxy == "http://127.0.0.1:9"
    assert "s3cret" not in repr(info)
    assert problems.codes()[0] == "insecure_url"
    assert "platform_unreachable" in problems.codes()


@pytest.fixture
def untrusted_server_context(tmp_path: Path) -> ssl.SSLContext:
    """A TLS server certificate from the demo test CA, which no system store trusts."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    cert = DemoPKI.load().issue_certificate(CardKind.MOEACA, key.public_key(), subject)
    cert_file = tmp_path / "cert.pem"
    key_file = tmp_path / "key.pem"
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    return context


def test_untrusted_tls_certificate_is_reported(untrusted_server_context: ssl.SSLContext) -> None:
    with _serve(0, 200, untrusted_server_context) as url:
        info, problems = _probe(url)
        assert info.tls_verified is False
        assert problems.codes() == ["tls_untrusted"]


@pytest.mark.parametrize("behaviour", ["trickling_headers", "oversize_until_close"])
def test_a_hostile_platform_does_not_hold_the_diagnostics(
    monkeypatch: pytest.MonkeyPatch, behaviour: str
) -> None:
    import hostile_http

    import app.support.probes

    monkeypatch.setattr(app.support.probes, "PLATFORM_TIMEOUT", 0.6)
    with hostile_http.hostile_server(getattr(hostile_http, behaviour)) as server:
        started = time.monotonic()
        info, problems = _probe(server.url)
        took = time.monotonic() - started
    assert took < 1.5
    if behaviour == "trickling_headers":
        assert info.reachable is False
        assert "platform_unreachable" in problems.codes()
    else:
        assert info.http_status == 200  # answered; the 300 MB body was never read
