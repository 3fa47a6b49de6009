import pytest

from app.subsidy import (
    ApplicantProfile,
    ApplicantType,
    ApplicationStep,
    AuthorizationKind,
    StepOutOfOrder,
    VerificationMethod,
    allowed_methods,
    check_eligibility,
    needs_review,
    next_application_step,
    require_step_allowed,
    required_authorizations,
)

T = ApplicantType
M = VerificationMethod
STEP = ApplicationStep


def test_allowed_methods_per_applicant_type() -> None:
    assert allowed_methods("sme") == (M.MOEACA_CARD, M.MOICA_CARD, M.MOICA_MOBILE, M.PHONE)
    assert allowed_methods(T.TAX_REGISTERED) == (M.MOICA_CARD, M.MOICA_MOBILE)
    assert allowed_methods(T.COOPERATIVE) == (M.XCA_CARD, M.MOICA_CARD, M.MOICA_MOBILE)
    assert allowed_methods(T.SOCIAL_INNOVATION) == (M.XCA_CARD,)
    with pytest.raises(ValueError, match="unknown applicant type"):
        allowed_methods("bank")


def test_authorizations_and_review() -> None:
    both = (AuthorizationKind.LABOR_INSURANCE, AuthorizationKind.BUSINESS_REGISTRATION)
    for kind in (T.SME, T.TAX_REGISTERED, T.COOPERATIVE):
        assert required_authorizations(kind) == both
    assert required_authorizations(T.SOCIAL_INNOVATION) == ()
    assert [t for t in ApplicantType if needs_review(t)] == [T.TAX_REGISTERED]


def test_plain_profiles_are_eligible() -> None:
    assert check_eligibility(ApplicantProfile(T.SME, 5_000_000, 12)).eligible
    assert check_eligibility(ApplicantProfile(T.TAX_REGISTERED)).eligible
    assert check_eligibility(ApplicantProfile(T.COOPERATIVE)).eligible
    social = ApplicantProfile(T.SOCIAL_INNOVATION, on_social_innovation_platform=True)
    assert check_eligibility(social).eligible


@pytest.mark.parametrize(
    ("capital", "employees", "eligible"),
    [
        (100_000_000, 500, True),  # capital at the limit
        (100_000_001, 199, True),  # few employees
        (100_000_001, 200, False),
        (None, 250, False),
        (200_000_000, None, False),
        (None, None, True),  # unknown size: the registration data query decides
    ],
)
def test_sme_size(capital: int | None, employees: int | None, eligible: bool) -> None:
    result = check_eligibility(ApplicantProfile(T.SME, capital, employees))
    assert result.eligible is eligible
    assert eligible or list(result.reasons) == ["NOT_SME"]


def test_every_disqualification_gives_its_own_reason() -> None:
    profile = ApplicantProfile(
        T.COOPERATIVE,
        has_tax_registration=False,
        cooperative_subsidiary_unit=True,
        serious_programme_breach_3y=True,
        serious_law_violation_3y=True,
        mainland_capital=True,
        foreign_company_branch=True,
        domestic_company_branch=True,
        other_cloud_subsidy=True,
        used_marketplace_points=True,
    )
    result = check_eligibility(profile)
    assert not result.eligible
    assert list(result.reasons) == [
        "NO_TAX_REGISTRATION",
        "COOPERATIVE_SUBSIDIARY_UNIT",
        "SERIOUS_PROGRAMME_BREACH",
        "SERIOUS_LAW_VIOLATION",
        "MAINLAND_CAPITAL",
        "FOREIGN_BRANCH",
        "DOMESTIC_BRANCH",
        "OTHER_CLOUD_SUBSIDY",
        "POINTS_ALREADY_USED",
    ]


def test_social_innovation_must_be_listed() -> None:
    result = check_eligibility(ApplicantProfile(T.SOCIAL_INNOVATION))
    assert list(result.reasons) == ["NOT_ON_SOCIAL_INNOVATION_PLATFORM"]


def test_negative_size_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="paid_in_capital"):
        check_eligibility(ApplicantProfile(T.SME, -1, 3))


def test_steps_follow_the_seed_order() -> None:
    done: set[ApplicationStep] = set()
    order = []
    while (step := next_application_step(done, "sme")) is not None:
        order.append(step)
        done.add(step)
    assert order == list(ApplicationStep)


def test_social_innovation_skips_authorizations() -> None:
    assert next_application_step({"identity"}, "social_innovation") is STEP.CONSENTS
    with pytest.raises(StepOutOfOrder, match="不適用"):
        require_step_allowed(STEP.AUTHORIZATIONS, {STEP.IDENTITY}, "social_innovation")


def test_steps_out_of_order() -> None:
    with pytest.raises(StepOutOfOrder) as raised:
        require_step_allowed(STEP.FORM, {STEP.IDENTITY}, "sme")
    assert raised.value.missing == ("authorizations", "consents")
    require_step_allowed(STEP.FORM, {STEP.IDENTITY, STEP.AUTHORIZATIONS, STEP.CONSENTS}, "sme")
    # A record that claims a later step without the earlier ones is refused too.
    with pytest.raises(StepOutOfOrder):
        next_application_step({STEP.IDENTITY, STEP.EMAIL}, "sme")


def test_tax_registered_review_is_decided_by_the_next_working_day() -> None:
    from datetime import date

    from app.subsidy import review_decided_by

    # Friday 2026-11-20 → Monday 2026-11-23; a Saturday submission → Monday too.
    assert review_decided_by(date(2026, 11, 20), "tax_registered") == date(2026, 11, 23)
    assert review_decided_by(date(2026, 11, 21), "tax_registered") == date(2026, 11, 23)
    assert review_decided_by(date(2026, 11, 20), "sme") is None


def test_a_step_out_of_order_says_which_and_what_is_missing() -> None:
    with pytest.raises(StepOutOfOrder) as raised:
        require_step_allowed(STEP.FORM, {STEP.IDENTITY}, "sme")
    assert (raised.value.step, raised.value.missing) == ("form", ("authorizations", "consents"))
    assert str(raised.value) == "申請步驟 form 須先完成：authorizations、consents"
    with pytest.raises(StepOutOfOrder) as not_for_them:
        require_step_allowed(STEP.AUTHORIZATIONS, set(), "social_innovation")
    assert (not_for_them.value.step, not_for_them.value.missing) == ("authorizations", ())
    assert str(not_for_them.value) == "申請步驟 authorizations 不適用於此申請單位"


def test_review_needs_a_submission_date() -> None:
    from app.subsidy import review_decided_by

    with pytest.raises(ValueError, match=r"^submitted_on must be a date"):
        review_decided_by("2026-11-20", "tax_registered")  # type: ignore[arg-type]


def test_review_follows_the_calendar_it_is_given() -> None:
    """A holiday of the calendar it is given (here Monday 23 November) is no working day."""
    from datetime import date

    from app.subsidy import CalendarOverrides, WorkCalendar, review_decided_by

    with_a_holiday = WorkCalendar(frozenset({date(2026, 11, 23)}), CalendarOverrides())
    assert review_decided_by(date(2026, 11, 20), "tax_registered", with_a_holiday) == date(
        2026, 11, 24
    )


def test_a_size_of_zero_is_a_size_and_a_negative_one_is_named() -> None:
    assert check_eligibility(ApplicantProfile(T.SME, 0, 0)).eligible
    with pytest.raises(
        ValueError, match=r"^paid_in_capital must be a non-negative integer, got -1$"
    ):
        check_eligibility(ApplicantProfile(T.SME, -1, 3))
    with pytest.raises(ValueError, match=r"^employees must be a non-negative integer, got -1$"):
        check_eligibility(ApplicantProfile(T.SME, 3, -1))
