"""Waiting pages: eligibility under review (tax-registered), refused, or the application is
complete."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from app.subsidy import ApplicantType, review_decided_by
from ui.errors import ErrorText
from ui.wizard.base import WizardPage
from ui.wizard.dates import date_with_weekday


class ReviewPage(WizardPage):
    """Tells the person what happens next when there is nothing to fill in now: the review
    is still open, the platform refused the application (``refusal``, with the ``reason``
    it gave), or all is done."""

    def __init__(
        self,
        under_review: bool,
        *,
        done: bool = False,
        refusal: ErrorText | None = None,
        reason: str | None = None,
        training: bool = False,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        if refusal is not None:
            title, intro = refusal.title, refusal.text
        elif done:
            title = self.tr("申請已完成")
            intro = self.tr(
                "這個統一編號的申請步驟都已完成。請用「會員登入」查看點數、選購方案與追蹤訂單。"
            )
        else:
            title = self.tr("資格審查中")
            intro = self.tr(
                "E-mail 已驗證。以稅籍登記身分申請，平台約需 1 個工作天確認資格；"
                "確認後會寄 E-mail 通知，屆時再開啟本程式完成數位自評檢測即可取得點數。"
            )
        super().__init__(title, intro, parent)
        self.under_review = under_review
        self.review_state = "refused" if refusal is not None else "done" if done else "under_review"
        """What the page tells: ``under_review``, ``refused`` or ``done`` (a lesson fact)."""
        if refusal is not None:
            if reason:
                # the platform's own words: it names what it found (or did not find)
                self.reason_label = self.add_paragraph(
                    self.tr("平台說明的原因：{reason}").format(reason=reason)
                )
            self.add_paragraph(refusal.remedy, "Hint")
            self.next_button.setText(self.tr("回到首頁"))
        elif not done:
            self.add_paragraph(self.tr("您填寫的資料都已送出並保存，不需要重填。"), "Hint")
            if training and today is not None:
                self.add_paragraph(self.training_tip(today), "Hint")
                self.add_paragraph(
                    self.tr(
                        "也可以在「時鐘」分頁的「資格審查」直接按「核准」或「不核准」，"
                        "這一頁會自動顯示結果。"
                    ),
                    "Hint",
                )
            self.next_button.setText(self.tr("重新檢查審查結果"))
            self.back_button.setText(self.tr("回到首頁"))
        else:
            self.next_button.setText(self.tr("回到首頁"))
        self.recheck_label = self.add_paragraph("", "Hint")
        self.recheck_label.setVisible(False)
        self.body.addStretch(1)

    def training_tip(self, today: date) -> str:
        """How far to move the training clock: to the next working day (the calendar's)."""
        decided_by = review_decided_by(today, ApplicantType.TAX_REGISTERED)
        assert decided_by is not None
        days = (decided_by - today).days
        # One day has its own text: English says "1 day", not "1 days".
        tip = (
            self.tr(
                "訓練模式：審查由平台時鐘決定，結果在下一個工作天 {day} 出來（1 天後）。"
                "請在「訓練面板」的「時鐘」分頁按「前進到下一個期限」（或前進 1 天），"
                "再按「重新檢查審查結果」。"
            )
            if days == 1
            else self.tr(
                "訓練模式：審查由平台時鐘決定，結果在下一個工作天 {day} 出來（{days} 天後）。"
                "請在「訓練面板」的「時鐘」分頁按「前進到下一個期限」（或前進 {days} 天），"
                "再按「重新檢查審查結果」。"
            )
        )
        return tip.format(day=date_with_weekday(decided_by), days=days)

    def show_still_under_review(self, checked_at: str) -> None:
        """Answer a recheck that found the review still open."""
        self.recheck_label.setText(
            self.tr("已於 {at} 重新檢查：仍在審查中。").format(at=checked_at)
        )
        self.recheck_label.setVisible(True)
