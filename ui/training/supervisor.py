"""The training platform as the window sees it: one object that starts, watches and stops it.

It runs the platform's child process (:class:`TrainingPlatformProcess`, restarted after a
crash) and says :attr:`TrainingPlatform.ready` once it answers. What the client needs
besides the platform (the demo cards of the virtual readers, the training panel's
modules, cryptography for the demo PKI) is built on a worker only when first asked for
(:meth:`TrainingPlatform.prepare_client`: the panel is opened or a page that uses cards),
so training mode idles on the start page like the client with a platform URL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ui.async_bridge import import_modules, no_collection_pauses, run_in_background
from ui.training.platform_process import TrainingPlatformProcess

log = logging.getLogger(__name__)

TRAINING_PANEL_MODULES = (
    "app.platform.client",
    "ui.card_context",
    "sandbox.cardemu.inprocess",
    "ui.training.panel",
)
"""What the window builds for the training panel and the demo cards: imported on a worker."""


def prepare_training_client() -> None:
    """What training mode needs in this process besides the platform (a child process)."""
    from certs.testpki import DemoPKI

    with no_collection_pauses():
        # The training panel and the virtual readers use the demo cards: build them here
        # (about 0.1 s of signing) so the GUI thread later finds them ready.
        DemoPKI.load()
        # Imported here, so the GUI thread only makes widgets (these took about 0.2 s of it).
        import_modules(TRAINING_PANEL_MODULES)


class TrainingPlatform(QObject):
    """The training platform's child process, and the client side it needs once asked for."""

    ready = Signal(str)
    """The platform answers at this base URL (first start)."""
    failed = Signal(str)
    """The child process cannot run; the text is its last error output."""
    preparation_failed = Signal(object)
    """The client side (demo cards, panel modules) could not be built: the exception."""
    crashed = Signal()
    """The platform ended without being asked to; a restart follows."""
    restarted = Signal(str)
    """The platform runs again after a crash, at the same base URL."""

    def __init__(self, database: Path | None, parent: QObject | None = None) -> None:
        """``database`` None keeps the training data in memory only (kiosk mode)."""
        super().__init__(parent)
        self.database = database
        self.process: TrainingPlatformProcess | None = None
        self._listening_at: str | None = None
        self._client_prepared = False
        self._waiting: list[
            tuple[Callable[[], None] | None, Callable[[BaseException], None] | None]
        ] = []

    @property
    def base_url(self) -> str | None:
        """Where the platform answers once :attr:`ready` was said, else None."""
        return self._listening_at

    @property
    def is_client_prepared(self) -> bool:
        """The demo cards and the training panel's modules are built."""
        return self._client_prepared

    def prepare_client(
        self,
        done: Callable[[], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Build the client side (demo cards, panel modules) on a worker, once; returns at once.

        Then ``done`` is called (at once if it is built already), or ``failed`` with the
        exception (also said by :attr:`preparation_failed`); a later call tries again.
        """
        if self._client_prepared:
            if done is not None:
                done()
            return
        self._waiting.append((done, failed))
        if len(self._waiting) == 1:
            run_in_background(
                prepare_training_client, self._on_client_prepared, self._on_not_prepared
            )

    def start(self) -> None:
        """Start the child process; returns at once (the client side waits to be asked for)."""
        if self.process is not None:
            return
        process = TrainingPlatformProcess(self.database, parent=self)
        process.ready.connect(self._on_listening)
        process.failed.connect(self.failed)
        process.crashed.connect(self.crashed)
        process.restarted.connect(self.restarted)
        self.process = process
        process.start()

    def stop(self) -> None:
        """Stop the child process; safe to call more than once."""
        process = self.process
        if process is not None:
            process.stop()

    def _on_listening(self, base_url: str) -> None:
        self._listening_at = base_url
        log.info("training platform ready at %s", base_url)
        self.ready.emit(base_url)

    def _on_client_prepared(self, _result: object) -> None:
        self._client_prepared = True
        waiting, self._waiting = self._waiting, []
        for done, _failed in waiting:
            if done is not None:
                done()

    def _on_not_prepared(self, error: BaseException) -> None:
        waiting, self._waiting = self._waiting, []
        self.preparation_failed.emit(error)
        for _done, failed in waiting:
            if failed is not None:
                failed(error)
