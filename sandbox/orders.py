"""Orders: views, status changes with history and notifications, deadlines."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from app.errors import ErrorCode
from app.subsidy import (
    ORDER_STATUS_LABELS,
    InvalidTransition,
    LedgerKind,
    OrderDeadlines,
    OrderEvent,
    OrderStatus,
    invoice_due_by,
    next_order_status,
    payment_due_by,
    ratio_label,
    service_start_by,
)

from .context import Tx, iso
from .db import Applicant, Order, OrderEventRow, Plan, Solution, Vendor
from .errors import ApiError
from .ledger import append, notify


def status_text(status: str) -> str:
    """The member centre's name of an order status (shared with the client)."""
    return ORDER_STATUS_LABELS[OrderStatus(status)]


_RELEASING_EVENTS = {
    OrderEvent.APPLICANT_CANCEL,
    OrderEvent.VENDOR_DECLINE,
    OrderEvent.SYSTEM_CANCEL,
}


_DEADLINE_NAMES = ("vendor_confirm_by", "payment_due_by", "invoice_due_by", "service_start_by")


def deadlines_of(order: Order) -> OrderDeadlines:
    """The order's deadlines as ``app.subsidy`` dates."""
    d = order.deadlines or {}
    return OrderDeadlines(
        **{name: date.fromisoformat(d[name]) if d.get(name) else None for name in _DEADLINE_NAMES}
    )


def _set_deadline(order: Order, name: str, value: date) -> None:
    order.deadlines = {**(order.deadlines or {}), name: value.isoformat()}


def notify_order(
    tx: Tx, order: Order, kind: str, title: str, body: str, *, at: datetime, key: str | None = None
) -> None:
    """Notify the applicant who placed ``order``, about it (once per ``key`` when given)."""
    applicant = tx.db.get(Applicant, order.applicant_id)
    assert applicant is not None
    notify(tx, applicant, kind, title, body, at=at, order_id=order.id, key=key)


def record(tx: Tx, order: Order, status: str, note: str, at: datetime) -> None:
    """Append a history row and notify the applicant of the status."""
    tx.db.add(OrderEventRow(order_id=order.id, status=status, at=at, note=note))
    notify_order(tx, order, "order_status", f"訂單 {order.id}：{status_text(status)}", note, at=at)


def apply_event(
    tx: Tx, order: Order, event: OrderEvent, note: str, *, on: date, at: datetime
) -> None:
    """Move ``order`` by ``event`` (rules from ``app.subsidy``) with its side effects."""
    try:
        new_status = next_order_status(order.status, event)
    except InvalidTransition as exc:
        raise ApiError(
            409,
            ErrorCode.INVALID_TRANSITION,
            f"訂單目前狀態「{status_text(order.status)}」不能執行此操作。",
            {"status": order.status, "event": event.value},
        ) from exc
    order.status = new_status.value
    order.updated_at = at
    if event is OrderEvent.VENDOR_CONFIRM:
        order.confirmed_on = on
        _set_deadline(order, "payment_due_by", payment_due_by(on))
    elif event is OrderEvent.PAY:
        order.paid_on = on
        _set_deadline(order, "invoice_due_by", invoice_due_by(on))
        _set_deadline(order, "service_start_by", service_start_by(on))
    if event in _RELEASING_EVENTS and order.points > 0:
        applicant = tx.db.get(Applicant, order.applicant_id)
        assert applicant is not None
        append(tx, applicant, LedgerKind.RELEASE, order.points, on=on, at=at, order_id=order.id)
    record(tx, order, new_status.value, note, at)


def get_order(tx: Tx, order_id: str, applicant: Applicant | None = None) -> Order:
    """The order; 404 when unknown or (with ``applicant``) someone else's."""
    order = tx.db.get(Order, order_id)
    if order is None or (applicant is not None and order.applicant_id != applicant.id):
        raise ApiError(404, ErrorCode.ORDER_NOT_FOUND, "找不到此訂單。")
    return order


def order_view(tx: Tx, order: Order, base_url: str) -> dict[str, Any]:
    """The order as the API shows it."""
    plan = tx.db.get(Plan, order.plan_id)
    assert plan is not None
    solution = tx.db.get(Solution, plan.solution_id)
    assert solution is not None
    vendor = tx.db.get(Vendor, solution.vendor_id)
    assert vendor is not None
    history = tx.db.scalars(
        select(OrderEventRow).where(OrderEventRow.order_id == order.id).order_by(OrderEventRow.id)
    )
    deadlines = deadlines_of(order)
    view: dict[str, Any] = {
        "id": order.id,
        "solution": {"id": solution.id, "name": solution.name, "pavilion": solution.pavilion},
        "vendor": {"id": vendor.id, "name": vendor.name},
        "plan": {"id": plan.id, "name": plan.name, "months": plan.months, "price": plan.price},
        "price": order.price,
        "points": order.points,
        "self_pay": order.self_pay,
        "status": order.status,
        "status_text": status_text(order.status),
        "created_at": iso(order.created_at),
        "updated_at": iso(order.updated_at),
        "history": [{"status": h.status, "at": iso(h.at), "note": h.note} for h in history],
        "deadlines": {name: iso(getattr(deadlines, name)) for name in _DEADLINE_NAMES},
        "payment_url": None,
        "invoice": order.invoice,
        "service": None,
        "settlement": order.settlement,
        "ratio": (
            ratio_label(solution.pavilion, tx.programme)
            if tx.programme.has_pavilion(solution.pavilion)
            else None
        ),
    }
    if order.status == OrderStatus.AWAITING_PAYMENT:
        view["payment_url"] = f"{base_url}/_sandbox/pay/{order.id}"
    if order.service_start is not None:
        view["service"] = {"start": iso(order.service_start), "end": iso(order.service_end)}
    return view
