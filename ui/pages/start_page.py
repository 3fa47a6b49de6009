"""Start page: new application, member login, help and diagnostics."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.a11y import status_label
from ui.widgets.choice_button import ChoiceButton
from ui.widgets.labels import wrapped_label


class StartPage(QWidget):
    """The first page every person sees."""

    new_application_requested = Signal()
    member_login_requested = Signal()
    help_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartPage")

        title = QLabel(self.tr("臺灣雲市集 數位點數申請"))
        title.setObjectName("PageTitle")
        subtitle = QLabel(
            self.tr(
                "中小企業、合作社與社會創新組織可申請數位點數，折抵購買雲端解決方案。"
                "請選擇要做的事："
            )
        )
        subtitle.setObjectName("PageSubtitle")
        subtitle.setWordWrap(True)

        self.new_button = self._action(
            self.tr("新申請"),
            self.tr("輸入統一編號，驗證身分，完成授權、聲明與數位自評，取得點數"),
            "Ctrl+N",
        )
        self.login_button = self._action(
            self.tr("會員登入"),
            self.tr("查看點數、選購方案、追蹤訂單、付款、發票與退訂"),
            "Ctrl+L",
        )
        self.help_button = self._action(
            self.tr("說明與診斷"),
            self.tr("各驗證方式需要什麼、常見問題，以及讀卡機與卡片的檢查"),
            "F1",
        )
        self.new_button.clicked.connect(self.new_application_requested)
        self.login_button.clicked.connect(self.member_login_requested)
        self.help_button.clicked.connect(self.help_requested)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(14)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(12)
        for button in (self.new_button, self.login_button, self.help_button):
            layout.addWidget(button)
        layout.addStretch(1)
        self.platform_status = wrapped_label("Hint")
        status_label(self.platform_status, self.tr("平台狀態"))
        layout.addWidget(self.platform_status)
        self.setTabOrder(self.new_button, self.login_button)
        self.setTabOrder(self.login_button, self.help_button)

    def _action(self, label: str, detail: str, shortcut: str) -> ChoiceButton:
        button = ChoiceButton(label, detail)
        button.setObjectName("StartAction")
        button.setShortcut(shortcut)
        button.setMinimumHeight(72)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        return button

    def set_platform_status(self, text: str) -> None:
        """Show where the client is connected (or why it is not)."""
        self.platform_status.setText(text)
