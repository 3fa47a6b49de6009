"""Concurrency, idempotency, bad input, injected faults, ETags and the offline docs."""

from __future__ import annotations

import base64
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from sandbox_helpers import overspend_attempt, signed_quote

from sandbox.embedded import serve_in_thread
from sandbox.server import create_app


def test_parallel_orders_never_overspend(api: Any) -> None:
    overspend_attempt(api, [api.base])


def test_parallel_orders_on_a_database_file(api: Any, tmp_path: Path) -> None:
    # Two platform instances on one file: only SQLite's BEGIN IMMEDIATE serialises them.
    url = f"sqlite:///{tmp_path / 'platform.sqlite3'}"
    first = serve_in_thread(create_app(url))
    second = serve_in_thread(create_app(url))
    try:
        overspend_attempt(type(api)(first.base_url), [first.base_url, second.base_url])
    finally:
        first.stop()
        second.stop()


def test_idempotency_key_replays_the_first_response(api: Any) -> None:
    member = api.scenario()
    body = signed_quote(api, member["demo_card_id"], "S012-06M")
    key = {"Idempotency-Key": "order-1"}
    first = api.post("/orders", body, headers=key)
    second = api.post("/orders", body, headers=key)
    assert first.status_code == second.status_code == 201
    assert first.json() == second.json()
    assert api.ok("GET", "/orders")["total"] == 1
    other = api.post("/orders", body, headers={"Idempotency-Key": "order-2"})
    assert other.json()["error"]["code"] == "QUOTE_USED"
    assert api.ok("GET", "/points")["balance"] == 15000
    # Other creating POSTs replay too, per endpoint.
    key = {"Idempotency-Key": "same-key"}
    first_quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"}, headers=key)
    again = api.post("/orders/quote", {"plan_id": "S012-06M"}, headers=key)
    assert again.headers["Idempotent-Replay"] == "true"
    assert again.json()["quote_id"] == first_quote["quote_id"]
    order_id = first.json()["id"]
    cancelled = api.ok("POST", f"/orders/{order_id}/cancel", headers=key)
    assert api.ok("POST", f"/orders/{order_id}/cancel", headers=key) == cancelled
    assert [r["kind"] for r in api.ok("GET", "/points")["ledger"]] == ["grant", "use", "release"]


def test_stale_and_expired_quotes(api: Any) -> None:
    member = api.scenario()
    body = signed_quote(api, member["demo_card_id"], "S012-06M")
    api.ok("POST", "/_sandbox/clock", {"advance_seconds": 31 * 60})
    expired = api.post("/orders", body)
    assert expired.status_code == 409
    assert expired.json()["error"]["code"] == "QUOTE_EXPIRED"
    fresh = signed_quote(api, member["demo_card_id"], "S012-06M")
    other = signed_quote(api, member["demo_card_id"], "S015-06M")  # 30,000 points offered
    api.ok("POST", "/orders", fresh, status=201)
    # The second quote was priced against the old balance; it was signed, so re-quote.
    assert api.post("/orders", other).json()["error"]["code"] == "QUOTE_STALE"
    forged = {**signed_quote(api, member["demo_card_id"], "S012-06M")}
    forged["signature"] = base64.b64encode(b"x" * 256).decode()
    assert api.post("/orders", forged).json()["error"]["code"] == "SIGNATURE_INVALID"


def test_dropped_response_after_commit_is_recovered_by_replay(api: Any) -> None:
    member = api.scenario()
    body = signed_quote(api, member["demo_card_id"], "S012-06M")
    api.ok(
        "POST",
        "/_sandbox/faults",
        {"kind": "drop_after_commit", "count": 1, "path": "/api/v1/orders"},
    )
    key = {"Idempotency-Key": "dropped-once"}
    with pytest.raises(requests.ConnectionError):
        api.post("/orders", body, headers=key)
    assert api.ok("GET", "/orders")["total"] == 1  # it was committed
    retried = api.post("/orders", body, headers=key)
    assert retried.status_code == 201
    assert api.ok("GET", "/orders")["items"][0]["id"] == retried.json()["id"]
    assert api.ok("GET", "/orders")["total"] == 1


def test_error_500_and_delay_faults(api: Any) -> None:
    api.scenario()
    api.ok("POST", "/_sandbox/faults", {"kind": "error_500", "count": 2, "path": "/api/v1/points"})
    for _ in range(2):
        failed = api.get("/points")
        assert failed.status_code == 500
        assert failed.json()["error"]["code"] == "INJECTED_FAULT"
    assert api.get("/orders").status_code == 200  # other paths are not affected
    assert api.get("/points").status_code == 200
    api.ok("POST", "/_sandbox/faults", {"kind": "delay", "count": 1, "seconds": 0.4})
    started = time.monotonic()
    assert api.get("/categories").status_code == 200
    assert time.monotonic() - started >= 0.4
    bad = api.post("/_sandbox/faults", {"kind": "explode", "count": 1})
    assert bad.status_code == 422


def test_bad_input_gets_the_error_body(api: Any) -> None:
    api.scenario()
    url = f"{api.base}/orders/quote"
    auth = {"Authorization": f"Bearer {api.token}"}

    def check(response: requests.Response, status: int, code: str) -> dict[str, Any]:
        assert response.status_code == status, response.text
        body = response.json()["error"]
        assert body["code"] == code
        assert body["message"]
        return dict(body)

    malformed = requests.post(
        url, data=b'{"plan_id": ', headers={**auth, "Content-Type": "application/json"}, timeout=10
    )
    check(malformed, 422, "MALFORMED_JSON")
    wrong_type = api.post("/orders/quote", {"plan_id": ["S012-06M"]})
    assert "plan_id" in check(wrong_type, 422, "VALIDATION_ERROR")["details"]["fields"]
    missing = api.post("/orders/quote", {})
    assert (
        check(missing, 422, "VALIDATION_ERROR")["details"]["fields"]["plan_id"] == "此欄位為必填。"
    )
    not_json = requests.post(
        url, data="plan_id=1", headers={**auth, "Content-Type": "text/plain"}, timeout=10
    )
    assert not_json.status_code == 422
    huge = api.post("/orders/quote", {"plan_id": "x" * (300 * 1024)})
    check(huge, 413, "PAYLOAD_TOO_LARGE")
    chunked = requests.post(
        url, data=iter([b"{" + b" " * (300 * 1024) + b"}"]), headers=auth, timeout=10
    )
    check(chunked, 413, "PAYLOAD_TOO_LARGE")
    check(api.get("/no/such/thing"), 404, "NOT_FOUND")
    check(api.call("DELETE", "/points"), 405, "METHOD_NOT_ALLOWED_HTTP")
    check(api.get("/orders?limit=0"), 422, "VALIDATION_ERROR")
    check(api.get("/orders?limit=abc"), 422, "VALIDATION_ERROR")
    check(api.post("/notifications/abc/read"), 404, "NOTIFICATION_NOT_FOUND")
    check(api.post(f"/notifications/{'9' * 40}/read"), 404, "NOTIFICATION_NOT_FOUND")
    check(api.get(f"/orders?offset={'9' * 30}"), 422, "VALIDATION_ERROR")
    check(api.get("/notifications?since=yesterday"), 422, "VALIDATION_ERROR")
    check(api.post("/_sandbox/clock", {"now": "not a date"}), 422, "VALIDATION_ERROR")
    form = api.call("PUT", "/application/form", {"ubn": "123"})
    assert form.status_code in (409, 422)
    assert "Traceback" not in form.text


def test_list_etags_and_since(api: Any) -> None:
    member = api.scenario()
    first = api.get("/notifications")
    etag = first.headers["ETag"]
    assert api.get("/notifications", headers={"If-None-Match": etag}).status_code == 304
    newest = first.json()["items"][0]["at"]
    assert api.ok("GET", "/notifications", params={"since": newest})["total"] == 0
    api.ok("POST", "/orders", signed_quote(api, member["demo_card_id"], "S012-06M"), status=201)
    changed = api.get("/notifications", headers={"If-None-Match": etag})
    assert changed.status_code == 200
    assert changed.headers["ETag"] != etag
    later = api.ok("GET", "/notifications", params={"since": newest})["items"]
    assert [n["kind"] for n in later] == ["order_status"]
    read = api.ok("POST", f"/notifications/{later[0]['id']}/read")
    assert read["read"] is True
    orders = api.get("/orders")
    assert api.get("/orders", headers={"If-None-Match": orders.headers["ETag"]}).status_code == 304
    categories = api.get("/categories")
    assert (
        api.get("/categories", headers={"If-None-Match": categories.headers["ETag"]}).status_code
        == 304
    )


@pytest.mark.parametrize("path", ["/categories", "/solutions", "/_sandbox/demo-cards"])
def test_every_list_pages_with_limit_and_offset(api: Any, path: str) -> None:
    """Contract, Conventions: lists take ``?limit=&offset=`` and answer the page with the
    number of items in all pages."""
    whole = api.ok("GET", path, params={"limit": 500})
    assert whole["total"] == len(whole["items"]) > 3
    page = api.ok("GET", path, params={"limit": 2, "offset": 1})
    assert (page["items"], page["total"]) == (whole["items"][1:3], whole["total"])
    assert api.get(path, params={"limit": 0}).status_code == 422


def test_docs_work_offline(api: Any) -> None:
    root = api.base.removesuffix("/api/v1")
    page = requests.get(f"{api.base}/docs", timeout=10)
    assert page.status_code == 200
    assert "cdn" not in page.text.lower()
    for asset in ("swagger-ui-bundle.js", "swagger-ui.css"):
        assert f"/api/v1/_docs/{asset}" in page.text
        assert requests.get(f"{root}/api/v1/_docs/{asset}", timeout=10).status_code == 200
    schema = requests.get(f"{api.base}/openapi.json", timeout=10).json()
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    paths = set(schema["paths"])
    for path in (
        "/api/v1/applicants/{ubn}",
        "/api/v1/auth/certificate-login",
        "/api/v1/orders/{order_id}/terminate",
        "/api/v1/_sandbox/vendor/orders/{order_id}/{action}",
        "/api/v1/_sandbox/faults",
    ):
        assert path in paths


def test_payment_and_phone_pages_answer_in_html(api: Any) -> None:
    """The browser pages of the training payment and phone verification: a missing order or
    transaction is a 404 page, not a JSON body; paying twice says why it cannot."""
    for method, path, title in (
        ("GET", "/_sandbox/pay/NO-SUCH-ORDER", "找不到訂單"),
        ("POST", "/_sandbox/pay/NO-SUCH-ORDER", "找不到訂單"),
        ("GET", "/_sandbox/phone-verify/no-such-transaction", "找不到驗證"),
    ):
        page = api.call(method, path)
        assert page.status_code == 404, (method, path)
        assert page.headers["content-type"].startswith("text/html")
        assert f"<h1>{title}</h1>" in page.text

    member = api.scenario()
    placed = api.ok("POST", "/orders", signed_quote(api, member["demo_card_id"], "S012-06M"), 201)
    api.ok("POST", f"/_sandbox/vendor/orders/{placed['id']}/confirm")
    shown = api.get(f"/_sandbox/pay/{placed['id']}")
    assert shown.status_code == 200
    assert "確認付款" in shown.text
    assert api.post(f"/_sandbox/pay/{placed['id']}").status_code == 200
    again = api.post(f"/_sandbox/pay/{placed['id']}")
    assert again.status_code == 409
    assert "<h1>無法付款</h1>" in again.text
