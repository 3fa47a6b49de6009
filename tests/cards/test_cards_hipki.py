"""HiPKI LocalSignServer client against the fake server backed by emulated cards."""

from __future__ import annotations

import base64
import contextlib
import json
import socket
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives.serialization import Encoding
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cards.affinity import OffCardThread
from app.cards.errors import (
    CardError,
    HiPkiError,
    HiPkiNotAuthorised,
    MalformedResponse,
    NoCard,
    NoPinPad,
    NoReader,
    PinBlocked,
    PinCancelled,
    PinFormatInvalid,
    PinWrong,
    SignerUnavailable,
)
from app.cards.hipki import HiPkiSigner, code_value, hipki_error
from app.cards.identity import prechecked
from app.cards.signer import SignerKind
from app.cards.traffic import TRAFFIC
from certs.testpki import DemoPKI
from certs.trust import TrustStore, verify_signature
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import DEFAULT_READER, VirtualReaders
from sandbox.hipki.server import FakeHiPki

AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "自評表".encode()


@pytest.fixture
def readers() -> VirtualReaders:
    return VirtualReaders((DEFAULT_READER, "Reader B"))


@pytest.fixture
def server(readers: VirtualReaders) -> Iterator[FakeHiPki]:
    with FakeHiPki(readers.slots) as fake:
        yield fake


@pytest.fixture
def client(server: FakeHiPki, pki: DemoPKI) -> HiPkiSigner:
    store = TrustStore.production() | pki.trust_store()
    return HiPkiSigner(server.url, prepare=lambda i: prechecked(i, store, AT))


def test_identities_and_sign(
    client: HiPkiSigner, readers: VirtualReaders, make_card: Callable[[str], EmulatedCard]
) -> None:
    assert client.availability().available
    readers.insert(make_card("moeaca-sme-primary"))
    readers.insert(make_card("xca-social"), "Reader B")
    found = {who.handle: who for who in client.identities()}
    assert found[DEFAULT_READER].identity.ubn == "16480894"
    assert found["Reader B"].identity.org_code == "23831903"
    assert all(w.identity.usable and w.signer is SignerKind.HIPKI for w in found.values())
    result = client.sign(found["Reader B"], DOC, "123456")
    verify_signature(result.certificate, DOC, result.signature)
    assert result.card_serial == found["Reader B"].card_serial
    assert client.pin_tries_left(found["Reader B"]) is None


def test_wrong_pin_counts_down_to_blocked(
    client: HiPkiSigner, readers: VirtualReaders, make_card: Callable[[str], EmulatedCard]
) -> None:
    card = make_card("moica-coop-owner")
    readers.insert(card)
    [who] = client.identities()
    errors: list[CardError] = []
    for left in (2, 1):
        with pytest.raises(PinWrong) as info:
            client.sign(who, DOC, "000000")
        assert info.value.tries_left == left
        errors.append(info.value)
    with pytest.raises(PinBlocked) as blocked:
        client.sign(who, DOC, "000000")
    errors.append(blocked.value)
    with pytest.raises(PinBlocked):
        client.sign(who, DOC, "123456")
    assert card.tries_left == 0
    for error in errors:
        assert "000000" not in str(error)
        assert "000000" not in repr(error)


def test_no_card_and_no_server(
    client: HiPkiSigner, readers: VirtualReaders, make_card: Callable[[str], EmulatedCard]
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    [who] = client.identities()
    readers.remove()
    with pytest.raises(NoCard):
        client.sign(who, DOC, "123456")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        free_port = probe.getsockname()[1]
    absent = HiPkiSigner(f"http://127.0.0.1:{free_port}", timeout=1)
    assert not absent.availability().available
    with pytest.raises(SignerUnavailable):
        absent.identities()


@pytest.mark.parametrize("refusal", [0x7600000F, 0x76000031])
def test_site_not_authorised(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], refusal: int
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    allowed = frozenset({"https://marketplace"})
    with FakeHiPki(readers.slots, allowed_origins=allowed, refusal_code=refusal) as fake:
        with pytest.raises(HiPkiNotAuthorised) as info:
            HiPkiSigner(fake.url).identities()
        assert info.value.ret_code == refusal
        assert HiPkiSigner(fake.url, origin="https://marketplace").identities()


def test_pin_format_checked_before_sending(
    client: HiPkiSigner, readers: VirtualReaders, make_card: Callable[[str], EmulatedCard]
) -> None:
    card = make_card("moica-sme-owner")
    readers.insert(card)
    [who] = client.identities()
    with pytest.raises(PinFormatInvalid):
        client.sign(who, DOC, "123")
    assert card.tries_left == 3


@pytest.mark.parametrize(
    ("ret", "last", "error"),
    [
        (0x76100006, 0xA0, PinWrong),
        (0x76100006, 0xA2, PinFormatInvalid),
        (0x76100006, 0xA4, PinBlocked),
        (0x76000999, 0, PinCancelled),
        (0x76000006, 0, NoCard),
        (0x76123456, 0x99, HiPkiError),
    ],
)
def test_ret_code_table(ret: int, last: int, error: type[CardError]) -> None:
    mapped = hipki_error(ret, last)
    assert isinstance(mapped, error)
    assert mapped.code.isupper()


class Scripted(BaseHTTPRequestHandler):
    body: bytes = b"{}"
    status: int = 200

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.send_response(self.status)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def do_POST(self) -> None:
        self.do_GET()


@pytest.fixture(scope="module")
def hostile() -> Iterator[tuple[str, type[Scripted]]]:
    handler = type("Hostile", (Scripted,), {})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler
    server.shutdown()
    server.server_close()
    thread.join(5)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["slots", "token", "certs", "certb64", "label", "ret_code", "x"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def well_formed_answer() -> bytes:
    """``GET /pkcs11info`` as HiPKI answers with a card in the reader (FakeHiPki)."""
    readers = VirtualReaders((DEFAULT_READER,))
    readers.insert(EmulatedCard.from_demo_card(DemoPKI.load().cards["moica-sme-owner"]))
    with FakeHiPki(readers.slots) as fake:
        return requests.get(
            f"{fake.url}/pkcs11info", params={"withcert": "true"}, timeout=10
        ).content


@settings(max_examples=60, deadline=None)
@given(
    body=st.one_of(json_values.map(lambda v: json.dumps(v).encode()), st.binary(max_size=60)),
    well_formed=st.booleans(),
)
def test_malformed_server_answers_give_typed_errors(
    hostile: tuple[str, type[Scripted]], well_formed_answer: bytes, body: bytes, well_formed: bool
) -> None:
    """Any answer gives identities or a CardError; the well-formed answer gives its card."""
    url, handler = hostile
    handler.body = well_formed_answer if well_formed else body
    if well_formed:
        [who] = HiPkiSigner(url, timeout=2).identities()
        assert who.identity.holder_name
        return
    with contextlib.suppress(CardError):
        HiPkiSigner(url, timeout=2).identities()


def test_an_unreadable_slot_is_skipped_and_reported(hostile: tuple[str, type[Scripted]]) -> None:
    url, handler = hostile
    bad = {"slotDescription": "R1", "token": {"certs": [{"certb64": "AAAA", "label": "cert1"}]}}
    handler.body = json.dumps({"ret_code": 0, "slots": [bad]}).encode()
    client = HiPkiSigner(url)
    assert client.identities() == []
    [note] = client.skipped
    assert "'R1'" in note
    assert "unreadable certificate" in note


def test_command_line_rejects_unknown_cards(capsys: pytest.CaptureFixture[str]) -> None:
    from sandbox.hipki.__main__ import main

    with pytest.raises(SystemExit) as info:
        main(["--card", "no-such-card"])
    assert info.value.code == 2
    assert "moica-sme-owner" in capsys.readouterr().err


class RecordingSession(requests.Session):
    """A requests session that keeps what each request was sent with."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[str, str, dict[str, Any]]] = []

    def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        self.sent.append((method, url, kwargs))
        return super().request(method, url, *args, **kwargs)


def test_the_sign_request_is_one_post_with_the_whole_package(
    server: FakeHiPki,
    pki: DemoPKI,
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
) -> None:
    """What HiPKI's MakeSignature needs, a fresh nonce each time, and the long timeout
    (HiPKI may show its own PIN dialog)."""
    readers.insert(make_card("moeaca-sme-primary"))
    session = RecordingSession()
    store = TrustStore.production() | pki.trust_store()
    client = HiPkiSigner(
        server.url, sign_timeout=77.0, session=session, prepare=lambda i: prechecked(i, store, AT)
    )
    [who] = client.identities()
    client.sign(who, DOC, "123456")
    client.sign(who, DOC, "123456")
    signs = [(method, kwargs) for method, url, kwargs in session.sent if url.endswith("/sign")]
    assert [method for method, _ in signs] == ["POST", "POST"]
    assert all(kwargs["timeout"] == 77.0 for _, kwargs in signs)
    packages = [json.loads(kwargs["data"]["tbsPackage"]) for _, kwargs in signs]
    first = {key: value for key, value in packages[0].items() if key not in ("pin", "nonce")}
    assert first == {
        "tbs": base64.b64encode(DOC).decode("ascii"),
        "tbsEncoding": "base64",
        "hashAlgorithm": "SHA256",
        "withCardSN": "true",
        "func": "MakeSignature",
        "signatureType": "PKCS1",
        "slotDescription": DEFAULT_READER,
    }
    nonces = [package["nonce"] for package in packages]
    assert all(len(nonce) == 32 and set(nonce) <= set("0123456789abcdef") for nonce in nonces)
    assert nonces[0] != nonces[1]


def test_a_signature_from_another_card_is_refused(
    client: HiPkiSigner, readers: VirtualReaders, make_card: Callable[[str], EmulatedCard]
) -> None:
    readers.insert(make_card("moeaca-sme-primary"))
    [who] = client.identities()
    chosen = replace(who, identity=replace(who.identity, card_serial="TP00000000000000"))
    with pytest.raises(
        MalformedResponse, match=r"^HiPKI signed with another card than the one chosen$"
    ):
        client.sign(chosen, DOC, "123456")


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ({"ret_code": 0}, "HiPKI answer lacks a signature"),
        ({"ret_code": 0, "signature": "AAAA"}, "HiPKI answer lacks the certificate"),
        (
            {"ret_code": 0, "signature": "A", "certb64": "AAAA"},
            "HiPKI answered unreadable a signature",
        ),
    ],
)
def test_a_sign_answer_without_what_it_must_hold_says_what_is_missing(
    hostile: tuple[str, type[Scripted]],
    client: HiPkiSigner,
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    answer: dict[str, object],
    message: str,
) -> None:
    readers.insert(make_card("moeaca-sme-primary"))
    [who] = client.identities()
    url, handler = hostile
    handler.body = json.dumps(answer).encode()
    with pytest.raises(MalformedResponse) as raised:
        HiPkiSigner(url).sign(who, DOC, "123456")
    assert raised.value.message == message


def test_hipki_needs_the_pin_typed(
    client: HiPkiSigner, readers: VirtualReaders, make_card: Callable[[str], EmulatedCard]
) -> None:
    readers.insert(make_card("moeaca-sme-primary"))
    [who] = client.identities()
    with pytest.raises(NoPinPad) as raised:
        client.sign(who, DOC, None)
    assert raised.value.message == "HiPKI takes the PIN typed on the keyboard only"


@pytest.mark.parametrize(
    ("ret", "last_error", "error", "message"),
    [
        (0x76100006, 0xA0, PinWrong, "wrong PIN"),
        (0x76100006, 0x80000002, PinWrong, "wrong PIN, 2 tries left"),
        (0x76100006, 0x80000001, PinWrong, "wrong PIN, 1 tries left"),
        (0x76100006, 0xA4, PinBlocked, "the card's PIN is locked"),
        (0x76100006, 0xA2, PinFormatInvalid, "HiPKI refused the PIN length"),
        (0x76000001, 0xA0, PinWrong, "wrong PIN"),  # a PIN's last_error says enough
        (0x76000006, None, NoCard, "HiPKI finds no card"),
        (0x76100003, None, NoReader, "HiPKI finds no card reader"),
        (0x76000999, None, PinCancelled, "cancelled in HiPKI"),
        (
            0x76000031,
            0x5,
            HiPkiNotAuthorised,
            "HiPKI does not trust this caller: ret_code=0x76000031, last_error=0x5",
        ),
        (0x76123456, 0x99, HiPkiError, "ret_code=0x76123456, last_error=0x99"),
        (0x76123456, None, HiPkiError, "ret_code=0x76123456"),
    ],
)
def test_what_each_hipki_error_says(
    ret: int, last_error: int | None, error: type[CardError], message: str
) -> None:
    mapped = hipki_error(ret, last_error)
    assert (type(mapped), mapped.message) == (error, message)
    if isinstance(mapped, HiPkiError):
        assert (mapped.ret_code, mapped.last_error) == (ret, last_error)


@pytest.mark.parametrize(
    ("status", "body", "error", "message"),
    [
        (500, b"{}", SignerUnavailable, "HiPKI answered HTTP 500"),
        (200, b"<html>", MalformedResponse, "HiPKI answered something other than JSON"),
        (200, b"[1, 2]", MalformedResponse, "HiPKI answered JSON of an unexpected shape"),
    ],
)
def test_what_a_broken_answer_says(
    hostile: tuple[str, type[Scripted]],
    status: int,
    body: bytes,
    error: type[CardError],
    message: str,
) -> None:
    url, handler = hostile
    handler.status, handler.body = status, body
    try:
        with pytest.raises(error) as raised:
            HiPkiSigner(url).identities()
        assert type(raised.value) is error
        assert raised.value.message == message
    finally:
        handler.status = 200


def test_a_signature_with_another_certificate_is_refused(
    client: HiPkiSigner,
    pki: DemoPKI,
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
) -> None:
    readers.insert(make_card("moeaca-sme-primary"))
    [who] = client.identities()
    other = pki.cards["moica-sme-owner"].certificate.public_bytes(Encoding.DER)
    chosen = replace(who, identity=replace(who.identity, certificate=other))
    with pytest.raises(
        MalformedResponse, match=r"^HiPKI signed with another certificate than the one chosen$"
    ):
        client.sign(chosen, DOC, "123456")


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (None, None),
        ("", None),
        (0x80000002, 0x80000002),
        (-2147483646, 0x80000002),
        ("-2147483646", 0x80000002),
        ("-0x7FFFFFFE", 0x80000002),
        (" 0xFFFFFFFF80000002 ", 0x80000002),
        (2147483650.0, 0x80000002),
    ],
)
def test_error_codes_in_any_form_hipki_sends(value: object, code: int | None) -> None:
    assert code_value(value) == code


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "HiPKI answered a boolean where a code belongs"),
        ("0x", "HiPKI answered an unreadable error code"),
        ([1], "HiPKI answered an unreadable error code"),
    ],
)
def test_an_unreadable_error_code_says_so(value: object, message: str) -> None:
    with pytest.raises(MalformedResponse) as raised:
        code_value(value)
    assert raised.value.message == message


def test_what_an_unreachable_hipki_says() -> None:
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    with pytest.raises(SignerUnavailable) as down:
        HiPkiSigner(f"http://127.0.0.1:{port}", timeout=2).identities()
    assert down.value.message == "HiPKI LocalSignServer is not running"
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()  # accepts the connection, never answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        with pytest.raises(SignerUnavailable) as mute:
            HiPkiSigner(url, timeout=0.3).identities()
    assert mute.value.message == "HiPKI LocalSignServer does not answer"
    with pytest.raises(SignerUnavailable) as odd:
        HiPkiSigner("ftp://127.0.0.1:1").identities()
    assert odd.value.message == "HiPKI request failed: InvalidSchema"


def test_hipki_calls_are_traced_and_made_on_the_card_thread_only(
    client: HiPkiSigner, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(TRAFFIC, logger="app.cards.hipki")
    client.identities()
    assert "HiPKI GET /pkcs11info -> 200" in caplog.messages
    with ThreadPoolExecutor(1) as other:
        elsewhere = other.submit(client.identities)
        with pytest.raises(OffCardThread, match=r"^HiPKI called on thread"):
            elsewhere.result()
