"""Redaction classes and the registry of sensitive values."""

from __future__ import annotations

import json
import logging
import urllib.parse
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from app.support.kinds import DataKind
from app.support.redact import RedactingFilter, Redactor, sensitive_key_kind

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

national_ids = st.builds(
    lambda letter, second, rest: letter + second + rest,
    st.sampled_from(LETTERS + LETTERS.lower()),
    st.sampled_from("1289"),  # citizens (1/2) and new-format residents (8/9)
    st.text("0123456789", min_size=8, max_size=8),
)
old_resident_ids = st.builds(
    lambda a, b, rest: a + b + rest,
    st.sampled_from(LETTERS),
    st.sampled_from("ABCD"),
    st.text("0123456789", min_size=8, max_size=8),
)
digits = st.text("0123456789", min_size=1, max_size=1)


@st.composite
def mobiles(draw: st.DrawFn) -> str:
    body = draw(st.text("0123456789", min_size=8, max_size=8))
    a, b, c = body[:2], body[2:5], body[5:]
    style = draw(st.sampled_from(["plain", "dash", "space", "intl", "intl-plain"]))
    return {
        "plain": f"09{a}{b}{c}",
        "dash": f"09{a}-{b}-{c}",
        "space": f"09{a} {b} {c}",
        "intl": f"+886-9{a}-{b}-{c}",
        "intl-plain": f"+8869{a}{b}{c}",
    }[style]


@st.composite
def landlines(draw: st.DrawFn) -> str:
    area = draw(st.sampled_from(["2", "4", "7", "37", "49", "82", "826"]))
    local_len = 8 if area == "2" else (6 if len(area) == 3 else 7)
    local = draw(st.text("0123456789", min_size=local_len, max_size=local_len))
    head, tail = local[: local_len - 4], local[local_len - 4 :]
    style = draw(st.sampled_from(["paren", "dash", "plain", "ext"]))
    ext = draw(st.text("0123456789", min_size=1, max_size=5))
    return {
        "paren": f"(0{area}){head}-{tail}",
        "dash": f"0{area}-{head}{tail}",
        "plain": f"0{area}{head}{tail}",
        "ext": f"0{area}-{head}-{tail}#{ext}",
    }[style]


contexts = st.sampled_from(
    ["{}", "聯絡人電話：{}。", "value={}&next=1", '{{"field": "{}"}}', "x {} y", "（{}）"]
)


@settings(max_examples=300)
@given(value=st.one_of(national_ids, old_resident_ids), context=contexts)
def test_generated_national_ids_never_survive(value: str, context: str) -> None:
    out = Redactor().redact(context.format(value))
    assert value not in out
    assert value.upper() not in out.upper()


@settings(max_examples=300)
@given(value=st.one_of(mobiles(), landlines()), context=contexts)
def test_generated_phone_numbers_never_survive(value: str, context: str) -> None:
    out = Redactor().redact(context.format(value))
    assert value not in out
    assert "[redacted-phone]" in out


@settings(max_examples=300)
@given(value=st.emails(), context=contexts)
def test_generated_emails_never_survive(value: str, context: str) -> None:
    out = Redactor().redact(context.format(value))
    assert value not in out
    assert "@" not in out


@given(
    serial=st.builds(
        lambda p, n: p + n,
        st.sampled_from(["TP", "AB", "GX"]),
        st.text("0123456789", min_size=14, max_size=14),
    )
)
def test_card_serials_are_redacted(serial: str) -> None:
    assert serial not in Redactor().redact(f"card serial {serial} in reader")


@st.composite
def labelled_birthdays(draw: st.DrawFn) -> tuple[str, str]:
    day = draw(st.dates(min_value=date(1912, 1, 1), max_value=date(2020, 12, 31)))
    roc = day.year - 1911
    value = draw(
        st.sampled_from(
            [
                f"{day:%Y-%m-%d}",
                f"{day.year}/{day.month}/{day.day}",
                f"民國{roc}年{day.month}月{day.day}日",
                f"{roc:03d}/{day.month:02d}/{day.day:02d}",
                f"{roc:03d}{day.month:02d}{day.day:02d}",
            ]
        )
    )
    label = draw(st.sampled_from(["生日：", "出生日期 ", "birthday=", "DOB: ", "出生年月日:"]))
    return label, value


@given(labelled_birthdays())
def test_generated_labelled_birthdays_never_survive(case: tuple[str, str]) -> None:
    label, value = case
    out = Redactor().redact(f"申請人{label}{value}，謝謝")
    assert value not in out
    assert "[redacted-birthday]" in out


def test_birthdays_in_ad_and_roc_form_are_redacted_when_labelled() -> None:
    r = Redactor()
    for text in [
        "生日：1985-03-04",
        "出生日期 民國74年3月4日",
        "出生年月日：0740304",
        "birthday=1985/3/4",
        "date of birth: 74/03/04",
        '{"birth_date": "1985-03-04"}',
    ]:
        out = r.redact(text)
        assert "[redacted-birthday]" in out, text
        assert "3" not in out.split("[redacted")[1], text


def test_ordinary_dates_and_business_numbers_stay() -> None:
    text = "deadline 2026-11-21 UBN 04595252 order 20230131170117763814 NT$30,000"
    assert Redactor().redact(text) == text


def test_tokens_and_secret_fields_are_removed() -> None:
    r = Redactor()
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJl"
    cases = {
        "Authorization: Bearer s3cr3t-token.value": "s3cr3t-token.value",
        f"got {jwt} from server": jwt,
        '{"pin": "135790", "tbs": "x"}': "135790",
        "tbsPackage=%7B%22pin%22%3A%22246801%22%7D": "246801",
        '{"tbsPackage": "{\\"pin\\":\\"975310\\"}"}': "975310",
        "https://h/cb?access_token=zzTop99&x=1": "zzTop99",
        "password='hunter22'": "hunter22",
    }
    for text, secret in cases.items():
        assert secret not in r.redact(text), text


def test_percent_encoded_form_body_keeps_the_other_fields() -> None:
    body = "tbsPackage=" + urllib.parse.quote(
        json.dumps({"tbs": "abc", "pin": "555444", "withCardSN": "true"})
    )
    out = Redactor().redact(body)
    assert "555444" not in out
    assert "withCardSN%22%3A%20%22true" in out


def test_distinguished_name_common_name_is_removed() -> None:
    out = Redactor().redact("subject CN=林美麗,SERIALNUMBER=12345678,OU=內政部憑證管理中心,C=TW")
    assert "林美麗" not in out
    assert "OU=內政部憑證管理中心" in out


def test_registered_values_are_removed_in_every_encoding() -> None:
    r = Redactor()
    assert r.register("陳大文", DataKind.NAME)
    assert r.register("0911 222 333", DataKind.PHONE)
    assert not r.register(" x ", DataKind.NAME)  # too short to redact safely
    text = 'name 陳大文 %E9%99%B3%E5%A4%A7%E6%96%87 "\\u9673\\u5927\\u6587" tel 0911222333'
    out = r.redact(text)
    assert "陳大文" not in out
    assert "%E9%99%B3" not in out
    assert "\\u9673" not in out
    assert "0911222333" not in out
    assert out.count("[redacted-name]") == 3
    assert r.registered_count() == 2
    r.clear()
    assert r.redact("陳大文") == "陳大文"


def test_redact_data_walks_json_and_drops_sensitive_keys() -> None:
    data = {
        "contact_email": "a@b.co",
        "pin": 123456,
        "code": "NOT_ELIGIBLE",
        "rows": [{"representative_name": "王小明", "note": "call 0912345678"}],
    }
    out = Redactor().redact_data(data)
    assert out == {
        "contact_email": "[redacted-email]",
        "pin": "[redacted-secret]",
        "code": "NOT_ELIGIBLE",
        "rows": [{"representative_name": "[redacted-name]", "note": "call [redacted-phone]"}],
    }


def test_sensitive_key_kind() -> None:
    assert sensitive_key_kind("user_pin") is DataKind.SECRET
    assert sensitive_key_kind("national_id") is DataKind.NATIONAL_ID
    assert sensitive_key_kind("contact_mobile") is DataKind.PHONE
    assert sensitive_key_kind("shipping") is None
    assert sensitive_key_kind("name") is None
    assert sensitive_key_kind("company_address") is DataKind.ADDRESS
    assert sensitive_key_kind("ip_address") is None


def test_logging_filter_redacts_arguments_and_tracebacks() -> None:
    r = Redactor()
    r.register("張三豐", DataKind.NAME)
    record = logging.LogRecord(
        "t", logging.INFO, __file__, 1, "user %s id %s", ("張三豐", "A123456789"), None
    )
    try:
        raise ValueError("bad id B223456789 for 張三豐")
    except ValueError:
        import sys

        record.exc_info = sys.exc_info()
    assert RedactingFilter(r).filter(record)
    text = logging.Formatter().format(record)
    assert "張三豐" not in text
    assert "A123456789" not in text
    assert "B223456789" not in text
    assert "ValueError" in text
