"""Typed errors raised by the subsidy rules."""

from __future__ import annotations


class SubsidyRuleError(ValueError):
    """Base of the errors the subsidy rules raise for input they cannot accept."""


class InvalidTransition(SubsidyRuleError):  # noqa: N818 - name fixed by the shared API
    """An order event that is not allowed in the order's current status."""

    def __init__(self, status: str, event: str) -> None:
        super().__init__(f"訂單狀態 {status} 不接受事件 {event}")
        self.status = status
        self.event = event


class StepOutOfOrder(SubsidyRuleError):  # noqa: N818 - name fixed by the shared API
    """An application step attempted before the steps it depends on."""

    def __init__(self, step: str, missing: tuple[str, ...]) -> None:
        if missing:
            message = f"申請步驟 {step} 須先完成：{'、'.join(missing)}"
        else:
            message = f"申請步驟 {step} 不適用於此申請單位"
        super().__init__(message)
        self.step = step
        self.missing = missing
