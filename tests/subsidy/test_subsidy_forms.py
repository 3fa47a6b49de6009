from datetime import date

import pytest

from app.errors import FieldCode, FieldProblem
from app.subsidy import (
    OTHER_INDUSTRY,
    IndustryApplication,
    Pavilion,
    RevenueBasis,
    industries,
    industry_application,
    industry_name,
    validate_application_form,
)

VALID_FORM: dict[str, object] = {
    "name": "雲端示範股份有限公司（測試）",
    "ubn": "16480894",
    "industry_code": "63",
    "registered_on": "2015-03-02",
    "paid_in_capital": 5_000_000,
    "employees": 12,
    "address": "臺北市中正區示範路1號",
    "representative_name": "王大明",
    "representative_title": "董事長",
    "contact_name": "王小明",
    "contact_title": "經理",
    "contact_phone": "02-2345-6789",
    "contact_phone_ext": "101",
    "contact_mobile": "0912345678",
    "contact_email": "contact@example.com.tw",
}


def test_industry_list_is_the_seed_list() -> None:
    sections = industries()
    assert [s.code for s in sections] == list("ABCDEFGHIJKLMNOPQRS")
    assert sum(len(s.divisions) for s in sections) == 88
    food = next(s for s in sections if s.code == "I")
    assert food.name == "住宿及餐飲業"
    assert [(d.code, d.name) for d in food.divisions] == [("55", "住宿業"), ("56", "餐飲業")]
    manufacturing = next(s for s in sections if s.code == "C")
    assert manufacturing.divisions[0].code == "08"
    assert manufacturing.divisions[-1].code == "34"


def test_industry_name() -> None:
    assert industry_name("56") == "餐飲業"
    assert industry_name("63") == "資訊服務業"
    assert industry_name("45|46") == industry_name("46") == "批發業"
    for unknown in ("04", "99", "", "C"):
        with pytest.raises(ValueError, match="產業類別"):
            industry_name(unknown)


def test_valid_form_has_no_errors() -> None:
    assert validate_application_form(VALID_FORM) == {}
    with_date = {**VALID_FORM, "registered_on": date(2015, 3, 2), "contact_phone_ext": ""}
    assert validate_application_form(with_date) == {}
    mobile_only = {**VALID_FORM, "contact_phone": "", "contact_phone_ext": None}
    assert validate_application_form(mobile_only) == {}


def test_empty_form_lists_every_required_field() -> None:
    errors = validate_application_form({})
    assert set(errors) == {
        "name",
        "ubn",
        "industry_code",
        "registered_on",
        "paid_in_capital",
        "employees",
        "address",
        "representative_name",
        "representative_title",
        "contact_name",
        "contact_title",
        "contact_phone",
        "contact_email",
    }
    assert errors["contact_phone"] == FieldProblem(FieldCode.PHONE_OR_MOBILE_REQUIRED)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("ubn", "16480895"),
        ("industry_code", "99"),
        ("registered_on", "2015/03/02"),
        ("registered_on", "20150302"),
        ("registered_on", "2015-02-30"),
        ("contact_phone_ext", "１２３"),
        ("paid_in_capital", -1),
        ("paid_in_capital", "5000000"),
        ("employees", True),
        ("employees", 3.5),
        ("name", "   "),
        ("name", "名" * 201),
        ("contact_phone", "2345-6789"),
        ("contact_phone_ext", "ext1"),
        ("contact_mobile", "0812345678"),
        ("contact_email", "contact@"),
    ],
)
def test_bad_values_get_a_message_on_their_field(field: str, value: object) -> None:
    errors = validate_application_form({**VALID_FORM, field: value})
    assert list(errors) == [field]
    assert errors[field]


def test_extension_needs_a_phone_and_unknown_fields_are_reported() -> None:
    errors = validate_application_form({**VALID_FORM, "contact_phone": None, "password": "x"})
    assert errors == {
        "contact_phone_ext": FieldProblem(FieldCode.EXTENSION_WITHOUT_PHONE),
        "password": FieldProblem(FieldCode.UNKNOWN_FIELD),
    }


def test_other_industry_needs_its_text() -> None:
    """附表1 「其他：____」: the industry in words when no 中類 fits."""
    assert industry_name(OTHER_INDUSTRY) == "其他"
    other = {**VALID_FORM, "industry_code": OTHER_INDUSTRY, "industry_other": "文化資產修復"}
    assert validate_application_form(other) == {}
    blank = {**other, "industry_other": "  "}
    assert validate_application_form(blank) == {
        "industry_other": FieldProblem(FieldCode.INDUSTRY_OTHER_REQUIRED)
    }
    assert "industry_other" in validate_application_form({**other, "industry_other": None})
    listed = {**VALID_FORM, "industry_other": "文化資產修復"}
    assert validate_application_form(listed) == {
        "industry_other": FieldProblem(FieldCode.INDUSTRY_OTHER_UNEXPECTED)
    }
    too_long = {**other, "industry_other": "字" * 201}
    assert validate_application_form(too_long) == {
        "industry_other": FieldProblem(FieldCode.TEXT_TOO_LONG, {"limit": 200})
    }


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("paid_in_capital", "5000000", FieldCode.INTEGER_REQUIRED),
        ("paid_in_capital", -1, FieldCode.NEGATIVE_NUMBER),
        ("registered_on", "2015/03/02", FieldCode.DATE_FORMAT),
        ("registered_on", "2015-02-30", FieldCode.DATE_NOT_EXIST),
    ],
)
def test_a_bad_value_gets_the_code_that_says_why(
    field: str, value: object, code: FieldCode
) -> None:
    assert validate_application_form({**VALID_FORM, field: value}) == {field: FieldProblem(code)}


def test_edges_of_counts_and_texts() -> None:
    """Zero employees is a count; 200 characters is the longest text."""
    assert validate_application_form({**VALID_FORM, "employees": 0, "name": "名" * 200}) == {}
    assert validate_application_form({**VALID_FORM, "name": "名" * 201}) == {
        "name": FieldProblem(FieldCode.TEXT_TOO_LONG, {"limit": 200})
    }


def test_a_phone_alone_is_enough() -> None:
    assert validate_application_form({**VALID_FORM, "contact_mobile": None}) == {}


INDUSTRY_FORM = {
    **VALID_FORM,
    "factory_registration_number": "99612345",
    "annual_revenue": 80_000_000,
    "revenue_basis": "401_last_year",
}


def test_an_industry_form_needs_a_factory_registration_or_an_exemption() -> None:
    """Seed 004 註1–註2: the 工廠登記證號, or for a manufacturer exempt by law the number
    of the authority's certificate."""
    assert validate_application_form(INDUSTRY_FORM, pavilion="industry") == {}
    exempt = {
        **INDUSTRY_FORM,
        "factory_registration_number": None,
        "factory_exemption_document": "府經工字第1號",
    }
    assert validate_application_form(exempt, pavilion="industry") == {}
    required = {
        "factory_registration_number": FieldProblem(FieldCode.FACTORY_REGISTRATION_REQUIRED)
    }
    for blank in (None, ""):
        neither = {**INDUSTRY_FORM, "factory_registration_number": blank}
        assert validate_application_form(neither, pavilion=Pavilion.INDUSTRY) == required
    blank_exemption = {
        **INDUSTRY_FORM,
        "factory_registration_number": None,
        "factory_exemption_document": "  ",
    }
    assert validate_application_form(blank_exemption, pavilion="industry") == required


def test_industry_fields_belong_to_the_industry_form_only() -> None:
    problems = validate_application_form(INDUSTRY_FORM)
    assert problems == {
        name: FieldProblem(FieldCode.UNKNOWN_FIELD)
        for name in ("factory_registration_number", "annual_revenue", "revenue_basis")
    }
    missing = {**VALID_FORM}
    assert validate_application_form(missing, pavilion="industry") == {
        "factory_registration_number": FieldProblem(FieldCode.FACTORY_REGISTRATION_REQUIRED),
        "annual_revenue": FieldProblem(FieldCode.REQUIRED),
        "revenue_basis": FieldProblem(FieldCode.REQUIRED),
    }


def test_an_unknown_industry_code_of_any_type_is_refused_by_name() -> None:
    with pytest.raises(ValueError, match=r"^未知的產業類別代碼：\['56'\]$"):
        industry_name(["56"])  # type: ignore[arg-type]


def test_the_industry_list_is_read_section_by_section() -> None:
    from app.subsidy.forms import Industry, IndustrySection, _parse_industries

    text = (
        '{"sections": [{"code": "I", "name": "住宿及餐飲業", "divisions": '
        '[{"code": "55", "name": "住宿業"}, {"code": 56, "name": "餐飲業"}]}]}'
    )
    assert _parse_industries(text) == (
        IndustrySection("I", "住宿及餐飲業", (Industry("55", "住宿業"), Industry("56", "餐飲業"))),
    )


def test_industry_values_are_checked_for_their_format() -> None:
    padded = {**INDUSTRY_FORM, "factory_registration_number": " 99612345 "}
    assert validate_application_form(padded, pavilion="industry") == {}
    bad = {**INDUSTRY_FORM, "factory_registration_number": "9961234", "revenue_basis": "401"}
    assert validate_application_form(bad, pavilion="industry") == {
        "factory_registration_number": FieldProblem(FieldCode.FACTORY_NUMBER_FORMAT),
        "revenue_basis": FieldProblem(FieldCode.REVENUE_BASIS_REQUIRED),
    }
    not_text = {**INDUSTRY_FORM, "factory_registration_number": 99612345, "revenue_basis": 401}
    assert set(validate_application_form(not_text, pavilion="industry")) == {
        "factory_registration_number",
        "revenue_basis",
    }


def test_industry_application_takes_the_checked_form_as_declared() -> None:
    padded = {
        **INDUSTRY_FORM,
        "factory_registration_number": " 99612345 ",
        "factory_exemption_document": " 府經工字第1號 ",
        "revenue_basis": "401_three_year_average",
    }
    assert industry_application(padded, cloud_era_subsidy=True) == IndustryApplication(
        factory_registration_number="99612345",
        factory_exemption_document="府經工字第1號",
        annual_revenue=80_000_000,
        revenue_basis=RevenueBasis.THREE_YEAR_AVERAGE,
        cloud_era_subsidy=True,
    )
    odd = {"factory_registration_number": 5, "annual_revenue": True, "revenue_basis": "401"}
    assert industry_application(odd) == IndustryApplication(None, None, None, None, False)
    assert industry_application({"annual_revenue": "80000000", "revenue_basis": 1}) == (
        IndustryApplication(None, None, None, None, False)
    )


@pytest.mark.parametrize(
    ("capital", "employees", "an_sme"),
    [
        (100_000_000, 250, True),  # capital at most NT$100M
        (150_000_000, 199, True),  # or fewer than 200 employees
        (100_000_001, 200, False),
        (150_000_000, 250, False),
    ],
)
def test_an_smes_form_must_describe_an_sme(capital: int, employees: int, an_sme: bool) -> None:
    """002 四、用詞定義(一): 實收資本額在新臺幣1億元以下，或經常僱用員工數未滿200人."""
    form = {**VALID_FORM, "paid_in_capital": capital, "employees": employees}
    problems = validate_application_form(form, applicant_type="sme")
    if an_sme:
        assert problems == {}
    else:
        assert problems == {
            "paid_in_capital": FieldProblem(FieldCode.NOT_SME_SIZE),
            "employees": FieldProblem(FieldCode.NOT_SME_SIZE),
        }
    # other applicant types (a cooperative, say) are not measured by an SME's size
    assert validate_application_form(form, applicant_type="cooperative") == {}
    assert validate_application_form(form) == {}


def test_the_sme_size_waits_for_both_numbers() -> None:
    form = {**VALID_FORM, "paid_in_capital": 150_000_000, "employees": ""}
    assert validate_application_form(form, applicant_type="sme") == {
        "employees": FieldProblem(FieldCode.REQUIRED)
    }
