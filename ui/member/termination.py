"""退訂: the settlement for a chosen date, the rule in plain words, signed confirmation."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from app.errors import ErrorCode
from app.flows.errors import FlowError
from app.platform.client import PlatformClient
from app.platform.models import Order, TerminationQuote
from app.subsidy import Programme, Settlement, settle_termination, termination_date_error
from ui.async_bridge import run_in_background
from ui.member.labels import day_text, money_text, points_amount
from ui.member.signing import SignatureRequester, SignedRequestDialog
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import Stretch, add_items, column_layout


def local_settlement(order: Order, on: date) -> Settlement | None:
    """The client's own settlement preview (app.subsidy), when the order has a service start."""
    months = order.plan.months
    if order.service is None or not months:
        return None
    return settle_termination(months, order.self_pay, order.points, order.service.start, on)


class TerminationDialog(SignedRequestDialog):
    """Choose a date, read the settlement, sign to terminate."""

    terminated = Signal(object, object, object, object)

    def __init__(
        self,
        client: PlatformClient,
        signer: SignatureRequester | None,
        order: Order,
        today: date,
        programme: Programme,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            client,
            signer,
            name="TerminationDialog",
            title=self.tr("申請退訂"),
            sign_text=self.tr("簽章並確認退訂"),
            sending_text=self.tr("退訂送出中…"),
            parent=parent,
        )
        self.order = order
        self.quote: TerminationQuote | None = None
        self.quoted_on: date | None = None
        self.today = today
        self.service_start = order.service.start if order.service is not None else None
        earliest = max(today, self.service_start or today)

        intro = wrapped_label(
            text=self.tr("訂單 {id}：{plan}").format(id=order.id, plan=order.plan.name)
        )
        self.on_edit = QDateEdit(QDate(earliest.year, earliest.month, earliest.day))
        self.on_edit.setObjectName("TerminationDate")
        self.on_edit.setCalendarPopup(True)
        self.on_edit.setDisplayFormat("yyyy-MM-dd")
        self.on_edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.on_edit.setAccessibleName(self.tr("退訂日期"))
        self.on_edit.dateChanged.connect(self._date_changed)
        quote_button = push_button(self.tr("試算"), self.request_quote, name="QuoteTermination")
        # Enter in the date field quotes the date typed (signing stays a click of its own)
        quote_button.setDefault(True)
        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("退訂日期"))
        date_label.setBuddy(self.on_edit)
        add_items(date_row, date_label, self.on_edit, quote_button, Stretch(1))
        # The date field cannot go below the earliest date; say why instead of snapping silently.
        self.date_hint = QLabel(
            self.tr(
                "最早可選 {earliest}（今天或服務開始日）：退訂自今天起生效，不能回溯到過去的日期。"
            ).format(earliest=earliest.isoformat())
        )
        self.date_hint.setObjectName("TerminationDateHint")
        self.date_hint.setWordWrap(True)
        self.on_edit.setAccessibleDescription(self.date_hint.text())

        self.settlement_form = QFormLayout()
        self.used = QLabel()
        self.half = QLabel()
        self.refund = QLabel()
        self.returned = QLabel()
        self.valid_until = QLabel()
        self.settlement_form.addRow(self.tr("已使用月數"), self.used)
        self.settlement_form.addRow(self.tr("履約進度"), self.half)
        self.settlement_form.addRow(self.tr("退還自付款"), self.refund)
        self.settlement_form.addRow(self.tr("返還點數"), self.returned)
        self.settlement_form.addRow(self.tr("返還點數可用至"), self.valid_until)
        self.rule = wrapped_label(
            "Hint",
            text=self.tr(
                "退訂怎麼算：方案以「月」計，未滿一個月以一個月計。\n"
                "• 使用未達方案期程的一半：依剩餘月數比例，退還自付款，也返還點數。\n"
                "• 使用已達一半（含）以上：自付款不退；依剩餘月數比例返還點數。\n"
                "返還的點數可使用到原本的使用期限或「返還日起{days}個工作天」，以較晚者為準。"
            ).format(days=programme.return_extension_working_days),
        )
        if signer is None:
            self.sign_button.setToolTip(
                self.tr("以密碼登入只能查詢；退訂需要憑證卡或行動自然人憑證簽章。")
            )
        column_layout(
            self,
            intro,
            date_row,
            self.date_hint,
            self.settlement_form,
            self.rule,
            self.status,
            self.button_row(),
        )

    def chosen_date(self) -> date:
        """The termination date picked."""
        picked = self.on_edit.date()
        return date(picked.year(), picked.month(), picked.day())

    def _date_changed(self) -> None:
        # The figures shown belong to the old date: clear them until the new one is quoted.
        self.quote = None
        self.sign_button.setEnabled(False)
        for label in (self.used, self.half, self.refund, self.returned, self.valid_until):
            label.setText("—")

    def request_quote(self) -> None:
        """Ask the platform for the settlement on the chosen date (a date before the
        platform's today or the service start is refused here first: DATE_IN_PAST)."""
        on = self.chosen_date()
        problem = termination_date_error(on, self.today, self.service_start)
        if problem is not None:
            self.show_error(FlowError("退訂日期不能早於今天或服務開始日", code=problem))
            return
        client, order_id = self.client, self.order.id
        self.status.setText(self.tr("試算中…"))
        run_in_background(
            lambda: (on, client.termination_quote(order_id, on)),
            self._quoted,
            self.show_error,
        )

    def _quoted(self, answer: tuple[date, TerminationQuote]) -> None:
        on, quote = answer
        self.quote, self.quoted_on = quote, on
        self.used.setText(
            self.tr("{used} / {term} 個月").format(used=quote.used_months, term=quote.term_months)
        )
        self.half.setText(
            self.tr("已達二分之一（含）以上期程")
            if quote.half_reached
            else self.tr("未達二分之一期程")
        )
        self.refund.setText(money_text(quote.self_pay_refund))
        self.returned.setText(points_amount(quote.points_returned))
        self.valid_until.setText(
            day_text(quote.points_valid_until) if quote.points_valid_until else "—"
        )
        notes: list[str] = []
        local = local_settlement(self.order, on)
        if local is not None and (
            local.used_months,
            local.half_reached,
            local.self_pay_refund,
            local.points_returned,
        ) != (quote.used_months, quote.half_reached, quote.self_pay_refund, quote.points_returned):
            notes.append(self.tr("注意：平台結算與本機試算不同，以平台結算為準。"))
        if quote.points_not_returned_reason == ErrorCode.BUDGET_EXHAUSTED:
            notes.append(self.tr("補助額度已用罄：這次退訂不返還點數（自付款依規定計算）。"))
        elif quote.points_not_returned_reason is not None:
            notes.append(self.tr("計畫已結束：這次退訂不返還點數（自付款依規定計算）。"))
        if self.signer is None:
            notes.append(self.tr("以密碼登入只能查詢；退訂需要憑證卡或行動自然人憑證簽章。"))
        self.status.setText("\n".join(notes))
        self.sign_button.setEnabled(self.signer is not None)

    def can_sign_again(self) -> bool:
        """After a failed signature: while the settlement is shown."""
        return self.quote is not None

    def sign(self) -> None:
        """Sign exactly the settlement's bytes, then terminate."""
        if self.quote is None or self.quoted_on is None:
            return
        purpose = self.tr("退訂訂單 {id}，退還 {refund} 與 {points}").format(
            id=self.order.id,
            refund=money_text(self.quote.self_pay_refund),
            points=points_amount(self.quote.points_returned),
        )
        client, order_id, on = self.client, self.order.id, self.quoted_on
        self.sign_and_send(
            self.quote.to_be_signed,
            purpose,
            lambda signature, key: client.terminate_order(
                order_id, signature, on, idempotency_key=key
            ),
        )

    def sent(self, answer: object) -> None:
        """The termination is recorded: tell the member area (which saves the receipt)."""
        self.retry_button.hide()
        self.status.setText(self.tr("退訂已完成。"))
        self.close_button.setText(self.tr("完成"))
        signature = self.attempt.signature if self.attempt else None
        signed_at = self.attempt.signed_at if self.attempt else None
        self.terminated.emit(self.order, self.quote, signature, signed_at)
