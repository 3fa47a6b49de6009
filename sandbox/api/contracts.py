"""The product contract (雲端解決方案買賣定型化契約) of a plan, to read before agreeing."""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import APIRouter, Request

from app.errors import ErrorCode
from app.subsidy import canonical_json

from ..context import tx_for
from ..db import Plan, Solution, Vendor
from ..errors import ApiError
from .schemas import ContractOut

router = APIRouter(tags=["catalogue"])

CONTRACT_VERSION = "2026-01"

_CLAUSES = (
    "第一條　契約標的：買方向賣方購買上述雲端解決方案，服務期間自賣方開通服務之日起算{months}個月，"
    "未滿一個月以一個月計。",
    "第二條　價金及付款：訂單金額新臺幣{price:,}元（含稅）。以數位點數折抵者，其餘款項由買方於賣方"
    "確認接單後2個工作天內以平台付款連結支付；逾期未付，平台將取消訂單並退回點數。",
    "第三條　發票：賣方於收到款項後2個工作天內開立訂單全額之電子發票。",
    "第四條　開通服務：賣方於確認付款後7個工作天內開通服務。",
    "第五條　退訂：買方得於服務期間內申請退訂。未達二分之一期程者，按未使用月數比例退還自付款並返還點數；"
    "已達二分之一（含）以上期程者，不退還自付款，按未使用月數比例返還點數。",
    "第六條　既有客戶：買方如為賣方本方案之既有客戶，不得以數位點數折抵續購原方案。",
    "第七條　點數核銷：服務期程結束後，賣方向平台核銷點數，並開立扣繳憑單（所得類別95A）予買方。",
    "第八條　個人資料：雙方應依個人資料保護法處理因本契約取得之個人資料。",
)


def contract_text(plan: Plan, solution: Solution, vendor: Vendor) -> str:
    """The contract of ``plan``, filled in with its solution, vendor, term and price."""
    head = (
        f"雲端解決方案買賣定型化契約（{CONTRACT_VERSION} 版）\n\n"
        f"方案：{plan.name}\n解決方案：{solution.name}\n賣方（資訊服務廠商）：{vendor.name}\n"
        f"期程：{plan.months} 個月　金額：新臺幣 {plan.price:,} 元\n"
    )
    body = "\n".join(c.format(months=plan.months, price=plan.price) for c in _CLAUSES)
    return f"{head}\n{body}\n"


@router.get("/plans/{plan_id}/contract", summary="方案的產品契約", response_model=ContractOut)
def get_contract(plan_id: str, request: Request) -> dict[str, Any]:
    """The product contract of a plan (public: it is read before ordering)."""
    with tx_for(request) as tx:
        plan = tx.db.get(Plan, plan_id)
        solution = tx.db.get(Solution, plan.solution_id) if plan is not None else None
        vendor = tx.db.get(Vendor, solution.vendor_id) if solution is not None else None
        if plan is None or solution is None or vendor is None:
            raise ApiError(404, ErrorCode.PLAN_NOT_FOUND, "找不到此方案。")
        text = contract_text(plan, solution, vendor)
        return {
            "plan_id": plan.id,
            "title": "雲端解決方案買賣定型化契約",
            "version": CONTRACT_VERSION,
            "text": text,
            "sha256": hashlib.sha256(canonical_json({"text": text})).hexdigest(),
        }
