from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.subsidy import (
    is_valid_email,
    is_valid_mobile,
    is_valid_national_id,
    is_valid_phone,
    is_valid_ubn,
    make_order_number,
    parse_roc_date,
    roc_date,
)


@pytest.mark.parametrize(
    "ubn",
    ["04595252", "10458570", "04595257", "10458575", "10458574", "16480894", "81924865"],
)
def test_valid_ubns(ubn: str) -> None:
    assert is_valid_ubn(ubn)


@pytest.mark.parametrize(
    "ubn",
    ["04595253", "10458571", "1045857", "104585700", "1045857a", "１０４５８５７０", "", None],
)
def test_invalid_ubns(ubn: object) -> None:
    assert not is_valid_ubn(ubn)


def test_national_ids() -> None:
    assert is_valid_national_id("A123456789")
    assert not is_valid_national_id("A123456788")
    assert not is_valid_national_id("a123456789")
    assert not is_valid_national_id("A323456789")  # second digit must be 1, 2, 8 or 9
    assert not is_valid_national_id("A12345678")
    # New-format resident certificate numbers use the same checksum.
    assert is_valid_national_id("A800000014")
    assert not is_valid_national_id("A800000015")


def test_phones_and_mobiles() -> None:
    assert is_valid_mobile("0912345678")
    for bad in ("091234567", "0812345678", "0912-345-678", 912345678):
        assert not is_valid_mobile(bad)
    assert not is_valid_mobile("０９12345678")  # full-width digits
    assert is_valid_phone("02-2345-6789")
    assert is_valid_phone("(04)2345-6789", "123")
    assert is_valid_phone("037123456", "")
    assert not is_valid_phone("2345-6789")
    assert not is_valid_phone("02-2345-6789", "12a")
    assert not is_valid_phone("02-2345-6789", "1234567")


def test_emails() -> None:
    assert is_valid_email("owner@example.com.tw")
    assert is_valid_email("first.last+tag@sub.example.org")
    for bad in ("owner@", "owner@example", "owner example@x.tw", "a@b@c.tw", "", None):
        assert not is_valid_email(bad)


def test_roc_dates() -> None:
    assert roc_date(date(2026, 11, 21)) == "115年11月21日"
    assert roc_date(date(2012, 1, 5)) == "101年1月5日"
    assert parse_roc_date("115年11月21日") == date(2026, 11, 21)
    assert parse_roc_date("中華民國 115 年 1 月 2 日") == date(2026, 1, 2)
    assert parse_roc_date("115/01/02") == date(2026, 1, 2)
    for bad in ("115年2月30日", "0年1月1日", "2026-01-02", "115年1月", ""):
        with pytest.raises(ValueError, match=r"民國|日期"):
            parse_roc_date(bad)
    for outside in (date(1911, 12, 31), date(2911, 1, 1)):
        with pytest.raises(ValueError, match="outside ROC years"):
            roc_date(outside)


@given(st.dates(min_value=date(1912, 1, 1), max_value=date(2910, 12, 31)))
def test_roc_round_trip(d: date) -> None:
    assert parse_roc_date(roc_date(d)) == d


def test_order_number_like_the_seed() -> None:
    assert make_order_number(datetime(2023, 1, 31, 17, 1, 17), 763814) == "20230131170117763814"
    utc = datetime(2023, 1, 31, 9, 1, 17, tzinfo=UTC)
    assert make_order_number(utc, 1) == "20230131170117000001"
    assert len(make_order_number(datetime(2026, 1, 1), 0)) == 20
    for bad in (-1, 1_000_000):
        with pytest.raises(ValueError, match="sequence must be"):
            make_order_number(datetime(2026, 1, 1), bad)
    with pytest.raises(ValueError, match="when must be a datetime"):
        make_order_number(date(2026, 1, 1), 1)  # type: ignore[arg-type]


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1)),
    st.integers(0, 999_999),
)
def test_order_numbers_sort_by_time(when: datetime, sequence: int) -> None:
    number = make_order_number(when, sequence)
    assert number.isdigit()
    assert len(number) == 20
    assert make_order_number(when + timedelta(seconds=1), 0) > number
    tw = timezone(timedelta(hours=8))
    assert make_order_number(when.replace(tzinfo=tw), sequence) == number


@pytest.mark.parametrize(
    "number",
    [
        "B123456780",  # B = 11: the letter's second digit counts nine times
        "K123456788",  # K = 19
        "W123456789",  # W = 32
        "Z812345672",  # Z = 33, new-format resident certificate
        "O812345674",  # O = 35
    ],
)
def test_national_ids_whose_letter_code_does_not_end_in_zero(number: str) -> None:
    """The check: letter code tens + units × 9, the digits × 8…1, the check digit; ÷ 10."""
    assert is_valid_national_id(number)
    wrong_check = number[:-1] + str((int(number[-1]) + 1) % 10)
    assert not is_valid_national_id(wrong_check)


def test_a_ubn_may_pass_by_the_seventh_digit_rule_alone() -> None:
    """財政部 2023 rule: a 7 in the seventh place gives 28, which counts as 10 or as 0 —
    15000870 sums to 19 and passes only because 19 + 1 is divisible by 5."""
    assert is_valid_ubn("15000870")
    assert not is_valid_ubn("15000872")


def test_an_email_address_is_at_most_254_characters() -> None:
    """RFC 5321's limit on a forward path, less its angle brackets."""
    domain = "@" + ".".join(["a" * 61] * 3) + ".tw"  # 190 characters
    longest = "u" * (254 - len(domain)) + domain
    assert len(longest) == 254
    assert is_valid_email(longest)
    assert not is_valid_email("u" + longest)


def test_order_numbers_name_what_they_refuse() -> None:
    with pytest.raises(ValueError, match=r"^when must be a datetime, got date$"):
        make_order_number(date(2026, 6, 1), 1)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=r"^sequence must be below 1000000, got 1000000$"):
        make_order_number(datetime(2026, 6, 1, 9, 0), 1_000_000)
