"""The append-only points ledger and notifications.

The balance is always derived from the ledger rows and checked against the stored
running balance; every rule about amounts and dates comes from ``app.subsidy``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.subsidy import (
    LedgerKind,
    can_reapply,
    points_deadlines,
)

from .context import Tx, iso, lock_applicant
from .db import Applicant, LedgerRow, Notification
from .errors import ApiError

# Signed direction of each ledger kind.
_SIGN = {
    LedgerKind.GRANT: 1,
    LedgerKind.USE: -1,
    LedgerKind.RELEASE: 1,
    LedgerKind.RETURN: 1,
    LedgerKind.RECLAIM: -1,
    LedgerKind.UNUSED_RETURN: -1,
}


@dataclass(frozen=True)
class LedgerState:
    """What the ledger says about an applicant's points."""

    rows: list[LedgerRow]
    balance: int
    granted: int
    granted_on: date | None
    any_used: bool
    had_unused_return: bool
    grants: int

    @property
    def expires_on(self) -> date | None:
        """The grant's expiry (granted_on + 3 months)."""
        return points_deadlines(self.granted_on).expires_on if self.granted_on else None

    def protected(self, day: date) -> int:
        """Points returned after a termination that are still valid on ``day``."""
        return sum(
            r.amount
            for r in self.rows
            if r.kind == LedgerKind.RETURN and r.valid_until is not None and r.valid_until >= day
        )


def ledger_state(tx: Tx, applicant: Applicant) -> LedgerState:
    """Read and check an applicant's ledger; a broken running balance is a 500."""
    rows = list(
        tx.db.scalars(
            select(LedgerRow).where(LedgerRow.applicant_id == applicant.id).order_by(LedgerRow.id)
        )
    )
    balance = 0
    for row in rows:
        balance += row.amount
        if row.balance_after != balance or balance < 0:
            raise ApiError(500, "LEDGER_INCONSISTENT", "點數帳務不一致，請聯絡客服。")
    grants = [r for r in rows if r.kind == LedgerKind.GRANT]
    last_grant = grants[-1] if grants else None
    since_grant = [r for r in rows if last_grant is not None and r.id > last_grant.id]
    return LedgerState(
        rows=rows,
        balance=balance,
        granted=last_grant.amount if last_grant else 0,
        granted_on=last_grant.on if last_grant else None,
        any_used=any(r.kind == LedgerKind.USE for r in since_grant),
        had_unused_return=any(r.kind == LedgerKind.UNUSED_RETURN for r in rows),
        grants=len(grants),
    )


def append(
    tx: Tx,
    applicant: Applicant,
    kind: LedgerKind,
    amount: int,
    *,
    on: date,
    at: datetime,
    order_id: str | None = None,
    valid_until: date | None = None,
) -> LedgerRow:
    """Append one row; ``amount`` is the positive size, the kind gives the sign."""
    if amount < 0:
        raise ValueError("ledger amounts are given as positive sizes")
    lock_applicant(tx.db, applicant.id)  # the balance below stays true until commit
    state = ledger_state(tx, applicant)
    signed = _SIGN[kind] * amount
    balance_after = state.balance + signed
    if balance_after < 0:
        raise ApiError(500, "LEDGER_INCONSISTENT", "點數帳務不一致，請聯絡客服。")
    row = LedgerRow(
        applicant_id=applicant.id,
        at=at,
        on=on,
        kind=kind.value,
        amount=signed,
        balance_after=balance_after,
        order_id=order_id,
        valid_until=valid_until,
    )
    tx.db.add(row)
    tx.db.flush()
    return row


def earliest_expiry(state: LedgerState, today: date) -> date | None:
    """The first day after which some of the current balance is no longer usable."""
    if state.balance <= 0 or state.expires_on is None:
        return None
    if today <= state.expires_on:
        return state.expires_on
    dates = [
        r.valid_until
        for r in state.rows
        if r.kind == LedgerKind.RETURN and r.valid_until is not None and r.valid_until >= today
    ]
    return min(dates) if dates else None


def points_view(state: LedgerState, today: date) -> dict[str, Any]:
    """Body of ``GET /points``."""
    deadlines = points_deadlines(state.granted_on) if state.granted_on else None
    return {
        "balance": state.balance,
        "granted": state.granted,
        "granted_on": iso(state.granted_on),
        "first_use_by": iso(deadlines.first_use_by) if deadlines else None,
        "expires_on": iso(deadlines.expires_on) if deadlines else None,
        "earliest_expiry": iso(earliest_expiry(state, today)),
        "can_reapply": can_reapply(state.had_unused_return, state.grants > 1),
        "ledger": [
            {
                "at": iso(r.at),
                "kind": r.kind,
                "amount": r.amount,
                "order_id": r.order_id,
                "balance_after": r.balance_after,
                "valid_until": iso(r.valid_until),
            }
            for r in state.rows
        ],
    }


def notify(
    tx: Tx,
    applicant: Applicant,
    kind: str,
    title: str,
    body: str,
    *,
    at: datetime | None = None,
    order_id: str | None = None,
    key: str | None = None,
) -> None:
    """Add a notification; with ``key``, only once per applicant."""
    if key is not None:
        exists = tx.db.scalar(
            select(Notification.id).where(
                Notification.applicant_id == applicant.id, Notification.key == key
            )
        )
        if exists is not None:
            return
    tx.db.add(
        Notification(
            applicant_id=applicant.id,
            key=key,
            at=at or tx.now,
            kind=kind,
            title=title,
            body=body,
            order_id=order_id,
            read=False,
        )
    )
    tx.db.flush()
