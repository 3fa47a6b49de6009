"""PIN tries from a PKCS#11 token's flags: locked, final try, or not told.

SoftHSM2 never raises the CKF_USER_PIN_* flags, so these tests stand in for the module at
the PyKCS11 boundary: a library whose ``getTokenInfo`` answers with the flags HiCOS sets.
"""

from __future__ import annotations

from dataclasses import dataclass

import PyKCS11
import pytest

from app.cards.errors import PinBlocked, PinWrong
from app.cards.pkcs11 import Pkcs11Signer, pkcs11_error


@dataclass
class TokenInfo:
    flags: int


class Middleware:
    """The part of ``PyKCS11.PyKCS11Lib`` that token flags come from."""

    def __init__(self, flags: int | None) -> None:
        self.flags = flags

    def getTokenInfo(self, slot: int) -> TokenInfo:
        if self.flags is None:
            raise PyKCS11.PyKCS11Error(PyKCS11.CKR_TOKEN_NOT_PRESENT)
        return TokenInfo(self.flags)

    def unload(self) -> None:
        pass


def signer_with(flags: int | None) -> Pkcs11Signer:
    signer = Pkcs11Signer(["/nonexistent/hicos.so"])
    signer._lib = Middleware(flags)
    return signer


OTHER_FLAGS = PyKCS11.CKF_TOKEN_INITIALIZED | PyKCS11.CKF_USER_PIN_INITIALIZED


@pytest.mark.parametrize(
    ("flags", "tries"),
    [
        (OTHER_FLAGS | PyKCS11.CKF_USER_PIN_FINAL_TRY, 1),
        (OTHER_FLAGS | PyKCS11.CKF_USER_PIN_LOCKED, 0),
        (OTHER_FLAGS | PyKCS11.CKF_USER_PIN_LOCKED | PyKCS11.CKF_USER_PIN_FINAL_TRY, 0),
        (OTHER_FLAGS | PyKCS11.CKF_USER_PIN_COUNT_LOW, None),
        (OTHER_FLAGS, None),
        (None, None),  # the module cannot say: no guess
    ],
)
def test_tries_left_from_the_token_flags(flags: int | None, tries: int | None) -> None:
    assert signer_with(flags)._tries_left(0) == tries


def test_a_wrong_pin_on_the_final_try_says_one_try_is_left() -> None:
    signer = signer_with(OTHER_FLAGS | PyKCS11.CKF_USER_PIN_FINAL_TRY)
    error = pkcs11_error(
        PyKCS11.PyKCS11Error(PyKCS11.CKR_PIN_INCORRECT), lambda: signer._tries_left(0)
    )
    assert isinstance(error, PinWrong)
    assert error.tries_left == 1
    assert str(error) == "wrong PIN, 1 tries left"


def test_a_wrong_pin_that_locked_the_card_is_blocked() -> None:
    signer = signer_with(OTHER_FLAGS | PyKCS11.CKF_USER_PIN_LOCKED)
    error = pkcs11_error(
        PyKCS11.PyKCS11Error(PyKCS11.CKR_PIN_INCORRECT), lambda: signer._tries_left(0)
    )
    assert isinstance(error, PinBlocked)
