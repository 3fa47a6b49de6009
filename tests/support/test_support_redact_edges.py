"""Redaction at its edges: the shortest value kept, masked and empty values, broken log
arguments."""

from __future__ import annotations

import logging

import pytest

from app.support.redact import DataKind, RedactingFilter, Redactor, placeholder


def test_the_shortest_registered_value_is_two_characters() -> None:
    redactor = Redactor()
    assert redactor.register("陳明", DataKind.NAME)
    assert not redactor.register("陳", DataKind.NAME)
    assert redactor.redact("聯絡人 陳明") == "聯絡人 [redacted-name]"


def test_sensitive_fields_already_masked_or_empty_stay_as_they_are() -> None:
    data = {
        "contact_name": "王○明",  # masked by the platform for display
        "national_id": "A1******89",
        "mobile": "",
        "contact_email": "wang@example.com",
    }
    assert Redactor().redact_data(data) == {
        "contact_name": "王○明",
        "national_id": "A1******89",
        "mobile": "",
        "contact_email": "[redacted-email]",
    }


def test_a_half_masked_value_is_not_taken_as_masked() -> None:
    out = Redactor().redact_data({"national_id": "A12*456789", "contact_name": "王小明"})
    assert out == {"national_id": "[redacted-national_id]", "contact_name": "[redacted-name]"}


def test_a_record_whose_arguments_do_not_fit_is_kept_whole_and_redacted() -> None:
    record = logging.LogRecord(
        "t", logging.WARNING, __file__, 1, "%d orders for %s", ("many", "A123456789"), None
    )
    assert RedactingFilter(Redactor()).filter(record)
    assert record.msg == "%d orders for %s ('many', '[redacted-national_id]')"
    assert record.args is None
    assert record.getMessage() == record.msg


@pytest.mark.parametrize(
    ("written", "redacted"),
    [
        ("02-2345-678", True),  # 9 digits with the trunk 0
        ("02-2345-6789", True),  # 10 digits
        ("02-234-567", False),  # 8 digits: not a landline
        ("+886-2-2345-678", True),  # +886 drops the trunk 0: still 9
        ("+886-2-234-567", False),
        ("886-2-2345-6789", True),  # 886 without the plus, 10 with the trunk 0
        ("886-2-2345-678", True),  # 886 without the plus, 9 with the trunk 0
        ("886-2-234-567", False),
        ("+886-2-2345-67890", False),  # 11 digits: too long
    ],
)
def test_a_landline_has_nine_or_ten_digits_counting_the_trunk_zero(
    written: str, redacted: bool
) -> None:
    out = Redactor().redact(f"tel {written} ok")
    assert out == ("tel [redacted-phone] ok" if redacted else f"tel {written} ok")


def test_a_registered_value_escaped_in_json_is_replaced_whole() -> None:
    redactor = Redactor()
    redactor.register("陳大文", DataKind.NAME)
    assert redactor.redact('{"n": "\\u9673\\u5927\\u6587"}') == '{"n": "[redacted-name]"}'


def test_a_registered_value_containing_another_is_removed_whole() -> None:
    redactor = Redactor()
    redactor.register("陳大", DataKind.NAME)
    redactor.register("陳大文創股份有限公司", DataKind.OTHER)
    redactor.register("0911222333", DataKind.PHONE)
    assert redactor.redact("陳大文創股份有限公司 陳大") == "[redacted-other] [redacted-name]"


def test_a_placeholder_names_its_kind_even_one_the_catalogue_lacks() -> None:
    assert placeholder(DataKind.NATIONAL_ID) == "[redacted-national_id]"
    assert placeholder("phone") == "[redacted-phone]"
    assert placeholder("bank-account") == "[redacted-bank-account]"


def test_a_value_never_spans_two_log_lines() -> None:
    """A line ending in a letter and 1 or 2 (…/api/v1) and the next line's timestamp are
    not an ID: the support bundle's log keeps its lines and their times."""
    log = (
        "2026-12-06 11:23:23,792 INFO ui.training.supervisor: ready at http://127.0.0.1:37569/api/v1\n"
        "2026-12-06 11:23:32,714 WARNING app.platform.transport: REQUESTS_CA_BUNDLE is ignored\n"
        "2026-12-06 11:23:33,001 INFO app.flows: lookup took 0.09\n"
        "2026-12-06 11:23:33,002 INFO app.flows: next\n"
    )
    assert Redactor().redact(log) == log
    # on one line, spaced or dashed, they still go
    assert Redactor().redact("ID A 123 456 789, mobile 0912-345-678") == (
        "ID [redacted-national_id], mobile [redacted-phone]"
    )
