"""ASGI middleware: request size limit, fault injection and the platform-clock Date header."""

from __future__ import annotations

import asyncio
import json
import logging
import re
from abc import ABC, abstractmethod
from datetime import UTC
from email.utils import format_datetime
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import ErrorCode

from .context import Fault, Platform
from .errors import RETRY_HEADER, error_body

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 256 * 1024


async def _send_error(
    send: Send, status: int, code: ErrorCode, message: str, details: dict[str, Any] | None = None
) -> None:
    body = json.dumps(error_body(code, message, details), ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _send_too_large(send: Send) -> None:
    await _send_error(send, 413, ErrorCode.PAYLOAD_TOO_LARGE, "請求內容過大（上限 256 KiB）。")


class _HttpMiddleware(ABC):
    """An ASGI middleware that acts on HTTP requests and passes anything else (lifespan) on."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.handle(scope, receive, send)

    @abstractmethod
    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer one HTTP request, usually by running the application."""


class BodyLimitMiddleware(_HttpMiddleware):
    """Refuse bodies over :data:`MAX_BODY_BYTES` with 413, whether declared or streamed.

    The body is read (at most the limit) before the application runs, then handed on.
    """

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        super().__init__(app)
        self.limit = limit

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        for name, value in scope.get("headers", []):
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    declared = self.limit + 1
                if declared > self.limit:
                    await _send_too_large(send)
                    return
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                chunks = []
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.limit:
                await _send_too_large(send)
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        body = {"type": "http.request", "body": b"".join(chunks), "more_body": False}
        await self.app(scope, _replaying(body, receive), send)


def _replaying(first: Message, receive: Receive) -> Receive:
    """A ``receive`` that hands out ``first`` (the whole request body), then defers."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return first
        return await receive()

    return replay


class ConflictRetryMiddleware(_HttpMiddleware):
    """Run a request again when its transaction lost a race with another one.

    Platform processes sharing a PostgreSQL database may collide (a deadlock, a unique
    key taken by the other process); the transaction was rolled back, so running the
    request again is safe. After ``attempts`` runs the 409 ``CONCURRENT_UPDATE`` goes
    to the client. Sits inside :class:`BodyLimitMiddleware`, which has read the body.
    """

    def __init__(self, app: ASGIApp, attempts: int = 4) -> None:
        super().__init__(app)
        self.attempts = attempts

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        first = await receive()
        for attempt in range(1, self.attempts + 1):
            last = attempt == self.attempts
            if await self._run(scope, first, receive, send, last=last):
                return
            await asyncio.sleep(0.02 * attempt)

    async def _run(
        self, scope: Scope, first: Message, receive: Receive, send: Send, *, last: bool
    ) -> bool:
        """One run; False when it ended in a conflict that is to be tried again."""
        conflict = False

        async def send_unless_conflict(message: Message) -> None:
            nonlocal conflict
            if message["type"] == "http.response.start":
                headers = message.get("headers", [])
                conflict = any(name.lower() == RETRY_HEADER for name, _ in headers)
                if conflict:
                    kept = [(k, v) for k, v in headers if k.lower() != RETRY_HEADER]
                    message = {**message, "headers": kept}
            if conflict and not last:
                return  # dropped: the request runs again
            await send(message)

        await self.app(scope, _replaying(first, receive), send_unless_conflict)
        return not conflict or last


# A JSON string escape for U+0000 that is not itself an escaped backslash.
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")


def _nul_in(scope: Scope, body: bytes) -> str | None:
    """Which part of the request carries a NUL character, if any."""
    if "\x00" in scope.get("path", ""):
        return "path"
    query = scope.get("query_string", b"")
    if b"\x00" in query or b"%00" in query:
        return "query"
    if b"\x00" in body or _JSON_NUL.search(body):
        return "body"
    return None


class NulTextMiddleware(_HttpMiddleware):
    """Refuse text containing U+0000 with 422, on SQLite and PostgreSQL alike.

    PostgreSQL cannot store or even compare such text, and no field of the platform has a
    use for it. Sits inside :class:`BodyLimitMiddleware`, which has read the body.
    """

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        first = await receive()
        where = _nul_in(scope, first.get("body", b"") if first["type"] == "http.request" else b"")
        if where is not None:
            await _send_error(
                send,
                422,
                ErrorCode.VALIDATION_ERROR,
                "文字不可包含 NUL 字元（U+0000）。",
                {"fields": {where: "不可包含 NUL 字元。"}},
            )
            return
        await self.app(scope, _replaying(first, receive), send)


def _abort_connection(receive: Receive) -> bool:
    """Close the client connection without a response (uvicorn's transport), if reachable."""
    cycle = getattr(receive, "__self__", None)
    transport: Any = getattr(cycle, "transport", None)
    if transport is None:
        return False
    transport.abort() if hasattr(transport, "abort") else transport.close()
    return True


class FaultMiddleware(_HttpMiddleware):
    """Inject the failures queued through ``POST /_sandbox/faults``.

    ``error_500`` answers 500 without running the request; ``delay`` waits first;
    ``drop_after_commit`` runs (and commits) the request, then aborts the connection
    without sending the response. Requests to ``/_sandbox`` itself are never affected.
    """

    def __init__(self, app: ASGIApp, platform: Platform) -> None:
        super().__init__(app)
        self.platform = platform

    def _take(self, path: str) -> Fault | None:
        with self.platform.faults_lock:
            for fault in self.platform.faults:
                if fault.path is None or path.startswith(fault.path):
                    fault.count -= 1
                    if fault.count <= 0:
                        self.platform.faults.remove(fault)
                    return Fault(fault.kind, 1, fault.path, fault.seconds)
        return None

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        fault = None if "/_sandbox" in path or not self.platform.faults else self._take(path)
        if fault is None:
            await self.app(scope, receive, send)
            return
        log.info("injecting fault %s on %s", fault.kind, path)
        if fault.kind == "error_500":
            await _send_error(
                send, 500, ErrorCode.INJECTED_FAULT, "平台暫時發生錯誤（模擬故障），請稍後再試。"
            )
            return
        if fault.kind == "delay":
            await asyncio.sleep(fault.seconds)
            await self.app(scope, receive, send)
            return

        async def swallow(_message: Message) -> None:
            return None

        await self.app(scope, receive, swallow)
        if not _abort_connection(receive):
            raise ConnectionAbortedError("drop_after_commit: connection dropped after commit")


class PlatformDateMiddleware(_HttpMiddleware):
    """Stamp every answer's ``Date`` header with the platform's clock, not the host's.

    The training platform's clock can be moved; clients read the Date header to count
    down deadlines the platform sets (a phone transaction's ``expires_at``), so the header
    must be on the same clock as those deadlines.
    """

    def __init__(self, app: ASGIApp, platform: Platform) -> None:
        super().__init__(app)
        self.platform = platform

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def send_with_date(message: Message) -> None:
            if message["type"] == "http.response.start":
                stamp = self.platform.now()
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"date"]
                headers.append(
                    (b"date", format_datetime(stamp.astimezone(UTC), usegmt=True).encode())
                )
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_date)
