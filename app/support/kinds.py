"""Kinds of personal data the support layer knows how to mask and redact."""

from __future__ import annotations

from enum import StrEnum, auto


class DataKind(StrEnum):
    """A class of personal or secret value; each value is its lower-case name."""

    NATIONAL_ID = auto()
    NAME = auto()
    PHONE = auto()
    EMAIL = auto()
    BIRTHDAY = auto()
    CARD_SERIAL = auto()
    TOKEN = auto()
    SECRET = auto()
    ADDRESS = auto()
    OTHER = auto()
