"""Hostile servers: every call ends in time, within memory, as a typed error.

The client's deadlines are made short here (about a second) so that each test is fast;
the bounds asserted are those deadlines plus a small allowance for the machine.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
import tracemalloc
from collections.abc import Callable

import pytest
from hostile_http import (
    Behaviour,
    answer,
    endless_chunked,
    hostile_server,
    oversize_declared,
    oversize_until_close,
    trickling_body,
    trickling_headers,
    trickling_tls_handshake,
)
from local_http import LocalServer
from platform_answers import like_platform, recorded

from app.platform.client import PlatformClient
from app.platform.errors import (
    AnswerTooDeep,
    AnswerTooLarge,
    CallCancelled,
    DeadlineExceeded,
    ImplausibleValue,
    NetworkError,
    PlatformClientError,
    ProtocolError,
    RedirectRefused,
)
from app.platform.guard import CancelScope, cancel_calls_in_flight, oldest_call_started
from app.platform.tokens import TokenStore
from app.storage import SecretStore

ATTEMPT = 0.8
TOTAL = 1.2
SLACK = 0.7
CAP = 1024 * 1024
APPLICANT = like_platform(
    "applicant",
    {
        "ubn": "16480894",
        "name": "雲端示範股份有限公司（測試）",
        "applicant_type": "sme",
        "allowed_methods": ["moeaca_card"],
        "member": False,
        "pavilions": ["general"],
        "pavilion": "general",
        "review": None,
    },
)


def _client(url: str, **kwargs: object) -> PlatformClient:
    options: dict[str, object] = {
        "tokens": TokenStore(SecretStore()),
        "timeout": (1.0, 0.5),
        "attempt_deadline": ATTEMPT,
        "total_deadline": TOTAL,
        "max_answer_bytes": CAP,
        "backoff_seconds": 0.05,
    }
    options.update(kwargs)
    return PlatformClient(url, **options)  # type: ignore[arg-type]


def measure(call: Callable[[], object]) -> tuple[BaseException, float, int]:
    """Run a call that must fail: (its error, seconds taken, peak traced memory)."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        call()
    except BaseException as error:
        caught: BaseException = error
    else:
        pytest.fail("the call did not fail")
    finally:
        took = time.monotonic() - started
        _size, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return caught, took, peak


def test_trickled_headers_end_at_the_attempt_deadline() -> None:
    with hostile_server(trickling_headers) as server:
        client = _client(server.url, retries=0)
        error, took, _peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, DeadlineExceeded)
    assert error.kind == "timeout"
    assert took < ATTEMPT + SLACK


def test_a_trickled_tls_handshake_ends_in_time() -> None:
    # Python bounds a whole TLS handshake by the socket timeout (the connect timeout).
    with hostile_server(trickling_tls_handshake) as server:
        client = _client(f"https://127.0.0.1:{server.port}/api/v1", retries=0)
        error, took, _peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, NetworkError)
    assert error.kind == "timeout"
    assert took < 1.0 + SLACK  # the test client's connect timeout


def test_trickled_body_ends_at_the_attempt_deadline() -> None:
    with hostile_server(trickling_body) as server:
        client = _client(server.url, retries=0)
        error, took, _peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, DeadlineExceeded)
    assert took < ATTEMPT + SLACK


def test_retries_share_one_total_deadline() -> None:
    with hostile_server(trickling_headers) as server:
        client = _client(server.url, attempt_deadline=0.4, retries=10)
        error, took, _peak = measure(lambda: client.lookup_applicant("16480894"))
        visits = server.connections
    assert isinstance(error, DeadlineExceeded)
    assert visits >= 2  # it did retry ...
    assert took < TOTAL + SLACK  # ... but never beyond the total deadline


def test_endless_chunked_body_stops_at_the_size_cap() -> None:
    with hostile_server(endless_chunked) as server:
        client = _client(server.url, retries=0)
        error, took, peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, AnswerTooLarge)
    assert took < ATTEMPT + SLACK
    assert peak < 4 * CAP


@pytest.mark.parametrize("behaviour", [oversize_declared, oversize_until_close])
def test_oversize_answers_are_refused_without_reading_them(behaviour: Behaviour) -> None:
    with hostile_server(behaviour) as server:
        client = _client(server.url, retries=0)
        error, took, peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, AnswerTooLarge)
    assert error.code == "ANSWER_TOO_LARGE"
    assert took < ATTEMPT + SLACK
    assert peak < 4 * CAP


def test_a_compressed_answer_is_capped_by_its_unpacked_size() -> None:
    bomb = gzip.compress(b" " * (50 * CAP))  # 50 MiB of spaces in about 50 KiB
    assert len(bomb) < CAP // 4
    with hostile_server(answer(200, bomb, {"Content-Encoding": "gzip"})) as server:
        client = _client(server.url, retries=0)
        error, took, peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, AnswerTooLarge)
    assert took < ATTEMPT + SLACK
    assert peak < 4 * CAP


def test_the_default_cap_is_eight_mebibytes() -> None:
    assert PlatformClient.__init__.__kwdefaults__["max_answer_bytes"] == 8 * 1024 * 1024
    assert PlatformClient.__init__.__kwdefaults__["attempt_deadline"] == 30.0
    assert PlatformClient.__init__.__kwdefaults__["total_deadline"] == 60.0


@pytest.mark.parametrize("depth", [40, 2_000, 200_000])
def test_deeply_nested_json_is_a_typed_error(depth: int) -> None:
    body = b'{"ubn": ' + b"[" * depth + b"]" * depth + b"}"
    with hostile_server(answer(200, body)) as server:
        client = _client(server.url, retries=0)
        error, took, _peak = measure(lambda: client.lookup_applicant("16480894"))
    assert isinstance(error, AnswerTooDeep)
    assert took < ATTEMPT + SLACK


def test_nesting_inside_strings_does_not_count() -> None:
    body = json.dumps({**APPLICANT, "name": "[" * 500 + "{" * 500}).encode()
    with hostile_server(answer(200, body)) as server:
        applicant = _client(server.url).lookup_applicant("16480894")
    assert applicant.name.startswith("[[[")


@pytest.mark.parametrize(
    "body",
    [
        b"\xff\xfe not utf-8",
        b'{"ubn": "1648',
        b"<html>maintenance</html>",
        b'{"ubn": 16480894, "name": null}',
        b"[]",
        b'"just text"',
        b'{"ubn": "16480894", "name": "x", "applicant_type": "alien", "allowed_methods": []}',
    ],
)
def test_any_malformed_answer_is_a_platform_client_error(body: bytes) -> None:
    with hostile_server(answer(200, body)) as server, pytest.raises(PlatformClientError) as info:
        _client(server.url).lookup_applicant("16480894")
    assert isinstance(info.value, ProtocolError)


def test_an_error_body_that_is_too_deep_still_reports_the_status() -> None:
    body = b"[" * 100_000 + b"]" * 100_000
    with hostile_server(answer(409, body)) as server, pytest.raises(PlatformClientError) as info:
        _client(server.url).lookup_applicant("16480894")
    assert getattr(info.value, "status", None) == 409


def _redirect_to(target: str) -> Callable[[object], tuple[int, dict[str, str], bytes | None]]:
    return lambda _seen: (302, {"Location": target}, None)


def test_redirect_to_another_origin_is_not_followed(local_server: LocalServer) -> None:
    with hostile_server(answer(200, b"{}")) as other:
        local_server.routes[("GET", "/api/v1/applicants/16480894")] = _redirect_to(
            f"{other.url}/applicants/16480894"
        )
        client = _client(local_server.url)
        client.use_token("16480894", "secret-session-token")
        with pytest.raises(RedirectRefused) as info:
            client.lookup_applicant("16480894")
        assert other.connections == 0  # the session token never left for the other host
    assert info.value.code == "REDIRECT_REFUSED"
    assert str(other.port) in info.value.target


def test_redirect_within_the_origin_is_followed(local_server: LocalServer) -> None:
    local_server.json_route(
        "GET",
        "/api/v1/applicants/16480894/",
        200,
        {**APPLICANT, "name": "好公司"},
    )
    local_server.routes[("GET", "/api/v1/applicants/16480894")] = _redirect_to(
        "/api/v1/applicants/16480894/"
    )
    assert _client(local_server.url).lookup_applicant("16480894").name == "好公司"


def test_a_redirect_loop_ends_as_a_typed_error(local_server: LocalServer) -> None:
    local_server.routes[("GET", "/api/v1/applicants/16480894")] = _redirect_to(
        "/api/v1/applicants/16480894"
    )
    with pytest.raises(RedirectRefused):
        _client(local_server.url).lookup_applicant("16480894")


def test_cancel_ends_a_trickling_call_at_once() -> None:
    scope = CancelScope()
    outcome: list[BaseException] = []
    with hostile_server(trickling_headers) as server:
        client = _client(server.url, attempt_deadline=30.0, total_deadline=60.0, retries=3)

        def work() -> None:
            try:
                scope.run(lambda: client.lookup_applicant("16480894"))
            except BaseException as error:
                outcome.append(error)

        worker = threading.Thread(target=work)
        worker.start()
        # Cancel once the call is under way: the server has its connection.
        started = time.monotonic()
        while server.connections == 0:
            assert time.monotonic() - started < 10, "the call never reached the server"
            time.sleep(0.01)
        cancelled_at = time.monotonic()
        scope.cancel()
        worker.join(5)
        took = time.monotonic() - cancelled_at
    assert not worker.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], CallCancelled)
    assert outcome[0].code == "CALL_CANCELLED"
    # Without the cancel the call runs to its 30 s deadline; "at once" leaves room for a
    # loaded test machine's thread scheduling (0.5 s was missed there under load).
    assert took < 2.0


def test_a_cancelled_scope_makes_no_call(local_server: LocalServer) -> None:
    scope = CancelScope()
    scope.cancel()
    with pytest.raises(CallCancelled):
        scope.run(lambda: _client(local_server.url).lookup_applicant("16480894"))
    assert local_server.seen == []


QUOTE = like_platform(
    "quote",
    {
        "quote_id": "q1",
        "plan_id": "p1",
        "pavilion": "general",
        "price": 60_000,
        "points": 30_000,
        "self_pay": 30_000,
        "ratio": "1:1",
        "points_reason": None,
        "to_be_signed": "e30=",
        "expires_at": "2026-06-01T09:10:00+08:00",
    },
)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("points", -1),
        ("self_pay", -30_000),
        ("price", 10**15),
        ("points", 2**63),
    ],
)
def test_implausible_points_and_prices_are_typed_errors(
    local_server: LocalServer, field: str, value: int
) -> None:
    local_server.json_route("POST", "/api/v1/orders/quote", 200, {**QUOTE, field: value})
    client = _client(local_server.url)
    client.use_token("16480894", "token")
    with pytest.raises(ImplausibleValue) as info:
        client.quote_order("p1")
    assert info.value.code == "IMPLAUSIBLE_VALUE"
    assert info.value.where == f"quote.{field}"


@pytest.mark.parametrize(
    "points",
    [
        {"balance": -5, "granted": 30_000},
        {"balance": 5, "granted": 30_000, "points_cap": -200_000},
        {"balance": 5, "granted": 10**12},
    ],
)
def test_implausible_points_balances_are_typed_errors(
    local_server: LocalServer, points: dict[str, int]
) -> None:
    local_server.json_route("GET", "/api/v1/points", 200, {**recorded()["points"], **points})
    client = _client(local_server.url)
    client.use_token("16480894", "token")
    with pytest.raises(ImplausibleValue):
        client.get_points()


def test_plausible_amounts_pass(local_server: LocalServer) -> None:
    local_server.json_route("POST", "/api/v1/orders/quote", 200, {**QUOTE, "price": 600_000})
    client = _client(local_server.url)
    client.use_token("16480894", "token")
    assert client.quote_order("p1").price == 600_000


def test_calls_in_flight_are_listed_and_can_be_cancelled_from_another_thread() -> None:
    # Calls are listed process-wide: none may be left over from an earlier test (the root
    # conftest ends them at each test's teardown).
    assert oldest_call_started() is None
    outcome: list[BaseException] = []
    with hostile_server(trickling_headers) as server:
        client = _client(server.url, attempt_deadline=30.0, total_deadline=60.0)

        def work() -> None:
            try:
                client.lookup_applicant("16480894")
            except BaseException as error:
                outcome.append(error)

        before = time.monotonic()
        worker = threading.Thread(target=work)
        worker.start()
        while oldest_call_started() is None:
            assert time.monotonic() - before < 5
            time.sleep(0.01)
        started = oldest_call_started()
        assert started is not None
        assert started >= before
        assert cancel_calls_in_flight() == 1
        worker.join(5)
    assert isinstance(outcome[0], CallCancelled)
    assert oldest_call_started() is None


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_a_trickling_proxy_ends_at_the_attempt_deadline(
    monkeypatch: pytest.MonkeyPatch, scheme: str
) -> None:
    # http: the proxy forwards and trickles the answer; https: it trickles its CONNECT answer
    with hostile_server(trickling_headers) as proxy:
        monkeypatch.setenv(f"{scheme.upper()}_PROXY", f"http://127.0.0.1:{proxy.port}")
        client = _client(f"{scheme}://localhost:9/api/v1", retries=0)
        assert client.proxy() == f"http://127.0.0.1:{proxy.port}"
        error, took, _peak = measure(lambda: client.lookup_applicant("16480894"))
        assert proxy.connections == 1
    assert isinstance(error, DeadlineExceeded)
    assert took < ATTEMPT + SLACK
