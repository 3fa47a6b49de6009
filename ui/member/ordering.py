"""Ordering: quote → contract summary → sign → order, safe to retry after a dropped line.

Each signed attempt gets one Idempotency-Key; "retry" sends the same key and signature,
so the platform answers with the order it already made instead of making a second one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.platform import (
    NetworkError,
    Order,
    Plan,
    PlatformClient,
    PointsSummary,
    Quote,
    Solution,
)
from app.subsidy import split_payment
from app.subsidy.orders import PAYMENT_WORKING_DAYS, VENDOR_CONFIRM_WORKING_DAYS
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.member.labels import day_text, money_text, points_amount
from ui.member.signing import SignatureRequester, SignedAttempt


class OrderDialog(QDialog):
    """Walks one purchase from the platform's quote to the signed order."""

    order_created = Signal(object, object, object)

    def __init__(
        self,
        client: PlatformClient,
        signer: SignatureRequester,
        *,
        solution: Solution,
        plan: Plan,
        points: PointsSummary,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("OrderDialog")
        self.setWindowTitle(self.tr("確認訂單與金額"))
        self.setMinimumWidth(560)
        self.client = client
        self.signer = signer
        self.solution = solution
        self.plan = plan
        self.points = points
        self.today = today
        self.quote: Quote | None = None
        self.order: Order | None = None
        self.attempt = SignedAttempt(signer, self)
        self.attempt.sending.connect(self._sending)
        self.attempt.succeeded.connect(self._created)
        self.attempt.sign_failed.connect(self._sign_failed)
        self.attempt.send_failed.connect(self._submit_failed)

        self.summary = QLabel(self.tr("正在向平台取得報價…"))
        self.summary.setObjectName("OrderSummary")
        self.summary.setWordWrap(True)
        self.rules = QLabel()
        self.rules.setObjectName("Hint")
        self.rules.setWordWrap(True)
        self.agree = QCheckBox(self.tr("我已閱讀並同意產品契約（雲端解決方案買賣定型化契約）"))
        self.agree.setObjectName("AgreeContract")
        self.agree.setEnabled(False)
        self.status = QLabel()
        self.status.setObjectName("OrderStatus")
        self.status.setWordWrap(True)
        self.sign_button = QPushButton(self.tr("簽章並送出訂單"))
        self.sign_button.setObjectName("SignOrder")
        self.sign_button.setEnabled(False)
        self.retry_button = QPushButton(self.tr("重試送出（不會重複下單）"))
        self.retry_button.setObjectName("RetryOrder")
        self.retry_button.hide()
        self.close_button = QPushButton(self.tr("關閉"))
        self.close_button.clicked.connect(self.reject)
        self.agree.toggled.connect(self._update)
        self.sign_button.clicked.connect(self.sign)
        self.retry_button.clicked.connect(self.submit)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.retry_button)
        buttons.addWidget(self.sign_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rules)
        layout.addWidget(self.agree)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    # --- quote ----------------------------------------------------------------------------
    def start(self) -> None:
        """Ask the platform for the quote (off the GUI thread)."""
        client, plan_id = self.client, self.plan.id
        run_in_background(lambda: client.quote_order(plan_id), self._quoted, self._quote_failed)

    def _quoted(self, quote: Quote) -> None:
        self.quote = quote
        preview = split_payment(quote.price, self.points.balance, self.solution.pavilion)
        lines = [
            self.tr("方案名稱：{plan}").format(plan=self.plan.name),
            self.tr("方案類型：{solution}").format(solution=self.solution.name),
            self.tr("供應商：{vendor}").format(vendor=self.solution.vendor.name),
            self.tr("訂單金額：{price}（{points} + 自付款 {self_pay}）").format(
                price=money_text(quote.price),
                points=points_amount(quote.points),
                self_pay=money_text(quote.self_pay),
            ),
            self.tr("自付款：點數 = {ratio}").format(ratio=quote.ratio),
        ]
        if (preview.points, preview.self_pay) != (quote.points, quote.self_pay):
            lines.append(
                self.tr("注意：平台報價與本機試算（{points}）不同，以平台報價為準。").format(
                    points=points_amount(preview.points)
                )
            )
        self.summary.setText("\n".join(lines))
        self.rules.setText("\n".join(self._rules_text(quote)))
        self.agree.setEnabled(True)
        self._update()

    def _rules_text(self, quote: Quote) -> list[str]:
        texts: list[str] = []
        expiry = self.points.earliest_expiry or self.points.expires_on
        if quote.points > 0 and expiry is not None:
            texts.append(
                self.tr(
                    "• 點數須在 {day} 以前使用；過期的點數會被收回，不能折抵，也不得再次申請。"
                ).format(day=day_text(expiry))
            )
        elif quote.points == 0:
            texts.append(self.tr("• 這筆訂單不使用點數，金額全數自付（點數不足或已過期）。"))
        texts.append(
            self.tr(
                "• 若您已是這家資訊服務廠商此方案的既有客戶，不得以點數折抵續購原方案；"
                "平台會拒絕這類訂單。"
            )
        )
        texts.append(
            self.tr(
                "• 送出後，廠商須在 {confirm} 個工作天內確認接單；接單後您須在 {pay} 個工作天內"
                "以付款連結支付自付款，逾期系統會取消訂單。"
            ).format(confirm=VENDOR_CONFIRM_WORKING_DAYS, pay=PAYMENT_WORKING_DAYS)
        )
        return texts

    def _quote_failed(self, error: BaseException) -> None:
        text = describe(error)
        self.summary.setText(self.tr("無法取得報價：{title}").format(title=text.title))
        self.status.setText(f"{text.text}\n{text.remedy}")
        self.agree.setEnabled(False)
        self._update()

    def _update(self) -> None:
        ready = self.quote is not None and self.agree.isChecked() and self.order is None
        self.sign_button.setEnabled(ready and self.attempt.signature is None)

    # --- sign and submit ------------------------------------------------------------------
    @property
    def attempt_key(self) -> str | None:
        """The Idempotency-Key of the signed attempt (None before signing)."""
        return self.attempt.key

    def sign(self) -> None:
        """Sign exactly the quote's bytes, then submit."""
        if self.quote is None:
            return
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("請依指示完成簽章…"))
        purpose = self.tr("訂購 {plan}，金額 {price}").format(
            plan=self.plan.name, price=money_text(self.quote.price)
        )
        client, quote_id = self.client, self.quote.quote_id
        self.attempt.sign(
            self,
            self.quote.to_be_signed,
            purpose,
            lambda signature, key: client.create_order(quote_id, signature, idempotency_key=key),
        )

    def _sending(self) -> None:
        self.retry_button.setEnabled(False)
        self.status.setText(self.tr("訂單送出中…"))

    def _sign_failed(self, error: BaseException) -> None:
        text = describe(error)
        self.status.setText(f"{text.title}：{text.text}\n{text.remedy}")
        self._update()

    def submit(self) -> None:
        """Send the signed order again with the same key and signature."""
        self.attempt.submit()

    def _created(self, order: object) -> None:
        if not isinstance(order, Order):
            return
        self.order = order
        self.retry_button.hide()
        self.status.setText(
            self.tr("訂單已成立並送出，訂單編號：{id}。請至「我的訂單」確認廠商接單狀況。").format(
                id=order.id
            )
        )
        self.close_button.setText(self.tr("完成"))
        self._update()
        self.order_created.emit(order, self.attempt.signature, self.attempt.signed_at)

    def _submit_failed(self, error: BaseException) -> None:
        text = describe(error)
        if isinstance(error, NetworkError):
            self.status.setText(
                self.tr(
                    "連線中斷，訂單可能已經成立。請按「重試送出」：程式會用同一個識別碼詢問平台，"
                    "不會重複下單。（{text}）"
                ).format(text=text.text)
            )
            self.retry_button.show()
            self.retry_button.setEnabled(True)
            return
        self.status.setText(f"{text.title}：{text.text}\n{text.remedy}")
