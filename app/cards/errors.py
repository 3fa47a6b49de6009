"""Typed errors of the card layer.

Every error derives from :class:`CardError` and carries a stable upper-snake ``code`` that
the UI's single error table maps to text and remedy. No error ever holds a PIN: messages
are built from fixed text and non-secret values only.
"""

# ruff: noqa: N818 - the error names are the UI error table's vocabulary (NoCard, PinWrong, …)

from __future__ import annotations

from app.errors import ErrorCode


class CardError(Exception):
    """Base of every card-layer error; ``code`` is stable and meant for the UI's table."""

    code: ErrorCode = ErrorCode.CARD_ERROR

    def __init__(self, message: str = "") -> None:
        super().__init__(message or self.code)
        self.message = message or self.code

    def __repr__(self) -> str:
        return f"{type(self).__name__}(code={self.code!r}, message={self.message!r})"


class ServiceNotRunning(CardError):
    """The smart-card service (pcscd / SCardSvr) is not running or went away."""

    code = ErrorCode.SERVICE_NOT_RUNNING


class NoReader(CardError):
    """No card reader is connected (or the named reader is gone)."""

    code = ErrorCode.NO_READER


class NoCard(CardError):
    """The reader holds no card."""

    code = ErrorCode.NO_CARD


class CardRemoved(CardError):
    """The card was removed while we were using it."""

    code = ErrorCode.CARD_REMOVED


class CardUnpowered(CardError):
    """The card did not answer power-up (after one retry)."""

    code = ErrorCode.CARD_UNPOWERED


class CardInUse(CardError):
    """Another program holds the card exclusively."""

    code = ErrorCode.CARD_IN_USE


class TransactionFailed(CardError):
    """A PC/SC call failed for a reason that has no more specific error."""

    code = ErrorCode.TRANSACTION_FAILED

    def __init__(self, message: str = "", hresult: int | None = None) -> None:
        super().__init__(message)
        self.hresult = hresult


class CardTimeout(CardError):
    """The card or its link did not answer in time."""

    code = ErrorCode.CARD_TIMEOUT


class ApduError(CardError):
    """The card answered with an unexpected status word."""

    code = ErrorCode.APDU_ERROR

    def __init__(self, sw: int, message: str = "") -> None:
        super().__init__(message or f"card returned status {sw:04X}")
        self.sw = sw


class FileNotFoundOnCard(ApduError):
    """The card has no such file (6A82)."""

    code = ErrorCode.FILE_NOT_FOUND_ON_CARD


class SecurityStatusNotSatisfied(ApduError):
    """The card refused an operation that needs a verified PIN (6982)."""

    code = ErrorCode.SECURITY_STATUS_NOT_SATISFIED


class MalformedResponse(CardError):
    """The card's answer cannot be parsed (truncated, wrong structure, hostile)."""

    code = ErrorCode.MALFORMED_RESPONSE


class UnsupportedCard(CardError):
    """The card is not one we can read (unknown applet, second-generation MOICA, …)."""

    code = ErrorCode.UNSUPPORTED_CARD


class CertificateProblem(CardError):
    """The card's signing certificate fails the client-side pre-check."""

    code = ErrorCode.CERTIFICATE_PROBLEM

    def __init__(self, problems: tuple[str, ...]) -> None:
        super().__init__("; ".join(problems) or self.code)
        self.problems = problems


class CertificateExpired(CertificateProblem):
    """The signing certificate is outside its validity period."""

    code = ErrorCode.CERT_EXPIRED


class CertificateIssuerUnknown(CertificateProblem):
    """The certificate's issuer is not in this version's trust store (a newer CA
    generation): the program needs updating; the card is not shown to be forged."""

    code = ErrorCode.CERTIFICATE_ISSUER_UNKNOWN


class PinError(CardError):
    """Base of PIN outcomes; never carries the PIN itself."""

    code = ErrorCode.PIN_ERROR


class PinWrong(PinError):
    """The PIN was wrong; ``tries_left`` is None when the source does not tell."""

    code = ErrorCode.PIN_WRONG

    def __init__(self, tries_left: int | None) -> None:
        text = "wrong PIN" if tries_left is None else f"wrong PIN, {tries_left} tries left"
        super().__init__(text)
        self.tries_left = tries_left


class PinBlocked(PinError):
    """The PIN is blocked: the card must be unblocked by its issuer."""

    code = ErrorCode.PIN_BLOCKED


class PinFormatInvalid(PinError):
    """The PIN has the wrong length or characters (nothing was sent to the card)."""

    code = ErrorCode.PIN_FORMAT_INVALID


class PinCancelled(PinError):
    """The user cancelled PIN entry."""

    code = ErrorCode.PIN_CANCELLED


class PinEntryCancelled(PinCancelled):
    """The cancel key was pressed on the PIN-pad reader (reader status 64 01)."""

    code = ErrorCode.PIN_PAD_CANCELLED


class PinEntryTimeout(PinError):
    """Nobody entered the PIN on the PIN-pad reader in time (reader status 64 00)."""

    code = ErrorCode.PIN_ENTRY_TIMEOUT


class NoPinPad(CardError):
    """PIN entry on the reader was asked of a reader without a PIN pad."""

    code = ErrorCode.NO_PIN_PAD


class SignerUnavailable(CardError):
    """No signer can reach the card (HiPKI not running, no PKCS#11 module, …)."""

    code = ErrorCode.SIGNER_UNAVAILABLE


class HiPkiError(CardError):
    """HiPKI LocalSignServer answered with an error ``ret_code`` / ``last_error``."""

    code = ErrorCode.HIPKI_ERROR

    def __init__(self, ret_code: int, last_error: int | None, message: str = "") -> None:
        detail = f"ret_code=0x{ret_code:08X}"
        if last_error is not None:
            detail += f", last_error=0x{last_error:X}"
        super().__init__(f"{message}: {detail}" if message else detail)
        self.ret_code = ret_code
        self.last_error = last_error


class HiPkiNotAuthorised(HiPkiError):
    """HiPKI refuses this caller as an untrusted site (0x76000031, or 0x7600000F on
    newer servers)."""

    code = ErrorCode.HIPKI_NOT_AUTHORISED


class Pkcs11Error(CardError):
    """A PKCS#11 module call failed with a CKR code that has no more specific error."""

    code = ErrorCode.PKCS11_ERROR

    def __init__(self, ckr: int, message: str = "") -> None:
        super().__init__(message or f"PKCS#11 error 0x{ckr:08X}")
        self.ckr = ckr


class CardServiceClosed(CardError):
    """The card worker was shut down; no more operations are accepted."""

    code = ErrorCode.CARD_SERVICE_CLOSED
