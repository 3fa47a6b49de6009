"""The rules and the flows report field problems as codes with values, never as sentences."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import FieldCode, FieldProblem
from app.field_texts import FIELD_TEXT, field_details, template_params
from app.field_texts import field_text as platform_text
from app.flows.enrolment import authorization_problems, form_problems, person_problems, ubn_problem
from app.flows.errors import InvalidInput
from app.platform.errors import PlatformError
from app.subsidy import (
    APPLICATION_FORM_FIELDS,
    INDUSTRY_FORM_FIELDS,
    AuthorizationKind,
    Pavilion,
    validate_application_form,
)
from app.subsidy.password import check_password, passwords_match

FORM_FIELDS = sorted({*APPLICATION_FORM_FIELDS, *INDUSTRY_FORM_FIELDS, "unknown_field"})
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-10, max_value=10**9),
    st.floats(allow_nan=False),
    st.text(max_size=210),
    st.sampled_from(["", " ", "other", "56", "2015-02-30", "2015/03/02", "02-2345-6789"]),
)


def _assert_coded(problems: dict[str, FieldProblem]) -> None:
    for name, problem in problems.items():
        assert isinstance(problem, FieldProblem), (name, problem)
        assert isinstance(problem.code, FieldCode), (name, problem)
        # every value its text names is there, so both sides can word it
        assert template_params(FIELD_TEXT[problem.code]) == set(problem.params), (name, problem)
        assert platform_text(problem)


@given(
    st.dictionaries(st.sampled_from(FORM_FIELDS), ANY_VALUE, max_size=12),
    st.sampled_from(list(Pavilion)),
)
def test_every_form_problem_is_a_code(fields: dict[str, object], pavilion: Pavilion) -> None:
    _assert_coded(validate_application_form(fields, pavilion=pavilion))
    _assert_coded(form_problems(fields, "16480894", pavilion))


@given(st.text(max_size=140), st.none() | st.text(max_size=12), st.none() | st.text(max_size=12))
def test_every_password_problem_is_a_code(
    password: str, ubn: str | None, national_id: str | None
) -> None:
    problems = check_password(password, ubn=ubn, national_id=national_id)
    _assert_coded({str(i): p for i, p in enumerate(problems)})
    mismatch = passwords_match(password, password + "x")
    assert mismatch == FieldProblem(FieldCode.PASSWORDS_DIFFER)


@given(st.text(max_size=12), st.none() | st.dates(), st.none() | st.text(max_size=12))
def test_every_person_and_ubn_problem_is_a_code(
    text: str, birthday: date | None, mobile: str | None
) -> None:
    problem = ubn_problem(text)
    _assert_coded({"ubn": problem} if problem else {})
    _assert_coded(person_problems(text, birthday=birthday, mobile=mobile, needs_phone=True))


@given(
    st.sampled_from(list(AuthorizationKind)),
    st.none() | st.dates(),
    st.none() | st.dates(),
    st.none() | st.text(max_size=12),
    st.none() | st.text(max_size=5),
)
def test_every_authorization_problem_is_a_code(
    kind: AuthorizationKind,
    valid_from: date | None,
    valid_to: date | None,
    person: str | None,
    name: str | None,
) -> None:
    problems = authorization_problems(
        kind, valid_from, valid_to, person, date(2026, 6, 1), responsible_person_name=name
    )
    _assert_coded(problems)


def test_invalid_input_refuses_a_sentence() -> None:
    with pytest.raises(TypeError, match="ubn"):
        InvalidInput({"ubn": "統一編號應為 8 位數字"})  # type: ignore[dict-item]


def test_a_422_becomes_codes_when_the_platform_sends_them() -> None:
    problems = {
        "name": FieldProblem(FieldCode.TEXT_TOO_LONG, {"limit": 200}),
        "contact_email": FieldProblem(FieldCode.EMAIL_FORMAT),
        "note": FieldProblem(FieldCode.PLATFORM_MESSAGE, {"message": "請勾選。"}),
    }
    error = PlatformError("VALIDATION_ERROR", "欄位有誤", field_details(problems), 422)
    assert error.field_errors == {
        "name": "不得超過 200 字",
        "contact_email": "E-mail 格式錯誤，請輸入完整的地址，例如 name@example.com.tw",
        "note": "請勾選。",
    }
    assert error.field_problems == problems


@pytest.mark.parametrize(
    ("codes", "params"),
    [
        (None, None),  # a platform that sends no codes
        ({"name": "SOMETHING_NEW"}, None),  # a code this version does not know
        ({"name": "TEXT_TOO_LONG"}, None),  # a known code without the value its text needs
        ({"name": "TEXT_TOO_LONG"}, {"name": {"limit": True}}),
        ({"name": "PLATFORM_MESSAGE"}, {"name": {"message": "x"}}),
    ],
)
def test_a_422_without_a_usable_code_keeps_the_platform_words(
    codes: object, params: object
) -> None:
    details: dict[str, object] = {"fields": {"name": "太長了"}}
    if codes is not None:
        details["field_codes"] = codes
    if params is not None:
        details["field_params"] = params
    error = PlatformError("VALIDATION_ERROR", "欄位有誤", details, 422)
    assert error.field_problems == {
        "name": FieldProblem(FieldCode.PLATFORM_MESSAGE, {"message": "太長了"})
    }
