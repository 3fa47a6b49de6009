"""HiPKI as it really answers: every format the fake server uses is pinned to the facts in
``docs/cards.md`` (a copy of the team's card facts, gathered from public code real sites
ship), and the client reads each of them; when HiPKI refuses this program as an
untrusted site, the same card signs through another signer with the PIN typed once.
"""

from __future__ import annotations

import base64
import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography.hazmat.primitives import serialization

from app.cards.cardsigner import CardProtocolSigner
from app.cards.errors import HiPkiNotAuthorised, MalformedResponse, PinWrong
from app.cards.hipki import HiPkiSigner, code_value, hipki_error, probe_text
from app.cards.identity import prechecked
from app.cards.selection import select_signers
from app.cards.service import CardService
from app.cards.signer import SignerKind
from certs.testpki import DemoPKI
from certs.trust import TrustStore, verify_signature
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import DEFAULT_READER, VirtualReaders
from sandbox.hipki.server import (
    UNKNOWN_TOKEN,
    USAGE_ENCRYPTION,
    USAGE_SIGNING,
    VERSION,
    FakeHiPki,
    probe_image,
    tries_left_code,
)

ROOT = Path(__file__).resolve().parents[2]
CARDS_MD = (ROOT / "docs" / "cards.md").read_text(encoding="utf-8")
AT = datetime(2026, 6, 1, tzinfo=UTC)
DOC = "訂單簽章".encode()
DER = serialization.Encoding.DER


def _documented(*phrases: str) -> None:
    """Each phrase is in cards.md (whitespace-insensitive): the fact the format rests on."""
    flat = " ".join(CARDS_MD.split())
    for phrase in phrases:
        assert " ".join(phrase.split()) in flat, phrase


@pytest.fixture
def store(pki: DemoPKI) -> TrustStore:
    return TrustStore.production() | pki.trust_store()


@pytest.fixture
def readers() -> VirtualReaders:
    return VirtualReaders((DEFAULT_READER, "Reader B"))


def _client(url: str, store: TrustStore, origin: str | None = None) -> HiPkiSigner:
    return HiPkiSigner(url, origin=origin, prepare=lambda i: prechecked(i, store, AT))


# -- each format, pinned to cards.md --------------------------------------------------------


@pytest.mark.parametrize(
    ("form", "two", "one"),
    [
        ("negative", -2147483646, -2147483647),
        ("unsigned64", 0xFFFFFFFF80000002, 0xFFFFFFFF80000001),
    ],
)
def test_tries_left_forms(
    form: Any,
    two: int,
    one: int,
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
) -> None:
    _documented("(−2147483646 / −2147483647)", "0xFFFFFFFF80000002 / …01", "& 0xFFFFFFFF")
    assert (tries_left_code(2, form), tries_left_code(1, form)) == (two, one)
    readers.insert(make_card("moica-coop-owner"))
    with FakeHiPki(readers.slots, tries_left_form=form) as fake:
        client = _client(fake.url, store)
        [who] = client.identities()
        for left in (2, 1):
            with pytest.raises(PinWrong) as info:
                client.sign(who, DOC, "000000")
            assert info.value.tries_left == left
        assert client.sign(who, DOC, "123456").signature


@pytest.mark.parametrize(
    "last_error",
    [
        -2147483646,
        2147483650,
        0xFFFFFFFF80000002,
        "0xFFFFFFFF80000002",
        "-2147483646",
        "18446744071562067970",
        -2147483646.0,
    ],
)
def test_every_form_of_two_tries_left_is_recognised(last_error: Any) -> None:
    code = code_value(last_error)
    assert code == 0x80000002
    error = hipki_error(0x76100006, code)
    assert isinstance(error, PinWrong)
    assert error.tries_left == 2


def test_untrusted_site_codes_old_and_new() -> None:
    _documented("0x76000031 site not authorised", "0x7600000F (禁止存取的網域, site not trusted)")
    for code in (0x76000031, 0x7600000F, 0x7600000F - (1 << 32), "0x7600000F"):
        assert isinstance(hipki_error(code_value(code) or 0, 0), HiPkiNotAuthorised)


def test_sign_answer_certificate_entries_and_empty_slots(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], pki: DemoPKI
) -> None:
    _documented(
        'the sign answer\'s `func` is `"sign"`',
        "`notBeforeT`/`notAfterT` are epoch seconds",
        'a slot\'s `token` may be an object, `null` or the string `"unknown token"`',
        "(`digitalSignature`; `keyEncipherment|dataEncipherment`)",
    )
    assert USAGE_SIGNING == "digitalSignature"
    assert USAGE_ENCRYPTION == "keyEncipherment|dataEncipherment"
    card = make_card("moeaca-sme-primary")
    readers.insert(card)
    for empty in (None, UNKNOWN_TOKEN):
        with FakeHiPki(readers.slots, empty_token=empty) as fake:
            info = requests.get(f"{fake.url}/pkcs11info", params={"withcert": "true"}, timeout=5)
            slots = {s["slotDescription"]: s for s in info.json()["slots"]}
            assert slots["Reader B"]["token"] == empty
            entries = {c["usage"]: c for c in slots[DEFAULT_READER]["token"]["certs"]}
            demo = pki.cards["moeaca-sme-primary"]
            signing = entries[USAGE_SIGNING]
            assert signing["notBeforeT"] == int(demo.certificate.not_valid_before_utc.timestamp())
            assert signing["notAfterT"] == int(demo.certificate.not_valid_after_utc.timestamp())
            package = {
                "tbs": base64.b64encode(DOC).decode(),
                "tbsEncoding": "base64",
                "hashAlgorithm": "SHA256",
                "pin": "123456",
                "func": "MakeSignature",
                "signatureType": "PKCS1",
                "withCardSN": "true",
                "slotDescription": DEFAULT_READER,
            }
            answer = requests.post(
                f"{fake.url}/sign", data={"tbsPackage": json.dumps(package)}, timeout=5
            ).json()
            assert answer["func"] == "sign"
            assert answer["ret_code"] == 0
            # The client reads the same answers: the empty slot is no card, no error.
            [who] = HiPkiSigner(fake.url).identities()
            assert who.handle == DEFAULT_READER


def test_probe_image_carries_the_server_version(readers: VirtualReaders, store: TrustStore) -> None:
    _documented(
        "its pixels encode a JSON (`ret_code`, `serverVersion`)", "`GET /` answers `version:…`"
    )
    image = probe_image({"ret_code": 0, "serverVersion": "1.3.4.103339"})
    assert image[:2] == b"BM"
    assert json.loads(probe_text(image)) == {"ret_code": 0, "serverVersion": "1.3.4.103339"}
    with FakeHiPki(readers.slots) as fake:
        client = _client(fake.url, store)
        availability = client.availability()
        assert availability.available
        assert client.server_version == VERSION
        assert VERSION in availability.reason
        assert requests.get(f"{fake.url}/", timeout=5).text == f"version:{VERSION}"
    for broken in (b"", b"BM" + b"\x00" * 10, b"GIF89a" + b"\x00" * 80):
        with pytest.raises(MalformedResponse):
            probe_text(broken)


class _OldServer(BaseHTTPRequestHandler):
    """A server whose probe image carries no JSON, but whose ``GET /`` names the version."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = b"BM" + b"\x00" * 60 if self.path.startswith("/p11Image") else b"version:1.2.9"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def old_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _OldServer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join(5)


def test_version_from_the_root_page_when_the_image_says_nothing(old_server: str) -> None:
    client = HiPkiSigner(old_server)
    assert client.availability().available
    assert client.server_version == "1.2.9"


@pytest.mark.parametrize(
    "usage_of",
    [
        lambda usage: usage,  # as the server writes it
        lambda usage: usage.replace("digitalSignature", "DigitalSignature|NonRepudiation"),
        lambda usage: None,  # no usage at all: the certificate's key usage decides
        lambda usage: "128",  # a form not seen yet: likewise
    ],
    ids=["usage", "other-spelling", "no-usage", "unknown-form"],
)
def test_certificates_are_chosen_by_usage_not_label(
    readers: VirtualReaders,
    make_card: Callable[[str], EmulatedCard],
    store: TrustStore,
    usage_of: Callable[[str], str | None],
) -> None:
    card = make_card("xca-social")
    readers.insert(card)
    with FakeHiPki(readers.slots) as fake:
        info = requests.get(f"{fake.url}/pkcs11info", params={"withcert": "true"}, timeout=5)
    body = info.json()
    token = body["slots"][0]["token"]
    # Labels as a module might name them: none says "CA Cert", the CA comes last.
    for number, entry in enumerate(token["certs"]):
        entry["label"] = f"cert{number}"
        entry["usage"] = usage_of(entry["usage"])
    token["certs"].reverse()

    class Relabelled(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Relabelled)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        [who] = _client(f"http://127.0.0.1:{server.server_address[1]}", store).identities()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)
    assert who.identity.certificate == card.certificate
    assert who.identity.chain == card.chain
    assert who.identity.usable, who.identity.problems


# -- an untrusted site: the same card signs through another signer ----------------------


def _service(fake: FakeHiPki, readers: VirtualReaders, store: TrustStore) -> CardService:
    return CardService(
        lambda: readers,
        lambda backend, prepare: [
            HiPkiSigner(fake.url, prepare=prepare),
            CardProtocolSigner(backend, prepare=prepare),
        ],
        store=store,
        clock=lambda: AT,
    )


def test_refused_at_signing_falls_back_with_the_pin_typed_once(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    card = make_card("moeaca-sme-primary")
    readers.insert(card)
    refusing = FakeHiPki(
        readers.slots,
        allowed_origins=frozenset({"https://web.example"}),
        guarded=frozenset({"/sign"}),
    )
    with refusing, _service(refusing, readers, store) as service:
        [who] = service.identities().result(10)
        assert who.signer is SignerKind.HIPKI
        result = service.sign(who, DOC, "123456").result(10)
        assert result.signer is SignerKind.CARD
        assert result.fallback_reason == "HIPKI_NOT_AUTHORISED"
        verify_signature(result.certificate, DOC, result.signature)
        assert card.tries_left == 3
        # From now on the card is reached without HiPKI, and a wrong PIN costs one try.
        [again] = service.identities().result(10)
        assert again.signer is SignerKind.CARD
        with pytest.raises(PinWrong) as info:
            service.sign(again, DOC, "000000").result(10)
        assert info.value.tries_left == 2
        assert card.tries_left == 2


def test_wrong_pin_after_the_refusal_costs_one_try_only(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    card = make_card("moica-sme-owner")
    readers.insert(card)
    refusing = FakeHiPki(
        readers.slots,
        allowed_origins=frozenset({"https://web.example"}),
        guarded=frozenset({"/sign"}),
    )
    with refusing, _service(refusing, readers, store) as service:
        [who] = service.identities().result(10)
        with pytest.raises(PinWrong) as info:
            service.sign(who, DOC, "000000").result(10)
        assert info.value.tries_left == 2
        assert card.tries_left == 2


def test_refused_when_listing_the_other_signer_reaches_the_card_and_says_why(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    refusing = FakeHiPki(readers.slots, allowed_origins=frozenset({"https://web.example"}))
    with refusing:
        signers = [
            _client(refusing.url, store),
            CardProtocolSigner(readers, prepare=lambda i: prechecked(i, store, AT)),
        ]
        selection = select_signers(signers)
    [choice] = selection.choices
    assert choice.signer is SignerKind.CARD
    assert "hipki failed (HIPKI_NOT_AUTHORISED)" in choice.reason
    [who] = selection.chosen.values()
    assert who.fallback_reason == "HIPKI_NOT_AUTHORISED"
    hipki_report = selection.signers[0]
    assert hipki_report.error == "HIPKI_NOT_AUTHORISED"


def test_no_other_signer_reaches_the_card_keeps_the_refusal(
    readers: VirtualReaders, make_card: Callable[[str], EmulatedCard], store: TrustStore
) -> None:
    readers.insert(make_card("moica-sme-owner"))
    refusing = FakeHiPki(
        readers.slots,
        allowed_origins=frozenset({"https://web.example"}),
        guarded=frozenset({"/sign"}),
    )
    with refusing:
        service = CardService(
            lambda: readers,
            lambda backend, prepare: [HiPkiSigner(refusing.url, prepare=prepare)],
            store=store,
            clock=lambda: AT,
        )
        with service:
            [who] = service.identities().result(10)
            with pytest.raises(HiPkiNotAuthorised):
                service.sign(who, DOC, "123456").result(10)
