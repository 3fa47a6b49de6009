"""What a start-page choice shows at once while its page's modules load on a worker."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from ui.a11y import status_label
from ui.widgets.layouts import Stretch, column_layout


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
        column_layout(
            self,
            self.title,
            self.message,
            self.busy,
            Stretch(1),
            margins=(48, 36, 48, 36),
            spacing=14,
        )

    def show_title(self, title: str) -> None:
        """Name the page being opened."""
        self.title.setText(title)
