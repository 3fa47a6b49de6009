"""A large button with a title and a wrapping line of detail (the start page's choices)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

PADDING = (18, 14, 18, 14)
"""Left, top, right, bottom: as the style sheet's padding for the old one-line buttons."""


class ChoiceButton(QPushButton):
    """A push button whose two lines wrap to its width instead of being cut off.

    A QPushButton draws its text on one line per ``\\n``; a long English detail line was cut
    off in a narrow window. Here two word-wrapping labels draw the text and the button's
    size follows them; screen readers read the button's name (the title) and description.
    """

    def __init__(self, title: str, detail: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title)
        self.title_label.setObjectName("ChoiceTitle")
        self.detail_label = QLabel(detail)
        self.detail_label.setObjectName("ChoiceDetail")
        self.detail_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*PADDING)
        layout.setSpacing(2)
        for label in (self.title_label, self.detail_label):
            # The labels are the button's face: clicks, hover and focus belong to the button,
            # and a screen reader hears the button once, not its text three times.
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            label.setAccessibleName("")
            layout.addWidget(label)
        self.setAccessibleName(title)
        self.setAccessibleDescription(detail)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt override
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt override
        layout = self.layout()
        assert layout is not None
        return max(self.minimumHeight(), layout.totalHeightForWidth(width))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        layout = self.layout()
        assert layout is not None
        hint = layout.totalSizeHint()
        return QSize(hint.width(), self.heightForWidth(hint.width()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        layout = self.layout()
        assert layout is not None
        width = layout.totalMinimumSize().width()
        return QSize(width, self.heightForWidth(width))
