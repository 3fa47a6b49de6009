"""The composition root's factories of back-ends: what the window and its widgets are given.

Widgets do not build their services: :class:`~ui.main_window.MainWindow` asks one
:class:`Backends` for them, so a test can hand the window (or a widget directly) a fake
back-end that answers in milliseconds. Training mode's wiring (the platform's child
process and its supervisor, the virtual readers with the demo cards) sits behind one
factory, :func:`training_backends`. The modules behind a platform are imported when a
service is first asked for, not when the window starts.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    from app.flows.enrolment_service import EnrolmentService
    from app.launch_options import LaunchOptions
    from app.platform.client import PlatformClient
    from app.storage import DraftStore
    from ui.card_context import CardContext
    from ui.training.supervisor import TrainingPlatform

T = TypeVar("T")


class OnDemand(Generic[T]):
    """A service built once, on its first use, from whichever thread uses it first.

    A page is given one instead of the service, so that showing the page imports nothing
    of the service: its first call, on a worker, builds it.
    """

    def __init__(self, build: Callable[[], T]) -> None:
        self._build: Callable[[], T] | None = build
        self._value: T | None = None
        self._lock = threading.Lock()

    @classmethod
    def ready(cls, value: T) -> OnDemand[T]:
        """An already built service."""
        made: OnDemand[T] = cls(lambda: value)
        made.get()
        return made

    @property
    def built(self) -> T | None:
        """The service if it was built, else None (never builds)."""
        return self._value

    def get(self) -> T:
        """The service, built now if this is its first use."""
        with self._lock:
            if self._build is not None:
                self._value, self._build = self._build(), None
            value = self._value
        assert value is not None
        return value


class Backends:
    """Builds the services of one platform (the real ones; tests pass their own)."""

    training_platform: TrainingPlatform | None = None
    """The training platform these back-ends run themselves, or None (a platform URL)."""
    storage_name: str | None = None
    """The name the platform's tokens, cache and drafts are kept under, when its address
    is not a lasting one (None: its host and port)."""

    def cards(self, training: bool) -> CardContext:
        """Virtual readers with demo cards in training mode, the PC/SC service otherwise."""
        from ui.card_context import pcsc_cards, training_cards

        return training_cards() if training else pcsc_cards(training=False)

    def client(self, platform_url: str) -> PlatformClient:
        """A client of the platform at ``platform_url``."""
        from app.platform.client import PlatformClient

        return PlatformClient(platform_url, storage_name=self.storage_name)

    def enrolment(self, platform_url: str) -> tuple[EnrolmentService, DraftStore]:
        """A new application's service and the drafts it keeps (per platform)."""
        from app.flows.enrolment_service import EnrolmentService
        from app.storage import DraftStore

        client = self.client(platform_url)
        drafts = DraftStore(client.platform)
        # The service's dates are the platform's, so pre-filled dates pass its checks.
        return EnrolmentService(client, drafts), drafts

    def start(self) -> None:
        """Start what these back-ends run themselves (call after the first paint)."""
        if self.training_platform is not None:
            self.training_platform.start()

    def stop(self) -> None:
        """Stop what :meth:`start` started; safe to call more than once."""
        if self.training_platform is not None:
            self.training_platform.stop()


def training_backends(*, kiosk: bool) -> Backends:
    """Training mode: the platform's child process under its supervisor, the demo readers.

    A shared kiosk PC keeps nothing of an applicant: its training data stay in memory.
    Otherwise the platform's data outlive the program while its port changes with every
    start, so what the client keeps of it (drafts, tokens, cache) goes under a fixed name:
    a draft begun before closing the program is offered back after the next start.
    """
    from ui.training.platform_process import STORAGE_NAME, default_database
    from ui.training.supervisor import TrainingPlatform

    backends = Backends()
    backends.training_platform = TrainingPlatform(None if kiosk else default_database())
    if not kiosk:
        backends.storage_name = STORAGE_NAME
    return backends


def backends_for(options: LaunchOptions) -> Backends:
    """The back-ends the launch options ask for: a platform URL's, or training mode's."""
    if options.platform_url is None:
        return training_backends(kiosk=options.kiosk)
    return Backends()
