"""Ordering: quote → contract summary → sign → order, safe to retry after a dropped line.

Each signed attempt gets one Idempotency-Key; "retry" sends the same key and signature,
so the platform answers with the order it already made instead of making a second one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.flows.plan_preview import preview_plan
from app.platform.client import PlatformClient
from app.platform.models import Contract, Order, Plan, PointsSummary, Quote, Solution
from app.subsidy import Programme
from app.subsidy.orders import PAYMENT_WORKING_DAYS, VENDOR_CONFIRM_WORKING_DAYS
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.member.labels import day_text, money_text, points_amount, split_lines
from ui.member.points_reasons import no_points_lines
from ui.member.signing import SignatureRequester, SignedRequestDialog
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import add_items


class OrderDialog(SignedRequestDialog):
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
        programme: Programme,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            client,
            signer,
            name="OrderDialog",
            title=self.tr("確認訂單與金額"),
            sign_text=self.tr("簽章並送出訂單"),
            sending_text=self.tr("訂單送出中…"),
            parent=parent,
        )
        self.solution = solution
        self.plan = plan
        self.points = points
        self.programme = programme
        self.today = today
        self.quote: Quote | None = None
        self.order: Order | None = None

        self.summary = wrapped_label("OrderSummary", text=self.tr("正在向平台取得報價…"))
        self.rules = wrapped_label("Hint")
        self.agree = QCheckBox(self.tr("我已閱讀並同意產品契約"))
        self.agree.setObjectName("AgreeContract")
        self.agree.setEnabled(False)
        self.agree.toggled.connect(self._update)
        self.contract_button = push_button(
            self.tr("閱讀產品契約（雲端解決方案買賣定型化契約）"),
            self.open_contract,
            name="ReadContract",
        )
        self.contract_dialog: ContractDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.rules)
        layout.addWidget(self.contract_button, 0, Qt.AlignmentFlag.AlignLeft)
        add_items(layout, self.agree, self.status, self.button_row())

    # --- the product contract ----------------------------------------------------------
    def open_contract(self) -> None:
        """Fetch the plan's contract from the platform and show it (before the tick)."""
        self.contract_button.setEnabled(False)
        client, plan_id = self.client, self.plan.id
        run_in_background(
            lambda: client.get_plan_contract(plan_id), self._contract_loaded, self._contract_failed
        )

    def _contract_loaded(self, contract: Contract) -> None:
        self.contract_button.setEnabled(True)
        self.contract_dialog = ContractDialog(contract, self)
        self.contract_dialog.open()

    def _contract_failed(self, error: BaseException) -> None:
        self.contract_button.setEnabled(True)
        text = describe(error)
        self.status.setText(
            self.tr("無法取得產品契約：{title}。{remedy}").format(
                title=text.title, remedy=text.remedy
            )
        )

    # --- quote ----------------------------------------------------------------------------
    def start(self) -> None:
        """Ask the platform for the quote (off the GUI thread)."""
        client, plan_id = self.client, self.plan.id
        run_in_background(lambda: client.quote_order(plan_id), self._quoted, self._quote_failed)

    def _quoted(self, quote: Quote) -> None:
        self.quote = quote
        preview = preview_plan(
            self.points,
            self.programme,
            self.today,
            price=quote.price,
            months=self.plan.months,
            pavilion=self.solution.pavilion,
        )
        lines = [
            self.tr("方案名稱：{plan}").format(plan=self.plan.name),
            self.tr("方案類型：{solution}").format(solution=self.solution.name),
            self.tr("供應商：{vendor}").format(vendor=self.solution.vendor.name),
            self.tr("訂單金額：{price}").format(price=money_text(quote.price)),
        ]
        lines.extend(split_lines(quote.price, quote.points, quote.self_pay, quote.ratio))
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
            why = no_points_lines(quote.points_reason, self.programme, self.solution.pavilion)
            texts.append(self.tr("• 這筆訂單不折抵點數，金額全數自付："))
            texts.extend(f"　{line}" for line in why or [self.tr("點數不足。")])
        texts.append(
            self.tr(
                "• 若您已是這家資訊服務廠商此方案的既有客戶，不得以點數折抵續購原方案；"
                "這類訂單須全額自付。"
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
        signed = self.attempt is not None and self.attempt.signature is not None
        ready = self.quote is not None and self.agree.isChecked() and self.order is None
        self.sign_button.setEnabled(ready and not signed)

    def can_sign_again(self) -> bool:
        """After a failed signature: when the quote is shown and the contract agreed."""
        return self.quote is not None and self.agree.isChecked() and self.order is None

    # --- sign and submit ------------------------------------------------------------------
    def sign(self) -> None:
        """Sign exactly the quote's bytes, then submit."""
        if self.quote is None:
            return
        purpose = self.tr("訂購 {plan}，金額 {price}").format(
            plan=self.plan.name, price=money_text(self.quote.price)
        )
        client, quote_id = self.client, self.quote.quote_id
        self.sign_and_send(
            self.quote.to_be_signed,
            purpose,
            lambda signature, key: client.create_order(quote_id, signature, idempotency_key=key),
        )

    def sent(self, answer: object) -> None:
        """The order exists: show its number and tell the member area."""
        if not isinstance(answer, Order) or self.attempt is None:
            return
        self.order = answer
        self.retry_button.hide()
        self.status.setText(
            self.tr("訂單已成立並送出，訂單編號：{id}。請至「我的訂單」確認廠商接單狀況。").format(
                id=answer.id
            )
        )
        self.close_button.setText(self.tr("完成"))
        self._update()
        self.order_created.emit(answer, self.attempt.signature, self.attempt.signed_at)


class ContractDialog(QDialog):
    """The product contract as the platform serves it, to read before agreeing."""

    def __init__(self, contract: Contract, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContractDialog")
        self.setWindowTitle(contract.title)
        self.text = QTextBrowser()
        self.text.setObjectName("ContractText")
        self.text.setAccessibleName(contract.title)
        self.text.setPlainText(contract.text)
        version = QLabel(self.tr("版本：{version}").format(version=contract.version))
        version.setObjectName("Hint")
        close = push_button(self.tr("關閉"), self.accept)
        row = QHBoxLayout()
        row.addWidget(version, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        self.resize(640, 560)
