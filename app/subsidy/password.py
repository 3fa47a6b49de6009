"""Password strength for the platform account (設定帳號密碼), with zh-TW messages.

Accepted: at least 12 characters, or at least 8 with three of the four character
classes (lower case, upper case, digits, symbols); always at least one letter and one
digit (the platform demands both); not the UBN, not containing the responsible person's
ID, and not one of the passwords every attacker tries first.
"""

from __future__ import annotations

import re

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


def _classes(password: str) -> int:
    groups = (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]")
    return sum(1 for pattern in groups if re.search(pattern, password))


def check_password(
    password: str, *, ubn: str | None = None, national_id: str | None = None
) -> list[str]:
    """Problems with ``password`` as zh-TW sentences; empty when it is acceptable."""
    problems: list[str] = []
    if not password:
        return ["請設定密碼"]
    if len(password) > MAX_LENGTH:
        problems.append(f"密碼不可超過 {MAX_LENGTH} 個字元")
    if password != password.strip():
        problems.append("密碼前後不可有空白")
    long_enough = len(password) >= LONG_LENGTH
    varied = len(password) >= MIN_LENGTH and _classes(password) >= 3
    if not (long_enough or varied):
        problems.append(
            f"密碼至少 {LONG_LENGTH} 個字元，或至少 {MIN_LENGTH} 個字元並包含大寫、小寫、"
            "數字、符號其中三種"
        )
    if not (re.search(r"[A-Za-z]", password) and re.search(r"[0-9]", password)):
        problems.append("密碼須同時包含英文字母與數字")
    lowered = password.lower()
    if lowered in COMMON_PASSWORDS or lowered.rstrip("!.") in COMMON_PASSWORDS:
        problems.append("這是常見密碼，很容易被猜中，請換一個")
    if ubn and ubn in password:
        problems.append("密碼不可包含統一編號")
    if national_id and national_id.lower() in lowered:
        problems.append("密碼不可包含身分證字號")
    return problems


def passwords_match(password: str, confirmation: str) -> str | None:
    """A message when the two entries differ, else None."""
    return None if password == confirmation else "兩次輸入的密碼不一致"
