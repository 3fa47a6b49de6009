"""HTTPS goes through the OS trust store: an unknown certificate is a typed TLS error."""

from __future__ import annotations

import datetime as dt
import json
import logging
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from platform_answers import like_platform

from app.platform import transport
from app.platform.client import PlatformClient
from app.platform.errors import CaFileError, NetworkError, RedirectRefused
from app.platform.tokens import TokenStore
from app.platform.transport import (
    TruststoreAdapter,
    extra_authorities,
    forget_ca_file,
    make_session,
    trust_ca_file,
)
from app.storage import SecretStore
from tests.tls_certificates import authority_and_leaf


def _self_signed(directory: Path) -> tuple[Path, Path]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = directory / "cert.pem", directory / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[int]:
    cert, key = _self_signed(tmp_path)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

        def log_message(self, format: str, *args: object) -> None:
            return

    httpd = HTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield int(httpd.server_address[1])
    httpd.shutdown()
    httpd.server_close()


def test_https_uses_the_truststore_adapter() -> None:
    session = make_session()
    assert isinstance(session.get_adapter("https://platform.example.tw/"), TruststoreAdapter)
    assert session.trust_env


def test_untrusted_certificate_is_a_tls_network_error(tls_server: int) -> None:
    client = PlatformClient(
        f"https://localhost:{tls_server}/api/v1",
        tokens=TokenStore(SecretStore()),
        retries=2,
        sleep=lambda _s: pytest.fail("a TLS failure is not retried"),
    )
    with pytest.raises(NetworkError) as info:
        client.lookup_applicant("16480894")
    assert info.value.kind == "tls"


# --- trust comes from the OS store and --ca-file only; https never leads to http ---------


APPLICANT = json.dumps(
    like_platform(
        "applicant",
        {
            "ubn": "16480894",
            "name": "x",
            "applicant_type": "sme",
            "allowed_methods": ["moeaca_card"],
            "member": False,
            "pavilions": ["general"],
            "pavilion": "general",
            "review": None,
        },
    )
).encode()


@pytest.fixture
def proxy_ca_server(tmp_path: Path) -> Iterator[tuple[Path, int, list[str]]]:
    """An https server with a certificate from a private CA; ``/redirect`` sends to http."""
    ca, cert, key = authority_and_leaf(tmp_path)
    plain_hits: list[str] = []

    def handler(redirect_to: str | None) -> type[BaseHTTPRequestHandler]:
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if redirect_to is None:
                    plain_hits.append(self.path)
                elif "redirect" in self.path:
                    self.send_response(302)
                    self.send_header("Location", redirect_to)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(APPLICANT)))
                self.end_headers()
                self.wfile.write(APPLICANT)

            def log_message(self, format: str, *args: object) -> None:
                return

        return Handler

    plain = HTTPServer(("127.0.0.1", 0), handler(None))
    plain_port = plain.server_address[1]
    secure_handler = handler(f"http://localhost:{plain_port}/api/v1/applicants/16480894")
    secure = HTTPServer(("127.0.0.1", 0), secure_handler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    secure.socket = context.wrap_socket(secure.socket, server_side=True)
    threads = [
        threading.Thread(target=s.serve_forever, args=(0.05,), daemon=True) for s in (plain, secure)
    ]
    for thread in threads:
        thread.start()
    yield ca, int(secure.server_address[1]), plain_hits
    for server in (plain, secure):
        server.shutdown()
        server.server_close()
    forget_ca_file()


def _tls_client(port: int) -> PlatformClient:
    return PlatformClient(
        f"https://localhost:{port}/api/v1", tokens=TokenStore(SecretStore()), retries=0
    )


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"])
def test_environment_variables_do_not_add_trust(
    proxy_ca_server: tuple[Path, int, list[str]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    variable: str,
) -> None:
    ca, port, _hits = proxy_ca_server
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    monkeypatch.setenv(variable, str(ca))
    monkeypatch.setattr(transport, "_warned_about", set())
    with caplog.at_level(logging.WARNING, "app.platform.transport"):
        client = _tls_client(port)
    with pytest.raises(NetworkError) as info:
        client.lookup_applicant("16480894")
    assert info.value.kind == "tls"
    assert f"{variable} is set and ignored" in caplog.text


def test_ca_file_trusts_a_tls_inspecting_proxy_and_says_so(
    proxy_ca_server: tuple[Path, int, list[str]], caplog: pytest.LogCaptureFixture
) -> None:
    ca, port, _hits = proxy_ca_server
    with caplog.at_level(logging.WARNING, "app.platform.transport"):
        added = trust_ca_file(ca)
    assert added.subjects == ("CN=Proxy Inspection CA",)
    assert "--ca-file: also trusting" in caplog.text
    assert added.sha256[0] in caplog.text
    assert extra_authorities() == added
    assert _tls_client(port).lookup_applicant("16480894").ubn == "16480894"


def test_ca_file_must_hold_certificate_authorities(tmp_path: Path) -> None:
    _ca, leaf, key = authority_and_leaf(tmp_path)
    with pytest.raises(CaFileError, match="not a certificate authority"):
        trust_ca_file(leaf)
    with pytest.raises(CaFileError, match="not a PEM or DER"):
        trust_ca_file(key)
    with pytest.raises(CaFileError):
        trust_ca_file(tmp_path / "missing.pem")
    assert extra_authorities() is None


def test_https_never_redirects_to_http(proxy_ca_server: tuple[Path, int, list[str]]) -> None:
    ca, port, plain_hits = proxy_ca_server
    trust_ca_file(ca)
    client = _tls_client(port)
    client.use_token("16480894", "session-token")
    with pytest.raises(RedirectRefused) as info:
        client.call_json("GET", "/redirect", auth=True)
    assert info.value.target.startswith("http://")
    assert plain_hits == []
