"""Run work off the GUI thread and hand results back to it.

Two sources of background work exist: plain callables (network calls, the training
platform's start-up) run on the client's own thread pool, and ``concurrent.futures.Future``
objects returned by the card worker (``app.cards`` owns the one card thread). Both end in
a slot called on the GUI thread; the GUI thread never waits.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
import logging
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    Signal,
    SignalInstance,
    Slot,
)
from shiboken6 import Shiboken

T = TypeVar("T")
log = logging.getLogger(__name__)

ResultSlot = Callable[[Any], None]
ErrorSlot = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from other threads arrive queued."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_result: ResultSlot, on_error: ErrorSlot) -> None:
        # Owned by the application object, not by Python: a worker thread may drop the last
        # Python reference, and a QObject must never be destroyed on another thread. It is
        # deleted on the GUI thread (deleteLater) once its answer has been delivered.
        app = QCoreApplication.instance()
        on_gui_thread = app is not None and QThread.currentThread() is app.thread()
        super().__init__(app if on_gui_thread else None)
        self._on_result: ResultSlot | None = on_result
        self._on_error: ErrorSlot | None = on_error
        # The work closure may hold the last reference to a widget: it is kept here and
        # released on the GUI thread, never on the worker that ran it.
        self.keepalive: object = None
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, value: object) -> None:
        self._deliver(self._on_result, value)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        assert isinstance(error, BaseException)
        self._deliver(self._on_error, error)

    def _deliver(self, slot: Callable[[Any], None] | None, answer: object) -> None:
        """Hand the answer to its slot once; a page closed meanwhile gets nothing."""
        try:
            if slot is not None:
                slot(answer)
        except RuntimeError as error:
            _drop_if_widget_gone(error)
        finally:
            self._done()

    def _done(self) -> None:
        # Runs on the GUI thread: widgets referenced by the callbacks or the work closure
        # are released here, so none is ever destroyed on a worker thread.
        self._on_result = self._on_error = None
        self.keepalive = None
        _live_relays.discard(self)
        self.deleteLater()


# What PySide says when a late answer reaches a widget, or a signal of an object, deleted
# meanwhile.
_GONE = ("already deleted", "Signal source has been deleted")


def _drop_if_widget_gone(error: RuntimeError) -> None:
    """A late answer for a page the person already left is dropped; anything else re-raised."""
    if not any(gone in str(error) for gone in _GONE):
        raise error
    log.debug("answer arrived after its page was closed; dropped")


# Relays must outlive the call that created them until their result is delivered.
_live_relays: set[_Relay] = set()

BACKGROUND_THREADS = 8
"""Threads for background jobs. They wait on the network, not the processor, so Qt's
global pool (one thread per core: two on many office PCs) would let two slow calls hold
every later job back; a login or a signing waiting for the person does not count (see
:func:`wait_for_gui`)."""

_pools: list[QThreadPool] = []
_on_pool_thread = threading.local()


def background_pool() -> QThreadPool:
    """The pool :func:`run_in_background` runs its jobs on (made at first use)."""
    if not _pools or not Shiboken.isValid(_pools[0]):
        # Owned by the application, like Qt's global pool: its jobs end before it goes.
        pool = QThreadPool(QCoreApplication.instance())
        pool.setMaxThreadCount(max(BACKGROUND_THREADS, QThread.idealThreadCount()))
        _pools[:] = [pool]
    return _pools[0]


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self._work: Callable[[], object] | None = work
        self._relay: _Relay | None = relay
        relay.keepalive = work

    def run(self) -> None:
        # Drop the job's own references first: the relay (released on the GUI thread) is
        # then the only holder of the work closure and the callbacks.
        work, relay = self._work, self._relay
        self._work = self._relay = None
        if work is None or relay is None:
            return
        _on_pool_thread.active = True
        try:
            value = work()
        except Exception as error:  # delivered to the caller's error slot
            log.debug("background job failed: %s", type(error).__name__)
            del work
            _emit(relay.failed, error)
        else:
            del work
            _emit(relay.succeeded, value)
        finally:
            _on_pool_thread.active = False


def _emit(signal: SignalInstance, value: object) -> None:
    try:
        signal.emit(value)
    except RuntimeError:
        # The application is shutting down and the relay is gone: nobody waits any more.
        log.debug("background answer after shutdown; dropped")


def run_in_background(
    work: Callable[[], T],
    on_result: Callable[[T], None],
    on_error: ErrorSlot,
) -> None:
    """Run ``work`` on the background pool; call ``on_result`` or ``on_error`` on the GUI
    thread."""
    relay = _Relay(on_result, on_error)
    _live_relays.add(relay)
    background_pool().start(_Job(work, relay))


def watch_future(
    future: Future[T],
    on_result: Callable[[T], None],
    on_error: ErrorSlot,
) -> None:
    """Call ``on_result``/``on_error`` on the GUI thread once ``future`` completes."""
    relay = _Relay(on_result, on_error)
    _live_relays.add(relay)

    def done(completed: Future[T]) -> None:
        error = completed.exception()
        if error is not None:
            _emit(relay.failed, error)
        else:
            _emit(relay.succeeded, completed.result())

    future.add_done_callback(done)


class _GuiInvoker(QObject):
    """Runs callables on the thread it lives on (the GUI thread)."""

    requested = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.requested.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, call: object) -> None:
        assert callable(call)
        call()


_invokers: list[_GuiInvoker] = []


class GuiClosed(RuntimeError):  # noqa: N818 - reads as a state, like CardRemoved
    """The program is closing: a worker waiting for the person stops waiting."""


_waiting: set[Future[Any]] = set()
_waiting_lock = threading.Lock()


def release_waiting_workers() -> None:
    """End every :func:`wait_for_gui` wait with :class:`GuiClosed` (the program quits: no
    dialog will answer, and a worker left waiting would keep the process alive)."""
    with _waiting_lock:
        waiting = list(_waiting)
    for outcome in waiting:
        if not outcome.done():
            outcome.set_exception(GuiClosed("the program is closing"))


def install_gui_invoker() -> None:
    """Create the GUI-thread invoker; call once on the GUI thread before workers use it.

    When the application quits, workers still waiting for the person are released.
    """
    if not _invokers:
        _invokers.append(_GuiInvoker())
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(release_waiting_workers)


Starter = Callable[[Callable[[T], None], ErrorSlot], None]


def wait_for_gui(start: Starter[T]) -> T:
    """From a worker thread: run ``start(ok, fail)`` on the GUI thread and wait for its outcome.

    Used where a worker-thread flow needs the person (a PIN dialog, a phone approval):
    the worker waits, the GUI thread never does.
    """
    if not _invokers:
        raise RuntimeError("install_gui_invoker() was not called on the GUI thread")
    invoker = _invokers[0]
    if QThread.currentThread() is invoker.thread():
        raise RuntimeError("wait_for_gui() must not be called on the GUI thread")
    outcome: Future[T] = Future()

    def settle(setter: Callable[[Any], None], value: Any) -> None:
        if not outcome.done():  # released at quit, then answered: the first one counts
            setter(value)

    def call() -> None:
        try:
            start(
                lambda value: settle(outcome.set_result, value),
                lambda error: settle(outcome.set_exception, error),
            )
        except Exception as error:  # handed to the waiting worker
            settle(outcome.set_exception, error)

    # A pool thread waiting for the person (minutes, perhaps) gives its place to other
    # jobs meanwhile, so a refresh or a status check never queues behind a PIN dialog.
    pool = background_pool() if getattr(_on_pool_thread, "active", False) else None
    with _waiting_lock:
        _waiting.add(outcome)
    if pool is not None:
        pool.releaseThread()
    try:
        invoker.requested.emit(call)
        return outcome.result()
    finally:
        if pool is not None:
            pool.reserveThread()
        with _waiting_lock:
            _waiting.discard(outcome)


class NoCollectionPauses:
    """Background loading without garbage-collection pauses on the GUI thread.

    Importing FastAPI, SQLAlchemy, pydantic and the pages creates a few hundred thousand
    objects; each full collection they trigger holds the GIL for ~50 ms and froze the
    GUI that long. Nothing is collected while any loader runs; when the last one ends,
    what was built is frozen, so those long-lived objects are never scanned again.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loaders = 0

    @contextlib.contextmanager
    def __call__(self) -> Iterator[None]:
        with self._lock:
            self._loaders += 1
            if self._loaders == 1:
                gc.disable()
        try:
            yield
        finally:
            with self._lock:
                self._loaders -= 1
                if self._loaders == 0:
                    gc.freeze()
                    gc.enable()


no_collection_pauses = NoCollectionPauses()


def is_loaded(name: str) -> bool:
    """``name`` is imported completely, not still being imported on another thread.

    A module appears in ``sys.modules`` as soon as its import starts; importing it then
    from the GUI thread would wait for the other thread's import to end, and reading it
    finds names not defined yet.
    """
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None)
    return module is not None and not getattr(spec, "_initializing", False)


def import_modules(names: tuple[str, ...]) -> None:
    """Import ``names`` (on a worker: without collection pauses on the GUI thread)."""
    with no_collection_pauses():
        for name in names:
            importlib.import_module(name)
