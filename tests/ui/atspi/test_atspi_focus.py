"""Where focus is after a dialog, as a screen reader is told over AT-SPI."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from sandbox.world import DEMO_APPLICANTS
from tests.ui.atspi.atspi_tree import AtspiProbe
from ui.main_window import MainWindow

pytestmark = pytest.mark.atspi

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
CARD = "moeaca-sme-primary"
WAIT_MS = 20000


def _gained_focus(event: dict[str, Any]) -> bool:
    return bool(event["type"].endswith("focused") and event["detail"] == 1)


def test_focus_returns_to_the_main_window_after_the_pin_with_the_training_panel_open(
    training_window: MainWindow, qtbot: QtBot, atspi: AtspiProbe
) -> None:
    window = training_window
    window.resize(1400, 860)
    panel = window.training_panel
    assert panel is not None
    window.start_page.new_button.click()
    wizard = window.wizard
    assert wizard is not None
    ubn = wizard.ubn_page
    ubn.ubn.edit.setText(SME.ubn)
    ubn.lookup_button.click()
    qtbot.waitUntil(lambda: bool(ubn.choices), timeout=WAIT_MS)
    next(c for c in ubn.choices if c.method.value == "moeaca_card").radio.setChecked(True)
    ubn.next_button.click()
    qtbot.waitUntil(lambda: wizard.page_name == "identity", timeout=WAIT_MS)
    identity = wizard.current_page

    # The card goes in from the training panel: the panel is the window used last.
    window.toggle_training_panel()
    qtbot.waitUntil(panel.isActiveWindow, timeout=WAIT_MS)
    panel.card_choice.setCurrentIndex(panel.card_choice.findData(CARD))
    panel.insert_button.click()
    card_panel = wizard.card_panel
    assert card_panel is not None
    qtbot.waitUntil(lambda: card_panel.usable_identity() is not None, timeout=WAIT_MS)
    assert panel.isVisible()

    # 下一步 asks for the PIN; typed and confirmed with Return, as a keyboard does.
    identity.next_button.click()
    qtbot.waitUntil(lambda: card_panel.pin_dialog is not None, timeout=WAIT_MS)
    dialog = card_panel.pin_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    focused_in_dialog = atspi.wait_event(
        lambda e: _gained_focus(e) and e["role"] == "password text"
    )
    atspi.collect_events()
    atspi.events.clear()
    qtbot.keyClicks(dialog.pin_edit, "123456")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)

    # What a screen reader is told has focus next is in the main window, not the panel.
    qtbot.waitUntil(lambda: card_panel.pin_dialog is None, timeout=WAIT_MS)
    pin_window = focused_in_dialog["window"]
    focused = atspi.wait_event(lambda e: _gained_focus(e) and e["window"] != pin_window)
    assert focused["window"] == window.windowTitle(), f"focus went to {focused}"
    focus = QApplication.focusWidget()
    assert focus is not None
    assert focus.window() is window
    frames = {n["name"]: n for n in atspi.tree() if n["name"]}
    assert "active" in frames[window.windowTitle()]["states"]
    assert "active" not in frames[panel.windowTitle()]["states"], "the panel stays open, inactive"
