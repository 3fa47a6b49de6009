"""What a start-page choice shows at once while its page's modules load on a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ui.a11y import status_label


class LoadingPage(QWidget):
    """The chosen page's title and a moving bar, until the page itself is built."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LoadingPage")
        self.title = QLabel()
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        self.message = QLabel(self.tr("正在開啟，請稍候…"))
        self.message.setObjectName("Hint")
        status_label(self.message, self.tr("開啟狀態"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no end known: the bar moves until the page replaces it
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("正在開啟"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addStretch(1)

    def show_title(self, title: str) -> None:
        """Name the page being opened."""
        self.title.setText(title)
