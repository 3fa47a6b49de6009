from datetime import date

import pytest

from app.subsidy import (
    ApplicantType,
    IndustryApplication,
    NoPointsReason,
    Pavilion,
    PointsEnding,
    RevenueBasis,
    application_tracks,
    current_year_programme,
    industry_eligibility,
    no_points_reason,
    order_refusal,
    seed_programme,
)

TODAY = date(2026, 11, 21)
PROGRAMME = current_year_programme(TODAY)


def reason(**changes: object) -> NoPointsReason | None:
    arguments: dict[str, object] = {
        "programme": PROGRAMME,
        "today": TODAY,
        "solution_pavilion": Pavilion.GENERAL,
        "plan_months": 6,
        "grant": Pavilion.GENERAL,
        "balance": 30_000,
        "ending": None,
        "existing_customer_renewal": False,
    }
    arguments.update(changes)
    return no_points_reason(**arguments)  # type: ignore[arg-type]


def test_points_apply_to_a_plain_order() -> None:
    assert reason() is None
    assert reason(solution_pavilion="commerce", plan_months=4) is None
    assert reason(solution_pavilion="industry", grant=Pavilion.INDUSTRY, plan_months=3) is None


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"existing_customer_renewal": True}, NoPointsReason.EXISTING_CUSTOMER_RENEWAL),
        ({"solution_pavilion": "industry"}, NoPointsReason.PAVILION_NOT_COVERED),
        ({"grant": Pavilion.INDUSTRY}, NoPointsReason.PAVILION_NOT_COVERED),
        ({"plan_months": 3}, NoPointsReason.PLAN_TOO_SHORT),
        (
            {"solution_pavilion": "industry", "grant": Pavilion.INDUSTRY, "plan_months": 2},
            NoPointsReason.PLAN_TOO_SHORT,
        ),
        ({"today": date(2028, 1, 1)}, NoPointsReason.PROGRAMME_ENDED),
        ({"grant": None, "balance": 0}, NoPointsReason.NOT_GRANTED),
        ({"balance": 0, "ending": PointsEnding.USED_UP}, NoPointsReason.USED_UP),
        ({"balance": 0, "ending": None}, NoPointsReason.USED_UP),
        ({"balance": 0, "ending": PointsEnding.RETURNED_UNUSED}, NoPointsReason.RETURNED_UNUSED),
        ({"balance": 0, "ending": PointsEnding.RECLAIMED}, NoPointsReason.RECLAIMED),
        (
            {
                "programme": seed_programme("111"),
                "today": date(2022, 6, 1),
                "solution_pavilion": "industry",
            },
            NoPointsReason.PAVILION_NOT_COVERED,
        ),
    ],
)
def test_why_no_points_apply(changes: dict[str, object], expected: NoPointsReason) -> None:
    assert reason(**changes) is expected


def test_renewal_comes_first_then_pavilion_then_length() -> None:
    assert (
        reason(existing_customer_renewal=True, plan_months=1, balance=0)
        is NoPointsReason.EXISTING_CUSTOMER_RENEWAL
    )
    assert (
        reason(solution_pavilion="industry", plan_months=1) is NoPointsReason.PAVILION_NOT_COVERED
    )


def test_only_plans_outside_the_subsidy_zone_are_refused() -> None:
    assert order_refusal(plan_subsidised=True) is None
    assert order_refusal(plan_subsidised=False) == "PLAN_NOT_SUBSIDISED"


def test_bad_input_is_a_value_error() -> None:
    with pytest.raises(ValueError, match="plan_months"):
        reason(plan_months=0)
    with pytest.raises(ValueError, match="today must be a date"):
        reason(today="2026-11-21")


GOOD = IndustryApplication(
    factory_registration_number="99612345",
    factory_exemption_document=None,
    annual_revenue=2_000_000_000,
    revenue_basis=RevenueBasis.LAST_YEAR,
    cloud_era_subsidy=False,
)


def codes(applicant_type: str = "sme", **changes: object) -> list[str]:
    application = IndustryApplication(**{**GOOD.__dict__, **changes})  # type: ignore[arg-type]
    return list(industry_eligibility(applicant_type, application).reasons)


def test_industry_eligibility_follows_seed_004() -> None:
    assert codes() == []
    assert codes(factory_registration_number=None, factory_exemption_document="府經工字第1號") == []
    assert codes(annual_revenue=2_000_000_001) == ["INDUSTRY_REVENUE_TOO_HIGH"]
    assert codes(factory_registration_number=None) == ["INDUSTRY_NO_FACTORY_REGISTRATION"]
    assert codes(factory_registration_number="12-34") == ["INDUSTRY_FACTORY_NUMBER_INVALID"]
    assert codes(revenue_basis=None) == ["INDUSTRY_REVENUE_MISSING"]
    assert codes(cloud_era_subsidy=True) == ["INDUSTRY_CLOUD_ERA_SUBSIDY"]
    assert codes("cooperative") == ["INDUSTRY_NOT_SME"]
    with pytest.raises(ValueError, match="annual_revenue"):
        codes(annual_revenue=-1)


def test_industry_track_is_offered_to_registered_factories_where_the_programme_runs_it() -> None:
    def tracks(kind: str, factory: bool, programme: object = PROGRAMME) -> tuple[Pavilion, ...]:
        return application_tracks(kind, factory_registered=factory, programme=programme)  # type: ignore[arg-type]

    both = (Pavilion.GENERAL, Pavilion.INDUSTRY)
    assert tracks("sme", True) == both
    assert tracks("sme", False) == (Pavilion.GENERAL,)
    assert tracks(ApplicantType.COOPERATIVE, True) == (Pavilion.GENERAL,)
    assert tracks("sme", True, seed_programme("111")) == (Pavilion.GENERAL,)
    assert tracks("sme", True, seed_programme("110")) == both


def test_points_ending_reads_the_ledger_since_the_last_grant() -> None:
    """002 七(三)/(四): how a zero balance came about decides what the applicant may do."""
    from app.subsidy import LedgerKind, PointsEnding, points_ending

    k = LedgerKind
    assert points_ending(0, []) is None  # never granted
    assert points_ending(100, [k.GRANT]) is None  # points remain
    assert points_ending(0, [k.GRANT, k.USE]) is PointsEnding.USED_UP
    assert points_ending(0, [k.GRANT, k.UNUSED_RETURN]) is PointsEnding.RETURNED_UNUSED
    assert points_ending(0, [k.GRANT, k.USE, k.RECLAIM]) is PointsEnding.RECLAIMED
    # a re-opened grant used up: the earlier return no longer counts
    assert points_ending(0, ["grant", "unused_return", "grant", "use"]) is PointsEnding.USED_UP


@pytest.mark.parametrize(
    ("changes", "argument"),
    [({"plan_months": "6"}, "plan_months"), ({"balance": "1"}, "balance")],
)
def test_a_refused_argument_is_named(changes: dict[str, object], argument: str) -> None:
    with pytest.raises(ValueError, match=rf"^{argument} must be an integer"):
        reason(**changes)


def test_even_one_point_left_is_no_ending() -> None:
    from app.subsidy import LedgerKind, points_ending

    assert points_ending(1, [LedgerKind.GRANT, LedgerKind.USE]) is None
    with pytest.raises(ValueError, match=r"^balance must be an integer"):
        points_ending("0", [LedgerKind.GRANT])  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("number", "valid"),
    [("99612345", True), ("9961234", False), ("996123456", False), ("９９６１２３４５", False)],
)
def test_a_factory_registration_number_is_eight_ascii_digits(number: str, valid: bool) -> None:
    application = IndustryApplication(**{**GOOD.__dict__, "factory_registration_number": number})
    assert industry_eligibility("sme", application).eligible is valid


def test_a_manufacturer_without_revenue_may_apply() -> None:
    assert codes(annual_revenue=0) == []
