"""Errors, status and names as a screen reader gets them over AT-SPI."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.atspi.atspi_tree import AtspiProbe, find_nodes, unnamed_interactive, walk
from ui.dialogs.pin_dialog import PinDialog

pytestmark = pytest.mark.atspi

NOT_ELIGIBLE_UBN = "95753514"  # demo applicant: a branch of a domestic company


def _is_alert(event: dict[str, Any], words: str) -> bool:
    spoken = (event.get("data") or "") + event["name"] + event["description"]
    return event["role"] == "alert" and words in spoken


def _type(qtbot: Any, text: str) -> None:
    """Type into whatever has focus, as a keyboard does."""
    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)


def test_ubn_page_names_field_errors_and_announces_not_eligible(
    make_wizard: Any, atspi: AtspiProbe
) -> None:
    driver = make_wizard()
    wizard = driver.wizard
    wizard.activateWindow()
    page = wizard.ubn_page
    driver.qtbot.waitUntil(page.ubn.edit.hasFocus, timeout=5000)

    tree = atspi.tree()
    assert not unnamed_interactive(tree)
    (field,) = [n for n in find_nodes(tree, name="統一編號") if n["role"] != "label"]
    assert "例：" in page.ubn.edit.placeholderText()
    assert field["text"] == "", "the example is not read as a value"
    (main,) = find_nodes(tree, name="開始驗證")
    assert "enabled" not in main["states"]
    assert main["description"] == "請先輸入統一編號並按「查詢」。"
    assert find_nodes(tree, role="label", name="請先輸入統一編號並按「查詢」。")

    # A wrong check digit: the field says so and is marked invalid (Qt level: property).
    _type(driver.qtbot, "12345678")
    qtbot = driver.qtbot
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    (field,) = [n for n in find_nodes(atspi.tree(), name="統一編號") if n["role"] != "label"]
    assert field["description"].startswith("輸入有誤：檢查碼不正確")
    assert page.ubn.edit.property("invalid") is True

    # Not eligible: an alert with the reason and what to do, spoken at once.
    page.ubn.edit.clear()
    _type(qtbot, NOT_ELIGIBLE_UBN)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    event = atspi.wait_event(
        lambda e: e["type"] == "object:announcement" and _is_alert(e, "不符合"), timeout=20000
    )
    assert "分公司" in (event["data"] or "")
    alerts = find_nodes(atspi.tree(), role="alert")
    assert alerts
    assert "不符合" in alerts[0]["name"]


def test_wrong_pin_is_announced_and_is_what_the_pin_field_says(
    qt_app: Any, atspi: AtspiProbe
) -> None:
    dialog = PinDialog("工商憑證 · 測試", "登入", tries_left=2, retry=True)
    qt_app.addWidget(dialog)
    dialog.show()
    event = atspi.wait_event(
        lambda e: e["type"] == "object:announcement" and _is_alert(e, "PIN 碼不正確")
    )
    assert "還可以嘗試 2 次" in (event["data"] or "")
    pin = [n for n in find_nodes(atspi.tree(), name="PIN 碼") if n["role"] != "label"]
    assert pin
    assert pin[0]["description"].startswith("輸入有誤：PIN 碼不正確")
    assert "還可以嘗試 2 次" in pin[0]["description"]
    dialog.reject()


def test_reader_and_card_status_are_read_as_they_read(make_wizard: Any, atspi: AtspiProbe) -> None:
    driver = make_wizard()
    ubn = driver.wizard.ubn_page
    ubn.ubn.edit.setText("16480894")
    ubn.lookup_button.click()
    driver.qtbot.waitUntil(lambda: bool(ubn.choices), timeout=20000)
    next(c for c in ubn.choices if c.method.value == "moeaca_card").radio.setChecked(True)
    ubn.next_button.click()
    driver.wait_page("identity")
    panel = driver.wizard.card_panel
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    driver.qtbot.waitUntil(lambda: bool(panel.card_label.text()), timeout=20000)
    tree = atspi.tree()
    assert not unnamed_interactive(tree)
    (reader,) = [n for n in walk(tree) if n["description"] == "讀卡機狀態"]
    assert reader["name"] == panel.reader_label.text()
    assert "讀卡機" in reader["name"]
    (card,) = [n for n in walk(tree) if n["description"] == "卡片資料"]
    assert card["name"] == panel.card_label.text()


def test_a_field_error_is_told_when_it_appears_and_when_it_is_fixed(
    make_wizard: Any, atspi: AtspiProbe
) -> None:
    """Qt's AT-SPI bridge never sets the invalid-entry state (see docs/accessibility.md):
    the error reaches a screen reader as the field's description, changed while it has
    focus (Orca speaks a focused object's new description), and goes when it is fixed."""
    driver = make_wizard()
    qtbot = driver.qtbot
    driver.wizard.activateWindow()
    edit = driver.wizard.ubn_page.ubn.edit
    qtbot.waitUntil(edit.hasFocus, timeout=5000)

    def described(in_error: bool) -> Any:
        return lambda e: (
            e["type"] == "object:property-change:accessible-description"
            and e["role"] == "text"
            and e["name"] == "統一編號"
            and ("輸入有誤" in e["description"]) == in_error
        )

    _type(qtbot, "12345678")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    error = atspi.wait_event(described(in_error=True))
    assert error["description"].startswith("輸入有誤：檢查碼不正確")
    assert edit.hasFocus(), "the field in error keeps focus, so its new description is spoken"
    assert edit.property("invalid") is True

    atspi.events.clear()
    edit.selectAll()
    _type(qtbot, "16480894")
    fixed = atspi.wait_event(described(in_error=False))
    assert fixed["description"] == edit.accessibleDescription(), "back to the field's hint"
    (field,) = [n for n in find_nodes(atspi.tree(), name="統一編號") if n["role"] == "text"]
    assert "輸入有誤" not in field["description"]
    assert field["text"] == "16480894"
    assert edit.property("invalid") is False
