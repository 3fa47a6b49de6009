"""A mistyped national ID or e-mail address is told what to do, not only that it is wrong."""

from __future__ import annotations

from app.errors import FieldCode, FieldProblem
from app.field_texts import field_text
from ui.field_problems import field_texts
from ui.wizard.identity_page import national_id_message


def test_a_wrong_check_digit_says_to_check_the_id_card() -> None:
    message = national_id_message("A123456788")
    assert message is not None
    assert message.endswith("請對照身分證再輸入一次")
    assert national_id_message("A123456789") is None


def test_a_malformed_e_mail_shows_a_whole_address() -> None:
    problem = FieldProblem(FieldCode.EMAIL_FORMAT)
    shown = field_texts({"contact_email": problem})["contact_email"]
    assert shown.endswith("例如 name@example.com.tw")
    assert field_text(problem) == shown  # the platform's 422 says the same
