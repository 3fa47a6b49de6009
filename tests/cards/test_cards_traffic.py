"""APDU traces never carry what a card holds: responses show length and status word only."""

from __future__ import annotations

import pytest

from app.cards.traffic import TRAFFIC, log_response, redacted_response


def test_response_data_never_reaches_the_log(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(TRAFFIC, logger="app.cards.traffic")
    holder = "王大明".encode()
    serial = b"TP07240513190395"
    log_response(b"\x30\x82" + holder + serial + b"\x90\x00")
    text = caplog.text
    assert "< [" in text
    assert "90 00" in text
    for secret in (holder, serial):
        assert secret.hex(" ").upper() not in text
        assert secret.hex().upper() not in text.upper().replace(" ", "")
    assert "TP07240513190395" not in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\x90\x00", "[0 data bytes] 90 00"),
        (b"\x01\x02\x03\x61\x10", "[3 data bytes] 61 10"),
        (b"\x6a", "[malformed response of 1 bytes]"),
        (b"", "[malformed response of 0 bytes]"),
    ],
)
def test_redacted_response_shape(raw: bytes, expected: str) -> None:
    assert redacted_response(raw) == expected
