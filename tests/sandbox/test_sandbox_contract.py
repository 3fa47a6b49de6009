"""Contract details schemathesis relies on: public operations, Allow, NUL text, search."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from sandbox_helpers import Api
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from starlette.types import Receive, Scope, Send

from sandbox.embedded import serve_in_thread
from sandbox.errors import RETRY_HEADER
from sandbox.middleware import ConflictRetryMiddleware
from sandbox.server import create_app
from scripts.postgres_cluster import database_for_tests


def test_public_operations_are_documented_as_public(api: Any) -> None:
    paths = api.ok("GET", "/openapi.json")["paths"]
    assert paths["/api/v1/categories"]["get"]["security"] == []
    assert paths["/api/v1/auth/challenges"]["post"]["security"] == []
    assert paths["/api/v1/assessment/questionnaire"]["get"]["security"] == []
    # Login by phone needs no session; signing by phone does.
    assert paths["/api/v1/auth/phone"]["post"]["security"] == [{"HTTPBearer": []}, {}]
    assert paths["/api/v1/orders"]["get"]["security"] == [{"HTTPBearer": []}]
    assert all("x-public" not in op for ops in paths.values() for op in ops.values())


def test_method_not_allowed_names_every_method_of_the_path(api: Any) -> None:
    response = api.call("DELETE", "/orders")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, POST"
    assert response.json()["error"]["code"] == "METHOD_NOT_ALLOWED_HTTP"
    # /orders/quote, not /orders/{order_id}: the literal path is the resource.
    assert api.call("OPTIONS", "/orders/quote").headers["Allow"] == "POST"


def test_a_malformed_ubn_is_invalid_ubn_as_documented(api: Any) -> None:
    for ubn in ("abc", "1234567", "16480895"):  # letters, too short, bad checksum
        response = api.get(f"/applicants/{ubn}")
        assert response.status_code == 422, ubn
        assert response.json()["error"]["code"] == "INVALID_UBN"


@pytest.mark.parametrize(
    ("method", "path", "body", "part"),
    [
        ("POST", "/auth/challenges", {"ubn": "\u0000", "method": "xca_card"}, "body"),
        ("GET", "/orders/O%00", None, "path"),
        ("GET", "/solutions?q=%00", None, "query"),
    ],
)
def test_text_with_nul_is_refused(api: Any, method: str, path: str, body: Any, part: str) -> None:
    response = api.call(method, path, body)
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert part in error["details"]["fields"]
    # An escaped backslash followed by "u0000" is ordinary text.
    literal = api.post("/auth/challenges", {"ubn": "\\u0000", "method": "xca_card"})
    assert literal.json()["error"]["code"] == "INVALID_UBN"


def test_search_matches_wildcards_literally() -> None:
    app = create_app(database_for_tests())
    from sandbox.db import Solution

    with OrmSession(app.state.platform.database.engine) as db, db.begin():
        template = db.scalars(select(Solution).order_by(Solution.id)).first()
        assert template is not None
        db.merge(
            Solution(
                id="S999",
                name="100%_雲端\\備份",
                vendor_id=template.vendor_id,
                category=template.category,
                pavilion=template.pavilion,
                tags=[],
                subsidised=True,
            )
        )
    server = serve_in_thread(app)
    try:
        client = Api(server.base_url)
        total = client.ok("GET", "/solutions")["total"]
        assert total > 1
        for q in ("%", "_", "\\", "0%_", "%_雲端\\"):
            found = client.ok("GET", "/solutions", params={"q": q})
            assert [s["id"] for s in found["items"]] == ["S999"], q
        assert client.ok("GET", "/solutions", params={"q": "1_0"})["total"] == 0
    finally:
        server.stop()
        with OrmSession(app.state.platform.database.engine) as db, db.begin():
            db.execute(Solution.__table__.delete().where(Solution.id == "S999"))
        app.state.platform.database.dispose()


def test_a_transaction_conflict_is_run_again() -> None:
    runs: list[bytes] = []

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        message = await receive()
        runs.append(message["body"])
        conflict = len(runs) < 3
        headers = [(RETRY_HEADER, b"1")] if conflict else []
        await send(
            {"type": "http.response.start", "status": 409 if conflict else 201, "headers": headers}
        )
        await send({"type": "http.response.body", "body": b"done"})

    response = asyncio.run(post(ConflictRetryMiddleware(app), b"signed order"))
    assert response.status_code == 201
    assert runs == [b"signed order"] * 3  # the same body each time


def test_a_lasting_conflict_answers_409_without_the_internal_marker() -> None:
    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        await receive()
        await send(
            {"type": "http.response.start", "status": 409, "headers": [(RETRY_HEADER, b"1")]}
        )
        await send({"type": "http.response.body", "body": b"{}"})

    response = asyncio.run(post(ConflictRetryMiddleware(app, attempts=2), b"x"))
    assert response.status_code == 409
    assert RETRY_HEADER.decode() not in response.headers


async def post(app: Any, body: bytes) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://platform") as client:
        return await client.post("/orders", content=body)
