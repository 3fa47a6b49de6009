"""Per-dimension scores as a horizontal bar chart painted with QPainter (no QtCharts)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#2b6cb0")
TRACK_COLOUR = QColor("#e6ecf4")
TEXT_COLOUR = QColor("#222222")
MAX_SCORE = 100


class ScoreChart(QWidget):
    """Bars of 0–100 scores, one row per dimension, with the value at the bar's end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScoreChart")
        self._rows: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    @property
    def rows(self) -> list[tuple[str, int]]:
        """The (title, score) rows shown, in order."""
        return list(self._rows)

    def set_scores(self, rows: Sequence[tuple[str, int]]) -> None:
        """Show ``rows`` of (dimension title, score 0–100); scores outside are clamped."""
        self._rows = [(title, max(0, min(MAX_SCORE, int(score)))) for title, score in rows]
        summary = "；".join(f"{title} {score}" for title, score in self._rows)
        self.setAccessibleDescription(summary)
        self.setToolTip(summary)
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return QFontMetrics(self.font()).height() + 14

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """Tall enough for every row."""
        return QSize(520, max(1, len(self._rows)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        """At least every row, at a narrow width."""
        return QSize(320, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Draw label, track, bar and value of each row."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = max((metrics.horizontalAdvance(t) for t, _ in self._rows), default=0) + 16
        value_width = metrics.horizontalAdvance("100") + 12
        row_height = self._row_height()
        track_width = max(40.0, self.width() - label_width - value_width - 8)
        for index, (title, score) in enumerate(self._rows):
            top = 4 + index * row_height
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(0, top, label_width - 8, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                title,
            )
            bar_top = top + 5
            bar_height = row_height - 10
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK_COLOUR)
            painter.drawRoundedRect(QRectF(label_width, bar_top, track_width, bar_height), 3, 3)
            painter.setBrush(BAR_COLOUR)
            filled = track_width * score / MAX_SCORE
            if filled > 0:
                painter.drawRoundedRect(QRectF(label_width, bar_top, filled, bar_height), 3, 3)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(
                QRectF(label_width + track_width + 6, top, value_width, row_height),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                str(score),
            )
        painter.end()
