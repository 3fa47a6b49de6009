"""Card I/O runs only on CardService's card thread: anywhere else it fails loudly."""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import pytest
from smartcard import scard

from app.cards.affinity import CARD_THREAD_NAME, OffCardThread, on_card_thread
from app.cards.errors import CardError
from app.cards.hipki import HiPkiSigner
from app.cards.pkcs11 import Pkcs11Signer
from app.cards.service import CardService
from app.cards.transport import PcscBackend, PcscTransport
from app.errors import ErrorCode


def on_another_thread(call: Callable[[], Any]) -> BaseException | None:
    """What ``call`` raised on a fresh thread (None if it returned)."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as exc:
            raised.append(exc)

    worker = threading.Thread(target=run, name="not-the-card-thread")
    worker.start()
    worker.join(10)
    return raised[0] if raised else None


@pytest.mark.parametrize(
    "call",
    [
        pytest.param(lambda: PcscBackend().list_readers(), id="list readers"),
        pytest.param(lambda: PcscBackend().connect("Virtual PCD 00 00"), id="connect"),
        pytest.param(lambda: PcscBackend().reader_features("Virtual PCD 00 00"), id="features"),
        pytest.param(
            lambda: PcscTransport("Virtual PCD 00 00", 0, scard.SCARD_PROTOCOL_T1).transmit(
                b"\x00\xa4\x00\x00"
            ),
            id="transmit",
        ),
        pytest.param(
            lambda: PcscTransport("Virtual PCD 00 00", 0, 2).begin_transaction(), id="transaction"
        ),
        pytest.param(lambda: Pkcs11Signer().availability(), id="pkcs11"),
        pytest.param(lambda: HiPkiSigner("http://127.0.0.1:9").availability(), id="hipki"),
    ],
)
def test_card_io_off_the_card_thread_fails_loudly(
    call: Callable[[], Any], caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="app.cards.affinity"):
        raised = on_another_thread(call)
    assert isinstance(raised, OffCardThread)
    # an assertion-level failure that no card-error handler can mistake for a card problem
    assert isinstance(raised, AssertionError)
    assert not isinstance(raised, CardError)
    assert raised.code is ErrorCode.INTERNAL_ERROR
    assert "not-the-card-thread" in str(raised)
    assert any("not-the-card-thread" in r.getMessage() for r in caplog.records)


def test_the_same_calls_pass_on_the_card_service_thread(pcsc_contexts: list[str]) -> None:
    signers = [HiPkiSigner("http://127.0.0.1:9"), Pkcs11Signer(["/nonexistent/module.so"])]
    with CardService(PcscBackend, lambda _backend, _prepare: signers) as service:
        with contextlib.suppress(CardError):  # no pcscd: a typed card error, not OffCardThread
            service.list_readers().result(10)
        availability = service.with_signers(lambda found: [s.availability() for s in found])
        hipki, pkcs11 = availability.result(10)
    assert not hipki.available
    assert not pkcs11.available
    assert pcsc_contexts
    assert all(name.startswith(CARD_THREAD_NAME) for name in pcsc_contexts)


def test_the_test_thread_is_no_card_thread_outside_the_card_fixture() -> None:
    assert on_card_thread()  # the card-layer fixture marks the test's own thread
    assert on_another_thread(lambda: None) is None
    flags: list[bool] = []
    worker = threading.Thread(target=lambda: flags.append(on_card_thread()))
    worker.start()
    worker.join()
    assert flags == [False]
