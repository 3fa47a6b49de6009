"""Identity: applicant lookup, certificate login, mobile MOICA, phone, password."""

from __future__ import annotations

import base64
import binascii
import secrets
import time
from collections.abc import Callable
from datetime import date, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Path, Request

from app.errors import ErrorCode
from app.subsidy import VerificationMethod, canonical_json, is_valid_mobile, is_valid_national_id

from ..context import Tx, iso, new_id, tx_for
from ..db import Applicant, Challenge, MobileTransaction
from ..db import Session as SessionRow
from ..errors import ApiError, validation_error
from ..signing import (
    METHOD_OF_KIND,
    b64,
    check_certificate_signature,
    identity_view,
    mobile_identity,
    require_identity_match,
    require_login_method,
)
from .common import (
    LoginOptionalRoute,
    PublicRoute,
    api_base,
    applicant_view,
    check_password,
    find_applicant,
    open_session,
)
from .models import (
    UBN_PATTERN,
    CertificateLoginIn,
    ChallengeIn,
    MobileMoicaIn,
    PasswordLoginIn,
    PhoneIn,
)
from .schemas import ApplicantOut, ChallengeOut, LoginOut, MobilePollOut, MobileStartOut

router = APIRouter(tags=["identity"])
public = APIRouter(route_class=PublicRoute)
login_optional = APIRouter(route_class=LoginOptionalRoute)

CHALLENGE_TTL = timedelta(minutes=5)
MOBILE_TTL = timedelta(minutes=5)
POLL_AFTER_SECONDS = 5


@public.get(
    "/applicants/{ubn}", summary="申請單位身分類型與可用驗證方式", response_model=ApplicantOut
)
def get_applicant(
    ubn: Annotated[str, Path(pattern=UBN_PATTERN, description="統一編號")], request: Request
) -> dict[str, Any]:
    """Tell the applicant type and the allowed verification methods of a UBN."""
    with tx_for(request) as tx:
        return applicant_view(find_applicant(tx, ubn), tx.programme)


@public.post("/auth/challenges", summary="取得登入挑戰文件", response_model=ChallengeOut)
def create_challenge(body: ChallengeIn, request: Request) -> dict[str, Any]:
    """A single-use, short-lived document to sign with a card."""
    with tx_for(request) as tx:
        applicant = _applicant_for(tx, body.ubn, VerificationMethod(body.method))
        challenge_id = new_id("ch")
        expires_at = tx.now + CHALLENGE_TTL
        document = canonical_json(
            {
                "action": "login",
                "challenge_id": challenge_id,
                "expires_at": iso(expires_at),
                "method": body.method,
                "nonce": secrets.token_hex(16),
                "ubn": applicant.ubn,
            }
        )
        tx.db.add(
            Challenge(
                id=challenge_id,
                applicant_id=applicant.id,
                method=body.method,
                document=b64(document),
                expires_at=expires_at,
            )
        )
        return tx.done(
            {
                "challenge_id": challenge_id,
                "to_be_signed": b64(document),
                "expires_at": iso(expires_at),
            }
        )


@public.post("/auth/certificate-login", summary="以憑證卡簽章登入", response_model=LoginOut)
def certificate_login(body: CertificateLoginIn, request: Request) -> dict[str, Any]:
    """Check the signed challenge and open a session."""
    with tx_for(request) as tx:
        # Locked: the same signed challenge sent twice (to two platform processes) logs in once.
        challenge = tx.db.get(
            Challenge, body.challenge_id, with_for_update=True, populate_existing=True
        )
        if challenge is None:
            raise ApiError(404, ErrorCode.CHALLENGE_NOT_FOUND, "找不到此登入挑戰，請重新開始。")
        if challenge.used:
            raise ApiError(409, ErrorCode.CHALLENGE_USED, "此登入挑戰已使用過，請重新開始。")
        if tx.now > challenge.expires_at:
            raise ApiError(401, ErrorCode.CHALLENGE_EXPIRED, "登入挑戰已逾時，請重新開始。")
        applicant = tx.db.get(Applicant, challenge.applicant_id)
        assert applicant is not None
        identity, method = check_certificate_signature(
            tx, base64.b64decode(challenge.document), body.signature, body.certificate, body.chain
        )
        require_login_method(applicant, method)
        if method.value != challenge.method:
            raise ApiError(
                422,
                ErrorCode.CERT_KIND_MISMATCH,
                "憑證種類與選擇的驗證方式不符。",
                {"expected": challenge.method, "got": METHOD_OF_KIND[identity.kind].value},
            )
        require_identity_match(applicant, identity)
        challenge.used = True
        return open_session(tx, applicant, method.value, identity_view(identity), can_sign=True)


def _check_person(applicant: Applicant, id_number: str) -> None:
    if not is_valid_national_id(id_number):
        raise validation_error(
            {"id_number": "身分證字號不正確。"},
            ErrorCode.INVALID_NATIONAL_ID,
            "身分證字號格式或檢查碼錯誤。",
        )
    if id_number.upper() != applicant.responsible_id:
        raise ApiError(403, ErrorCode.IDENTITY_MISMATCH, "此身分證字號不是申請單位登記的負責人。")


def _sign_document(tx: Tx, applicant: Applicant, purpose: str, doc: str | None) -> str | None:
    if purpose != "sign":
        return None
    session_applicant = tx.applicant()
    if session_applicant.id != applicant.id:
        raise ApiError(403, ErrorCode.FORBIDDEN, "只能為已登入的申請單位簽章。")
    if not doc:
        raise validation_error({"document": "此欄位為必填。"}, message="簽章需要文件內容。")
    try:
        base64.b64decode(doc, validate=True)
    except (binascii.Error, ValueError):
        raise validation_error(
            {"document": "不是有效的 base64。"}, message="文件須為 base64。"
        ) from None
    return doc


def _applicant_for(tx: Tx, ubn: str, method: VerificationMethod) -> Applicant:
    """The applicant of ``ubn``, which may log in with ``method``; a request repeated with
    its Idempotency-Key gets the first answer again (raised as a replay)."""
    applicant = find_applicant(tx, ubn)
    require_login_method(applicant, method)
    tx.start_idempotent(applicant.id)
    return applicant


def _open_transaction(
    tx: Tx, applicant: Applicant, channel: VerificationMethod, body: MobileMoicaIn | PhoneIn
) -> MobileTransaction:
    """A pending login or signature transaction on the person's phone."""
    row = MobileTransaction(
        id=new_id("mm" if channel is VerificationMethod.MOICA_MOBILE else "ph"),
        channel=channel.value,
        applicant_id=applicant.id,
        purpose=body.purpose,
        id_number=body.id_number.upper(),
        document=_sign_document(tx, applicant, body.purpose, body.document),
        status="pending",
        expires_at=tx.now + MOBILE_TTL,
    )
    tx.db.add(row)
    return row


def _started(tx: Tx, row: MobileTransaction, **channel_fields: str) -> dict[str, Any]:
    """The answer to starting a transaction: its id, how to go on, and when to poll."""
    return tx.done(
        {
            "transaction_id": row.id,
            **channel_fields,
            "poll_after_seconds": POLL_AFTER_SECONDS,
            "expires_at": iso(row.expires_at),
        }
    )


@login_optional.post(
    "/auth/mobile-moica", summary="行動自然人憑證（登入或簽章）", response_model=MobileStartOut
)
def start_mobile_moica(body: MobileMoicaIn, request: Request) -> dict[str, Any]:
    """Start a mobile MOICA transaction; poll it no more often than ``poll_after_seconds``."""
    with tx_for(request) as tx:
        applicant = _applicant_for(tx, body.ubn, VerificationMethod.MOICA_MOBILE)
        _check_person(applicant, body.id_number)
        row = _open_transaction(tx, applicant, VerificationMethod.MOICA_MOBILE, body)
        op_code = "SIGN" if body.purpose == "sign" else "ATH"
        return _started(tx, row, qr_payload=f"TWFIDO-SANDBOX:{op_code}:{row.id}", mode=body.mode)


@login_optional.post("/auth/phone", summary="負責人手機門號認證", response_model=MobileStartOut)
def start_phone(body: PhoneIn, request: Request) -> dict[str, Any]:
    """Start a phone-number verification; the phone opens ``verify_url`` over mobile data."""
    with tx_for(request) as tx:
        applicant = _applicant_for(tx, body.ubn, VerificationMethod.PHONE)
        fields: dict[str, str] = {}
        if not is_valid_mobile(body.mobile):
            fields["mobile"] = "手機號碼須為 09 開頭的 10 位數字。"
        try:
            birthday: date | None = date.fromisoformat(body.birthday)
        except ValueError:
            birthday = None
            fields["birthday"] = "日期格式須為 YYYY-MM-DD。"
        if fields:
            raise validation_error(fields)
        _check_person(applicant, body.id_number)
        if (
            birthday != applicant.responsible_birthday
            or body.mobile != applicant.responsible_mobile
        ):
            raise ApiError(
                403,
                ErrorCode.PHONE_NOT_MATCHED,
                "電信業者查無此門號與負責人身分、生日相符的月租型門號。",
            )
        row = _open_transaction(tx, applicant, VerificationMethod.PHONE, body)
        return _started(tx, row, verify_url=f"{api_base(request)}/_sandbox/phone-verify/{row.id}")


def _poll(request: Request, transaction_id: str, channel: VerificationMethod) -> dict[str, Any]:
    with tx_for(request) as tx:
        # Locked: concurrent polls of an approved login share one session.
        row = tx.db.get(
            MobileTransaction, transaction_id, with_for_update=True, populate_existing=True
        )
        if row is None or row.channel != channel.value:
            raise ApiError(404, ErrorCode.MOBILE_TRANSACTION_NOT_FOUND, "找不到此驗證交易。")
        if row.status == "pending" and tx.now > row.expires_at:
            row.status = "expired"
        result: dict[str, Any] = {
            "transaction_id": row.id,
            "status": row.status,
            "purpose": row.purpose,
            "poll_after_seconds": POLL_AFTER_SECONDS,
        }
        if row.status == "approved" and row.purpose == "login":
            applicant = tx.db.get(Applicant, row.applicant_id)
            assert applicant is not None
            existing = tx.db.get(SessionRow, row.token) if row.token else None
            if existing is not None:
                # A repeated poll (e.g. after a lost response) gets the same session.
                result.update(
                    {
                        "token": existing.token,
                        "expires_at": iso(
                            tx.now
                            + timedelta(seconds=max(0.0, existing.expires_real - time.time()))
                        ),
                        "applicant": applicant_view(applicant, tx.programme),
                        "identity": existing.identity,
                    }
                )
            else:
                identity = mobile_identity(applicant, row)
                login = open_session(tx, applicant, channel.value, identity, can_sign=True)
                row.token = login["token"]
                row.consumed = True
                result.update(login)
        return result


def _poll_endpoint(channel: VerificationMethod, doc: str) -> Callable[..., dict[str, Any]]:
    def poll(transaction_id: str, request: Request) -> dict[str, Any]:
        return _poll(request, transaction_id, channel)

    poll.__doc__ = doc
    return poll


# The two channels are polled alike; an approved login carries the token (once).
for _channel, _path, _summary, _doc in (
    (
        VerificationMethod.MOICA_MOBILE,
        "/auth/mobile-moica",
        "查詢行動自然人憑證交易",
        "Status of a mobile MOICA transaction; an approved login carries the token (once).",
    ),
    (
        VerificationMethod.PHONE,
        "/auth/phone",
        "查詢手機門號認證交易",
        "Status of a phone-number verification; an approved login carries the token (once).",
    ),
):
    public.add_api_route(
        _path + "/{transaction_id}",
        _poll_endpoint(_channel, _doc),
        methods=["GET"],
        name="poll_" + _path.removeprefix("/auth/").replace("-", "_"),
        summary=_summary,
        response_model=MobilePollOut,
    )


@public.post("/auth/password-login", summary="會員密碼登入（僅供查詢）", response_model=LoginOut)
def password_login(body: PasswordLoginIn, request: Request) -> dict[str, Any]:
    """Members only; the session may read but not sign."""
    with tx_for(request) as tx:
        applicant = find_applicant(tx, body.ubn)
        if applicant.status != "active" or not check_password(
            body.password, applicant.password_hash
        ):
            raise ApiError(401, ErrorCode.INVALID_CREDENTIALS, "帳號或密碼錯誤。")
        return open_session(
            tx,
            applicant,
            "password",
            {"kind": "password", "subject_name": applicant.name, "ubn": applicant.ubn},
            can_sign=False,
        )


@router.post("/auth/logout", summary="登出")
def logout(request: Request) -> dict[str, Any]:
    """End the caller's session."""
    with tx_for(request) as tx:
        tx.session().revoked = True
        return {"logged_out": True}


for _routes in (public, login_optional):
    router.include_router(_routes)
