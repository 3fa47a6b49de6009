"""帳號管理, 查看自評結果 and 諮詢顧問 / 專家服務 of the member centre (seeds 001/003)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import select

from app.errors import ErrorCode
from app.subsidy import is_valid_email
from app.subsidy.password import check_password as password_problems

from .. import questionnaire as content
from ..context import Tx, iso, tx_for
from ..db import Applicant, AssessmentResponse, Notification
from ..errors import ApiError, validation_error
from ..ledger import notify
from ..signing import verify_signature_block
from .application import signed_document
from .common import check_password, hash_password
from .models import ConsultationIn, ContactEmailIn, PasswordChangeIn
from .schemas import AccountOut, AssessmentResultOut, ConsultationOut

router = APIRouter(tags=["account"])

CONSULTATION_TITLES = {
    "consultant": "已收到您的諮詢顧問申請",
    "expert_service": "已收到您的專家服務申請",
}


def account_view(tx: Tx, applicant: Applicant) -> dict[str, Any]:
    """Body of ``GET /account``."""
    form = applicant.form or {}
    return {
        "ubn": applicant.ubn,
        "name": applicant.name,
        "contact_email": form.get("contact_email"),
        "contact_name": form.get("contact_name"),
        "password_set": bool(applicant.password_hash),
        "can_sign": tx.session().can_sign,
    }


@router.get("/account", summary="帳號管理", response_model=AccountOut)
def get_account(request: Request) -> dict[str, Any]:
    """The account: UBN, name, contact e-mail, whether a password is set."""
    with tx_for(request) as tx:
        return account_view(tx, tx.applicant())


@router.put(
    "/account/contact-email", summary="變更聯絡人 E-mail（需簽章）", response_model=AccountOut
)
def put_contact_email(body: ContactEmailIn, request: Request) -> dict[str, Any]:
    """Change the contact e-mail; signed like a consent (body fields + action + ubn)."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        email = body.contact_email.strip()
        if not is_valid_email(email):
            raise validation_error(
                {"contact_email": "請輸入有效的 E-mail，例如 name@example.com。"},
                message="E-mail 格式不正確。",
            )
        verify_signature_block(
            tx, applicant, body.model_dump(), signed_document(body, "contact-email", applicant.ubn)
        )
        applicant.form = {**(applicant.form or {}), "contact_email": email}
        notify(tx, applicant, "account", "聯絡人 E-mail 已變更", f"之後的通知將寄到 {email}。")
        return tx.done(account_view(tx, applicant))


@router.put("/account/password", summary="變更密碼", response_model=AccountOut)
def put_password(body: PasswordChangeIn, request: Request) -> dict[str, Any]:
    """Change the password; the current one must be given."""
    with tx_for(request) as tx:
        applicant = tx.applicant()
        if not check_password(body.current_password, applicant.password_hash):
            raise validation_error(
                {"current_password": "目前的密碼不正確。"},
                ErrorCode.INVALID_CREDENTIALS,
                "目前的密碼不正確。",
            )
        problems = password_problems(body.new_password, ubn=applicant.ubn)
        if problems:
            raise validation_error({"new_password": problems[0]}, message="新密碼不符合規定。")
        applicant.password_hash = hash_password(body.new_password)
        notify(tx, applicant, "account", "密碼已變更", "若不是您本人變更，請立即聯絡客服。")
        return account_view(tx, applicant)


@router.get("/assessment/result", summary="查看自評結果", response_model=AssessmentResultOut)
def get_assessment_result(request: Request) -> dict[str, Any]:
    """The latest self-assessment: scores per dimension and the recommended categories."""
    with tx_for(request) as tx:
        applicant = tx.applicant()
        latest = tx.db.scalar(
            select(AssessmentResponse)
            .where(AssessmentResponse.applicant_id == applicant.id)
            .order_by(AssessmentResponse.id.desc())
            .limit(1)
        )
        if latest is None:
            raise ApiError(404, ErrorCode.ASSESSMENT_NOT_FOUND, "尚未完成數位自評檢測。")
        return {
            "version": latest.version,
            "at": iso(latest.at),
            "scores": dict(latest.scores),
            "recommended_categories": list(latest.recommended),
            "dimensions": [{"id": did, "title": title} for did, title in content.DIMENSIONS],
        }


@router.post(
    "/consultations",
    summary="我要找諮詢顧問／申請專家服務",
    status_code=201,
    response_model=ConsultationOut,
)
def post_consultation(body: ConsultationIn, request: Request) -> dict[str, Any]:
    """Ask for a consultant or the expert service; the request appears in 我的通知."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.active_applicant()
        message = body.message.strip()
        if not message:
            raise validation_error(
                {"message": "請說明想諮詢的內容。"}, message="請說明想諮詢的內容。"
            )
        notify(
            tx,
            applicant,
            "consultation",
            CONSULTATION_TITLES[body.kind],
            f"雲市集將於 2 個工作天內與您聯絡。您的需求：{message}",
        )
        tx.db.flush()
        note = tx.db.scalar(
            select(Notification)
            .where(Notification.applicant_id == applicant.id)
            .order_by(Notification.id.desc())
            .limit(1)
        )
        assert note is not None
        view = {"id": str(note.id), "at": iso(note.at), "kind": body.kind, "status": "received"}
        return tx.done(view, status=201)
