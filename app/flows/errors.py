"""Errors of the Qt-free flows, with stable codes for the UI's error table."""

from __future__ import annotations

from collections.abc import Mapping

from app.errors import ErrorCode, FieldProblem, FieldProblems


class FlowError(Exception):
    """A flow was asked to do something its state does not allow."""

    code = ErrorCode.FLOW_ERROR

    def __init__(self, message: str, *, code: ErrorCode | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InvalidInput(FlowError):  # noqa: N818 - reads as a state like the other errors
    """Input that fails validation (before sending, or the platform's 422): ``fields``
    maps a field name to its problem, a code the UI words in the person's language."""

    def __init__(self, fields: Mapping[str, FieldProblem]) -> None:
        super().__init__("輸入的資料有誤，請修正標示的欄位", code=ErrorCode.VALIDATION_ERROR)
        wrong = sorted(name for name, p in fields.items() if not isinstance(p, FieldProblem))
        if wrong:  # a sentence here could not be translated: refuse it where it is made
            raise TypeError(f"field problems must be FieldProblem codes: {wrong}")
        self.fields: FieldProblems = dict(fields)


MOBILE_OUTCOME_CODES: dict[str, ErrorCode] = {
    "rejected": ErrorCode.MOBILE_REJECTED,
    "expired": ErrorCode.MOBILE_EXPIRED,
    "cancelled": ErrorCode.MOBILE_CANCELLED,
}
"""How a phone transaction that ended without approval is reported."""


def mobile_outcome_code(outcome: str) -> ErrorCode:
    """The error code of a phone transaction that ended as ``outcome`` (not approved)."""
    return MOBILE_OUTCOME_CODES.get(outcome, ErrorCode.MOBILE_CANCELLED)
