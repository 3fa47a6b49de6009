"""The composition root's factory of back-ends: what the widgets are given.

Widgets do not build their services: :class:`~ui.main_window.MainWindow` asks one
:class:`Backends` for them, so a test can hand the window (or a widget directly) a fake
back-end that answers in milliseconds. The modules behind a platform are imported when a
service is first asked for, not when the window starts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.flows.enrolment_service import EnrolmentService
    from app.platform.client import PlatformClient
    from app.storage import DraftStore
    from ui.card_context import CardContext


class Backends:
    """Builds the services of one platform (the real ones; tests pass their own)."""

    def cards(self, training: bool) -> CardContext:
        """Virtual readers with demo cards in training mode, the PC/SC service otherwise."""
        from ui.card_context import pcsc_cards, training_cards

        return training_cards() if training else pcsc_cards(training=False)

    def client(self, platform_url: str) -> PlatformClient:
        """A client of the platform at ``platform_url``."""
        from app.platform.client import PlatformClient

        return PlatformClient(platform_url)

    def enrolment(self, platform_url: str) -> tuple[EnrolmentService, DraftStore]:
        """A new application's service and the drafts it keeps (per platform)."""
        from app.flows.enrolment_service import EnrolmentService
        from app.storage import DraftStore

        client = self.client(platform_url)
        drafts = DraftStore(client.platform)
        # The service's dates are the platform's, so pre-filled dates pass its checks.
        return EnrolmentService(client, drafts), drafts
