"""Typed errors of the certificate package.

Every problem found in a certificate, a chain or a signature is an instance of
:class:`CertificateError`, so callers can map each class to text for people in one
place. Pre-check problems are returned as instances (see :func:`certs.trust.precheck`)
or raised, whichever the caller prefers.
"""

# The names (CertExpired, KeyTooSmall, …) are the contract other packages code against.
# ruff: noqa: N818

from __future__ import annotations


class CertificateError(Exception):
    """Base class of every certificate problem."""


class CertificateParseError(CertificateError):
    """The bytes are not a certificate we can read (bad DER, bad extension, bad field)."""


class DerDecodeError(CertificateParseError):
    """Malformed DER inside an extension we decode ourselves."""


class CertExpired(CertificateError):
    """The certificate's validity ended before the checked time."""


class CertNotYetValid(CertificateError):
    """The certificate's validity starts after the checked time."""


class KeyTooSmall(CertificateError):
    """The public key is shorter than the minimum (RSA 2048 bits)."""

    def __init__(self, message: str, key_size: int) -> None:
        super().__init__(message)
        self.key_size = key_size


class WrongKeyUsage(CertificateError):
    """The certificate is not for signing (no digitalSignature key usage)."""


class CertUntrusted(CertificateError):
    """The chain does not lead to a trust anchor of the store."""


class IssuerNotInStore(CertUntrusted):
    """The issuer is a government CA this version's trust store does not hold yet
    (a new generation such as MOEACA G3, or XCA): update the program; the card is not
    shown to be forged."""


class CertRevoked(CertificateError):
    """The certificate is listed in its issuer's revocation list."""


class CrlMismatch(CertificateError):
    """The revocation list was not issued by the certificate's issuer, or is forged."""


class SignatureInvalid(CertificateError):
    """The signature does not verify with the certificate's public key."""


__all__ = [
    "CertExpired",
    "CertNotYetValid",
    "CertRevoked",
    "CertUntrusted",
    "CertificateError",
    "CertificateParseError",
    "CrlMismatch",
    "DerDecodeError",
    "IssuerNotInStore",
    "KeyTooSmall",
    "SignatureInvalid",
    "WrongKeyUsage",
]
