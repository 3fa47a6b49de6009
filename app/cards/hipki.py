"""Client of the HiPKI LocalSignServer (跨平台網頁元件) at http://localhost:61161.

``GET /pkcs11info?withcert=true`` lists slots, tokens and certificates; ``POST /sign``
with the form field ``tbsPackage`` (JSON) signs. Errors come back as ``ret_code`` and
``last_error``, mapped here to the card layer's typed errors. The PIN travels only in the
POST body of the one sign request; it is never logged or kept.

Read as the server really answers (public code real sites ship, see ``cards.md``):
codes arrive as signed 32-bit, 64-bit or unsigned numbers or as text, so they are
masked to 32 bits before comparing; a site the server does not trust is 0x76000031 or,
on newer servers, 0x7600000F; a slot's ``token`` may be ``null`` or ``"unknown token"``;
certificates are chosen by ``usage``, never by ``label``; the server's version comes
from the ``/p11Image.bmp`` probe, whose pixels carry a JSON text.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import secrets
import struct
from collections.abc import Callable, Mapping
from typing import Any

import requests
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from app.cards.affinity import require_card_thread
from app.cards.errors import (
    CardError,
    HiPkiError,
    HiPkiNotAuthorised,
    MalformedResponse,
    NoCard,
    NoPinPad,
    NoReader,
    PinBlocked,
    PinCancelled,
    PinFormatInvalid,
    PinWrong,
    SignerUnavailable,
)
from app.cards.identity import CardIdentity, identity_from_certificate
from app.cards.signer import (
    Availability,
    SignerIdentity,
    SignerKind,
    SignResult,
    check_pin_format,
)
from app.cards.traffic import TRAFFIC
from certs.errors import CertificateError
from certs.profile import has_signing_usage, load_certificate
from certs.trust import issuer_chain

log = logging.getLogger(__name__)

DEFAULT_URL = "http://localhost:61161"

RET_OK = 0
RET_SITE_NOT_AUTHORISED = 0x76000031
RET_SITE_NOT_TRUSTED = 0x7600000F  # 禁止存取的網域, newer servers
RET_LOGIN_FAILED = 0x76100006
RET_NO_CARD = 0x76000006
RET_NO_READER = 0x76100003
RET_USER_CANCELLED = 0x76000999

LAST_WRONG_PIN = 0xA0
LAST_PIN_LENGTH = 0xA2
LAST_PIN_LOCKED = 0xA4
LAST_TWO_TRIES_LEFT = 0x80000002
LAST_ONE_TRY_LEFT = 0x80000001


CODE_MASK = 0xFFFFFFFF


def code_value(value: Any) -> int | None:
    """A ``ret_code`` / ``last_error`` as an unsigned 32-bit value, whatever form the
    server used: −2147483646, 2147483650, 0xFFFFFFFF80000002 (as a number or as text)
    all read 0x80000002."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise MalformedResponse("HiPKI answered a boolean where a code belongs")
    if isinstance(value, int):
        return value & CODE_MASK
    if isinstance(value, float) and value.is_integer():
        return int(value) & CODE_MASK
    if isinstance(value, str):
        text = value.strip()
        negative = text.startswith("-")
        digits = text[1:] if negative else text
        try:
            number = int(digits, 16) if digits.lower().startswith("0x") else int(digits)
        except ValueError:
            pass
        else:
            return (-number if negative else number) & CODE_MASK
    raise MalformedResponse("HiPKI answered an unreadable error code")


def hipki_error(ret_code: int, last_error: int | None) -> CardError:
    """The typed error for a HiPKI ``ret_code`` / ``last_error`` pair."""
    if ret_code == RET_LOGIN_FAILED or last_error in (
        LAST_WRONG_PIN,
        LAST_PIN_LENGTH,
        LAST_PIN_LOCKED,
        LAST_TWO_TRIES_LEFT,
        LAST_ONE_TRY_LEFT,
    ):
        if last_error == LAST_PIN_LOCKED:
            return PinBlocked("the card's PIN is locked")
        if last_error == LAST_PIN_LENGTH:
            return PinFormatInvalid("HiPKI refused the PIN length")
        if last_error == LAST_TWO_TRIES_LEFT:
            return PinWrong(2)
        if last_error == LAST_ONE_TRY_LEFT:
            return PinWrong(1)
        return PinWrong(None)
    if ret_code == RET_NO_CARD:
        return NoCard("HiPKI finds no card")
    if ret_code == RET_NO_READER:
        return NoReader("HiPKI finds no card reader")
    if ret_code == RET_USER_CANCELLED:
        return PinCancelled("cancelled in HiPKI")
    if ret_code in (RET_SITE_NOT_AUTHORISED, RET_SITE_NOT_TRUSTED):
        return HiPkiNotAuthorised(ret_code, last_error, "HiPKI does not trust this caller")
    return HiPkiError(ret_code, last_error)


BMP_HEADER = struct.Struct("<2sIHHI")  # "BM", file size, reserved, pixel data offset
DIB_HEADER = struct.Struct("<IiiHH")  # header size, width, height, planes, bits per pixel


def probe_text(bmp: bytes) -> str:
    """The text ``/p11Image.bmp`` carries: pixel by pixel, left to right, the blue, green
    and red bytes are three characters, up to the first pixel whose blue byte is 0 (how
    the web pages that ship with HiPKI read it from a canvas)."""
    if len(bmp) < BMP_HEADER.size + DIB_HEADER.size:
        raise MalformedResponse("HiPKI's probe image is too short")
    magic, _size, _r1, _r2, offset = BMP_HEADER.unpack_from(bmp)
    _dib, width, _height, _planes, bits = DIB_HEADER.unpack_from(bmp, BMP_HEADER.size)
    if magic != b"BM" or bits not in (24, 32) or width <= 0 or offset >= len(bmp):
        raise MalformedResponse("HiPKI's probe image is not a 24/32-bit bitmap")
    step = bits // 8
    pixels = bmp[offset : offset + width * step]
    chars: list[str] = []
    for start in range(0, len(pixels) - 2, step):
        blue, green, red = pixels[start : start + 3]
        if blue == 0:
            break
        chars += [chr(blue), chr(green), chr(red)]
    return "".join(chars).rstrip("\x00 ")


def _signs(der: bytes) -> bool:
    """A user certificate for signatures (an answer without ``usage``)."""
    cert = load_certificate(der)
    try:
        is_ca = bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        is_ca = False
    return not is_ca and has_signing_usage(cert)


def _b64(value: Any, what: str) -> bytes:
    if not isinstance(value, str) or not value:
        raise MalformedResponse(f"HiPKI answer lacks {what}")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise MalformedResponse(f"HiPKI answered unreadable {what}") from exc


class HiPkiSigner:
    """Signer through the HiPKI LocalSignServer every marketplace applicant installs."""

    kind = SignerKind.HIPKI

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        timeout: float = 5.0,
        sign_timeout: float = 120.0,
        origin: str | None = None,
        session: requests.Session | None = None,
        prepare: Callable[[CardIdentity], CardIdentity] | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.sign_timeout = sign_timeout  # HiPKI may show its own PIN dialog
        self._headers = {"Origin": origin} if origin else {}
        self._session = session or requests.Session()
        self._session.trust_env = False  # localhost must never go through a proxy
        self._prepare = prepare
        self.skipped: list[str] = []
        """Slots the last :meth:`identities` could not use, with the reason."""
        self.server_version: str | None = None
        """The version the server reported to the last probe (None: not told)."""

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        require_card_thread("HiPKI")
        url = f"{self.base_url}{path}"
        try:
            response = self._session.request(method, url, headers=self._headers, **kwargs)
        except requests.ConnectionError as exc:
            raise SignerUnavailable("HiPKI LocalSignServer is not running") from exc
        except requests.Timeout as exc:
            raise SignerUnavailable("HiPKI LocalSignServer does not answer") from exc
        except requests.RequestException as exc:
            raise SignerUnavailable(f"HiPKI request failed: {type(exc).__name__}") from exc
        log.log(TRAFFIC, "HiPKI %s %s -> %s", method, path, response.status_code)
        return response

    def _json(self, response: requests.Response) -> Mapping[str, Any]:
        if response.status_code != 200:
            raise SignerUnavailable(f"HiPKI answered HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError as exc:
            raise MalformedResponse("HiPKI answered something other than JSON") from exc
        if not isinstance(body, dict):
            raise MalformedResponse("HiPKI answered JSON of an unexpected shape")
        ret = code_value(body.get("ret_code", RET_OK))
        if ret not in (None, RET_OK):
            raise hipki_error(ret, code_value(body.get("last_error")))
        return body

    def availability(self) -> Availability:
        """Available when the server answers its version probe (/p11Image.bmp); the
        version it reports is kept in :attr:`server_version`."""
        try:
            response = self._request("GET", "/p11Image.bmp", timeout=self.timeout)
        except SignerUnavailable as exc:
            return Availability(False, exc.message)
        if response.status_code != 200:
            return Availability(False, f"HiPKI answered HTTP {response.status_code}")
        self.server_version = self._probe_version(response.content)
        version = f" {self.server_version}" if self.server_version else ""
        return Availability(True, f"HiPKI LocalSignServer{version} at {self.base_url}")

    def _probe_version(self, bmp: bytes) -> str | None:
        """``serverVersion`` from the probe image, else the ``version:`` line of ``GET /``."""
        try:
            info = json.loads(probe_text(bmp))
        except (MalformedResponse, ValueError):
            info = None
        if isinstance(info, dict) and isinstance(info.get("serverVersion"), str):
            return str(info["serverVersion"]).strip() or None
        try:
            response = self._request("GET", "/", timeout=self.timeout)
        except SignerUnavailable:
            return None
        for line in response.text.splitlines() if response.status_code == 200 else ():
            key, _, value = line.partition(":")
            if key.strip().lower() == "version" and value.strip():
                return value.strip()[:64]
        return None

    def identities(self) -> list[SignerIdentity]:
        """One identity per slot whose token holds a signing certificate."""
        body = self._json(
            self._request("GET", "/pkcs11info", params={"withcert": "true"}, timeout=self.timeout)
        )
        slots = body.get("slots") or []
        if not isinstance(slots, list):
            raise MalformedResponse("HiPKI slot list has an unexpected shape")
        found: list[SignerIdentity] = []
        self.skipped = []
        for slot in slots:
            # An empty reader's token is null or the text "unknown token".
            if not isinstance(slot, dict) or not isinstance(slot.get("token"), dict):
                continue
            try:
                identity = self._slot_identity(slot["token"])
            except CardError as exc:
                note = f"slot {str(slot.get('slotDescription', ''))[:80]!r}: {exc.message}"
                log.info("HiPKI %s skipped", note)
                self.skipped.append(note)
                continue
            if identity is None:
                continue
            if self._prepare is not None:
                identity = self._prepare(identity)
            found.append(SignerIdentity(self.kind, str(slot.get("slotDescription", "")), identity))
        return found

    def _slot_identity(self, token: Mapping[str, Any]) -> CardIdentity | None:
        """The signing certificate by ``usage`` (digitalSignature), else by the
        certificate's own key usage; its chain by issuer and key identifiers."""
        certs = token.get("certs") or []
        if not isinstance(certs, list):
            raise MalformedResponse("HiPKI certificate list has an unexpected shape")
        found: list[tuple[bytes, set[str]]] = []
        for entry in certs:
            if not isinstance(entry, dict):
                raise MalformedResponse("HiPKI certificate entry has an unexpected shape")
            der = _b64(entry.get("certb64"), "a certificate")
            usage = entry.get("usage")
            words = usage.split("|") if isinstance(usage, str) else []
            found.append((der, {word.strip().lower() for word in words}))
        if not found:
            return None
        signing = next((der for der, usages in found if "digitalsignature" in usages), None)
        try:
            if signing is None:
                # No entry says digitalSignature (a usage spelt otherwise, or none at all):
                # the certificate's own key usage decides.
                signing = next((der for der, _usages in found if _signs(der)), None)
            if signing is None:
                raise MalformedResponse("the card holds no signing certificate")
            chain = issuer_chain(signing, [der for der, _usages in found if der != signing])
        except CertificateError as exc:
            raise MalformedResponse(f"unreadable certificate on the card: {exc}") from exc
        serial = token.get("serialNumber")
        return identity_from_certificate(
            signing,
            tuple(c.public_bytes(Encoding.DER) for c in chain),
            str(serial).strip() if serial else None,
        )

    def sign(self, who: SignerIdentity, document: bytes, pin: str | None) -> SignResult:
        """One POST /sign (PKCS#1, SHA-256); the result is checked against the certificate.

        HiPKI takes the PIN as a form field: its identities never report a PIN pad, and
        ``pin=None`` is refused with NoPinPad before any request.
        """
        who.identity.require_usable()
        if pin is None:
            raise NoPinPad("HiPKI takes the PIN typed on the keyboard only")
        check_pin_format(pin)
        package = {
            "tbs": base64.b64encode(document).decode("ascii"),
            "tbsEncoding": "base64",
            "hashAlgorithm": "SHA256",
            "withCardSN": "true",
            "pin": pin,
            "nonce": secrets.token_hex(16),
            "func": "MakeSignature",
            "signatureType": "PKCS1",
            "slotDescription": who.handle,
        }
        response = self._request(
            "POST", "/sign", data={"tbsPackage": json.dumps(package)}, timeout=self.sign_timeout
        )
        body = self._json(response)
        signature = _b64(body.get("signature"), "a signature")
        certificate = _b64(body.get("certb64"), "the certificate")
        card_sn = body.get("cardSN")
        if card_sn and who.card_serial and str(card_sn).strip() != who.card_serial:
            raise MalformedResponse("HiPKI signed with another card than the one chosen")
        if certificate != who.identity.certificate:
            raise MalformedResponse("HiPKI signed with another certificate than the one chosen")
        return who.signed(document, signature, certificate)

    def pin_tries_left(self, who: SignerIdentity) -> int | None:
        """HiPKI tells tries left only after a wrong PIN (PinWrong.tries_left)."""
        return None
