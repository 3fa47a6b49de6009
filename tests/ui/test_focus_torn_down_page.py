"""Focusing a page never fails on a widget that went while the page was searched.

A deferred focus after a page change ran while a closed window's page was being torn down
and raised "Internal C++ object (QTextBrowser) already deleted" into the event loop.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLineEdit, QTextBrowser, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import Shiboken

from ui.a11y import first_field, focus_first_in, order_tabs


class _PageBeingTornDown(QWidget):
    """A page whose child list still names a widget that is already deleted."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.field = QLineEdit()
        layout.addWidget(self.browser)
        layout.addWidget(self.field)

    def findChildren(self, *args: Any) -> list[Any]:
        return [self.browser, *super().findChildren(*args)]


def test_a_deleted_widget_is_skipped_when_the_page_is_focused(qtbot: QtBot) -> None:
    page = _PageBeingTornDown()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    Shiboken.delete(page.browser)
    assert not Shiboken.isValid(page.browser)

    assert first_field(page) is page.field
    focus_first_in(page)
    order_tabs(page)
    qtbot.waitUntil(page.field.hasFocus, timeout=5000)
