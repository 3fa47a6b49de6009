"""The 工業館 track, offered after the UBN lookup to manufacturers the platform lists for it.

Each choice states its terms as the programme in force gives them (points cap, self-pay :
points ratio, minimum plan length, use-by), so a new programme year needs no new client.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.subsidy import Pavilion, PavilionTerms, Programme
from ui.member.labels import day_text, points_amount
from ui.widgets.labels import wrapped_label


def _share_text(terms: PavilionTerms) -> str:
    share = terms.share_of_price
    return f"{share.numerator}/{share.denominator}"


class PavilionOption(QFrame):
    """One track with its terms in plain words."""

    def __init__(self, pavilion: Pavilion, terms: PavilionTerms, group: QButtonGroup) -> None:
        super().__init__()
        self.setObjectName("MethodChoice")
        self.pavilion = pavilion
        industry = pavilion is Pavilion.INDUSTRY
        title = (
            self.tr("申請工業館點數（中小型製造業者）")
            if industry
            else self.tr("申請一般補助點數（{name}）").format(name=terms.name)
        )
        self.radio = QRadioButton(title)
        self.radio.setObjectName(f"pavilion_{pavilion.value}")
        self.radio.setAccessibleName(title)
        group.addButton(self.radio)
        lines = [
            self.tr("最高 {cap}（1 點 = 新臺幣 1 元）").format(cap=points_amount(terms.points_cap)),
            self.tr("自付款 : 點數 = {ratio}：點數最多折抵方案價格的 {share}").format(
                ratio=terms.ratio_label, share=_share_text(terms)
            ),
            self.tr("只能用於工業館的方案")
            if industry
            else self.tr("可用於補助專區各館的方案（工業館除外）"),
            self.tr("方案須至少使用 {months} 個月").format(months=terms.min_plan_months),
        ]
        if terms.use_by is not None:
            lines.append(
                self.tr("點數須在 {day} 以前使用（計畫的使用期限）").format(
                    day=day_text(terms.use_by)
                )
            )
        if terms.first_use_months is not None:
            lines.append(
                self.tr(
                    "核發後 {months} 個月內須開始使用，否則點數會返還系統（可重新開通）"
                ).format(months=terms.first_use_months)
            )
        if terms.validity_months is not None:
            lines.append(
                self.tr("核發後 {months} 個月內須用完，期滿未用的點數會被收回").format(
                    months=terms.validity_months
                )
            )
        if industry:
            lines.append(
                self.tr(
                    "申請時須填寫工廠登記證號（依法免辦者填證明文件字號）與年營業額"
                    "（依財政部 401 申報書），並聲明未獲雲世代數位轉型相關計畫補助"
                )
            )
        self.terms_text = "\n".join(f"• {line}" for line in lines)
        self.details = wrapped_label("Hint", text=self.terms_text)
        self.radio.setAccessibleDescription(self.terms_text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.radio)
        layout.addWidget(self.details)


class PavilionChoice(QWidget):
    """工業館 or the general track, with what differs; shown only when both are offered."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PavilionChoice")
        self.heading = QLabel(self.tr("請選擇申請的點數類別"))
        self.heading.setObjectName("SectionTitle")
        self.note = wrapped_label(
            "Hint",
            text=self.tr(
                "平台的登記資料顯示貴單位是有工廠登記的製造業者，可以申請工業館點數。"
                "兩種擇一申請；簽署同意書時會一併送出您的選擇。"
            ),
        )
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        self.options: list[PavilionOption] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.heading)
        self._layout.addWidget(self.note)
        self.setVisible(False)

    def offer(self, pavilions: tuple[str, ...], programme: Programme | None) -> None:
        """Offer the tracks when the applicant may apply for 工業館 under ``programme``."""
        for option in self.options:
            self.group.removeButton(option.radio)
            option.deleteLater()
        self.options = []
        offered = (
            programme is not None
            and Pavilion.INDUSTRY.value in pavilions
            and programme.has_pavilion(Pavilion.INDUSTRY)
            and programme.has_pavilion(Pavilion.GENERAL)
        )
        if offered:
            assert programme is not None
            for pavilion in (Pavilion.GENERAL, Pavilion.INDUSTRY):
                option = PavilionOption(pavilion, programme.terms(pavilion), self.group)
                self._layout.addWidget(option)
                self.options.append(option)
        self.setVisible(offered)
        self.changed.emit()

    @property
    def offered(self) -> bool:
        """True when the applicant has to choose a track."""
        return bool(self.options)

    def chosen(self) -> Pavilion | None:
        """The track chosen, or None."""
        return next((o.pavilion for o in self.options if o.radio.isChecked()), None)

    def choose(self, pavilion: str | None) -> None:
        """Tick the saved choice again (resumed drafts)."""
        for option in self.options:
            option.radio.setChecked(option.pavilion.value == pavilion)
