"""Training panel: make a member that already has points, to practise orders at once.

Ordering, paying, vendor steps and termination need a member with points; applying first
takes a trainee a quarter of an hour. This box asks the training platform for a ready
member of the chosen kind, puts the card that logs it in into the training reader and
says what to type on the member login page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QPushButton

from app.platform.training import Scenario, TrainingPlatform
from app.subsidy import ApplicantType
from certs.testpki import DemoPKI
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.wizard.card_panel import kind_name
from ui.wizard.ubn_page import applicant_type_name

KINDS: tuple[tuple[ApplicantType, str], ...] = (
    (ApplicantType.SME, "general"),
    (ApplicantType.SME, "industry"),
    (ApplicantType.TAX_REGISTERED, "general"),
    (ApplicantType.COOPERATIVE, "general"),
    (ApplicantType.SOCIAL_INNOVATION, "general"),
)
"""The members the box offers: applicant type and the pavilion of its points."""


class PracticeMemberBox(QGroupBox):
    """「練習用會員」: a member with points, its card in the reader, ready to log in."""

    message = Signal(str)
    created = Signal(str)
    """A member was made (its UBN): pages showing the platform refresh."""

    def __init__(
        self,
        training: TrainingPlatform,
        pki: DemoPKI,
        insert_card: Callable[[str], None] | None,
    ) -> None:
        super().__init__(self.tr("練習用會員"))
        self.setObjectName("PracticeMember")
        self.training = training
        self.pki = pki
        self.insert_card = insert_card
        self.kind_choice = QComboBox()
        self.kind_choice.setAccessibleName(self.tr("練習用會員的種類"))
        for applicant_type, pavilion in KINDS:
            self.kind_choice.addItem(self.kind_label(applicant_type, pavilion))
        self.kind_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.kind_choice.setMinimumContentsLength(10)
        self.create_button = QPushButton(self.tr("建立"))
        self.create_button.setAccessibleName(self.tr("建立已有點數的練習用會員"))
        self.create_button.setAccessibleDescription(
            self.tr("省去申請步驟，直接練習下單、付款、廠商步驟與退訂。")
        )
        self.create_button.setToolTip(self.create_button.accessibleDescription())
        self.create_button.clicked.connect(self.create_member)
        self.lines: list[str] = []
        """What to type for each member made so far, newest first (the panel lists them)."""
        row = QHBoxLayout(self)
        row.addWidget(self.kind_choice, 1)
        row.addWidget(self.create_button)

    def kind_label(self, applicant_type: ApplicantType, pavilion: str) -> str:
        """E.g. 「補助專區：中小企業」 or 「工業館：中小型製造業」."""
        if pavilion == "industry":
            return self.tr("工業館：中小型製造業")
        return self.tr("補助專區：{kind}").format(kind=applicant_type_name(applicant_type))

    def create_member(self) -> None:
        """Ask the platform for the chosen member, off the GUI thread."""
        applicant_type, pavilion = KINDS[max(self.kind_choice.currentIndex(), 0)]
        label = self.kind_label(applicant_type, pavilion)
        training = self.training
        self.create_button.setEnabled(False)
        self.message.emit(self.tr("建立練習用會員中…"))

        def work() -> Scenario:
            return training.scenario(
                "member_with_points",
                applicant_type.value,
                "industry" if pavilion == "industry" else None,
            )

        def failed(error: BaseException) -> None:
            self.create_button.setEnabled(True)
            text = describe(error)
            self.message.emit(f"{text.title}：{text.text}")

        run_in_background(work, lambda member: self._created(member, label), failed)

    def _created(self, member: Scenario, label: str) -> None:
        self.create_button.setEnabled(True)
        card = self.pki.cards.get(member.demo_card_id)
        if self.insert_card is not None and card is not None:
            self.insert_card(member.demo_card_id)
            card_line = self.tr("{kind}（PIN {pin}，已插入讀卡機）").format(
                kind=kind_name(card.kind), pin=card.pin
            )
        else:
            card_line = self.tr("示範卡 {card}").format(card=member.demo_card_id)
        self.lines.insert(
            0,
            self.tr(
                "練習用會員：{name}（{kind}）\n  統一編號 {ubn}；到首頁「會員登入」輸入統一編號，"
                "用{card_line}登入，或用密碼 {password} 登入（只能查看）"
            ).format(
                name=member.name,
                kind=label,
                ubn=member.ubn,
                card_line=card_line,
                password=member.password or "",
            ),
        )
        self.message.emit(
            self.tr("已建立練習用會員：統一編號 {ubn}，登入方式列在示範資料最上面。").format(
                ubn=member.ubn
            )
        )
        self.created.emit(member.ubn)
