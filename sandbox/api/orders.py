"""Catalogue, quotes, orders, termination and notifications."""

from __future__ import annotations

import base64
from datetime import date, timedelta
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from sqlalchemy import String, cast, or_, select

from app.errors import ErrorCode
from app.subsidy import (
    InvalidTransition,
    LedgerKind,
    NoPointsReason,
    OrderEvent,
    Pavilion,
    PaymentSplit,
    canonical_json,
    is_cancellable_by_applicant,
    make_order_number,
    next_order_status,
    no_points_reason,
    order_refusal,
    points_returnable,
    ratio_label,
    returned_points_valid_until,
    settle_termination,
    split_payment,
    termination_date_error,
    vendor_confirm_by,
)

from ..context import Tx, iso, new_id, next_in_sequence, tx_for
from ..db import (
    Applicant,
    Category,
    CustomerRelation,
    Notification,
    Order,
    Plan,
    Quote,
    Solution,
    TerminationQuote,
    Vendor,
)
from ..errors import ApiError, validation_error
from ..ledger import append, ledger_state
from ..orders import apply_event, get_order, order_view, record, status_text
from ..signing import b64, verify_signature_block
from .common import (
    Limit,
    Offset,
    PublicRoute,
    api_base,
    contains,
    list_page,
    parse_date_field,
    parse_datetime_field,
)
from .models import OrderIn, QuoteIn, TerminationIn
from .schemas import (
    LIST_RESPONSES,
    NotificationReadOut,
    OrderOut,
    ProgrammeOut,
    QuoteOut,
    TerminationQuoteOut,
)

router = APIRouter()
programme_routes = APIRouter(tags=["programme"], route_class=PublicRoute)
catalogue_routes = APIRouter(tags=["catalogue"], route_class=PublicRoute)
order_routes = APIRouter(tags=["orders"])
notification_routes = APIRouter(tags=["notifications"])

QUOTE_TTL = timedelta(minutes=30)


@programme_routes.get("/programme", summary="補助計畫參數", response_model=ProgrammeOut)
def get_programme(request: Request) -> dict[str, Any]:
    """The programme year in force: caps, ratios, plan lengths, validity, period, budget."""
    with tx_for(request) as tx:
        return tx.programme.to_json()


@catalogue_routes.get("/categories", summary="15類解決方案", responses=LIST_RESPONSES)
def list_categories(request: Request, limit: Limit = 50, offset: Offset = 0) -> Response:
    """The 15 solution categories of the subsidy zone."""
    with tx_for(request) as tx:
        query = select(Category).order_by(Category.position)
        return list_page(
            request,
            tx,
            query,
            lambda category: {"id": category.id, "name": category.name},
            limit=limit,
            offset=offset,
        )


def solution_view(tx: Tx, solution: Solution) -> dict[str, Any]:
    """A solution with its vendor and plans."""
    vendor = tx.db.get(Vendor, solution.vendor_id)
    assert vendor is not None
    plans = tx.db.scalars(select(Plan).where(Plan.solution_id == solution.id).order_by(Plan.months))
    return {
        "id": solution.id,
        "name": solution.name,
        "vendor": {"id": vendor.id, "name": vendor.name},
        "category": solution.category,
        "pavilion": solution.pavilion,
        "ratio": _ratio(tx, solution.pavilion),
        "subsidised": solution.subsidised,
        "plans": [
            {"id": p.id, "name": p.name, "months": p.months, "price": p.price} for p in plans
        ],
        "tags": solution.tags,
    }


@catalogue_routes.get("/solutions", summary="雲端解決方案", responses=LIST_RESPONSES)
def list_solutions(
    request: Request,
    *,
    category: str | None = Query(default=None, max_length=40),
    pavilion: Pavilion | None = None,
    q: str | None = Query(default=None, max_length=100),
    limit: Limit = 50,
    offset: Offset = 0,
) -> Response:
    """Solutions filtered by category, pavilion and free text (matched literally)."""
    with tx_for(request) as tx:
        query = select(Solution)
        if category:
            query = query.where(Solution.category == category)
        if pavilion:
            query = query.where(Solution.pavilion == pavilion)
        if q:
            like = contains(q)
            query = query.join(Vendor, Vendor.id == Solution.vendor_id).where(
                or_(
                    Solution.name.like(like, escape="\\"),
                    Vendor.name.like(like, escape="\\"),
                    cast(Solution.tags, String).like(like, escape="\\"),
                )
            )
        return list_page(
            request,
            tx,
            query.order_by(Solution.id),
            lambda solution: solution_view(tx, solution),
            limit=limit,
            offset=offset,
        )


def _plan_for(tx: Tx, plan_id: str) -> tuple[Plan, Solution, Vendor]:
    plan = tx.db.get(Plan, plan_id)
    if plan is None:
        raise ApiError(404, ErrorCode.PLAN_NOT_FOUND, "找不到此方案。")
    solution = tx.db.get(Solution, plan.solution_id)
    assert solution is not None
    vendor = tx.db.get(Vendor, solution.vendor_id)
    assert vendor is not None
    if order_refusal(plan_subsidised=solution.subsidised) is not None:
        raise ApiError(409, ErrorCode.PLAN_NOT_SUBSIDISED, "此方案不在補助專區，不能在本平台訂購。")
    return plan, solution, vendor


def _split(
    tx: Tx, applicant: Applicant, plan: Plan, solution: Solution
) -> tuple[PaymentSplit, NoPointsReason | None]:
    """Points and self-pay for ``plan`` today, and why no points apply (app.subsidy rules)."""
    state = ledger_state(tx, applicant)
    renewal = tx.db.scalar(
        select(CustomerRelation.id).where(
            CustomerRelation.ubn == applicant.ubn, CustomerRelation.solution_id == solution.id
        )
    )
    reason = no_points_reason(
        programme=tx.programme,
        today=tx.today,
        solution_pavilion=solution.pavilion,
        plan_months=plan.months,
        grant=state.pavilion if state.grants else None,
        balance=state.balance,
        ending=state.ending,
        existing_customer_renewal=renewal is not None,
    )
    if reason is not None:
        return PaymentSplit(points=0, self_pay=plan.price), reason
    terms = tx.programme.terms(solution.pavilion)
    return split_payment(plan.price, state.balance, terms), None


def _ratio(tx: Tx, pavilion: str) -> str:
    """The pavilion's self-pay : points ratio, or 全額自付 where the programme has no such pavilion."""
    if not tx.programme.has_pavilion(pavilion):
        return "1:0"
    return ratio_label(pavilion, tx.programme)


@order_routes.post("/orders/quote", summary="訂購報價（點數與自付款）", response_model=QuoteOut)
def create_quote(body: QuoteIn, request: Request) -> dict[str, Any]:
    """Price a plan: points per the pavilion's ratio, or full self-pay with the reason why.

    Seeds 001/003: a member whose points are used up, returned or reclaimed, or who was
    never granted any, may still buy at full self-pay, so no quote is refused for want of
    points.
    """
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.active_applicant()
        plan, solution, vendor = _plan_for(tx, body.plan_id)
        split, reason = _split(tx, applicant, plan, solution)
        quote_id = new_id("q")
        expires_at = tx.now + QUOTE_TTL
        ratio = _ratio(tx, solution.pavilion)
        document = {
            "action": "order",
            "quote_id": quote_id,
            "ubn": applicant.ubn,
            "plan_id": plan.id,
            "plan_name": plan.name,
            "months": plan.months,
            "solution": solution.name,
            "vendor": vendor.name,
            "pavilion": solution.pavilion,
            "price": plan.price,
            "points": split.points,
            "self_pay": split.self_pay,
            "ratio": ratio,
            "points_reason": reason.value if reason else None,
            "expires_at": iso(expires_at),
        }
        to_be_signed = b64(canonical_json(document))
        tx.db.add(
            Quote(
                id=quote_id,
                applicant_id=applicant.id,
                plan_id=plan.id,
                price=plan.price,
                points=split.points,
                self_pay=split.self_pay,
                to_be_signed=to_be_signed,
                expires_at=expires_at,
            )
        )
        result = {
            "quote_id": quote_id,
            "plan_id": plan.id,
            "price": plan.price,
            "points": split.points,
            "self_pay": split.self_pay,
            "ratio": ratio,
            "pavilion": solution.pavilion,
            "points_reason": reason.value if reason else None,
            "to_be_signed": to_be_signed,
            "expires_at": iso(expires_at),
        }
        return tx.done(result)


def _next_order_number(tx: Tx) -> str:
    return make_order_number(tx.now, next_in_sequence(tx.db, "orders", 1))


@order_routes.post("/orders", status_code=201, summary="送出訂單（簽章）", response_model=OrderOut)
def create_order(body: OrderIn, request: Request) -> dict[str, Any]:
    """Place an order signed over the quote's ``to_be_signed``; points are used at once."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        tx.active_applicant()
        quote = tx.db.get(Quote, body.quote_id)
        if quote is None or quote.applicant_id != applicant.id:
            raise ApiError(404, ErrorCode.QUOTE_NOT_FOUND, "找不到此報價，請重新報價。")
        if quote.used:
            raise ApiError(409, ErrorCode.QUOTE_USED, "此報價已用於訂單。")
        if tx.now > quote.expires_at:
            raise ApiError(409, ErrorCode.QUOTE_EXPIRED, "報價已逾時，請重新報價。")
        plan, solution, _vendor = _plan_for(tx, quote.plan_id)
        split, _reason = _split(tx, applicant, plan, solution)
        if (split.points, split.self_pay) != (quote.points, quote.self_pay):
            raise ApiError(
                409,
                ErrorCode.QUOTE_STALE,
                "點數餘額已變動，請重新報價並簽署。",
                {"available_points": ledger_state(tx, applicant).balance},
            )
        signer = verify_signature_block(
            tx, applicant, body.model_dump(), base64.b64decode(quote.to_be_signed)
        )
        quote.used = True
        order = Order(
            id=_next_order_number(tx),
            applicant_id=applicant.id,
            plan_id=plan.id,
            price=quote.price,
            points=quote.points,
            self_pay=quote.self_pay,
            status="awaiting_vendor",
            created_at=tx.now,
            updated_at=tx.now,
            submitted_on=tx.today,
            deadlines={"vendor_confirm_by": vendor_confirm_by(tx.today).isoformat()},
            signer={"method": signer.method.value, "identity": signer.identity},
        )
        tx.db.add(order)
        tx.db.flush()
        if order.points > 0:
            append(
                tx,
                applicant,
                LedgerKind.USE,
                order.points,
                on=tx.today,
                at=tx.now,
                order_id=order.id,
            )
        record(
            tx,
            order,
            order.status,
            f"已下單，訂單單號：{order.id}，"
            f"請資訊服務廠商於 {order.deadlines['vendor_confirm_by']} 前確認或取消",
            tx.now,
        )
        return tx.done(order_view(tx, order, api_base(request)), status=201)


@order_routes.get("/orders", summary="我的訂單", responses=LIST_RESPONSES)
def list_orders(request: Request, limit: Limit = 50, offset: Offset = 0) -> Response:
    """The caller's orders, newest first."""
    with tx_for(request) as tx:
        query = select(Order).where(Order.applicant_id == tx.applicant().id)
        base = api_base(request)
        return list_page(
            request,
            tx,
            query.order_by(Order.created_at.desc(), Order.id.desc()),
            lambda order: order_view(tx, order, base),
            limit=limit,
            offset=offset,
        )


@order_routes.get("/orders/{order_id}", summary="訂單詳情", response_model=OrderOut)
def get_order_detail(order_id: str, request: Request) -> dict[str, Any]:
    """One of the caller's orders."""
    with tx_for(request) as tx:
        return order_view(tx, get_order(tx, order_id, tx.applicant()), api_base(request))


@order_routes.post(
    "/orders/{order_id}/cancel", summary="取消訂單（付款前）", response_model=OrderOut
)
def cancel_order(order_id: str, request: Request) -> dict[str, Any]:
    """Cancel before payment; the points are released at once."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        order = get_order(tx, order_id, applicant)
        if not is_cancellable_by_applicant(order.status):
            raise ApiError(
                409,
                ErrorCode.NOT_CANCELLABLE,
                "訂單已付款或已結束，不能取消；已付款的訂單請申請退訂。",
                {"status": order.status},
            )
        apply_event(
            tx, order, OrderEvent.APPLICANT_CANCEL, "申請單位取消訂購", on=tx.today, at=tx.now
        )
        return tx.done(order_view(tx, order, api_base(request)))


def _termination(tx: Tx, applicant: Applicant, order: Order, on: date) -> dict[str, Any]:
    try:
        next_order_status(order.status, OrderEvent.TERMINATE)
    except InvalidTransition:
        raise ApiError(
            409,
            ErrorCode.NOT_TERMINABLE,
            f"訂單狀態「{status_text(order.status)}」不能退訂。",
            {"status": order.status},
        ) from None
    plan = tx.db.get(Plan, order.plan_id)
    assert plan is not None
    start = order.service_start or on
    try:
        settlement = settle_termination(plan.months, order.self_pay, order.points, start, on)
    except ValueError as exc:
        raise validation_error(
            {"on": str(exc)}, ErrorCode.INVALID_TERMINATION_DATE, "退訂日期不正確。"
        ) from None
    state = ledger_state(tx, applicant)
    returned = settlement.points_returned
    not_returned = _not_returned_reason(tx, on) if returned else None
    if not_returned is not None:
        returned = 0
    # Returned points come back on the termination day, which is today at the earliest.
    valid_until = (
        returned_points_valid_until(
            state.granted_on, max(on, tx.today, state.granted_on), state.terms, tx.programme
        )
        if state.granted_on and state.terms and returned
        else None
    )
    return {
        "order_id": order.id,
        "on": on.isoformat(),
        "used_months": settlement.used_months,
        "term_months": plan.months,
        "half_reached": settlement.half_reached,
        "self_pay_refund": settlement.self_pay_refund,
        "points_returned": returned,
        "points_valid_until": iso(valid_until),
        "points_not_returned_reason": not_returned,
    }


def _not_returned_reason(tx: Tx, on: date) -> str | None:
    """002 七(八): no points come back after the programme's end or once its budget is spent."""
    if points_returnable(on, tx.programme):
        return None
    return (
        ErrorCode.BUDGET_EXHAUSTED if tx.programme.budget_exhausted else ErrorCode.PROGRAMME_ENDED
    )


def _termination_on(tx: Tx, order: Order, raw: str | None, *, executing: bool = False) -> date:
    """The termination date asked for (default: the platform's today), checked by the rule."""
    on = parse_date_field(raw, "on") if raw is not None else tx.today
    problem = termination_date_error(
        on, tx.today, order.service_start, order.service_end, executing=executing
    )
    if problem is ErrorCode.DATE_IN_PAST:
        earliest = max(tx.today, order.service_start or tx.today)
        raise ApiError(
            422,
            ErrorCode.DATE_IN_PAST,
            f"退訂日期不能早於 {earliest.isoformat()}（今天或服務開始日）；退訂自今天起生效。",
            {"fields": {"on": f"不能早於 {earliest.isoformat()}。"}, "earliest": iso(earliest)},
        )
    if problem is not None:
        later = "晚於方案結束日" if order.service_end and on > order.service_end else "晚於今天"
        raise validation_error(
            {"on": f"{later}。"},
            problem,
            f"退訂日期{later}：退訂自今天起生效，試算可選到方案結束日。",
        )
    return on


@order_routes.post(
    "/orders/{order_id}/termination-quote", summary="退訂試算", response_model=TerminationQuoteOut
)
def termination_quote(
    order_id: str, request: Request, body: TerminationIn | None = None
) -> dict[str, Any]:
    """Settlement of a termination on ``on`` (default: today) and the document to sign."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.applicant()
        order = get_order(tx, order_id, applicant)
        on = _termination_on(tx, order, body.on if body else None)
        quote = _termination(tx, applicant, order, on)
        to_be_signed = b64(canonical_json({**quote, "action": "terminate", "ubn": applicant.ubn}))
        tx.db.add(
            TerminationQuote(
                id=new_id("tq"), order_id=order.id, on=on, body=quote, to_be_signed=to_be_signed
            )
        )
        return tx.done({**quote, "to_be_signed": to_be_signed})


@order_routes.post("/orders/{order_id}/terminate", summary="退訂（簽章）", response_model=OrderOut)
def terminate(order_id: str, request: Request, body: TerminationIn) -> dict[str, Any]:
    """Terminate, signed over the termination quote; refund and points per the settlement."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        order = get_order(tx, order_id, applicant)
        on = _termination_on(tx, order, body.on, executing=True)
        settlement = _termination(tx, applicant, order, on)
        candidates = tx.db.scalars(
            select(TerminationQuote)
            .where(TerminationQuote.order_id == order.id, TerminationQuote.on == on)
            .order_by(TerminationQuote.id)
        )
        quote = next((q for q in candidates if q.body == settlement), None)
        if quote is None:
            raise ApiError(409, ErrorCode.TERMINATION_QUOTE_REQUIRED, "請先取得退訂試算並簽署。")
        verify_signature_block(
            tx, applicant, body.model_dump(), base64.b64decode(quote.to_be_signed)
        )
        returned = settlement["points_returned"]
        order.settlement = {**settlement, "points_returned": returned, "terminated_at": iso(tx.now)}
        apply_event(
            tx,
            order,
            OrderEvent.TERMINATE,
            f"已退訂：退還自付款 NT${settlement['self_pay_refund']:,}、返還點數 {returned:,} 點",
            on=tx.today,
            at=tx.now,
        )
        if returned:
            append(
                tx,
                applicant,
                LedgerKind.RETURN,
                returned,
                on=tx.today,
                at=tx.now,
                order_id=order.id,
                valid_until=date.fromisoformat(settlement["points_valid_until"]),
            )
        return tx.done(order_view(tx, order, api_base(request)))


@notification_routes.get("/notifications", summary="我的通知", responses=LIST_RESPONSES)
def list_notifications(
    request: Request,
    since: str | None = Query(default=None, max_length=40),
    limit: Limit = 100,
    offset: Offset = 0,
) -> Response:
    """Notifications, newest first; ``since`` (ISO datetime) keeps only later ones."""
    with tx_for(request) as tx:
        applicant = tx.applicant()
        query = select(Notification).where(Notification.applicant_id == applicant.id)
        if since:
            moment = parse_datetime_field(since, "since")
            query = query.where(Notification.at > moment)
        return list_page(
            request,
            tx,
            query.order_by(Notification.at.desc(), Notification.id.desc()),
            _notification_view,
            limit=limit,
            offset=offset,
        )


def _notification_view(notification: Notification) -> dict[str, Any]:
    return {
        "id": str(notification.id),
        "at": iso(notification.at),
        "kind": notification.kind,
        "title": notification.title,
        "body": notification.body,
        "order_id": notification.order_id,
        "read": notification.read,
    }


@notification_routes.post(
    "/notifications/{notification_id}/read", summary="標示已讀", response_model=NotificationReadOut
)
def mark_read(notification_id: str, request: Request) -> dict[str, Any]:
    """Mark one notification read."""
    with tx_for(request) as tx:
        applicant = tx.applicant()
        known = notification_id.isdigit() and len(notification_id) < 18
        row = tx.db.get(Notification, int(notification_id)) if known else None
        if row is None or row.applicant_id != applicant.id:
            raise ApiError(404, ErrorCode.NOTIFICATION_NOT_FOUND, "找不到此通知。")
        row.read = True
        return {"id": str(row.id), "read": True}


for _routes in (programme_routes, catalogue_routes, order_routes, notification_routes):
    router.include_router(_routes)
