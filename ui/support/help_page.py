"""Help per verification method: what you need, common errors and how to fix them.

The texts come from the help catalogue (``app.support.help``), in the seed documents'
words; diagnostics take their remedies from the same catalogue.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.subsidy.enums import VerificationMethod
from app.support.help import HelpCatalogue, HelpContentError, MethodHelp, load_help
from ui.widgets.lists import wrapped_list

KEYBOARD_ENTRY = "keyboard"
"""The help list's last entry: the keyboard shortcuts, not a verification method."""


def ui_language() -> str:
    """``"en"`` when the application runs in English, otherwise ``"zh_TW"``."""
    return "en" if QLocale().language() == QLocale.Language.English else "zh_TW"


def link_html(url: str, text: str | None = None) -> str:
    """An HTML link to ``url``, showing ``text`` (the address itself when None)."""
    href = html.escape(url, quote=True)
    return f'<a href="{href}">{href if text is None else html.escape(text)}</a>'


class HelpPage(QWidget):
    """A list of verification methods and, for the chosen one, its help text."""

    def __init__(
        self,
        catalogue: HelpCatalogue | None = None,
        *,
        language: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HelpPage")
        self.language = language or ui_language()
        self.error: str | None = None
        try:
            self.catalogue: HelpCatalogue | None = catalogue or load_help()
        except HelpContentError as exc:
            self.catalogue = None
            self.error = str(exc)

        self.methods = wrapped_list("HelpMethods", self.tr("驗證方式"))
        self.methods.setMaximumWidth(300)
        self.browser = QTextBrowser()
        self.browser.setObjectName("HelpText")
        self.browser.setAccessibleName(self.tr("說明內容"))
        self.browser.setOpenExternalLinks(True)
        method_label = QLabel(self.tr("驗證方式"))
        method_label.setBuddy(self.methods)

        left = QVBoxLayout()
        left.addWidget(method_label)
        left.addWidget(self.methods, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addWidget(self.browser, 1)

        if self.catalogue is None:
            self.methods.setEnabled(False)
            self.browser.setPlainText(
                self.tr("說明內容無法載入：{error}").format(error=self.error or "")
            )
            return
        for method in self.catalogue.methods.values():
            item = QListWidgetItem(method.name.get(self.language))
            item.setData(Qt.ItemDataRole.UserRole, method.method.value)
            self.methods.addItem(item)
        keys = QListWidgetItem(self.tr("鍵盤操作與快速鍵"))
        keys.setData(Qt.ItemDataRole.UserRole, KEYBOARD_ENTRY)
        self.methods.addItem(keys)
        self.methods.currentRowChanged.connect(self._show_row)
        self.methods.setCurrentRow(0)

    def show_method(self, method: VerificationMethod | str) -> None:
        """Select ``method`` and show its help."""
        for row in range(self.methods.count()):
            item = self.methods.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == VerificationMethod(method).value:
                self.methods.setCurrentRow(row)
                return

    def _show_row(self, row: int) -> None:
        if self.catalogue is None or row < 0:
            return
        value = self.methods.item(row).data(Qt.ItemDataRole.UserRole)
        if value == KEYBOARD_ENTRY:
            self.browser.setHtml(self.keyboard_html())
            return
        self.browser.setHtml(self.method_html(self.catalogue.method(str(value))))

    def keyboard_html(self) -> str:
        """Every keyboard shortcut of the application, for people who do not use a mouse."""
        rows = [
            ("Tab / Shift+Tab", self.tr("到下一個 / 上一個可操作的項目（依閱讀順序）")),
            ("Enter", self.tr("按下目前的按鈕；在欄位中則按下頁面的主要按鈕")),
            ("Space", self.tr("勾選或按下目前的項目")),
            ("Alt+N", self.tr("頁面的主要按鈕（下一步、簽署、送出）")),
            ("Alt+B", self.tr("上一步")),
            ("Alt+L", self.tr("查詢統一編號")),
            ("1–9", self.tr("自評檢測：選擇第幾個答案；單選題選好後自動到下一題")),
            ("Ctrl+N", self.tr("首頁：新申請")),
            ("Ctrl+L", self.tr("首頁：會員登入")),
            ("F1", self.tr("首頁：說明與診斷")),
            ("Ctrl+F1", self.tr("任何頁面：說明與診斷")),
            ("Alt+Left", self.tr("說明與診斷：返回首頁")),
            ("F5", self.tr("會員中心與診斷：重新整理")),
            ("Ctrl+Shift+P", self.tr("遠端協助隱私模式開關")),
            ("Ctrl+Shift+E", self.tr("公用電腦：結束使用並清除資料")),
            ("Ctrl+T", self.tr("訓練模式：開啟訓練面板並移到面板；Esc 回到主視窗")),
        ]
        items = "".join(
            f"<tr><td><b>{html.escape(key)}</b></td><td>{html.escape(what)}</td></tr>"
            for key, what in rows
        )
        title = html.escape(self.tr("鍵盤操作與快速鍵"))
        return f"<h2>{title}</h2><table cellpadding='4'>{items}</table>"

    def method_html(self, help_: MethodHelp) -> str:
        """The help of one method as HTML."""
        lang = self.language
        parts = [f"<h2>{html.escape(help_.name.get(lang))}</h2>"]
        if self.catalogue is not None:
            for note in self.catalogue.notes:
                parts.append(f"<p><b>{html.escape(note.get(lang))}</b></p>")
        needs_heading = html.escape(self.tr("需要準備"))
        parts.append(f"<h3>{needs_heading}</h3><ul>")
        for need in help_.needs:
            text = html.escape(need.text.get(lang))
            if need.link:
                text += " " + link_html(need.link, self.tr("下載"))
            parts.append(f"<li>{text}</li>")
        parts.append("</ul>")
        problems_heading = html.escape(self.tr("常見問題與處理方式"))
        parts.append(f"<h3>{problems_heading}</h3>")
        for problem in help_.problems:
            parts.append(f"<p><b>{html.escape(problem.title.get(lang))}</b><br>")
            parts.append(html.escape(problem.fix.get(lang)))
            if problem.link:
                parts.append("<br>" + link_html(problem.link))
            parts.append("</p>")
        return "".join(parts)
