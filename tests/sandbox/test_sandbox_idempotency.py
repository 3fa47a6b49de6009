"""Idempotency-Key: a stored response is replayed only to the same applicant, on the same
endpoint (method and path), for the same key."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest
from sandbox_helpers import Api, signed_quote

KEY = {"Idempotency-Key": "shared-key-7"}


def signed_for(quote: dict[str, Any]) -> str:
    """The UBN in the text a quote asks the card to sign."""
    return str(json.loads(base64.b64decode(quote["to_be_signed"]))["ubn"])


def test_another_applicant_reusing_a_key_gets_its_own_answer(api: Api) -> None:
    first = api.scenario()
    quote_a = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"}, headers=KEY)

    other = Api(api.base)
    second = other.scenario()
    assert second["ubn"] != first["ubn"]
    response = other.post("/orders/quote", {"plan_id": "S012-06M"}, headers=KEY)
    assert response.status_code == 200
    assert "Idempotent-Replay" not in response.headers
    quote_b = response.json()
    assert quote_b["quote_id"] != quote_a["quote_id"]
    assert signed_for(quote_a) == first["ubn"]
    assert signed_for(quote_b) == second["ubn"]
    # A's replay is still A's.
    again = api.post("/orders/quote", {"plan_id": "S012-06M"}, headers=KEY)
    assert again.headers["Idempotent-Replay"] == "true"
    assert again.json() == quote_a


def test_the_same_key_on_another_endpoint_is_a_new_request(api: Api) -> None:
    member = api.scenario()
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"}, headers=KEY)
    body = signed_quote(api, member["demo_card_id"], "S012-06M")
    created = api.post("/orders", body, headers=KEY)
    assert created.status_code == 201, created.text
    assert "Idempotent-Replay" not in created.headers
    order: dict[str, Any] = created.json()
    assert "quote_id" not in order or order["quote_id"] != quote["quote_id"]
    assert api.ok("GET", "/orders")["total"] == 1
    # Same method and key on another path (another order's cancel) is not a replay either.
    cancelled = api.ok("POST", f"/orders/{order['id']}/cancel", headers=KEY)
    assert cancelled["id"] == order["id"]


@pytest.mark.parametrize("key", ["", "k" * 201])
def test_an_unusable_key_is_refused_with_the_reason(api: Api, key: str) -> None:
    api.scenario()
    response = api.post("/orders/quote", {"plan_id": "S012-06M"}, headers={"Idempotency-Key": key})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "VALIDATION_ERROR"
    assert error["message"] == "Idempotency-Key 須為 1–200 字元。"
    assert error["details"]["fields"] == {"Idempotency-Key": "長度不正確。"}


def test_the_longest_key_is_kept(api: Api) -> None:
    api.scenario()
    longest = {"Idempotency-Key": "k" * 200}
    first = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"}, headers=longest)
    again = api.post("/orders/quote", {"plan_id": "S012-06M"}, headers=longest)
    assert again.headers["Idempotent-Replay"] == "true"
    assert again.json() == first


@pytest.mark.parametrize(
    ("path", "body", "made"),
    [
        ("/auth/challenges", {"method": "moeaca_card"}, "challenge_id"),
        ("/auth/mobile-moica", {"mode": "push", "purpose": "login"}, "transaction_id"),
        ("/auth/phone", {}, "transaction_id"),
    ],
)
def test_logins_started_twice_with_one_key_start_once(
    api: Api, path: str, body: dict[str, Any], made: str
) -> None:
    """Contract, Conventions: creating POSTs honour Idempotency-Key, the ones before a login
    too: the client retries them with the same key after a lost answer, and a retried push
    must not reach the person's phone twice. The stored answer belongs to the applicant the
    UBN names."""
    fresh = api.ok("POST", "/_sandbox/scenarios", {"name": "fresh_applicant"})
    person = next(
        a for a in api.ok("GET", "/_sandbox/demo-applicants")["items"] if a["ubn"] == fresh["ubn"]
    )
    body = {
        "ubn": person["ubn"],
        "id_number": person["responsible_id"],
        "birthday": person["birthday"],
        "mobile": person["mobile"],
        **body,
    }
    first = api.post(path, body, headers=KEY)
    assert first.status_code == 200, first.text
    again = api.post(path, body, headers=KEY)
    assert again.headers["Idempotent-Replay"] == "true"
    assert again.json() == first.json()
    other = api.ok("POST", path, body, headers={"Idempotency-Key": "another-key"})
    assert other[made] != first.json()[made]
