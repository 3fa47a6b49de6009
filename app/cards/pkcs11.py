"""Signer through a PKCS#11 module: the HiCOS Client's, or SoftHSM2 in tests.

The HiCOS module mishandles output sizes (CKR_BUFFER_TOO_SMALL), so the document is
hashed here, the DigestInfo is built here and signed with plain CKM_RSA_PKCS, and the
signature length and validity are checked before it is returned. A token flagged
CKF_PROTECTED_AUTHENTICATION_PATH takes the PIN on the reader's pad: C_Login without a PIN.
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
from app.cards.identity import CardIdentity, identity_from_certificate, split_card_certificates
from app.cards.signer import (
    Availability,
    SignerIdentity,
    SignerKind,
    SignResult,
    check_pin_source,
    checked_result,
)

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
    der: bytes
    object_id: bytes


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

    def _find_module(self) -> str | None:
        return next((p for p in self.module_paths if p and Path(p).is_file()), None)

    def _library(self) -> Any:
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

    def _certificates(self, session: Any) -> list[_TokenCert]:
        objects = session.findObjects([(PyKCS11.CKA_CLASS, PyKCS11.CKO_CERTIFICATE)])
        found: list[_TokenCert] = []
        for obj in objects:
            value, object_id = session.getAttributeValue(obj, [PyKCS11.CKA_VALUE, PyKCS11.CKA_ID])
            found.append(_TokenCert(bytes(value or b""), bytes(object_id or b"")))
        return found

    def identities(self) -> list[SignerIdentity]:
        """One identity per token with a signing certificate; handle = "slot:object id"."""
        lib = self._library()
        found: list[SignerIdentity] = []
        for slot in self._call(lambda: lib.getSlotList(tokenPresent=True), lambda: None):
            try:
                token = lib.getTokenInfo(slot)
                session = lib.openSession(slot, PyKCS11.CKF_SERIAL_SESSION)
            except PyKCS11.PyKCS11Error as exc:
                log.info("PKCS#11 slot %s skipped: %s", slot, exc)
                continue
            try:
                certs = self._certificates(session)
            except PyKCS11.PyKCS11Error as exc:
                log.info("PKCS#11 slot %s certificates unreadable: %s", slot, exc)
                continue
            finally:
                session.closeSession()
            users = [c for c in certs if c.object_id]
            if not users:
                continue
            signing_der, encryption_der = split_card_certificates([c.der for c in users])
            signing = next(c for c in users if c.der == signing_der)
            chain = tuple(
                c.der for c in certs if c.der not in (signing_der, encryption_der) and c.der
            )
            serial = str(token.serialNumber).strip() or None
            pinpad = bool(int(token.flags) & PyKCS11.CKF_PROTECTED_AUTHENTICATION_PATH)
            identity = identity_from_certificate(signing.der, chain, serial)
            if self._prepare is not None:
                identity = self._prepare(identity)
            handle = f"{int(slot)}:{signing.object_id.hex()}"
            found.append(SignerIdentity(self.kind, handle, identity, pinpad=pinpad))
        return found

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
        check_pin_source(who, pin)
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
                keys = self._call(
                    lambda: session.findObjects(
                        [
                            (PyKCS11.CKA_CLASS, PyKCS11.CKO_PRIVATE_KEY),
                            (PyKCS11.CKA_ID, object_id),
                        ]
                    ),
                    tries,
                )
                if not keys:
                    raise SignerUnavailable("the token has no private key for this certificate")
                digest_info = SHA256_DIGEST_INFO + hashlib.sha256(document).digest()
                raw = self._call(
                    lambda: session.sign(
                        keys[0], digest_info, PyKCS11.Mechanism(PyKCS11.CKM_RSA_PKCS, None)
                    ),
                    tries,
                )
            finally:
                try:
                    session.logout()
                except PyKCS11.PyKCS11Error:
                    log.debug("PKCS#11 logout failed (session already gone)")
        finally:
            try:
                session.closeSession()
            except PyKCS11.PyKCS11Error:
                log.debug("PKCS#11 close session failed (token already gone)")
        signature = bytes(raw)
        if len(signature) * 8 != who.identity.key_size:
            raise MalformedResponse(f"the module returned a {len(signature)}-byte signature")
        return checked_result(who, document, signature)

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
