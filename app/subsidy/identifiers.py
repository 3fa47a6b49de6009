"""Taiwanese identifiers: UBN, national ID, phone numbers, e-mail, order numbers."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from ._checks import require_int

TAIWAN_TZ = timezone(timedelta(hours=8), "Asia/Taipei")

_UBN_WEIGHTS = (1, 2, 1, 2, 1, 2, 4, 1)
_ID_LETTER_CODES = {
    letter: code for code, letter in enumerate("ABCDEFGHJKLMNPQRSTUVXYWZIO", start=10)
}
_ID_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 1, 1)

_NATIONAL_ID = re.compile(r"[A-Z][1289][0-9]{8}")
_MOBILE = re.compile(r"09[0-9]{8}")
# Landline: leading 0 and 8 or 9 digits in all; "(02)2345-6789", "02-2345-6789" are accepted.
_PHONE = re.compile(r"0[0-9]{8,9}")
_PHONE_SEPARATORS = re.compile(r"[\s()\-]")
_EXTENSION = re.compile(r"[0-9]{1,6}")
# A practical address check: one "@", a dotted domain with a 2+ letter top level, no spaces.
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
_ORDER_SEQUENCE_DIGITS = 6


def _digit_sum(n: int) -> int:
    return n // 10 + n % 10


def is_valid_ubn(s: object) -> bool:
    """True for an 8-digit 統一編號 with a valid check (divisible-by-5 rule of 2023)."""
    if not isinstance(s, str) or len(s) != 8 or not s.isascii() or not s.isdigit():
        return False
    total = sum(_digit_sum(int(c) * w) for c, w in zip(s, _UBN_WEIGHTS, strict=True))
    # 7th digit 7: its product 28 counts as 10 (→ 1 after digit sum) or as 0.
    return total % 5 == 0 or (s[6] == "7" and (total + 1) % 5 == 0)


def is_valid_national_id(s: object) -> bool:
    """True for a 身分證字號 or new-format resident certificate number with a valid check."""
    if not isinstance(s, str) or not _NATIONAL_ID.fullmatch(s):
        return False
    code = _ID_LETTER_CODES[s[0]]
    total = code // 10 + (code % 10) * 9
    total += sum(int(c) * w for c, w in zip(s[1:], _ID_WEIGHTS, strict=True))
    return total % 10 == 0


def is_valid_mobile(s: object) -> bool:
    """True for a Taiwan mobile number: 09 and 8 digits."""
    return isinstance(s, str) and _MOBILE.fullmatch(s) is not None


def is_valid_phone(s: object, ext: object = None) -> bool:
    """True for a Taiwan phone number with area code; ``ext`` is 1–6 digits if given."""
    if not isinstance(s, str) or not _PHONE.fullmatch(_PHONE_SEPARATORS.sub("", s)):
        return False
    return ext is None or ext == "" or is_valid_extension(ext)


def is_valid_extension(s: object) -> bool:
    """True for a phone extension: 1–6 digits."""
    return isinstance(s, str) and _EXTENSION.fullmatch(s) is not None


def is_valid_email(s: object) -> bool:
    """True for a plausible e-mail address (syntax only; the platform verifies by code)."""
    return isinstance(s, str) and len(s) <= 254 and _EMAIL.fullmatch(s) is not None


def make_order_number(when: datetime, sequence: int) -> str:
    """20-digit order number: Taiwan local time ``YYYYMMDDhhmmss`` + 6-digit sequence.

    A naive ``when`` is taken as Taiwan local time.
    """
    if not isinstance(when, datetime):
        raise ValueError(f"when must be a datetime, got {type(when).__name__}")
    require_int("sequence", sequence)
    if sequence >= 10**_ORDER_SEQUENCE_DIGITS:
        raise ValueError(f"sequence must be below {10**_ORDER_SEQUENCE_DIGITS}, got {sequence}")
    local = when.astimezone(TAIWAN_TZ) if when.tzinfo is not None else when
    return f"{local:%Y%m%d%H%M%S}{sequence:0{_ORDER_SEQUENCE_DIGITS}d}"
