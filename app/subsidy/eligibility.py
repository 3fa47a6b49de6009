"""Who may apply, how they prove identity, and the order of application steps."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from app.errors import ErrorCode

from ._checks import require_date
from .enums import ApplicantType, ApplicationStep, AuthorizationKind, Pavilion, VerificationMethod
from .errors import StepOutOfOrder
from .programme import Programme
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
    """Identity verification methods open to ``applicant_type``, in the seed's order.

    002 六、申請步驟(一)1–4 (and seed 001 申請前準備項目).
    """
    return _ALLOWED_METHODS[_applicant_type(applicant_type)]


def required_authorizations(
    applicant_type: ApplicantType | str,
) -> tuple[AuthorizationKind, ...]:
    """企業授權書 (附表2, 附表3) an applicant of ``applicant_type`` must sign.

    002 六、申請步驟(二): 中小企業、稅籍營利事業及合作社須增加填寫「企業授權書」.
    """
    return _REQUIRED_AUTHORIZATIONS[_applicant_type(applicant_type)]


def needs_review(applicant_type: ApplicantType | str) -> bool:
    """True when eligibility is reviewed by hand (tax-registered: about 1 working day).

    Seed 001 步驟1 提醒: 以稅籍登記身分註冊者，相關資格確認約需1個工作天.
    """
    return _applicant_type(applicant_type) is ApplicantType.TAX_REGISTERED


REVIEW_WORKING_DAYS = 1
DEFAULT_REJECTION_REASON = "查無稅籍登記資料"
"""What a rejected tax-registered applicant is told when the review gives no other reason."""


def review_decided_by(
    submitted_on: date, applicant_type: ApplicantType | str, calendar: WorkCalendar | None = None
) -> date | None:
    """When a reviewed applicant's eligibility is decided (``None`` when no review).

    Seed 001 步驟1 says "約需1個工作天": the platform decides by the end of the next
    working day after the e-mail verification.
    """
    if not needs_review(applicant_type):
        return None
    require_date("submitted_on", submitted_on)
    return (calendar or WorkCalendar.taiwan()).add_working_days(submitted_on, REVIEW_WORKING_DAYS)


@dataclass(frozen=True)
class Eligibility:
    """Outcome of :func:`check_eligibility` and :func:`industry_eligibility`: the code of
    each rule the applicant does not meet, in the seed's order (the platform words them in
    its answers, the client from its error catalogue)."""

    reasons: tuple[ErrorCode, ...]

    @property
    def eligible(self) -> bool:
        """True when nothing rules the applicant out."""
        return not self.reasons


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


# Disqualifications that apply to every applicant type, in the seed's order.
_DISQUALIFICATIONS: tuple[tuple[str, ErrorCode], ...] = (
    ("serious_programme_breach_3y", ErrorCode.SERIOUS_PROGRAMME_BREACH),
    ("serious_law_violation_3y", ErrorCode.SERIOUS_LAW_VIOLATION),
    ("mainland_capital", ErrorCode.MAINLAND_CAPITAL),
    ("foreign_company_branch", ErrorCode.FOREIGN_BRANCH),
    ("domestic_company_branch", ErrorCode.DOMESTIC_BRANCH),
    ("other_cloud_subsidy", ErrorCode.OTHER_CLOUD_SUBSIDY),
    ("used_marketplace_points", ErrorCode.POINTS_ALREADY_USED),
)


def is_sme_size(paid_in_capital: int | None, employees: int | None) -> bool:
    """002 四、用詞定義(一): an SME has paid-in capital of at most NT$100M **or** fewer than
    200 regular employees; figures not known (None) rule nobody out."""
    if paid_in_capital is None and employees is None:
        return True
    small_capital = paid_in_capital is not None and paid_in_capital <= SME_MAX_PAID_IN_CAPITAL
    few_employees = employees is not None and employees < SME_EMPLOYEES_BELOW
    return small_capital or few_employees


def _type_reasons(profile: ApplicantProfile) -> list[ErrorCode]:
    reasons: list[ErrorCode] = []
    kind = profile.applicant_type
    if kind is ApplicantType.SME:
        capital, employees = profile.paid_in_capital, profile.employees
        for name, value in (("paid_in_capital", capital), ("employees", employees)):
            if value is not None and (isinstance(value, bool) or value < 0):
                raise ValueError(f"{name} must be a non-negative integer, got {value!r}")
        if not is_sme_size(capital, employees):
            reasons.append(ErrorCode.NOT_SME)
    if kind in (ApplicantType.TAX_REGISTERED, ApplicantType.COOPERATIVE) and (
        not profile.has_tax_registration
    ):
        reasons.append(ErrorCode.NO_TAX_REGISTRATION)
    if kind is ApplicantType.COOPERATIVE and profile.cooperative_subsidiary_unit:
        reasons.append(ErrorCode.COOPERATIVE_SUBSIDIARY_UNIT)
    if kind is ApplicantType.SOCIAL_INNOVATION and not profile.on_social_innovation_platform:
        reasons.append(ErrorCode.NOT_ON_SOCIAL_INNOVATION_PLATFORM)
    return reasons


def check_eligibility(profile: ApplicantProfile) -> Eligibility:
    """All reasons, if any, why ``profile`` may not apply for points.

    002 四、用詞定義(一)–(三) (who is an SME, cooperative, social-innovation organisation)
    and 五、點數申請資格(二)–(五) (the disqualifications).
    """
    _applicant_type(profile.applicant_type)
    reasons = _type_reasons(profile)
    reasons.extend(code for flag, code in _DISQUALIFICATIONS if getattr(profile, flag))
    return Eligibility(tuple(reasons))


def _steps_for(applicant_type: ApplicantType) -> tuple[ApplicationStep, ...]:
    if required_authorizations(applicant_type):
        return tuple(ApplicationStep)
    return tuple(step for step in ApplicationStep if step is not ApplicationStep.AUTHORIZATIONS)


def next_application_step(
    done: Collection[ApplicationStep | str], applicant_type: ApplicantType | str
) -> ApplicationStep | None:
    """The first step still to do, or ``None`` when all are done (seed 001 步驟1 order).

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
    """Raise :class:`StepOutOfOrder` unless every step before ``step`` is done.

    Seed 001 步驟1: 驗證身分 → 授權資料查詢及同意聲明事項 → 同意資料蒐集 → 設定帳號密碼 →
    驗證Email, then 步驟2 數位自評檢測.
    """
    target = ApplicationStep(step)
    finished = {ApplicationStep(s) for s in done}
    steps = _steps_for(_applicant_type(applicant_type))
    if target not in steps:
        raise StepOutOfOrder(target.value, ())
    missing = tuple(s.value for s in steps[: steps.index(target)] if s not in finished)
    if missing:
        raise StepOutOfOrder(target.value, missing)


INDUSTRY_MAX_ANNUAL_REVENUE = 2_000_000_000
"""004 貳(1/2) 二(二)1: 年營業收入新臺幣20億元以下."""

CLOUD_ERA_PROGRAMMES: tuple[str, ...] = (
    "引領中小微型企業數位轉型戰略攻頂計畫",
    "雲世代小微企業數位轉型創新服務計畫",
    "雲世代商圈數位轉型及永續發展計畫",
    "中小製造業接班傳承數位轉型主題式研發計畫",
    "消費數據驅動精準研發製造(C2M)補助主題式研發計畫",
    "金屬製品數位轉型增值主題式研發計畫",
    "雲世代農業數位轉型業界參與計畫",
    "建構零售暨服務業數據共享創新服務計畫",
    "中小企業數位共好計畫",
)
"""004 註3: the 雲世代 programmes whose subsidy rules a 工業館 applicant out (包含但不限)."""


class RevenueBasis(StrEnum):
    """004 註2: the 401 filing the declared revenue rests on."""

    LAST_YEAR = "401_last_year"
    THREE_YEAR_AVERAGE = "401_three_year_average"


@dataclass(frozen=True)
class IndustryApplication:
    """What a manufacturer declares to apply in 工業館 (seed 004).

    ``factory_registration_number`` is the 工廠登記證號; a manufacturer exempt by law
    gives the number of the authority's certificate in ``factory_exemption_document``
    instead (004 註2). ``cloud_era_subsidy`` is the declaration that it received none of
    :data:`CLOUD_ERA_PROGRAMMES` (``True`` means it did).
    """

    factory_registration_number: str | None
    factory_exemption_document: str | None
    annual_revenue: int | None
    revenue_basis: RevenueBasis | None
    cloud_era_subsidy: bool


def is_valid_factory_registration_number(value: str) -> bool:
    """工廠登記證號: 8 digits (004 註1 requires one; format of the 工廠登記 register)."""
    return len(value) == 8 and value.isascii() and value.isdigit()


def industry_eligibility(
    applicant_type: ApplicantType | str, application: IndustryApplication
) -> Eligibility:
    """Whether an applicant may take the 工業館 grant (seed 004 貳(1/2) 二).

    - 004 二(一), 註1: 中小型製造業者 — an SME with a factory registration (or the
      authority's certificate of exemption, 註2);
    - 二(二)1, 註2: annual revenue ≤ NT$2bn, declared with its 401 basis;
    - 二(二)2, 註3: not subsidised by a 雲世代 programme.
    Only ``sme`` applicants are manufacturers in the seed's sense (tax-registered
    businesses have no company registration to hold a factory registration against,
    cooperatives and social-innovation organisations are not 製造業者).
    """
    reasons: list[ErrorCode] = []
    if _applicant_type(applicant_type) is not ApplicantType.SME:
        reasons.append(ErrorCode.INDUSTRY_NOT_SME)
    number = (application.factory_registration_number or "").strip()
    exemption = (application.factory_exemption_document or "").strip()
    if not number and not exemption:
        reasons.append(ErrorCode.INDUSTRY_NO_FACTORY_REGISTRATION)
    elif number and not is_valid_factory_registration_number(number):
        reasons.append(ErrorCode.INDUSTRY_FACTORY_NUMBER_INVALID)
    revenue = application.annual_revenue
    if revenue is None or application.revenue_basis is None:
        reasons.append(ErrorCode.INDUSTRY_REVENUE_MISSING)
    elif isinstance(revenue, bool) or revenue < 0:
        raise ValueError(f"annual_revenue must be a non-negative integer, got {revenue!r}")
    elif revenue > INDUSTRY_MAX_ANNUAL_REVENUE:
        reasons.append(ErrorCode.INDUSTRY_REVENUE_TOO_HIGH)
    if application.cloud_era_subsidy:
        reasons.append(ErrorCode.INDUSTRY_CLOUD_ERA_SUBSIDY)
    return Eligibility(tuple(reasons))


def application_tracks(
    applicant_type: ApplicantType | str, *, factory_registered: bool, programme: Programme
) -> tuple[Pavilion, ...]:
    """The grants an applicant may apply for: the 30,000-point track, and 工業館 where open.

    004 貳(1/2) 二(一), 註1: 工業館 is for 中小型製造業者 with a factory registration; it is
    offered only while the programme runs a 工業館 (seed 001's 111年 programme has none).
    The registry's factory flag only decides whether to offer it: the declared number,
    revenue and subsidies are checked by :func:`industry_eligibility`.
    """
    tracks = [Pavilion.GENERAL]
    if (
        _applicant_type(applicant_type) is ApplicantType.SME
        and factory_registered
        and programme.has_pavilion(Pavilion.INDUSTRY)
    ):
        tracks.append(Pavilion.INDUSTRY)
    return tuple(tracks)
