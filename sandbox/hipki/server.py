"""A fake HiPKI LocalSignServer backed by emulated cards, for tests and training.

Speaks the subset of the real server's protocol the client uses, in the formats the
real server answers in (``cards.md``, checked against public code real sites ship):

- ``GET /p11Image.bmp``: a 2000×1 24-bit bitmap whose pixels carry a JSON text
  (``ret_code``, ``serverVersion``), three characters per pixel in blue, green, red
  order, ended by a pixel whose blue byte is 0; ``GET /`` answers ``version:…``.
- ``GET /pkcs11info?withcert=true``: slots whose ``token`` is an object, ``null`` or
  the string ``"unknown token"`` for an empty reader; certificates with ``usage``
  (``digitalSignature``, ``keyEncipherment|dataEncipherment``), ``notBeforeT`` /
  ``notAfterT`` in epoch seconds.
- ``POST /sign`` with a ``tbsPackage`` form field: the answer's ``func`` is ``"sign"``;
  tries left arrive as negative 32-bit numbers (−2147483646 / −2147483647) or, as some
  servers send them, as 64-bit 0xFFFFFFFF80000002 / …01; a caller it does not trust
  gets 0x7600000F (newer servers) or 0x76000031.

It listens on 127.0.0.1 only, on the port given (0 picks a free one). The request body
(which holds the PIN) is never logged.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import struct
import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs, urlsplit

from app.cards.signer import PIN_MAX_LENGTH, PIN_MIN_LENGTH
from sandbox.cardemu.card import EmulatedCard

RET_OK = 0
RET_SITE_NOT_AUTHORISED = 0x76000031
RET_SITE_NOT_TRUSTED = 0x7600000F
RET_LOGIN_FAILED = 0x76100006
RET_NO_CARD = 0x76000006
RET_NO_READER = 0x76100003
RET_BAD_PACKAGE = 0x76000001

LAST_WRONG_PIN = 0xA0
LAST_PIN_LENGTH = 0xA2
LAST_PIN_LOCKED = 0xA4
_TRIES_LEFT_CODES = {2: 0x80000002, 1: 0x80000001}
UNKNOWN_TOKEN = "unknown token"  # noqa: S105 - what the server says for an empty slot

SIGN_FUNC = "sign"
VERSION = "1.3.4.103339-fake"
TOKEN_LABEL = "HiCOS PKI Smart Card"  # noqa: S105 - a token label, not a secret
PROBE_WIDTH = 2000

USAGE_SIGNING = "digitalSignature"
USAGE_ENCRYPTION = "keyEncipherment|dataEncipherment"
USAGE_CA = "keyCertSign|cRLSign"

TriesLeftForm = Literal["negative", "unsigned64"]


def tries_left_code(tries_left: int, form: TriesLeftForm) -> int:
    """``last_error`` for a wrong PIN with ``tries_left``, in one of the server's forms:
    the signed 32-bit value (−2147483646) or the sign-extended 64-bit one."""
    code = _TRIES_LEFT_CODES[tries_left]
    return code - (1 << 32) if form == "negative" else code | 0xFFFFFFFF00000000


def probe_image(payload: Mapping[str, Any]) -> bytes:
    """The ``/p11Image.bmp`` answer: ``payload`` as JSON in the pixels of a 2000×1 bitmap."""
    text = json.dumps(payload, separators=(",", ":")).encode("ascii")
    text += b" " * (-len(text) % 3)  # whole pixels
    if len(text) // 3 >= PROBE_WIDTH:
        raise ValueError("probe payload too long")
    row = text + b"\x00" * (PROBE_WIDTH * 3 - len(text))  # a zero blue byte ends the text
    offset = 14 + 40
    header = struct.pack("<2sIHHI", b"BM", offset + len(row), 0, 0, offset)
    dib = struct.pack("<IiiHHIIiiII", 40, PROBE_WIDTH, 1, 1, 24, 0, len(row), 2835, 2835, 0, 0)
    return header + dib + row


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
        "notBeforeT": int(cert.not_valid_before_utc.timestamp()),
        "notAfterT": int(cert.not_valid_after_utc.timestamp()),
    }


class FakeHiPki:
    """The fake server; ``cards`` returns slot description → card (None = empty reader).

    ``allowed_origins``: callers whose Origin is not listed are refused as untrusted
    sites (``refusal_code``) on the ``guarded`` paths; ``empty_token`` is what an empty
    reader's slot says (``None`` or ``"unknown token"``); ``tries_left_form`` how a wrong
    PIN's tries left are encoded.
    """

    def __init__(
        self,
        cards: CardProvider,
        *,
        port: int = 0,
        allowed_origins: frozenset[str] | None = None,
        guarded: frozenset[str] = frozenset({"/pkcs11info", "/sign"}),
        refusal_code: int = RET_SITE_NOT_TRUSTED,
        empty_token: str | None = None,
        tries_left_form: TriesLeftForm = "negative",
    ) -> None:
        self._cards = cards
        self.allowed_origins = allowed_origins
        self.guarded = guarded
        self.refusal_code = refusal_code
        self.empty_token = empty_token
        self.tries_left_form: TriesLeftForm = tries_left_form
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
                slots.append({"slotDescription": description, "token": self.empty_token})
                continue
            token: dict[str, Any] = {
                "label": TOKEN_LABEL,
                "manufacturerID": "Chunghwa TeleCom Co., Ltd.",
                "serialNumber": card.serial,
            }
            if with_cert:
                certs = [_cert_entry(der, "CA Cert", USAGE_CA) for der in card.chain]
                certs.append(_cert_entry(card.certificate, "cert1", USAGE_SIGNING))
                if card.encryption_certificate:
                    certs.append(
                        _cert_entry(card.encryption_certificate, "cert2", USAGE_ENCRYPTION)
                    )
                token["certs"] = certs
            slots.append({"slotDescription": description, "token": token})
        if not slots:
            return {"ret_code": RET_NO_READER, "last_error": 0, "func": "GetPKCS11Info"}
        return {"ret_code": RET_OK, "last_error": 0, "func": "GetPKCS11Info", "slots": slots}

    def sign(self, package: Mapping[str, Any]) -> dict[str, Any]:
        """The /sign answer for one tbsPackage."""

        def fail(ret: int, last: int = 0) -> dict[str, Any]:
            return {"ret_code": ret, "last_error": last, "func": SIGN_FUNC}

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
        if not PIN_MIN_LENGTH <= len(pin) <= PIN_MAX_LENGTH:
            return fail(RET_LOGIN_FAILED, LAST_PIN_LENGTH)
        if card.tries_left == 0:
            return fail(RET_LOGIN_FAILED, LAST_PIN_LOCKED)
        outcome = card.check_pin(pin.encode("utf-8"))
        if not outcome.ok:
            if outcome.tries_left == 0:
                return fail(RET_LOGIN_FAILED, LAST_PIN_LOCKED)
            if outcome.tries_left in _TRIES_LEFT_CODES:
                return fail(
                    RET_LOGIN_FAILED, tries_left_code(outcome.tries_left, self.tries_left_form)
                )
            return fail(RET_LOGIN_FAILED, LAST_WRONG_PIN)
        signature = card.sign_digest(hashlib.sha256(tbs).digest())
        answer = {
            "ret_code": RET_OK,
            "last_error": 0,
            "func": SIGN_FUNC,
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

            def _authorised(self, path: str) -> bool:
                if fake.allowed_origins is None or path not in fake.guarded:
                    return True
                return self.headers.get("Origin", "") in fake.allowed_origins

            def _refuse(self) -> None:
                self._json({"ret_code": fake.refusal_code, "last_error": 0})

            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                if parts.path == "/p11Image.bmp":
                    probe = {"ret_code": RET_OK, "serverVersion": VERSION}
                    self._send(200, probe_image(probe), "image/bmp")
                elif parts.path == "/":
                    self._send(200, f"version:{VERSION}".encode(), "text/plain")
                elif parts.path == "/pkcs11info":
                    if not self._authorised(parts.path):
                        self._refuse()
                        return
                    query = parse_qs(parts.query)
                    with_cert = query.get("withcert", ["false"])[0].lower() == "true"
                    self._json(fake.pkcs11info(with_cert))
                else:
                    self._send(404, b"not found", "text/plain")

            def do_POST(self) -> None:
                path = urlsplit(self.path).path
                if path != "/sign":
                    self._send(404, b"not found", "text/plain")
                    return
                if not self._authorised(path):
                    self._refuse()
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
