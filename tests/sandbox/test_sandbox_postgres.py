"""Two platform processes on one PostgreSQL database (a classroom's shared server).

Runs on the PostgreSQL server of ``TCLOUD_TEST_DATABASE`` when it names one (as
``scripts/run_tests.py`` does), else on a throw-away local cluster of its own.
"""

from __future__ import annotations

import base64
import os
import secrets
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from ipaddress import ip_address
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography import x509
from sandbox_helpers import Api, overspend_attempt, signed_quote, standalone
from sqlalchemy.engine import make_url

from app.platform.client import PlatformClient
from app.platform.tokens import TokenStore
from app.platform.transport import forget_ca_file, trust_ca_file
from app.storage import ResponseCache, SecretStore, platform_id
from scripts.postgres_cluster import (
    PostgresUnavailableError,
    create_database,
    database_for_tests,
    throwaway_cluster,
)
from tests.tls_certificates import authority_and_leaf


@pytest.fixture(scope="module")
def postgres_server() -> Iterator[str]:
    """The URL of a PostgreSQL database whose server may create more databases."""
    configured = database_for_tests()
    if make_url(configured).get_backend_name() == "postgresql":
        yield configured
        return
    try:
        with throwaway_cluster() as url:
            yield url
    except PostgresUnavailableError as exc:
        if os.environ.get("TCLOUD_TEST_STACK") == "1":
            raise  # the test stack includes PostgreSQL: never skip there
        pytest.skip(str(exc))


@pytest.fixture
def two_processes(postgres_server: str) -> Iterator[tuple[str, str]]:
    """Two ``tcloud-sandbox`` processes started at once on one fresh database."""
    url = create_database(postgres_server, f"tcloud_{secrets.token_hex(6)}")
    # Both create the schema and seed the demo world on the empty database at once.
    with ThreadPoolExecutor(max_workers=2) as pool:
        starting = [pool.submit(_enter, standalone("--database", url)) for _ in range(2)]
        started = [future.result() for future in starting]
    try:
        yield started[0][1], started[1][1]
    finally:
        for manager, _base in started:
            manager.__exit__(None, None, None)


def _enter(manager: Any) -> tuple[Any, str]:
    return manager, manager.__enter__()


def test_two_processes_never_overspend_points(two_processes: tuple[str, str]) -> None:
    first, second = two_processes
    overspend_attempt(Api(first), [first, second])


def test_two_processes_never_duplicate_an_idempotent_order(two_processes: tuple[str, str]) -> None:
    first, second = two_processes
    client = Api(first)
    member = client.scenario()
    body = signed_quote(client, member["demo_card_id"], "S012-06M")
    headers = {"Authorization": f"Bearer {member['token']}", "Idempotency-Key": "order-once"}

    def submit(index: int) -> requests.Response:
        with requests.Session() as http:
            base = (first, second)[index % 2]
            return http.post(f"{base}/orders", json=body, headers=headers, timeout=60)

    with ThreadPoolExecutor(max_workers=16) as pool:
        responses = list(pool.map(submit, range(16)))
    assert [r.status_code for r in responses] == [201] * 16, [r.text for r in responses]
    assert all(r.json() == responses[0].json() for r in responses)  # the first, replayed
    assert sum(r.headers.get("Idempotent-Replay") == "true" for r in responses) == 15
    assert client.ok("GET", "/orders")["total"] == 1
    points = client.ok("GET", "/points")
    assert points["balance"] == 15000
    assert [row["kind"] for row in points["ledger"]] == ["grant", "use"]


def test_two_processes_number_orders_uniquely(two_processes: tuple[str, str]) -> None:
    """Applicants ordering at the same moment on both processes get distinct order numbers."""
    first, second = two_processes
    members = []
    for _ in range(6):
        client = Api(first)
        member = client.scenario()
        members.append((client, member, signed_quote(client, member["demo_card_id"], "S012-06M")))

    def submit(numbered: tuple[int, Any]) -> requests.Response:
        index, (_client, member, body) = numbered
        with requests.Session() as http:
            base = (first, second)[index % 2]
            auth = {"Authorization": f"Bearer {member['token']}"}
            return http.post(f"{base}/orders", json=body, headers=auth, timeout=60)

    with ThreadPoolExecutor(max_workers=6) as pool:
        responses = list(pool.map(submit, enumerate(members)))
    assert [r.status_code for r in responses] == [201] * 6, [r.text for r in responses]
    assert len({r.json()["id"] for r in responses}) == 6


def test_classroom_server_over_https_for_the_desktop_client(
    postgres_server: str, tmp_path: Path
) -> None:
    """The README's classroom set-up: HTTPS on PostgreSQL, trainees with --ca-file."""
    ca, cert, key = authority_and_leaf(
        tmp_path, authority="Classroom CA", names=[x509.IPAddress(ip_address("127.0.0.1"))]
    )
    url = create_database(postgres_server, f"tcloud_{secrets.token_hex(6)}")
    args = ("--database", url, "--tls-cert", str(cert), "--tls-key", str(key))
    with standalone(*args, verify=str(ca)) as base:
        assert base.startswith("https://")
        member = requests.post(f"{base}/_sandbox/scenarios", json={}, timeout=30, verify=str(ca))
        ubn = member.json()["ubn"]
        trust_ca_file(ca)  # what tcloud-desktop --ca-file does
        try:
            secret_store = SecretStore()
            client = PlatformClient(
                base,
                tokens=TokenStore(secret_store),
                cache=ResponseCache(platform_id(base), secrets=secret_store),
            )
            try:
                assert client.lookup_applicant(ubn).ubn == ubn
                categories = client.list_categories()
                assert not categories.from_cache
                assert len(categories.data) == 15
            finally:
                client.close()
        finally:
            forget_ca_file()


def test_two_processes_accept_a_signed_login_challenge_once(
    two_processes: tuple[str, str],
) -> None:
    first, second = two_processes
    client = Api(first)
    member = client.scenario()
    challenge = client.ok(
        "POST", "/auth/challenges", {"ubn": member["ubn"], "method": "moeaca_card"}
    )
    signed = client.sign(member["demo_card_id"], base64.b64decode(challenge["to_be_signed"]))
    body = {"challenge_id": challenge["challenge_id"], **signed}

    def submit(index: int) -> requests.Response:
        with requests.Session() as http:
            base = (first, second)[index % 2]
            return http.post(f"{base}/auth/certificate-login", json=body, timeout=60)

    with ThreadPoolExecutor(max_workers=16) as pool:
        responses = list(pool.map(submit, range(16)))
    codes = sorted(r.status_code for r in responses)
    assert codes == [200] + [409] * 15, [r.text for r in responses]
    refused = {r.json()["error"]["code"] for r in responses if r.status_code == 409}
    assert refused == {"CHALLENGE_USED"}
