"""Generic rules of the digital self-assessment (數位自評檢測).

Questions use the platform API's shape: ``{"id", "dimension", "kind": "single|multi",
"options": [{"id", "score", "exclusive"?: bool}], "show_if"?: {"question", "any_of": [...]}}``.
The questionnaire's content lives on the platform; these rules are shared. An exclusive
option of a multi question (「皆已數位化」, 「尚未使用」) cannot be chosen with others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from fractions import Fraction
from typing import Any

Question = Mapping[str, Any]
Answers = Mapping[str, Sequence[str]]


def _question_index(questions: Sequence[Question]) -> dict[str, Question]:
    index: dict[str, Question] = {}
    for question in questions:
        qid = question.get("id")
        if not isinstance(qid, str) or not qid:
            raise ValueError(f"question without an id: {question!r}")
        if qid in index:
            raise ValueError(f"question id {qid!r} appears twice")
        index[qid] = question
    return index


def _chosen(answers: Answers, qid: str) -> set[str]:
    value = answers.get(qid, ())
    if isinstance(value, str) or not all(isinstance(v, str) for v in value):
        raise ValueError(f"answer to {qid!r} must be a list of option ids")
    return set(value)


def visible_questions(questions: Sequence[Question], answers: Answers) -> list[Question]:
    """Questions shown given ``answers``: those without ``show_if``, or whose condition holds.

    A condition holds when its question is itself visible and one of ``any_of`` is chosen.
    """
    index = _question_index(questions)
    visible: dict[str, bool] = {}

    def is_visible(qid: str, trail: tuple[str, ...]) -> bool:
        if qid in visible:
            return visible[qid]
        if qid in trail:
            raise ValueError(f"show_if conditions form a loop: {' → '.join((*trail, qid))}")
        condition = index[qid].get("show_if")
        if condition is None:
            result = True
        else:
            parent = condition.get("question")
            if parent not in index:
                raise ValueError(f"question {qid!r} depends on unknown question {parent!r}")
            result = is_visible(parent, (*trail, qid)) and bool(
                _chosen(answers, parent) & set(condition.get("any_of", ()))
            )
        visible[qid] = result
        return result

    return [q for q in questions if is_visible(q["id"], ())]


def exclusive_options(question: Question) -> frozenset[str]:
    """Ids of the options of ``question`` that exclude every other option."""
    return frozenset(
        str(option.get("id")) for option in question.get("options", ()) if option.get("exclusive")
    )


def toggle_option(question: Question, chosen: Sequence[str], option: str, on: bool) -> list[str]:
    """The answer after ticking (``on``) or unticking ``option`` of a multi question.

    Ticking an exclusive option clears the others; ticking another clears the exclusive
    ones. The result keeps the questionnaire's option order.
    """
    exclusive = exclusive_options(question)
    kept = set(chosen)
    if on:
        kept = {option} if option in exclusive else (kept - exclusive) | {option}
    else:
        kept.discard(option)
    order = [str(o.get("id")) for o in question.get("options", ())]
    return [oid for oid in order if oid in kept]


def exclusive_conflicts(questions: Sequence[Question], answers: Answers) -> list[str]:
    """Ids of questions whose answer combines an exclusive option with any other option."""
    conflicts: list[str] = []
    for question in questions:
        qid = question.get("id")
        if not isinstance(qid, str) or qid not in answers:
            continue
        chosen = _chosen(answers, qid)
        if len(chosen) > 1 and chosen & exclusive_options(question):
            conflicts.append(qid)
    return conflicts


def missing_answers(questions: Sequence[Question], answers: Answers) -> list[str]:
    """Ids of visible questions that have no answer yet, in questionnaire order."""
    return [q["id"] for q in visible_questions(questions, answers) if not _chosen(answers, q["id"])]


def _option_scores(question: Question) -> dict[str, int]:
    scores: dict[str, int] = {}
    for option in question.get("options", ()):
        score = option.get("score")
        if isinstance(score, bool) or not isinstance(score, int) or score < 0:
            raise ValueError(f"option {option.get('id')!r} needs a non-negative integer score")
        scores[str(option.get("id"))] = score
    if not scores:
        raise ValueError(f"question {question['id']!r} has no options")
    return scores


def _question_points(question: Question, chosen: set[str]) -> tuple[int, int]:
    """(points earned, points possible) of one answered question."""
    scores = _option_scores(question)
    unknown = chosen - scores.keys()
    if unknown:
        raise ValueError(f"question {question['id']!r} has no option {sorted(unknown)!r}")
    kind = question.get("kind")
    if kind == "single":
        if len(chosen) > 1:
            raise ValueError(f"question {question['id']!r} takes a single answer")
        return sum(scores[o] for o in chosen), max(scores.values())
    if kind == "multi":
        if len(chosen) > 1 and chosen & exclusive_options(question):
            raise ValueError(f"question {question['id']!r}: an exclusive option stands alone")
        return sum(scores[o] for o in chosen), sum(scores.values())
    raise ValueError(f"question {question['id']!r} has unknown kind {kind!r}")


def score_dimensions(questionnaire: Mapping[str, Any], answers: Answers) -> dict[str, int]:
    """Score 0–100 per dimension: points earned over points possible on visible questions.

    Unanswered visible questions count as 0; a dimension with nothing to score gets 0.
    Unknown questions in ``answers`` and unknown options raise ValueError.
    """
    questions: Sequence[Question] = questionnaire.get("questions", ())
    dimensions = [str(d["id"]) for d in questionnaire.get("dimensions", ())]
    index = _question_index(questions)
    unknown = set(answers) - index.keys()
    if unknown:
        raise ValueError(f"answers to unknown questions: {sorted(unknown)!r}")
    earned = dict.fromkeys(dimensions, 0)
    possible = dict.fromkeys(dimensions, 0)
    for question in visible_questions(questions, answers):
        dimension = question.get("dimension")
        if dimension not in earned:
            raise ValueError(f"question {question['id']!r} has unknown dimension {dimension!r}")
        got, best = _question_points(question, _chosen(answers, question["id"]))
        earned[dimension] += got
        possible[dimension] += best
    return {d: _percent(earned[d], possible[d]) for d in dimensions}


def _percent(earned: int, possible: int) -> int:
    if possible == 0:
        return 0
    # Round half up, on exact fractions.
    return int(Fraction(earned * 100, possible) + Fraction(1, 2))
