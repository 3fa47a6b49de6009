"""Redaction of personal data and secrets from logs, reports and support bundles.

Two mechanisms work together:

* pattern classes that recognise values by their shape (national IDs incl. resident
  certificate numbers, phone numbers, e-mail addresses, labelled birthdays in AD and ROC
  form, bearer tokens and JWT-like strings, card serials, secrets in ``key=value`` or
  JSON fields such as ``"pin": "…"``);
* a registry of values the application knows to be sensitive (the applicant's name, the
  contact person, …) because personal names cannot be recognised reliably by shape.

Text is NFKC-normalised before matching, so full-width forms (Ａ１２３…, ０９１２…, ＠,
：) are caught like their ASCII forms; a text in which something was redacted comes back
normalised, any other text exactly as given.

The same :class:`Redactor` backs the logging filter, so what reaches a log file has
already been redacted.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata
import urllib.parse
from collections.abc import Callable, Mapping
from typing import Any

from app.support.kinds import DataKind


def placeholder(kind: DataKind | str) -> str:
    """Text that replaces a redacted value of ``kind``."""
    return f"[redacted-{DataKind(kind).value if isinstance(kind, DataKind) else kind}]"


# Keys whose value is always removed, with the kind used in the placeholder.
_SECRET_KEYS = (
    r"(?:[\w-]*[_-])?(?:pin|pin_?code|password|passwd|pwd|secret|token|otp|api_?key|"  # noqa: S105
    r"authorization|cookie|set-cookie|session_?id|verification_?code|email_?code)"
)
_PERSON_KEYS = {
    DataKind.NATIONAL_ID: r"(?:[\w-]*[_-])?(?:national_?id|id_?number|id_?no|idn|personal_?id)",
    DataKind.BIRTHDAY: r"(?:[\w-]*[_-])?(?:birthday|birth_?date|date_?of_?birth|dob)",
    DataKind.PHONE: r"(?:[\w-]*[_-])?(?:phone|mobile|tel|telephone|cellphone)",
    DataKind.EMAIL: r"(?:[\w-]*[_-])?(?:e_?mail|email_?address)",
    DataKind.NAME: (
        r"(?:representative|contact|holder|subject|responsible_?person|person|owner|"
        r"applicant_?person|given|family|full)_?name|holder|responsible_?person"
    ),
    DataKind.ADDRESS: (
        r"(?:company|contact|registered|business|mailing|residence|home|street|postal)?_?"
        r"address|addr"
    ),
}

_QUOTE = r"(?:\\\"|\"|%22|')?"
_VALUE = (
    r"(?:\"(?:[^\"\\]|\\.)*\""  # JSON string
    r"|\\\"(?:[^\\]|\\[^\"])*?\\\""  # JSON string inside a JSON string
    r"|'[^']*'"
    r"|%22.*?%22"  # percent-encoded quoted value (form bodies)
    r"|[^\s,&;{}\[\]()\"'\\]+)"  # bare value
)


def _key_rule(keys: str) -> re.Pattern[str]:
    return re.compile(
        r"(?P<head>(?:(?<![\w-])|(?<=%[0-9A-Fa-f]{2}))"
        + _QUOTE
        + r"(?:"
        + keys
        + r")"
        + _QUOTE
        + r"\s*(?::|=|%3A|%3D)(?:\s|%20)*)(?P<value>"
        + _VALUE
        + r")",
        re.IGNORECASE,
    )


_AD_DATE = r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_ROC_DATE = r"(?:中華民國|民國)?\s*\d{1,3}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
_COMPACT_DATE = r"\d{7,8}(?!\d)"

_LANDLINE_DIGITS = range(9, 11)
# What people put between digit groups (after NFKC: full-width forms and the other spaces
# are ASCII already). Never a line break: a log line ending in "v1" and the next line's
# timestamp are not an ID, and redacting them merged the lines.
_SEP = r"[ \t\-\u2010-\u2015.]"
# A value after a PIN or password label: up to a space or punctuation that ends it.
_LABELLED_VALUE = r"(?!\[redacted)[^\s,;&，。；、）)\[\]{}'\"]+"


def _labelled_secret(match: re.Match[str]) -> str:
    # "PIN 123456" is a PIN; "PIN pad" and "PIN 錯誤" are words: a value that follows a
    # label without ':' or '=' is redacted only when it holds a digit.
    if not match.group("mark") and not any(ch.isdigit() for ch in match.group("value")):
        return match.group(0)
    return match.group("head") + placeholder(DataKind.SECRET)


def _landline(match: re.Match[str]) -> str:
    number = match.group("number")
    digits = sum(ch.isdigit() for ch in number.removeprefix("+886").removeprefix("886"))
    if number.startswith(("+886", "886")):
        digits += 1  # the dropped trunk 0
    if digits not in _LANDLINE_DIGITS:
        return match.group(0)
    return placeholder(DataKind.PHONE)


_Rule = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]

_RULES: tuple[_Rule, ...] = (
    (re.compile(r"\bBearer\s+[A-Za-z0-9._~+/=-]+", re.IGNORECASE), "Bearer [redacted-token]"),
    (
        re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*"),
        placeholder(DataKind.TOKEN),
    ),
    (_key_rule(_SECRET_KEYS), r"\g<head>" + placeholder(DataKind.SECRET)),
    *((_key_rule(keys), r"\g<head>" + placeholder(kind)) for kind, keys in _PERSON_KEYS.items()),
    # Values after PIN / password labels, in Chinese and English (PIN碼：…, 密碼 …, pin …).
    (
        re.compile(
            r"(?P<head>(?<![A-Za-z])(?:PIN\s*(?:碼|code)?|pass(?:word|wd|code)|pwd|密碼|口令|通行碼)"
            r"(?:\s*(?P<mark>[:=]|為|是)\s*|\s+(?:is\s+)?))(?P<value>" + _LABELLED_VALUE + ")",
            re.IGNORECASE,
        ),
        _labelled_secret,
    ),
    # E-mail first: its local part may look like an ID or a card serial. Local parts and
    # domains may be Chinese (\w is Unicode); ＠ is @ after NFKC.
    (
        re.compile(
            r"[\w.!#$%&'*+/=?^`{|}~-]+(?:@|%40)"
            r"(?:[^\W_](?:[\w-]*[^\W_])?\.)+[\w-]*[^\W_]"
        ),
        placeholder(DataKind.EMAIL),
    ),
    # Distinguished names: the common name of a citizen certificate is the person's name.
    (
        re.compile(
            r"(?<![A-Za-z])(?P<attr>CN|GIVENNAME|SURNAME|EMAILADDRESS|E)\s*=\s*"
            r"(?:\"[^\"]*\"|[^,/+\n\"]+)",
            re.IGNORECASE,
        ),
        r"\g<attr>=[redacted-name]",
    ),
    (
        re.compile(
            r"(?P<label>生日|出生(?:日期|年月日)?|birth\s*day|birth\s*date|date\s+of\s+birth|dob)"
            r"(?P<sep>\s*[:：=]?\s*)"
            r"(?:" + _AD_DATE + "|" + _ROC_DATE + "|" + _COMPACT_DATE + ")",
            re.IGNORECASE,
        ),
        r"\g<label>\g<sep>[redacted-birthday]",
    ),
    (
        re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{14}(?!\d)"),
        placeholder(DataKind.CARD_SERIAL),
    ),
    # Mobiles: 09xx…, +886 9…, (+886)9…, +886 (0)9…, grouped by spaces, dashes or dots.
    # Before IDs: in "x 886-912-…" the digits are a number, not an ID after the letter x.
    (
        re.compile(
            r"(?<![\d+])(?:\(?\+?886\)?" + _SEP + r"?(?:\(0\)" + _SEP + r"?)?|0)"
            r"9(?:" + _SEP + r"?\d){8}(?!\d)"
        ),
        placeholder(DataKind.PHONE),
    ),
    # National ID (letter + 1/2 + 8 digits), resident certificate numbers (new: letter +
    # 8/9 + 8 digits; old: two letters + 8 digits); spaced or dashed, any case.
    (
        re.compile(
            r"(?<![A-Za-z0-9])[A-Za-z]" + _SEP + r"?[1289A-Da-d](?:" + _SEP + r"?\d){8}(?!\d)"
        ),
        placeholder(DataKind.NATIONAL_ID),
    ),
    (
        re.compile(
            r"(?<![\d+])(?P<number>(?:\+?886[-\s]?\(?|\(?0)[2-8]\d{0,3}\)?[-\s]?\d{2,4}"
            r"[-\s]?\d{3,4})(?:\s*(?:#|ext\.?|分機)\s*\d{1,6})?(?!\d)",
            re.IGNORECASE,
        ),
        _landline,
    ),
)

# Kinds whose registered values are matched with optional separators between characters.
_SPACED_KINDS = frozenset({DataKind.PHONE, DataKind.NATIONAL_ID, DataKind.CARD_SERIAL})
_MIN_REGISTERED_LENGTH = 2


class Redactor:
    """Removes personal data and secrets from text and JSON-like data.

    Thread-safe: values may be registered from any thread while others redact.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._registered: dict[str, DataKind] = {}
        self._pattern: re.Pattern[str] | None = None

    def register(self, value: str, kind: DataKind | str) -> bool:
        """Treat ``value`` as sensitive from now on; False if it is too short to redact.

        Never register a PIN: PINs must not be kept anywhere, not even here.
        """
        kind = DataKind(kind)
        value = unicodedata.normalize("NFKC", value).strip()
        if len(value) < _MIN_REGISTERED_LENGTH:
            return False
        with self._lock:
            self._registered[value] = kind
            self._pattern = self._compile(self._registered)
        return True

    def registered_count(self) -> int:
        """How many values are registered (the values themselves are not exposed)."""
        with self._lock:
            return len(self._registered)

    def clear(self) -> None:
        """Forget every registered value."""
        with self._lock:
            self._registered.clear()
            self._pattern = None

    @staticmethod
    def _compile(values: Mapping[str, DataKind]) -> re.Pattern[str]:
        alternatives: list[tuple[str, DataKind]] = []
        for value, kind in values.items():
            if kind in _SPACED_KINDS:
                chars = [c for c in value if not c.isspace() and c != "-"]
                alternatives.append((r"[-\s]?".join(re.escape(c) for c in chars), kind))
            else:
                alternatives.append((re.escape(value), kind))
            if not value.isascii():
                alternatives.append((re.escape(urllib.parse.quote(value)), kind))
                alternatives.append((re.escape(json.dumps(value)[1:-1]), kind))
        # Longest first so that a value containing another is removed whole.
        alternatives.sort(key=lambda item: len(item[0]), reverse=True)
        groups = "|".join(
            f"(?P<{kind.value}_{i}>{pattern})" for i, (pattern, kind) in enumerate(alternatives)
        )
        return re.compile(groups, re.IGNORECASE)

    def redact(self, text: str) -> str:
        """Return ``text`` with every sensitive value replaced by a placeholder.

        Matching runs on the NFKC form; when nothing is redacted, ``text`` comes back as
        given (not normalised).
        """
        normal = unicodedata.normalize("NFKC", text)
        redacted = normal
        pattern = self._pattern
        if pattern is not None:
            redacted = pattern.sub(_registered_placeholder, redacted)
        for rule, replacement in _RULES:
            redacted = rule.sub(replacement, redacted)
        return text if redacted == normal else redacted

    def redact_data(self, data: Any) -> Any:
        """Redact JSON-like data: strings, lists and dicts (values of sensitive keys go)."""
        if isinstance(data, str):
            return self.redact(data)
        if isinstance(data, Mapping):
            result: dict[str, Any] = {}
            for key, value in data.items():
                key_text = str(key)
                kind = sensitive_key_kind(key_text)
                if (
                    kind is not None
                    and isinstance(value, str | int | float)
                    and value != ""
                    and not _is_masked(value)
                ):
                    result[key_text] = placeholder(kind)
                else:
                    result[key_text] = self.redact_data(value)
            return result
        if isinstance(data, list | tuple):
            return [self.redact_data(item) for item in data]
        return data


def _is_masked(value: object) -> bool:
    """Already masked for display (``王○明``, ``A1******89``): safe to keep."""
    return isinstance(value, str) and ("**" in value or "○" in value)


def _registered_placeholder(match: re.Match[str]) -> str:
    name = match.lastgroup or DataKind.OTHER.value
    return placeholder(name.rsplit("_", 1)[0])


_SECRET_KEY_RE = re.compile(r"(?:" + _SECRET_KEYS + r")", re.IGNORECASE)
_PERSON_KEY_RES = {
    kind: re.compile(r"(?:" + keys + r")", re.IGNORECASE) for kind, keys in _PERSON_KEYS.items()
}


def sensitive_key_kind(key: str) -> DataKind | None:
    """The data kind a field name announces (``pin`` → SECRET, ``email`` → EMAIL), or None."""
    if _SECRET_KEY_RE.fullmatch(key):
        return DataKind.SECRET
    for kind, rule in _PERSON_KEY_RES.items():
        if rule.fullmatch(key):
            return kind
    return None


_DEFAULT = Redactor()


def default_redactor() -> Redactor:
    """The process-wide redactor that the logging filter and the bundle use."""
    return _DEFAULT


class RedactingFilter(logging.Filter):
    """Logging filter that redacts the message, arguments and traceback of each record."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        super().__init__()
        self._redactor = redactor or _DEFAULT
        self._formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite ``record`` in place; never drops a record."""
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = f"{record.msg!s} {record.args!r}"
        record.msg = self._redactor.redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._redactor.redact(record.exc_text)
        if record.stack_info:
            record.stack_info = self._redactor.redact(record.stack_info)
        return True
