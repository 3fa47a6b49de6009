"""Shows one typed error as title, what happened and what to do, from the error table."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QFrame, QLabel, QWidget

from ui.a11y import announce, make_alert
from ui.errors import ErrorText, describe
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import column_layout


class ErrorPanel(QFrame):
    """A calm box above the page's buttons; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ErrorPanel")
        make_alert(self)
        self.title = QLabel()
        self.title.setObjectName("ErrorTitle")
        self.text = wrapped_label()
        self.remedy = wrapped_label()
        self.details = wrapped_label()
        self.details.setVisible(False)
        labels = (self.title, self.text, self.details, self.remedy)
        column_layout(self, *labels, margins=(12, 8, 12, 8), spacing=2)
        self.code = ""
        self.setVisible(False)

    def show_error(self, error: BaseException, extra: Iterable[str] = ()) -> ErrorText:
        """Show ``error`` (through the one table), with optional extra lines (reasons)."""
        described = describe(error)
        self.code = str(getattr(error, "code", "UNKNOWN"))
        self.show_text(described, extra)
        return described

    def show_text(self, described: ErrorText, extra: Iterable[str] = ()) -> None:
        """Show an already described error."""
        self.title.setText(described.title)
        self.text.setText(described.text)
        self.remedy.setText(described.remedy)
        lines = [line for line in extra if line]
        self.details.setText("\n".join(f"• {line}" for line in lines))
        self.details.setVisible(bool(lines))
        self.setVisible(True)
        spoken = [described.text, *lines, described.remedy]
        announce(self, described.title, " ".join(part for part in spoken if part))

    def clear(self) -> None:
        """Hide the panel."""
        self.code = ""
        self.setVisible(False)
