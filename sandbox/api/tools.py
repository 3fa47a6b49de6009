"""``/_sandbox``: clock, scenarios, demo cards, vendor simulator, outbox, faults, reset."""

from __future__ import annotations

import html
from datetime import date, timedelta
from typing import Any, TypeVar

from cryptography.hazmat.primitives.serialization import Encoding
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response
from sqlalchemy import select

from app.errors import ErrorCode
from app.subsidy import (
    ORDER_TRANSITIONS,
    ApplicationStep,
    OrderEvent,
    OrderStatus,
    canonical_json,
    is_valid_ubn,
    required_authorizations,
    service_end,
)
from certs.profile import CardKind

from ..context import (
    Fault,
    Tx,
    iso,
    list_response,
    next_in_sequence,
    platform_of,
    real_now,
    tx_for,
)
from ..db import Applicant, Base, LedgerRow, MobileTransaction, Order, OutboxMessage, Plan, Solution
from ..errors import ApiError, PageAnswer, validation_error
from ..ledger import grant_points, ledger_state
from ..orders import apply_event, deadlines_of, get_order, order_view, status_text
from ..programme import programme_ids, setting_row
from ..questionnaire import complete_answers, scored_assessment_row
from ..review import APPROVE, REJECT, decide_review
from ..signing import b64, b64decode_field, demo_pki
from ..sweep import sweep_until_now
from ..world import DEMO_APPLICANTS, seed, wipe
from .common import (
    Limit,
    Offset,
    api_base,
    hash_password,
    list_page,
    open_session,
    parse_date_field,
    parse_datetime_field,
)
from .models import (
    ClockIn,
    FaultIn,
    ProgrammeSettingsIn,
    ReviewDecisionIn,
    ScenarioIn,
    SignDataIn,
)

router = APIRouter(prefix="/_sandbox", tags=["sandbox"])

RowT = TypeVar("RowT", bound=Base)

SCENARIO_PASSWORD = "Demo1234"  # noqa: S105 - the documented training password

# The demo manufacturer's 工商憑證, and whose responsible person runs its clones.
_MAKER_CARD = "moeaca-maker"
_CLONE_OWNER_UBN = "16480894"

# Card that logs in each demo applicant type: the fixed applicant / a clone of it.
_CARDS: dict[str, tuple[str, str]] = {
    "sme": ("moeaca-sme-primary", "moica-sme-owner"),
    "tax_registered": ("moica-tax-owner", "moica-tax-owner"),
    "cooperative": ("xca-coop", "xca-coop"),
    "social_innovation": ("xca-social", "xca-social"),
}


def _clock_view(tx: Tx) -> dict[str, Any]:
    return {"now": iso(tx.now), "today": tx.today.isoformat(), "offset_seconds": _offset(tx)}


def _offset(tx: Tx) -> float:
    return (tx.now - real_now()).total_seconds()


@router.get("/clock", summary="平台時鐘")
def get_clock(request: Request) -> dict[str, Any]:
    """The platform's idea of now."""
    with tx_for(request) as tx:
        return _clock_view(tx)


@router.post("/clock", summary="設定或推進平台時鐘")
def set_clock(body: ClockIn, request: Request) -> dict[str, Any]:
    """Set ``now`` or advance by days/seconds; effects that fall due are applied at once."""
    with tx_for(request) as tx:
        if body.now is not None:
            target = parse_datetime_field(body.now, "now")
            if not 2000 <= target.year <= 2200:
                raise validation_error({"now": "須在 2000–2200 年間。"}, message="時間超出範圍。")
            offset = (target - real_now()).total_seconds()
        else:
            offset = _offset(tx)
        offset += (body.advance_days or 0) * 86400 + (body.advance_seconds or 0)
        if not -(10**10) < offset < 10**10:
            raise validation_error({"advance_days": "超出範圍。"}, message="時間超出範圍。")
        tx.set_offset(offset)
        sweep_until_now(tx)
        return _clock_view(tx)


@router.get("/programme", summary="補助計畫與其設定")
def get_programme_settings(request: Request) -> dict[str, Any]:
    """The programme in force (as ``GET /programme``) and the programmes available."""
    with tx_for(request) as tx:
        return {"programme": tx.programme.to_json(), "available": list(programme_ids())}


@router.post("/programme", summary="切換補助計畫或設定結束日、額度用罄")
def set_programme_settings(body: ProgrammeSettingsIn, request: Request) -> dict[str, Any]:
    """Switch programme year (settings reset) and/or set its end date, application period
    end and budget state (002 二、補助作業說明(三), 三、補助作業申請期程, 七(八); 004 "至補助點數額度用罄")."""
    with tx_for(request) as tx:
        row = setting_row(tx.db)
        if body.id is not None:
            if body.id not in programme_ids():
                raise validation_error(
                    {"id": f"可用：{'、'.join(programme_ids())}"}, message="沒有這個補助計畫。"
                )
            row.programme_id = body.id
            row.ends_on = row.applications_open_until = row.budget_exhausted = None
        if body.ends_on is not None:
            row.ends_on = parse_date_field(body.ends_on, "ends_on")
        if body.applications_open_until is not None:
            row.applications_open_until = parse_date_field(
                body.applications_open_until, "applications_open_until"
            )
        if body.budget_exhausted is not None:
            row.budget_exhausted = body.budget_exhausted
        tx.db.flush()
        tx.forget_programme()
        return {"programme": tx.programme.to_json(), "available": list(programme_ids())}


def _new_ubn(tx: Tx) -> str:
    while True:
        candidate = f"{next_in_sequence(tx.db, 'ubn', 30_000_001):08d}"
        exists = tx.db.scalar(select(Applicant.id).where(Applicant.ubn == candidate))
        if is_valid_ubn(candidate) and exists is None:
            return candidate


def _clone(tx: Tx, source: Applicant) -> Applicant:
    ubn = _new_ubn(tx)
    clone = Applicant(
        ubn=ubn,
        name=source.name.replace("（測試）", f"（測試{ubn[-4:]}）"),
        applicant_type=source.applicant_type,
        responsible_name=source.responsible_name,
        responsible_id=source.responsible_id,
        responsible_birthday=source.responsible_birthday,
        responsible_mobile=source.responsible_mobile,
        org_code=source.org_code,
        paid_in_capital=source.paid_in_capital,
        employees=source.employees,
        factory_registered=source.factory_registered,
        profile={},
        status="draft",
        steps=[],
        authorizations=[],
        form={},
    )
    tx.db.add(clone)
    tx.db.flush()
    return clone


def _demo_form(applicant: Applicant) -> dict[str, Any]:
    return {
        "name": applicant.name,
        "ubn": applicant.ubn,
        "industry_code": "63",
        "registered_on": "2015-06-01",
        "paid_in_capital": applicant.paid_in_capital or 0,
        "employees": applicant.employees or 1,
        "address": "臺北市中正區示範路1號",
        "representative_name": applicant.responsible_name,
        "representative_title": "負責人",
        "contact_name": applicant.responsible_name,
        "contact_title": "負責人",
        "contact_phone": "0223456789",
        "contact_phone_ext": "",
        "contact_mobile": applicant.responsible_mobile or "0912345678",
        "contact_email": f"demo-{applicant.ubn}@example.com",
    }


def _scenario_applicant(tx: Tx, body: ScenarioIn) -> tuple[Applicant, str]:
    """The demo applicant for a scenario (a clone once it has been used) and its card."""
    kind = body.applicant_type or "sme"
    industry = body.pavilion == "industry"
    if industry and kind != "sme":
        raise validation_error(
            {"pavilion": "applicant_type 須為 sme。"}, message="工業館限中小型製造業者（sme）。"
        )
    demo = next(
        d
        for d in DEMO_APPLICANTS
        if d.applicant_type == kind and not d.disqualified and d.factory_registered == industry
    )
    fixed = tx.db.scalar(select(Applicant).where(Applicant.ubn == demo.ubn))
    assert fixed is not None
    if fixed.status == "draft" and not fixed.steps:
        return fixed, (_MAKER_CARD if industry else _CARDS[kind][0])
    clone = _clone(tx, fixed)
    if industry:
        # The clone's UBN is new, so the maker's 工商憑證 does not fit it; it is run by the
        # demo SME's responsible person, whose 自然人憑證 the training panel holds.
        owner = next(d for d in DEMO_APPLICANTS if d.ubn == _CLONE_OWNER_UBN)
        clone.responsible_name, clone.responsible_id = owner.responsible_name, owner.responsible_id
        clone.responsible_birthday, clone.responsible_mobile = owner.birthday, owner.mobile
    return clone, _CARDS[kind][1]


@router.post("/scenarios", summary="建立訓練情境")
def create_scenario(body: ScenarioIn, request: Request) -> dict[str, Any]:
    """``member_with_points``: an active member granted points now, with a session;
    ``fresh_applicant``: an applicant that has not started (log in with the demo card).
    ``"pavilion": "industry"`` gives the demo manufacturer (工廠登記, revenue ≤ NT$2bn) and
    the 工業館 grant."""
    with tx_for(request) as tx:
        applicant, card_id = _scenario_applicant(tx, body)
        if body.pavilion == "industry":
            applicant.pavilion = "industry"
        if body.name == "fresh_applicant":
            return {
                "ubn": applicant.ubn,
                "name": applicant.name,
                "token": None,
                "demo_card_id": card_id,
                "password": None,
            }
        method = {"moeaca": "moeaca_card", "moica": "moica_card", "xca": "xca_card"}[
            card_id.split("-")[0]
        ]
        login = open_session(tx, applicant, method, {"kind": card_id.split("-")[0]}, can_sign=True)
        applicant.form = _demo_form(applicant)
        if applicant.pavilion == "industry":
            applicant.form.update(
                {
                    "industry_code": "11",
                    "factory_registration_number": "99612345",
                    "annual_revenue": 180_000_000,
                    "revenue_basis": "401_last_year",
                }
            )
        applicant.authorizations = [
            {
                "kind": k.value,
                "valid_from": tx.today.isoformat(),
                "valid_to": (tx.today + timedelta(days=365)).isoformat(),
                "signed_at": iso(tx.now),
                "signed_by": {"scenario": body.name},
            }
            for k in required_authorizations(applicant.applicant_type)
        ]
        applicant.steps = [s.value for s in ApplicationStep]
        # every step is done, the self-assessment too: 查看自評結果 shows its result
        tx.db.add(scored_assessment_row(applicant.id, tx.now, complete_answers({})))
        applicant.password_hash = hash_password(SCENARIO_PASSWORD)
        applicant.status = "active"
        if not grant_points(tx, applicant, "點數已核發（訓練情境）"):
            raise ApiError(
                409,
                ErrorCode.APPLICATIONS_CLOSED,
                "本計畫目前不受理申請（補助額度用罄或申請期間已過），無法建立有點數的會員。",
            )
        return {
            "ubn": applicant.ubn,
            "name": applicant.name,
            "token": login["token"],
            "demo_card_id": card_id,
            "password": SCENARIO_PASSWORD,
        }


def _card_view(card: Any) -> dict[str, Any]:
    cert = card.certificate
    return {
        "id": card.id,
        "kind": str(card.kind),
        "holder_name": card.holder_name,
        "ubn": card.ubn,
        "id_last4": card.national_id[-4:] if card.national_id else None,
        "org_code": card.org_code,
        "card_rank": card.card_rank,
        "card_serial": card.card_serial,
        "revoked": card.revoked,
        "expired": card.expired,
        "not_before": iso(cert.not_valid_before_utc),
        "not_after": iso(cert.not_valid_after_utc),
        "certificate": b64(cert.public_bytes(Encoding.DER)),
    }


@router.get(
    "/crl/{kind}.crl",
    summary="測試憑證廢止清冊（CRL）",
    response_class=Response,
    responses={200: {"content": {"application/pkix-crl": {}}}},
)
def get_crl(kind: str) -> Response:
    """The DER CRL of a test issuing CA, at the address the demo certificates name."""
    try:
        card_kind = CardKind(kind)
        der = demo_pki().crl_der(card_kind)
    except (ValueError, KeyError):
        raise ApiError(
            404, ErrorCode.CRL_NOT_FOUND, "沒有這個測試憑證管理中心的廢止清冊。", {"kind": kind}
        ) from None
    return Response(der, media_type="application/pkix-crl")


@router.get("/demo-cards", summary="示範憑證卡")
def list_demo_cards(request: Request, limit: Limit = 100, offset: Offset = 0) -> Response:
    """The demo cards the emulated readers hold (no PINs)."""
    cards = list(demo_pki().cards.values())
    page = [_card_view(card) for card in cards[offset : offset + limit]]
    return list_response(request, page, len(cards))


@router.post("/demo-cards/{card_id}/sign", summary="以示範卡簽章")
def sign_with_demo_card(card_id: str, body: SignDataIn) -> dict[str, Any]:
    """Sign with a demo card's key, as the emulated card would.

    ``data`` (base64) is signed as is; ``document_json`` is signed as canonical JSON,
    which is how consent and authorisation documents are built. The answer is a complete
    signature block, ``document`` included.
    """
    card = demo_pki().cards.get(card_id)
    if card is None:
        raise ApiError(404, ErrorCode.CARD_NOT_FOUND, "找不到此示範卡。")
    if (body.data is None) == (body.document_json is None):
        raise validation_error(
            {"data": "data 與 document_json 須擇一。"},
            message="請提供 data 或 document_json 其中之一。",
        )
    if body.document_json is not None:
        data = canonical_json(body.document_json)
    else:
        data = b64decode_field(body.data, "data")
    return {
        "document": b64(data),
        "signature": b64(card.sign(data)),
        "certificate": b64(card.certificate.public_bytes(Encoding.DER)),
        "chain": [b64(c.public_bytes(Encoding.DER)) for c in card.chain],
    }


_VENDOR_ACTIONS: dict[str, tuple[OrderEvent, str]] = {
    "confirm": (OrderEvent.VENDOR_CONFIRM, "資訊服務廠商已確認接單，請於付款期限前付款"),
    "decline": (OrderEvent.VENDOR_DECLINE, "資訊服務廠商婉拒訂單，點數已返還"),
    "mark-paid": (OrderEvent.PAY, "廠商已收到自付款"),
    "issue-invoice": (OrderEvent.ISSUE_INVOICE, "廠商已開立全額電子發票"),
    "start-service": (OrderEvent.START_SERVICE, "廠商已開通雲端服務"),
    "claim": (OrderEvent.CLAIM, "廠商已請撥核銷點數，並開立扣繳憑單（所得類別95A）"),
}


def vendor_action(tx: Tx, request: Request, order_id: str, action: str) -> dict[str, Any]:
    """Apply a vendor action to an order."""
    if action not in _VENDOR_ACTIONS:
        raise ApiError(404, ErrorCode.NOT_FOUND, "不支援的廠商操作。")
    order = get_order(tx, order_id)
    event, note = _VENDOR_ACTIONS[action]
    apply_event(tx, order, event, note, on=tx.today, at=tx.now)
    if event is OrderEvent.ISSUE_INVOICE:
        order.invoice = {
            "number": f"TS{int(order.id[-8:]):08d}",
            "amount": order.price,
            "issued_on": tx.today.isoformat(),
        }
    elif event is OrderEvent.START_SERVICE:
        plan = tx.db.get(Plan, order.plan_id)
        assert plan is not None
        order.service_start = tx.today
        order.service_end = service_end(tx.today, plan.months)
    return order_view(tx, order, api_base(request))


@router.post("/vendor/orders/{order_id}/{action}", summary="廠商模擬操作")
def vendor(order_id: str, action: str, request: Request) -> dict[str, Any]:
    """confirm | decline | mark-paid | issue-invoice | start-service | claim."""
    with tx_for(request) as tx:
        return vendor_action(tx, request, order_id, action)


@router.get("/demo-applicants", summary="示範申請單位（訓練面板的「資料」分頁）")
def demo_applicants() -> dict[str, Any]:
    """The demo world's applicants, with what a trainee types for them."""
    items = [
        {
            "ubn": demo.ubn,
            "name": demo.name,
            "applicant_type": demo.applicant_type,
            "responsible_name": demo.responsible_name,
            "responsible_id": demo.responsible_id,
            "birthday": demo.birthday.isoformat(),
            "mobile": demo.mobile,
            "eligible": not demo.disqualified,
        }
        for demo in DEMO_APPLICANTS
    ]
    return {"items": items, "total": len(items)}


def next_vendor_actions(status: str) -> list[str]:
    """The vendor actions the order's status allows, in the order a vendor takes them."""
    allowed = ORDER_TRANSITIONS[OrderStatus(status)]
    return [action for action, (event, _note) in _VENDOR_ACTIONS.items() if event in allowed]


@router.get("/orders", summary="所有訂單與廠商下一步可做的操作")
def list_orders(request: Request) -> dict[str, Any]:
    """Every order on the platform, newest first, with the vendor's next actions."""
    with tx_for(request) as tx:
        rows = tx.db.execute(
            select(Order, Applicant, Plan, Solution)
            .join(Applicant, Order.applicant_id == Applicant.id)
            .join(Plan, Order.plan_id == Plan.id)
            .join(Solution, Plan.solution_id == Solution.id)
            .order_by(Order.created_at.desc(), Order.id.desc())
        ).all()
        items = [
            {
                "id": order.id,
                "ubn": applicant.ubn,
                "applicant": applicant.name,
                "solution": solution.name,
                "plan": plan.name,
                "self_pay": order.self_pay,
                "status": order.status,
                "status_text": status_text(order.status),
                "next_vendor_actions": next_vendor_actions(order.status),
            }
            for order, applicant, plan, solution in rows
        ]
        return {"items": items, "total": len(items)}


_ORDER_DEADLINES: tuple[tuple[str, str, str], ...] = (
    (OrderStatus.AWAITING_VENDOR, "vendor_confirm_by", "廠商確認接單期限已過，訂單由系統取消"),
    (OrderStatus.AWAITING_PAYMENT, "payment_due_by", "付款期限已過，訂單由系統取消"),
    (OrderStatus.AWAITING_INVOICE, "invoice_due_by", "廠商開立發票期限已過"),
    (OrderStatus.AWAITING_INVOICE, "service_start_by", "廠商開通服務期限已過"),
    (OrderStatus.AWAITING_SERVICE, "service_start_by", "廠商開通服務期限已過"),
)


@router.get("/deadlines", summary="接下來會生效的期限")
def upcoming_deadlines(request: Request) -> dict[str, Any]:
    """What the clock will set off next: each item's ``on`` is the first day it takes effect."""
    with tx_for(request) as tx:
        today = tx.today
        items: list[dict[str, Any]] = []
        for applicant in tx.db.scalars(
            select(Applicant).where(Applicant.status == "pending_review")
        ):
            if applicant.review_due_on is not None:
                items.append(
                    {
                        "on": max(applicant.review_due_on, today).isoformat(),
                        "kind": "review",
                        "title": f"{applicant.name}：資格審查結果",
                        "ubn": applicant.ubn,
                        "applicant": applicant.name,
                    }
                )
        open_statuses = {status for status, _name, _title in _ORDER_DEADLINES}
        open_statuses.add(OrderStatus.IN_SERVICE)
        for order in tx.db.scalars(select(Order).where(Order.status.in_(open_statuses))):
            deadlines = deadlines_of(order)
            for status, name, title in _ORDER_DEADLINES:
                deadline = getattr(deadlines, name)
                if order.status == status and deadline is not None:
                    # A deadline is the last day allowed: it takes effect the day after.
                    effect = max(deadline + timedelta(days=1), today)
                    items.append(
                        {
                            "on": effect.isoformat(),
                            "kind": name,
                            "title": f"訂單 {order.id}：{title}",
                            "order_id": order.id,
                            "deadline": deadline.isoformat(),
                        }
                    )
            if order.status == OrderStatus.IN_SERVICE and order.service_end is not None:
                items.append(
                    {
                        "on": max(order.service_end, today).isoformat(),
                        "kind": "service_end",
                        "title": f"訂單 {order.id}：方案期程結束",
                        "order_id": order.id,
                    }
                )
        items.extend(_points_deadlines(tx))
        items.sort(key=lambda item: (item["on"], item["title"]))
        return {"today": today.isoformat(), "items": items}


def _points_deadlines(tx: Tx) -> list[dict[str, Any]]:
    """First use and expiry of each member's points and returned points' validity.

    The dates are the ledger state's (``app.subsidy.points_deadlines``), as the sweep reads
    them; each takes effect the day after, while points remain that it would touch.
    """
    today = tx.today
    items: list[dict[str, Any]] = []
    holders = tx.db.scalars(select(LedgerRow.applicant_id).distinct())
    for applicant_id in list(holders):
        applicant = tx.db.get(Applicant, applicant_id)
        assert applicant is not None
        state = ledger_state(tx, applicant)
        deadlines = state.deadlines
        if deadlines is None or state.balance <= 0:
            continue
        due: list[tuple[str, date, str]] = []
        if not state.any_used and deadlines.first_use_by is not None:
            due.append(("points_first_use_by", deadlines.first_use_by, "點數首次使用期限已過"))
        due.append(("points_expires_on", deadlines.expires_on, "點數使用期限已過"))
        due.extend(
            ("returned_points_valid_until", r.valid_until, "返還點數的使用期限已過")
            for r in state.returns
        )
        for kind, deadline, title in due:
            if deadline >= today:
                items.append(
                    {
                        "on": (deadline + timedelta(days=1)).isoformat(),
                        "kind": kind,
                        "title": f"{applicant.name}：{title}",
                        "ubn": applicant.ubn,
                        "applicant": applicant.name,
                        "deadline": deadline.isoformat(),
                    }
                )
    return items


@router.post("/reviews/{ubn}/{decision}", summary="模擬資格審查：核准或不核准")
def decide_eligibility_review(
    ubn: str, decision: str, request: Request, body: ReviewDecisionIn | None = None
) -> dict[str, Any]:
    """approve | reject a tax-registered applicant's pending eligibility review now, with
    the notice and e-mail the applicant gets; ``reason`` is what a rejection tells it.
    Deciding again as decided answers the same; otherwise 409 ``REVIEW_NOT_PENDING``."""
    if decision not in (APPROVE, REJECT):
        raise ApiError(404, ErrorCode.NOT_FOUND, "不支援的操作（approve 或 reject）。")
    with tx_for(request) as tx:
        applicant = tx.db.scalar(select(Applicant).where(Applicant.ubn == ubn))
        if applicant is None:
            raise ApiError(404, ErrorCode.UBN_NOT_FOUND, "找不到此統一編號的申請單位。")
        row = decide_review(tx, applicant, decision, body.reason if body else None)
        return {
            "ubn": applicant.ubn,
            "name": applicant.name,
            "status": applicant.status,
            "decision": row.decision,
            "reason": row.reason,
            "decided_at": iso(row.decided_at),
        }


def _decide(tx: Tx, transaction_id: str, decision: str) -> MobileTransaction:
    row = tx.db.get(MobileTransaction, transaction_id)
    if row is None:
        raise ApiError(404, ErrorCode.MOBILE_TRANSACTION_NOT_FOUND, "找不到此驗證交易。")
    if row.status == "pending" and tx.now > row.expires_at:
        row.status = "expired"
    if row.status != "pending":
        raise ApiError(
            409, ErrorCode.MOBILE_TRANSACTION_CLOSED, "此驗證交易已結束。", {"status": row.status}
        )
    row.status = "approved" if decision == "approve" else "rejected"
    return row


@router.post("/mobile/{transaction_id}/{decision}", summary="模擬手機核准或拒絕")
def decide_mobile(transaction_id: str, decision: str, request: Request) -> dict[str, Any]:
    """approve | reject a pending mobile MOICA or phone transaction."""
    if decision not in ("approve", "reject"):
        raise ApiError(404, ErrorCode.NOT_FOUND, "不支援的操作。")
    with tx_for(request) as tx:
        row = _decide(tx, transaction_id, decision)
        return {"transaction_id": row.id, "status": row.status}


_PAGE = """<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8">
<title>{title}</title></head><body style="font-family:sans-serif;max-width:36em;margin:2em auto">
<p style="background:#fde68a;padding:.5em">訓練平台（測試用，不會真的付款或驗證）</p>
<h1>{title}</h1>{body}</body></html>"""


def _page(title: str, body: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(_PAGE.format(title=html.escape(title), body=body), status_code=status)


def _found(tx: Tx, model: type[RowT], key: str, title: str, missing: str) -> RowT:
    """Row ``key`` of ``model``; a 404 page titled ``title`` saying ``missing`` otherwise."""
    row = tx.db.get(model, key)
    if row is None:
        raise PageAnswer(_page(title, missing, 404))
    return row


@router.get("/pay/{order_id}", response_class=HTMLResponse, summary="模擬付款頁")
def pay_page(order_id: str, request: Request) -> HTMLResponse:
    """The payment link's page: shows the self-pay amount and a pay button."""
    with tx_for(request) as tx:
        order = _found(tx, Order, order_id, "找不到訂單", "<p>此付款連結的訂單不存在。</p>")
        body = (
            f"<p>訂單編號：{html.escape(order.id)}</p><p>自付款金額：NT${order.self_pay:,}</p>"
            f"<p>狀態：{html.escape(order.status)}</p>"
            f'<form method="post"><button type="submit">確認付款</button></form>'
        )
        return _page("自付款付款", body)


def _pay(tx: Tx, order: Order) -> None:
    """Pay the order's self-pay, as the vendor's payment service would."""
    if order.status != OrderStatus.AWAITING_PAYMENT:
        raise ApiError(
            409,
            ErrorCode.ORDER_NOT_PAYABLE,
            f"訂單目前狀態為「{status_text(order.status)}」，不能付款。",
            {"status": order.status},
        )
    apply_event(
        tx, order, OrderEvent.PAY, f"已線上付款 NT${order.self_pay:,}", on=tx.today, at=tx.now
    )


@router.post("/pay/{order_id}", response_class=HTMLResponse, summary="模擬付款")
def pay(order_id: str, request: Request) -> HTMLResponse:
    """The payment page's button: mark the order paid."""
    with tx_for(request) as tx:
        order = _found(tx, Order, order_id, "找不到訂單", "<p>此付款連結的訂單不存在。</p>")
        try:
            _pay(tx, order)
        except ApiError:
            return _page(
                "無法付款", f"<p>訂單目前狀態為 {html.escape(order.status)}，不能付款。</p>", 409
            )
        return _page(
            "付款完成", f"<p>已收到訂單 {html.escape(order.id)} 的自付款，請回到程式查看。</p>"
        )


@router.post("/payments/{order_id}", summary="模擬付款（訓練模式程式內的付款頁）")
def pay_json(order_id: str, request: Request) -> dict[str, Any]:
    """Pay the order's self-pay; answers the order as ``GET /orders/{id}`` would."""
    with tx_for(request) as tx:
        order = get_order(tx, order_id)
        _pay(tx, order)
        return order_view(tx, order, api_base(request))


@router.get(
    "/phone-verify/{transaction_id}", response_class=HTMLResponse, summary="模擬手機門號驗證頁"
)
def phone_page(transaction_id: str, request: Request) -> HTMLResponse:
    """The page the phone opens over mobile data."""
    with tx_for(request) as tx:
        row = _found(
            tx, MobileTransaction, transaction_id, "找不到驗證", "<p>此驗證交易不存在。</p>"
        )
        body = (
            f"<p>狀態：{html.escape(row.status)}</p>"
            f'<form method="post" action="{html.escape(row.id)}/approve">'
            '<button type="submit">同意驗證</button></form>'
            f'<form method="post" action="{html.escape(row.id)}/reject">'
            '<button type="submit">拒絕</button></form>'
        )
        return _page("手機門號認證", body)


@router.post(
    "/phone-verify/{transaction_id}/{decision}",
    response_class=HTMLResponse,
    summary="模擬手機門號驗證",
)
def phone_submit(transaction_id: str, decision: str, request: Request) -> HTMLResponse:
    """Approve or reject from the phone page's buttons."""
    if decision not in ("approve", "reject"):
        return _page("無法處理", "<p>不支援的操作。</p>", 404)
    with tx_for(request) as tx:
        try:
            row = _decide(tx, transaction_id, decision)
        except ApiError as exc:
            return _page("無法處理", f"<p>{html.escape(exc.message)}</p>", exc.status)
        return _page("完成", f"<p>驗證結果：{html.escape(row.status)}，請回到電腦繼續。</p>")


@router.get("/outbox", summary="平台寄出的 Email 與簡訊")
def outbox(
    request: Request, ubn: str | None = None, limit: Limit = 100, offset: Offset = 0
) -> Response:
    """E-mails and SMS the platform "sent" (verification codes, notices), newest first."""
    with tx_for(request) as tx:
        query = select(OutboxMessage)
        if ubn:
            query = query.where(OutboxMessage.ubn == ubn)
        return list_page(
            request,
            tx,
            query.order_by(OutboxMessage.id.desc()),
            _message_view,
            limit=limit,
            offset=offset,
        )


def _message_view(message: OutboxMessage) -> dict[str, Any]:
    return {
        "id": message.id,
        "at": iso(message.at),
        "channel": message.channel,
        "to": message.to,
        "ubn": message.ubn,
        "subject": message.subject,
        "body": message.body,
        "code": message.code,
    }


@router.post("/faults", summary="注入故障")
def add_fault(body: FaultIn, request: Request) -> dict[str, Any]:
    """Make the next ``count`` requests (matching ``path`` prefix, if given) fail."""
    platform = platform_of(request)
    with platform.faults_lock:
        platform.faults.append(
            Fault(kind=body.kind, count=body.count, path=body.path, seconds=body.seconds)
        )
        return {"faults": [vars(f) for f in platform.faults]}


@router.delete("/faults", summary="清除故障")
def clear_faults(request: Request) -> dict[str, Any]:
    """Remove every pending fault."""
    platform = platform_of(request)
    with platform.faults_lock:
        platform.faults.clear()
    return {"faults": []}


@router.post("/reset", summary="重設訓練平台")
def reset(request: Request) -> dict[str, Any]:
    """Wipe everything and seed the demo world again; the clock returns to real time."""
    platform = platform_of(request)
    with tx_for(request, sweep=False) as tx:
        wipe(tx.db)
        seed(tx.db)
        tx.set_offset(0.0)
        with platform.faults_lock:
            platform.faults.clear()
        sweep_until_now(tx)
        return {"reset": True, "now": iso(tx.now)}
