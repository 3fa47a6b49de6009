"""Step 3: 附表2 / 附表3 authorisations and the personal-data notice with the declarations.

Each page shows the full text, asks for explicit checkboxes, and signs a signature
block of the contract with the method the person logged in with.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.errors import FieldProblem
from app.platform.models import Applicant, ApplicationTexts, TextSection
from app.subsidy import AuthorizationKind, parse_roc_date
from ui.field_problems import field_text
from ui.widgets.fields import FieldRow
from ui.wizard.base import WizardPage
from ui.wizard.consent_texts import reference_translation
from ui.wizard.dates import roc_input
from ui.wizard.identity_page import national_id_message


def roc_date_message(text: str) -> str | None:
    """What is wrong with an ROC date as typed, or None."""
    if not text.strip():
        return QCoreApplication.translate("SignPages", "請輸入日期")
    try:
        parse_roc_date(text)
    except ValueError:
        return QCoreApplication.translate(
            "SignPages", "請以民國年輸入，例如 115年1月31日 或 115/1/31"
        )
    return None


def _served_paragraph(layout: QVBoxLayout, text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("ServedText")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(label)
    english = reference_translation(text)
    if english:
        rendering = QLabel(english)
        rendering.setObjectName("ReferenceTranslation")
        rendering.setWordWrap(True)
        layout.addWidget(rendering)
    return label


def _text_block(paragraphs: tuple[str, ...] | list[str], name: str) -> QFrame:
    """The platform's paragraphs exactly as served (what is signed), each followed by its
    reference translation when the interface is not in Chinese."""
    frame = QFrame()
    frame.setObjectName("DocumentText")
    frame.setAccessibleName(name)
    layout = QVBoxLayout(frame)
    for paragraph in paragraphs:
        _served_paragraph(layout, paragraph)
    return frame


def _served_title(text: str) -> str:
    english = reference_translation(text)
    return f"{text}（{english}）" if english else text


class _SigningPage(WizardPage):
    """A page that collects checkboxes and fields, then asks to sign."""

    sign_requested = Signal()
    answer_changed = Signal(str, object)
    """(field, value) for the draft."""

    CONSENT_BOXES: tuple[str, ...] = ()
    """Boxes that agree to served texts: cleared when the texts change."""

    def _checkbox(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"check_{name}")
        box.setAccessibleName(text)
        box.toggled.connect(lambda on: self.answer_changed.emit(name, on))
        box.toggled.connect(lambda _on: self.update_ready())
        return box

    def _consent(self, name: str, served: str) -> QCheckBox:
        """A box agreeing to ``served`` (the platform's wording), added to the body wrapped."""
        box = self._checkbox(name, served)
        self.body.addWidget(_wrapped(box))
        return box

    def update_ready(self) -> None:
        """Enable the sign button when everything needed is given."""
        self.set_next_enabled(
            self.ready(), self.tr("請先勾選每一項必要的同意，並填妥所有必填欄位。")
        )

    def ready(self) -> bool:
        """True when the page may be signed."""
        raise NotImplementedError


def _wrapped(box: QCheckBox) -> QWidget:
    # QCheckBox does not wrap: keep the box, show its text in a wrapping label beside it,
    # with the reference translation of a served text under it.
    text = box.text()
    box.setText("")
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    column = QVBoxLayout()
    _served_paragraph(column, text).setBuddy(box)
    row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
    row.addLayout(column, 1)
    return holder


class AuthorizationPage(_SigningPage):
    """附表2 (labour insurance) or 附表3 (business registration) with a validity period."""

    CONSENT_BOXES = ("agree", "notice")

    def __init__(
        self,
        kind: AuthorizationKind,
        applicant: Applicant,
        today: date,
        texts: ApplicationTexts,
        *,
        responsible_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        labor = kind is AuthorizationKind.LABOR_INSURANCE
        section = texts.authorization(kind)
        super().__init__(
            _served_title(section.title),
            self.tr(
                "請閱讀授權書全文，填寫授權期間並勾選同意，再按「簽署」。簽署後平台才能查詢"
                "您的{what}以確認資格。"
            ).format(what=self.tr("勞保投保人數") if labor else self.tr("營業登記資料")),
            parent,
        )
        self.kind = kind
        self.applicant = applicant
        self.texts = texts
        self.draft_step = f"authorization_{kind.value}"
        self.body.addWidget(_text_block(section.paragraphs, section.title))
        self.add_paragraph(
            self.tr("立書人：{name}（統一編號 {ubn}）").format(
                name=applicant.name, ubn=applicant.ubn
            )
        )
        self.valid_from = FieldRow(
            "valid_from",
            self.tr("授權期間起（民國）"),
            roc_date_message,
            placeholder=roc_input(today),
            max_length=20,
        )
        self.valid_to = FieldRow(
            "valid_to",
            self.tr("授權期間迄（民國）"),
            self._to_message,
            placeholder=roc_input(today + timedelta(days=365)),
            max_length=20,
        )
        self.today = today
        self.valid_from.set_text(roc_input(today))
        self.valid_to.set_text(roc_input(today + timedelta(days=365)))
        row = QHBoxLayout()
        row.addWidget(self.valid_from)
        row.addWidget(self.valid_to)
        self.body.addLayout(row)
        self.person: FieldRow | None = None
        self.person_name: FieldRow | None = None
        self.notice: QCheckBox | None = None
        if not labor:
            self.person_name = FieldRow(
                "responsible_person_name",
                self.tr("負責人姓名"),
                _name_message,
                hint=self.tr("依營業登記資料上的負責人姓名填寫。"),
                max_length=100,
            )
            self.person = FieldRow(
                "responsible_person_id",
                self.tr("負責人身分證字號"),
                national_id_message,
                max_length=10,
            )
            if responsible_id:
                self.person.set_text(responsible_id)
            people = QHBoxLayout()
            people.addWidget(self.person_name)
            people.addWidget(self.person)
            self.body.addLayout(people)
            self.notice = self._consent("notice", section.notice or "")
        self.agree = self._consent("agree", section.consent)
        self.body.addStretch(1)
        for field in self._fields():
            field.edited.connect(self.answer_changed.emit)
            field.edit.textChanged.connect(lambda _t: self.update_ready())
        self.next_button.setText(self.tr("簽署"))
        self.next_button.clicked.connect(self.sign_requested)
        self.update_ready()

    def _fields(self) -> list[FieldRow]:
        extra = [f for f in (self.person_name, self.person) if f is not None]
        return [self.valid_from, self.valid_to, *extra]

    def _to_message(self, text: str) -> str | None:
        problem = roc_date_message(text)
        if problem:
            return problem
        end = parse_roc_date(text)
        try:
            start = parse_roc_date(self.valid_from.text())
        except ValueError:
            start = None
        if start is not None and end < start:
            return QCoreApplication.translate("SignPages", "迄日須晚於起日")
        if end < self.today:
            return QCoreApplication.translate("SignPages", "迄日不可早於今天")
        return None

    def ready(self) -> bool:
        """Dates valid, ID and name given (附表3), boxes ticked."""
        boxes = [self.agree] + ([self.notice] if self.notice else [])
        return all(f.message() is None for f in self._fields()) and all(
            b.isChecked() for b in boxes
        )

    def period(self) -> tuple[date | None, date | None]:
        """The validity period typed (None where it cannot be read)."""
        dates: list[date | None] = []
        for field in (self.valid_from, self.valid_to):
            try:
                dates.append(parse_roc_date(field.text()))
            except ValueError:
                dates.append(None)
        return dates[0], dates[1]

    def responsible_person_id(self) -> str | None:
        """The responsible person's ID (附表3 only)."""
        return self.person.text().upper() if self.person is not None else None

    def responsible_person_name(self) -> str | None:
        """The responsible person's name (附表3 only)."""
        return self.person_name.text() if self.person_name is not None else None

    def show_errors(self, errors: Mapping[str, FieldProblem]) -> None:
        """Show per-field problems (from the flow's checks or the platform)."""
        wrong = [field for field in self._fields() if field.name in errors]
        for field in wrong:
            field.set_error(field_text(errors[field.name]))
        if wrong:
            wrong[0].edit.setFocus(Qt.FocusReason.OtherFocusReason)  # the first error

    def restore(self, answers: dict[str, object]) -> None:
        """Put saved draft answers back."""
        for field in self._fields():
            if isinstance(answers.get(field.name), str):
                field.set_text(str(answers[field.name]))
        if answers.get("agree") is True:
            self.agree.setChecked(True)
        if self.notice is not None and answers.get("notice") is True:
            self.notice.setChecked(True)


def _name_message(text: str) -> str | None:
    if not text.strip():
        return QCoreApplication.translate("SignPages", "請輸入負責人姓名")
    return None


class ConsentsPage(_SigningPage):
    """The personal-data notice and the ten declarations (and, for a 工業館 application,
    its declaration), each with its own checkbox, exactly as the platform serves them."""

    CONSENT_BOXES = ("personal_data", "declarations", "industry_declaration")

    def __init__(
        self,
        applicant: Applicant,
        texts: ApplicationTexts,
        *,
        industry: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("個人資料告知事項與聲明事項"),
            self.tr(
                "請閱讀以下全文，分別勾選同意，再按「簽署」。這是申請的必要步驟；"
                "簽署後接著填寫點數申請表（附表1）。"
            ),
            parent,
        )
        self.applicant = applicant
        self.texts = texts
        self.draft_step = "consents"
        self._section(texts.personal_data)
        self.personal_data = self._consent("personal_data", texts.personal_data.consent)
        preamble = texts.declarations_preamble
        self.add_heading(_served_title(preamble.title))
        self.body.addWidget(
            _text_block([*preamble.paragraphs, *texts.declarations], preamble.title)
        )
        self.declarations = self._consent("declarations", preamble.consent)
        self.industry_declaration: QCheckBox | None = None
        declaration = texts.industry_declaration
        if industry and declaration is not None:
            self._section(declaration, declaration.programmes)
            self.industry_declaration = self._consent("industry_declaration", declaration.consent)
        self.body.addStretch(1)
        self.next_button.setText(self.tr("簽署"))
        self.next_button.clicked.connect(self.sign_requested)
        self.update_ready()

    def _section(self, section: TextSection, listed: tuple[str, ...] = ()) -> None:
        self.add_heading(_served_title(section.title))
        numbered = [f"{i}. {name}" for i, name in enumerate(listed, start=1)]
        self.body.addWidget(_text_block([*section.paragraphs, *numbered], section.title))

    def ready(self) -> bool:
        """Every box ticked."""
        boxes = [self.personal_data, self.declarations, self.industry_declaration]
        return all(box.isChecked() for box in boxes if box is not None)

    def industry_declared(self) -> bool:
        """True when the 工業館 declaration is shown and ticked."""
        return self.industry_declaration is not None and self.industry_declaration.isChecked()

    def restore(self, answers: dict[str, object]) -> None:
        """Put saved draft answers back."""
        self.personal_data.setChecked(answers.get("personal_data") is True)
        self.declarations.setChecked(answers.get("declarations") is True)
        if self.industry_declaration is not None:
            self.industry_declaration.setChecked(answers.get("industry_declaration") is True)
