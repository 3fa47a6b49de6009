"""The account password rules: each problem as a code, with the values its text names."""

from __future__ import annotations

import pytest

from app.errors import FieldCode, FieldProblem
from app.subsidy.password import (
    LONG_LENGTH,
    MAX_LENGTH,
    MIN_LENGTH,
    check_password,
    passwords_match,
)

C = FieldCode
TOO_SIMPLE = FieldProblem(C.PASSWORD_TOO_SIMPLE, {"long": 12, "short": 8})


def codes(password: str, **identity: str) -> list[FieldCode]:
    return [problem.code for problem in check_password(password, **identity)]


def test_the_lengths_are_8_with_three_kinds_or_12_and_at_most_128() -> None:
    assert (MIN_LENGTH, LONG_LENGTH, MAX_LENGTH) == (8, 12, 128)


@pytest.mark.parametrize(
    "password",
    [
        "Tc9!kQ2m",  # 8 characters of four kinds
        "tc9!kq2m",  # 8 of three kinds (lower, digit, symbol)
        "Tc9xkQ2m",  # 8 of three kinds (lower, upper, digit)
        "tcloudpass42",  # 12 characters of two kinds
        "a1" * 64,  # 128 characters
    ],
)
def test_acceptable_passwords(password: str) -> None:
    assert check_password(password) == []


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("", [C.PASSWORD_REQUIRED]),
        ("tcloudpa4s2", [C.PASSWORD_TOO_SIMPLE]),  # 11 characters, two kinds
        ("Tc9xkQ2", [C.PASSWORD_TOO_SIMPLE]),  # 7 characters, three kinds
        ("tcloudpasswd", [C.PASSWORD_LETTERS_AND_DIGITS]),  # no digit
        ("202612345678", [C.PASSWORD_LETTERS_AND_DIGITS]),  # no letter
        (" tcloudpass42", [C.PASSWORD_SPACES]),
        ("tcloudpass42 ", [C.PASSWORD_SPACES]),
        ("a1" * 64 + "b", [C.PASSWORD_TOO_LONG]),
        ("Taiwan123", [C.PASSWORD_COMMON]),  # the list is compared case-blind
        ("qwer1234!.", [C.PASSWORD_COMMON]),  # and without a trailing ! or .
    ],
)
def test_each_problem_has_its_code(password: str, expected: list[FieldCode]) -> None:
    assert codes(password) == expected


def test_problems_come_most_basic_first_with_the_values_their_texts_name() -> None:
    assert check_password(" " + "a" * 128) == [
        FieldProblem(C.PASSWORD_TOO_LONG, {"limit": 128}),
        FieldProblem(C.PASSWORD_SPACES),
        FieldProblem(C.PASSWORD_LETTERS_AND_DIGITS),
    ]
    assert check_password("abcdefg") == [TOO_SIMPLE, FieldProblem(C.PASSWORD_LETTERS_AND_DIGITS)]


def test_a_password_may_not_hold_the_applicants_identifiers() -> None:
    assert codes("Pw16480894x!", ubn="16480894") == [C.PASSWORD_CONTAINS_UBN]
    assert codes("xa123456789Q!", national_id="A123456789") == [C.PASSWORD_CONTAINS_NATIONAL_ID]
    assert codes("xA123456789Q!", national_id="a123456789") == [  # in either case
        C.PASSWORD_CONTAINS_NATIONAL_ID
    ]
    assert codes("Pw16480894x!", ubn="", national_id="") == []


def test_the_confirmation_must_match() -> None:
    assert passwords_match("Tc9!kQ2m", "Tc9!kQ2m") is None
    assert passwords_match("Tc9!kQ2m", "Tc9!kQ2M") == FieldProblem(C.PASSWORDS_DIFFER)


def test_upper_and_lower_case_letters_are_two_kinds_and_both_are_letters() -> None:
    assert codes("TcloudPw") == [C.PASSWORD_TOO_SIMPLE, C.PASSWORD_LETTERS_AND_DIGITS]
    assert codes("TCLOUDPASS42") == []
