"""How a consent or an authorisation gets signed: with the card, or on the phone."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.platform.models import (
    MobileSignature,
    MobileTransaction,
    SignatureBlock,
    TransactionState,
)
from ui.async_bridge import run_in_background
from ui.wizard.card_panel import CardPanel
from ui.wizard.mobile_panel import MobileCancelled, MobileWaitPanel

OnSigned = Callable[[SignatureBlock], None]
OnError = Callable[[BaseException], None]
StartMobile = Callable[[bytes], MobileTransaction]
Poll = Callable[[str], TransactionState]


class MobileSignDialog(QDialog):
    """Shows the QR (or push notice) of a SIGN transaction and waits for the phone."""

    def __init__(self, poll: Poll, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MobileSignDialog")
        self.setWindowTitle(self.tr("在手機上簽署"))
        self.setModal(True)
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("要簽署的內容：{purpose}").format(purpose=purpose))
        intro.setWordWrap(True)
        self.wait = MobileWaitPanel(poll)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.wait)

    def reject(self) -> None:
        """Escape or closing the window cancels the wait."""
        self.wait.cancel()
        super().reject()


class Signing:
    """Signs documents with the method the person logged in with."""

    def __init__(
        self,
        parent: QWidget,
        card_panel: CardPanel | None = None,
        start_mobile: StartMobile | None = None,
        poll: Poll | None = None,
        phone: bool = False,
    ) -> None:
        self.parent = parent
        self.card_panel = card_panel
        self.start_mobile = start_mobile
        self.poll = poll
        self.phone = phone
        self.dialog: MobileSignDialog | None = None

    def sign(self, document: bytes, purpose: str, on_signed: OnSigned, on_error: OnError) -> None:
        """Sign ``document``; exactly one of the callbacks is called, on the GUI thread."""
        if self.card_panel is not None:
            self.card_panel.sign(document, purpose, on_signed, on_error)
            return
        start, poll = self.start_mobile, self.poll
        if start is None or poll is None:
            raise RuntimeError("no signing method configured")
        dialog = MobileSignDialog(poll, purpose, self.parent)
        self.dialog = dialog

        def started(transaction: MobileTransaction) -> None:
            if self.phone:
                payload = transaction.verify_url or ""
                text = dialog.tr(
                    "請用負責人手機（關閉 Wi-Fi，使用 4G/5G）掃描 QR Code，在網頁上按「同意」完成簽署。"
                )
            else:
                payload = transaction.qr_payload or ""
                text = dialog.tr("請用「行動自然人憑證」App 掃描 QR Code，確認內容後核准簽署。")
            dialog.wait.start(transaction, payload, text)

        def approved(_state: TransactionState) -> None:
            transaction = dialog.wait.transaction
            dialog.accept()
            self.dialog = None
            assert transaction is not None
            on_signed(MobileSignature(transaction.transaction_id))

        def failed(error: BaseException) -> None:
            if dialog.isVisible():
                dialog.done(QDialog.DialogCode.Rejected)
            self.dialog = None
            on_error(error)

        dialog.wait.approved.connect(approved)
        dialog.wait.failed.connect(failed)
        dialog.rejected.connect(
            lambda: None if dialog.wait.active is False else failed(MobileCancelled("closed"))
        )
        dialog.open()
        run_in_background(lambda: start(document), started, failed)
