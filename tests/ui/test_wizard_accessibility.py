"""Keyboard-only use and screen readers: every input is reachable by Tab and has a name."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTreeWidget,
    QWidget,
)

from app.platform.models import Applicant, ApplicationTexts
from app.subsidy import ApplicantType, AuthorizationKind, VerificationMethod
from sandbox.application_texts import current as served_texts
from ui.dialogs.pin_dialog import PinDialog
from ui.wizard.account_page import AccountPage
from ui.wizard.form_page import FormPage
from ui.wizard.identity_page import IdentityPage
from ui.wizard.sign_pages import AuthorizationPage, ConsentsPage
from ui.wizard.ubn_page import UbnPage

INPUTS = (QLineEdit, QAbstractButton, QComboBox, QTreeWidget, QPlainTextEdit)
APPLICANT = Applicant(
    "16480894",
    "雲端示範股份有限公司（測試）",
    ApplicantType.SME,
    tuple(VerificationMethod),
    False,
)
TEXTS = ApplicationTexts.from_json(served_texts())


def _unnamed_inputs(root: QWidget) -> list[str]:
    problems = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or widget.parent() is None:
            continue
        if isinstance(widget.parent(), QLineEdit):
            continue  # a line edit's own clear button
        name = widget.accessibleName()
        if not name and isinstance(widget, QAbstractButton):
            name = widget.text()  # what screen readers announce for a button
        if not name.strip():
            problems.append(f"{type(widget).__name__} {widget.objectName()!r}")
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            problems.append(f"{type(widget).__name__} {widget.objectName()!r} not reachable by Tab")
    return problems


@pytest.mark.parametrize(
    "build",
    [
        UbnPage,
        lambda: IdentityPage(APPLICANT, VerificationMethod.MOICA_MOBILE, None),
        lambda: IdentityPage(APPLICANT, VerificationMethod.PHONE, None),
        lambda: AuthorizationPage(
            AuthorizationKind.BUSINESS_REGISTRATION, APPLICANT, date(2026, 1, 5), TEXTS
        ),
        lambda: AuthorizationPage(
            AuthorizationKind.LABOR_INSURANCE, APPLICANT, date(2026, 1, 5), TEXTS
        ),
        lambda: ConsentsPage(APPLICANT, TEXTS, industry=True),
        lambda: FormPage(APPLICANT),
        lambda: AccountPage("16480894", "demo@example.com"),
        lambda: PinDialog("工商憑證 · 測試", "登入", tries_left=3),
    ],
    ids=["ubn", "mobile", "phone", "form3", "form2", "consents", "form1", "account", "pin"],
)
def test_every_input_has_a_name_and_takes_tab_focus(qtbot: Any, build: Any) -> None:
    page = build()
    qtbot.addWidget(page)
    page.show()
    assert not _unnamed_inputs(page)


def test_the_ubn_page_works_from_the_keyboard(qtbot: Any) -> None:
    page = UbnPage()
    qtbot.addWidget(page)
    page.show()
    asked: list[str] = []
    page.lookup_requested.connect(asked.append)
    page.ubn.edit.setFocus()
    qtbot.keyClicks(page.ubn.edit, "16480894")
    qtbot.keyClick(page.ubn.edit, Qt.Key.Key_Return)
    assert asked == ["16480894"]


def test_submitting_the_form_focuses_the_first_field_in_error_from_the_top(qtbot: Any) -> None:
    # The industry picker stands above the dates and contacts: with all of them missing,
    # focus goes to the picker's search, not to the first text field below it.
    page = FormPage(APPLICANT)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.next_button.click()
    assert page.industry.error.isVisibleTo(page), "the industry is missing"
    assert page.rows["registered_on"].error.isVisibleTo(page)
    qtbot.waitUntil(page.industry.search.hasFocus)
    # with the industry chosen, the first remaining error below it gets the focus
    page.industry.set_code("56")  # 餐飲業
    page.next_button.click()
    qtbot.waitUntil(page.rows["registered_on"].edit.hasFocus)
