"""Help per verification method: what you need and the common errors with their fixes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.subsidy.enums import VerificationMethod
from app.support.help import load_help
from ui.support.help_page import HelpPage

CARD_PROBLEMS = ("reader_not_found", "driver_missing", "hipki_not_running", "certificate_expired")
PIN_BLOCKED = {
    VerificationMethod.MOEACA_CARD: "pin_blocked_moeaca",
    VerificationMethod.MOICA_CARD: "pin_blocked_moica",
    VerificationMethod.XCA_CARD: "pin_blocked_xca",
}


@pytest.mark.parametrize("method", list(PIN_BLOCKED))
def test_card_methods_explain_the_common_card_errors(
    qtbot: QtBot, method: VerificationMethod
) -> None:
    catalogue = load_help()
    page = HelpPage(language="zh_TW")
    qtbot.addWidget(page)
    page.show_method(method)
    text = page.browser.toPlainText()
    assert catalogue.method(method).name.zh_tw in text
    assert "讀卡機" in text
    assert "HiPKI" in text
    for code in (*CARD_PROBLEMS, PIN_BLOCKED[method]):
        problem = catalogue.problem(code)
        assert problem.title.zh_tw in text, code
        assert problem.fix.zh_tw in text, code


def test_phone_help_says_no_wifi(qtbot: QtBot) -> None:
    catalogue = load_help()
    page = HelpPage(language="zh_TW")
    qtbot.addWidget(page)
    page.show_method("phone")
    text = page.browser.toPlainText()
    wifi = catalogue.problem("phone_on_wifi")
    assert wifi.title.zh_tw in text
    assert wifi.fix.zh_tw in text
    assert "Wi-Fi" in text
    assert catalogue.notes[0].zh_tw in text


def test_keyboard_moves_through_the_methods(qtbot: QtBot) -> None:
    page = HelpPage(language="zh_TW")
    qtbot.addWidget(page)
    page.show()
    page.methods.setFocus()
    assert page.methods.currentRow() == 0
    first = page.browser.toPlainText()
    qtbot.keyClick(page.methods, Qt.Key.Key_Down)
    assert page.methods.currentRow() == 1
    assert page.browser.toPlainText() != first
    assert page.methods.accessibleName() == "驗證方式"


def test_english_texts_come_from_the_same_catalogue(qtbot: QtBot) -> None:
    page = HelpPage(language="en")
    qtbot.addWidget(page)
    page.show_method(VerificationMethod.MOICA_CARD)
    text = page.browser.toPlainText()
    assert load_help().problem("pin_blocked_moica").fix.en in text
