"""Main window: mode banners on top, one page at a time below."""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.cli import LaunchOptions
from ui.async_bridge import run_in_background
from ui.errors import describe
from ui.pages.start_page import StartPage

log = logging.getLogger(__name__)


class RunningPlatform(Protocol):
    """What the window needs of an embedded training platform."""

    base_url: str

    def stop(self) -> None: ...


def _start_training_platform() -> RunningPlatform:
    # Imported here, on a worker thread, so the sandbox's imports never delay the first paint.
    from sandbox.embedded import start_embedded

    return start_embedded(database="sqlite://")


class _Banner(QFrame):
    def __init__(self, object_name: str, text: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.label = QLabel(text)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)


class MainWindow(QMainWindow):
    """Top-level window of the desktop client."""

    platform_ready = Signal(str)
    platform_failed = Signal(str)

    def __init__(self, options: LaunchOptions) -> None:
        super().__init__()
        self.options = options
        self.platform: RunningPlatform | None = None
        self.platform_url: str | None = options.platform_url
        self.setWindowTitle(self.tr("臺灣雲市集 數位點數申請"))
        self.resize(1100, 760)
        self.setMinimumSize(800, 600)

        self.training_banner = _Banner(
            "TrainingBanner",
            self.tr("訓練模式：這是練習用的訓練平台，卡片、資料與點數都不是真的。"),
        )
        self.training_banner.setVisible(options.platform_url is None)
        self.privacy_banner = _Banner(
            "PrivacyBanner",
            self.tr("遠端協助隱私模式：身分證字號、電話、電子郵件、生日與卡號已遮蔽。"),
        )
        self.privacy_banner.setVisible(options.privacy)

        self.pages = QStackedWidget()
        self.start_page = StartPage()
        self.pages.addWidget(self.start_page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.training_banner)
        layout.addWidget(self.privacy_banner)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        if options.platform_url is None:
            self.start_page.set_platform_status(self.tr("訓練平台啟動中…"))
        else:
            self.start_page.set_platform_status(
                self.tr("平台：{url}").format(url=options.platform_url)
            )

    # --- training platform ---------------------------------------------------------------
    def start_training_platform(self) -> None:
        """Start the embedded training platform on a worker; call after the first paint."""
        if self.options.platform_url is not None or self.platform is not None:
            return
        run_in_background(
            _start_training_platform, self._on_platform_started, self._on_platform_failed
        )

    def _on_platform_started(self, platform: RunningPlatform) -> None:
        self.platform = platform
        self.platform_url = platform.base_url
        self.start_page.set_platform_status(
            self.tr("已連線到訓練平台（{url}）").format(url=platform.base_url)
        )
        self.platform_ready.emit(platform.base_url)

    def _on_platform_failed(self, error: BaseException) -> None:
        log.error("training platform did not start: %s", type(error).__name__)
        text = describe(error)
        self.start_page.set_platform_status(
            self.tr("訓練平台無法啟動：{text} {remedy}").format(text=text.text, remedy=text.remedy)
        )
        self.platform_failed.emit(text.text)

    def shutdown(self) -> None:
        """Stop what the window started; safe to call more than once."""
        platform, self.platform = self.platform, None
        if platform is not None:
            platform.stop()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.shutdown()
        super().closeEvent(event)
