"""Who may apply, how they prove identity, and the order of application steps."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from ._checks import require_date
from .enums import ApplicantType, ApplicationStep, AuthorizationKind, VerificationMethod
from .errors import StepOutOfOrder
from .workdays import WorkCalendar

SME_MAX_PAID_IN_CAPITAL = 100_000_000
SME_EMPLOYEES_BELOW = 200

_M = VerificationMethod
_ALLOWED_METHODS: dict[ApplicantType, tuple[VerificationMethod, ...]] = {
    ApplicantType.SME: (_M.MOEACA_CARD, _M.MOICA_CARD, _M.MOICA_MOBILE, _M.PHONE),
    ApplicantType.TAX_REGISTERED: (_M.MOICA_CARD, _M.MOICA_MOBILE),
    ApplicantType.COOPERATIVE: (_M.XCA_CARD, _M.MOICA_CARD, _M.MOICA_MOBILE),
    ApplicantType.SOCIAL_INNOVATION: (_M.XCA_CARD,),
}

_BOTH_AUTHORIZATIONS = (AuthorizationKind.LABOR_INSURANCE, AuthorizationKind.BUSINESS_REGISTRATION)
_REQUIRED_AUTHORIZATIONS: dict[ApplicantType, tuple[AuthorizationKind, ...]] = {
    ApplicantType.SME: _BOTH_AUTHORIZATIONS,
    ApplicantType.TAX_REGISTERED: _BOTH_AUTHORIZATIONS,
    ApplicantType.COOPERATIVE: _BOTH_AUTHORIZATIONS,
    ApplicantType.SOCIAL_INNOVATION: (),
}


def _applicant_type(value: str) -> ApplicantType:
    try:
        return ApplicantType(value)
    except ValueError:
        raise ValueError(f"unknown applicant type {value!r}") from None


def allowed_methods(applicant_type: ApplicantType | str) -> tuple[VerificationMethod, ...]:
    """Identity verification methods open to ``applicant_type``, in the seed's order."""
    return _ALLOWED_METHODS[_applicant_type(applicant_type)]


def required_authorizations(
    applicant_type: ApplicantType | str,
) -> tuple[AuthorizationKind, ...]:
    """企業授權書 (附表2, 附表3) an applicant of ``applicant_type`` must sign."""
    return _REQUIRED_AUTHORIZATIONS[_applicant_type(applicant_type)]


def needs_review(applicant_type: ApplicantType | str) -> bool:
    """True when eligibility is reviewed by hand (tax-registered: about 1 working day)."""
    return _applicant_type(applicant_type) is ApplicantType.TAX_REGISTERED


REVIEW_WORKING_DAYS = 1


def review_decided_by(
    submitted_on: date, applicant_type: ApplicantType | str, calendar: WorkCalendar | None = None
) -> date | None:
    """When a reviewed applicant's eligibility is decided (``None`` when no review).

    The seed says "about 1 working day": the platform decides by the end of the next
    working day after the e-mail verification.
    """
    if not needs_review(applicant_type):
        return None
    require_date("submitted_on", submitted_on)
    return (calendar or WorkCalendar.taiwan()).add_working_days(submitted_on, REVIEW_WORKING_DAYS)


@dataclass(frozen=True)
class IneligibilityReason:
    """Why an applicant may not apply: a stable code and zh-TW text."""

    code: str
    text: str


@dataclass(frozen=True)
class Eligibility:
    """Outcome of :func:`check_eligibility`."""

    eligible: bool
    reasons: tuple[IneligibilityReason, ...]


@dataclass(frozen=True)
class ApplicantProfile:
    """Facts about an applicant that decide eligibility.

    ``paid_in_capital`` and ``employees`` matter for ``sme`` only; ``None`` means unknown.
    """

    applicant_type: ApplicantType
    paid_in_capital: int | None = None
    employees: int | None = None
    has_tax_registration: bool = True
    cooperative_subsidiary_unit: bool = False
    on_social_innovation_platform: bool = False
    serious_programme_breach_3y: bool = False
    serious_law_violation_3y: bool = False
    mainland_capital: bool = False
    foreign_company_branch: bool = False
    domestic_company_branch: bool = False
    other_cloud_subsidy: bool = False
    used_marketplace_points: bool = False


def _reason(code: str, text: str) -> IneligibilityReason:
    return IneligibilityReason(code=code, text=text)


# Disqualifications that apply to every applicant type, in the seed's order.
_DISQUALIFICATIONS: tuple[tuple[str, IneligibilityReason], ...] = (
    (
        "serious_programme_breach_3y",
        _reason("SERIOUS_PROGRAMME_BREACH", "最近3年內有執行政府計畫之重大違約紀錄"),
    ),
    (
        "serious_law_violation_3y",
        _reason(
            "SERIOUS_LAW_VIOLATION",
            "最近3年內違反環境保護、勞工、食品安全衛生或身心障礙者權益保障相關法律且情節重大",
        ),
    ),
    ("mainland_capital", _reason("MAINLAND_CAPITAL", "陸資企業不得申請")),
    ("foreign_company_branch", _reason("FOREIGN_BRANCH", "外國營利事業在臺設立之分公司不得申請")),
    ("domestic_company_branch", _reason("DOMESTIC_BRANCH", "本國企業分公司不得申請")),
    (
        "other_cloud_subsidy",
        _reason("OTHER_CLOUD_SUBSIDY", "已獲得其他雲世代產業數位轉型之小額補助"),
    ),
    (
        "used_marketplace_points",
        _reason("POINTS_ALREADY_USED", "已向臺灣雲市集平台申請且使用數位點數"),
    ),
)


def _type_reasons(profile: ApplicantProfile) -> list[IneligibilityReason]:
    reasons: list[IneligibilityReason] = []
    kind = profile.applicant_type
    if kind is ApplicantType.SME:
        capital, employees = profile.paid_in_capital, profile.employees
        for name, value in (("paid_in_capital", capital), ("employees", employees)):
            if value is not None and (isinstance(value, bool) or value < 0):
                raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
        small_capital = capital is not None and capital <= SME_MAX_PAID_IN_CAPITAL
        few_employees = employees is not None and employees < SME_EMPLOYEES_BELOW
        if (capital is not None or employees is not None) and not (small_capital or few_employees):
            reasons.append(
                _reason("NOT_SME", "實收資本額逾新臺幣1億元且經常僱用員工達200人以上，非中小企業")
            )
    if kind in (ApplicantType.TAX_REGISTERED, ApplicantType.COOPERATIVE) and (
        not profile.has_tax_registration
    ):
        reasons.append(_reason("NO_TAX_REGISTRATION", "未辦理稅籍登記"))
    if kind is ApplicantType.COOPERATIVE and profile.cooperative_subsidiary_unit:
        reasons.append(_reason("COOPERATIVE_SUBSIDIARY_UNIT", "合作社之附屬單位不得申請"))
    if kind is ApplicantType.SOCIAL_INNOVATION and not profile.on_social_innovation_platform:
        reasons.append(
            _reason(
                "NOT_ON_SOCIAL_INNOVATION_PLATFORM", "未列入社會創新平台之社會創新組織登錄資料庫"
            )
        )
    return reasons


def check_eligibility(profile: ApplicantProfile) -> Eligibility:
    """All reasons, if any, why ``profile`` may not apply for points."""
    _applicant_type(profile.applicant_type)
    reasons = _type_reasons(profile)
    reasons.extend(reason for flag, reason in _DISQUALIFICATIONS if getattr(profile, flag))
    return Eligibility(eligible=not reasons, reasons=tuple(reasons))


def _steps_for(applicant_type: ApplicantType) -> tuple[ApplicationStep, ...]:
    if required_authorizations(applicant_type):
        return tuple(ApplicationStep)
    return tuple(step for step in ApplicationStep if step is not ApplicationStep.AUTHORIZATIONS)


def next_application_step(
    done: Collection[ApplicationStep | str], applicant_type: ApplicantType | str
) -> ApplicationStep | None:
    """The first step still to do, or ``None`` when all are done.

    Raises :class:`StepOutOfOrder` when ``done`` holds a step whose prerequisites are not done.
    """
    finished = {ApplicationStep(step) for step in done}
    steps = _steps_for(_applicant_type(applicant_type))
    for step in finished:
        require_step_allowed(step, finished, applicant_type)
    return next((step for step in steps if step not in finished), None)


def require_step_allowed(
    step: ApplicationStep | str,
    done: Collection[ApplicationStep | str],
    applicant_type: ApplicantType | str,
) -> None:
    """Raise :class:`StepOutOfOrder` unless every step before ``step`` is done."""
    target = ApplicationStep(step)
    finished = {ApplicationStep(s) for s in done}
    steps = _steps_for(_applicant_type(applicant_type))
    if target not in steps:
        raise StepOutOfOrder(target.value, ())
    missing = tuple(s.value for s in steps[: steps.index(target)] if s not in finished)
    if missing:
        raise StepOutOfOrder(target.value, missing)
