"""Dates as the person reads them: ROC dates in Chinese, with the AD date in English."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from app.subsidy import roc_date
from ui.wizard.language import ui_language

WEEKDAYS = (
    str(QT_TRANSLATE_NOOP("Dates", "星期一")),
    str(QT_TRANSLATE_NOOP("Dates", "星期二")),
    str(QT_TRANSLATE_NOOP("Dates", "星期三")),
    str(QT_TRANSLATE_NOOP("Dates", "星期四")),
    str(QT_TRANSLATE_NOOP("Dates", "星期五")),
    str(QT_TRANSLATE_NOOP("Dates", "星期六")),
    str(QT_TRANSLATE_NOOP("Dates", "星期日")),
)


def display_date(day: date) -> str:
    """``115年11月21日`` in Chinese; ``21 Nov 2026 (ROC 115/11/21)`` in English."""
    if ui_language() != "en":
        return roc_date(day)
    text = QLocale(QLocale.Language.English).toString(
        QDate(day.year, day.month, day.day), "d MMM yyyy"
    )
    return f"{text} (ROC {day.year - 1911}/{day.month}/{day.day})"


def roc_input(day: date) -> str:
    """An ROC date to edit in a field: ``115年11月21日`` in Chinese, ``115/11/21`` in English
    (no Chinese characters in the English UI); both read back the same."""
    if ui_language() != "en":
        return roc_date(day)
    return f"{day.year - 1911}/{day.month}/{day.day}"


def date_with_weekday(day: date) -> str:
    """The date with its weekday: ``115年11月21日（星期六）``."""
    weekday = QCoreApplication.translate("Dates", WEEKDAYS[day.weekday()])
    return QCoreApplication.translate("Dates", "{date}（{weekday}）").format(
        date=display_date(day), weekday=weekday
    )
