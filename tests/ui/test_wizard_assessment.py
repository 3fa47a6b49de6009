"""The self-assessment page: exclusive answers and a counter that matches what is shown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.flows.questionnaire import QuestionnaireNavigator
from app.platform.models import Questionnaire
from sandbox.questionnaire import questionnaire
from ui.wizard.assessment_page import AssessmentPage


def _page(qt_app: QtBot) -> AssessmentPage:
    navigator = QuestionnaireNavigator(Questionnaire.from_json(questionnaire()))
    page = AssessmentPage(navigator)
    qt_app.addWidget(page)
    return page


def _go_to(page: AssessmentPage, question_id: str) -> None:
    while page.navigator.current is not None and page.navigator.current.id != question_id:
        question = page.navigator.current
        page.choose([question.options[0].id])
        page.go_next()


def _ticked(page: AssessmentPage) -> list[str]:
    return [str(b.property("option_id")) for b in page.option_buttons if b.isChecked()]


def _button(page: AssessmentPage, option_id: str) -> Any:
    return next(b for b in page.option_buttons if b.property("option_id") == option_id)


def test_the_exclusive_answer_clears_the_others_and_is_cleared_by_them(qt_app: QtBot) -> None:
    page = _page(qt_app)
    _go_to(page, "ops_paper")
    _button(page, "orders").click()
    _button(page, "forms").click()
    assert _ticked(page) == ["orders", "forms"]
    assert "皆已數位化" in page.kind_hint.text()
    _button(page, "none").click()
    assert _ticked(page) == ["none"]
    assert page.navigator.answer_of("ops_paper") == ["none"]
    _button(page, "orders").click()
    assert _ticked(page) == ["orders"]
    assert page.navigator.answer_of("ops_paper") == ["orders"]


def test_the_counter_counts_the_questions_shown_and_the_answer_just_given(qt_app: QtBot) -> None:
    page = _page(qt_app)
    first = page.navigator.current
    assert first is not None
    shown = len(page.navigator.visible())
    assert f"共 {shown} 題" in page.progress_label.text()
    assert "已回答 0 題" in page.progress_label.text()
    page.choose([first.options[0].id])
    assert "已回答 1 題" in page.progress_label.text()
    _go_to(page, "prod_makes")
    before = len(page.navigator.visible())
    page.choose(["yes"])  # opens two follow-up questions
    after = len(page.navigator.visible())
    assert after == before + 2
    assert f"共 {after} 題" in page.progress_label.text()


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_screenshot_of_an_exclusive_answer_and_a_birthday_reading(
    qt_app: QtBot, language: str, screenshot_dir: Path
) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.application import TRANSLATIONS
    from ui.wizard.identity_page import phone_method_fields

    translator = QTranslator()
    app = QCoreApplication.instance()
    assert app is not None
    if language == "en":
        assert translator.load(str(TRANSLATIONS / "tcloud_en.qm"))
        app.installTranslator(translator)
    try:
        page = _page(qt_app)
        page.resize(800, 520)
        page.show()
        _go_to(page, "ops_paper")
        _button(page, "orders").click()
        _button(page, "none").click()
        qt_app.wait(100)
        assert page.grab().save(str(screenshot_dir / f"assessment_exclusive_{language}.png"))
        birthday, _mobile = phone_method_fields()
        qt_app.addWidget(birthday)
        birthday.resize(520, birthday.sizeHint().height())
        birthday.show()
        birthday.edit.setText("1975/3/14")
        qt_app.wait(100)
        assert birthday.grab().save(str(screenshot_dir / f"birthday_reading_{language}.png"))
    finally:
        app.removeTranslator(translator)
