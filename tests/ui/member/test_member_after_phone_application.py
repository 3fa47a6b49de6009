"""After an application by phone number (手機門號認證, seed 001) the member area signs on the
same phone, as after a member login by phone: an order is confirmed on the phone and the
trainee approves it in the training panel."""

from __future__ import annotations

from typing import Any

import pytest
from member_helpers import WAIT_MS, open_order_dialog
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from sandbox.world import DEMO_APPLICANTS
from tests.ui.conftest import Sandbox, WizardDriver
from ui.member.area import MemberArea

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
ROC_BIRTHDAY = f"{SME.birthday.year - 1911}/{SME.birthday.month}/{SME.birthday.day}"


def _approve_in_panel(qtbot: QtBot, panel: Any, label: str, before: set[str]) -> None:
    """Approve with the panel's button the phone transaction labelled ``label`` that was
    not waiting yet (``before``: the ones that were)."""

    def new() -> str | None:
        found = [tid for tid, text in panel.pending.items() if text == label and tid not in before]
        return found[0] if found else None

    qtbot.waitUntil(lambda: new() is not None, timeout=WAIT_MS)
    waiting = new()
    row = next(
        row
        for row in range(panel.transactions.count())
        if panel.transactions.item(row).data(Qt.ItemDataRole.UserRole) == waiting
    )
    panel.transactions.setCurrentRow(row)
    panel.approve_button.click()
    qtbot.waitUntil(lambda: waiting not in panel.pending, timeout=WAIT_MS)


@pytest.mark.slow
def test_an_order_after_an_application_by_phone_is_confirmed_on_the_phone(
    training_window: Any, qtbot: QtBot
) -> None:
    window = training_window
    window.panel_button.click()
    panel = window.training_panel
    window.open_wizard()
    driver = WizardDriver(qtbot, window.wizard, Sandbox(window.platform_url), lambda: window.cards)
    completed: list[Any] = []
    window.wizard.completed.connect(completed.append)

    page = driver.choose(SME.ubn, "phone")
    page.id_field.edit.setText(SME.responsible_id)
    page.birthday_field.edit.setText(ROC_BIRTHDAY)
    page.mobile_field.edit.setText(SME.mobile)
    page.next_button.click()
    _approve_in_panel(qtbot, panel, "手機門號登入", set())
    driver.wait_page("authorizations", timeout=30000)
    driver.authorizations_and_consents(None, SME.responsible_id)
    driver.form_and_account(SME.ubn)
    result = driver.assessment()
    result.next_button.click()  # 完成，前往會員中心

    qtbot.waitUntil(lambda: isinstance(window.member_area, MemberArea), timeout=30000)
    area = window.member_area
    assert not area.read_only_note.isVisibleTo(area), "the phone that applied can sign"
    done = completed[0]
    for secret in (SME.mobile, ROC_BIRTHDAY, SME.birthday.isoformat(), SME.responsible_id):
        assert secret not in repr(done)
        assert secret not in repr(area.session.signer)
    qtbot.waitUntil(
        lambda: area.snapshot is not None and area.solutions.results.count() > 0,
        timeout=WAIT_MS,
    )

    dialog = open_order_dialog(qtbot, area, "S002", plan_row=1)
    dialog.agree.setChecked(True)
    before = set(panel.pending)
    dialog.sign_button.click()
    _approve_in_panel(qtbot, panel, "手機簽署", before)
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=30000)
    order = dialog.order
    assert order is not None
    assert order.status == "awaiting_vendor"
    dialog.accept()
    qtbot.waitUntil(lambda: area.orders.model.row_of(order.id) >= 0, timeout=WAIT_MS)
