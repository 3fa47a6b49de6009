"""The platform client against a small real HTTP server: errors, retries, ETag, offline."""

from __future__ import annotations

import json
import logging
import time
from datetime import UTC, datetime, timedelta

import pytest
import requests
from local_http import LocalServer, Seen
from platform_answers import like_platform

from app.platform.client import PlatformClient
from app.platform.errors import (
    AuthExpired,
    InsecureUrl,
    NetworkError,
    NotSignedIn,
    PlatformError,
    ProtocolError,
)
from app.platform.tokens import TokenStore
from app.storage import ResponseCache, SecretStore
from app.storage.memory_keyring import MemoryKeyring
from app.support.logs import TRAFFIC

UBN = "16480894"
TOKEN = "tok-SECRET-abcdef0123456789"
ORDER_ID = "20261121093000000001"

ORDER = like_platform(
    "order",
    {
        "id": ORDER_ID,
        "solution": {"id": "s1", "name": "雲端收銀", "pavilion": "general"},
        "vendor": {"id": "v1", "name": "示範資訊股份有限公司"},
        "plan": {"id": "p1", "name": "年約", "months": 12, "price": 60000},
        "price": 60000,
        "points": 30000,
        "self_pay": 30000,
        "ratio": "1:1",
        "status": "awaiting_vendor",
        "status_text": "待廠商確認",
        "history": [{"status": "awaiting_vendor", "at": "2026-11-21T09:30:00+08:00", "note": ""}],
        "deadlines": {"vendor_confirm_by": "2026-11-25"},
        "payment_url": None,
        "invoice": None,
        "service": None,
        "settlement": None,
        "created_at": "2026-11-21T09:30:00+08:00",
        "updated_at": "2026-11-21T09:30:00+08:00",
    },
)


APPLICANT = like_platform(
    "applicant",
    {
        "ubn": UBN,
        "name": "雲端示範股份有限公司（測試）",
        "applicant_type": "sme",
        "allowed_methods": ["moeaca_card", "moica_card", "future_method"],
        "member": False,
        "pavilions": ["general"],
        "pavilion": "general",
        "review": None,
    },
)
DRAFT = like_platform(
    "application",
    {
        "status": "draft",
        "applicant_type": "sme",
        "steps": {
            "identity": True,
            "authorizations": False,
            "consents": False,
            "form": False,
            "email": False,
            "assessment": False,
        },
        "next_step": "authorizations",
        "required_authorizations": ["labor_insurance"],
        "authorizations": [],
        "review_due_on": None,
        "rejection_reason": None,
        "form": {},
    },
)
DRAFT_BYTES = json.dumps(DRAFT).encode()
ACTIVE_BYTES = json.dumps({**DRAFT, "status": "active"}).encode()


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 21, 1, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def make_client(
    server: LocalServer, clock: Clock | None = None, **kwargs: object
) -> PlatformClient:
    secrets = SecretStore()
    client = PlatformClient(
        server.url,
        tokens=TokenStore(secrets),
        cache=ResponseCache("127.0.0.1", secrets=secrets),
        sleep=lambda _s: None,
        now=clock or Clock(),
        **kwargs,  # type: ignore[arg-type]
    )
    client.use_token(UBN, TOKEN)
    return client


def test_refuses_plain_http_except_loopback() -> None:
    with pytest.raises(InsecureUrl) as info:
        PlatformClient("http://platform.example.tw/api/v1")
    assert info.value.code == "INSECURE_URL"
    for ok in (
        "http://127.0.0.1:8000/api/v1",
        "http://localhost/api/v1",
        "http://[::1]:9/api/v1",
        "https://platform.example.tw/api/v1/",
    ):
        client = PlatformClient(ok)
        assert not client.base_url.endswith("/")
    with pytest.raises(InsecureUrl):
        PlatformClient("ftp://127.0.0.1/")


def test_typed_answer_and_bearer_token(local_server: LocalServer) -> None:
    local_server.json_route("GET", "/api/v1/applicants/16480894", 200, APPLICANT)
    local_server.json_route("GET", "/api/v1/application", 200, DRAFT)
    client = make_client(local_server)
    applicant = client.lookup_applicant(UBN)
    assert applicant.applicant_type == "sme"
    assert [m.value for m in applicant.allowed_methods] == ["moeaca_card", "moica_card"]
    assert "Authorization" not in local_server.seen[-1].headers
    state = client.get_application()
    assert local_server.seen[-1].headers["Authorization"] == f"Bearer {TOKEN}"
    assert [s.value for s in state.done] == ["identity"]


def test_error_body_becomes_platform_error(local_server: LocalServer) -> None:
    local_server.json_route(
        "PUT",
        "/api/v1/application/form",
        422,
        {
            "error": {
                "code": "VALIDATION_FAILED",
                "message": "欄位有誤",
                "details": {"fields": {"contact_email": "E-mail 格式錯誤"}},
            }
        },
    )
    client = make_client(local_server)
    with pytest.raises(PlatformError) as info:
        client.put_application_form({"contact_email": "x"})
    assert info.value.code == "VALIDATION_FAILED"
    assert info.value.status == 422
    assert info.value.message == "欄位有誤"
    assert info.value.field_errors == {"contact_email": "E-mail 格式錯誤"}


def test_non_json_error_and_non_json_success(local_server: LocalServer) -> None:
    local_server.routes[("GET", "/api/v1/application")] = lambda _s: (500, {}, b"<html>oops")
    local_server.routes[("GET", "/api/v1/assessment/questionnaire")] = lambda _s: (
        200,
        {},
        b"not json",
    )
    client = make_client(local_server)
    with pytest.raises(PlatformError) as info:
        client.get_application()
    assert info.value.code == "HTTP_500"
    with pytest.raises(ProtocolError) as perr:
        client.get_questionnaire()
    assert perr.value.code == "PROTOCOL_ERROR"


def test_401_is_auth_expired_and_forgets_the_token(
    local_server: LocalServer, memory_keyring: MemoryKeyring
) -> None:
    local_server.json_route(
        "GET",
        "/api/v1/application",
        401,
        {"error": {"code": "TOKEN_EXPIRED", "message": "登入逾時"}},
    )
    client = make_client(local_server)
    assert any(v == TOKEN for v in memory_keyring.entries().values())
    with pytest.raises(AuthExpired) as info:
        client.get_application()
    assert info.value.code == "TOKEN_EXPIRED"
    assert info.value.server_code == "TOKEN_EXPIRED"
    assert not client.signed_in
    assert not any(v == TOKEN for v in memory_keyring.entries().values())
    with pytest.raises(NotSignedIn):
        client.get_application()


def test_token_is_kept_in_keyring_and_resumed(
    local_server: LocalServer, memory_keyring: MemoryKeyring
) -> None:
    client = make_client(local_server)
    port = local_server.url.split(":")[2].split("/")[0]
    assert memory_keyring.entries()[("tcloud-desktop", f"127.0.0.1:{port}/{UBN}")] == TOKEN
    other = PlatformClient(local_server.url, tokens=client.tokens)
    assert other.resume(UBN)
    assert other.signed_in
    assert not other.resume("81924865")


def test_get_is_retried_after_a_dropped_connection(local_server: LocalServer) -> None:
    calls: list[int] = []

    def flaky(_seen: Seen) -> tuple[int, dict[str, str], bytes] | None:
        calls.append(1)
        if len(calls) < 3:
            return None
        return 200, {}, ACTIVE_BYTES

    local_server.routes[("GET", "/api/v1/application")] = flaky
    client = make_client(local_server)
    assert client.get_application().status == "active"
    assert len(calls) == 3


def test_post_without_key_is_not_retried(local_server: LocalServer) -> None:
    local_server.routes[("POST", "/api/v1/application/email-verification")] = lambda _s: None
    client = make_client(local_server)
    with pytest.raises(NetworkError) as info:
        client.verify_email("123456")
    assert info.value.kind == "dropped"
    assert info.value.code == "NETWORK_UNREACHABLE"
    posts = [s for s in local_server.seen if s.method == "POST"]
    assert len(posts) == 1


def test_post_with_key_is_retried_with_the_same_key(local_server: LocalServer) -> None:
    keys: list[str] = []

    def drop_first(seen: Seen) -> tuple[int, dict[str, str], bytes] | None:
        keys.append(seen.headers["Idempotency-Key"])
        if len(keys) == 1:
            return None

        return 201, {}, json.dumps(ORDER).encode()

    local_server.routes[("POST", "/api/v1/orders")] = drop_first
    client = make_client(local_server)
    from app.platform.models import MobileSignature

    order = client.create_order("q1", MobileSignature("tx-1"), idempotency_key="key-123")
    assert order.id == ORDER_ID
    assert keys == ["key-123", "key-123"]
    # a new attempt without a key gets a fresh one
    client.create_order("q1", MobileSignature("tx-1"))
    assert keys[2] != "key-123"
    assert len(keys[2]) == 36


def test_gateway_errors_are_retried_for_idempotent_calls(local_server: LocalServer) -> None:
    statuses = [503, 502, 200]

    def gateway(_seen: Seen) -> tuple[int, dict[str, str], bytes]:
        status = statuses.pop(0)
        return status, {}, DRAFT_BYTES

    local_server.routes[("GET", "/api/v1/application")] = gateway
    assert make_client(local_server).get_application().status == "draft"


def test_read_timeout_is_a_network_error(local_server: LocalServer) -> None:
    def slow(_seen: Seen) -> tuple[int, dict[str, str], bytes]:
        time.sleep(0.5)
        return 200, {}, b"{}"

    local_server.routes[("GET", "/api/v1/application")] = slow
    client = make_client(local_server, timeout=(1.0, 0.1), retries=0)
    with pytest.raises(NetworkError) as info:
        client.get_application()
    assert info.value.kind == "timeout"


def test_connection_refused_is_a_network_error() -> None:
    client = PlatformClient(
        "http://127.0.0.1:9/api/v1",
        retries=1,
        sleep=lambda _s: None,
        tokens=TokenStore(SecretStore()),
    )
    with pytest.raises(NetworkError) as info:
        client.lookup_applicant(UBN)
    assert info.value.kind == "connect"


def test_etag_304_returns_the_cached_body(local_server: LocalServer) -> None:
    served: list[str] = []

    def orders(seen: Seen) -> tuple[int, dict[str, str], bytes | None]:

        if seen.headers.get("If-None-Match") == '"v1"':
            served.append("304")
            return 304, {"ETag": '"v1"'}, None
        served.append("200")
        return 200, {"ETag": '"v1"'}, json.dumps({"items": [ORDER], "total": 1}).encode()

    local_server.routes[("GET", "/api/v1/orders")] = orders
    clock = Clock()
    client = make_client(local_server, clock)
    first = client.list_orders()
    clock.now += timedelta(minutes=5)
    second = client.list_orders()
    assert served == ["200", "304"]
    assert first.data == second.data
    assert second.data.items[0].id == ORDER_ID
    assert not second.from_cache
    assert second.as_of == client.server_now(), "as of the platform's clock (its Date header)"
    assert "limit=20" in local_server.seen[-1].path


def test_offline_shows_the_last_good_answer_as_of(local_server: LocalServer) -> None:
    local_server.json_route("GET", f"/api/v1/orders/{ORDER_ID}", 200, ORDER, {"ETag": '"o1"'})
    clock = Clock()
    client = make_client(local_server, clock)
    fresh = client.get_order(ORDER_ID)
    fetched_at = client.server_now()
    clock.now += timedelta(hours=3)
    del local_server.routes[("GET", f"/api/v1/orders/{ORDER_ID}")]
    local_server.routes[("GET", f"/api/v1/orders/{ORDER_ID}")] = lambda _s: None
    offline = client.get_order(ORDER_ID)
    assert offline.from_cache
    assert offline.as_of == fetched_at
    assert offline.data == fresh.data
    # nothing cached for another order: the network error goes up
    local_server.routes[("GET", "/api/v1/orders/20261121093000000002")] = lambda _s: None
    with pytest.raises(NetworkError):
        client.get_order("20261121093000000002")


def test_malformed_answers_are_protocol_errors(local_server: LocalServer) -> None:
    bad_orders = [
        {"items": [{**ORDER, "id": "123"}], "total": 1},
        {"items": [{**ORDER, "status": "lost"}], "total": 1},
        {"items": [{**ORDER, "price": "60000"}], "total": 1},
        {"items": "nope", "total": 1},
        {"items": [ORDER]},
        [1, 2],
    ]
    client = make_client(local_server)
    for body in bad_orders:
        local_server.json_route("GET", "/api/v1/orders", 200, body)
        with pytest.raises(ProtocolError):
            client.list_orders()


def test_logs_carry_no_secrets(local_server: LocalServer, caplog: pytest.LogCaptureFixture) -> None:
    local_server.json_route(
        "POST",
        "/api/v1/auth/password-login",
        200,
        {"token": TOKEN, "expires_at": "2026-11-21T18:00:00+08:00"},
    )
    local_server.json_route("PUT", "/api/v1/application/form", 200, {"ok": True})
    redacted: list[str] = []

    def redact(text: str) -> str:
        redacted.append(text)
        return text.replace("A123456789", "[ID]")

    client = PlatformClient(
        local_server.url,
        tokens=TokenStore(SecretStore()),
        redact=redact,
        cache=ResponseCache("x", secrets=SecretStore()),
    )
    with caplog.at_level(TRAFFIC, logger="app.platform.http"):
        result = client.password_login(UBN, "Pa55word-Secret!")
        client.put_application_form({"representative_id": "A123456789"})
    text = caplog.text
    assert TOKEN not in text
    assert TOKEN not in repr(result)
    assert "Pa55word-Secret!" not in text
    assert "A123456789" not in text
    assert "[ID]" in text
    assert "POST /auth/password-login -> 200" in text
    assert "[body withheld]" in text
    assert all("Pa55word" not in r for r in redacted)


def test_bodies_are_not_logged_without_a_redactor(
    local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    local_server.json_route("PUT", "/api/v1/application/form", 200, {"ok": True})
    client = make_client(local_server)
    with caplog.at_level(TRAFFIC, logger="app.platform.http"):
        client.put_application_form({"contact_email": "wang@example.com.tw"})
    assert "wang@example.com.tw" not in caplog.text
    with caplog.at_level(logging.DEBUG, logger="app.platform.http"):
        client.put_application_form({"contact_email": "wang@example.com.tw"})
    assert "PUT /application/form -> 200" in caplog.text


def test_proxy_is_reported_without_credentials(
    local_server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = PlatformClient("https://platform.example.tw/api/v1", tokens=TokenStore(SecretStore()))
    assert client.proxy() is None
    monkeypatch.setenv("HTTPS_PROXY", "http://user:secret@proxy.corp.example:3128")
    assert client.proxy() == "http://proxy.corp.example:3128"
    monkeypatch.setenv("NO_PROXY", "platform.example.tw")
    assert client.proxy() is None


def test_session_factory_is_used(local_server: LocalServer) -> None:
    made: list[requests.Session] = []

    def factory() -> requests.Session:
        session = requests.Session()
        made.append(session)
        return session

    local_server.json_route("GET", "/api/v1/categories", 200, [{"id": 1, "name": "進銷存管理"}])
    client = PlatformClient(
        local_server.url, session_factory=factory, tokens=TokenStore(SecretStore())
    )
    assert client.list_categories().data[0].id == "1"
    assert len(made) == 1


def test_tokens_fall_back_to_memory_without_a_keyring(
    local_server: LocalServer, no_keyring: None
) -> None:
    local_server.json_route("GET", "/api/v1/application", 200, DRAFT)
    client = make_client(local_server)
    assert not client.tokens.secrets.persistent
    assert client.tokens.secrets.fallback_reason is not None
    assert client.get_application().status == "draft"
    assert local_server.seen[-1].headers["Authorization"] == f"Bearer {TOKEN}"
    assert client.resume(UBN)


def test_urllib3_does_not_log_real_urls(
    local_server: LocalServer, caplog: pytest.LogCaptureFixture
) -> None:
    local_server.json_route(
        "GET",
        "/api/v1/applicants/16480894",
        200,
        {
            "ubn": UBN,
            "name": "示範",
            "applicant_type": "sme",
            "allowed_methods": [],
        },
    )
    client = make_client(local_server)
    with caplog.at_level(logging.DEBUG):
        client.lookup_applicant(UBN)
    assert "GET /applicants/{ubn} -> 200" in caplog.text
    assert UBN not in caplog.text
