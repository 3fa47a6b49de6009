"""PIN tries from a PKCS#11 token's flags: locked, final try, or not told.

SoftHSM2 never raises the CKF_USER_PIN_* flags, so these tests stand in for the module at
the PyKCS11 boundary: a library whose ``getTokenInfo`` answers with the flags HiCOS sets.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from types import SimpleNamespace

import PyKCS11
import pytest

from app.cards.affinity import OffCardThread
from app.cards.errors import (
    CardError,
    CardRemoved,
    NoCard,
    PinBlocked,
    PinCancelled,
    PinEntryCancelled,
    PinFormatInvalid,
    PinWrong,
    Pkcs11Error,
)
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


@pytest.mark.parametrize(
    ("ckr", "error", "message"),
    [
        (PyKCS11.CKR_PIN_LOCKED, PinBlocked, "the card's PIN is blocked"),
        (PyKCS11.CKR_PIN_LEN_RANGE, PinFormatInvalid, "the module refused the PIN format"),
        (PyKCS11.CKR_PIN_INVALID, PinFormatInvalid, "the module refused the PIN format"),
        (PyKCS11.CKR_DEVICE_REMOVED, CardRemoved, "the card was removed"),
        (PyKCS11.CKR_SESSION_HANDLE_INVALID, CardRemoved, "the card was removed"),
        (PyKCS11.CKR_TOKEN_NOT_PRESENT, NoCard, "no card in the reader"),
        (PyKCS11.CKR_FUNCTION_CANCELED, PinCancelled, "PIN entry cancelled"),
        (PyKCS11.CKR_DEVICE_ERROR, Pkcs11Error, "PKCS#11 error CKR_DEVICE_ERROR"),
        (0x8000_1234, Pkcs11Error, "PKCS#11 error 0x80001234"),
    ],
)
def test_each_return_code_has_its_error_and_message(
    ckr: int, error: type[CardError], message: str
) -> None:
    """The type drives the UI's text; the message is what the diagnostics show."""

    def no_question() -> int | None:
        raise AssertionError("tries are asked only after a wrong PIN")

    mapped = pkcs11_error(PyKCS11.PyKCS11Error(ckr), no_question)
    assert type(mapped) is error
    assert mapped.message == message
    if isinstance(mapped, Pkcs11Error):
        assert mapped.ckr == ckr


@pytest.mark.parametrize(
    ("tries", "error", "message"),
    [
        (0, PinBlocked, "the card's PIN is blocked"),
        (1, PinWrong, "wrong PIN, 1 tries left"),
        (None, PinWrong, "wrong PIN"),
    ],
)
def test_a_wrong_pin_reports_the_tries_the_token_tells(
    tries: int | None, error: type[CardError], message: str
) -> None:
    mapped = pkcs11_error(PyKCS11.PyKCS11Error(PyKCS11.CKR_PIN_INCORRECT), lambda: tries)
    assert (type(mapped), mapped.message) == (error, message)


def test_a_cancel_is_the_pads_only_when_the_pin_was_entered_there() -> None:
    cancelled = PyKCS11.PyKCS11Error(PyKCS11.CKR_FUNCTION_CANCELED)
    on_pad = pkcs11_error(cancelled, lambda: None, on_pad=True)
    assert type(on_pad) is PinEntryCancelled
    assert on_pad.message == "PIN entry on the reader cancelled or timed out"
    assert type(pkcs11_error(cancelled, lambda: None)) is PinCancelled


def test_module_calls_map_errors_and_run_on_the_card_thread_only() -> None:
    signer = signer_with(None)

    def cancelled() -> None:
        raise PyKCS11.PyKCS11Error(PyKCS11.CKR_FUNCTION_CANCELED)

    assert signer._call(lambda: 7, lambda: None) == 7  # the test's thread is the card thread
    with pytest.raises(PinCancelled) as info:
        signer._call(cancelled, lambda: None)
    assert type(info.value) is PinCancelled
    with ThreadPoolExecutor(1) as other:  # any other thread is refused, by name
        elsewhere = other.submit(signer._call, lambda: 7, lambda: None)
        with pytest.raises(OffCardThread, match=r"^PKCS#11 called on thread"):
            elsewhere.result()


def test_pin_tries_are_asked_of_the_identitys_own_slot() -> None:
    class PerSlot(Middleware):
        def getTokenInfo(self, slot: int) -> TokenInfo:
            return TokenInfo(PyKCS11.CKF_USER_PIN_FINAL_TRY if slot == 3 else OTHER_FLAGS)

    signer = Pkcs11Signer(["/nonexistent/hicos.so"])
    signer._lib = PerSlot(None)
    assert signer.pin_tries_left(SimpleNamespace(handle="3:01")) == 1  # type: ignore[arg-type]
    assert signer.pin_tries_left(SimpleNamespace(handle="2:01")) is None  # type: ignore[arg-type]
