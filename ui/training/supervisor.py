"""The training platform as the window sees it: one object that starts, watches and stops it.

It runs the platform's child process (:class:`TrainingPlatformProcess`, restarted after a
crash) and, at the same time on a worker, builds what the client needs besides the
platform: the demo cards of the virtual readers and the training panel's modules. It
says :attr:`TrainingPlatform.ready` once both are done, so the GUI thread then only makes
widgets.
"""

from __future__ import annotations

import logging
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
"""What the window builds when the platform is up: imported on the worker beforehand."""


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
    """The training platform's child process and the client side it needs, started once."""

    ready = Signal(str)
    """The platform answers at this base URL and the client side is built (first start)."""
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

    @property
    def base_url(self) -> str | None:
        """Where the platform answers once :attr:`ready` was said, else None."""
        return self._listening_at if self._client_prepared else None

    def start(self) -> None:
        """Start the child process and the client side's preparation; returns at once."""
        if self.process is not None:
            return
        process = TrainingPlatformProcess(self.database, parent=self)
        process.ready.connect(self._on_listening)
        process.failed.connect(self.failed)
        process.crashed.connect(self.crashed)
        process.restarted.connect(self.restarted)
        self.process = process
        process.start()
        run_in_background(
            prepare_training_client, self._on_client_prepared, self.preparation_failed.emit
        )

    def stop(self) -> None:
        """Stop the child process; safe to call more than once."""
        process = self.process
        if process is not None:
            process.stop()

    def _on_listening(self, base_url: str) -> None:
        self._listening_at = base_url
        self._maybe_ready()

    def _on_client_prepared(self, _result: object) -> None:
        self._client_prepared = True
        self._maybe_ready()

    def _maybe_ready(self) -> None:
        if self._client_prepared and self._listening_at is not None:
            log.info("training platform ready at %s", self._listening_at)
            self.ready.emit(self._listening_at)
