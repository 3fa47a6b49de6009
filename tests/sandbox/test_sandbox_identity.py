"""UBN lookup and every login refusal the platform documents."""

from __future__ import annotations

import base64
import datetime as dt
from typing import Any

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import NameOID
from sandbox_helpers import wait_until

from sandbox.embedded import serve_in_thread
from sandbox.server import create_app


def error(response: requests.Response) -> tuple[int, str]:
    body = response.json()
    assert set(body["error"]) == {"code", "message", "details"}
    return response.status_code, body["error"]["code"]


def test_ubn_lookup(api: Any) -> None:
    sme = api.ok("GET", "/applicants/16480894")
    assert sme["applicant_type"] == "sme"
    assert sme["allowed_methods"] == ["moeaca_card", "moica_card", "moica_mobile", "phone"]
    assert api.ok("GET", "/applicants/17784483")["allowed_methods"] == [
        "moica_card",
        "moica_mobile",
    ]
    assert api.ok("GET", "/applicants/23831903")["allowed_methods"] == ["xca_card"]
    assert error(api.get("/applicants/16480895")) == (422, "INVALID_UBN")
    assert error(api.get("/applicants/abc")) == (422, "INVALID_UBN")
    assert error(api.get("/applicants/04595252")) == (404, "UBN_NOT_FOUND")
    branch = api.get("/applicants/95753514")
    assert error(branch) == (403, "NOT_ELIGIBLE")
    assert branch.json()["error"]["details"]["reasons"][0]["code"] == "DOMESTIC_BRANCH"


def challenge(api: Any, ubn: str, method: str) -> dict[str, Any]:
    return dict(api.ok("POST", "/auth/challenges", {"ubn": ubn, "method": method}))


def attempt(api: Any, ubn: str, method: str, card_id: str) -> requests.Response:
    ch = challenge(api, ubn, method)
    signed = api.sign(card_id, base64.b64decode(ch["to_be_signed"]))
    return api.post("/auth/certificate-login", {"challenge_id": ch["challenge_id"], **signed})


@pytest.mark.parametrize(
    ("ubn", "method", "card_id", "expected"),
    [
        ("16480894", "moeaca_card", "moeaca-revoked", (401, "CERT_REVOKED")),
        ("16480894", "moica_card", "moica-expired", (401, "CERT_EXPIRED")),
        ("16480894", "moica_card", "moica-stranger", (403, "IDENTITY_MISMATCH")),
        ("16480894", "moeaca_card", "moeaca-maker", (403, "IDENTITY_MISMATCH")),
        ("18302983", "xca_card", "xca-social", (403, "IDENTITY_MISMATCH")),
        ("17784483", "moica_card", "moica-sme-owner", (403, "IDENTITY_MISMATCH")),
        ("16480894", "moica_card", "moeaca-sme-primary", (422, "CERT_KIND_MISMATCH")),
    ],
)
def test_login_refusals(api: Any, ubn: str, method: str, card_id: str, expected: Any) -> None:
    assert error(attempt(api, ubn, method, card_id)) == expected


def test_methods_not_allowed(api: Any) -> None:
    for ubn, method in (
        ("17784483", "moeaca_card"),
        ("23831903", "moica_card"),
        ("17784483", "xca_card"),
    ):
        response = api.post("/auth/challenges", {"ubn": ubn, "method": method})
        assert error(response) == (403, "METHOD_NOT_ALLOWED")
    phone = api.post(
        "/auth/phone",
        {
            "ubn": "17784483",
            "id_number": "F25875018",
            "birthday": "1980-11-30",
            "mobile": "0933111222",
        },
    )
    assert error(phone) == (403, "METHOD_NOT_ALLOWED")
    # An XCA certificate cannot log an SME in, even against a challenge for another method.
    ch = challenge(api, "16480894", "moeaca_card")
    signed = api.sign("xca-coop", base64.b64decode(ch["to_be_signed"]))
    response = api.post("/auth/certificate-login", {"challenge_id": ch["challenge_id"], **signed})
    assert error(response) == (403, "METHOD_NOT_ALLOWED")


def test_signature_and_challenge_checks(api: Any) -> None:
    ch = challenge(api, "16480894", "moeaca_card")
    signed = api.sign("moeaca-sme-primary", b"something else")
    response = api.post("/auth/certificate-login", {"challenge_id": ch["challenge_id"], **signed})
    assert error(response) == (401, "SIGNATURE_INVALID")
    good = api.sign("moeaca-sme-primary", base64.b64decode(ch["to_be_signed"]))
    api.ok("POST", "/auth/certificate-login", {"challenge_id": ch["challenge_id"], **good})
    again = api.post("/auth/certificate-login", {"challenge_id": ch["challenge_id"], **good})
    assert error(again) == (409, "CHALLENGE_USED")
    late = challenge(api, "16480894", "moeaca_card")
    api.ok("POST", "/_sandbox/clock", {"advance_seconds": 600})
    signed = api.sign("moeaca-sme-primary", base64.b64decode(late["to_be_signed"]))
    response = api.post("/auth/certificate-login", {"challenge_id": late["challenge_id"], **signed})
    assert error(response) == (401, "CHALLENGE_EXPIRED")
    unknown = api.post("/auth/certificate-login", {"challenge_id": "nope", **signed})
    assert error(unknown) == (404, "CHALLENGE_NOT_FOUND")
    fresh = challenge(api, "16480894", "moeaca_card")
    garbage = api.post(
        "/auth/certificate-login",
        {**signed, "challenge_id": fresh["challenge_id"], "certificate": "!!"},
    )
    assert error(garbage) == (422, "VALIDATION_ERROR")
    not_a_cert = base64.b64encode(b"not a certificate").decode()
    response = api.post(
        "/auth/certificate-login",
        {**signed, "challenge_id": fresh["challenge_id"], "certificate": not_a_cert},
    )
    assert error(response) == (422, "CERT_MALFORMED")


def test_untrusted_certificate(api: Any) -> None:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "王大明")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .sign(key, hashes.SHA256())
    )
    ch = challenge(api, "16480894", "moica_card")
    document = base64.b64decode(ch["to_be_signed"])
    body = {
        "challenge_id": ch["challenge_id"],
        "signature": base64.b64encode(
            key.sign(document, padding.PKCS1v15(), hashes.SHA256())
        ).decode(),
        "certificate": base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode(),
        "chain": [],
    }
    assert error(api.post("/auth/certificate-login", body)) == (401, "CERT_UNTRUSTED")


def test_mobile_rejected_and_expired(api: Any) -> None:
    body = {"ubn": "16480894", "id_number": "A123456789", "mode": "push", "purpose": "login"}
    rejected = api.ok("POST", "/auth/mobile-moica", body)
    api.ok("POST", f"/_sandbox/mobile/{rejected['transaction_id']}/reject")
    assert api.ok("GET", f"/auth/mobile-moica/{rejected['transaction_id']}")["status"] == "rejected"
    closed = api.post(f"/_sandbox/mobile/{rejected['transaction_id']}/approve")
    assert error(closed) == (409, "MOBILE_TRANSACTION_CLOSED")
    expiring = api.ok("POST", "/auth/mobile-moica", body)
    api.ok("POST", "/_sandbox/clock", {"advance_seconds": 600})
    polled = api.ok("GET", f"/auth/mobile-moica/{expiring['transaction_id']}")
    assert polled["status"] == "expired"
    assert "token" not in polled
    stranger = api.post("/auth/mobile-moica", {**body, "id_number": "P141501163"})
    assert error(stranger) == (403, "IDENTITY_MISMATCH")
    bad_id = api.post("/auth/mobile-moica", {**body, "id_number": "A123456788"})
    assert error(bad_id) == (422, "INVALID_NATIONAL_ID")
    phone = {
        "ubn": "16480894",
        "id_number": "A123456789",
        "birthday": "1975-03-14",
        "mobile": "0912345678",
    }
    assert error(api.post("/auth/phone", {**phone, "mobile": "12345"})) == (422, "VALIDATION_ERROR")
    assert error(api.post("/auth/phone", {**phone, "mobile": "0911111111"})) == (
        403,
        "PHONE_NOT_MATCHED",
    )
    assert error(api.get("/auth/phone/unknown")) == (404, "MOBILE_TRANSACTION_NOT_FOUND")


def test_password_session_is_read_only(api: Any) -> None:
    member = api.scenario("member_with_points", "sme")
    api.token = None
    login = api.ok("POST", "/auth/password-login", {"ubn": member["ubn"], "password": "Demo1234"})
    api.token = login["token"]
    assert api.ok("GET", "/points")["balance"] == 30000
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    response = api.post("/orders", {"quote_id": quote["quote_id"], "mobile_transaction_id": "x"})
    assert error(response) == (403, "READ_ONLY_SESSION")
    wrong = api.post("/auth/password-login", {"ubn": member["ubn"], "password": "wrong-one1"})
    assert error(wrong) == (401, "INVALID_CREDENTIALS")
    api.ok("POST", "/auth/logout")
    assert error(api.get("/points")) == (401, "TOKEN_INVALID")


def test_tokens_and_other_applicants(api: Any) -> None:
    assert error(api.get("/points")) == (401, "UNAUTHENTICATED")
    assert error(api.get("/points", headers={"Authorization": "Bearer made-up"})) == (
        401,
        "TOKEN_INVALID",
    )
    first = api.scenario("member_with_points", "sme")
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    block = api.block(first["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    order = api.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201)
    api.scenario("member_with_points", "cooperative")
    assert error(api.get(f"/orders/{order['id']}")) == (404, "ORDER_NOT_FOUND")
    assert error(api.post(f"/orders/{order['id']}/cancel")) == (404, "ORDER_NOT_FOUND")
    # A quote of another applicant cannot be ordered either.
    block = api.block("xca-coop", base64.b64decode(quote["to_be_signed"]))
    assert error(api.post("/orders", {"quote_id": quote["quote_id"], **block})) == (
        404,
        "QUOTE_NOT_FOUND",
    )


def test_expired_token() -> None:
    server = serve_in_thread(create_app("sqlite://", token_ttl_seconds=0.5))
    try:
        created = requests.post(
            f"{server.base_url}/_sandbox/scenarios", json={"name": "member_with_points"}, timeout=30
        ).json()
        headers = {"Authorization": f"Bearer {created['token']}"}
        assert (
            requests.get(f"{server.base_url}/points", headers=headers, timeout=30).status_code
            == 200
        )

        # Tokens expire on the wall clock (moving the training clock logs no one out).
        def refused() -> bool:
            answer = requests.get(f"{server.base_url}/points", headers=headers, timeout=30)
            return answer.status_code == 401

        wait_until(refused, timeout=10)
        response = requests.get(f"{server.base_url}/points", headers=headers, timeout=30)
        assert error(response) == (401, "TOKEN_EXPIRED")
    finally:
        server.stop()


def test_test_cas_publish_their_crls(api: Any) -> None:
    from cryptography import x509

    from certs.profile import CardKind
    from certs.testpki import DemoPKI

    pki = DemoPKI.load()
    answer = api.get("/_sandbox/crl/moeaca.crl")
    assert answer.status_code == 200
    assert answer.headers["content-type"] == "application/pkix-crl"
    crl = x509.load_der_x509_crl(answer.content)
    assert crl.is_signature_valid(pki.cas[CardKind.MOEACA].certificate.public_key())
    revoked = pki.cards["moeaca-revoked"].certificate.serial_number
    assert crl.get_revoked_certificate_by_serial_number(revoked) is not None
    missing = api.get("/_sandbox/crl/unknown.crl")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "CRL_NOT_FOUND"


def test_the_method_cannot_change_once_registration_started(api: Any) -> None:
    """Seed 001: 一旦開始註冊以後，將無法切換驗證方式 — also after the program restarts."""
    api.card_login("16480894", "moeaca_card", "moeaca-sme-primary")
    phone = api.post(
        "/auth/phone",
        {
            "ubn": "16480894",
            "id_number": "A123456789",
            "birthday": "1975-03-14",
            "mobile": "0912345678",
        },
    )
    assert error(phone) == (409, "METHOD_LOCKED")
    assert phone.json()["error"]["details"] == {"method": "moeaca_card"}
    mobile = api.post(
        "/auth/mobile-moica",
        {"ubn": "16480894", "id_number": "A123456789", "mode": "qr", "purpose": "login"},
    )
    assert error(mobile) == (409, "METHOD_LOCKED")
    moica = api.post("/auth/challenges", {"ubn": "16480894", "method": "moica_card"})
    assert error(moica) == (409, "METHOD_LOCKED")
    # the method it started with goes on working
    assert api.card_login("16480894", "moeaca_card", "moeaca-sme-primary")["token"]


def test_a_member_may_sign_in_with_any_allowed_method(api: Any) -> None:
    member = api.scenario()
    assert member["demo_card_id"].startswith("moeaca")  # registered with the company card
    moica = api.post("/auth/challenges", {"ubn": member["ubn"], "method": "moica_card"})
    assert moica.status_code == 200
