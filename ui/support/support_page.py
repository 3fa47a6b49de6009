"""The 說明與診斷 page: help per verification method and the diagnostics, in two tabs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ui.support.diagnostics_page import DiagnosticsPage
from ui.support.help_page import HelpPage


class SupportPage(QWidget):
    """Help and diagnostics; diagnostics run the first time their tab is opened."""

    back_requested = Signal()

    def __init__(
        self, help_page: HelpPage, diagnostics: DiagnosticsPage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SupportPage")
        self.help_page = help_page
        self.diagnostics = diagnostics
        self.tabs = QTabWidget()
        self.tabs.setObjectName("SupportTabs")
        self.tabs.setAccessibleName(self.tr("說明與診斷"))
        self.help_index = self.tabs.addTab(help_page, self.tr("說明"))
        self.diagnostics_index = self.tabs.addTab(diagnostics, self.tr("診斷"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.back_button = QPushButton(self.tr("返回首頁"))
        self.back_button.setAccessibleName(self.tr("返回首頁"))
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.back_button.clicked.connect(self.back_requested)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

    def set_back_to_start(self, to_start: bool) -> None:
        """Name the back button after where it goes: the start page, or the page the help
        was opened over (nothing typed there is lost)."""
        text = self.tr("返回首頁") if to_start else self.tr("返回上一頁")
        self.back_button.setText(text)
        self.back_button.setAccessibleName(text)

    def show_help(self) -> None:
        """Open the help tab."""
        self.tabs.setCurrentIndex(self.help_index)

    def show_diagnostics(self) -> None:
        """Open the diagnostics tab (running them if they never ran)."""
        self.tabs.setCurrentIndex(self.diagnostics_index)
        self._tab_changed(self.diagnostics_index)

    def _tab_changed(self, index: int) -> None:
        if (
            index == self.diagnostics_index
            and self.diagnostics.report is None
            and not self.diagnostics.running
        ):
            self.diagnostics.refresh()
