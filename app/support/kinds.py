"""Kinds of personal data the support layer knows how to mask and redact."""

from __future__ import annotations

from enum import StrEnum


class DataKind(StrEnum):
    """A class of personal or secret value."""

    NATIONAL_ID = "national_id"
    NAME = "name"
    PHONE = "phone"
    EMAIL = "email"
    BIRTHDAY = "birthday"
    CARD_SERIAL = "card_serial"
    TOKEN = "token"  # noqa: S105 - a kind name, not a credential
    SECRET = "secret"  # noqa: S105 - a kind name, not a credential
    ADDRESS = "address"
    OTHER = "other"
