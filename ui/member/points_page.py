"""我的點數: the ledger, both deadlines with a working-day countdown, warnings, re-apply."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.flows.member_deadlines import POINTS_WARNING_DAYS, DeadlineName, points_deadlines_view
from app.flows.member_snapshot import MemberSnapshot
from app.platform.models import PointsSummary
from app.subsidy import Pavilion, PavilionTerms, Programme, WorkCalendar
from ui.member.labels import (
    day_text,
    ledger_text,
    moment_text,
    outcome_line,
    pavilion_text,
    points_amount,
)
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import column_layout


class PointsPage(QWidget):
    """Points balance, validity and history."""

    reapply_requested = Signal()

    def __init__(self, calendar: WorkCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MemberPoints")
        self._calendar = calendar
        title = QLabel(self.tr("我的點數"))
        title.setObjectName("PageTitle")
        self.balance_label = QLabel()
        self.balance_label.setObjectName("PointsBalanceLine")
        self.granted_label = wrapped_label()
        self.rule_label = wrapped_label("PointsRule")

        deadlines = QGroupBox(self.tr("點數期限"))
        self.first_use_label = wrapped_label("FirstUseDeadline")
        self.expiry_label = wrapped_label("ExpiryDeadline")
        self.warning_label = wrapped_label("FieldError")
        self.reapply_button = push_button(
            self.tr("重新開通點數"),
            self.reapply_requested,
            name="ReapplyButton",
            accessible_name=self.tr("重新開通點數"),
        )
        column_layout(
            deadlines,
            self.first_use_label,
            self.expiry_label,
            self.warning_label,
            self.reapply_button,
        )

        self.track_label = wrapped_label("PointsTrack")

        rules = QGroupBox(self.tr("點數有效期限說明"))
        self.rules_text = wrapped_label("PointsRules")
        QVBoxLayout(rules).addWidget(self.rules_text)

        self.ledger = QTableWidget(0, 4)
        self.ledger.setObjectName("PointsLedger")
        self.ledger.setAccessibleName(self.tr("點數明細"))
        self.ledger.setHorizontalHeaderLabels(
            [self.tr("時間"), self.tr("項目"), self.tr("點數"), self.tr("餘額")]
        )
        self.ledger.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledger.verticalHeader().setVisible(False)
        header = self.ledger.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        column_layout(
            self,
            title,
            self.balance_label,
            self.track_label,
            self.granted_label,
            self.rule_label,
            deadlines,
            rules,
            (self.ledger, 1),
        )

    def _rules(self, programme: Programme, terms: PavilionTerms | None) -> str:
        """The validity rules of this member's grant, with the programme's own figures."""
        first_use = terms.first_use_months if terms else programme.first_use_months
        validity = terms.validity_months if terms else programme.validity_months
        month_rules = (
            (
                first_use,
                self.tr(
                    "• {months}個月：獲發點數後{months}個月內完全沒有使用任何點數，點數會全數"
                    "返還系統；之後可以在這裡重新開通點數，每次返還後都可以再開通。"
                ),
            ),
            (
                validity,
                self.tr(
                    "• {months}個月：點數須在獲發日起{months}個月內用完；期限過後，沒用完的點數"
                    "會被收回，收回後不能再申請（仍可自費全額購買方案）。"
                ),
            ),
        )
        # A programme without a first-use or validity period shows no line for it.
        lines = [rule.format(months=months) for months, rule in month_rules if months is not None]
        if terms is not None and terms.use_by is not None:
            lines.append(
                self.tr("• 計畫期限：點數須在 {day} 以前使用。").format(day=day_text(terms.use_by))
            )
        lines.append(
            self.tr(
                "• 退訂返還的點數：可使用到原本的使用期限或「返還日起{days}個工作天」，"
                "以較晚者為準；計畫結束或補助額度用罄後退訂，點數不再返還。"
            ).format(days=programme.return_extension_working_days)
        )
        lines.append(
            self.tr("• 期限當天仍可使用；到期前{days}天起，這裡與桌面通知會提醒您。").format(
                days=POINTS_WARNING_DAYS
            )
        )
        return "\n".join(lines)

    def _track(self, points: PointsSummary, terms: PavilionTerms | None) -> str:
        """Which grant this is: 工業館 points name their cap, ratio and where they apply."""
        if points.pavilion is not Pavilion.INDUSTRY:
            return ""
        cap = points.points_cap or (terms.points_cap if terms else None)
        return self.tr("工業館點數：上限 {cap}，只能用於工業館的方案。").format(
            cap=points_amount(cap) if cap is not None else "—"
        )

    def show_snapshot(self, snapshot: MemberSnapshot) -> None:
        """Show the points of one refresh."""
        points = snapshot.points
        programme = snapshot.programme
        grant = points.pavilion or Pavilion.GENERAL
        terms = programme.terms(grant) if programme.has_pavilion(grant) else None
        state = points_deadlines_view(points, snapshot.today, self._calendar)
        self.balance_label.setText(
            self.tr("可用點數：{balance}").format(balance=points_amount(points.balance))
        )
        track = self._track(points, terms)
        self.track_label.setText(track)
        self.track_label.setVisible(bool(track))
        self.rules_text.setText(self._rules(programme, terms))
        if points.granted_on is not None:
            self.granted_label.setText(
                self.tr("獲發點數：{granted}，獲發日：{day}").format(
                    granted=points_amount(points.granted), day=day_text(points.granted_on)
                )
            )
        else:
            self.granted_label.setText(self.tr("尚未獲發點數。"))
        # the rule in force, as the platform states it for this grant (never assumed 1:1)
        self.rule_label.setText(
            self.tr(
                "{pavilion}點數：每筆訂單依 自付款 : 點數 = {ratio} 折抵，以可用點數為限；"
                "點數不足的部分由您自付。"
            ).format(pavilion=pavilion_text(points.pavilion), ratio=points.ratio)
            if points.ratio
            else ""
        )
        self.rule_label.setVisible(bool(points.ratio))
        self.first_use_label.setText(
            outcome_line(state.first_use, state.first_use_outcome) if state.first_use else ""
        )
        # 工業館 grants have no 1-month first-use rule: no line for it.
        self.first_use_label.setVisible(state.first_use is not None)
        self.expiry_label.setText(
            outcome_line(state.expiry, state.expiry_outcome) if state.expiry else ""
        )
        warnings: list[str] = []
        for deadline in state.warnings():
            if deadline.name is DeadlineName.FIRST_USE_BY:
                warnings.append(
                    self.tr("請在 {day} 以前使用點數，否則點數會全數返還系統。").format(
                        day=day_text(deadline.due)
                    )
                )
            else:
                warnings.append(
                    self.tr(
                        "{points}將於 {day} 到期，沒用完的點數會被收回，且不得再次申請。"
                    ).format(points=points_amount(points.balance), day=day_text(deadline.due))
                )
        if points.can_reapply:
            warnings.append(
                self.tr(
                    "點數已返還系統，您可以按「重新開通點數」再次取得點數；"
                    "也可以不使用點數，自費全額購買方案。"
                )
            )
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))
        self.reapply_button.setVisible(points.can_reapply)

        entries = list(reversed(points.ledger))
        self.ledger.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            amount = f"{entry.amount:+,}"
            if entry.order_id:
                kind = self.tr("{kind}（訂單 {order}）").format(
                    kind=ledger_text(entry.kind.value), order=entry.order_id
                )
            else:
                kind = ledger_text(entry.kind.value)
            for column, text in enumerate(
                (moment_text(entry.at), kind, amount, f"{entry.balance_after:,}")
            ):
                self.ledger.setItem(row, column, QTableWidgetItem(text))
