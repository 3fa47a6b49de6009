"""The enrolment wizard as a Qt-free state machine (UBN → … → points).

Steps follow the seed order: UBN, choice of method, identity, authorisations
(附表2/附表3; not for social innovation organisations), consents (personal data and the
ten declarations), 附表1 and password, e-mail code, self-assessment, result. Which steps
are done comes from the platform (``GET /application``), so the wizard resumes where the
applicant left off; the order itself is the shared rule ``next_application_step``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from enum import StrEnum

from app.errors import ErrorCode, FieldCode, FieldProblem, FieldProblems
from app.platform.models import Applicant, ApplicationState
from app.subsidy import (
    ApplicantType,
    ApplicationStep,
    AuthorizationKind,
    Pavilion,
    VerificationMethod,
    is_valid_mobile,
    is_valid_national_id,
    is_valid_ubn,
    next_application_step,
    required_authorizations,
    validate_application_form,
)

from .errors import FlowError


class WizardStep(StrEnum):
    """Pages of the enrolment wizard, in order: UBN and method, a page for each
    ``ApplicationStep`` (same value), then the result."""

    UBN = "ubn"
    METHOD = "method"
    IDENTITY = ApplicationStep.IDENTITY.value
    AUTHORIZATIONS = ApplicationStep.AUTHORIZATIONS.value
    CONSENTS = ApplicationStep.CONSENTS.value
    FORM = ApplicationStep.FORM.value
    EMAIL = ApplicationStep.EMAIL.value
    ASSESSMENT = ApplicationStep.ASSESSMENT.value
    RESULT = "result"


METHOD_LABELS: dict[VerificationMethod, str] = {
    VerificationMethod.MOEACA_CARD: "工商憑證",
    VerificationMethod.MOICA_CARD: "負責人之自然人憑證",
    VerificationMethod.MOICA_MOBILE: "負責人之行動自然人憑證",
    VerificationMethod.PHONE: "負責人手機門號",
    VerificationMethod.XCA_CARD: "組織及團體憑證",
}

CARD_METHODS = frozenset(
    {VerificationMethod.MOEACA_CARD, VerificationMethod.MOICA_CARD, VerificationMethod.XCA_CARD}
)

# Each platform step has the wizard page of the same name (the pages add UBN, method, result).
_PLATFORM_STEP: dict[WizardStep, ApplicationStep] = {
    WizardStep(step.value): step for step in ApplicationStep
}
_WIZARD_STEP = {v: k for k, v in _PLATFORM_STEP.items()}


def ubn_problem(text: str) -> FieldProblem | None:
    """What makes a UBN as typed impossible (length or check digit), else None."""
    value = text.strip()
    if len(value) != 8 or not value.isascii() or not value.isdigit():
        return FieldProblem(FieldCode.UBN_LENGTH)
    if not is_valid_ubn(value):
        return FieldProblem(FieldCode.UBN_CHECKSUM)
    return None


def person_problems(
    id_number: str,
    *,
    birthday: date | None = None,
    mobile: str | None = None,
    needs_phone: bool = False,
    today: date | None = None,
) -> FieldProblems:
    """Checks of the responsible person's data for mobile MOICA and phone verification."""
    problems: FieldProblems = {}
    if not is_valid_national_id(id_number.strip().upper()):
        problems["id_number"] = FieldProblem(FieldCode.NATIONAL_ID_INVALID)
    if needs_phone:
        if birthday is None:
            problems["birthday"] = FieldProblem(FieldCode.BIRTHDAY_REQUIRED)
        elif birthday >= (today or date.today()):
            problems["birthday"] = FieldProblem(FieldCode.BIRTHDAY_INVALID)
        if not mobile or not is_valid_mobile(mobile.strip()):
            problems["mobile"] = FieldProblem(FieldCode.MOBILE_FORMAT)
    return problems


def authorization_problems(
    kind: AuthorizationKind,
    valid_from: date | None,
    valid_to: date | None,
    responsible_person_id: str | None,
    today: date,
    *,
    responsible_person_name: str | None = None,
) -> FieldProblems:
    """Checks of one 企業授權書 before it is signed (附表3: the person's ID and name)."""
    problems: FieldProblems = {}
    if valid_from is None:
        problems["valid_from"] = FieldProblem(FieldCode.VALID_FROM_REQUIRED)
    if valid_to is None:
        problems["valid_to"] = FieldProblem(FieldCode.VALID_TO_REQUIRED)
    if valid_from and valid_to and (valid_to < valid_from or valid_to < today):
        problems["valid_to"] = FieldProblem(FieldCode.VALID_TO_TOO_EARLY)
    if kind is AuthorizationKind.BUSINESS_REGISTRATION and not is_valid_national_id(
        (responsible_person_id or "").strip().upper()
    ):
        problems["responsible_person_id"] = FieldProblem(FieldCode.RESPONSIBLE_ID_INVALID)
    if (
        kind is AuthorizationKind.BUSINESS_REGISTRATION
        and not (responsible_person_name or "").strip()
    ):
        problems["responsible_person_name"] = FieldProblem(FieldCode.RESPONSIBLE_NAME_REQUIRED)
    return problems


def require_applicant(applicant: Applicant | None) -> Applicant:
    """The looked-up applicant (FlowError ``UBN_REQUIRED`` before the UBN lookup)."""
    if applicant is None:
        raise FlowError("請先輸入統一編號", code=ErrorCode.UBN_REQUIRED)
    return applicant


def require_allowed_method(applicant: Applicant | None, method: VerificationMethod) -> None:
    """FlowError unless the looked-up applicant may prove its identity with ``method``."""
    if method not in require_applicant(applicant).allowed_methods:
        raise FlowError(
            f"此申請身分不能使用「{METHOD_LABELS[method]}」", code=ErrorCode.METHOD_NOT_ALLOWED
        )


def form_problems(
    fields: Mapping[str, object],
    ubn: str,
    pavilion: Pavilion | str = Pavilion.GENERAL,
    applicant_type: ApplicantType | None = None,
) -> FieldProblems:
    """附表1 checks (the shared rules, with the 工業館 fields for an ``industry`` track and
    an SME's size) plus: the UBN must be the applicant's own."""
    problems = validate_application_form(fields, pavilion=pavilion, applicant_type=applicant_type)
    if "ubn" not in problems and fields.get("ubn") != ubn:
        problems["ubn"] = FieldProblem(FieldCode.UBN_NOT_APPLICANTS)
    return problems


class EnrolmentFlow:
    """Where the applicant is in the wizard and where they may go."""

    def __init__(self) -> None:
        self.applicant: Applicant | None = None
        self.method: VerificationMethod | None = None
        self.status: str | None = None
        self.rejection_reason: str | None = None
        """What the platform told the applicant when its review turned the application down."""
        self._done: frozenset[ApplicationStep] = frozenset()
        self.current = WizardStep.UBN

    # -- facts --

    @property
    def applicant_type(self) -> ApplicantType | None:
        """The applicant's type once the UBN is known."""
        return self.applicant.applicant_type if self.applicant else None

    @property
    def identity_verified(self) -> bool:
        """True once the platform has recorded the identity step."""
        return ApplicationStep.IDENTITY in self._done

    @property
    def done(self) -> frozenset[ApplicationStep]:
        """Platform steps done (only those that apply to this applicant type)."""
        return self._done

    def steps(self) -> tuple[WizardStep, ...]:
        """The pages for this applicant (no 附表2/附表3 for social innovation)."""
        kind = self.applicant_type
        if kind is not None and not required_authorizations(kind):
            return tuple(s for s in WizardStep if s is not WizardStep.AUTHORIZATIONS)
        return tuple(WizardStep)

    def required_authorizations(self) -> tuple[AuthorizationKind, ...]:
        """The 企業授權書 this applicant signs."""
        kind = self.applicant_type
        return required_authorizations(kind) if kind is not None else ()

    def is_done(self, step: WizardStep) -> bool:
        """True when ``step`` needs nothing more."""
        if step is WizardStep.UBN:
            return self.applicant is not None
        if step is WizardStep.METHOD:
            return self.method is not None or self.identity_verified
        if step is WizardStep.RESULT:
            return False
        return _PLATFORM_STEP[step] in self._done

    def blocked_reason(self) -> ErrorCode | None:
        """Why the applicant cannot go on from the current page, if it is not input: the
        platform still reviews a tax-registered applicant, or it turned the application down."""
        if self.current is WizardStep.ASSESSMENT and self.status == "pending_review":
            return ErrorCode.APPLICATION_UNDER_REVIEW
        if self.status == "rejected":
            return ErrorCode.APPLICATION_REJECTED
        return None

    # -- changes --

    def set_applicant(self, applicant: Applicant) -> None:
        """The platform's answer to the UBN; a different UBN starts over."""
        if self.applicant is not None and self.applicant.ubn != applicant.ubn:
            if self.identity_verified:
                raise FlowError("已開始註冊，無法更換統一編號", code=ErrorCode.UBN_LOCKED)
            self.method = None
            self._done = frozenset()
            self.status = self.rejection_reason = None
        self.applicant = applicant
        if self.method is not None and self.method not in applicant.allowed_methods:
            self.method = None

    def choose_method(self, method: VerificationMethod) -> None:
        """Pick how to prove identity; it cannot change once registration started."""
        require_applicant(self.applicant)
        if self.identity_verified and method != self.method:
            raise FlowError("一旦開始註冊以後，將無法切換驗證方式", code=ErrorCode.METHOD_LOCKED)
        require_allowed_method(self.applicant, method)
        self.method = method

    def apply_state(self, state: ApplicationState) -> WizardStep:
        """Take the platform's record of the application and go to the page to do next."""
        steps = {_PLATFORM_STEP[s] for s in self.steps() if s in _PLATFORM_STEP}
        self._done = frozenset(s for s in state.done if s in steps)
        self.status = state.status
        self.rejection_reason = state.rejection_reason
        self.current = self.resume_step()
        return self.current

    def resume_step(self) -> WizardStep:
        """The first page with something left to do."""
        if self.applicant is None:
            return WizardStep.UBN
        if not self.identity_verified:
            return WizardStep.IDENTITY if self.method is not None else WizardStep.METHOD
        following = next_application_step(self._done, self.applicant.applicant_type)
        return WizardStep.RESULT if following is None else _WIZARD_STEP[following]

    # -- navigation --

    def _neighbour(self, offset: int) -> WizardStep | None:
        steps = self.steps()
        index = steps.index(self.current) + offset
        return steps[index] if 0 <= index < len(steps) else None

    def _locked(self, step: WizardStep) -> bool:
        if step in (WizardStep.UBN, WizardStep.METHOD):
            return self.identity_verified
        return self.is_done(step)

    def can_go_next(self) -> bool:
        """True when the current page is done and a next page exists."""
        following = self._neighbour(1)
        if following is None or not self.is_done(self.current):
            return False
        return not (following is WizardStep.ASSESSMENT and self.blocked_reason())

    def can_go_back(self) -> bool:
        """True when the previous page can still be changed (nothing submitted there)."""
        previous = self._neighbour(-1)
        return previous is not None and not self._locked(previous)

    def can_enter(self, step: WizardStep) -> bool:
        """True when ``step`` may be shown now: one of this applicant's steps, not past the
        first step with something left to do."""
        steps = self.steps()
        return step in steps and steps.index(step) <= steps.index(self.resume_step())

    def enter(self, step: WizardStep) -> WizardStep:
        """Show ``step`` (the method chosen, or a new login after the session ended)."""
        if not self.can_enter(step):
            raise FlowError("請先完成此步驟", code=ErrorCode.STEP_NOT_DONE)
        self.current = step
        return step

    def go_next(self) -> WizardStep:
        """Move to the next page."""
        if not self.can_go_next():
            raise FlowError("請先完成此步驟", code=ErrorCode.STEP_NOT_DONE)
        following = self._neighbour(1)
        assert following is not None
        self.current = following
        return following

    def go_back(self) -> WizardStep:
        """Move to the previous page."""
        if not self.can_go_back():
            raise FlowError("已送出的步驟無法返回修改", code=ErrorCode.STEP_LOCKED)
        previous = self._neighbour(-1)
        assert previous is not None
        self.current = previous
        return previous
