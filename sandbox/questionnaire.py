"""Content of the digital self-assessment (數位自評檢測), version-stamped.

The generic rules (visibility via ``show_if``, missing answers, scoring) are in
``app.subsidy``; the questions, their answer scales and which solution categories answer
a weak dimension are the platform's content, in ``questionnaire.json``.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from app.subsidy import missing_answers, score_dimensions

from .db import AssessmentResponse

_CONTENT = json.loads(Path(__file__).with_name("questionnaire.json").read_text(encoding="utf-8"))

VERSION: str = _CONTENT["version"]

DIMENSIONS: tuple[tuple[str, str], ...] = tuple(
    (dimension["id"], dimension["title"]) for dimension in _CONTENT["dimensions"]
)

# Categories that strengthen each dimension, best first.
DIMENSION_CATEGORIES: dict[str, tuple[str, ...]] = {
    dimension["id"]: tuple(dimension["categories"]) for dimension in _CONTENT["dimensions"]
}

# A dimension scoring below this is a need the recommendations address.
NEED_THRESHOLD = 60


def _question(item: dict[str, Any]) -> dict[str, Any]:
    """A question as served: a single choice on a named answer scale, or a multiple choice.

    A multiple choice's ``exclusive`` options stand alone (「皆已數位化」).
    """
    if "scale" not in item:
        return dict(item)
    options = [dict(option) for option in _CONTENT["scales"][item["scale"]]]
    question = {"id": item["id"], "dimension": item["dimension"], "text": item["text"]}
    question |= {"kind": "single", "options": options}
    if "show_if" in item:
        question["show_if"] = item["show_if"]
    return question


QUESTIONS: tuple[dict[str, Any], ...] = tuple(_question(item) for item in _CONTENT["questions"])


def questionnaire() -> dict[str, Any]:
    """The questionnaire as served by ``GET /assessment/questionnaire``."""
    return {
        "version": VERSION,
        "dimensions": [{"id": did, "title": title} for did, title in DIMENSIONS],
        "questions": [dict(q) for q in QUESTIONS],
    }


def recommended_categories(scores: dict[str, int]) -> list[str]:
    """Categories for the weakest dimensions first; at least three are always offered."""
    ranked = sorted(scores, key=lambda d: (scores[d], [x for x, _ in DIMENSIONS].index(d)))
    chosen: list[str] = []
    for dimension in ranked:
        if scores[dimension] >= NEED_THRESHOLD and len(chosen) >= 3:
            break
        for category in DIMENSION_CATEGORIES[dimension]:
            if category not in chosen:
                chosen.append(category)
    return chosen


def complete_answers(overrides: dict[str, list[str]]) -> dict[str, list[str]]:
    """Every shown question answered: ``overrides`` first, the first option elsewhere.

    The training scenarios' members answered this way, so their 查看自評結果 has a result.
    """
    answers: dict[str, list[str]] = dict(overrides)
    while missing := missing_answers(QUESTIONS, answers):
        question = next(q for q in QUESTIONS if q["id"] == missing[0])
        answers[question["id"]] = [question["options"][0]["id"]]
    return answers


def assessment_row(
    applicant_id: int, at: datetime, answers: dict[str, list[str]], scores: dict[str, int]
) -> AssessmentResponse:
    """The stored response to this version, with its scores and the recommended categories."""
    return AssessmentResponse(
        applicant_id=applicant_id,
        at=at,
        version=VERSION,
        answers=answers,
        scores=scores,
        recommended=recommended_categories(scores),
    )


def scored_assessment_row(
    applicant_id: int, at: datetime, answers: dict[str, list[str]]
) -> AssessmentResponse:
    """:func:`assessment_row` for answers already known to be complete and valid."""
    return assessment_row(applicant_id, at, answers, score_dimensions(questionnaire(), answers))
