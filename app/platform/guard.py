"""Deadlines and cancellation of platform calls, enforced on the sockets themselves.

A server or proxy that trickles its headers or body one byte at a time resets a socket
timeout with every byte, so socket timeouts alone never end such a call. Every attempt
therefore runs under a :class:`CallGuard`: when its deadline passes, or when the person
cancels the :class:`CancelScope` the call runs in, the guard shuts down the sockets the
attempt uses and the blocked read returns at once.

The guard reaches the sockets through the connection classes of the client's HTTP
adapters (``transport.GuardedAdapter``): each connection reports itself to the guard
of the calling thread when it connects or sends a request. A shut-down socket ends a
blocked read at once on Linux and macOS; on Windows at the latest when the next byte
arrives (Winsock resets a connection that receives data after ``shutdown``) or when the
read timeout, itself never longer than the time left, passes.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator
from typing import Literal, Protocol, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
AbortReason = Literal["deadline", "cancelled"]


class _HasSocket(Protocol):
    sock: object


_current_guard: contextvars.ContextVar[CallGuard | None] = contextvars.ContextVar(
    "platform_call_guard", default=None
)
_current_scope: contextvars.ContextVar[CancelScope | None] = contextvars.ContextVar(
    "platform_cancel_scope", default=None
)


def _shut_down(connection: _HasSocket) -> None:
    sock = getattr(connection, "sock", None)
    shutdown = getattr(sock, "shutdown", None)
    if shutdown is None:
        return
    with contextlib.suppress(OSError):  # already closed: nothing left to interrupt
        shutdown(socket.SHUT_RDWR)


class CancelScope:
    """Platform calls made inside :meth:`run` can be cancelled from another thread.

    The GUI creates one scope per wait it shows; its 取消 button calls :meth:`cancel`,
    which ends the call at once (the client raises ``CallCancelled``).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._guards: set[CallGuard] = set()

    @property
    def cancelled(self) -> bool:
        """True once :meth:`cancel` was called."""
        return self._cancelled

    def cancel(self) -> None:
        """End every call running in this scope now; later calls end before they start."""
        with self._lock:
            self._cancelled = True
            guards = list(self._guards)
        for guard in guards:
            guard.abort("cancelled")

    def run(self, work: Callable[[], T]) -> T:
        """Run ``work`` on this thread with its platform calls in this scope."""
        token = _current_scope.set(self)
        try:
            return work()
        finally:
            _current_scope.reset(token)

    def _attach(self, guard: CallGuard) -> bool:
        with self._lock:
            self._guards.add(guard)
            return self._cancelled

    def _detach(self, guard: CallGuard) -> None:
        with self._lock:
            self._guards.discard(guard)


def current_scope() -> CancelScope | None:
    """The cancel scope of the calling thread's work, if any."""
    return _current_scope.get()


class CallGuard:
    """One attempt of one call: its sockets are shut down at ``deadline`` or on cancel.

    ``deadline`` is a ``time.monotonic()`` value. Use as a context manager on the thread
    that makes the HTTP request.
    """

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self._lock = threading.Lock()
        self._connections: list[_HasSocket] = []
        self._reason: AbortReason | None = None
        self._finished = False
        self._timer: threading.Timer | None = None
        self._scope: CancelScope | None = None
        self._token: contextvars.Token[CallGuard | None] | None = None

    @property
    def reason(self) -> AbortReason | None:
        """Why the attempt was ended (None while it may go on)."""
        return self._reason

    def remaining(self) -> float:
        """Seconds left before the deadline (never negative)."""
        return max(0.0, self.deadline - time.monotonic())

    def __enter__(self) -> CallGuard:
        self._token = _current_guard.set(self)
        self._scope = _current_scope.get()
        if self._scope is not None and self._scope._attach(self):
            self._reason = "cancelled"
        self._timer = threading.Timer(self.remaining(), self.abort, args=("deadline",))
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._finished = True
            self._connections.clear()
        if self._timer is not None:
            self._timer.cancel()
        if self._scope is not None:
            self._scope._detach(self)
        if self._token is not None:
            _current_guard.reset(self._token)

    def watch(self, connection: _HasSocket) -> None:
        """Shut ``connection`` down when the attempt ends early (at once if it already has)."""
        with self._lock:
            if self._finished:
                return
            if self._reason is None:
                self._connections.append(connection)
                return
        _shut_down(connection)

    def abort(self, reason: AbortReason) -> None:
        """End the attempt: shut down every socket it uses."""
        with self._lock:
            if self._finished or self._reason is not None:
                return
            self._reason = reason
            connections = list(self._connections)
        log.debug("platform call ended early: %s", reason)
        for connection in connections:
            _shut_down(connection)

    def check(self) -> AbortReason | None:
        """Between reads: end the attempt when its time is up; the reason, if ended."""
        if self._reason is None and time.monotonic() >= self.deadline:
            self.abort("deadline")
        return self._reason


def watch_connection(connection: _HasSocket) -> None:
    """Put ``connection`` under the calling thread's guard (no guard: nothing to do)."""
    guard = _current_guard.get()
    if guard is not None:
        guard.watch(connection)


class _Flights:
    """Platform calls in flight in this process: when each started and how to cancel it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._started: dict[CancelScope, list[float]] = {}

    def add(self, scope: CancelScope, started: float) -> None:
        with self._lock:
            self._started.setdefault(scope, []).append(started)

    def remove(self, scope: CancelScope, started: float) -> None:
        with self._lock:
            times = self._started.get(scope, [])
            if started in times:
                times.remove(started)
            if not times:
                self._started.pop(scope, None)

    def oldest(self) -> float | None:
        with self._lock:
            return min((t for times in self._started.values() for t in times), default=None)

    def scopes(self) -> list[CancelScope]:
        with self._lock:
            return list(self._started)


_flights = _Flights()


@contextlib.contextmanager
def tracked_call() -> Iterator[CancelScope]:
    """Run one platform call in flight: listed for the UI's wait, cancellable from it.

    The call joins the scope its work runs in (``CancelScope.run``), or gets its own.
    """
    scope = _current_scope.get()
    token = None
    if scope is None:
        scope = CancelScope()
        token = _current_scope.set(scope)
    started = time.monotonic()
    _flights.add(scope, started)
    try:
        yield scope
    finally:
        _flights.remove(scope, started)
        if token is not None:
            _current_scope.reset(token)


def oldest_call_started() -> float | None:
    """``time.monotonic()`` when the longest-running platform call began (None: no call)."""
    return _flights.oldest()


def cancel_calls_in_flight() -> int:
    """Cancel every platform call now running (the wait's 取消); how many scopes."""
    scopes = _flights.scopes()
    for scope in scopes:
        scope.cancel()
    return len(scopes)
