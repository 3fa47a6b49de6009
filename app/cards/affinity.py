"""The card thread: card I/O runs on :class:`app.cards.service.CardService`'s one worker.

PC/SC handles, PKCS#11 sessions and the HiPKI server's card session are not safe to use
from two threads at once, and a card call on the GUI thread freezes the window. The
transport and the signers therefore call :func:`require_card_thread` before touching a
card: off the card thread it logs and raises :class:`OffCardThread`, a programming error
(an ``AssertionError``, so a test fails loudly and no ``except CardError`` handler can
mistake it for a card problem).
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Iterator

from app.errors import ErrorCode

CARD_THREAD_NAME = "card-io"
"""Name (prefix) of the card service's worker thread."""

log = logging.getLogger(__name__)

_local = threading.local()


class OffCardThread(AssertionError):  # noqa: N818 - named like the card layer's errors
    """Internal error: card I/O was called on a thread other than the card thread."""

    code = ErrorCode.INTERNAL_ERROR


def enter_card_thread() -> None:
    """Make the calling thread the card thread for the rest of its life (the service's worker)."""
    _local.is_card_thread = True


def on_card_thread() -> bool:
    """True on a thread that may do card I/O."""
    return bool(getattr(_local, "is_card_thread", False))


@contextlib.contextmanager
def card_thread() -> Iterator[None]:
    """The calling thread is a card thread for the block (tests that drive one component)."""
    before = on_card_thread()
    _local.is_card_thread = True
    try:
        yield
    finally:
        _local.is_card_thread = before


def require_card_thread(operation: str) -> None:
    """Raise :class:`OffCardThread` (logged) unless the caller runs on the card thread."""
    if on_card_thread():
        return
    thread = threading.current_thread().name
    error = OffCardThread(
        f"{operation} called on thread {thread!r}: card I/O runs only on the "
        f"{CARD_THREAD_NAME!r} thread of CardService"
    )
    log.error("%s", error)
    raise error
