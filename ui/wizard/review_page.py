"""Waiting pages: eligibility under review (tax-registered), or the application is complete."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.wizard.base import WizardPage


class ReviewPage(WizardPage):
    """Tells the person what happens next when there is nothing to fill in now."""

    def __init__(
        self,
        under_review: bool,
        *,
        done: bool = False,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        if done:
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
        if not done:
            self.add_paragraph(self.tr("您填寫的資料都已送出並保存，不需要重填。"), "Hint")
            if training:
                self.add_paragraph(
                    self.tr(
                        "訓練模式：審查由平台時鐘決定。請開啟「訓練面板」的「平台時鐘」，"
                        "前進 1 天後再按「重新檢查審查結果」。"
                    ),
                    "Hint",
                )
            self.next_button.setText(self.tr("重新檢查審查結果"))
            self.back_button.setText(self.tr("回到首頁"))
        else:
            self.next_button.setText(self.tr("回到首頁"))
        self.body.addStretch(1)
