"""The UBN (統一編號) field with its 查詢 button, as a new application and member login ask it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

from app.subsidy import is_valid_ubn
from ui.widgets.fields import FieldRow
from ui.widgets.layouts import row_layout

UBN_EXAMPLE = "16480894"
"""A valid UBN shown as the field's example."""


def ubn_message(text: str) -> str | None:
    """What is wrong with a UBN as typed so far, or None when it is valid."""
    if not text:
        return QCoreApplication.translate("UbnPage", "請輸入 8 位數統一編號")
    if not text.isdigit():
        return QCoreApplication.translate("UbnPage", "統一編號只有數字")
    if len(text) != 8:
        return QCoreApplication.translate("UbnPage", "統一編號共 8 位數（目前 {n} 位）").format(
            n=len(text)
        )
    if not is_valid_ubn(text):
        return QCoreApplication.translate("UbnPage", "檢查碼不正確，請核對營業登記上的統一編號")
    return None


def ubn_lookup_row(
    name: str,
    label: str,
    button: QPushButton,
    lookup: Callable[[], None],
    changed: Callable[[], None],
) -> tuple[FieldRow, QHBoxLayout]:
    """The UBN field, checked as typed, beside ``button``; Enter or the button call
    ``lookup``, every change calls ``changed``. Returns the field and the row to lay out."""
    field = FieldRow(
        name,
        label,
        ubn_message,
        placeholder=UBN_EXAMPLE,
        hint=QCoreApplication.translate("UbnPage", "8 位數字；輸入時會即時檢查檢查碼"),
        max_length=8,
    )
    button.clicked.connect(lookup)
    field.edit.returnPressed.connect(lookup)
    field.edit.textChanged.connect(changed)
    return field, row_layout(None, (field, 1), button)


def applicant_card() -> QLabel:
    """The card naming the applicant a UBN lookup found; hidden until there is one."""
    card = QLabel()
    card.setObjectName("ApplicantCard")
    card.setWordWrap(True)
    card.setVisible(False)
    return card
