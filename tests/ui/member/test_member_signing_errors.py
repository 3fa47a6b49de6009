"""Signing with 行動自然人憑證, a cancelled PIN, refusals and write errors shown as text."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from member_helpers import WAIT_MS, open_area, open_order_dialog, select_solution
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.cards.errors import PinCancelled
from app.platform.models import MobileSignature, SignatureBlock
from ui.member.signing import MobileSignatureRequester
from ui.wizard.signing import MobileSignDialog

RESPONSIBLE_ID = "A123456789"  # 王大明, the demo SME's responsible person


def orders_total(member: Any) -> int:
    return int(member.sandbox.api("GET", "/orders", member.token)["total"])


def waiting_dialogs() -> list[MobileSignDialog]:
    """The phone-signing dialogs that show a QR code and wait for the phone."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MobileSignDialog) and w.isVisible() and w.wait.active
    ]


def test_order_signed_on_the_phone(qtbot: QtBot, member: Any) -> None:
    requester = MobileSignatureRequester(member.client, member.ubn, RESPONSIBLE_ID)
    assert RESPONSIBLE_ID not in repr(requester)
    area = open_area(qtbot, member, requester)
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=0)
    dialog.agree.setChecked(True)
    approved: list[str] = []

    def approve_on_the_phone() -> None:
        shown = waiting_dialogs()
        if not shown:
            QTimer.singleShot(200, approve_on_the_phone)
            return
        transaction = shown[0].wait.poll.transaction.transaction_id
        member.sandbox.tool("POST", f"/mobile/{transaction}/approve")
        approved.append(transaction)

    QTimer.singleShot(200, approve_on_the_phone)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=WAIT_MS)
    assert approved
    assert orders_total(member) == 1
    signed = area.signed[dialog.order.id][0] if dialog.order else None
    assert signed == MobileSignature(approved[0])


def test_phone_rejection_is_explained(qtbot: QtBot, member: Any) -> None:
    requester = MobileSignatureRequester(member.client, member.ubn, RESPONSIBLE_ID)
    area = open_area(qtbot, member, requester)
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=0)
    dialog.agree.setChecked(True)

    def reject_on_the_phone() -> None:
        shown = waiting_dialogs()
        if not shown:
            QTimer.singleShot(200, reject_on_the_phone)
            return
        transaction = shown[0].wait.poll.transaction.transaction_id
        member.sandbox.tool("POST", f"/mobile/{transaction}/reject")

    QTimer.singleShot(200, reject_on_the_phone)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "拒絕" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.order is None
    assert orders_total(member) == 0
    assert dialog.sign_button.isEnabled(), "the person may sign again"


class CancellingRequester:
    """The person closes the PIN dialog."""

    def request(self, parent: QWidget, document: bytes, purpose: str) -> Future[SignatureBlock]:
        future: Future[SignatureBlock] = Future()
        future.set_exception(PinCancelled())
        return future


def test_cancelled_pin_makes_no_order(qtbot: QtBot, member: Any) -> None:
    area = open_area(qtbot, member, CancellingRequester())
    dialog = open_order_dialog(qtbot, area, "S002", plan_row=0)
    dialog.agree.setChecked(True)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "取消" in dialog.status.text(), timeout=WAIT_MS)
    assert dialog.order is None
    assert dialog.attempt_key is None, "no attempt without a signature"
    assert orders_total(member) == 0


def test_existing_customer_renewal_is_quoted_at_full_self_pay(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    # 002 八、其他注意事項(二): no points for renewing; seeds 001/003: full self-pay stays open.
    area = open_area(qtbot, member, signer)
    select_solution(qtbot, area, "S001")
    area.solutions.plans.selectRow(0)
    qtbot.mouseClick(area.solutions.order_button, Qt.MouseButton.LeftButton)
    dialog = area.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.quote is not None, timeout=WAIT_MS)
    assert dialog.quote is not None
    assert (dialog.quote.points, dialog.quote.self_pay) == (0, dialog.quote.price)
    assert dialog.quote.points_reason == "EXISTING_CUSTOMER_RENEWAL"
    assert signer.documents == []


def test_receipt_write_error_is_shown(
    qtbot: QtBot, member: Any, signer: Any, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    area = open_area(qtbot, member, signer, receipts=blocker)
    button = area.overview.findChild(type(area.refresh_button), "ApplicationPdf")
    assert button is not None
    with qtbot.waitSignal(area.failed, timeout=WAIT_MS):
        button.click()
    assert "收據" in area.error_label.text()
    assert area.saved_receipts == []


def test_logout_ends_the_session(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    with qtbot.waitSignal(area.session_ended, timeout=WAIT_MS):
        area.findChild(type(area.refresh_button), "LogoutButton").click()
    assert not member.client.signed_in
    assert not area.timer.isActive()


def test_expired_session_ends_the_area(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    member.client.use_token(member.ubn, "expired-or-revoked-token")
    with qtbot.waitSignal(area.session_ended, timeout=WAIT_MS):
        area.refresh()
    area.refresh()
    assert not area.loading, "an ended area makes no more calls"


def test_a_date_the_rules_refuse_is_an_error_not_a_traceback(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    assert area.snapshot is not None
    broken = replace(area.snapshot, today=date(1800, 1, 1))  # before any ROC year
    with qtbot.waitSignal(area.failed, timeout=WAIT_MS):
        area._loaded(broken)
    assert not area.error_label.isHidden()
