"""Application steps, the self-assessment and points."""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, Body, Request

from app.errors import ErrorCode, FieldCode, FieldProblem
from app.field_texts import field_text
from app.subsidy import (
    ApplicationStep,
    Pavilion,
    StepOutOfOrder,
    application_tracks,
    exclusive_conflicts,
    industry_application,
    industry_eligibility,
    is_valid_national_id,
    missing_answers,
    request_document,
    require_step_allowed,
    required_authorizations,
    review_decided_by,
    score_dimensions,
    validate_application_form,
)
from app.subsidy.password import check_password

from .. import application_texts
from .. import questionnaire as content
from ..context import Tx, iso, tx_for
from ..db import Applicant, OutboxMessage, rejection_reason
from ..errors import ApiError, validation_error
from ..ledger import grant_points, ledger_state, notify, points_view
from ..signing import verify_signature_block
from .common import hash_password, not_eligible, parse_date_field
from .models import (
    SIGNATURE_FIELDS,
    AccountIn,
    AssessmentIn,
    AuthorizationIn,
    ConsentsIn,
    EmailCodeIn,
    SignedTexts,
)
from .schemas import ApplicationOut, AssessmentOut, PointsOut

router = APIRouter(tags=["application"])

STEP_TEXT = {
    ApplicationStep.IDENTITY: "驗證身分",
    ApplicationStep.AUTHORIZATIONS: "授權資料查詢及同意聲明事項",
    ApplicationStep.CONSENTS: "同意資料蒐集",
    ApplicationStep.FORM: "設定帳號密碼及基本資料",
    ApplicationStep.EMAIL: "驗證Email",
    ApplicationStep.ASSESSMENT: "數位自評檢測",
}


def expect_step(applicant: Applicant, step: ApplicationStep) -> None:
    """409 STEP_OUT_OF_ORDER naming the next step when earlier steps are missing."""
    try:
        require_step_allowed(step, applicant.steps or [], applicant.applicant_type)
    except StepOutOfOrder as exc:
        missing = list(exc.missing)
        next_step = missing[0] if missing else step.value
        raise ApiError(
            409,
            ErrorCode.STEP_OUT_OF_ORDER,
            f"請先完成「{STEP_TEXT[ApplicationStep(next_step)]}」。",
            {"step": step.value, "next_step": next_step, "missing": missing},
        ) from None


def _mark(applicant: Applicant, step: ApplicationStep) -> None:
    if step.value not in (applicant.steps or []):
        applicant.steps = [*(applicant.steps or []), step.value]


def signed_document(body: Any, action: str, ubn: str) -> bytes:
    """The document a consent or authorisation signs: body fields + action + ubn."""
    fields = {
        k: v for k, v in body.model_dump(exclude_unset=True).items() if k not in SIGNATURE_FIELDS
    }
    return request_document(fields, action, ubn)


def application_view(applicant: Applicant) -> dict[str, Any]:
    """Body of ``GET /application``."""
    done = set(applicant.steps or [])
    needs_auth = bool(required_authorizations(applicant.applicant_type))
    steps = {
        step.value: step.value in done
        or (step is ApplicationStep.AUTHORIZATIONS and not needs_auth)
        for step in ApplicationStep
    }
    next_step = next((s for s, ok in steps.items() if not ok), None)
    return {
        "status": applicant.status,
        "applicant_type": applicant.applicant_type,
        "steps": steps,
        "next_step": next_step,
        "required_authorizations": [
            k.value for k in required_authorizations(applicant.applicant_type)
        ],
        "authorizations": applicant.authorizations or [],
        "form": applicant.form or {},
        "review_due_on": iso(applicant.review_due_on),
        "rejection_reason": rejection_reason(applicant),
    }


def expect_current_texts(body: SignedTexts) -> None:
    """409 TEXT_OUTDATED unless the signed step names the texts in force."""
    if not application_texts.is_current(body.text_version, body.text_sha256):
        served = application_texts.current()
        raise ApiError(
            409,
            ErrorCode.TEXT_OUTDATED,
            "同意書及聲明事項的內容已更新，請重新閱讀後再簽署。",
            {"current_version": served["version"], "current_sha256": served["sha256"]},
        )


@router.get("/application", summary="申請進度", response_model=ApplicationOut)
def get_application(request: Request) -> dict[str, Any]:
    """The caller's application status and steps."""
    with tx_for(request) as tx:
        return application_view(tx.applicant())


@router.post(
    "/application/authorizations",
    summary="企業授權書（附表2、附表3）",
    response_model=ApplicationOut,
)
def post_authorization(body: AuthorizationIn, request: Request) -> dict[str, Any]:
    """Sign one 企業授權書; the step is done when all required ones are signed."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        expect_step(applicant, ApplicationStep.AUTHORIZATIONS)
        required = [k.value for k in required_authorizations(applicant.applicant_type)]
        if body.kind not in required:
            raise ApiError(
                422,
                ErrorCode.AUTHORIZATION_NOT_REQUIRED,
                "此申請身分不需要這份授權書。",
                {"required": required},
            )
        expect_current_texts(body)
        valid_from = parse_date_field(body.valid_from, "valid_from")
        valid_to = parse_date_field(body.valid_to, "valid_to")
        if valid_to < valid_from or valid_to < tx.today:
            raise validation_error(
                {"valid_to": "迄日須晚於起日且尚未過期。"}, message="授權期間不正確。"
            )
        if body.kind == "business_registration":
            person = (body.responsible_person_id or "").upper()
            if not is_valid_national_id(person):
                raise validation_error(
                    {"responsible_person_id": "身分證字號不正確。"},
                    ErrorCode.INVALID_NATIONAL_ID,
                    "附表3須填寫負責人身分證字號。",
                )
            if person != applicant.responsible_id:
                raise ApiError(
                    403, ErrorCode.IDENTITY_MISMATCH, "身分證字號不是申請單位登記的負責人。"
                )
            _expect_business_registration_person(body, applicant)
        signer = verify_signature_block(
            tx, applicant, body.model_dump(), signed_document(body, "authorizations", applicant.ubn)
        )
        kept = [a for a in (applicant.authorizations or []) if a.get("kind") != body.kind]
        kept.append(
            {
                "kind": body.kind,
                "valid_from": valid_from.isoformat(),
                "valid_to": valid_to.isoformat(),
                "signed_at": iso(tx.now),
                "signed_by": signer.identity,
            }
        )
        applicant.authorizations = kept
        if {a["kind"] for a in kept} >= set(required):
            _mark(applicant, ApplicationStep.AUTHORIZATIONS)
        return tx.done(application_view(applicant))


def _track_applied_for(tx: Tx, applicant: Applicant, body: ConsentsIn) -> Pavilion:
    """The track of the signed consents: 工業館 only where offered and with its declaration."""
    pavilion = Pavilion(body.pavilion or Pavilion.GENERAL.value)
    if pavilion is not Pavilion.INDUSTRY:
        return pavilion
    tracks = application_tracks(
        applicant.applicant_type,
        factory_registered=applicant.factory_registered,
        programme=tx.programme,
    )
    if pavilion not in tracks:
        raise ApiError(
            403,
            ErrorCode.NOT_ELIGIBLE,
            "此申請單位不能申請工業館點數。",
            {
                "reasons": [
                    {
                        "code": ErrorCode.INDUSTRY_NOT_OFFERED,
                        "text": "工業館限有工廠登記之中小型製造業者，且須本計畫設有工業館",
                    }
                ]
            },
        )
    if body.industry_declaration is not True:
        raise validation_error(
            {"industry_declaration": "須勾選同意。"},
            ErrorCode.CONSENT_REQUIRED,
            "申請工業館須同意工業館申請聲明。",
        )
    return pavilion


def _expect_business_registration_person(body: AuthorizationIn, applicant: Applicant) -> None:
    """附表3: the responsible person's name and the 「我已詳閱…」 box are part of the signature."""
    errors: dict[str, str | FieldProblem] = {}
    name = "".join((body.responsible_person_name or "").split())
    if not name:
        errors["responsible_person_name"] = FieldProblem(FieldCode.RESPONSIBLE_NAME_REQUIRED)
    elif name != "".join(applicant.responsible_name.split()):
        errors["responsible_person_name"] = FieldProblem(FieldCode.RESPONSIBLE_NAME_MISMATCH)
    if body.personal_data_notice is not True:
        errors["personal_data_notice"] = (
            "須勾選「我已詳閱「中小企業融資服務平台蒐集個人資料告知事項暨個人資料提供同意書」」。"
        )
    if errors:
        raise validation_error(errors, message="附表3有欄位需要修正。")


@router.post(
    "/application/consents", summary="個資告知同意及聲明事項", response_model=ApplicationOut
)
def post_consents(body: ConsentsIn, request: Request) -> dict[str, Any]:
    """Consent to personal-data collection and accept the ten declarations (signed)."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        expect_step(applicant, ApplicationStep.CONSENTS)
        expect_current_texts(body)
        if not (body.personal_data and body.declarations):
            raise validation_error(
                {"personal_data": "須勾選同意。", "declarations": "須勾選同意。"},
                ErrorCode.CONSENT_REQUIRED,
                "須同意個人資料蒐集及聲明事項才能繼續申請。",
            )
        pavilion = _track_applied_for(tx, applicant, body)
        verify_signature_block(
            tx, applicant, body.model_dump(), signed_document(body, "consents", applicant.ubn)
        )
        applicant.pavilion = pavilion.value
        _mark(applicant, ApplicationStep.CONSENTS)
        return tx.done(application_view(applicant))


@router.put("/application/form", summary="點數申請表（附表1）", response_model=ApplicationOut)
def put_form(request: Request, form: dict[str, Any] = Body(...)) -> dict[str, Any]:  # noqa: B008
    """Save 附表1; every field is checked and errors come back per field."""
    with tx_for(request) as tx:
        applicant = tx.signing_applicant()
        expect_step(applicant, ApplicationStep.FORM)
        errors = validate_application_form(
            form, pavilion=applicant.pavilion, applicant_type=applicant.applicant_type
        )
        if not errors and form.get("ubn") != applicant.ubn:
            errors["ubn"] = FieldProblem(FieldCode.UBN_NOT_APPLICANTS)
        if errors:
            raise validation_error(errors, message="點數申請表有欄位需要修正。")
        if applicant.pavilion == Pavilion.INDUSTRY.value:
            verdict = industry_eligibility(applicant.applicant_type, industry_application(form))
            if not verdict.eligible:
                raise not_eligible("不符合工業館申請資格。", verdict.reasons)
        applicant.form = dict(form)
        return application_view(applicant)


@router.post("/application/account", summary="設定帳號密碼並寄送 Email 驗證碼")
def post_account(body: AccountIn, request: Request) -> dict[str, Any]:
    """Set the password and e-mail a verification code to the contact address."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        expect_step(applicant, ApplicationStep.FORM)
        if not applicant.form:
            raise ApiError(
                409, ErrorCode.FORM_MISSING, "請先填寫點數申請表（附表1）。", {"next_step": "form"}
            )
        problems = check_password(
            body.password, ubn=applicant.ubn, national_id=applicant.responsible_id
        )
        if problems:
            message = "；".join(field_text(problem) for problem in problems)
            raise validation_error({"password": problems[0]}, ErrorCode.WEAK_PASSWORD, message)
        applicant.password_hash = hash_password(body.password)
        code = f"{secrets.randbelow(10**6):06d}"
        applicant.email_code = code
        email = str(applicant.form["contact_email"])
        tx.db.add(
            OutboxMessage(
                at=tx.now,
                channel="email",
                to=email,
                subject="臺灣雲市集 Email 驗證碼（測試）",
                body=f"您的驗證碼為 {code}，請於平台輸入以完成帳號啟用。",
                code=code,
                ubn=applicant.ubn,
            )
        )
        _mark(applicant, ApplicationStep.FORM)
        return tx.done({"sent_to": email, "application": application_view(applicant)})


@router.post("/application/email-verification", summary="驗證 Email", response_model=ApplicationOut)
def post_email_verification(body: EmailCodeIn, request: Request) -> dict[str, Any]:
    """Check the e-mailed code; the account becomes active (tax-registered: after review)."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.signing_applicant()
        expect_step(applicant, ApplicationStep.EMAIL)
        if applicant.email_code is None or not secrets.compare_digest(
            body.code.strip(), applicant.email_code
        ):
            raise validation_error(
                {"code": FieldProblem(FieldCode.EMAIL_CODE_WRONG)},
                ErrorCode.EMAIL_CODE_INVALID,
                "驗證碼不正確。",
            )
        applicant.email_code = None
        _mark(applicant, ApplicationStep.EMAIL)
        review_by = review_decided_by(tx.today, applicant.applicant_type)
        if review_by is not None:
            applicant.status = "pending_review"
            applicant.review_due_on = review_by
            notify(
                tx,
                applicant,
                "application",
                "資格審查中",
                f"以稅籍登記身分註冊，預計於 {applicant.review_due_on} 完成資格確認。",
            )
        else:
            applicant.status = "active"
            notify(tx, applicant, "application", "帳號已啟用", "請填寫數位自評檢測以獲得點數。")
        return tx.done(application_view(applicant))


@router.post("/assessment/responses", summary="提交數位自評檢測", response_model=AssessmentOut)
def post_assessment(body: AssessmentIn, request: Request) -> dict[str, Any]:
    """Score the answers, recommend categories, and grant points on the first complete response."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.active_applicant()
        expect_step(applicant, ApplicationStep.ASSESSMENT)
        if body.version != content.VERSION:
            raise ApiError(
                409,
                ErrorCode.QUESTIONNAIRE_VERSION_MISMATCH,
                "自評題目已更新，請重新取得題目。",
                {"current_version": content.VERSION},
            )
        questionnaire = content.questionnaire()
        conflicts = exclusive_conflicts(questionnaire["questions"], body.answers)
        if conflicts:
            raise ApiError(
                422,
                ErrorCode.EXCLUSIVE_ANSWER_CONFLICT,
                "「皆已數位化」、「尚未使用」這類選項不能與其他選項同時勾選。",
                {
                    "questions": conflicts,
                    "fields": dict.fromkeys(conflicts, "此選項與其他選項互斥，請擇一。"),
                },
            )
        try:
            missing = missing_answers(questionnaire["questions"], body.answers)
            scores = score_dimensions(questionnaire, body.answers)
        except ValueError as exc:
            raise ApiError(
                422, ErrorCode.INVALID_ANSWERS, "答案包含不存在的題目或選項。", {"reason": str(exc)}
            ) from None
        if missing:
            raise ApiError(
                422,
                ErrorCode.ASSESSMENT_INCOMPLETE,
                "尚有題目未作答。",
                {"missing": missing, "fields": dict.fromkeys(missing, "此題必答。")},
            )
        response = content.assessment_row(applicant.id, tx.now, body.answers, scores)
        tx.db.add(response)
        recommended = response.recommended
        granted = 0
        if ApplicationStep.ASSESSMENT.value not in (applicant.steps or []):
            _mark(applicant, ApplicationStep.ASSESSMENT)
            if ledger_state(tx, applicant).grants == 0:
                granted = grant_points(tx, applicant, "點數已核發")
        result = {
            "scores": scores,
            "recommended_categories": recommended,
            "points_granted": granted,
        }
        return tx.done(result)


@router.get("/points", summary="我的點數", response_model=PointsOut)
def get_points(request: Request) -> dict[str, Any]:
    """Balance, deadlines and the ledger."""
    with tx_for(request) as tx:
        applicant = tx.applicant()
        return points_view(ledger_state(tx, applicant), tx.programme, tx.today)


@router.post("/points/reapply", summary="重新開通點數", response_model=PointsOut)
def reapply(request: Request) -> dict[str, Any]:
    """Re-open points after each unused 1-month return (002 七(三)); never after a reclaim."""
    with tx_for(request, idempotent=True) as tx:
        applicant = tx.active_applicant()
        state = ledger_state(tx, applicant)
        if not state.may_reapply(tx.programme, tx.today):
            raise ApiError(
                409,
                ErrorCode.REAPPLY_NOT_ALLOWED,
                _reapply_refusal(state.ever_reclaimed, state.returned_unused),
            )
        grant_points(tx, applicant, "點數已重新開通")
        return tx.done(points_view(ledger_state(tx, applicant), tx.programme, tx.today))


def _reapply_refusal(ever_reclaimed: bool, returned_unused: bool) -> str:
    if ever_reclaimed:
        return "點數曾於使用期限屆滿後收回，依規定不得再次申請點數；仍可全額自付購買方案。"
    if not returned_unused:
        return "只有獲發點數後1個月內完全未使用而返還的點數可以重新開通。"
    return "本計畫目前不受理申請（補助額度用罄或申請期間已過），暫時無法重新開通點數。"
