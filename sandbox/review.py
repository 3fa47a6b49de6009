"""The eligibility review of a tax-registered applicant (seed 002 一、資格審查): decided
within 1 working day; the daily sweep approves it on the due day when nobody decided it
sooner, and the training platform may decide it now either way."""

from __future__ import annotations

from datetime import datetime

from app.errors import ErrorCode
from app.subsidy.eligibility import DEFAULT_REJECTION_REASON

from .context import Tx
from .db import Applicant, ReviewDecision
from .errors import ApiError
from .ledger import notify

APPROVE, REJECT = "approve", "reject"
_STATUS_AFTER = {APPROVE: "active", REJECT: "rejected"}


def decide_review(
    tx: Tx,
    applicant: Applicant,
    decision: str,
    reason: str | None = None,
    at: datetime | None = None,
) -> ReviewDecision:
    """End the applicant's review with ``decision`` (approve or reject) at ``at`` (default:
    the platform's now): the status, a notification and an e-mail. Deciding again as
    already decided changes nothing; any other applicant not under review is a 409."""
    row = tx.db.get(ReviewDecision, applicant.id)
    if row is not None and row.decision == decision and applicant.status == _STATUS_AFTER[decision]:
        return row
    if applicant.status != "pending_review":
        raise ApiError(
            409,
            ErrorCode.REVIEW_NOT_PENDING,
            f"{applicant.name} 目前不在資格審查中，無法核准或不核准。",
            {"ubn": applicant.ubn, "status": applicant.status},
        )
    when = at or tx.now
    if decision == APPROVE:
        reason = None
        notify(
            tx,
            applicant,
            "application",
            "資格審查通過",
            "您的稅籍營利事業資格已確認，帳號已啟用，請填寫數位自評檢測以獲得點數。",
            at=when,
            key="review_approved",
            email=True,
        )
    else:
        reason = (reason or "").strip() or DEFAULT_REJECTION_REASON
        notify(
            tx,
            applicant,
            "application",
            "資格審查未通過",
            f"經審查，您的申請不符合補助資格，原因：{reason}。"
            "如有疑問，請洽臺灣雲市集客服 0809-092-091。",
            at=when,
            key="review_rejected",
            email=True,
        )
    applicant.status = _STATUS_AFTER[decision]
    if row is None:
        row = ReviewDecision(applicant_id=applicant.id, decision=decision, decided_at=when)
        tx.db.add(row)
    row.decision, row.reason, row.decided_at = decision, reason, when
    tx.db.flush()
    return row
