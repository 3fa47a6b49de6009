"""Remote-assist privacy mode: masking of personal data on screen.

While a helpdesk agent watches the screen, personal values are shown masked. The masks
keep just enough to tell values apart ("A1******89"). A value that does not have the
expected shape is masked almost entirely, never shown as is.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable
from datetime import date

from app.support.kinds import DataKind

_log = logging.getLogger(__name__)

_STAR = "*"
_NAME_MASK = "○"


def _fallback(value: str, keep_start: int = 1) -> str:
    text = value.strip()
    if len(text) <= keep_start:
        return _STAR * len(text)
    return text[:keep_start] + _STAR * (len(text) - keep_start)


def _keep_ends(text: str, start: int, end: int) -> str:
    return text[:start] + _STAR * (len(text) - start - end) + text[len(text) - end :]


_ID_RE = re.compile(r"[A-Za-z][1289A-Da-d]\d{8}")


def mask_national_id(value: str) -> str:
    """``A123456789`` → ``A1******89`` (resident certificate numbers alike)."""
    text = value.strip()
    if not _ID_RE.fullmatch(text):
        return _fallback(text)
    return _keep_ends(text.upper(), 2, 2)


def mask_phone(value: str) -> str:
    """``0912-345-678`` → ``0912-***-678``; landlines keep the area code and last 3."""
    text = value.strip()
    digits = [i for i, ch in enumerate(text) if ch.isdigit()]
    if len(digits) < 8:
        return _fallback(text, 0)
    keep_head = 4 if text.startswith("09") else 2
    if text.startswith("+886"):
        national = [text[i] for i in digits[3:4]]
        keep_head = 6 if national == ["9"] else 4
    hide = set(digits[keep_head:-3])
    return "".join(_STAR if i in hide else ch for i, ch in enumerate(text))


def mask_email(value: str) -> str:
    """``wang.xm@example.com`` → ``w******@example.com``."""
    text = value.strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or "." not in domain:
        return _fallback(text)
    return local[0] + _STAR * max(len(local) - 1, 3) + "@" + domain


_DATE_RE = re.compile(
    r"(?P<y>\d{2,4})(?P<s1>\s*[-/.年]\s*)(?P<m>\d{1,2})(?P<s2>\s*[-/.月]\s*)"
    r"(?P<d>\d{1,2})(?P<tail>\s*日?)"
)


def mask_birthday(value: str | date) -> str:
    """``1985-03-04`` → ``19**-**-**``; ROC ``75/03/04`` → ``7*/**/**``."""
    text = value.isoformat() if isinstance(value, date) else value.strip()
    prefix = ""
    for era in ("中華民國", "民國"):
        if text.startswith(era):
            prefix, text = era, text[len(era) :].lstrip()
            break
    match = _DATE_RE.fullmatch(text)
    if match is None:
        return prefix + _STAR * len(text)
    year = match["y"]
    keep = 2 if len(year) == 4 else 1
    return (
        prefix
        + year[:keep]
        + _STAR * (len(year) - keep)
        + match["s1"]
        + _STAR * len(match["m"])
        + match["s2"]
        + _STAR * len(match["d"])
        + match["tail"]
    )


_SERIAL_RE = re.compile(r"[A-Za-z]{2}\d{14}")


def mask_card_serial(value: str) -> str:
    """``TP07240513190395`` → ``TP**********0395``."""
    text = value.strip()
    if not _SERIAL_RE.fullmatch(text):
        return _fallback(text, 2) if len(text) > 6 else _STAR * len(text)
    return _keep_ends(text, 2, 4)


def mask_name(value: str) -> str:
    """``王小明`` → ``王○明``, ``王明`` → ``王○``; Latin names keep each word's initial."""
    text = value.strip()
    if not text:
        return ""
    if text.isascii():
        return " ".join(word[0] + _STAR * (len(word) - 1) for word in text.split())
    if len(text) == 1:
        return _NAME_MASK
    if len(text) == 2:
        return text[0] + _NAME_MASK
    return text[0] + _NAME_MASK * (len(text) - 2) + text[-1]


def mask_token(value: str) -> str:
    """Secrets and tokens: nothing of them is shown."""
    return _STAR * 8 if value else ""


def mask_other(value: str) -> str:
    """Any other personal value (address, free text): the first character only."""
    return _fallback(value)


MASKERS: dict[DataKind, Callable[[str], str]] = {
    DataKind.NATIONAL_ID: mask_national_id,
    DataKind.NAME: mask_name,
    DataKind.PHONE: mask_phone,
    DataKind.EMAIL: mask_email,
    DataKind.BIRTHDAY: mask_birthday,
    DataKind.CARD_SERIAL: mask_card_serial,
    DataKind.TOKEN: mask_token,
    DataKind.SECRET: mask_token,
    DataKind.ADDRESS: mask_other,
    DataKind.OTHER: mask_other,
}


def mask(kind: DataKind | str, value: str) -> str:
    """Mask ``value`` as data of ``kind``."""
    return MASKERS[DataKind(kind)](value)


PrivacyListener = Callable[[bool], None]


class PrivacyMode:
    """Whether personal data is masked on screen, with change callbacks (no Qt)."""

    def __init__(self, enabled: bool = False) -> None:
        self._lock = threading.Lock()
        self._enabled = enabled
        self._listeners: list[PrivacyListener] = []

    @property
    def enabled(self) -> bool:
        """True while personal data must be shown masked."""
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        """Switch the mode; listeners hear only real changes."""
        with self._lock:
            if enabled == self._enabled:
                return
            self._enabled = enabled
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(enabled)
            except Exception:
                # One broken subscriber must not keep the others from masking.
                _log.exception("privacy mode listener failed")

    def toggle(self) -> bool:
        """Flip the mode and return the new state."""
        self.set_enabled(not self._enabled)
        return self._enabled

    def subscribe(self, listener: PrivacyListener) -> Callable[[], None]:
        """Call ``listener(enabled)`` on every change; returns a function that unsubscribes."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def show(self, kind: DataKind | str, value: str) -> str:
        """``value`` as it may be displayed now: masked while the mode is on."""
        return mask(kind, value) if self._enabled else value


_PRIVACY = PrivacyMode()


def privacy_mode() -> PrivacyMode:
    """The process-wide privacy mode state."""
    return _PRIVACY
