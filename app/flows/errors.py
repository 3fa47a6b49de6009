"""Errors of the Qt-free flows, with stable codes for the UI's error table."""

from __future__ import annotations


class FlowError(Exception):
    """A flow was asked to do something its state does not allow."""

    code = "FLOW_ERROR"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class InvalidInput(FlowError):  # noqa: N818 - reads as a state like the other errors
    """Input that fails validation before anything is sent; ``fields`` maps name → message."""

    def __init__(self, fields: dict[str, str]) -> None:
        super().__init__("輸入的資料有誤，請修正標示的欄位", code="INVALID_INPUT")
        self.fields = dict(fields)
