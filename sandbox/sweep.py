"""Time-based effects, applied day by day whenever the platform clock has moved.

Runs at the start of every request's transaction, so effects are deterministic and
never depend on a background timer: auto-cancellation, end of term, eligibility review
decisions, unused-points return, reclaim and expiry notices.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.subsidy import (
    TAIWAN_TZ,
    LedgerKind,
    OrderEvent,
    OrderStatus,
    applications_open,
    expiring_soon,
    overdue_cancellation,
    reclaim_due,
    reclaimable,
    term_ended,
    unused_return_due,
    vendor_duties_overdue,
)

from .context import Tx, clock_row
from .db import Applicant, LedgerRow, Order
from .ledger import append, expiry_of, ledger_state, notify
from .orders import apply_event, deadlines_of, notify_order
from .review import APPROVE, decide_review

# A clock jump further than this sweeps only its last days; effects due earlier are
# still applied (every check is "past a date"), dated the first swept day.
_MAX_DAYS_STEPPED = 800


def sweep_until_now(tx: Tx) -> None:
    """Apply every day's effects from the last swept day up to the platform's today."""
    row = clock_row(tx.db)
    today = tx.today
    if row.swept_through is None or row.swept_through < today:
        # Another platform process on the same database may be sweeping these days.
        row = clock_row(tx.db, for_update=True)
    last = row.swept_through
    if last is not None and last >= today:
        if last > today:
            row.swept_through = today  # the clock went back; sweep again from here
        return
    first = today if last is None else last + timedelta(days=1)
    first = max(first, today - timedelta(days=_MAX_DAYS_STEPPED))
    day = first
    while day <= today:
        sweep_day(tx, day)
        day += timedelta(days=1)
    row.swept_through = today


def sweep_day(tx: Tx, day: date) -> None:
    """The effects that fall due on ``day``."""
    at = datetime.combine(day, time(0, 0), tzinfo=TAIWAN_TZ)
    _review_decisions(tx, day, at)
    _order_deadlines(tx, day, at)
    _points(tx, day, at)


def _review_decisions(tx: Tx, day: date, at: datetime) -> None:
    pending = tx.db.scalars(
        select(Applicant).where(
            Applicant.status == "pending_review", Applicant.review_due_on <= day
        )
    )
    for applicant in pending:
        decide_review(tx, applicant, APPROVE, at=at)


def _order_deadlines(tx: Tx, day: date, at: datetime) -> None:
    open_orders = tx.db.scalars(
        select(Order)
        .where(
            Order.status.in_(
                [
                    OrderStatus.AWAITING_VENDOR,
                    OrderStatus.AWAITING_PAYMENT,
                    OrderStatus.AWAITING_INVOICE,
                    OrderStatus.AWAITING_SERVICE,
                    OrderStatus.IN_SERVICE,
                ]
            )
        )
        .order_by(Order.id)
    )
    for order in open_orders:
        deadlines = deadlines_of(order)
        if overdue_cancellation(order.status, deadlines, day):
            reason = (
                f"資訊服務廠商未於 {deadlines.vendor_confirm_by} 前確認接單"
                if order.status == OrderStatus.AWAITING_VENDOR
                else f"未於付款期限 {deadlines.payment_due_by} 前付款"
            )
            apply_event(
                tx, order, OrderEvent.SYSTEM_CANCEL, f"系統將訂單取消：{reason}", on=day, at=at
            )
        elif order.status == OrderStatus.IN_SERVICE and term_ended(order.service_end, day):
            apply_event(tx, order, OrderEvent.TERM_END, "方案期程結束", on=day, at=at)
        else:
            _vendor_overdue(tx, order, day, at)


# The vendor's own deadlines cancel nothing; the applicant is told once when one passes.
_DUTY_TITLES = {"invoice_due_by": "廠商逾期未開立發票", "service_start_by": "廠商逾期未開通服務"}


def _vendor_overdue(tx: Tx, order: Order, day: date, at: datetime) -> None:
    deadlines = deadlines_of(order)
    for name in vendor_duties_overdue(order.status, deadlines, day):
        notify_order(
            tx,
            order,
            "order_overdue",
            f"訂單 {order.id}：{_DUTY_TITLES[name]}",
            f"資訊服務廠商應於 {getattr(deadlines, name).isoformat()} 前完成，請聯絡廠商或客服。",
            at=at,
            key=f"overdue:{name}:{order.id}",
        )


def _points(tx: Tx, day: date, at: datetime) -> None:
    holders = tx.db.scalars(
        select(LedgerRow.applicant_id).distinct().order_by(LedgerRow.applicant_id)
    )
    for applicant_id in list(holders):
        applicant = tx.db.get(Applicant, applicant_id)
        assert applicant is not None
        state = ledger_state(tx, applicant)
        if state.granted_on is None or state.terms is None or state.balance <= 0:
            continue
        if unused_return_due(state.granted_on, day, state.any_used, state.terms):
            append(tx, applicant, LedgerKind.UNUSED_RETURN, state.balance, on=day, at=at)
            reopen = (
                "您可至「我的點數」重新開通點數。"
                if applications_open(tx.programme, day)
                else "本計畫目前不受理申請，暫時無法重新開通；仍可全額自付購買方案。"
            )
            notify(
                tx,
                applicant,
                "points",
                "點數已返還系統",
                f"獲發點數後1個月內未使用任何點數，點數已全數返還。{reopen}",
                at=at,
                key=f"unused_return:{state.granted_on.isoformat()}",
            )
            continue
        if reclaim_due(state.granted_on, day, state.terms):
            reclaimed = reclaimable(state.balance, state.returns, day)
            if reclaimed > 0:
                append(tx, applicant, LedgerKind.RECLAIM, reclaimed, on=day, at=at)
                notify(
                    tx,
                    applicant,
                    "points",
                    "剩餘點數已收回",
                    f"點數使用期限已過，剩餘 {reclaimed:,} 點已收回，且不得再次申請點數；"
                    "您仍可全額自付購買方案。",
                    at=at,
                    key=f"reclaim:{day.isoformat()}",
                )
                state = ledger_state(tx, applicant)
        expiry = expiry_of(state, day)
        if expiry is None:
            continue
        for days in (7, 1):
            if expiring_soon(expiry, day, days):
                notify(
                    tx,
                    applicant,
                    "points_expiring",
                    f"點數將於 {days} 天內到期",
                    f"您有 {state.balance:,} 點將於 {expiry.isoformat()} 到期，請儘早使用。",
                    at=at,
                    key=f"expiring{days}:{expiry.isoformat()}",
                )
