"""Step 4: 點數申請表 (附表1) with the industry picker; checks run beside each field."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.flows.enrolment import form_problems
from app.platform.models import Applicant
from app.subsidy import (
    INDUSTRY_MAX_ANNUAL_REVENUE,
    OTHER_INDUSTRY,
    Pavilion,
    Programme,
    RevenueBasis,
    industries,
    industry_name,
    parse_roc_date,
    roc_date,
)
from ui.a11y import name_clear_button
from ui.field_problems import field_texts
from ui.member.labels import money_text, points_amount
from ui.widgets.buttons import push_button
from ui.widgets.fields import FieldRow
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import add_items, column_layout
from ui.wizard.base import WizardPage

_CODE_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class _GridField:
    """A field of 附表1's basic data; the page lays them out two to a row in this order."""

    name: str
    label: str
    placeholder: str = ""
    max_length: int = 200


_GRID_FIELDS = (
    _GridField(
        "registered_on", str(QT_TRANSLATE_NOOP("FormPage", "設立登記日期（民國）")), "101/5/20"
    ),
    _GridField(
        "paid_in_capital",
        str(QT_TRANSLATE_NOOP("FormPage", "實收資本額（新臺幣元）")),
        "5,000,000",
    ),
    _GridField("employees", str(QT_TRANSLATE_NOOP("FormPage", "員工人數")), "12"),
    _GridField("address", str(QT_TRANSLATE_NOOP("FormPage", "申請單位地址"))),
    _GridField("representative_name", str(QT_TRANSLATE_NOOP("FormPage", "代表人姓名"))),
    _GridField(
        "representative_title",
        str(QT_TRANSLATE_NOOP("FormPage", "代表人職稱")),
        str(QT_TRANSLATE_NOOP("FormPage", "負責人")),
    ),
    _GridField("contact_name", str(QT_TRANSLATE_NOOP("FormPage", "聯絡人姓名"))),
    _GridField("contact_title", str(QT_TRANSLATE_NOOP("FormPage", "聯絡人職稱"))),
    _GridField(
        "contact_phone", str(QT_TRANSLATE_NOOP("FormPage", "聯絡電話（含區碼）")), "02-2345-6789"
    ),
    _GridField("contact_phone_ext", str(QT_TRANSLATE_NOOP("FormPage", "分機")), "123", 6),
    _GridField("contact_mobile", str(QT_TRANSLATE_NOOP("FormPage", "手機")), "0912345678", 12),
    _GridField("contact_email", str(QT_TRANSLATE_NOOP("FormPage", "E-mail（驗證碼會寄到這裡）"))),
)


def _digits(text: str) -> str:
    return text.replace(",", "").replace("，", "").replace(" ", "")


class IndustryPicker(QWidget):
    """大類/中類 tree with a search box; choosing a 中類 sets :attr:`code`."""

    changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.label = QLabel(self.tr("產業類別（請依主要營業項目選擇一項中類）"))
        self.search = QLineEdit()
        self.search.setObjectName("field_industry_search")
        self.search.setPlaceholderText(self.tr("輸入關鍵字或代碼搜尋，例如：餐飲、56"))
        self.search.setAccessibleName(self.tr("搜尋產業類別"))
        name_clear_button(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("field_industry_code")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("產業類別"))
        self.tree.setMinimumHeight(200)
        self.chosen = QLabel()
        self.chosen.setObjectName("Hint")
        self.error = QLabel()
        self.error.setObjectName("FieldError")
        self.error.setVisible(False)
        for section in industries():
            top = QTreeWidgetItem([f"{section.code} {section.name}"])
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for division in section.divisions:
                child = QTreeWidgetItem([f"{division.code.replace('|', '∣')} {division.name}"])
                child.setData(0, _CODE_ROLE, division.code)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        # 附表1's last line 「其他：____」: any other industry, described in words.
        other_top = QTreeWidgetItem([self.tr("其他")])
        other_top.setFlags(Qt.ItemFlag.ItemIsEnabled)
        other = QTreeWidgetItem([self.tr("其他（不在上列者，請於下方填寫）")])
        other.setData(0, _CODE_ROLE, OTHER_INDUSTRY)
        other_top.addChild(other)
        self.tree.addTopLevelItem(other_top)
        self.other = FieldRow(
            "industry_other",
            self.tr("其他產業類別"),
            self._other_message,
            placeholder=self.tr("例如：文化資產修復"),
        )
        self.other.setVisible(False)
        self._other_top = other_top
        self.no_match = wrapped_label("Hint")
        self.no_match.setVisible(False)
        self.label.setBuddy(self.search)
        column_layout(
            self,
            self.label,
            self.search,
            self.no_match,
            self.tree,
            self.chosen,
            self.other,
            self.error,
            margins=(0, 0, 0, 0),
            spacing=2,
        )
        self.search.textChanged.connect(self.filter)
        self.search.returnPressed.connect(self._pick_first_visible)
        self.tree.currentItemChanged.connect(self._current_changed)

    def _sections(self) -> list[QTreeWidgetItem]:
        found = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        return [item for item in found if item is not None]

    @staticmethod
    def _children(top: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        found = [top.child(j) for j in range(top.childCount())]
        return [item for item in found if item is not None]

    def filter(self, text: str) -> int:
        """Show only 中類 whose code or name contains ``text``; returns how many match."""
        needle = text.strip().lower()
        shown = 0
        for top in self._sections():
            section_hit = bool(needle) and needle in top.text(0).lower()
            visible_children = 0
            for child in self._children(top):
                hit = not needle or section_hit or needle in child.text(0).lower()
                child.setHidden(not hit)
                visible_children += int(hit)
            top.setHidden(visible_children == 0)
            top.setExpanded(bool(needle) and visible_children > 0)
            shown += visible_children
        if needle and shown == 0:
            # never an empty tree: say so, and keep 「其他」 to describe the industry in words
            self._other_top.setHidden(False)
            for child in self._children(self._other_top):
                child.setHidden(False)
            self._other_top.setExpanded(True)
        self.no_match.setText(
            self.tr(
                "找不到含「{text}」的產業類別。請換個關鍵字（例如：餐飲、批發、56），"
                "或選「其他」自行填寫。"
            ).format(text=text.strip())
            if needle and shown == 0
            else ""
        )
        self.no_match.setVisible(bool(needle) and shown == 0)
        return shown

    def _pick_first_visible(self) -> None:
        needle = self.search.text().strip().lower()
        shown = [
            child
            for top in self._sections()
            if not top.isHidden()
            for child in self._children(top)
            if not child.isHidden()
        ]
        # A 中類 whose own name matches beats one shown because its 大類 matched.
        direct = [child for child in shown if needle and needle in child.text(0).lower()]
        chosen = (direct or shown)[:1]
        if chosen:
            self.tree.setCurrentItem(chosen[0])
            self.tree.setFocus()

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        code = item.data(0, _CODE_ROLE) if item is not None else None
        if isinstance(code, str):
            self.set_code(code)

    def set_code(self, code: str) -> None:
        """Choose the 中類 ``code`` (unknown codes clear the choice)."""
        try:
            name = industry_name(code)
        except ValueError:
            code, name = "", ""
        self.code = code
        self.other.setVisible(code == OTHER_INDUSTRY)
        if code == OTHER_INDUSTRY:
            self.chosen.setText(self.tr("已選擇：其他（請填寫產業類別）"))
        else:
            self.chosen.setText(
                self.tr("已選擇：{code} {name}").format(code=code, name=name) if code else ""
            )
        self.set_error(None)
        self.changed.emit(code)

    def _other_message(self, text: str) -> str | None:
        if self.code == OTHER_INDUSTRY and not text.strip():
            return QCoreApplication.translate("FormPage", "選擇「其他」時請填寫產業類別")
        return None

    def other_text(self) -> str:
        """The 「其他：____」 text (empty unless 「其他」 is chosen)."""
        return self.other.text() if self.code == OTHER_INDUSTRY else ""

    def set_error(self, message: str | None) -> None:
        """Show (or clear) the message under the picker."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))


class FormPage(WizardPage):
    """附表1: every field, checked as typed; values are saved to the draft as typed."""

    answer_changed = Signal(str, object)
    submit_requested = Signal()
    general_track_requested = Signal()
    """The applicant gives up the refused 工業館 track for the general points."""

    TEXT_FIELDS = (
        "name",
        "address",
        "representative_name",
        "representative_title",
        "contact_name",
        "contact_title",
        "contact_phone",
        "contact_phone_ext",
        "contact_mobile",
        "contact_email",
    )

    INDUSTRY_TEXT_FIELDS = ("factory_registration_number", "factory_exemption_document")

    def __init__(
        self,
        applicant: Applicant,
        pavilion: Pavilion = Pavilion.GENERAL,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("點數申請表（附表1）"),
            self.tr(
                "請填寫申請單位的基本資料；每個欄位旁會即時提示需要修正的地方，輸入的內容會自動保存。"
                "送出後請設定帳號密碼，平台會寄驗證碼到聯絡人 E-mail。"
            ),
            parent,
        )
        self.applicant = applicant
        self.pavilion = pavilion
        self.draft_step = "form"
        self.rows: dict[str, FieldRow] = {}
        self.revenue_basis: QComboBox | None = None
        self.industry = IndustryPicker()
        label = self._label
        self._add("name", label(str(QT_TRANSLATE_NOOP("FormPage", "申請單位名稱"))))
        self._add("ubn", label(str(QT_TRANSLATE_NOOP("FormPage", "統一編號"))), max_length=8)
        self.rows["ubn"].set_text(applicant.ubn)
        self.rows["ubn"].edit.setReadOnly(True)
        self.rows["name"].set_text(applicant.name)
        self.industry.changed.connect(lambda code: self._changed("industry_code", code))
        self.industry.other.edited.connect(self._changed)
        self.body.addWidget(self.industry)
        grid = QGridLayout()
        self.body.addLayout(grid)

        for index, spec in enumerate(_GRID_FIELDS):
            # Placeholders are examples; those in digits have no translation and stay as they are.
            field = self._add(
                spec.name,
                label(spec.label),
                add=False,
                placeholder=label(spec.placeholder),
                max_length=spec.max_length,
            )
            grid.addWidget(field, index // 2, index % 2)
        if pavilion is Pavilion.INDUSTRY:
            self._add_industry_section()
        self.body.addStretch(1)
        self.next_button.setText(self.tr("送出申請表"))
        self.next_button.clicked.connect(self._submit)

    def _add_industry_section(self) -> None:
        """工業館 (seed 004 註1–註2): factory registration, annual revenue and its 401 basis."""
        self.add_heading(self.tr("工業館申請資料（中小型製造業者）"))
        hint = wrapped_label(
            "Hint",
            text=self.tr(
                "請填寫工廠登記證號；依法免辦工廠登記者，請改填主管機關核發之證明文件字號。"
                "年營業收入須在 {limit} 以下，並註明依據的財政部營業人銷售額與稅額申報書（401）。"
            ).format(limit=money_text(INDUSTRY_MAX_ANNUAL_REVENUE)),
        )
        self.body.addWidget(hint)
        grid = QGridLayout()
        self.body.addLayout(grid)
        label = self._label
        for index, (name, text, placeholder) in enumerate(
            (
                (
                    "factory_registration_number",
                    label(str(QT_TRANSLATE_NOOP("FormPage", "工廠登記證號"))),
                    "99612345",
                ),
                (
                    "factory_exemption_document",
                    label(
                        str(
                            QT_TRANSLATE_NOOP(
                                "FormPage", "依法免辦工廠登記者：主管機關證明文件字號"
                            )
                        )
                    ),
                    "",
                ),
                (
                    "annual_revenue",
                    label(str(QT_TRANSLATE_NOOP("FormPage", "年營業收入（新臺幣元）"))),
                    "150,000,000",
                ),
            )
        ):
            grid.addWidget(
                self._add(name, text, add=False, placeholder=placeholder), index // 2, index % 2
            )
        basis = QComboBox()
        basis.setObjectName("field_revenue_basis")
        basis.setAccessibleName(self.tr("年營業收入的依據"))
        basis.addItem(self.tr("請選擇年營業收入的依據"), "")
        basis.addItem(self.tr("前一年度的 401 申報書"), RevenueBasis.LAST_YEAR.value)
        basis.addItem(self.tr("近三年 401 申報書的平均"), RevenueBasis.THREE_YEAR_AVERAGE.value)
        basis.currentIndexChanged.connect(
            lambda _i: self._changed("revenue_basis", basis.currentData())
        )
        self.revenue_basis = basis
        self.revenue_basis_error = QLabel()
        self.revenue_basis_error.setObjectName("FieldError")
        self.revenue_basis_error.setVisible(False)
        column = QVBoxLayout()
        caption = QLabel(self.tr("年營業收入的依據"))
        caption.setBuddy(basis)
        add_items(column, caption, basis, self.revenue_basis_error)
        grid.addLayout(column, 1, 1)

    def offer_general_track(self, programme: Programme | None) -> None:
        """After the platform refused 工業館: offer the general points, with their terms."""
        terms = (
            programme.terms(Pavilion.GENERAL)
            if programme is not None and programme.has_pavilion(Pavilion.GENERAL)
            else None
        )
        text = (
            self.tr("改申請一般補助點數（最高 {cap}，自付款 : 點數 = {ratio}）").format(
                cap=points_amount(terms.points_cap),
                ratio=terms.ratio_label,
            )
            if terms is not None
            else self.tr("改申請一般補助點數")
        )
        button = push_button(
            text, self.general_track_requested, name="GeneralTrackButton", accessible_name=text
        )
        self.buttons.insertWidget(1, button)
        self.general_track_button = button

    def _label(self, text: str) -> str:
        return QCoreApplication.translate("FormPage", text)

    def _add(
        self,
        name: str,
        label: str,
        *,
        add: bool = True,
        placeholder: str = "",
        max_length: int = 200,
    ) -> FieldRow:
        field = FieldRow(
            name,
            label,
            self._check_for(name),
            placeholder=placeholder,
            max_length=max_length,
        )
        field.edited.connect(self._changed)
        self.rows[name] = field
        if add:
            self.body.addWidget(field)
        return field

    def _check_for(self, name: str) -> Callable[[str], str | None]:
        def check(_text: str) -> str | None:
            return self.errors_now().get(name)

        return check

    def _changed(self, name: str, value: object) -> None:
        self.answer_changed.emit(name, value)
        # Cross-field rules (phone or mobile; extension needs a phone) update neighbours.
        for other in ("contact_phone", "contact_mobile", "contact_phone_ext"):
            if other != name and other in self.rows and self.rows[other].text():
                self.rows[other].validate(show_empty=False)

    # --- values ----------------------------------------------------------------------
    def values(self) -> dict[str, object]:
        """The 附表1 fields as the platform takes them (dates ISO, numbers as integers)."""
        out: dict[str, object] = {
            name: self.rows[name].text() if name in self.rows else "" for name in self.TEXT_FIELDS
        }
        out["ubn"] = self.applicant.ubn
        out["industry_code"] = self.industry.code
        out["industry_other"] = self.industry.other_text()
        registered = self.rows["registered_on"].text() if "registered_on" in self.rows else ""
        try:
            out["registered_on"] = parse_roc_date(registered).isoformat() if registered else ""
        except ValueError:
            out["registered_on"] = registered
        for name in ("paid_in_capital", "employees"):
            text = _digits(self.rows[name].text()) if name in self.rows else ""
            out[name] = int(text) if text.isdigit() else text
        out["contact_mobile"] = str(out["contact_mobile"]).replace("-", "").replace(" ", "")
        if self.pavilion is Pavilion.INDUSTRY:
            for name in self.INDUSTRY_TEXT_FIELDS:
                out[name] = self.rows[name].text() if name in self.rows else ""
            revenue_row = self.rows.get("annual_revenue")
            revenue = _digits(revenue_row.text()) if revenue_row is not None else ""
            out["annual_revenue"] = int(revenue) if revenue.isdigit() else revenue
            chosen = self.revenue_basis.currentData() if self.revenue_basis else ""
            out["revenue_basis"] = chosen if isinstance(chosen, str) else ""
        return out

    def errors_now(self) -> dict[str, str]:
        """Field → shown message for the current values (the shared 附表1 rules)."""
        errors = field_texts(
            form_problems(
                self.values(), self.applicant.ubn, self.pavilion, self.applicant.applicant_type
            )
        )
        registered = self.rows["registered_on"].text() if "registered_on" in self.rows else ""
        if registered and "registered_on" in errors:
            errors["registered_on"] = QCoreApplication.translate(
                "FormPage", "請以民國年輸入，例如 101/5/20 或 101年5月20日"
            )
        return errors

    def show_errors(self, errors: Mapping[str, str]) -> bool:
        """Show ``errors`` (shown messages: the rules' or the platform's 422) beside each
        field."""
        for name, field in self.rows.items():
            field.set_error(errors.get(name))
        industry = errors.get("industry_code")
        self.industry.set_error(industry)
        self.industry.other.set_error(errors.get("industry_other"))
        if self.revenue_basis is not None:
            basis = errors.get("revenue_basis")
            self.revenue_basis_error.setText(basis or "")
            self.revenue_basis_error.setVisible(bool(basis))
        first = next((target for name, target in self._error_targets() if name in errors), None)
        if first is not None:
            shown, focus = first
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll_area.ensureWidgetVisible(shown)
        return not errors

    def _error_targets(self) -> list[tuple[str, tuple[QWidget, QWidget]]]:
        """Each field's (what to scroll to, what gets focus), in the order the page reads:
        the first field in error is the one above all others, wherever its checks are."""
        targets: list[tuple[str, tuple[QWidget, QWidget]]] = [
            (name, (row, row.edit)) for name, row in self.rows.items()
        ]
        industry: list[tuple[str, tuple[QWidget, QWidget]]] = [
            ("industry_code", (self.industry, self.industry.search)),
            ("industry_other", (self.industry.other, self.industry.other.edit)),
        ]
        after_ubn = next(i for i, (name, _t) in enumerate(targets) if name == "ubn") + 1
        targets[after_ubn:after_ubn] = industry
        if self.revenue_basis is not None:
            targets.append(("revenue_basis", (self.revenue_basis, self.revenue_basis)))
        return targets

    def _submit(self) -> None:
        if self.show_errors(self.errors_now()):
            self.submit_requested.emit()

    def restore(self, answers: dict[str, object]) -> None:
        """Put saved draft (or platform) values back into the fields."""
        for name, value in answers.items():
            if name == "industry_code" and isinstance(value, str):
                self.industry.set_code(value)
            elif name == "industry_other" and isinstance(value, str):
                self.industry.other.set_text(value)
            elif name == "revenue_basis" and self.revenue_basis is not None:
                self.revenue_basis.setCurrentIndex(max(self.revenue_basis.findData(value), 0))
            elif name == "registered_on" and isinstance(value, str) and len(value) == 10:
                try:
                    self.rows[name].set_text(roc_date(date.fromisoformat(value)))
                except ValueError:
                    self.rows[name].set_text(value)
            elif name in self.rows and name != "ubn" and value is not None:
                self.rows[name].set_text(str(value))
