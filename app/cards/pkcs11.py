"""Signer through a PKCS#11 module: the HiCOS Client's, or SoftHSM2 in tests.

The HiCOS module mishandles output sizes (CKR_BUFFER_TOO_SMALL), so the document is
hashed here, the DigestInfo is built here and signed with plain CKM_RSA_PKCS, and the
signature length and validity are checked before it is returned. A token flagged
CKF_PROTECTED_AUTHENTICATION_PATH takes the PIN on the reader's pad: C_Login without a PIN.

Tokens are read as real middleware delivers them: certificates in any order, CA
certificates with or without a CKA_ID, values padded to a file size or in PEM, objects
with attributes missing, keys the client cannot sign with (EC). What cannot be used is
skipped and listed in :attr:`Pkcs11Signer.skipped` (diagnostics) and never hides the
other objects or tokens. The signing certificate is the token's RSA certificate with
digitalSignature; its chain is assembled by issuer name and key identifiers
(:func:`certs.trust.issuer_chain`), and its private key is found after login by CKA_ID
and checked against the certificate's modulus.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import PyKCS11
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import Encoding

from app.cards.affinity import require_card_thread
from app.cards.errors import (
    CardError,
    CardRemoved,
    MalformedResponse,
    NoCard,
    PinBlocked,
    PinCancelled,
    PinEntryCancelled,
    PinFormatInvalid,
    PinWrong,
    Pkcs11Error,
    SignerUnavailable,
)
from app.cards.identity import CardIdentity, identity_from_certificate
from app.cards.signer import Availability, SignerIdentity, SignerKind, SignResult
from certs.der import read_tlv
from certs.errors import CertificateError, DerDecodeError
from certs.profile import has_signing_usage, load_certificate
from certs.trust import issuer_chain

log = logging.getLogger(__name__)

MODULE_ENV = "TCLOUD_PKCS11_MODULE"

HICOS_MODULE_PATHS: dict[str, tuple[str, ...]] = {
    "win32": (
        r"C:\Windows\System32\HiCOSPKCS11.dll",
        r"C:\Program Files\Chunghwa Telecom\HiCOS PKI Smart Card\HiCOSPKCS11.dll",
    ),
    "linux": (
        "/usr/local/lib/libHicos_p11.so",
        "/usr/lib/libHicos_p11.so",
        "/usr/lib/x86_64-linux-gnu/libHicos_p11.so",
    ),
    "darwin": ("/usr/local/lib/libHicos_p11.dylib", "/Library/HiCOS/libHicos_p11.dylib"),
}

# DER prefix of DigestInfo { sha256, OCTET STRING(32) } (RFC 8017, 9.2 note 1).
SHA256_DIGEST_INFO = bytes.fromhex("3031300d060960864801650304020105000420")


def default_module_paths() -> tuple[str, ...]:
    """Where the HiCOS PKCS#11 module is installed on this OS; ``TCLOUD_PKCS11_MODULE`` first."""
    configured = os.environ.get(MODULE_ENV)
    platform = "linux" if sys.platform.startswith("linux") else sys.platform
    found = HICOS_MODULE_PATHS.get(platform, ())
    return (configured, *found) if configured else found


def pkcs11_error(
    exc: PyKCS11.PyKCS11Error, tries_left: Callable[[], int | None], *, on_pad: bool = False
) -> CardError:
    """Map a PKCS#11 return code to a typed error (``tries_left`` asked only for wrong PINs;
    ``on_pad``: the PIN was being entered on the reader's keypad)."""
    ckr = int(exc.value)
    if ckr == PyKCS11.CKR_PIN_INCORRECT:
        left = tries_left()
        return PinBlocked("the card's PIN is blocked") if left == 0 else PinWrong(left)
    if ckr == PyKCS11.CKR_PIN_LOCKED:
        return PinBlocked("the card's PIN is blocked")
    if ckr in (PyKCS11.CKR_PIN_LEN_RANGE, PyKCS11.CKR_PIN_INVALID):
        return PinFormatInvalid("the module refused the PIN format")
    if ckr in (PyKCS11.CKR_DEVICE_REMOVED, PyKCS11.CKR_SESSION_HANDLE_INVALID):
        return CardRemoved("the card was removed")
    if ckr == PyKCS11.CKR_TOKEN_NOT_PRESENT:
        return NoCard("no card in the reader")
    if ckr == PyKCS11.CKR_FUNCTION_CANCELED:
        if on_pad:
            return PinEntryCancelled("PIN entry on the reader cancelled or timed out")
        return PinCancelled("PIN entry cancelled")
    return Pkcs11Error(ckr, f"PKCS#11 error {PyKCS11.CKR.get(ckr, hex(ckr))}")


@dataclass(frozen=True)
class _TokenCert:
    cert: x509.Certificate
    object_id: bytes
    label: str

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(Encoding.DER)

    @property
    def is_ca(self) -> bool:
        """A CA certificate by content (CA flag, else keyCertSign), never by label or ID."""
        extensions = self.cert.extensions
        try:
            return bool(extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
        except x509.ExtensionNotFound:
            pass
        try:
            return bool(extensions.get_extension_for_class(x509.KeyUsage).value.key_cert_sign)
        except x509.ExtensionNotFound:
            return False


def certificate_value(value: bytes) -> x509.Certificate:
    """A CKA_VALUE as a certificate: DER, DER padded to the size of the card's file
    (trailing bytes after the certificate), or PEM. CertificateError otherwise."""
    if value.lstrip().startswith(b"-----BEGIN"):
        return load_certificate(value)
    try:
        _element, end = read_tlv(value)
    except DerDecodeError as exc:
        raise DerDecodeError(f"not a DER certificate: {exc}") from exc
    return load_certificate(value[:end])


def _key_type(key: object) -> str:
    return "EC" if isinstance(key, ec.EllipticCurvePublicKey) else type(key).__name__


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bytes | bytearray | list | tuple):
        return bytes(value).decode("utf-8", "replace").strip()
    return ""


class Pkcs11Signer:
    """Signer over a PKCS#11 module found on one of ``module_paths``."""

    kind = SignerKind.PKCS11

    def __init__(
        self,
        module_paths: Sequence[str] | None = None,
        prepare: Callable[[CardIdentity], CardIdentity] | None = None,
    ) -> None:
        self.module_paths = tuple(module_paths) if module_paths else default_module_paths()
        self._prepare = prepare
        self._lib: Any = None
        self.module: str | None = None
        self.skipped: list[str] = []
        """What the last :meth:`identities` could not use, with the reason."""

    def _find_module(self) -> str | None:
        return next((p for p in self.module_paths if p and Path(p).is_file()), None)

    def _library(self) -> Any:
        require_card_thread("PKCS#11")
        if self._lib is None:
            module = self._find_module()
            if module is None:
                raise SignerUnavailable("no PKCS#11 module found (HiCOS Client not installed)")
            lib = PyKCS11.PyKCS11Lib()
            try:
                lib.load(module)
            except PyKCS11.PyKCS11Error as exc:
                raise SignerUnavailable(f"PKCS#11 module {module} failed to load") from exc
            self._lib = lib
            self.module = module
        return self._lib

    def _call(
        self, action: Callable[[], Any], tries_left: Callable[[], int | None], on_pad: bool = False
    ) -> Any:
        require_card_thread("PKCS#11")
        try:
            return action()
        except PyKCS11.PyKCS11Error as exc:
            raise pkcs11_error(exc, tries_left, on_pad=on_pad) from None

    def availability(self) -> Availability:
        """Available when the module loads; the reason names the module."""
        try:
            self._library()
        except SignerUnavailable as exc:
            return Availability(False, exc.message)
        return Availability(True, f"PKCS#11 module {self.module}")

    def _token_flags(self, slot: int) -> int:
        return int(self._library().getTokenInfo(slot).flags)

    def _tries_left(self, slot: int) -> int | None:
        try:
            flags = self._token_flags(slot)
        except PyKCS11.PyKCS11Error:
            return None
        if flags & PyKCS11.CKF_USER_PIN_LOCKED:
            return 0
        if flags & PyKCS11.CKF_USER_PIN_FINAL_TRY:
            return 1
        return None

    def _skip(self, slot: int, what: str, reason: str) -> None:
        note = f"slot {slot}: {what}: {reason}"
        log.info("PKCS#11 %s skipped", note)
        self.skipped.append(note)

    def _certificates(self, slot: int, session: Any) -> list[_TokenCert]:
        objects = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE)])
        found: list[_TokenCert] = []
        for index, obj in enumerate(objects):
            try:
                value, object_id, label = session.getAttributeValue(
                    obj, [PyKCS11.CKA_VALUE, PyKCS11.CKA_ID, PyKCS11.CKA_LABEL], True
                )
            except PyKCS11.PyKCS11Error as exc:
                self._skip(slot, f"certificate object {index}", f"attributes unreadable ({exc})")
                continue
            name = _text(label) or f"certificate object {index}"
            if not value:
                self._skip(slot, repr(name), "no certificate value (CKA_VALUE)")
                continue
            try:
                cert = certificate_value(bytes(value))
            except CertificateError as exc:
                self._skip(slot, repr(name), f"unreadable certificate ({exc})")
                continue
            found.append(_TokenCert(cert, bytes(object_id or b""), name))
        return found

    def _signing_certificates(self, slot: int, certs: list[_TokenCert]) -> list[_TokenCert]:
        """The token's user certificates this client can sign with (RSA, digitalSignature);
        the others are reported, encryption certificates quietly passed over."""
        usable: list[_TokenCert] = []
        for entry in certs:
            if entry.is_ca:
                continue
            try:
                key = entry.cert.public_key()
            except ValueError as exc:
                self._skip(slot, repr(entry.label), f"unreadable public key ({exc})")
                continue
            if not isinstance(key, rsa.RSAPublicKey):
                self._skip(
                    slot,
                    repr(entry.label),
                    f"{_key_type(key)} key: the platform accepts RSA signatures only",
                )
                continue
            if has_signing_usage(entry.cert):
                usable.append(entry)
        return usable

    def _token_identity(self, slot: int, token: Any, certs: list[_TokenCert]) -> SignerIdentity:
        """The token's best signing identity: usable first, then the latest, then a fixed
        order (never the order the module listed its objects in)."""
        candidates = self._signing_certificates(slot, certs)
        if not candidates:
            raise MalformedResponse("the token holds no RSA signing certificate")
        serial = _text(token.serialNumber) or None
        pinpad = bool(int(token.flags) & PyKCS11.CKF_PROTECTED_AUTHENTICATION_PATH)
        others = [c.cert for c in certs]
        choices: list[tuple[tuple[bool, float, bytes], SignerIdentity]] = []
        for entry in candidates:
            chain = issuer_chain(entry.cert, [c for c in others if c is not entry.cert])
            identity = identity_from_certificate(
                entry.der, tuple(c.public_bytes(Encoding.DER) for c in chain), serial
            )
            if self._prepare is not None:
                identity = self._prepare(identity)
            handle = f"{int(slot)}:{entry.object_id.hex()}"
            order = (
                not identity.usable,
                -entry.cert.not_valid_after_utc.timestamp(),
                entry.cert.fingerprint(hashes.SHA256()),
            )
            choices.append((order, SignerIdentity(self.kind, handle, identity, pinpad=pinpad)))
        return min(choices, key=lambda choice: choice[0])[1]

    def identities(self) -> list[SignerIdentity]:
        """One identity per token with an RSA signing certificate; handle = "slot:object id".

        A token or object that cannot be used is skipped and listed in :attr:`skipped`.
        """
        lib = self._library()
        self.skipped = []
        found: list[SignerIdentity] = []
        for slot in self._call(lambda: lib.getSlotList(tokenPresent=True), lambda: None):
            try:
                token = lib.getTokenInfo(slot)
                session = lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION)
            except PyKCS11.PyKCS11Error as exc:
                self._skip(slot, "token", f"cannot be opened ({exc})")
                continue
            try:
                certs = self._certificates(slot, session)
            except PyKCS11.PyKCS11Error as exc:
                self._skip(slot, "token", f"certificates unreadable ({exc})")
                continue
            finally:
                _close_session(session)
            if not certs:
                continue
            try:
                found.append(self._token_identity(slot, token, certs))
            except (CardError, CertificateError) as exc:
                self._skip(slot, "token", getattr(exc, "message", str(exc)))
        return found

    def _private_key(self, session: Any, object_id: bytes, certificate: bytes) -> Any:
        """The RSA private key of ``certificate``: by CKA_ID, checked against the
        certificate's modulus (CA certificates may carry the same CKA_ID); by modulus
        alone when the certificate has no CKA_ID or none matches."""
        public = load_certificate(certificate).public_key()
        if not isinstance(public, rsa.RSAPublicKey):
            raise SignerUnavailable("the certificate does not hold an RSA key")
        modulus = public.public_numbers().n
        template = [
            (PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY),
            (PyKCS11.CKA_KEY_TYPE, PyKCS11.CKK_RSA),
        ]
        by_id = session.findObjects([*template, (PyKCS11.CKA_ID, object_id)]) if object_id else []
        for candidates in (by_id, session.findObjects(template)):
            unknown: list[Any] = []
            for key in candidates:
                try:
                    [value] = session.getAttributeValue(key, [PyKCS11.CKA_MODULUS], True)
                except PyKCS11.PyKCS11Error:
                    value = None
                if not value:
                    unknown.append(key)
                elif int.from_bytes(bytes(value), "big") == modulus:
                    return key
            if candidates is by_id and len(unknown) == 1 and len(by_id) == 1:
                return unknown[0]  # a module that hides the modulus: trust the one CKA_ID
        raise SignerUnavailable("the token has no private key for this certificate")

    @staticmethod
    def _parse_handle(handle: str) -> tuple[int, bytes]:
        try:
            slot_text, id_hex = handle.split(":", 1)
            return int(slot_text), bytes.fromhex(id_hex)
        except ValueError as exc:
            raise SignerUnavailable("not a PKCS#11 identity handle") from exc

    def sign(self, who: SignerIdentity, document: bytes, pin: str | None) -> SignResult:
        """C_Login once with ``pin`` (None: on the reader's pad), CKM_RSA_PKCS over a
        host-built SHA-256 DigestInfo."""
        who.require_signable(pin)
        slot, object_id = self._parse_handle(who.handle)
        lib = self._library()
        tries = lambda: self._tries_left(slot)  # noqa: E731 - evaluated only on a wrong PIN
        session = self._call(
            lambda: lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION | PyKCS11.CKF_RW_SESSION),
            tries,
        )
        try:
            # PyKCS11 passes a NULL PIN for None: the module reads it from the reader's pad.
            self._call(lambda: session.login(pin), tries, on_pad=pin is None)
            try:
                key = self._call(
                    lambda: self._private_key(session, object_id, who.identity.certificate),
                    tries,
                )
                digest_info = SHA256_DIGEST_INFO + hashlib.sha256(document).digest()
                raw = self._call(
                    lambda: session.sign(
                        key, digest_info, PyKCS11.Mechanism(PyKCS11.CKM_RSA_PKCS, None)
                    ),
                    tries,
                )
            finally:
                try:
                    session.logout()
                except PyKCS11.PyKCS11Error:
                    log.debug("PKCS#11 logout failed (session already gone)")
        finally:
            _close_session(session)
        signature = bytes(raw)
        if len(signature) * 8 != who.identity.key_size:
            raise MalformedResponse(f"the module returned a {len(signature)}-byte signature")
        return who.signed(document, signature)

    def pin_tries_left(self, who: SignerIdentity) -> int | None:
        """From the token flags: 0 locked, 1 final try, else None (not told)."""
        slot, _object_id = self._parse_handle(who.handle)
        return self._tries_left(slot)

    def close(self) -> None:
        """Unload the module."""
        if self._lib is not None:
            try:
                self._lib.unload()
            except (PyKCS11.PyKCS11Error, AttributeError):
                log.debug("PKCS#11 unload failed")
            self._lib = None


def _close_session(session: PyKCS11.Session) -> None:
    """Close a PKCS#11 session; a token pulled out meanwhile has closed it already."""
    try:
        session.closeSession()
    except PyKCS11.PyKCS11Error:
        log.debug("PKCS#11 close session failed (token already gone)")
