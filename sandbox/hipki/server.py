"""A fake HiPKI LocalSignServer backed by emulated cards, for tests and training.

Speaks the subset of the real server's protocol the client uses (``cards.md``):
``GET /p11Image.bmp`` (running probe), ``GET /pkcs11info?withcert=true`` and
``POST /sign`` with a ``tbsPackage`` form field, answering ``ret_code`` / ``last_error``
the way HiPKI does (wrong PIN with tries left, locked card, no card, site not authorised).
It listens on 127.0.0.1 only, on the port given (0 picks a free one). The request body
(which holds the PIN) is never logged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sandbox.cardemu.card import PIN_MAX, PIN_MIN, EmulatedCard

RET_OK = 0
RET_SITE_NOT_AUTHORISED = 0x76000031
RET_LOGIN_FAILED = 0x76100006
RET_NO_CARD = 0x76000006
RET_NO_READER = 0x76100003
RET_BAD_PACKAGE = 0x76000001

LAST_WRONG_PIN = 0xA0
LAST_PIN_LENGTH = 0xA2
LAST_PIN_LOCKED = 0xA4
_TRIES_LEFT_CODES = {2: 0x80000002, 1: 0x80000001}

VERSION = "1.3.4.103339-fake"
TOKEN_LABEL = "HiCOS PKI Smart Card"  # noqa: S105 - a token label, not a secret
_BMP = b"BM" + b"\x00" * 60  # the probe only needs an answer

CardProvider = Callable[[], Mapping[str, EmulatedCard | None]]


def _cert_entry(der: bytes, label: str, usage: str) -> dict[str, Any]:
    from cryptography import x509

    cert = x509.load_der_x509_certificate(der)
    return {
        "certb64": base64.b64encode(der).decode("ascii"),
        "label": label,
        "usage": usage,
        "sn": format(cert.serial_number, "x"),
        "subjectDN": cert.subject.rfc4514_string(),
        "issuerDN": cert.issuer.rfc4514_string(),
        "notBeforeT": cert.not_valid_before_utc.strftime("%Y%m%d%H%M%S"),
        "notAfterT": cert.not_valid_after_utc.strftime("%Y%m%d%H%M%S"),
    }


class FakeHiPki:
    """The fake server; ``cards`` returns slot description → card (None = empty reader)."""

    def __init__(
        self,
        cards: CardProvider,
        *,
        port: int = 0,
        allowed_origins: frozenset[str] | None = None,
    ) -> None:
        self._cards = cards
        self.allowed_origins = allowed_origins
        self._server = ThreadingHTTPServer(("127.0.0.1", port), self._handler_class())
        self._server.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The TCP port the server listens on."""
        return int(self._server.server_address[1])

    @property
    def url(self) -> str:
        """Base URL for the client."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FakeHiPki:
        """Serve on a background thread."""
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="fake-hipki", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeHiPki:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # -- protocol -----------------------------------------------------------------

    def pkcs11info(self, with_cert: bool) -> dict[str, Any]:
        """The /pkcs11info answer for the current cards."""
        slots: list[dict[str, Any]] = []
        for description, card in self._cards().items():
            if card is None:
                slots.append({"slotDescription": description, "token": None})
                continue
            token: dict[str, Any] = {
                "label": TOKEN_LABEL,
                "manufacturerID": "Chunghwa TeleCom Co., Ltd.",
                "serialNumber": card.serial,
            }
            if with_cert:
                certs = [_cert_entry(der, "CA Cert", "CertSign") for der in card.chain]
                certs.append(_cert_entry(card.certificate, "cert1", "digitalSignature"))
                if card.encryption_certificate:
                    certs.append(
                        _cert_entry(card.encryption_certificate, "cert2", "keyEncipherment")
                    )
                token["certs"] = certs
            slots.append({"slotDescription": description, "token": token})
        if not slots:
            return {"ret_code": RET_NO_READER, "last_error": 0, "func": "GetPKCS11Info"}
        return {"ret_code": RET_OK, "last_error": 0, "func": "GetPKCS11Info", "slots": slots}

    def sign(self, package: Mapping[str, Any]) -> dict[str, Any]:
        """The /sign answer for one tbsPackage."""

        def fail(ret: int, last: int = 0) -> dict[str, Any]:
            return {"ret_code": ret, "last_error": last, "func": "MakeSignature"}

        if (
            package.get("func") != "MakeSignature"
            or package.get("signatureType") != "PKCS1"
            or package.get("hashAlgorithm") != "SHA256"
        ):
            return fail(RET_BAD_PACKAGE)
        try:
            tbs_text = str(package.get("tbs", ""))
            if package.get("tbsEncoding") == "base64":
                tbs = base64.b64decode(tbs_text, validate=True)
            else:
                tbs = tbs_text.encode("utf-8")
        except (binascii.Error, ValueError):
            return fail(RET_BAD_PACKAGE)
        cards = {k: v for k, v in self._cards().items() if v is not None}
        if not self._cards():
            return fail(RET_NO_READER)
        wanted = package.get("slotDescription")
        card = cards.get(str(wanted)) if wanted else next(iter(cards.values()), None)
        if card is None:
            return fail(RET_NO_CARD)
        pin = str(package.get("pin", ""))
        if not PIN_MIN <= len(pin) <= PIN_MAX:
            return fail(RET_LOGIN_FAILED, LAST_PIN_LENGTH)
        if card.tries_left == 0:
            return fail(RET_LOGIN_FAILED, LAST_PIN_LOCKED)
        outcome = card.check_pin(pin.encode("utf-8"))
        if not outcome.ok:
            if outcome.tries_left == 0:
                return fail(RET_LOGIN_FAILED, LAST_PIN_LOCKED)
            return fail(RET_LOGIN_FAILED, _TRIES_LEFT_CODES.get(outcome.tries_left, LAST_WRONG_PIN))
        signature = card.sign_digest(hashlib.sha256(tbs).digest())
        answer = {
            "ret_code": RET_OK,
            "last_error": 0,
            "func": "MakeSignature",
            "signature": base64.b64encode(signature).decode("ascii"),
            "certb64": base64.b64encode(card.certificate).decode("ascii"),
            "version": VERSION,
        }
        if str(package.get("withCardSN", "")).lower() == "true":
            answer["cardSN"] = card.serial
        return answer

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "HiPKI-LocalSignServer-fake"

            def log_message(self, format: str, *args: Any) -> None:
                """Silent: the default handler writes to stderr."""

            def _send(self, status: int, body: bytes, content_type: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _json(self, payload: Mapping[str, Any]) -> None:
                self._send(200, json.dumps(payload).encode("utf-8"), "application/json")

            def _authorised(self) -> bool:
                if fake.allowed_origins is None:
                    return True
                return self.headers.get("Origin", "") in fake.allowed_origins

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path == "/p11Image.bmp":
                    self._send(200, _BMP, "image/bmp")
                elif parts.path == "/pkcs11info":
                    if not self._authorised():
                        self._json({"ret_code": RET_SITE_NOT_AUTHORISED, "last_error": 0})
                        return
                    query = parse_qs(parts.query)
                    with_cert = query.get("withcert", ["false"])[0].lower() == "true"
                    self._json(fake.pkcs11info(with_cert))
                else:
                    self._send(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                if urlsplit(self.path).path != "/sign":
                    self._send(404, b"not found", "text/plain")
                    return
                if not self._authorised():
                    self._json({"ret_code": RET_SITE_NOT_AUTHORISED, "last_error": 0})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                form = parse_qs(self.rfile.read(min(length, 1 << 20)).decode("utf-8", "replace"))
                try:
                    package = json.loads(form.get("tbsPackage", [""])[0])
                except ValueError:
                    package = None
                if not isinstance(package, dict):
                    self._json({"ret_code": RET_BAD_PACKAGE, "last_error": 0})
                    return
                self._json(fake.sign(package))

        return Handler
