"""Masking per data kind and the privacy-mode state."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.support.kinds import DataKind
from app.support.privacy import (
    PrivacyMode,
    mask,
    mask_birthday,
    mask_card_serial,
    mask_email,
    mask_name,
    mask_national_id,
    mask_phone,
)


def test_national_id() -> None:
    assert mask_national_id("A123456789") == "A1******89"
    assert mask_national_id(" a823456789 ") == "A8******89"
    assert mask_national_id("oops") == "o***"


def test_phone() -> None:
    assert mask_phone("0912345678") == "0912***678"
    assert mask_phone("0912-345-678") == "0912-***-678"
    assert mask_phone("(02)2345-6789") == "(02)****-*789"
    assert mask_phone("+886-912-345-678") == "+886-912-***-678"
    assert mask_phone("123") == "***"


def test_email() -> None:
    assert mask_email("wang.xm@example.com") == "w******@example.com"
    assert mask_email("a@b.tw") == "a***@b.tw"
    assert mask_email("not-an-email") == "n" + "*" * 11


def test_birthday() -> None:
    assert mask_birthday("1985-03-04") == "19**-**-**"
    assert mask_birthday(date(1985, 3, 4)) == "19**-**-**"
    assert mask_birthday("民國74年3月4日") == "民國7*年*月*日"
    assert mask_birthday("74/03/04") == "7*/**/**"
    assert mask_birthday("0740304") == "*******"


def test_card_serial_and_name() -> None:
    assert mask_card_serial("TP07240513190395") == "TP**********0395"
    assert mask_card_serial("1234") == "****"
    assert mask_name("王小明") == "王○明"
    assert mask_name("王明") == "王○"
    assert mask_name("歐陽娜娜") == "歐○○娜"
    assert mask_name("Wang Xiao Ming") == "W*** X*** M***"
    assert mask(DataKind.TOKEN, "abc") == "********"


@given(st.text(min_size=3, max_size=30).filter(lambda s: s.strip() == s and len(s) >= 3))
def test_masks_never_return_the_value(value: str) -> None:
    for kind in DataKind:
        assert mask(kind, value) != value, kind


def test_privacy_mode_notifies_only_on_change_and_survives_a_broken_listener() -> None:
    mode = PrivacyMode()
    seen: list[bool] = []

    def broken(_: bool) -> None:
        raise RuntimeError("listener bug")

    mode.subscribe(broken)
    unsubscribe = mode.subscribe(seen.append)
    assert mode.show(DataKind.NATIONAL_ID, "A123456789") == "A123456789"
    mode.set_enabled(True)
    mode.set_enabled(True)
    assert mode.show(DataKind.NATIONAL_ID, "A123456789") == "A1******89"
    assert mode.toggle() is False
    unsubscribe()
    mode.toggle()
    assert seen == [True, False]
    assert mode.enabled


def test_unknown_kind_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="not a valid DataKind"):
        mask("shoe_size", "42")
