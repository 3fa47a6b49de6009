"""Helpers shared by the route modules."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from collections.abc import Callable, Iterable
from datetime import date, datetime, timedelta
from typing import Annotated, Any, ClassVar, TypeVar

from fastapi import Query, Request, Response
from fastapi.routing import APIRoute
from sqlalchemy import Select, func, select

from app.errors import ErrorCode
from app.subsidy import (
    TAIWAN_TZ,
    ApplicantProfile,
    ApplicantType,
    Programme,
    allowed_methods,
    application_tracks,
    check_eligibility,
    is_valid_ubn,
)

from ..context import Tx, iso, list_response
from ..db import Applicant
from ..db import Session as SessionRow
from ..errors import ApiError, validation_error

API_PREFIX = "/api/v1"

Row = TypeVar("Row")


def api_base(request: Request) -> str:
    """The API base URL as the caller reached it."""
    return str(request.base_url).rstrip("/") + API_PREFIX


class _DocumentedAccessRoute(APIRoute):
    """A route whose OpenAPI operation carries ``access`` (who may call it)."""

    access: ClassVar[dict[str, Any]] = {}

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        kwargs["openapi_extra"] = {**(kwargs.get("openapi_extra") or {}), **self.access}
        super().__init__(path, endpoint, **kwargs)


class PublicRoute(_DocumentedAccessRoute):
    """An operation anyone may call without logging in (``security: []`` in OpenAPI, see
    :func:`sandbox.server.create_app`)."""

    access: ClassVar[dict[str, Any]] = {"x-public": True}


class LoginOptionalRoute(_DocumentedAccessRoute):
    """An operation that works with or without a session."""

    access: ClassVar[dict[str, Any]] = {"security": [{}]}


MAX_PAGE = 500
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page size")]
Offset = Annotated[int, Query(ge=0, le=10**9, description="items to skip")]


def list_page(
    request: Request,
    tx: Tx,
    query: Select[Row],
    view: Callable[[Row], dict[str, Any]],
    *,
    limit: int,
    offset: int,
) -> Response:
    """One page of ``query``'s rows (in the query's order) through ``view``, with the
    number of rows in all pages (:func:`~sandbox.context.list_response`)."""
    total = tx.db.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = tx.db.scalars(query.limit(limit).offset(offset))
    return list_response(request, [view(row) for row in rows], total)


def contains(text: str) -> str:
    """A LIKE pattern (escape character ``\\``) matching ``text`` literally anywhere."""
    literal = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{literal}%"


def parse_date_field(value: Any, field: str) -> date:
    """A ``YYYY-MM-DD`` field; 422 naming the field otherwise."""
    try:
        if not isinstance(value, str):
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise validation_error(
            {field: "日期格式須為 YYYY-MM-DD。"}, message="日期格式須為 YYYY-MM-DD。"
        ) from None


def parse_datetime_field(value: str, field: str) -> datetime:
    """An ISO 8601 datetime in Taiwan time (one without an offset is taken as Taiwan
    local time); 422 naming the field otherwise."""
    try:
        moment = datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=TAIWAN_TZ)
        moment = moment.astimezone(TAIWAN_TZ)
    except (ValueError, OverflowError):
        raise validation_error(
            {field: "時間格式不正確。"}, message="時間須為 ISO 8601 格式。"
        ) from None
    return moment


INELIGIBILITY_TEXT: dict[ErrorCode, str] = {
    ErrorCode.NOT_SME: "實收資本額逾新臺幣1億元且經常僱用員工達200人以上，非中小企業",
    ErrorCode.NO_TAX_REGISTRATION: "未辦理稅籍登記",
    ErrorCode.COOPERATIVE_SUBSIDIARY_UNIT: "合作社之附屬單位不得申請",
    ErrorCode.NOT_ON_SOCIAL_INNOVATION_PLATFORM: "未列入社會創新平台之社會創新組織登錄資料庫",
    ErrorCode.SERIOUS_PROGRAMME_BREACH: "最近3年內有執行政府計畫之重大違約紀錄",
    ErrorCode.SERIOUS_LAW_VIOLATION: (
        "最近3年內違反環境保護、勞工、食品安全衛生或身心障礙者權益保障相關法律且情節重大"
    ),
    ErrorCode.MAINLAND_CAPITAL: "陸資企業不得申請",
    ErrorCode.FOREIGN_BRANCH: "外國營利事業在臺設立之分公司不得申請",
    ErrorCode.DOMESTIC_BRANCH: "本國企業分公司不得申請",
    ErrorCode.OTHER_CLOUD_SUBSIDY: "已獲得其他雲世代產業數位轉型之小額補助",
    ErrorCode.POINTS_ALREADY_USED: "已向臺灣雲市集平台申請且使用數位點數",
    ErrorCode.INDUSTRY_NOT_SME: "工業館限中小型製造業者申請",
    ErrorCode.INDUSTRY_NO_FACTORY_REGISTRATION: "須有工廠登記證（或依法免辦工廠登記之證明文件）",
    ErrorCode.INDUSTRY_FACTORY_NUMBER_INVALID: "工廠登記證號應為 8 位數字",
    ErrorCode.INDUSTRY_REVENUE_MISSING: "須申報年營業收入及其依據（營業人銷售額與稅額申報書 401）",
    ErrorCode.INDUSTRY_REVENUE_TOO_HIGH: "年營業收入逾新臺幣20億元",
    ErrorCode.INDUSTRY_CLOUD_ERA_SUBSIDY: "已獲雲世代產業數位轉型相關計畫補助",
}
"""The platform's zh-TW words for each rule of ``app.subsidy.eligibility`` an applicant can fail."""


def not_eligible(message: str, reasons: Iterable[ErrorCode]) -> ApiError:
    """403 NOT_ELIGIBLE with ``details.reasons``: each failed rule's code and words."""
    details = [{"code": code, "text": INELIGIBILITY_TEXT[code]} for code in reasons]
    return ApiError(403, ErrorCode.NOT_ELIGIBLE, message, {"reasons": details})


def eligibility_of(applicant: Applicant) -> tuple[ErrorCode, ...]:
    """The codes of the rules the applicant does not meet; empty when eligible."""
    flags = {k: bool(v) for k, v in (applicant.profile or {}).items()}
    profile = ApplicantProfile(
        applicant_type=ApplicantType(applicant.applicant_type),
        paid_in_capital=applicant.paid_in_capital,
        employees=applicant.employees,
        on_social_innovation_platform=applicant.applicant_type == ApplicantType.SOCIAL_INNOVATION,
        **flags,
    )
    return check_eligibility(profile).reasons


def find_applicant(tx: Tx, ubn: str, *, eligible: bool = True) -> Applicant:
    """Look up a UBN: 422 INVALID_UBN, 404 UBN_NOT_FOUND, 403 NOT_ELIGIBLE."""
    if not is_valid_ubn(ubn):
        raise validation_error(
            {"ubn": "統一編號不正確。"}, ErrorCode.INVALID_UBN, "統一編號格式或檢查碼錯誤。"
        )
    applicant = tx.db.scalar(select(Applicant).where(Applicant.ubn == ubn))
    if applicant is None:
        raise ApiError(404, ErrorCode.UBN_NOT_FOUND, "查無此統一編號的申請單位資料。")
    if eligible:
        reasons = eligibility_of(applicant)
        if reasons:
            raise not_eligible("此申請單位不符合點數申請資格。", reasons)
    return applicant


def applicant_view(applicant: Applicant, programme: Programme) -> dict[str, Any]:
    """Public view of an applicant, with the grants it may apply for under ``programme``."""
    tracks = application_tracks(
        applicant.applicant_type,
        factory_registered=applicant.factory_registered,
        programme=programme,
    )
    return {
        "ubn": applicant.ubn,
        "name": applicant.name,
        "applicant_type": applicant.applicant_type,
        "allowed_methods": [m.value for m in allowed_methods(applicant.applicant_type)],
        "member": applicant.status == "active",
        # why a non-member cannot log in: still applying, under review or turned down
        "review": {"pending_review": "pending", "rejected": "rejected"}.get(applicant.status),
        "pavilions": [t.value for t in tracks],
        "pavilion": applicant.pavilion,
    }


def open_session(
    tx: Tx, applicant: Applicant, method: str, identity: dict[str, Any], *, can_sign: bool
) -> dict[str, Any]:
    """Create a session and complete the identity step; the login response body."""
    token = secrets.token_urlsafe(32)
    ttl = tx.platform.token_ttl_seconds
    tx.db.add(
        SessionRow(
            token=token,
            applicant_id=applicant.id,
            method=method,
            can_sign=can_sign,
            identity=identity,
            expires_real=time.time() + ttl,
        )
    )
    if can_sign and "identity" not in (applicant.steps or []):
        applicant.steps = [*(applicant.steps or []), "identity"]
        applicant.verified_method = method
    return {
        "token": token,
        "expires_at": iso(tx.now + timedelta(seconds=ttl)),
        "applicant": applicant_view(applicant, tx.programme),
        "identity": identity,
    }


def hash_password(password: str) -> str:
    """scrypt hash with a random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
    return f"scrypt${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str | None) -> bool:
    """Constant-time check of ``password`` against :func:`hash_password` output."""
    if not stored or stored.count("$") != 2:
        return False
    _, salt_hex, digest_hex = stored.split("$")
    digest = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
    return hmac.compare_digest(digest.hex(), digest_hex)
