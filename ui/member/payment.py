"""開啟付款連結: the training payment page inside the client, or the link in the browser.

Never silent: in training the client shows its own payment page, which pays through the
training platform; with any platform, when no browser opens, a dialog shows the link with
a copy button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.platform.client import PlatformClient
from app.platform.models import Order
from app.platform.training import TrainingPlatform
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.member.labels import money_text
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import column_layout


class PaymentLinkDialog(QDialog):
    """The payment link to open by hand, with a copy button (no browser could be opened)."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentLinkDialog")
        self.setWindowTitle(self.tr("付款連結"))
        intro = QLabel(
            self.tr(
                "這台電腦無法自動開啟瀏覽器。請複製下面的付款連結，貼到瀏覽器的網址列開啟並完成付款。"
            )
        )
        intro.setWordWrap(True)
        self.link = QLineEdit(url)
        self.link.setReadOnly(True)
        self.link.setAccessibleName(self.tr("付款連結"))
        self.copy_button = push_button(self.tr("複製連結"), self.copy)
        self.copied = QLabel()
        self.copied.setObjectName("Hint")
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        row.addWidget(self.copy_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column_layout(self, intro, row, self.copied, buttons)
        self.resize(560, self.sizeHint().height())

    def copy(self) -> None:
        """Put the link on the clipboard."""
        QGuiApplication.clipboard().setText(self.link.text())
        self.copied.setText(self.tr("已複製付款連結。"))


class TrainingPaymentDialog(QDialog):
    """The training platform's payment page, inside the client: pays the self-pay."""

    paid = Signal(str)
    """The order id, once the platform took the payment."""

    def __init__(self, client: PlatformClient, order: Order, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TrainingPaymentDialog")
        self.setWindowTitle(self.tr("付款（訓練平台）"))
        self.training = TrainingPlatform(client)
        self.order = order
        notice = wrapped_label("Hint", text=self.tr("訓練模式：這是練習用的付款頁，不會真的扣款。"))
        facts = QLabel(
            self.tr("訂單編號：{id}\n方案：{plan}\n應付自付款：{amount}").format(
                id=order.id, plan=order.plan.name, amount=money_text(order.self_pay)
            )
        )
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = wrapped_label()
        self.pay_button = QPushButton(
            self.tr("確認付款 {amount}").format(amount=money_text(order.self_pay))
        )
        self.pay_button.setDefault(True)
        self.pay_button.clicked.connect(self.pay)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        self.buttons.addButton(self.pay_button, QDialogButtonBox.ButtonRole.ActionRole)
        column_layout(self, notice, facts, self.status, self.buttons)

    def pay(self) -> None:
        """Pay through the training platform (off the GUI thread)."""
        self.pay_button.setEnabled(False)
        self.status.setText(self.tr("付款中…"))
        training, order_id = self.training, self.order.id
        run_in_background(lambda: training.pay(order_id), self._paid, self._failed)

    def _paid(self, _answer: object) -> None:
        self.status.setText(self.tr("付款完成。訂單會改為「已付款，廠商開立發票中」。"))
        self.pay_button.hide()
        self.paid.emit(self.order.id)

    def _failed(self, error: BaseException) -> None:
        text = describe(error)
        self.status.setText(f"{text.title}：{text.text} {text.remedy}".strip())
        self.pay_button.setEnabled(True)


def open_payment(
    client: PlatformClient, order: Order, *, training: bool, parent: QWidget
) -> QDialog | None:
    """開啟付款連結: the training page, the browser, or the link to copy. Never silent."""
    if training:
        dialog: QDialog = TrainingPaymentDialog(client, order, parent)
    elif order.payment_url and QDesktopServices.openUrl(QUrl(order.payment_url)):
        return None
    else:
        dialog = PaymentLinkDialog(order.payment_url or "", parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
