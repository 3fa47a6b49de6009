"""APDU protocol layer: encoding, 61xx / 6Cxx handling, status words, TRAFFIC redaction."""

from __future__ import annotations

import contextlib
import logging
from collections import deque

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.cards.apdu import ApduProtocol, CommandApdu, ResponseApdu, status_error
from app.cards.errors import (
    ApduError,
    CardError,
    CertificateProblem,
    FileNotFoundOnCard,
    MalformedResponse,
    PinBlocked,
    PinFormatInvalid,
    Pkcs11Error,
    SecurityStatusNotSatisfied,
    TransactionFailed,
)
from app.cards.testcard import EmulatedHicosCard
from app.cards.traffic import TRAFFIC
from app.errors import ErrorCode
from sandbox.cardemu.card import _parse_body


class ScriptedTransport:
    """Answers each command with the next scripted response; records what was sent."""

    reader = "scripted"
    atr = b"\x3b\x00"

    def __init__(self, *responses: bytes) -> None:
        self.responses = deque(responses)
        self.sent: list[bytes] = []

    def transmit(self, command: bytes) -> bytes:
        self.sent.append(command)
        return self.responses.popleft()

    def begin_transaction(self) -> None:
        pass

    def end_transaction(self) -> None:
        pass

    def close(self) -> None:
        pass


def test_short_encodings() -> None:
    assert CommandApdu(0x80, 0xA4, 0, 0).encode() == bytes.fromhex("80A40000")
    assert CommandApdu(0x80, 0xB0, 1, 2, le=200).encode() == bytes.fromhex("80B00102C8")
    assert CommandApdu(0x80, 0xB0, 0, 0, le=256).encode() == bytes.fromhex("80B0000000")
    assert CommandApdu(0x80, 0xA4, 0, 0, b"\x3f\x00").encode() == bytes.fromhex("80A40000023F00")
    assert CommandApdu(0, 0x2A, 0x9E, 0x9A, b"\x01", le=256).encode() == bytes.fromhex(
        "002A9E9A010100"
    )


def test_extended_encodings() -> None:
    data = bytes(300)
    apdu = CommandApdu(0x80, 0x2A, 0x9E, 0x9A, data, le=65536)
    assert apdu.is_extended
    assert apdu.encode() == bytes.fromhex("802A9E9A00012C") + data + b"\x00\x00"
    assert CommandApdu(0, 0xB0, 0, 0, le=1000).encode() == bytes.fromhex("00B000000003E8")
    forced = CommandApdu(0, 0x2A, 0, 0, b"\x01\x02", le=256, extended=True)
    assert forced.encode() == bytes.fromhex("002A000000000201020100")


@given(
    data=st.binary(max_size=400),
    le=st.one_of(st.none(), st.integers(min_value=1, max_value=65536)),
    extended=st.booleans(),
)
def test_encoding_round_trips_through_the_card_parser(
    data: bytes, le: int | None, extended: bool
) -> None:
    apdu = CommandApdu(0x80, 0x2A, 0, 0, data, le, extended)
    if apdu.is_extended and not data and le is None:
        return  # case 1 has no extended form
    parsed_data, parsed_le = _parse_body(apdu.encode()[4:])
    assert parsed_data == data
    assert parsed_le == le


def test_invalid_commands_are_rejected() -> None:
    with pytest.raises(ValueError, match="one byte"):
        CommandApdu(0x100, 0, 0, 0)
    with pytest.raises(ValueError, match="le"):
        CommandApdu(0, 0, 0, 0, le=0)


def test_get_response_chain() -> None:
    transport = ScriptedTransport(b"\x61\x02", b"\xaa\xbb\x61\x01", b"\xcc\x90\x00")
    data = ApduProtocol(transport).send(CommandApdu(0x80, 0x2A, 0x9E, 0x9A, b"\x00" * 32))
    assert data == b"\xaa\xbb\xcc"
    assert transport.sent[1] == bytes.fromhex("80C0000002")
    assert transport.sent[2] == bytes.fromhex("80C0000001")


def test_wrong_le_is_resent_with_the_cards_length() -> None:
    transport = ScriptedTransport(b"\x6c\x05", b"hello\x90\x00")
    protocol = ApduProtocol(transport)
    assert protocol.send(CommandApdu(0x80, 0xB0, 0, 0, le=200)) == b"hello"
    assert transport.sent[1] == bytes.fromhex("80B0000005")
    assert protocol.exchanges == 2


@pytest.mark.parametrize(
    ("sw", "error"),
    [
        (b"\x6a\x82", FileNotFoundOnCard),
        (b"\x69\x82", SecurityStatusNotSatisfied),
        (b"\x6e\x00", ApduError),
    ],
)
def test_status_words_map_to_typed_errors(sw: bytes, error: type[ApduError]) -> None:
    with pytest.raises(error) as info:
        ApduProtocol(ScriptedTransport(sw)).send(CommandApdu(0x80, 0xA4, 0, 0, b"\x01\x02"))
    assert type(info.value) is error
    assert info.value.sw == int.from_bytes(sw, "big")
    assert info.value.code.isupper()


@pytest.mark.parametrize(
    ("sw", "message"),
    [
        (0x6A82, "file not found on card (6A82)"),
        (0x6982, "security status not satisfied (6982)"),
        (0x6E00, "card returned status 6E00"),
        (0x0A0B, "card returned status 0A0B"),
    ],
)
def test_a_status_error_names_its_status_word(sw: int, message: str) -> None:
    """The diagnostics show which status word the card answered."""
    error = status_error(sw)
    assert (error.message, str(error), error.sw) == (message, message, sw)


def test_card_errors_keep_what_they_were_given() -> None:
    assert ApduError(0x6A80, "wrong data").message == "wrong data"
    failed = TransactionFailed("SCardTransmit failed", hresult=0x80100016)
    assert (failed.message, failed.hresult) == ("SCardTransmit failed", 0x80100016)
    assert TransactionFailed().message == ErrorCode.TRANSACTION_FAILED
    problem = CertificateProblem(("expired", "issuer unknown"))
    assert (problem.message, problem.problems) == (
        "expired; issuer unknown",
        ("expired", "issuer unknown"),
    )
    assert CertificateProblem(()).message == ErrorCode.CERTIFICATE_PROBLEM
    pkcs11 = Pkcs11Error(0x101)
    assert (pkcs11.message, pkcs11.ckr) == ("PKCS#11 error 0x00000101", 0x101)
    assert Pkcs11Error(0x101, "module says no").message == "module says no"


def test_a_command_shows_its_data_unless_it_is_sensitive() -> None:
    ordinary = CommandApdu(0x80, 0xA4, 0x00, 0x0C, b"\x3f\x00")
    assert repr(ordinary) == "CommandApdu(80 A4 00 0C, data=3f00, le=None, extended=False)"
    secret = CommandApdu(0x80, 0x20, 0x00, 0x81, b"987123", sensitive=True)
    assert repr(secret) == "CommandApdu(80 20 00 81, data=<redacted>, le=None, extended=False)"


def test_short_answer_is_malformed() -> None:
    with pytest.raises(MalformedResponse):
        ApduProtocol(ScriptedTransport(b"\x90")).send(CommandApdu(0x80, 0xA4, 0, 0))


def test_endless_61xx_is_cut_off() -> None:
    class Endless(ScriptedTransport):
        def transmit(self, command: bytes) -> bytes:
            return b"\x00" * 255 + b"\x61\x00"

    with pytest.raises(MalformedResponse):
        ApduProtocol(Endless()).send(CommandApdu(0x80, 0x2A, 0x9E, 0x9A, b"\x00" * 32))


def test_traffic_log_redacts_sensitive_data(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="app.cards.traffic")
    transport = ScriptedTransport(b"\x90\x00", b"\x3f\x00\x90\x00")
    protocol = ApduProtocol(transport)
    secret = b"987123"
    protocol.send(CommandApdu(0x80, 0x20, 0x00, 0x81, secret, sensitive=True))
    protocol.send(CommandApdu(0x80, 0xA4, 0, 0, b"\x3f\x00"))
    text = caplog.text
    assert "TRAFFIC" in text
    assert "80 20 00 81 [body redacted]" in text
    assert "3F 00" in text  # ordinary commands are traced in full
    assert secret.hex(" ").upper() not in text
    assert secret.hex().upper() not in text.upper()
    assert "987123" not in text
    sensitive = CommandApdu(0x80, 0x20, 0x00, 0x81, secret, sensitive=True)
    assert "987123" not in repr(sensitive)
    assert secret.hex() not in repr(sensitive)
    assert logging.getLevelName(TRAFFIC) == "TRAFFIC"


def test_response_parse() -> None:
    response = ResponseApdu.parse(b"\x01\x02\x63\xc2")
    assert (response.data, response.sw1, response.sw2) == (b"\x01\x02", 0x63, 0xC2)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.binary(max_size=300), min_size=1, max_size=40))
def test_hostile_answers_give_typed_errors_only(answers: list[bytes]) -> None:
    """Random answers from a card: the protocol returns or raises a CardError, nothing else."""

    class Hostile(ScriptedTransport):
        def transmit(self, command: bytes) -> bytes:
            self.sent.append(command)
            return self.responses[len(self.sent) % len(self.responses)]

    protocol = ApduProtocol(Hostile(*answers))
    with contextlib.suppress(CardError):
        protocol.transceive(CommandApdu(0x80, 0xB0, 0, 0, le=200))
    # The same call on a card that answers properly returns its data.
    data = answers[0][:200]
    good = ApduProtocol(ScriptedTransport(data + b"\x90\x00"))
    response = good.transceive(CommandApdu(0x80, 0xB0, 0, 0, le=200))
    assert (response.data, response.sw1, response.sw2) == (data, 0x90, 0x00)


def test_command_fields_have_their_limits() -> None:
    """ISO 7816-4: one byte each for CLA INS P1 P2, up to 65535 data bytes, Le 1…65536."""
    assert CommandApdu(0xFF, 0xFF, 0xFF, 0xFF, b"\x00" * 65535, le=65536).is_extended
    with pytest.raises(ValueError, match=r"^p2 must be one byte, got 256$"):
        CommandApdu(0x80, 0xA4, 0, 0x100)
    with pytest.raises(ValueError, match=r"^command data longer than 65535 bytes$"):
        CommandApdu(0x80, 0xA4, 0, 0, b"\x00" * 65536)
    with pytest.raises(ValueError, match=r"^le must be between 1 and 65536$"):
        CommandApdu(0x80, 0xA4, 0, 0, le=65537)


def test_a_new_le_keeps_the_rest_of_the_command() -> None:
    command = CommandApdu(0x80, 0x20, 0x00, 0x81, b"secret", le=8, extended=True, sensitive=True)
    resent = command.with_le(16)
    assert (resent.data, resent.le, resent.extended, resent.sensitive) == (
        b"secret",
        16,
        True,
        True,
    )


def test_an_answer_without_a_status_word_says_so() -> None:
    with pytest.raises(MalformedResponse, match=r"^response of 1 bytes has no status word$"):
        ResponseApdu.parse(b"\x90")


def test_6c00_and_6100_mean_256_bytes() -> None:
    """A zero in SW2 stands for 256: the re-sent command and GET RESPONSE ask for Le 00."""
    transport = ScriptedTransport(
        b"\x6c\x00", b"\x01" * 10 + b"\x61\x00", b"\x02" * 256 + b"\x90\x00"
    )
    data = ApduProtocol(transport).send(CommandApdu(0x80, 0xCA, 0x00, 0x00, le=10))
    assert data == b"\x01" * 10 + b"\x02" * 256
    assert transport.sent == [
        bytes.fromhex("80CA00000A"),
        bytes.fromhex("80CA000000"),
        bytes.fromhex("80C0000000"),
    ]


def announcing(rounds: int, size: int = 0, first: bytes = b"") -> ScriptedTransport:
    """A card that announces more data (61 00) ``rounds`` times, each GET RESPONSE giving
    ``size`` bytes, then ends with 90 00."""
    chunk = b"\x00" * size + b"\x61\x00"
    return ScriptedTransport(first + b"\x61\x00", *[chunk] * (rounds - 1), b"\x90\x00")


def test_get_response_is_followed_300_times_but_no_more() -> None:
    command = CommandApdu(0x80, 0x2A, 0x9E, 0x9A, b"\x00" * 32)
    assert ApduProtocol(announcing(300)).send(command) == b""
    with pytest.raises(MalformedResponse, match=r"^card keeps announcing more response data$"):
        ApduProtocol(announcing(301)).send(command)


def test_a_response_may_grow_to_64_kib_but_no_more() -> None:
    command = CommandApdu(0x80, 0x2A, 0x9E, 0x9A, b"\x00" * 32)
    exactly = ApduProtocol(announcing(256, 256, first=b"\x00" * 256)).send(command)
    assert len(exactly) == 65536
    with pytest.raises(MalformedResponse, match=r"^card keeps announcing more response data$"):
        ApduProtocol(announcing(256, 256, first=b"\x00" * 257)).send(command)


def test_every_card_error_says_something() -> None:
    assert CardError().message == ErrorCode.CARD_ERROR
    assert str(CardError("reader gone")) == "reader gone"


@pytest.mark.parametrize(
    ("answer", "error", "message"),
    [
        (b"\x63\xc0", PinBlocked, "the card's PIN is blocked"),
        (b"\x69\x83", PinBlocked, "the card's PIN is blocked"),
        (b"\x67\x00", PinFormatInvalid, "the card refused the PIN length"),
        (b"\x6a\x80", ApduError, "card returned status 6A80"),
    ],
)
def test_what_the_emulated_cards_verify_answers_mean(
    answer: bytes, error: type[CardError], message: str
) -> None:
    """sandbox/cardemu/PROTOCOL.md: 63Cx tries left (x = 0 blocked), 6983 blocked, 6700
    wrong length; anything else is the status word's own error."""
    card = EmulatedHicosCard(ApduProtocol(ScriptedTransport(answer)))
    with pytest.raises(error) as raised:
        card.verify_pin("123456")
    assert type(raised.value) is error
    assert raised.value.message == message
