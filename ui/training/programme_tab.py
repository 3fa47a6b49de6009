"""The training panel's 補助計畫 section (on its 資料 tab): the programme in force and the trainer's settings.

Shows the programme the training platform runs (name, year, application period, end date,
budget state, each pavilion's cap, ratio, minimum plan months and use-by date) and lets
the trainer switch between the seeds' programme years and the training default, set the
end date and the last application day, and mark the budget spent or available again
(``/_sandbox/programme``). Every change that alters what members see is asked first.
After a change the programme is read again through ``PlatformClient.get_programme`` —
the same call the member area and the wizard make — so the client's cached copy is the
new one, and :attr:`ProgrammeTab.changed` lets the pages showing it refresh.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from app.platform.client import PlatformClient
from app.subsidy import Programme
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.member.labels import pavilion_text, points_amount
from ui.widgets.buttons import push_button
from ui.widgets.layouts import column_layout
from ui.wizard.dates import display_date

SETTINGS_PATH = "/_sandbox/programme"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ProgrammeTab(QGroupBox):
    """The programme in force, and buttons that change it on the training platform."""

    changed = Signal()
    """The programme changed on the platform: pages showing it refresh."""
    message = Signal(str)
    """Short status text for the panel's status line."""

    def __init__(self, client: PlatformClient, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProgrammeTab")
        self.client = client
        self.programme: Programme | None = None
        self.question: QMessageBox | None = None
        """The confirmation on screen, if any."""

        self.setTitle(self.tr("補助計畫"))
        self.setAccessibleName(self.tr("補助計畫"))
        self.setAccessibleDescription(
            self.tr(
                "補助計畫決定點數上限、自付與點數的比例、方案最短月數與各項期限。"
                "可切換計畫年度、設定結束日與申請截止日，或標示補助額度用罄；"
                "會員專區與申請精靈下次更新時就會套用。"
            )
        )
        # A scrolling text: the 110年 programme's five pavilions do not fit a short panel.
        self.summary = QPlainTextEdit(self.tr("讀取補助計畫中…"))
        self.summary.setObjectName("ProgrammeSummary")
        self.summary.setReadOnly(True)
        self.summary.setTabChangesFocus(True)
        self.summary.setAccessibleName(self.tr("目前的補助計畫"))

        self.choice = QComboBox()
        self.choice.setObjectName("ProgrammeChoice")
        self.choice.setAccessibleName(self.tr("補助計畫年度"))
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(10)
        self.switch_button = self._button(
            self.tr("切換…"), self.tr("切換補助計畫"), self.ask_switch
        )
        self.switch_button.setAccessibleDescription(
            self.tr("換成選定的補助計畫；結束日、申請截止日與額度狀態回到該計畫的預設。")
        )
        self.ends_on = self._date_edit("ProgrammeEndsOn", self.tr("計畫結束日"))
        self.ends_button = self._button(
            self.tr("設定…"), self.tr("設定計畫結束日"), self.ask_ends_on
        )
        self.until = self._date_edit("ApplicationsOpenUntil", self.tr("申請截止日"))
        self.until_button = self._button(
            self.tr("設定…"), self.tr("設定申請截止日"), self.ask_until
        )
        self.budget_button = self._button(
            self.tr("標示補助額度用罄…"), self.tr("標示補助額度用罄"), self.ask_budget
        )
        self.refresh_button = self._button(
            self.tr("重新讀取"), self.tr("重新讀取補助計畫"), self.refresh
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # The programme's name takes the whole row (in English it is too long to share one
        # with a button on the narrow panel); 切換… stands under it, beside nothing.
        form.addRow(self._buddy(self.tr("計畫"), self.choice), self.choice)
        switch_row = QHBoxLayout()
        switch_row.addStretch(1)
        switch_row.addWidget(self.switch_button)
        form.addRow("", switch_row)
        form.addRow(
            self._buddy(self.tr("結束日"), self.ends_on), self._row(self.ends_on, self.ends_button)
        )
        form.addRow(
            self._buddy(self.tr("申請截止"), self.until), self._row(self.until, self.until_button)
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.budget_button, 1)
        buttons.addWidget(self.refresh_button)

        column_layout(self, (self.summary, 1), form, buttons)
        for first, second in (
            (self.summary, self.choice),
            (self.choice, self.switch_button),
            (self.switch_button, self.ends_on),
            (self.ends_on, self.ends_button),
            (self.ends_button, self.until),
            (self.until, self.until_button),
            (self.until_button, self.budget_button),
            (self.budget_button, self.refresh_button),
        ):
            QWidget.setTabOrder(first, second)
        self._set_enabled(False)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        """Read the programme again each time the tab comes into view."""
        super().showEvent(event)
        self.refresh()

    # --- building blocks ---------------------------------------------------------------
    def _button(self, text: str, name: str, slot: Callable[[], object]) -> QPushButton:
        button = push_button(text, slot, accessible_name=name)
        button.setToolTip(name)
        return button

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setAccessibleName(accessible)
        return edit

    @staticmethod
    def _buddy(text: str, field: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(field)
        return label

    @staticmethod
    def _row(field: QWidget, button: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(field, 1)
        row.addWidget(button)
        return row

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (
            self.choice,
            self.switch_button,
            self.ends_on,
            self.ends_button,
            self.until,
            self.until_button,
            self.budget_button,
        ):
            widget.setEnabled(enabled)

    # --- names -------------------------------------------------------------------------
    def programme_label(self, programme_id: str) -> str:
        """What the trainer picks: the seed a programme year comes from."""
        labels = {
            "training": self.tr("訓練用（本年度）"),
            "111": self.tr("111年（種子 001、002）"),
            "110": self.tr("110年（種子 004，含工業館）"),
        }
        return labels.get(programme_id, programme_id)

    def summary_text(self, programme: Programme) -> str:
        """The programme as the trainer reads it, one fact a line."""
        until = (
            display_date(programme.applications_open_until)
            if programme.applications_open_until
            else self.tr("計畫結束為止")
        )
        name = programme.name
        if f"{programme.year}年" not in name:
            name = self.tr("{name}（{year}年度）").format(name=name, year=programme.year)
        lines = [
            name,
            self.tr("申請期間：{start} 起至 {until}").format(
                start=display_date(programme.applications_open_from), until=until
            ),
            self.tr("計畫結束日：{day}").format(day=display_date(programme.ends_on)),
            self.tr("補助額度：已用罄（不再核發，退訂不返還點數）")
            if programme.budget_exhausted
            else self.tr("補助額度：尚有額度"),
        ]
        for terms in programme.pavilions:
            line = self.tr(
                "• {pavilion}：點數上限 {cap}；自付：點數 {ratio}；方案至少 {months} 個月"
            ).format(
                pavilion=pavilion_text(terms.pavilion),
                cap=points_amount(terms.points_cap),
                ratio=terms.ratio_label,
                months=terms.min_plan_months,
            )
            if terms.use_by is not None:
                line += self.tr("；點數須於 {day} 前使用").format(day=display_date(terms.use_by))
            lines.append(line)
        return "\n".join(lines)

    # --- platform ----------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        def failed(error: BaseException) -> None:
            text = describe(error)
            self._set_enabled(self.programme is not None)
            self.message.emit(f"{text.title}：{text.text}")

        run_in_background(work, done, failed)

    @property
    def available(self) -> list[str]:
        """The ids of the programmes the platform offers, as the choice lists them."""
        return [str(self.choice.itemData(index)) for index in range(self.choice.count())]

    def _read(self) -> tuple[Programme, list[str]]:
        """Off the GUI thread: the settings, then the programme as the member area reads
        it (which also replaces the client's cached copy)."""
        settings = self.client.call_json("GET", SETTINGS_PATH)
        listed = settings.get("available", []) if isinstance(settings, dict) else []
        available = [str(item) for item in listed]
        return self.client.get_programme().data, available

    def refresh(self) -> None:
        """Read the programme in force from the platform."""
        self._run(self._read, self._show)

    def _show(self, answer: tuple[Programme, list[str]]) -> None:
        programme, available = answer
        self.programme = programme
        if available != self.available:
            self.choice.clear()
            for programme_id in available:
                self.choice.addItem(self.programme_label(programme_id), programme_id)
        index = self.choice.findData(programme.id)
        if index >= 0:
            self.choice.setCurrentIndex(index)
        self.summary.setPlainText(self.summary_text(programme))
        self.ends_on.setDate(_qdate(programme.ends_on))
        self.until.setDate(_qdate(programme.applications_open_until or programme.ends_on))
        if programme.budget_exhausted:
            text, name = self.tr("恢復補助額度…"), self.tr("恢復補助額度")
        else:
            text, name = self.tr("標示補助額度用罄…"), self.tr("標示補助額度用罄")
        self.budget_button.setText(text)
        self.budget_button.setAccessibleName(name)
        self.budget_button.setToolTip(name)
        self._set_enabled(True)

    def apply(self, settings: dict[str, object], done_text: str) -> None:
        """Send ``settings`` to ``/_sandbox/programme``, read the programme again and tell
        the pages showing it."""
        self._set_enabled(False)

        def work() -> tuple[Programme, list[str]]:
            self.client.call_json("POST", SETTINGS_PATH, body=settings)
            return self._read()

        def done(answer: tuple[Programme, list[str]]) -> None:
            self._show(answer)
            self.message.emit(done_text)
            self.changed.emit()

        self._run(work, done)

    # --- confirmations -----------------------------------------------------------------
    def confirm(self, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
        """Ask before a change members will see; ``on_yes`` follows a Yes."""
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        question = QMessageBox(QMessageBox.Icon.Question, title, text, yes | no, self)
        question.setDefaultButton(no)
        question.setWindowModality(Qt.WindowModality.WindowModal)

        def answered(_result: int) -> None:
            if question.clickedButton() is question.button(yes):
                on_yes()
            else:
                self.message.emit(self.tr("補助計畫沒有變更。"))

        question.finished.connect(answered)
        self.question = question
        question.open()
        return question

    def ask_switch(self) -> QMessageBox | None:
        """Ask, then switch to the programme picked."""
        programme_id = str(self.choice.currentData() or "")
        if not programme_id:
            return None
        label = self.programme_label(programme_id)
        return self.confirm(
            self.tr("切換補助計畫"),
            self.tr(
                "要把訓練平台換成「{label}」嗎？\n點數上限、比例、方案最短月數與各項期限都會改變；"
                "結束日、申請截止日與額度狀態回到這個計畫的預設。"
                "已核發的點數仍依核發時的計畫。"
            ).format(label=label),
            lambda: self.apply(
                {"id": programme_id},
                self.tr("訓練平台現在使用「{label}」。").format(label=label),
            ),
        )

    def ask_ends_on(self) -> QMessageBox:
        """Ask, then set the programme's end date."""
        return self._ask_day(
            self.ends_on,
            "ends_on",
            self.tr("設定計畫結束日"),
            self.tr("要把計畫結束日設為 {day} 嗎？\n結束後不能再使用點數，退訂也不返還點數。"),
            self.tr("計畫結束日已設為 {day}。"),
        )

    def ask_until(self) -> QMessageBox:
        """Ask, then set the last day applications are taken."""
        return self._ask_day(
            self.until,
            "applications_open_until",
            self.tr("設定申請截止日"),
            self.tr(
                "要把申請截止日設為 {day} 嗎？\n截止後不再核發點數，返還的點數也不能再申請重新開通。"
            ),
            self.tr("申請截止日已設為 {day}。"),
        )

    def _ask_day(
        self, edit: QDateEdit, setting: str, title: str, question: str, done_text: str
    ) -> QMessageBox:
        """Ask ``question`` about the day in ``edit``, then set ``setting`` to it."""
        day = _pydate(edit.date())
        shown = display_date(day)
        return self.confirm(
            title,
            question.format(day=shown),
            lambda: self.apply({setting: day.isoformat()}, done_text.format(day=shown)),
        )

    def ask_budget(self) -> QMessageBox | None:
        """Ask, then mark the budget spent (or available again)."""
        if self.programme is None:
            return None
        exhausted = not self.programme.budget_exhausted
        if exhausted:
            title = self.tr("標示補助額度用罄")
            text = self.tr(
                "要標示補助額度已用罄嗎？\n之後不再核發點數，退訂也不返還點數；"
                "已核發的點數仍可使用。"
            )
            done_text = self.tr("補助額度已標示為用罄。")
        else:
            title = self.tr("恢復補助額度")
            text = self.tr("要恢復補助額度嗎？\n之後又可以核發點數，退訂也依規定返還點數。")
            done_text = self.tr("補助額度已恢復。")
        return self.confirm(
            title, text, lambda: self.apply({"budget_exhausted": exhausted}, done_text)
        )
