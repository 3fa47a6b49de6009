from datetime import date

import pytest

from app.errors import FieldCode, FieldProblem
from app.subsidy import OTHER_INDUSTRY, industries, industry_name, validate_application_form

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
