"""Step 6: the digital self-assessment, one question at a time, then the result.

Branching, progress and completeness come from ``app.flows.questionnaire``; answers are
saved to the draft as they are chosen, so back/forward and a restart lose nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QLabel,
    QProgressBar,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.flows.questionnaire import QuestionnaireNavigator
from app.platform.models import AssessmentResult, Category, PointsSummary
from app.subsidy import exclusive_options, toggle_option
from ui.a11y import OWN_RETURN_PROPERTY
from ui.widgets.buttons import push_button
from ui.widgets.chart import ScoreChart
from ui.widgets.layouts import Stretch, add_items, row_layout
from ui.wizard.base import WizardPage
from ui.wizard.dates import date_with_weekday


class AssessmentPage(WizardPage):
    """Renders the platform's questionnaire with branching, progress, back and forward."""

    submit_requested = Signal()

    def __init__(self, navigator: QuestionnaireNavigator, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("數位自評檢測"),
            self.tr(
                "回答以下問題（約 5 分鐘），了解貴單位的數位化程度並取得推薦的解決方案類別。"
                "可以隨時回上一題修改；完成並送出後即獲發點數。"
            ),
            parent,
        )
        questionnaire = navigator.questionnaire
        self.questionnaire = questionnaire
        self.navigator = navigator
        self.dimension_titles = {d.id: d.title for d in questionnaire.dimensions}
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("作答進度"))
        self.progress_label = QLabel()
        self.progress_label.setObjectName("Hint")
        self.dimension = QLabel()
        self.dimension.setObjectName("SectionTitle")
        self.question = QLabel()
        self.question.setObjectName("QuestionText")
        self.question.setWordWrap(True)
        self.kind_hint = QLabel()
        self.kind_hint.setObjectName("Hint")
        # The answers are one group named with the question, as a screen reader reads them.
        self.answers = QGroupBox()
        self.answers.setObjectName("Answers")
        self.answers.setFlat(True)
        self.options_box = QVBoxLayout(self.answers)
        self.options_box.setContentsMargins(0, 0, 0, 0)
        self.setProperty(OWN_RETURN_PROPERTY, True)
        self.group: QButtonGroup | None = None
        self.option_buttons: list[QAbstractButton] = []
        self._syncing = False
        add_items(
            self.body,
            self.progress,
            self.progress_label,
            self.dimension,
            self.question,
            self.kind_hint,
            self.answers,
            Stretch(1),
        )
        self.prev_button = push_button(
            self.tr("上一題"), self.go_back, accessible_name=self.tr("上一題")
        )
        self.forward_button = push_button(
            self.tr("下一題"), self.go_next, accessible_name=self.tr("下一題")
        )
        row = row_layout(None, self.prev_button, self.forward_button, Stretch(1))
        self.body.insertLayout(self.body.count() - 1, row)
        self.next_button.setText(self.tr("送出自評"))
        self.next_button.clicked.connect(self._submit)
        self.show_question()

    def show_question(self) -> None:
        """Show the current question with its saved answer."""
        for old in self.option_buttons:
            old.deleteLater()
        self.option_buttons = []
        if self.group is not None:
            self.group.deleteLater()
        question = self.navigator.current
        self._show_progress()
        if question is None:
            self.question.setText(self.tr("沒有題目。"))
            self._update_buttons()
            return
        self.dimension.setText(self.dimension_titles.get(question.dimension, question.dimension))
        self.question.setText(question.text)
        self.answers.setAccessibleName(question.text)
        multi = question.kind == "multi"
        alone = exclusive_options(question.as_mapping())
        if multi and alone:
            names = "、".join(f"「{o.text}」" for o in question.options if o.id in alone)
            self.kind_hint.setText(
                self.tr("可複選；{names}只能單獨勾選，勾選後其他選項會取消").format(names=names)
            )
        else:
            self.kind_hint.setText(self.tr("可複選") if multi else self.tr("請選一項"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multi)
        chosen = set(self.navigator.answer_of(question.id))
        for option in question.options:
            button: QAbstractButton = QCheckBox(option.text) if multi else QRadioButton(option.text)
            button.setObjectName(f"option_{option.id}")
            button.setAccessibleName(option.text)
            button.setAccessibleDescription(
                self.tr("{question}（第 {n} 個答案，按數字鍵 {n} 選擇）").format(
                    question=question.text, n=len(self.option_buttons) + 1
                )
            )
            button.setChecked(option.id in chosen)
            button.setProperty("option_id", option.id)
            self.group.addButton(button)
            self.options_box.addWidget(button)
            self.option_buttons.append(button)
        self.group.buttonToggled.connect(self._toggled)
        if self.option_buttons:
            # After 下一題 the next question's first answer has focus (shown first: a new
            # button is shown only later, and a hidden one cannot take focus).
            for button in self.option_buttons:
                button.show()
            first = self.initial_focus()
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()

    def _show_progress(self) -> None:
        """Position, the number of questions shown for the answers so far, and answered."""
        answered, total = self.navigator.progress()
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(answered)
        self.progress_label.setText(
            self.tr("第 {n} 題，目前共 {total} 題（依您的回答增減）；已回答 {answered} 題").format(
                n=self.navigator.position + 1, total=total, answered=answered
            )
        )

    def initial_focus(self) -> QWidget | None:
        """Where focus goes when the page is shown: the chosen or else the first answer."""
        checked = [b for b in self.option_buttons if b.isChecked()]
        candidates = checked or self.option_buttons
        return candidates[0] if candidates else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits choose an answer (a single choice then moves on); Return moves on."""
        key = event.key()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            index = key - Qt.Key.Key_1
            if index < len(self.option_buttons):
                self._answer_by_key(self.option_buttons[index])
            return
        if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.navigator.can_go_next():
                self.go_next()
            elif self.next_button.isEnabled():
                self.next_button.click()
            return
        super().keyPressEvent(event)

    def _answer_by_key(self, button: QAbstractButton) -> None:
        if isinstance(button, QRadioButton):
            button.setChecked(True)
            if self.navigator.can_go_next():
                self.go_next()
            else:
                self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        button.toggle()
        button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if self._syncing:
            return
        question = self.navigator.current
        chosen = [str(b.property("option_id")) for b in self.option_buttons if b.isChecked()]
        if question is not None and question.kind == "multi":
            # an exclusive answer (「皆已數位化」) clears the others, and is cleared by them
            chosen = toggle_option(
                question.as_mapping(), chosen, str(button.property("option_id")), checked
            )
            self._syncing = True  # the group reports these changes even with signals blocked
            for other in self.option_buttons:
                other.setChecked(str(other.property("option_id")) in chosen)
            self._syncing = False
        self.navigator.answer(chosen)
        self._show_progress()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.prev_button.setEnabled(self.navigator.can_go_back())
        self.forward_button.setEnabled(self.navigator.can_go_next())
        missing = len(self.navigator.missing)
        self.set_next_enabled(
            self.navigator.is_complete,
            self.tr("還有 {n} 題未回答，全部回答後才能送出。").format(n=missing),
        )

    def choose(self, option_ids: Sequence[str]) -> None:
        """Tick ``option_ids`` on the current question (keyboard users and tests)."""
        for button in self.option_buttons:
            button.setChecked(str(button.property("option_id")) in option_ids)

    def go_next(self) -> None:
        """Next shown question."""
        if self.navigator.can_go_next():
            self.navigator.go_next()
            self.show_question()

    def go_back(self) -> None:
        """Previous shown question; answers are kept."""
        if self.navigator.can_go_back():
            self.navigator.go_back()
            self.show_question()

    def _submit(self) -> None:
        if self.navigator.is_complete:
            self.submit_requested.emit()
        else:
            missing = self.navigator.missing
            if missing:
                self.navigator.go_to(missing[0])
                self.show_question()


class ResultPage(WizardPage):
    """Scores per dimension as a chart, recommended categories, points and deadlines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("自評結果與點數"),
            self.tr("恭喜完成申請！以下是自評結果與推薦的解決方案類別。點數的使用期限請留意。"),
            parent,
        )
        self.chart = ScoreChart()
        self.chart.setAccessibleName(self.tr("各構面分數"))
        self.add_heading(self.tr("各構面分數（0–100）"))
        self.body.addWidget(self.chart)
        self.add_heading(self.tr("推薦的解決方案類別"))
        self.categories = self.add_paragraph("")
        self.add_heading(self.tr("獲發點數"))
        self.points = self.add_paragraph("")
        self.points.setObjectName("PointsSummary")
        self.body.addStretch(1)
        self.back_button.setVisible(False)
        self.next_button.setText(self.tr("完成，回到首頁"))

    def show_result(
        self,
        result: AssessmentResult,
        dimensions: Mapping[str, str],
        categories: Sequence[Category],
        points: PointsSummary | None,
    ) -> None:
        """Fill the page from the platform's answers."""
        self.chart.set_scores([(dimensions.get(d, d), score) for d, score in result.scores.items()])
        names = {c.id: c.name for c in categories}
        self.categories.setText(
            "、".join(names.get(c, c) for c in result.recommended_categories) or self.tr("（無）")
        )
        lines = [
            self.tr("本次獲發 {points:,} 點（1 點 = 新臺幣 1 元）。").format(
                points=result.points_granted
            )
        ]
        if points is not None:
            lines.append(self.tr("目前餘額：{balance:,} 點").format(balance=points.balance))
            if points.first_use_by is not None:
                lines.append(
                    self.tr(
                        "首次使用期限：{day}（到這天仍未使用任何點數，點數將全數返還系統）"
                    ).format(day=date_with_weekday(points.first_use_by))
                )
            if points.expires_on is not None:
                lines.append(
                    self.tr("點數到期日：{day}（之後剩餘點數收回，且不得再申請）").format(
                        day=date_with_weekday(points.expires_on)
                    )
                )
        elif result.points_granted == 0:
            lines = [self.tr("點數已於先前獲發，這次自評不再另外發點。")]
        self.points.setText("\n".join(lines))
