"""Redaction classes and the registry of sensitive values."""

from __future__ import annotations

import json
import logging
import unicodedata
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


# --- variants: full-width, spaced, dashed, dotted, Unicode e-mails, PIN/password labels ----

FULL_WIDTH = {code: code + 0xFEE0 for code in range(0x21, 0x7F)} | {0x20: 0x3000}


def full_width(text: str) -> str:
    """The full-width form an IME types (Ａ１２３, ０９１２, ＠, ：, ideographic space)."""
    return text.translate(FULL_WIDTH)


def _digits(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text) if ch.isdigit())


@st.composite
def id_variants(draw: st.DrawFn) -> str:
    letter = draw(st.sampled_from(LETTERS))
    second = draw(st.sampled_from("1289ABCD"))
    rest = draw(st.text("0123456789", min_size=8, max_size=8))
    style = draw(st.sampled_from(["spaced", "dashed", "grouped", "lower", "plain"]))
    value = {
        "spaced": " ".join(letter + second + rest),
        "dashed": f"{letter}-{second}{rest[:3]}-{rest[3:6]}-{rest[6:]}",
        "grouped": f"{letter}{second}{rest[:2]} {rest[2:5]} {rest[5:]}",
        "lower": (letter + second + rest).lower(),
        "plain": letter + second + rest,
    }[style]
    return full_width(value) if draw(st.booleans()) else value


@st.composite
def mobile_variants(draw: st.DrawFn) -> str:
    body = draw(st.text("0123456789", min_size=8, max_size=8))
    a, b, c = body[:2], body[2:5], body[5:]
    value = draw(
        st.sampled_from(
            [
                f"+886 9{a} {b} {c}",
                f"+886 9{a}{b}{c}",
                f"(+886)9{a}{b}{c}",
                f"(+886) 9{a}-{b}-{c}",
                f"+886 (0)9{a} {b} {c}",
                f"09{a}-{b}-{c}",
                f"09{a}.{b}.{c}",
                f"09{a} {b}{c}",
                f"886-9{a}-{b}-{c}",
            ]
        )
    )
    return full_width(value) if draw(st.booleans()) else value


CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)


@st.composite
def unicode_emails(draw: st.DrawFn) -> tuple[str, str]:
    """(the address as typed, its local part), local part and domain possibly Chinese."""
    latin = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
    local = draw(st.one_of(st.text(CJK, min_size=1, max_size=4), latin))
    host = draw(st.one_of(st.text(CJK, min_size=1, max_size=4), latin))
    tld = draw(st.sampled_from(["tw", "com", "台灣", "com.tw"]))
    at = draw(st.sampled_from(["@", "＠"]))
    return f"{local}{at}{host}.{tld}", local


@st.composite
def labelled_secrets(draw: st.DrawFn) -> tuple[str, str]:
    """(label with separator, secret value) as people write them in notes and logs."""
    label = draw(
        st.sampled_from(
            [
                "PIN碼：",
                "PIN碼:",
                "PIN ",
                "pin ",
                "PIN=",
                "pin code: ",
                "密碼：",
                "密碼:",
                "密碼 ",
                "新密碼為",
                "password=",
                "Password: ",
                "password is ",
                "passwd=",
                "通行碼：",
            ]
        )
    )
    digits_part = draw(st.text("0123456789", min_size=4, max_size=8))
    letters_part = draw(st.text("ABCDEFGHJKabcdefghjk", min_size=0, max_size=6))
    value = letters_part + digits_part
    return label, full_width(value) if draw(st.booleans()) else value


@settings(max_examples=300)
@given(value=id_variants(), context=contexts)
def test_national_id_variants_never_survive(value: str, context: str) -> None:
    out = Redactor().redact(context.format(value))
    assert "[redacted-national_id]" in out
    assert _digits(value) not in _digits(out)


@settings(max_examples=300)
@given(value=mobile_variants(), context=contexts)
def test_mobile_variants_never_survive(value: str, context: str) -> None:
    out = Redactor().redact(context.format(value))
    assert "[redacted-phone]" in out
    assert _digits(value)[-8:] not in _digits(out)


@settings(max_examples=300)
@given(email=unicode_emails(), context=contexts)
def test_unicode_email_variants_never_survive(email: tuple[str, str], context: str) -> None:
    address, local = email
    assert local
    out = Redactor().redact(context.format(address))
    assert "[redacted-email]" in out
    # nothing of the address is left: what remains is (part of) the context around it
    frame = unicodedata.normalize("NFKC", context.replace("{}", ""))
    assert out.replace("[redacted-email]", "") in frame


@settings(max_examples=300)
@given(case=labelled_secrets(), context=contexts)
def test_values_after_pin_and_password_labels_never_survive(
    case: tuple[str, str], context: str
) -> None:
    label, value = case
    out = Redactor().redact(context.format(label + value))
    assert "[redacted-secret]" in out
    assert unicodedata.normalize("NFKC", value) not in unicodedata.normalize("NFKC", out)


def test_the_variants_measured_in_the_issue_are_all_redacted() -> None:
    r = Redactor()
    cases = {
        "身分證 Ａ１２３４５６７８９": "A123456789",
        "ID A 123 456 789": "A123456789",
        "ID A123-456-789": "A123456789",
        "居留證 a823456789": "823456789",
        "mobile (+886)912345678": "912345678",
        "手機 ０９１２３４５６７８": "0912345678",
        "手機 0912.345.678": "0912345678",
        "手機 +886 912 345 678": "912345678",
        "信箱 王小明@example.com": "王小明",
        "mail test@例子.台灣": "例子",
        "mail someone＠example.com": "someone",
        "PIN碼：123456": "123456",
        "PIN 123456": "123456",
        "密碼：Demo1234": "Demo1234",
        "密碼: Demo1234": "Demo1234",
        "password=Demo1234": "Demo1234",
        "pin 246810": "246810",
    }
    for text, secret in cases.items():
        out = r.redact(text)
        assert "[redacted-" in out, text
        normal = unicodedata.normalize("NFKC", out)
        assert secret not in normal.replace(" ", "").replace("-", "").replace(".", ""), text


def test_words_after_pin_labels_and_unredacted_text_stay_as_written() -> None:
    r = Redactor()
    for text in (
        "PIN pad reader detected",
        "PIN 錯誤，剩 2 次",
        "密碼錯誤",
        "spin 123456 times",
        "請於１２月５日前付款：全形文字保持原樣",
    ):
        assert r.redact(text) == text


def test_registered_full_width_values_are_matched_in_either_form() -> None:
    r = Redactor()
    r.register("陳大文", DataKind.NAME)
    r.register(full_width("0911 222 333"), DataKind.PHONE)
    out = r.redact("tel 0911-222-333 / ０９１１２２２３３３")
    assert "0911" not in out
    assert "０９１１" not in out


def test_logging_filter_redacts_stack_info() -> None:
    record = logging.LogRecord("t", logging.WARNING, __file__, 1, "where", None, None)
    record.stack_info = 'Stack (most recent call last):\n  File "x.py", line 1, in f\n    login("A123456789", pin="135790")'
    assert RedactingFilter(Redactor()).filter(record)
    text = logging.Formatter().format(record)
    assert "A123456789" not in text
    assert "135790" not in text
    assert "Stack (most recent call last)" in text
