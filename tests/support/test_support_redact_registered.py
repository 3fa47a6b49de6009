"""Registered values written the way people write them: with spaces, hyphens, any case."""

from __future__ import annotations

import pytest

from app.support.redact import DataKind, Redactor

# A foreign applicant's document number registered as their ID: no built-in rule knows its
# shape, so only the registration can find it.
PASSPORT_STYLE_ID = "P12345678"


def test_the_general_rules_do_not_know_the_registered_shape() -> None:
    assert Redactor().redact("id P12-345-678") == "id P12-345-678"


@pytest.mark.parametrize(
    "written", ["P12345678", "P12 345 678", "P12-345-678", "p 1 2 3 4 5 6 7 8", "P-12-345-678"]
)
def test_a_registered_id_with_spaces_and_hyphens_is_redacted(written: str) -> None:
    redactor = Redactor()
    assert redactor.register(PASSPORT_STYLE_ID, DataKind.NATIONAL_ID)
    out = redactor.redact(f"申請人證號 {written} 請核對")
    assert out == "申請人證號 [redacted-national_id] 請核對"


def test_a_registered_id_given_with_separators_matches_it_written_without() -> None:
    redactor = Redactor()
    redactor.register("P12 345-678", DataKind.NATIONAL_ID)
    assert redactor.redact("P12345678") == "[redacted-national_id]"
