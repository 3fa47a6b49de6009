"""The append-only points ledger and notifications.

The balance is always derived from the ledger rows and checked against the stored
running balance; every rule about amounts and dates comes from ``app.subsidy``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.errors import ErrorCode
from app.subsidy import (
    LedgerKind,
    Pavilion,
    PavilionTerms,
    PointsDeadlines,
    PointsEnding,
    Programme,
    ReturnedPoints,
    applications_open,
    can_reapply,
    earliest_expiry,
    grant_pavilion,
    points_cap,
    points_deadlines,
    points_ending,
    points_used_since_grant,
)

from .context import Tx, iso, lock_applicant
from .db import Applicant, LedgerRow, Notification, OutboxMessage
from .errors import ApiError
from .programme import programme_by_id

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
    grants: int
    pavilion: Pavilion
    """The pavilion whose terms the grant follows (general or industry)."""
    terms: PavilionTerms | None
    """Those terms, from the programme the last grant was made under."""
    returned_unused: bool
    """The last grant went back unused after its first-use month (002 七(三))."""
    ever_reclaimed: bool
    """Some points were reclaimed at the end of their validity (002 七(四))."""

    @property
    def deadlines(self) -> PointsDeadlines | None:
        """The last grant's first-use and expiry dates."""
        if self.granted_on is None or self.terms is None:
            return None
        return points_deadlines(self.granted_on, self.terms)

    @property
    def expires_on(self) -> date | None:
        """The grant's expiry."""
        deadlines = self.deadlines
        return deadlines.expires_on if deadlines else None

    @property
    def ending(self) -> PointsEnding | None:
        """How a zero balance came about (``None`` while points remain or none were granted):
        ``app.subsidy.points_ending``, the rule the client previews with too."""
        return points_ending(self.balance, [r.kind for r in self.rows])

    @property
    def returns(self) -> list[ReturnedPoints]:
        """Points returned by terminations, with their own validity (002 七(七))."""
        return [
            ReturnedPoints(r.amount, r.valid_until)
            for r in self.rows
            if r.kind == LedgerKind.RETURN and r.valid_until is not None
        ]

    def may_reapply(self, programme: Programme, today: date) -> bool:
        """Whether points may be re-opened today (app.subsidy's rule)."""
        return can_reapply(
            returned_unused=self.returned_unused,
            ever_reclaimed=self.ever_reclaimed,
            applications_are_open=applications_open(programme, today),
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
            raise ApiError(500, ErrorCode.LEDGER_INCONSISTENT, "點數帳務不一致，請聯絡客服。")
    grants = [r for r in rows if r.kind == LedgerKind.GRANT]
    last_grant = grants[-1] if grants else None
    since_grant = [r for r in rows if last_grant is not None and r.id > last_grant.id]
    pavilion = grant_pavilion(applicant.pavilion or Pavilion.GENERAL)
    terms = None
    if last_grant is not None:
        programme = (
            programme_by_id(last_grant.programme_id, tx.today)
            if last_grant.programme_id
            else tx.programme
        )
        terms = programme.terms(pavilion) if programme.has_pavilion(pavilion) else None
    return LedgerState(
        rows=rows,
        balance=balance,
        granted=last_grant.amount if last_grant else 0,
        granted_on=last_grant.on if last_grant else None,
        any_used=points_used_since_grant((r.kind, r.order_id) for r in since_grant),
        grants=len(grants),
        pavilion=pavilion,
        terms=terms,
        returned_unused=any(r.kind == LedgerKind.UNUSED_RETURN for r in since_grant),
        ever_reclaimed=any(r.kind == LedgerKind.RECLAIM for r in rows),
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
    programme_id: str | None = None,
) -> LedgerRow:
    """Append one row; ``amount`` is the positive size, the kind gives the sign."""
    if amount < 0:
        raise ValueError("ledger amounts are given as positive sizes")
    lock_applicant(tx.db, applicant.id)  # the balance below stays true until commit
    state = ledger_state(tx, applicant)
    signed = _SIGN[kind] * amount
    balance_after = state.balance + signed
    if balance_after < 0:
        raise ApiError(500, ErrorCode.LEDGER_INCONSISTENT, "點數帳務不一致，請聯絡客服。")
    row = LedgerRow(
        applicant_id=applicant.id,
        at=at,
        on=on,
        kind=kind.value,
        amount=signed,
        balance_after=balance_after,
        order_id=order_id,
        valid_until=valid_until,
        programme_id=programme_id,
    )
    tx.db.add(row)
    tx.db.flush()
    return row


def expiry_of(state: LedgerState, today: date) -> date | None:
    """The first day after which some of the balance is no longer usable (app.subsidy)."""
    return earliest_expiry(state.balance, state.expires_on, state.returns, today)


def points_view(state: LedgerState, programme: Programme, today: date) -> dict[str, Any]:
    """Body of ``GET /points``."""
    deadlines = state.deadlines
    terms = state.terms
    if terms is None and programme.has_pavilion(state.pavilion):
        terms = programme.terms(state.pavilion)
    return {
        "balance": state.balance,
        "granted": state.granted,
        "granted_on": iso(state.granted_on),
        "first_use_by": iso(deadlines.first_use_by) if deadlines else None,
        "expires_on": iso(deadlines.expires_on) if deadlines else None,
        "earliest_expiry": iso(expiry_of(state, today)),
        "can_reapply": state.may_reapply(programme, today),
        "pavilion": state.pavilion.value,
        "ratio": terms.ratio_label if terms else None,
        "points_cap": terms.points_cap if terms else None,
        "programme_id": programme.id,
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
    email: bool = False,
) -> None:
    """Add a notification; with ``key``, only once per applicant; with ``email``, also
    e-mail it to the application's contact address (the outbox)."""
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
    address = str((applicant.form or {}).get("contact_email", ""))
    if email and address:
        tx.db.add(
            OutboxMessage(
                at=at or tx.now,
                channel="email",
                to=address,
                subject=title,
                body=body,
                ubn=applicant.ubn,
            )
        )
    tx.db.flush()


def grant_points(tx: Tx, applicant: Applicant, note: str) -> int:
    """Grant the applicant's points under the programme in force; returns the amount.

    002 二、補助作業說明(一) / 六、申請步驟(二): points are granted once the application is verified (30,000; 工業館
    200,000 per 004). No grant while the programme accepts no applications (budget
    exhausted, period over: 002 三、補助作業申請期程, 004 貳(2/2) 二): the applicant is told so, and 0 returned.
    """
    programme = tx.programme
    if not applications_open(programme, tx.today):
        notify(
            tx,
            applicant,
            "points",
            "暫停核發點數",
            "本計畫補助額度已用罄或已停止受理申請，目前無法核發點數；仍可全額自付購買方案。",
            key=f"no_grant:{programme.id}:{tx.today.isoformat()}",
        )
        return 0
    pavilion = grant_pavilion(applicant.pavilion or Pavilion.GENERAL)
    amount = points_cap(pavilion, programme)
    append(
        tx, applicant, LedgerKind.GRANT, amount, on=tx.today, at=tx.now, programme_id=programme.id
    )
    state = ledger_state(tx, applicant)
    text = (
        f"已獲發點數 {amount:,} 點（1點即新臺幣1元，自付款：點數 = "
        f"{programme.terms(pavilion).ratio_label}），請於 {iso(state.expires_on)} 前使用完畢。"
    )
    notify(tx, applicant, "points", note, text, email=True)
    return amount
