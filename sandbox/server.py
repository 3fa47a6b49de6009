"""The FastAPI application of the reference platform."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.security import HTTPBearer
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from .api import account, application, auth, content, contracts, orders, tools
from .api.common import API_PREFIX
from .api.schemas import ERROR_RESPONSES
from .context import DEFAULT_TOKEN_TTL_SECONDS, Platform, clock_row
from .db import Base, Category, Database, schema_lock
from .errors import install_error_handlers
from .middleware import (
    BodyLimitMiddleware,
    ConflictRetryMiddleware,
    FaultMiddleware,
    NulTextMiddleware,
    PlatformDateMiddleware,
)
from .sweep import sweep_until_now
from .world import seed

log = logging.getLogger(__name__)

DESCRIPTION = """臺灣雲市集數位點數補助的參考平台（訓練與測試用）。

All rules come from `app.subsidy`. Sandbox-only endpoints are under `/_sandbox`.
Text anywhere in a request (path, query, body) never contains U+0000: such a request is
refused with 422 `VALIDATION_ERROR`. Request bodies are at most 256 KiB (413).
"""


def open_database(url: str) -> Database:
    """Open (and on first use, create and seed) the platform database."""
    database = Database(url)
    # Several platform processes may start at once on one empty database.
    with OrmSession(database.engine) as db, db.begin(), schema_lock(db.connection()):
        Base.metadata.create_all(db.connection())
        if db.scalar(select(Category.id).limit(1)) is None:
            seed(db)
        clock_row(db)  # created here, where no other process can race to create it
    return database


def _fastapi_app() -> FastAPI:
    """The FastAPI object, with Swagger UI served from local files when available."""
    common: dict[str, Any] = {
        "title": "臺灣雲市集 參考平台 API",
        "version": "1.0",
        "description": DESCRIPTION,
        "openapi_url": f"{API_PREFIX}/openapi.json",
        "docs_url": f"{API_PREFIX}/docs",
        "redoc_url": None,
    }
    try:
        from fastapi_offline import FastAPIOffline
    except ImportError:  # pragma: no cover - the package is a declared dependency
        log.warning("fastapi-offline is not installed: /docs loads Swagger UI from a CDN")
        return FastAPI(**common)
    return FastAPIOffline(static_url=f"{API_PREFIX}/_docs", **common)


def _document_public_operations(app: FastAPI) -> None:
    """Operations marked :class:`~.api.common.PublicRoute` need no login: say so in OpenAPI.

    Every route carries the bearer scheme (for the docs' "Authorize" button); a public
    one's ``security`` becomes the empty list, meaning "no authentication".
    """
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    if isinstance(operation, dict) and operation.pop("x-public", False):
                        operation["security"] = []
        return app.openapi_schema or build()

    app.openapi = openapi  # type: ignore[method-assign]


def create_app(
    database: str = "sqlite://",
    *,
    token_ttl_seconds: float = DEFAULT_TOKEN_TTL_SECONDS,
    sandbox_tools: bool = True,
) -> FastAPI:
    """Build the platform application on ``database`` (an SQLAlchemy URL)."""
    platform = Platform(
        database=open_database(database),
        token_ttl_seconds=token_ttl_seconds,
        catch_up=sweep_until_now,
    )
    app = _fastapi_app()
    app.state.platform = platform
    install_error_handlers(app)
    # Declares the bearer token in the OpenAPI document (the docs' "Authorize" button);
    # the token itself is checked inside each request's transaction.
    bearer = [Depends(HTTPBearer(auto_error=False, description="token from a login"))]
    for module in (auth, content, application, orders, account, contracts):
        app.include_router(
            module.router, prefix=API_PREFIX, dependencies=bearer, responses=ERROR_RESPONSES
        )
    if sandbox_tools:
        app.include_router(tools.router, prefix=API_PREFIX, responses=ERROR_RESPONSES)
    _document_public_operations(app)
    app.add_middleware(ConflictRetryMiddleware)
    app.add_middleware(NulTextMiddleware)
    app.add_middleware(BodyLimitMiddleware)
    app.add_middleware(PlatformDateMiddleware, platform=platform)
    # Outermost, so that it sees the server's own ``receive`` and can drop the connection.
    app.add_middleware(FaultMiddleware, platform=platform)
    return app
