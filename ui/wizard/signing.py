"""How a consent or an authorisation gets signed: with the card, or on the phone."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from app.flows.login import MobilePoll
from app.platform.models import CardSignature, MobileSignature, SignatureBlock
from ui.async_bridge import run_in_background, wait_for_gui
from ui.wizard.card_panel import CardPanel
from ui.wizard.mobile_panel import Check, MobileWaitPanel

OnSigned = Callable[[SignatureBlock], None]
OnError = Callable[[BaseException], None]
StartMobile = Callable[[bytes], MobilePoll]


class MobileSignDialog(QDialog):
    """Shows the QR of a SIGN transaction and waits for the phone."""

    def __init__(self, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MobileSignDialog")
        self.setWindowTitle(self.tr("在手機上簽署"))
        self.setModal(True)
        self.setMinimumWidth(620)
        intro = QLabel(self.tr("要簽署的內容：{purpose}").format(purpose=purpose))
        intro.setWordWrap(True)
        self.wait = MobileWaitPanel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.wait)

    def reject(self) -> None:
        """Escape or closing the window cancels the wait."""
        self.wait.cancel()
        super().reject()


@dataclass(eq=False)
class Signing:
    """Signs documents with the method the person logged in with: the card panel's card,
    or a SIGN transaction on the phone (``start_mobile`` and ``check``; ``phone`` for the
    phone number rather than the 行動自然人憑證 app)."""

    parent: QWidget
    card_panel: CardPanel | None = None
    start_mobile: StartMobile | None = None
    check: Check | None = None
    phone: bool = False
    dialog: MobileSignDialog | None = field(default=None, init=False)
    """The phone signing dialog while it is open."""

    def sign(self, document: bytes, purpose: str, on_signed: OnSigned, on_error: OnError) -> None:
        """Sign ``document`` (GUI thread); exactly one callback is called, on the GUI thread."""
        if self.card_panel is not None:
            self.card_panel.sign(document, purpose, on_signed, on_error)
            return
        start, check = self.start_mobile, self.check
        if start is None or check is None:
            raise RuntimeError("no signing method configured")
        dialog = MobileSignDialog(purpose, self.parent)
        self.dialog = dialog

        def started(poll: MobilePoll) -> None:
            if self.phone:
                payload = poll.transaction.verify_url or ""
                text = QCoreApplication.translate(
                    "MobileSignDialog",
                    "請用負責人手機（關閉 Wi-Fi，使用 4G/5G）掃描 QR Code，"
                    "在網頁上按「同意」完成簽署。",
                )
            else:
                payload = poll.transaction.qr_payload or ""
                text = QCoreApplication.translate(
                    "MobileSignDialog",
                    "請用「行動自然人憑證」App 掃描 QR Code，確認內容後核准簽署。",
                )
            dialog.wait.start(poll, payload, text, check)

        def approved(block: object) -> None:
            self.dialog = None
            dialog.accept()
            if not isinstance(block, CardSignature | MobileSignature):
                on_error(TypeError("the phone check returned no signature block"))
                return
            on_signed(block)

        def failed(error: BaseException) -> None:
            self.dialog = None
            if dialog.isVisible():
                QDialog.reject(dialog)
            on_error(error)

        dialog.wait.approved.connect(approved)
        dialog.wait.failed.connect(failed)
        dialog.open()
        run_in_background(lambda: start(document), started, failed)

    def blocking(self, purpose: str) -> Callable[[bytes], SignatureBlock]:
        """A signer for worker threads: asks the person on the GUI thread and waits."""

        def sign(document: bytes) -> SignatureBlock:
            def start(ok: OnSigned, fail: OnError) -> None:
                self.sign(document, purpose, ok, fail)

            return wait_for_gui(start)

        return sign
