"""Password strength for the platform account (設定帳號密碼), as field problem codes.

Accepted: at least 12 characters, or at least 8 with three of the four character
classes (lower case, upper case, digits, symbols); always at least one letter and one
digit (the platform demands both); not the UBN, not containing the responsible person's
ID, and not one of the passwords every attacker tries first.
"""

from __future__ import annotations

import re

from app.errors import FieldCode, FieldProblem

MIN_LENGTH = 8
LONG_LENGTH = 12
MAX_LENGTH = 128

COMMON_PASSWORDS = frozenset(
    {
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "12345678910",
        "123123123",
        "111111",
        "11111111",
        "000000",
        "00000000",
        "666666",
        "88888888",
        "987654321",
        "147258369",
        "password",
        "password1",
        "password123",
        "passw0rd",
        "p@ssw0rd",
        "p@ssword",
        "qwerty",
        "qwerty123",
        "qwertyuiop",
        "1qaz2wsx",
        "1q2w3e4r",
        "1q2w3e4r5t",
        "zaq12wsx",
        "abc123",
        "abcd1234",
        "abc12345",
        "a1234567",
        "a12345678",
        "aa123456",
        "asdf1234",
        "iloveyou",
        "admin",
        "admin123",
        "administrator",
        "welcome",
        "welcome1",
        "letmein",
        "monkey",
        "dragon",
        "sunshine",
        "princess",
        "football",
        "baseball",
        "superman",
        "trustno1",
        "changeme",
        "test1234",
        "taiwan",
        "taiwan123",
        "tcloud",
        "tcloud123",
        "woaini",
        "woaini1314",
        "5201314",
        "520520",
        "aaaa1111",
        "qwer1234",
    }
)

# The values the texts of these problems name.

_PASSWORD_PARAMS: dict[FieldCode, dict[str, str | int]] = {
    FieldCode.PASSWORD_TOO_LONG: {"limit": MAX_LENGTH},
    FieldCode.PASSWORD_TOO_SIMPLE: {"long": LONG_LENGTH, "short": MIN_LENGTH},
}


def _classes(password: str) -> int:
    groups = (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")
    return sum(1 for pattern in groups if re.search(pattern, password))


def check_password(
    password: str, *, ubn: str | None = None, national_id: str | None = None
) -> list[FieldProblem]:
    """Problems with ``password``, most basic first; empty when it is acceptable."""
    if not password:
        return [FieldProblem(FieldCode.PASSWORD_REQUIRED)]
    codes: list[FieldCode] = []
    if len(password) > MAX_LENGTH:
        codes.append(FieldCode.PASSWORD_TOO_LONG)
    if password != password.strip():
        codes.append(FieldCode.PASSWORD_SPACES)
    long_enough = len(password) >= LONG_LENGTH
    varied = len(password) >= MIN_LENGTH and _classes(password) >= 3
    if not (long_enough or varied):
        codes.append(FieldCode.PASSWORD_TOO_SIMPLE)
    if not (re.search(r"[A-Za-z]", password) and re.search(r"[0-9]", password)):
        codes.append(FieldCode.PASSWORD_LETTERS_AND_DIGITS)
    lowered = password.lower()
    if lowered in COMMON_PASSWORDS or lowered.rstrip("!.") in COMMON_PASSWORDS:
        codes.append(FieldCode.PASSWORD_COMMON)
    if ubn and ubn in password:
        codes.append(FieldCode.PASSWORD_CONTAINS_UBN)
    if national_id and national_id.lower() in lowered:
        codes.append(FieldCode.PASSWORD_CONTAINS_NATIONAL_ID)
    return [FieldProblem(code, _PASSWORD_PARAMS.get(code, {})) for code in codes]


def passwords_match(password: str, confirmation: str) -> FieldProblem | None:
    """``PASSWORDS_DIFFER`` when the two entries differ, else None."""
    return None if password == confirmation else FieldProblem(FieldCode.PASSWORDS_DIFFER)
