"""雲端方案: browse by category and pavilion, search, recommended categories first, plans
with their points / self-pay split."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from fractions import Fraction

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app.flows.plan_preview import PlanPreview, preview_plan
from app.platform.models import Category, Plan, PointsSummary, Solution
from app.subsidy import NoPointsReason, Pavilion, Programme
from ui.member.labels import money_text, pavilion_text, points_amount
from ui.member.points_reasons import no_points_lines
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import WrappingRow, column_layout, grouped, vertical_scroll
from ui.widgets.lists import wrapped_list

SOLUTION_ROLE = Qt.ItemDataRole.UserRole + 3
LIST_MIN_CHARACTERS = 12
"""The solution list is at least this many Chinese characters wide (its lines wrap)."""


class ListBesideDetails(QSplitter):
    """The solution list beside the details when the list keeps its minimum width and the
    details the width their figures need; else the list above the details (as 我的訂單
    stacks its list and detail), and where even that is too narrow (English at the
    window's minimum width) the details scroll sideways.

    It never asks for more than the list's minimum width, so a narrow window stacks the
    two instead of squeezing the list to a sliver or cutting the plan table's figures off.
    """

    def __init__(self, results: QWidget, details: QWidget, details_width: Callable[[], int]):
        super().__init__(Qt.Orientation.Horizontal)
        self.setObjectName("SolutionSplitter")
        self.setChildrenCollapsible(False)
        self._results, self._details = results, details
        self._details_width = details_width
        self.addWidget(results)
        self.addWidget(details)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 2)
        self._arranging = False

    def _list_width(self) -> int:
        return max(self._results.minimumWidth(), self._results.minimumSizeHint().width())

    def side_by_side_width(self) -> int:
        """The narrowest width at which the list and the details fit side by side."""
        return self._list_width() + self.handleWidth() + self._details_width()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """The list's minimum width: narrower than side by side, the two stack."""
        return QSize(self._list_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self.arrange()

    def arrange(self) -> None:
        """Side by side when the width allows it, else stacked (after a resize, or when the
        details' width changed)."""
        if self._arranging:
            return
        self._arranging = True  # a new orientation resizes the panes: no nested turn
        try:
            beside = self.width() >= self.side_by_side_width()
            # beside the list the details keep their figures' width; stacked they scroll
            self._details.setMinimumWidth(self._details_width() if beside else 0)
            wanted = Qt.Orientation.Horizontal if beside else Qt.Orientation.Vertical
            if wanted != self.orientation():
                self._turn(wanted)
        finally:
            self._arranging = False

    def _turn(self, wanted: Qt.Orientation) -> None:
        self.setOrientation(wanted)
        # the list a third of the room, as the stretch factors share it, and never less
        # than its minimum beside the details
        if wanted == Qt.Orientation.Horizontal:
            room = self.width()
            first = max(room // 3, self._list_width())
            first = min(first, room - self.handleWidth() - self._details_width())
        else:
            room = self.height()
            first = room // 3
        self.setSizes([first, max(room - first - self.handleWidth(), 0)])
        self.updateGeometry()


class PlanTable(QTableWidget):
    """The plans of a solution; it asks for the height of its rows (no empty space below
    them when the details scroll)."""

    def __init__(self, columns: int) -> None:
        super().__init__(0, columns)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """As tall as the header and every row."""
        hint = super().sizeHint()
        rows = self.verticalHeader().length() + self.horizontalHeader().sizeHint().height()
        height = max(rows + 2 * self.frameWidth(), self.minimumSizeHint().height())
        return QSize(hint.width(), height)


def recommended_order(solutions: Sequence[Solution], recommended: Sequence[str]) -> list[Solution]:
    """Solutions of recommended categories first (in recommendation order), others after."""
    rank = {category: i for i, category in enumerate(recommended)}
    return sorted(solutions, key=lambda s: rank.get(s.category, len(rank)))


class SolutionsPage(QWidget):
    """Catalogue of the subsidy zone."""

    search_requested = Signal(str, str, str)
    order_requested = Signal(object, object)
    results_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberSolutions")
        self._recommended: tuple[str, ...] = ()
        self._categories: dict[str, str] = {}
        self._points: PointsSummary | None = None
        self.programme: Programme | None = None
        """The programme the platform serves (from the member area's refresh)."""
        self._today = date.today()
        self._can_sign = False
        self._current: Solution | None = None

        title = QLabel(self.tr("雲端方案"))
        title.setObjectName("PageTitle")
        self.category = QComboBox()
        self.category.setObjectName("CategoryFilter")
        self.category.setAccessibleName(self.tr("方案類別"))
        self.pavilion = QComboBox()
        self.pavilion.setObjectName("PavilionFilter")
        self.pavilion.setAccessibleName(self.tr("館別"))
        self.pavilion.addItem(self.tr("全部館別"), "")
        for pavilion in Pavilion:
            self.pavilion.addItem(pavilion_text(pavilion), pavilion.value)
        self.query = QLineEdit()
        self.query.setObjectName("SolutionSearch")
        self.query.setPlaceholderText(self.tr("關鍵字，例如：電子發票"))
        self.query.setAccessibleName(self.tr("搜尋方案"))
        self.query.returnPressed.connect(self.search)
        search = push_button(self.tr("搜尋"), self.search)
        self.category.activated.connect(self.search)
        self.pavilion.activated.connect(self.search)
        category_label = QLabel(self.tr("類別"))
        category_label.setBuddy(self.category)
        pavilion_label = QLabel(self.tr("館別"))
        pavilion_label.setBuddy(self.pavilion)
        # At a narrow window the search goes under the boxes rather than squeezing them.
        filters = WrappingRow(
            (grouped(category_label, (self.category, 1)), 2),
            (grouped(pavilion_label, (self.pavilion, 1)), 1),
            (grouped((self.query, 1), search), 2),
        )

        # Long names and vendors wrap inside the list: nothing is cut, nothing scrolls sideways.
        self.results = wrapped_list("SolutionList", self.tr("方案列表"), spacing=3)
        self.results.setAlternatingRowColors(True)
        self.results.currentItemChanged.connect(self._selected)

        detail = QWidget()
        self.detail_title = wrapped_label("SolutionTitle")
        self.detail_info = wrapped_label()
        self.plans = PlanTable(6)
        self.plans.setObjectName("PlanTable")
        self.plans.setAccessibleName(self.tr("方案規格與點數折抵試算"))
        self.plans.setHorizontalHeaderLabels(
            [
                self.tr("方案"),
                self.tr("期程"),
                self.tr("方案價格"),
                self.tr("點數折抵"),
                self.tr("自付款"),
                self.tr("自付：點數"),
            ]
        )
        self.plans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.plans.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plans.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plans.verticalHeader().setVisible(False)
        # The figures take the width they need and the plan's name the rest, wrapping: the
        # points and the self-pay stay in view beside the docked training panel.
        header = self.plans.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.plans.setWordWrap(True)
        rows = self.plans.verticalHeader()
        rows.setMinimumSectionSize(rows.defaultSectionSize())  # a wrapped name makes it taller
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.split_note = wrapped_label("Hint")
        self.order_button = QPushButton(self.tr("訂購所選方案"))
        self.order_button.setObjectName("OrderPlanButton")
        self.order_button.setEnabled(False)
        self.order_button.clicked.connect(self._order)
        self.plans.itemSelectionChanged.connect(self._update_order_button)
        # the splitter's handle already separates the details from the list: no margins
        # beyond a small gap, so the list keeps the width they would take
        column_layout(
            detail,
            self.detail_title,
            self.detail_info,
            (self.plans, 1),
            self.split_note,
            margins=(6, 0, 0, 0),
        )
        # The details scroll rather than squeezing their lines at a low window; the order
        # button stays in view under them.
        self._detail = detail
        self.detail_scroll = vertical_scroll(detail, "SolutionDetail")
        # only where the plan table is wider than the window allows (English at 800 px)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        details_pane = QWidget()
        pane_layout = column_layout(details_pane, (self.detail_scroll, 1), margins=(0, 0, 0, 0))
        pane_layout.addWidget(self.order_button, 0, Qt.AlignmentFlag.AlignRight)
        self.splitter = ListBesideDetails(self.results, details_pane, self._details_width)

        column_layout(self, title, filters, (self.splitter, 1))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Size the list and the search box in the font the style sheet gave them (known once
        polished)."""
        super().showEvent(event)
        self._fit_query_width()
        self._fit_list_width()

    def _fit_query_width(self) -> None:
        """Room for the whole example in the empty search box (it was cut to "K...")."""
        query = self.query
        metrics = query.fontMetrics()
        frame = query.sizeHint().width() - 17 * metrics.horizontalAdvance("x")  # Qt's 17 x's
        query.setMinimumWidth(metrics.horizontalAdvance(query.placeholderText()) + frame)

    def _fit_list_width(self) -> None:
        """Room for LIST_MIN_CHARACTERS Chinese characters, the frame and the scroll bar."""
        results = self.results
        text = results.fontMetrics().horizontalAdvance("國" * LIST_MIN_CHARACTERS)
        chrome = 2 * results.frameWidth() + results.verticalScrollBar().sizeHint().width()
        results.setMinimumWidth(text + chrome + 4 * results.spacing())
        self.splitter.arrange()

    # --- inputs ---------------------------------------------------------------------------
    def set_categories(self, categories: Sequence[Category], recommended: Sequence[str]) -> None:
        """The 15 categories, the self-assessment's recommended ones first."""
        self._recommended = tuple(recommended)
        self._categories = {c.id: c.name for c in categories}
        current = self.category.currentData()
        self.category.clear()
        self.category.addItem(self.tr("全部類別"), "")
        ordered = sorted(
            categories,
            key=lambda c: (
                self._recommended.index(c.id) if c.id in self._recommended else len(recommended)
            ),
        )
        for category in ordered:
            label = (
                self.tr("★ {name}（推薦）").format(name=category.name)
                if category.id in self._recommended
                else category.name
            )
            self.category.addItem(label, category.id)
        found = self.category.findData(current)
        self.category.setCurrentIndex(max(found, 0))

    def set_member(
        self, points: PointsSummary, programme: Programme, today: date, can_sign: bool
    ) -> None:
        """The member's points and the programme in force for the previews (at the
        platform's ``today``), and whether ordering (signing) is possible."""
        self._points = points
        self.programme = programme
        self._today = today
        self._can_sign = can_sign
        if self._current is not None:
            self._show(self._current)

    def search(self) -> None:
        """Ask for solutions matching the filters."""
        self.search_requested.emit(
            str(self.category.currentData() or ""),
            str(self.pavilion.currentData() or ""),
            self.query.text().strip(),
        )

    def show_results(self, solutions: Sequence[Solution]) -> None:
        """List the solutions found (recommended categories first)."""
        self.results.clear()
        for solution in recommended_order(solutions, self._recommended):
            star = self.tr("★ ") if solution.category in self._recommended else ""
            item = QListWidgetItem(
                self.tr("{star}{name}\n{vendor}｜{category}｜{pavilion}").format(
                    star=star,
                    name=solution.name,
                    vendor=solution.vendor.name,
                    category=self._categories.get(solution.category, solution.category),
                    pavilion=pavilion_text(solution.pavilion),
                )
            )
            item.setData(SOLUTION_ROLE, solution)
            self.results.addItem(item)
        if not solutions:
            self.results.addItem(
                QListWidgetItem(
                    self.tr(
                        "找不到符合條件的方案。請換個關鍵字，或把類別與館別改回「全部」再搜尋一次。"
                    )
                )
            )
            self._clear_detail()
        else:
            self.results.setCurrentRow(0)
        self.results_shown.emit(len(solutions))

    # --- detail ---------------------------------------------------------------------------
    def _keep_figures_in_view(self) -> None:
        """Ask for the width of every figure column and a few characters of the plan's name,
        so the splitter narrows the solution list before a price or the self-pay is cut."""
        header = self.plans.horizontalHeader()
        figures = sum(
            max(self.plans.sizeHintForColumn(column), header.sectionSizeHint(column))
            for column in range(1, self.plans.columnCount())
        )
        name = header.sectionSizeHint(0) + 8 * self.plans.fontMetrics().averageCharWidth()
        frame = 2 * self.plans.frameWidth() + self.plans.verticalScrollBar().sizeHint().width()
        self.plans.setMinimumWidth(figures + name + frame)
        self._fit_list_width()
        # the scroll area does not pass its content's minimum on: the splitter needs it
        self.splitter.arrange()

    def _details_width(self) -> int:
        """The width the details need to show every figure, with their scroll bar."""
        scroll = self.detail_scroll
        return (
            self._detail.minimumSizeHint().width()
            + 2 * scroll.frameWidth()
            + scroll.verticalScrollBar().sizeHint().width()
        )

    def _clear_detail(self) -> None:
        self._current = None
        self.detail_title.clear()
        self.detail_info.clear()
        self.plans.setRowCount(0)
        self.split_note.clear()
        self._update_order_button()

    def _selected(self, item: QListWidgetItem | None) -> None:
        solution = item.data(SOLUTION_ROLE) if item is not None else None
        if isinstance(solution, Solution):
            self._show(solution)

    def preview(self, plan: Plan, pavilion: Pavilion, *, subsidised: bool = True) -> PlanPreview:
        """Points and self-pay for ``plan`` with the member's points under the programme in
        force (app.subsidy's split), and why no points apply when none do.

        A plan outside the subsidy zone takes no points: the whole price is self-paid.
        """
        if not subsidised or self.programme is None or self._points is None:
            return PlanPreview(0, plan.price, None, None)
        return preview_plan(
            self._points,
            self.programme,
            self._today,
            price=plan.price,
            months=plan.months,
            pavilion=pavilion,
        )

    def _show(self, solution: Solution) -> None:
        self._current = solution
        self.detail_title.setText(solution.name)
        self.detail_info.setText(
            self.tr("供應商：{vendor}\n類別：{category}　館別：{pavilion}\n標籤：{tags}").format(
                vendor=solution.vendor.name,
                category=self._categories.get(solution.category, solution.category),
                pavilion=pavilion_text(solution.pavilion),
                tags="、".join(solution.tags) or "—",
            )
        )
        self.plans.setRowCount(len(solution.plans))
        reasons: dict[NoPointsReason, list[str]] = {}
        for row, plan in enumerate(solution.plans):
            preview = self.preview(plan, solution.pavilion, subsidised=solution.subsidised)
            if preview.reason is not None and solution.subsidised:
                reasons.setdefault(preview.reason, []).append(plan.name)
            cells = (
                plan.name,
                self.tr("{n} 個月").format(n=plan.months),
                money_text(plan.price),
                points_amount(preview.points),
                money_text(preview.self_pay),
                preview.ratio or "—",
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, plan)
                self.plans.setItem(row, column, cell)
        self._keep_figures_in_view()
        self.plans.updateGeometry()  # its rows are filled: the height it asks for changed
        if not solution.subsidised:
            self.split_note.setText(
                self.tr("此方案不在補助專區，不能使用點數折抵，也不能在這裡訂購。")
            )
        else:
            self.split_note.setText("\n".join(self._split_note(solution, reasons)))
        self._update_order_button()

    def _split_note(
        self, solution: Solution, reasons: dict[NoPointsReason, list[str]]
    ) -> list[str]:
        """How the previews were made, and for plans without points why and what to do."""
        programme = self.programme
        balance = self._points.balance if self._points is not None else 0
        share = (
            programme.terms(solution.pavilion).share_of_price
            if programme is not None and programme.has_pavilion(solution.pavilion)
            else Fraction(0)
        )
        lines = [
            self.tr(
                "試算以您目前的 {balance} 計算；點數最多折抵方案價格的 {share}，"
                "點數不足時差額由您自付。實際金額以平台報價為準。"
            ).format(balance=points_amount(balance), share=f"{share.numerator}/{share.denominator}")
        ]
        if programme is None:
            return lines
        for reason, plans in reasons.items():
            lines.append(self.tr("不折抵點數：{plans}").format(plans="、".join(plans)))
            lines.extend(
                f"　{line}" for line in no_points_lines(reason, programme, solution.pavilion)
            )
        return lines

    def selected_plan(self) -> Plan | None:
        """The plan row that is selected."""
        items = self.plans.selectedItems()
        plan = items[0].data(Qt.ItemDataRole.UserRole) if items else None
        return plan if isinstance(plan, Plan) else None

    def _update_order_button(self) -> None:
        enabled = (
            self._can_sign
            and self.selected_plan() is not None
            and (self._current is None or self._current.subsidised)
        )
        self.order_button.setEnabled(enabled)
        self.order_button.setToolTip(
            ""
            if self._can_sign
            else self.tr("以密碼登入只能查詢；訂購需要憑證卡或行動自然人憑證簽章。")
        )

    def _order(self) -> None:
        plan = self.selected_plan()
        if plan is not None and self._current is not None:
            self.order_requested.emit(self._current, plan)
