"""The language the UI is showing, for texts that come from data files."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def ui_language() -> str:
    """``"en"`` when the UI runs in English, otherwise ``"zh_TW"``."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh_TW"
