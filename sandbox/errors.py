"""The platform's error body and the handlers that make every failure use it."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from app.errors import ErrorCode, FieldCode, FieldProblem
from app.field_texts import field_details

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error answered as ``{"error": {"code", "message", "details"}}``."""

    def __init__(
        self, status: int, code: ErrorCode, message: str, details: dict[str, Any] | None = None
    ) -> None:
        super().__init__(f"{code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.details = details or {}


class IdempotentReplay(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised to answer with a stored response instead of running the request again."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(f"replay of a stored {status} response")
        self.status = status
        self.body = body

    def response(self) -> JSONResponse:
        """The stored response."""
        return JSONResponse(
            self.body, status_code=self.status, headers={"Idempotent-Replay": "true"}
        )


class PageAnswer(Exception):  # noqa: N818 - a control-flow signal, not an error
    """Raised by a sandbox HTML page to answer with ``response`` (an error page) at once."""

    def __init__(self, response: Response) -> None:
        super().__init__(f"answer with a {response.status_code} page")
        self.response = response


def error_body(
    code: ErrorCode, message: str, details: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The documented error body."""
    return {"error": {"code": code, "message": message, "details": details or {}}}


def error_response(
    status: int, code: ErrorCode, message: str, details: dict[str, Any] | None = None
) -> JSONResponse:
    """A JSON response with the documented error body."""
    return JSONResponse(error_body(code, message, details), status_code=status)


def validation_error(
    fields: Mapping[str, str | FieldProblem],
    code: ErrorCode = ErrorCode.VALIDATION_ERROR,
    message: str = "輸入資料有誤，請檢查標示的欄位。",
) -> ApiError:
    """422 with ``details.fields``: what is wrong with each named field, in words; a
    problem the shared rules found (a ``FieldProblem``) also goes by its code
    (``field_codes``, ``field_params``) so the client can word it in its language."""
    problems = {
        name: problem
        if isinstance(problem, FieldProblem)
        else FieldProblem(FieldCode.PLATFORM_MESSAGE, {"message": problem})
        for name, problem in fields.items()
    }
    return ApiError(422, code, message, field_details(problems))


def not_found(code: ErrorCode, message: str) -> ApiError:
    """404 for an unknown id."""
    return ApiError(404, code, message)


_HTTP_CODES = {
    400: (ErrorCode.BAD_REQUEST, "請求格式錯誤。"),
    401: (ErrorCode.UNAUTHENTICATED, "請先登入。"),
    403: (ErrorCode.FORBIDDEN, "沒有權限執行此操作。"),
    404: (ErrorCode.NOT_FOUND, "找不到指定的資源。"),
    405: (ErrorCode.METHOD_NOT_ALLOWED_HTTP, "不支援此 HTTP 方法。"),
    413: (ErrorCode.PAYLOAD_TOO_LARGE, "請求內容過大。"),
    415: (ErrorCode.UNSUPPORTED_MEDIA_TYPE, "不支援的內容類型，請使用 application/json。"),
}


# Failures that only mean another transaction (maybe in another platform process sharing
# the database) got there first: serialization failure, deadlock, unique key taken; and
# SQLite's "database is locked" after its busy timeout.
_CONFLICT_SQLSTATES = frozenset({"40001", "40P01", "23505"})
_CONFLICT_SQLITE_ERRORS = frozenset({"SQLITE_BUSY", "SQLITE_LOCKED"})

RETRY_HEADER = b"x-platform-retry"
"""Marks a conflict answer that the retry middleware may replace by running the request
again; never sent to clients."""


def is_concurrency_conflict(exc: DBAPIError) -> bool:
    """True when ``exc`` is a transaction conflict that running again resolves."""
    original = exc.orig
    if getattr(original, "sqlstate", None) in _CONFLICT_SQLSTATES:
        return True
    return getattr(original, "sqlite_errorname", None) in _CONFLICT_SQLITE_ERRORS


def conflict_response() -> JSONResponse:
    """409 for a transaction that lost a race; the retry middleware tries it again first."""
    response = error_response(
        409, ErrorCode.CONCURRENT_UPDATE, "資料正由其他操作同時變更，請稍後再試一次。"
    )
    response.headers["Retry-After"] = "1"
    response.headers[RETRY_HEADER.decode()] = "1"
    return response


_VALIDATION_MESSAGES = {
    ErrorCode.MALFORMED_JSON: "JSON 格式錯誤。",
    ErrorCode.INVALID_UBN: "統一編號格式或檢查碼錯誤。",
}


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def _validation_fields(exc: RequestValidationError) -> tuple[ErrorCode, dict[str, str]]:
    fields: dict[str, str] = {}
    code = ErrorCode.VALIDATION_ERROR
    for err in exc.errors():
        kind = str(err.get("type", ""))
        loc = tuple(err.get("loc", ()))
        if kind == "json_invalid":
            code = ErrorCode.MALFORMED_JSON
            fields["body"] = "JSON 格式錯誤。"
            continue
        name = _field_name(loc)
        if name == "ubn" and kind != "missing":
            code = ErrorCode.INVALID_UBN  # the code the UBN checksum check answers too
        if kind == "missing":
            text = "此欄位為必填。"
        elif kind == "extra_forbidden":
            text = "不接受此欄位。"
        elif kind.endswith(("_type", "_parsing")):
            text = "資料型別不正確。"
        elif kind in ("literal_error", "enum"):
            text = "不是允許的值。"
        else:
            text = "資料不正確。"
        fields.setdefault(name, text)
    return code, fields


def _documented_methods(request: Request) -> list[str]:
    """The methods the OpenAPI document lists for the request's path.

    Where several paths match (``/orders/quote`` and ``/orders/{order_id}``), the one with
    the fewest parameters is the resource, as documented.
    """
    matches: list[tuple[int, list[str]]] = []
    for template, operations in request.app.openapi().get("paths", {}).items():
        if compile_path(template)[0].match(request.url.path):
            matches.append((template.count("{"), [m.upper() for m in operations]))
    fewest = min((params for params, _ in matches), default=0)
    return sorted({m for params, methods in matches if params == fewest for m in methods})


def install_error_handlers(app: FastAPI) -> None:
    """Register handlers so that no error leaves without the documented body."""

    @app.exception_handler(IdempotentReplay)
    async def _replay(_request: Request, exc: IdempotentReplay) -> JSONResponse:
        return exc.response()

    @app.exception_handler(PageAnswer)
    async def _page(_request: Request, exc: PageAnswer) -> Response:
        return exc.response

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.details)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        code, fields = _validation_fields(exc)
        message = _VALIDATION_MESSAGES.get(code, "輸入資料有誤，請檢查標示的欄位。")
        return error_response(422, code, message, {"fields": fields})

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_CODES.get(exc.status_code, (ErrorCode.HTTP_ERROR, "請求無法處理。"))
        response = error_response(exc.status_code, code, message)
        if exc.headers:
            response.headers.update(exc.headers)
        documented = _documented_methods(request) if exc.status_code == 405 else []
        if documented:
            # Starlette names only the first route on the path; the path may have several.
            response.headers["Allow"] = ", ".join(documented)
        return response

    @app.exception_handler(DBAPIError)
    async def _database(_request: Request, exc: DBAPIError) -> JSONResponse:
        if is_concurrency_conflict(exc):
            log.info("transaction conflict: %s", exc.orig)
            return conflict_response()
        log.error("database error", exc_info=exc)
        return error_response(500, ErrorCode.INTERNAL_ERROR, "平台發生未預期的錯誤，請稍後再試。")

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.error("unexpected error", exc_info=exc)
        return error_response(500, ErrorCode.INTERNAL_ERROR, "平台發生未預期的錯誤，請稍後再試。")
