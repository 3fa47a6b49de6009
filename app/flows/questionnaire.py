"""Navigation through the self-assessment (數位自評檢測), with branching.

Which questions are shown is decided by the shared rule ``app.subsidy.visible_questions``;
this object keeps the applicant's position, answers (also those hidden by a changed
branch: they come back if the branch is taken again, but are never sent), progress and
completeness.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from app.errors import ErrorCode
from app.platform.models import Question, Questionnaire
from app.subsidy import exclusive_options, missing_answers, visible_questions

from .errors import FlowError

AnswerListener = Callable[[str, list[str]], None]


class QuestionnaireNavigator:
    """Position, answers and progress through one questionnaire."""

    def __init__(
        self,
        questionnaire: Questionnaire,
        answers: Mapping[str, Sequence[str]] | None = None,
        *,
        on_answer: AnswerListener | None = None,
    ) -> None:
        self.questionnaire = questionnaire
        self._by_id = {q.id: q for q in questionnaire.questions}
        self._shapes = [q.as_mapping() for q in questionnaire.questions]
        self._answers: dict[str, list[str]] = {}
        self._on_answer = on_answer
        for qid, chosen in (answers or {}).items():
            question = self._by_id.get(qid)
            # answers saved for another version of the questionnaire are dropped
            if question is not None and self._valid_choice(question, list(chosen)) is None:
                self._answers[qid] = list(chosen)
        visible = self.visible()
        self._current: str | None = visible[0].id if visible else None

    # -- what is shown --

    def visible(self) -> list[Question]:
        """The questions shown for the current answers, in questionnaire order."""
        shown = visible_questions(self._shapes, self._answers)
        return [self._by_id[str(q["id"])] for q in shown]

    @property
    def current(self) -> Question | None:
        """The question on screen (None for an empty questionnaire)."""
        return self._by_id[self._current] if self._current is not None else None

    @property
    def position(self) -> int:
        """Index of the current question among the visible ones."""
        ids = [q.id for q in self.visible()]
        return ids.index(self._current) if self._current in ids else 0

    def progress(self) -> tuple[int, int]:
        """(answered, shown): answered counts only questions that are shown."""
        visible = self.visible()
        answered = sum(1 for q in visible if self._answers.get(q.id))
        return answered, len(visible)

    @property
    def missing(self) -> list[str]:
        """Ids of shown questions without an answer."""
        return missing_answers(self._shapes, self._answers)

    @property
    def is_complete(self) -> bool:
        """True when every shown question is answered."""
        return not self.missing

    def answer_of(self, question_id: str) -> list[str]:
        """The saved choice for a question (also when it is hidden)."""
        return list(self._answers.get(question_id, []))

    # -- answering --

    def _valid_choice(self, question: Question, chosen: list[str]) -> str | None:
        options = {o.id for o in question.options}
        unknown = [c for c in chosen if c not in options]
        if unknown:
            return f"選項不存在：{', '.join(unknown)}"
        if len(set(chosen)) != len(chosen):
            return "選項重複"
        if question.kind == "single" and len(chosen) > 1:
            return "此題只能選一項"
        if len(chosen) > 1 and set(chosen) & exclusive_options(question.as_mapping()):
            return "此選項只能單獨勾選"
        return None

    def answer(self, option_ids: Sequence[str], question_id: str | None = None) -> None:
        """Set the answer of the current question (or ``question_id``); [] clears it."""
        qid = question_id or self._current
        if qid is None or qid not in self._by_id:
            raise FlowError("沒有這一題", code=ErrorCode.UNKNOWN_QUESTION)
        chosen = list(option_ids)
        problem = self._valid_choice(self._by_id[qid], chosen)
        if problem:
            raise FlowError(problem, code=ErrorCode.INVALID_ANSWER)
        if chosen:
            self._answers[qid] = chosen
        else:
            self._answers.pop(qid, None)
        if self._on_answer is not None:
            self._on_answer(qid, chosen)

    # -- moving --

    def can_go_next(self) -> bool:
        """True when the current question is answered and is not the last one shown."""
        visible = [q.id for q in self.visible()]
        if self._current is None or self._current not in visible:
            return False
        index = visible.index(self._current)
        return bool(self._answers.get(self._current)) and index + 1 < len(visible)

    def can_go_back(self) -> bool:
        """True unless on the first question shown."""
        visible = [q.id for q in self.visible()]
        return self._current in visible and visible.index(self._current) > 0

    def go_next(self) -> Question:
        """Move to the next shown question."""
        if not self.can_go_next():
            raise FlowError("請先回答這一題", code=ErrorCode.ANSWER_REQUIRED)
        visible = [q.id for q in self.visible()]
        self._current = visible[visible.index(self._current or "") + 1]
        return self._by_id[self._current]

    def go_back(self) -> Question:
        """Move to the previous shown question; answers are kept."""
        if not self.can_go_back():
            raise FlowError("已是第一題", code=ErrorCode.FIRST_QUESTION)
        visible = [q.id for q in self.visible()]
        self._current = visible[visible.index(self._current or "") - 1]
        return self._by_id[self._current]

    def go_to(self, question_id: str) -> Question:
        """Jump to a shown question (e.g. the first missing one)."""
        if question_id not in [q.id for q in self.visible()]:
            raise FlowError("這一題目前不需作答", code=ErrorCode.QUESTION_HIDDEN)
        self._current = question_id
        return self._by_id[question_id]

    # -- what is sent --

    def answers_to_send(self) -> dict[str, list[str]]:
        """Answers of the shown questions only, as ``POST /assessment/responses`` takes them."""
        return {q.id: list(self._answers[q.id]) for q in self.visible() if q.id in self._answers}

    def all_answers(self) -> dict[str, list[str]]:
        """Every answer, including those of hidden questions (for the draft)."""
        return {k: list(v) for k, v in self._answers.items()}
