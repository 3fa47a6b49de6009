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
QT_SUPPLEMENT_NAME = "QtBaseSupplementTranslator"


def _remove_translator(app: QApplication, name: str) -> None:
    """Remove the translator an earlier call installed under ``name``, if any."""
    previous = app.findChild(QTranslator, name)
    if previous is not None:
        app.removeTranslator(previous)
        previous.deleteLater()
        previous.setObjectName("")


def _load_translator(app: QApplication, name: str, file: str, folder: str) -> bool:
    """Install the translation ``file`` from ``folder`` under ``name``; False if none loads."""
    translator = QTranslator(app)
    translator.setObjectName(name)
    if translator.load(file, folder):
        app.installTranslator(translator)
        return True
    translator.deleteLater()
    return False


def _install_qt_translation(app: QApplication, language: str) -> None:
    """Qt's own texts (file dialogs, standard buttons) in the UI language: qtbase_zh_TW,
    and our supplement with the texts Qt's translation leaves in English (the file
    dialog's 「尋找於」 and 「檔案型態」 labels).

    English is Qt's source language, so nothing is loaded for it."""
    _remove_translator(app, QT_TRANSLATOR_NAME)
    _remove_translator(app, QT_SUPPLEMENT_NAME)
    if language == "en":
        return
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _load_translator(app, QT_TRANSLATOR_NAME, f"qtbase_{language}", qt_folder)
    _load_translator(app, QT_SUPPLEMENT_NAME, f"qtbase_supplement_{language}", str(TRANSLATIONS))


def install_translation(app: QApplication, language: str) -> None:
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
        return
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    _load_translator(app, TRANSLATOR_NAME, f"tcloud_{language}", str(TRANSLATIONS))


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
