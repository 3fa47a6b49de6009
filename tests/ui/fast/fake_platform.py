"""A platform in memory for widget tests: answers at once, no server, no cards.

The dummy back-end of the fast tier: it speaks the handful of :class:`PlatformClient`
calls the wizard's navigation and member login make, records what was asked, and keeps
the application's steps in a set the test controls.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from app.flows.enrolment_service import EnrolmentService
from app.platform.client import PlatformClient
from app.platform.models import (
    Applicant,
    ApplicationState,
    LoginResult,
    MobileTransaction,
    Questionnaire,
    TransactionState,
)
from app.subsidy import ApplicationStep
from sandbox.questionnaire import questionnaire


class FakePlatform:
    """The calls a login and the wizard's navigation need, answered from memory."""

    platform = "fake-platform"

    def __init__(self, applicant: Applicant, *, done_after_login: set[ApplicationStep]) -> None:
        self.applicant = applicant
        self.done: set[ApplicationStep] = set()
        self.done_after_login = done_after_login
        self.status = "draft"
        """The application's status after login (``rejected`` once the platform refused)."""
        self.session = False
        self.calls: list[str] = []
        self._clock = datetime(2026, 3, 2, 2, 0, tzinfo=UTC)

    def server_now(self) -> datetime:
        # Each reading is 5 s later, so a phone poll is always due at once.
        self._clock += timedelta(seconds=5)
        return self._clock

    def lookup_applicant(self, ubn: str) -> Applicant:
        self.calls.append(f"lookup {ubn}")
        return self.applicant

    def resume(self, ubn: str) -> bool:
        return self.session

    def get_application(self) -> ApplicationState:
        self.calls.append("application")
        return ApplicationState(self.status, {s: s in self.done for s in ApplicationStep}, {})

    def start_mobile_moica(self, ubn: str, person: str, **_options: Any) -> MobileTransaction:
        self.calls.append(f"mobile {person}")
        return MobileTransaction("tx-1", 4, self._clock + timedelta(minutes=5), qr_payload="qr")

    def mobile_moica_status(self, transaction_id: str) -> TransactionState:
        return TransactionState("approved", "token")

    def finish_mobile_login(self, ubn: str, state: TransactionState) -> LoginResult:
        self.calls.append("logged in")
        self.session = True
        self.done = {ApplicationStep.IDENTITY, *self.done_after_login}
        return self._login()

    def password_login(self, ubn: str, password: str) -> LoginResult:
        self.calls.append(f"password {ubn}")
        self.session = True
        return self._login()

    def get_questionnaire(self) -> Questionnaire:
        self.calls.append("questionnaire")
        return Questionnaire.from_json(questionnaire())

    def _login(self) -> LoginResult:
        return LoginResult("session-token", None, self.applicant, None)


def fake_service(platform: FakePlatform) -> EnrolmentService:
    """An enrolment service on ``platform`` (dates on a fixed day)."""
    return EnrolmentService(cast(PlatformClient, platform), today=lambda: date(2026, 3, 2))
