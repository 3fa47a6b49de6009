"""Step 3: 附表2 / 附表3 authorisations and the personal-data notice with the declarations.

Each page shows the full text, asks for explicit checkboxes, and signs a signature
block of the contract with the method the person logged in with.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QCheckBox, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.platform.models import Applicant
from app.subsidy import AuthorizationKind, parse_roc_date, roc_date
from ui.widgets.fields import FieldRow, translate_rule_message
from ui.wizard import consent_texts as texts
from ui.wizard.base import WizardPage
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


def _text_block(paragraphs: tuple[str, ...] | list[str], name: str) -> QFrame:
    frame = QFrame()
    frame.setObjectName("DocumentText")
    frame.setAccessibleName(name)
    layout = QVBoxLayout(frame)
    for paragraph in paragraphs:
        label = QLabel(paragraph)
        label.setWordWrap(True)
        layout.addWidget(label)
    return frame


class _SigningPage(WizardPage):
    """A page that collects checkboxes and fields, then asks to sign."""

    sign_requested = Signal()
    answer_changed = Signal(str, object)
    """(field, value) for the draft."""

    def _checkbox(self, name: str, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setObjectName(f"check_{name}")
        box.setAccessibleName(text)
        box.toggled.connect(lambda on: self.answer_changed.emit(name, on))
        box.toggled.connect(lambda _on: self.update_ready())
        # Long consent sentences wrap inside a label next to the box.
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
    # QCheckBox does not wrap: keep the box, show its text in a wrapping label beside it.
    text = box.text()
    box.setText("")
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(box)
    row.addWidget(box)
    row.addWidget(label, 1)
    return holder


class AuthorizationPage(_SigningPage):
    """附表2 (labour insurance) or 附表3 (business registration) with a validity period."""

    def __init__(
        self,
        kind: AuthorizationKind,
        applicant: Applicant,
        today: date,
        responsible_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
        labor = kind is AuthorizationKind.LABOR_INSURANCE
        title = texts.tr(
            texts.LABOR_INSURANCE_TITLE if labor else texts.BUSINESS_REGISTRATION_TITLE
        )
        super().__init__(
            title,
            self.tr(
                "請閱讀授權書全文，填寫授權期間並勾選同意，再按「簽署」。簽署後平台才能查詢"
                "您的{what}以確認資格。"
            ).format(what=self.tr("勞保投保人數") if labor else self.tr("營業登記資料")),
            parent,
        )
        self.kind = kind
        self.applicant = applicant
        self.draft_step = f"authorization_{kind.value}"
        paragraphs = texts.LABOR_INSURANCE_TEXT if labor else texts.BUSINESS_REGISTRATION_TEXT
        self.body.addWidget(_text_block([texts.tr(p) for p in paragraphs], title))
        self.add_paragraph(
            self.tr("立書人：{name}（統一編號 {ubn}）").format(
                name=applicant.name, ubn=applicant.ubn
            )
        )
        self.valid_from = FieldRow(
            "valid_from",
            self.tr("授權期間起（民國）"),
            roc_date_message,
            placeholder=roc_date(today),
            max_length=20,
        )
        self.valid_to = FieldRow(
            "valid_to",
            self.tr("授權期間迄（民國）"),
            self._to_message,
            placeholder=roc_date(today + timedelta(days=365)),
            max_length=20,
        )
        self.today = today
        self.valid_from.set_text(roc_date(today))
        self.valid_to.set_text(roc_date(today + timedelta(days=365)))
        row = QHBoxLayout()
        row.addWidget(self.valid_from)
        row.addWidget(self.valid_to)
        self.body.addLayout(row)
        self.person: FieldRow | None = None
        self.notice: QCheckBox | None = None
        if not labor:
            self.person = FieldRow(
                "responsible_person_id",
                self.tr("負責人身分證字號"),
                national_id_message,
                max_length=10,
            )
            if responsible_id:
                self.person.set_text(responsible_id)
            self.body.addWidget(self.person)
            self.notice = self._checkbox("notice", texts.tr(texts.BUSINESS_REGISTRATION_NOTICE))
            self.body.addWidget(_wrapped(self.notice))
        self.agree = self._checkbox("agree", texts.tr(texts.AUTHORIZATION_CONSENT))
        self.body.addWidget(_wrapped(self.agree))
        self.body.addStretch(1)
        for field in (self.valid_from, self.valid_to, self.person):
            if field is not None:
                field.edited.connect(self.answer_changed.emit)
                field.edit.textChanged.connect(lambda _t: self.update_ready())
        self.next_button.setText(self.tr("簽署"))
        self.next_button.clicked.connect(self.sign_requested)
        self.update_ready()

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
        """Dates valid, ID valid (附表3), boxes ticked."""
        fields = [self.valid_from, self.valid_to] + ([self.person] if self.person else [])
        boxes = [self.agree] + ([self.notice] if self.notice else [])
        return all(f.message() is None for f in fields) and all(b.isChecked() for b in boxes)

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

    def show_errors(self, errors: dict[str, str]) -> None:
        """Show per-field messages (from the flow's checks or the platform)."""
        for field in (self.valid_from, self.valid_to, self.person):
            if field is not None and field.name in errors:
                field.set_error(translate_rule_message(errors[field.name]))

    def restore(self, answers: dict[str, object]) -> None:
        """Put saved draft answers back."""
        for field in (self.valid_from, self.valid_to, self.person):
            if field is not None and isinstance(answers.get(field.name), str):
                field.set_text(str(answers[field.name]))
        if answers.get("agree") is True:
            self.agree.setChecked(True)
        if self.notice is not None and answers.get("notice") is True:
            self.notice.setChecked(True)


class ConsentsPage(_SigningPage):
    """The personal-data notice and the ten declarations, each with its own checkbox."""

    def __init__(self, applicant: Applicant, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("個人資料告知事項與聲明事項"),
            self.tr(
                "請閱讀以下全文，分別勾選同意，再按「簽署」。這是申請的必要步驟；"
                "簽署後接著填寫點數申請表（附表1）。"
            ),
            parent,
        )
        self.applicant = applicant
        self.draft_step = "consents"
        self.add_heading(texts.tr(texts.PERSONAL_DATA_TITLE))
        self.body.addWidget(
            _text_block(
                [texts.tr(texts.PERSONAL_DATA_INTRO)]
                + [texts.tr(p) for p in texts.PERSONAL_DATA_ITEMS],
                texts.tr(texts.PERSONAL_DATA_TITLE),
            )
        )
        self.personal_data = self._checkbox("personal_data", texts.tr(texts.PERSONAL_DATA_CONSENT))
        self.body.addWidget(_wrapped(self.personal_data))
        self.add_heading(texts.tr(texts.DECLARATIONS_TITLE))
        self.body.addWidget(
            _text_block(
                [texts.tr(texts.DECLARATIONS_INTRO)] + [texts.tr(d) for d in texts.DECLARATIONS],
                texts.tr(texts.DECLARATIONS_TITLE),
            )
        )
        self.declarations = self._checkbox("declarations", texts.tr(texts.DECLARATIONS_CONSENT))
        self.body.addWidget(_wrapped(self.declarations))
        self.body.addStretch(1)
        self.next_button.setText(self.tr("簽署"))
        self.next_button.clicked.connect(self.sign_requested)
        self.update_ready()

    def ready(self) -> bool:
        """Both boxes ticked."""
        return self.personal_data.isChecked() and self.declarations.isChecked()

    def restore(self, answers: dict[str, object]) -> None:
        """Put saved draft answers back."""
        self.personal_data.setChecked(answers.get("personal_data") is True)
        self.declarations.setChecked(answers.get("declarations") is True)
