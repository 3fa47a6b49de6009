"""The platform's zh-TW words for each eligibility rule an applicant fails (``details.reasons``)."""

from app.subsidy import (
    ApplicantProfile,
    ApplicantType,
    IndustryApplication,
    RevenueBasis,
    check_eligibility,
    industry_eligibility,
)
from sandbox.api.common import INELIGIBILITY_TEXT, not_eligible

T = ApplicantType
GOOD = IndustryApplication(
    factory_registration_number="99612345",
    factory_exemption_document=None,
    annual_revenue=2_000_000_000,
    revenue_basis=RevenueBasis.LAST_YEAR,
    cloud_era_subsidy=False,
)


def texts(profile: ApplicantProfile) -> list[tuple[str, str]]:
    return [(code, INELIGIBILITY_TEXT[code]) for code in check_eligibility(profile).reasons]


def test_each_type_reason_has_its_text() -> None:
    """The zh-TW text states the seed's rule (002 四、五) the applicant does not meet."""
    assert texts(ApplicantProfile(T.SME, 100_000_001, 200)) == [
        ("NOT_SME", "實收資本額逾新臺幣1億元且經常僱用員工達200人以上，非中小企業")
    ]
    cooperative = ApplicantProfile(
        T.COOPERATIVE, has_tax_registration=False, cooperative_subsidiary_unit=True
    )
    assert texts(cooperative) == [
        ("NO_TAX_REGISTRATION", "未辦理稅籍登記"),
        ("COOPERATIVE_SUBSIDIARY_UNIT", "合作社之附屬單位不得申請"),
    ]
    assert texts(ApplicantProfile(T.SOCIAL_INNOVATION)) == [
        ("NOT_ON_SOCIAL_INNOVATION_PLATFORM", "未列入社會創新平台之社會創新組織登錄資料庫")
    ]


def test_every_disqualification_has_its_text() -> None:
    profile = ApplicantProfile(
        T.COOPERATIVE,
        serious_programme_breach_3y=True,
        serious_law_violation_3y=True,
        mainland_capital=True,
        foreign_company_branch=True,
        domestic_company_branch=True,
        other_cloud_subsidy=True,
        used_marketplace_points=True,
    )
    reasons = check_eligibility(profile).reasons
    assert len(reasons) == 7
    assert all(INELIGIBILITY_TEXT[code] and code.isupper() for code in reasons)


def test_each_industry_reason_has_its_text() -> None:
    """The zh-TW text states the seed's rule (004 貳(1/2) 二) the applicant does not meet."""
    application = IndustryApplication(
        factory_registration_number=None,
        factory_exemption_document=None,
        annual_revenue=None,
        revenue_basis=None,
        cloud_era_subsidy=True,
    )
    outcome = industry_eligibility("cooperative", application)
    assert outcome.eligible is False
    assert [(code, INELIGIBILITY_TEXT[code]) for code in outcome.reasons] == [
        ("INDUSTRY_NOT_SME", "工業館限中小型製造業者申請"),
        ("INDUSTRY_NO_FACTORY_REGISTRATION", "須有工廠登記證（或依法免辦工廠登記之證明文件）"),
        ("INDUSTRY_REVENUE_MISSING", "須申報年營業收入及其依據（營業人銷售額與稅額申報書 401）"),
        ("INDUSTRY_CLOUD_ERA_SUBSIDY", "已獲雲世代產業數位轉型相關計畫補助"),
    ]
    bad_number = IndustryApplication(**{**GOOD.__dict__, "factory_registration_number": "1234567"})
    too_big = IndustryApplication(**{**GOOD.__dict__, "annual_revenue": 2_000_000_001})
    assert [
        INELIGIBILITY_TEXT[code] for code in industry_eligibility("sme", bad_number).reasons
    ] == ["工廠登記證號應為 8 位數字"]
    assert [INELIGIBILITY_TEXT[code] for code in industry_eligibility("sme", too_big).reasons] == [
        "年營業收入逾新臺幣20億元"
    ]
    assert industry_eligibility("sme", GOOD).eligible is True


def test_a_refusal_carries_each_reason_as_code_and_text() -> None:
    error = not_eligible(
        "此申請單位不符合點數申請資格。",
        check_eligibility(ApplicantProfile(T.SME, 100_000_001, 200)).reasons,
    )
    assert (error.status, error.code, error.message) == (
        403,
        "NOT_ELIGIBLE",
        "此申請單位不符合點數申請資格。",
    )
    assert error.details == {
        "reasons": [
            {
                "code": "NOT_SME",
                "text": "實收資本額逾新臺幣1億元且經常僱用員工達200人以上，非中小企業",
            }
        ]
    }
