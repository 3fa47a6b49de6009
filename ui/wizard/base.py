"""What every wizard page has: title, what is needed and what happens next, errors, buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.error_panel import ErrorPanel


class WizardPage(QWidget):
    """A page with a scrolling body; subclasses fill :attr:`body`."""

    back_requested = Signal()

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.intro = QLabel(intro)
        self.intro.setObjectName("PageSubtitle")
        self.intro.setWordWrap(True)
        inner = QWidget()
        inner.setObjectName("PageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area = scroll
        self.errors = ErrorPanel()
        self.busy = QLabel()
        self.busy.setObjectName("Hint")
        self.busy.setVisible(False)
        self.back_button = QPushButton(self.tr("上一步"))
        self.back_button.setAccessibleName(self.tr("上一步"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton(self.tr("下一步"))
        self.next_button.setObjectName("PrimaryButton")
        self.next_button.setDefault(True)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.back_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.busy)
        self.buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 20, 32, 16)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.errors)
        layout.addLayout(self.buttons)

    def set_busy(self, text: str | None) -> None:
        """Show what is going on and disable the buttons while a call runs."""
        self.busy.setText(text or "")
        self.busy.setVisible(bool(text))
        self.next_button.setEnabled(not text)
        self.back_button.setEnabled(not text)
        if text:
            self.errors.clear()

    def add_heading(self, text: str) -> QLabel:
        """A section heading in the body."""
        label = QLabel(text)
        label.setObjectName("SectionTitle")
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def add_paragraph(self, text: str, object_name: str = "") -> QLabel:
        """A wrapped paragraph in the body (selectable, so it can be read aloud or copied)."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if object_name:
            label.setObjectName(object_name)
        self.body.addWidget(label)
        return label
