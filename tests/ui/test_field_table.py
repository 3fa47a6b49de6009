"""Every field problem code has its words in the UI (zh-TW and English) and the platform."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from app.errors import FieldCode, FieldProblem
from app.field_texts import FIELD_TEXT, template_params
from app.field_texts import field_text as platform_text
from app.flows.errors import InvalidInput
from app.subsidy import validate_application_form
from ui.field_problems import FIELD_TABLE, field_text, field_texts
from ui.widgets.fields import FieldRow, show_field_errors

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "tcloud_en.qm"


def test_every_field_code_has_an_entry_and_every_entry_a_code() -> None:
    assert sorted(c.value for c in FieldCode if c not in FIELD_TABLE) == []
    assert sorted(str(k) for k in FIELD_TABLE if not isinstance(k, FieldCode)) == []
    assert sorted(c.value for c in FieldCode if c not in FIELD_TEXT) == []
    assert sorted(str(k) for k in FIELD_TEXT if not isinstance(k, FieldCode)) == []


def test_the_ui_reads_in_zh_tw_what_the_platform_says() -> None:
    """The client's source texts are the platform's words, so zh-TW reads the same
    whichever side found the problem."""
    assert {code: str(text) for code, text in FIELD_TABLE.items()} == FIELD_TEXT


def test_no_two_codes_share_a_text() -> None:
    texts = [str(text) for text in FIELD_TABLE.values()]
    assert len(set(texts)) == len(texts)


@pytest.fixture
def english(qapp: QCoreApplication) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(QM))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_every_code_reads_english_with_its_values(english: QTranslator) -> None:
    for code, source in FIELD_TABLE.items():
        translated = english.translate("fields", str(source))
        assert translated, code
        assert template_params(translated) == template_params(str(source)), code
        if code is not FieldCode.PLATFORM_MESSAGE:
            assert not any("\u4e00" <= ch <= "\u9fff" for ch in translated), (code, translated)
    too_long = FieldProblem(FieldCode.TEXT_TOO_LONG, {"limit": 200})
    assert field_text(too_long) == "At most 200 characters"
    simple = FieldProblem(FieldCode.PASSWORD_TOO_SIMPLE, {"long": 12, "short": 8})
    assert field_text(simple).startswith("At least 12 characters, or at least 8 with")


def test_zh_tw_is_the_platform_sentence(qapp: QCoreApplication) -> None:
    problems = validate_application_form({"name": "名" * 201, "contact_phone_ext": "12"})
    assert field_texts(problems) == {name: platform_text(p) for name, p in problems.items()}
    assert field_texts(problems)["name"] == "不得超過 200 字"


def test_a_platform_sentence_without_a_known_code_is_shown_as_sent(
    qapp: QCoreApplication, english: QTranslator
) -> None:
    words = FieldProblem(FieldCode.PLATFORM_MESSAGE, {"message": "此欄位為必填。"})
    assert field_text(words) == "此欄位為必填。"


def test_field_rows_show_an_invalid_input_in_english(qtbot: QtBot, english: QTranslator) -> None:
    row = FieldRow("mobile", "mobile")
    qtbot.addWidget(row)
    error = InvalidInput({"mobile": FieldProblem(FieldCode.MOBILE_REQUIRED)})
    show_field_errors(error, {"mobile": row, "birthday": None})
    assert row.error.text() == "Fill in the mobile number"


def test_a_wrong_e_mail_code_says_which_code_to_type(english: QTranslator) -> None:
    """The platform sends a wrong code as a field code, not as a zh-TW sentence that the
    English UI showed as it was."""
    shown = field_texts({"code": FieldProblem(FieldCode.EMAIL_CODE_WRONG)})["code"]
    assert shown == (
        "The code is wrong: enter the 6-digit code from the latest verification e-mail"
    )
