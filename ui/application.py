"""Create the Qt application: its names, style sheet, accessibility and translation."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.launch_options import LaunchOptions
from ui.a11y import install_accessibility
from ui.style import STYLE_SHEET

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "i18n"


TRANSLATOR_NAME = "TcloudTranslator"
QT_TRANSLATOR_NAME = "QtBaseTranslator"


def _remove_translator(app: QApplication, name: str) -> None:
    """Remove the translator an earlier call installed under ``name``, if any."""
    previous = app.findChild(QTranslator, name)
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
        previous.setObjectName("")


def _install_qt_translation(app: QApplication, language: str) -> QTranslator | None:
    """Qt's own texts (file dialogs, standard buttons) in the UI language: qtbase_zh_TW.

    English is Qt's source language, so nothing is loaded for it."""
    _remove_translator(app, QT_TRANSLATOR_NAME)
    if language == "en":
        return None
    translator = QTranslator(app)
    translator.setObjectName(QT_TRANSLATOR_NAME)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if translator.load(f"qtbase_{language}", folder):
        app.installTranslator(translator)
        return translator
    return None


def install_translation(app: QApplication, language: str) -> QTranslator | None:
    """Load the English translation when asked; Traditional Chinese is the source text.

    Replaces the translation an earlier call installed, so the language asked last wins.
    Qt's own dialogs follow the same language (Qt's translation files).
    """
    _install_qt_translation(app, language)
    _remove_translator(app, TRANSLATOR_NAME)
    if language == "zh_TW":
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Chinese,
                QLocale.Script.TraditionalChineseScript,
                QLocale.Country.Taiwan,
            )
        )
        return None
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    translator = QTranslator(app)
    translator.setObjectName(TRANSLATOR_NAME)
    if translator.load(str(TRANSLATIONS / f"tcloud_{language}.qm")):
        app.installTranslator(translator)
        return translator
    return None


def create_application(options: LaunchOptions, argv: list[str] | None = None) -> QApplication:
    """The QApplication with name, style and translation set (or the existing one)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("tcloud-desktop")
    app.setApplicationDisplayName("臺灣雲市集 數位點數申請")
    app.setOrganizationName("tcloud-desktop")
    app.setStyleSheet(STYLE_SHEET)
    install_accessibility(app)
    install_translation(app, options.language)
    return app
