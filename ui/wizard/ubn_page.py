"""Step 1: the UBN, the platform's lookup, and the choice of verification method."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ErrorCode
from app.platform.errors import PlatformError
from app.platform.models import Applicant
from app.subsidy import ApplicantType, Programme, VerificationMethod
from app.support.help import load_help
from ui.a11y import MnemonicButton, make_heading_focusable
from ui.errors import reason_lines
from ui.widgets.fields_ubn import applicant_card, ubn_lookup_row, ubn_message
from ui.widgets.labels import wrapped_label
from ui.wizard.base import WizardPage
from ui.wizard.language import ui_language
from ui.wizard.pavilion_choice import PavilionChoice

APPLICANT_TYPE_NAMES: dict[ApplicantType, str] = {
    ApplicantType.SME: str(QT_TRANSLATE_NOOP("UbnPage", "中小企業")),
    ApplicantType.TAX_REGISTERED: str(QT_TRANSLATE_NOOP("UbnPage", "稅籍營利事業")),
    ApplicantType.COOPERATIVE: str(QT_TRANSLATE_NOOP("UbnPage", "合作社")),
    ApplicantType.SOCIAL_INNOVATION: str(QT_TRANSLATE_NOOP("UbnPage", "社會創新組織")),
}


def applicant_type_name(kind: ApplicantType) -> str:
    """The applicant type in the UI language."""
    return QCoreApplication.translate("UbnPage", APPLICANT_TYPE_NAMES[kind])


class MethodChoice(QFrame):
    """One allowed verification method with what the person needs for it."""

    def __init__(self, method: VerificationMethod, group: QButtonGroup) -> None:
        super().__init__()
        self.setObjectName("MethodChoice")
        self.method = method
        help_entry = load_help().method(method)
        language = ui_language()
        self.radio = QRadioButton(help_entry.name.get(language))
        self.radio.setObjectName(f"method_{method.value}")
        self.radio.setAccessibleName(help_entry.name.get(language))
        group.addButton(self.radio)
        needs = "\n".join(f"• {need.text.get(language)}" for need in help_entry.needs)
        self.needs = QLabel(needs)
        self.needs.setWordWrap(True)
        self.needs.setObjectName("Hint")
        self.radio.setAccessibleDescription(needs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.radio)
        layout.addWidget(self.needs)


class UbnPage(WizardPage):
    """Type the UBN, see who it is, choose how to prove identity."""

    lookup_requested = Signal(str)
    method_chosen = Signal(object, object)
    """(Applicant, VerificationMethod)."""
    resume_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("新申請：統一編號"),
            self.tr(
                "請輸入申請單位的統一編號。平台會告訴您申請身分與可以使用的驗證方式；"
                "接著請選一種您手邊有的方式。"
            ),
            parent,
        )
        self.applicant: Applicant | None = None
        self.lookup_button = MnemonicButton(self.tr("查詢"), "L")
        self.ubn, row = ubn_lookup_row(
            "ubn", self.tr("統一編號"), self.lookup_button, self._lookup, self._ubn_changed
        )
        self.body.addLayout(row)

        self.resume_box = QVBoxLayout()
        self.body.addLayout(self.resume_box)

        self.applicant_label = applicant_card()
        self.body.addWidget(self.applicant_label)
        self.pavilion = PavilionChoice()
        self.pavilion.changed.connect(self._update_next)
        self.body.addWidget(self.pavilion)
        self.methods_title = self.add_heading(self.tr("請選擇驗證方式"))
        self.methods_title.setVisible(False)
        self.methods_note = wrapped_label("Hint")
        self.methods_note.setVisible(False)
        self.body.addWidget(self.methods_note)
        self.method_group = QButtonGroup(self)
        self.method_group.buttonToggled.connect(lambda *_: self._update_next())
        self.methods_box = QVBoxLayout()
        self.body.addLayout(self.methods_box)
        self.body.addStretch(1)
        self.choices: list[MethodChoice] = []
        self.next_button.setText(self.tr("開始驗證"))
        self.next_button.clicked.connect(self._choose)
        self._update_next()

    def offer_resume(self, ubns: list[str], on_pick: Callable[[str], None] | None = None) -> None:
        """Offer saved drafts ("continue where you left off") as buttons."""
        while self.resume_box.count():
            item = self.resume_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not ubns:
            return
        label = QLabel(self.tr("有尚未完成的申請，資料已安全保存。要繼續嗎？"))
        label.setWordWrap(True)
        self.resume_box.addWidget(label)
        for ubn in ubns:
            button = QPushButton(self.tr("繼續統一編號 {ubn} 的申請").format(ubn=ubn))
            button.setObjectName(f"resume_{ubn}")
            button.setAccessibleName(button.text())
            button.clicked.connect(lambda _=False, u=ubn: self._resume(u))
            self.resume_box.addWidget(button)

    def _resume(self, ubn: str) -> None:
        self.ubn.edit.setText(ubn)
        self.resume_requested.emit(ubn)
        self._lookup()

    def _ubn_changed(self) -> None:
        if self.applicant is not None and self.applicant.ubn != self.ubn.text():
            self.show_applicant(None)
        self._update_next()

    def _lookup(self) -> None:
        if not self.ubn.validate(show_empty=True):
            self.ubn.edit.setFocus()
            return
        self.lookup_requested.emit(self.ubn.text())

    def show_lookup_error(self, error: BaseException) -> None:
        """Show a failed lookup; NOT_ELIGIBLE lists the platform's reasons."""
        reasons = reason_lines(error)
        if isinstance(error, PlatformError) and error.code == ErrorCode.INVALID_UBN:
            self.ubn.set_error(ubn_message(self.ubn.text()) or error.message)
        self.show_applicant(None)
        self.errors.show_error(error, reasons)

    def show_applicant(
        self, applicant: Applicant | None, programme: Programme | None = None
    ) -> None:
        """Show who the UBN belongs to, the tracks it may apply for (工業館 under
        ``programme``) and the methods it may use."""
        self.applicant = applicant
        self.pavilion.offer(applicant.pavilions if applicant else (), programme)
        for choice in self.choices:
            self.method_group.removeButton(choice.radio)
            choice.deleteLater()
        self.choices = []
        visible = applicant is not None
        self.applicant_label.setVisible(visible)
        self.methods_title.setVisible(visible)
        self.methods_note.setVisible(visible)
        if applicant is not None:
            self.errors.clear()
            self.applicant_label.setText(
                self.tr("{name}\n統一編號 {ubn} · 申請身分：{kind}").format(
                    name=applicant.name,
                    ubn=applicant.ubn,
                    kind=applicant_type_name(applicant.applicant_type),
                )
            )
            self.applicant_label.setAccessibleName(self.applicant_label.text())
            notes = load_help().notes
            self.methods_note.setText(" ".join(n.get(ui_language()) for n in notes))
            if applicant.member:
                self.methods_note.setText(
                    self.tr("這個統一編號已是會員：驗證後會接著完成尚未完成的步驟。")
                    + " "
                    + self.methods_note.text()
                )
            for method in applicant.allowed_methods:
                choice = MethodChoice(method, self.method_group)
                self.methods_box.addWidget(choice)
                self.choices.append(choice)
            if len(self.choices) == 1:
                self.choices[0].radio.setChecked(True)
            # Focus the result, which also reads the note that the method cannot be
            # changed later; Tab then goes on to the methods.
            self.applicant_label.setAccessibleDescription(self.methods_note.text())
            make_heading_focusable(self.applicant_label)
            self.applicant_label.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_next()

    def chosen_method(self) -> VerificationMethod | None:
        """The method whose radio button is checked."""
        for choice in self.choices:
            if choice.radio.isChecked():
                return choice.method
        return None

    def _update_next(self) -> None:
        track_ready = not self.pavilion.offered or self.pavilion.chosen() is not None
        if self.applicant is None:
            reason = self.tr("請先輸入統一編號並按「查詢」。")
        elif self.chosen_method() is None:
            reason = self.tr("請選擇一種驗證方式。")
        else:
            reason = self.tr("請選擇要申請的點數類別。")
        self.set_next_enabled(
            self.applicant is not None and self.chosen_method() is not None and track_ready,
            reason,
        )

    def _choose(self) -> None:
        method = self.chosen_method()
        if self.applicant is not None and method is not None:
            self.method_chosen.emit(self.applicant, method)
