import re
from typing import Any

import pytest

from app.subsidy import (
    exclusive_conflicts,
    exclusive_options,
    missing_answers,
    score_dimensions,
    toggle_option,
    visible_questions,
)

QUESTIONNAIRE: dict[str, Any] = {
    "version": "t1",
    "dimensions": [{"id": "ops", "title": "日常營運"}, {"id": "sec", "title": "資訊安全"}],
    "questions": [
        {
            "id": "q1",
            "dimension": "ops",
            "kind": "single",
            "options": [
                {"id": "none", "score": 0},
                {"id": "some", "score": 2},
                {"id": "all", "score": 4},
            ],
        },
        {
            "id": "q2",
            "dimension": "ops",
            "kind": "multi",
            "options": [{"id": "a", "score": 1}, {"id": "b", "score": 1}, {"id": "c", "score": 2}],
            "show_if": {"question": "q1", "any_of": ["some", "all"]},
        },
        {
            "id": "q3",
            "dimension": "ops",
            "kind": "single",
            "options": [{"id": "y", "score": 1}, {"id": "n", "score": 0}],
            "show_if": {"question": "q2", "any_of": ["c"]},
        },
        {
            "id": "q4",
            "dimension": "sec",
            "kind": "single",
            "options": [{"id": "y", "score": 3}, {"id": "n", "score": 0}],
        },
    ],
}
QUESTIONS = QUESTIONNAIRE["questions"]


def ids(questions: list[Any]) -> list[str]:
    return [q["id"] for q in questions]


def test_visibility_follows_show_if_chains() -> None:
    assert ids(visible_questions(QUESTIONS, {})) == ["q1", "q4"]
    assert ids(visible_questions(QUESTIONS, {"q1": ["some"]})) == ["q1", "q2", "q4"]
    assert ids(visible_questions(QUESTIONS, {"q1": ["all"], "q2": ["c"]})) == [
        "q1",
        "q2",
        "q3",
        "q4",
    ]
    # q3 hides again once its parent q2 is hidden, whatever q2's stale answer says.
    assert ids(visible_questions(QUESTIONS, {"q1": ["none"], "q2": ["c"]})) == ["q1", "q4"]


def test_missing_answers() -> None:
    assert missing_answers(QUESTIONS, {}) == ["q1", "q4"]
    assert missing_answers(QUESTIONS, {"q1": ["some"], "q4": ["n"]}) == ["q2"]
    assert missing_answers(QUESTIONS, {"q1": ["none"], "q4": ["n"]}) == []
    assert missing_answers(QUESTIONS, {"q1": [], "q4": ["y"]}) == ["q1"]


def test_scores() -> None:
    # ops: q1 some (2/4) + q2 a,c (3/4) + q3 y (1/1) = 6/9 → 67; sec: 3/3 → 100.
    answers = {"q1": ["some"], "q2": ["a", "c"], "q3": ["y"], "q4": ["y"]}
    assert score_dimensions(QUESTIONNAIRE, answers) == {"ops": 67, "sec": 100}
    # Hidden answers do not count; unanswered questions count as 0.
    assert score_dimensions(QUESTIONNAIRE, {"q1": ["none"], "q2": ["c"]}) == {"ops": 0, "sec": 0}
    assert score_dimensions(QUESTIONNAIRE, {"q1": ["all"]}) == {"ops": 50, "sec": 0}


def test_half_rounds_up() -> None:
    questionnaire = {
        "dimensions": [{"id": "d"}],
        "questions": [
            {
                "id": "x",
                "dimension": "d",
                "kind": "single",
                "options": [{"id": "a", "score": 1}, {"id": "b", "score": 200}],
            }
        ],
    }
    assert score_dimensions(questionnaire, {"x": ["a"]}) == {"d": 1}  # 0.5 → 1


@pytest.mark.parametrize(
    ("answers", "message"),
    [
        ({"q9": ["a"]}, "unknown questions"),
        ({"q1": ["maybe"]}, "no option"),
        ({"q1": ["some", "all"]}, "single answer"),
        ({"q1": "some"}, "list of option ids"),
    ],
)
def test_bad_answers_are_value_errors(answers: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        score_dimensions(QUESTIONNAIRE, answers)


def test_bad_questionnaires_are_value_errors() -> None:
    loop = [
        {"id": "a", "show_if": {"question": "b", "any_of": ["x"]}},
        {"id": "b", "show_if": {"question": "a", "any_of": ["x"]}},
    ]
    with pytest.raises(ValueError, match="loop"):
        visible_questions(loop, {})
    with pytest.raises(ValueError, match="unknown question"):
        visible_questions([{"id": "a", "show_if": {"question": "zz", "any_of": []}}], {})
    with pytest.raises(ValueError, match="twice"):
        visible_questions([{"id": "a"}, {"id": "a"}], {})
    negative = {
        "dimensions": [{"id": "d"}],
        "questions": [
            {"id": "x", "dimension": "d", "kind": "single", "options": [{"id": "a", "score": -1}]}
        ],
    }
    with pytest.raises(ValueError, match="non-negative"):
        score_dimensions(negative, {"x": ["a"]})


PAPER: dict[str, Any] = {
    "id": "paper",
    "dimension": "ops",
    "kind": "multi",
    "options": [
        {"id": "none", "score": 3, "exclusive": True},
        {"id": "orders", "score": 0},
        {"id": "forms", "score": 0},
    ],
}


def test_an_exclusive_option_clears_the_others_and_is_cleared_by_them() -> None:
    assert exclusive_options(PAPER) == {"none"}
    assert toggle_option(PAPER, ["orders", "forms"], "none", True) == ["none"]
    assert toggle_option(PAPER, ["none"], "orders", True) == ["orders"]
    assert toggle_option(PAPER, ["orders"], "forms", True) == ["orders", "forms"]
    assert toggle_option(PAPER, ["orders", "forms"], "orders", False) == ["forms"]


def test_a_contradictory_answer_is_found_and_not_scored() -> None:
    questionnaire = {"dimensions": [{"id": "ops", "title": "日常營運"}], "questions": [PAPER]}
    assert exclusive_conflicts([PAPER], {"paper": ["none", "orders"]}) == ["paper"]
    assert exclusive_conflicts([PAPER], {"paper": ["orders", "forms"]}) == []
    assert exclusive_conflicts([PAPER], {"paper": ["none"]}) == []
    with pytest.raises(ValueError, match="exclusive"):
        score_dimensions(questionnaire, {"paper": ["none", "orders"]})
    assert score_dimensions(questionnaire, {"paper": ["none"]}) == {"ops": 100}


def test_a_question_without_options_has_none_to_choose() -> None:
    bare = {"id": "bare", "kind": "multi"}
    assert exclusive_options(bare) == frozenset()
    assert toggle_option(bare, [], "x", True) == []


def test_conflicts_are_looked_for_in_every_answered_question() -> None:
    unanswered = {**PAPER, "id": "first"}
    assert exclusive_conflicts([unanswered, PAPER], {"paper": ["none", "orders"]}) == ["paper"]
    # A question without a text id is not one the applicant can answer.
    numbered = {**PAPER, "id": 7}
    assert exclusive_conflicts([numbered], {7: ["none", "orders"]}) == []  # type: ignore[dict-item]


def test_a_dimension_with_nothing_to_earn_scores_zero() -> None:
    questionnaire = {
        "dimensions": [{"id": "ops", "title": "日常營運"}],
        "questions": [
            {
                "id": "q",
                "dimension": "ops",
                "kind": "single",
                "options": [{"id": "a", "score": 0}, {"id": "b", "score": 0}],
            }
        ],
    }
    assert score_dimensions(questionnaire, {"q": ["b"]}) == {"ops": 0}


def one_question(**question: Any) -> dict[str, Any]:
    base = {"id": "x", "dimension": "d", "kind": "single", "options": [{"id": "a", "score": 1}]}
    return {"dimensions": [{"id": "d"}], "questions": [{**base, **question}]}


@pytest.mark.parametrize(
    ("questionnaire", "message"),
    [
        (
            one_question(options=[{"id": "a", "score": "3"}]),
            "option 'a' needs a non-negative integer score",
        ),
        (
            one_question(options=[{"id": "a", "score": True}]),
            "option 'a' needs a non-negative integer score",
        ),
        (one_question(options=[]), "question 'x' has no options"),
        (one_question(kind="ranking"), "question 'x' has unknown kind 'ranking'"),
        (one_question(dimension="zz"), "question 'x' has unknown dimension 'zz'"),
    ],
)
def test_a_bad_questionnaire_says_what_is_wrong(questionnaire: Any, message: str) -> None:
    with pytest.raises(ValueError, match=f"^{re.escape(message)}$"):
        score_dimensions(questionnaire, {"x": ["a"]})


def test_a_question_without_options_is_refused_when_scored() -> None:
    bare = one_question()
    del bare["questions"][0]["options"]
    with pytest.raises(ValueError, match=r"^question 'x' has no options$"):
        score_dimensions(bare, {})


def test_questions_need_a_text_id_and_show_if_loops_are_named() -> None:
    with pytest.raises(ValueError, match=r"^question without an id: \{'id': 5\}$"):
        visible_questions([{"id": 5}], {})
    loop = [
        {"id": "a", "show_if": {"question": "b", "any_of": ["x"]}},
        {"id": "b", "show_if": {"question": "a", "any_of": ["x"]}},
    ]
    with pytest.raises(ValueError, match=r"^show_if conditions form a loop: a → b → a$"):
        visible_questions(loop, {})


def test_a_condition_without_options_shows_nothing() -> None:
    questions = [{"id": "a"}, {"id": "b", "show_if": {"question": "a"}}]
    assert ids(visible_questions(questions, {"a": ["x"]})) == ["a"]


def test_an_empty_questionnaire_scores_nothing() -> None:
    assert score_dimensions({}, {}) == {}
    assert score_dimensions({"dimensions": [{"id": "d"}]}, {}) == {"d": 0}
