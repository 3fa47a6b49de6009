"""Diagnostics page: what a helpdesk agent asks for, gathered off the GUI thread.

The collector (``app.support.diagnostics.collect``) runs on a worker; the page shows
versions, the smart-card service, readers, cards (holder masked), signers, platform
reachability, the log folder and every problem with its remedy in plain words. From
here the person copies the report, writes a support bundle and changes the log level.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.support.diagnostics import DiagnosticProbes, DiagnosticsReport, Problem, collect
from app.support.logs import TRAFFIC, LoggingConfigError, current_level, log_folder, set_level
from ui.a11y import status_label
from ui.async_bridge import run_in_background
from ui.support.help_page import link_html, ui_language
from ui.widgets.buttons import push_button
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import Stretch, column_layout, row_layout
from ui.widgets.lists import wrap_tree_items

if TYPE_CHECKING:
    # The probes (requests, the card layer) and the bundle writer load on the worker that
    # first uses them, not before the main window's first paint.
    from app.support.bundle import BundleResult

log = logging.getLogger(__name__)
T = TypeVar("T")

ProbesFactory = Callable[[], DiagnosticProbes]
SettingsProvider = Callable[[], Mapping[str, Any]]

# Probes have their own network timeouts; this only catches a driver call that hangs.
DIAGNOSTICS_TIMEOUT_MS = 45_000
LOG_LEVELS = (
    ("TRAFFIC", TRAFFIC),
    ("DEBUG", logging.DEBUG),
    ("INFO", logging.INFO),
    ("WARNING", logging.WARNING),
    ("ERROR", logging.ERROR),
)


def window_probes(
    *,
    training: bool,
    platform_url: Callable[[], str | None],
    virtual_readers: Callable[[], Any] | None = None,
) -> ProbesFactory:
    """Probes of this machine as the running window sees it.

    ``virtual_readers`` gives the training platform's in-process reader backend (or
    None before it exists), so training mode lists the embedded reader and demo cards.
    """

    def make() -> DiagnosticProbes:
        from app.support.probes import default_probes, production_store, training_probe

        store: Callable[[], Any] = production_store
        if training:
            from certs.testpki import training_trust_store

            store = training_trust_store
        readers = virtual_readers() if virtual_readers is not None else None
        return default_probes(
            training=training,
            platform_url=platform_url(),
            training_devices=training_probe(readers, store) if training and readers else None,
            trust_store=store,
        )

    return make


def _catching(work: Callable[[], T]) -> Callable[[], T | Exception]:
    """``work`` returning its exception as a value, without traceback: an expected
    failure then crosses back to the GUI thread without the worker's frames."""

    def run() -> T | Exception:
        try:
            return work()
        except Exception as exc:
            return exc.with_traceback(None)

    return run


class DiagnosticsPage(QWidget):
    """Runs the diagnostics on a worker and shows the report with its remedies."""

    report_ready = Signal(object)
    bundle_written = Signal(object)
    failed = Signal(str)

    def __init__(
        self,
        probes: ProbesFactory,
        *,
        settings: SettingsProvider | None = None,
        language: str | None = None,
        timeout_ms: int = DIAGNOSTICS_TIMEOUT_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("DiagnosticsPage")
        self._probes = probes
        self._settings = settings
        self.language = language or ui_language()
        self.report: DiagnosticsReport | None = None
        self._pending = False
        """A collector was started and has not returned (it may have outlived the watchdog)."""
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(timeout_ms)
        self._watchdog.timeout.connect(self._on_timeout)

        title = QLabel(self.tr("診斷"))
        title.setObjectName("PageTitle")
        self.status = wrapped_label("Hint")
        status_label(self.status, self.tr("診斷狀態"))
        self.training_note = wrapped_label(
            "Hint",
            text=self.tr("訓練模式：讀卡機清單包含內嵌的虛擬讀卡機與示範卡，它們不是真的硬體。"),
        )
        self.training_note.setVisible(False)

        self.refresh_button = QPushButton(self.tr("重新檢查"))
        self.refresh_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.refresh_button.setAccessibleName(self.tr("重新檢查電腦、讀卡機與平台連線"))
        self.copy_button = QPushButton(self.tr("複製診斷資訊"))
        self.copy_button.setAccessibleName(self.tr("把診斷報告複製到剪貼簿"))
        self.bundle_button = QPushButton(self.tr("建立支援檔案…"))
        self.bundle_button.setAccessibleName(
            self.tr("建立給客服的支援檔案（已移除個人資料的診斷與記錄檔）")
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.copy_button.clicked.connect(self.copy_diagnostics)
        self.bundle_button.clicked.connect(self.create_bundle)
        buttons = row_layout(
            None, self.refresh_button, self.copy_button, self.bundle_button, Stretch(1)
        )

        self.problems = QTextBrowser()
        self.problems.setObjectName("DiagnosticsProblems")
        self.problems.setAccessibleName(self.tr("發現的問題與處理方式"))
        self.problems.setOpenExternalLinks(True)
        self.details = QTreeWidget()
        self.details.setObjectName("DiagnosticsDetails")
        self.details.setAccessibleName(self.tr("診斷詳細資料"))
        self.details.setColumnCount(2)
        self.details.setHeaderLabels([self.tr("項目"), self.tr("內容")])
        self.details.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        wrap_tree_items(self.details)
        problems_label = QLabel(self.tr("發現的問題與處理方式"))
        problems_label.setBuddy(self.problems)
        details_label = QLabel(self.tr("詳細資料"))
        details_label.setBuddy(self.details)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(problems_label)
        top_layout.addWidget(self.problems)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(details_label)
        bottom_layout.addWidget(self.details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)

        self.log_folder = log_folder()
        self.log_label = wrapped_label(
            text=self.tr("記錄檔資料夾：{path}").format(path=self.log_folder)
        )
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_logs_button = push_button(
            self.tr("開啟記錄檔資料夾"),
            self.open_log_folder,
            accessible_name=self.tr("在檔案總管中開啟記錄檔資料夾"),
        )
        self.level_combo = QComboBox()
        self.level_combo.setObjectName("LogLevel")
        self.level_combo.setAccessibleName(self.tr("記錄層級"))
        self.level_combo.setToolTip(
            self.tr(
                "TRAFFIC 會記下與讀卡機、平台往來的內容（個人資料已移除），只在客服要求時使用。"
            )
        )
        for name, number in LOG_LEVELS:
            self.level_combo.addItem(name, number)
        self._show_level(current_level())
        self.level_combo.activated.connect(self._level_chosen)
        level_label = QLabel(self.tr("記錄層級"))
        level_label.setBuddy(self.level_combo)
        log_row = QHBoxLayout()
        log_row.addWidget(self.log_label, 1)
        log_row.addWidget(self.open_logs_button)
        log_row.addSpacing(12)
        log_row.addWidget(level_label)
        log_row.addWidget(self.level_combo)

        column_layout(
            self,
            title,
            self.status,
            self.training_note,
            buttons,
            (splitter, 1),
            log_row,
            margins=(24, 16, 24, 16),
        )
        self._update_buttons()

    # --- running the collector ---------------------------------------------------------
    @property
    def running(self) -> bool:
        """A collection runs and its time is not up yet."""
        return self._watchdog.isActive()

    def _collector_returned(self) -> None:
        self._pending = False
        self._watchdog.stop()

    def refresh(self) -> None:
        """Collect a new report on a worker thread (ignored while one is running)."""
        if self.running:
            return
        if self._pending:
            # One hung collector is enough: never tie up a second worker thread.
            self.status.setText(
                self.tr(
                    "上一次的檢查還沒有結束（讀卡機或驅動程式沒有回應）。"
                    "請拔下讀卡機再插上，稍候再按「重新檢查」。"
                )
            )
            return
        self._pending = True
        self._watchdog.start()
        self.status.setText(self.tr("正在檢查電腦、讀卡機、卡片與平台連線…"))
        self._update_buttons()
        probes = self._probes
        run_in_background(
            _catching(lambda: collect(probes())),
            self._on_report,
            self._on_collect_failed,
        )

    def _on_timeout(self) -> None:
        # A driver call that never returns (a hung reader) must not lock the page.
        log.warning("diagnostics still running after %d ms", self._watchdog.interval())
        text = self.tr(
            "檢查超過時間仍未完成，可能是讀卡機或驅動程式沒有回應。"
            "請拔下讀卡機再插上後按「重新檢查」；若仍如此，請重新開機。"
        )
        self.status.setText(text)
        self._update_buttons()
        self.failed.emit(text)

    def _on_report(self, report: DiagnosticsReport | Exception) -> None:
        if isinstance(report, Exception):
            self._on_collect_failed(report)
            return
        self._collector_returned()
        self.report = report
        self.show_report(report)
        self._update_buttons()
        self.report_ready.emit(report)

    def _on_collect_failed(self, error: BaseException) -> None:
        self._collector_returned()
        log.warning("diagnostics failed: %s", type(error).__name__)
        text = self.tr("無法完成診斷（{error}）。請再試一次；若仍失敗，請聯絡客服。").format(
            error=type(error).__name__
        )
        self.status.setText(text)
        self._update_buttons()
        self.failed.emit(text)

    def _update_buttons(self) -> None:
        self.refresh_button.setEnabled(not self.running)
        self.copy_button.setEnabled(self.report is not None and not self.running)
        self.bundle_button.setEnabled(not self.running)

    # --- rendering ---------------------------------------------------------------------
    def show_report(self, report: DiagnosticsReport) -> None:
        """Show ``report``: problems with remedies, then every section in detail."""
        errors = sum(1 for p in report.problems if p.severity == "error")
        warnings = sum(1 for p in report.problems if p.severity == "warning")
        if errors or warnings:
            self.status.setText(
                self.tr("檢查完成：{errors} 個錯誤、{warnings} 個警告。請依下方說明處理。").format(
                    errors=errors, warnings=warnings
                )
            )
        elif report.problems:
            # Only hints: nothing to fix, but the list below is not empty (it said "no
            # problems found" above a list headed 發現的問題).
            self.status.setText(
                self.tr("檢查完成：沒有需要處理的問題；下方有 {hints} 則提示可參考。").format(
                    hints=len(report.problems)
                )
            )
        else:
            self.status.setText(self.tr("檢查完成：沒有發現需要處理的問題。"))
        training = report.app is not None and report.app.training
        self.training_note.setVisible(training)
        self.problems.setHtml(self._problems_html(report.problems))
        self._fill_details(report)
        if report.app is not None:
            self.log_folder = Path(report.app.log_folder)
            self.log_label.setText(self.tr("記錄檔資料夾：{path}").format(path=self.log_folder))

    def clear_report(self) -> None:
        """Forget the shown report (a kiosk session ended); the next visit collects anew."""
        self.report = None
        self.problems.clear()
        self.details.clear()
        self.status.clear()
        self.training_note.setVisible(False)
        self._update_buttons()

    def _problems_html(self, problems: list[Problem]) -> str:
        if not problems:
            nothing = html.escape(self.tr("沒有發現問題。"))
            return f"<p>{nothing}</p>"
        english = self.language.startswith("en")
        severity = {
            "error": ("#b00020", self.tr("錯誤")),
            "warning": ("#8a5a00", self.tr("警告")),
            "info": ("#555555", self.tr("提示")),
        }
        parts: list[str] = []
        for problem in problems:
            colour, word = severity[problem.severity]
            title = problem.title_en if english else problem.title_zh
            remedy = problem.remedy_en if english else problem.remedy_zh
            parts.append(
                f'<p><span style="color:{colour}"><b>[{html.escape(word)}] '
                f"{html.escape(title)}</b></span><br>"
            )
            parts.append(html.escape(self.tr("處理方式：{remedy}").format(remedy=remedy)))
            if problem.detail:
                parts.append(
                    "<br><small>"
                    + html.escape(self.tr("細節：{detail}").format(detail=problem.detail))
                    + "</small>"
                )
            if problem.link:
                parts.append("<br>" + link_html(problem.link))
            parts.append("</p>")
        return "".join(parts)

    def _fill_details(self, report: DiagnosticsReport) -> None:
        self.details.clear()
        labels = self._field_labels()
        sections: list[tuple[str, Any]] = [
            (self.tr("程式"), report.app),
            (self.tr("系統與智慧卡服務"), report.system),
            (self.tr("讀卡機"), report.readers),
            (self.tr("憑證卡"), report.cards),
            (self.tr("簽章元件"), report.signers),
            (self.tr("平台連線"), report.platform),
        ]
        for title, content in sections:
            top = QTreeWidgetItem([title, ""])
            self.details.addTopLevelItem(top)
            if content is None or content == []:
                top.setText(1, self.tr("（無）"))
            elif isinstance(content, list):
                for entry in content:
                    data = asdict(entry)
                    child = QTreeWidgetItem([self._entry_title(data), ""])
                    top.addChild(child)
                    self._add_fields(child, data, labels)
            else:
                self._add_fields(top, asdict(content), labels)
            top.setExpanded(True)

    def _entry_title(self, data: dict[str, Any]) -> str:
        if "holder" in data:
            source = self.tr("示範卡") if data.get("source") == "training" else self.tr("卡片")
            return f"{source}：{data['kind']} {data['holder']}"
        if data.get("source") == "training":
            return self.tr("{name}（訓練用虛擬讀卡機）").format(name=data["name"])
        if data.get("virtual"):  # a virtual reader the OS smart-card stack lists (vpcd)
            return self.tr("{name}（系統的虛擬讀卡機）").format(name=data["name"])
        return str(data.get("name", ""))

    def _add_fields(
        self, parent: QTreeWidgetItem, data: dict[str, Any], labels: dict[str, str]
    ) -> None:
        for key, value in data.items():
            if isinstance(value, dict):
                child = QTreeWidgetItem([labels.get(key, key), ""])
                parent.addChild(child)
                self._add_fields(child, value, labels)
                child.setExpanded(True)
                continue
            item = QTreeWidgetItem([labels.get(key, key), self._value_text(key, value)])
            item.setToolTip(1, item.text(1))
            parent.addChild(item)

    def _value_text(self, key: str, value: object) -> str:
        if value is None:
            return "—"
        if isinstance(value, bool):
            return self.tr("是") if value else self.tr("否")
        if isinstance(value, list):
            return ", ".join(str(v) for v in value) or "—"
        if key == "state":
            states = {
                "running": self.tr("執行中"),
                "on_demand": self.tr("需要時自動啟動"),
                "stopped": self.tr("已停止"),
                "not_installed": self.tr("未安裝"),
                "unknown": self.tr("不明"),
            }
            return states.get(str(value), str(value))
        if key == "clock_skew_seconds":
            return self.tr("{n} 秒").format(n=value)
        if key == "latency_ms":
            return self.tr("{n} 毫秒").format(n=value)
        if key == "days_to_expiry":
            return self.tr("{n} 天").format(n=value)
        return str(value)

    def _field_labels(self) -> dict[str, str]:
        return {
            "name": self.tr("名稱"),
            "version": self.tr("版本"),
            "python": "Python",
            "qt": "Qt (PySide6)",
            "training": self.tr("訓練模式"),
            "log_folder": self.tr("記錄檔資料夾"),
            "log_level": self.tr("記錄層級"),
            "privacy_mode": self.tr("隱私模式"),
            "frozen": self.tr("安裝版"),
            "keyring": self.tr("憑據保存"),
            "os": self.tr("作業系統"),
            "os_release": self.tr("版本"),
            "os_version": self.tr("組建"),
            "machine": self.tr("硬體架構"),
            "locale": self.tr("地區設定"),
            "timezone": self.tr("時區"),
            "local_time": self.tr("電腦時間"),
            "smartcard_service": self.tr("智慧卡服務"),
            "state": self.tr("狀態"),
            "detail": self.tr("說明"),
            "virtual": self.tr("虛擬讀卡機"),
            "card_present": self.tr("已插卡"),
            "atr": "ATR",
            "connect": self.tr("連線結果"),
            "pinpad": self.tr("有按鍵（PIN pad）"),
            "features": self.tr("功能"),
            "reader": self.tr("讀卡機"),
            "kind": self.tr("卡別"),
            "holder": self.tr("持卡人（已遮蔽）"),
            "serial": self.tr("卡號（已遮蔽）"),
            "not_before": self.tr("生效日"),
            "not_after": self.tr("到期日"),
            "days_to_expiry": self.tr("距到期"),
            "chain": self.tr("憑證鏈檢查"),
            "source": self.tr("來源"),
            "available": self.tr("可使用"),
            "location": self.tr("位置"),
            "url": self.tr("平台網址"),
            "embedded": self.tr("內嵌訓練平台"),
            "reachable": self.tr("可連線"),
            "http_status": self.tr("HTTP 狀態"),
            "tls_verified": self.tr("TLS 憑證已驗證"),
            "tls_detail": self.tr("TLS 說明"),
            "proxy": self.tr("Proxy"),
            "server_time": self.tr("平台時間"),
            "clock_skew_seconds": self.tr("時間差"),
            "latency_ms": self.tr("回應時間"),
        }

    # --- actions -----------------------------------------------------------------------
    def report_text(self) -> str:
        """The current report as plain text (redacted), or empty before the first run."""
        return self.report.to_text(self.language) if self.report is not None else ""

    def copy_diagnostics(self) -> None:
        """Put the text rendering of the report on the clipboard."""
        if self.report is None:
            return
        QGuiApplication.clipboard().setText(self.report_text())
        self.status.setText(self.tr("已複製診斷資訊，可以貼到郵件或客服對話中。"))

    def choose_bundle_path(self) -> Path | None:
        """Ask where to save the support bundle (None when cancelled)."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("建立支援檔案"),
            str(Path.home() / "tcloud-support.zip"),
            self.tr("Zip 壓縮檔 (*.zip)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".zip")

    def create_bundle(self) -> None:
        """Ask where to save, then write the support bundle on a worker thread."""
        target = self.choose_bundle_path()
        if target is None:
            return
        report = self.report
        settings = dict(self._settings()) if self._settings is not None else None
        self.bundle_button.setEnabled(False)
        self.status.setText(self.tr("正在建立支援檔案…"))

        def work() -> BundleResult:
            from app.support.bundle import build_support_bundle

            return build_support_bundle(target, report=report, settings=settings)

        run_in_background(_catching(work), self._on_bundle, self._on_bundle_failed)

    def _on_bundle(self, result: BundleResult | Exception) -> None:
        if isinstance(result, Exception):
            self._on_bundle_failed(result)
            return
        self._update_buttons()
        self.status.setText(
            self.tr("支援檔案已建立：{path}。個人資料已移除，可以寄給客服。").format(
                path=result.path
            )
        )
        self.bundle_written.emit(result)

    def _on_bundle_failed(self, error: BaseException) -> None:
        from app.support.bundle import BundleError

        self._update_buttons()
        if isinstance(error, BundleError):
            text = self.tr("無法建立支援檔案：{reason}。請選擇其他資料夾再試。").format(
                reason=error
            )
        else:
            log.warning("support bundle failed: %s", type(error).__name__)
            text = self.tr("無法建立支援檔案（{error}）。請選擇其他資料夾再試。").format(
                error=type(error).__name__
            )
        self.status.setText(text)
        self.failed.emit(text)

    def open_folder(self, folder: Path) -> bool:
        """Open ``folder`` in the file manager; False when that failed."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def open_log_folder(self) -> None:
        """Open the log folder in the file manager."""
        if not self.open_folder(self.log_folder):
            self.status.setText(
                self.tr("無法開啟資料夾，請自行前往：{path}").format(path=self.log_folder)
            )

    def _show_level(self, number: int) -> None:
        index = self.level_combo.findData(number)
        if index < 0:
            self.level_combo.addItem(logging.getLevelName(number), number)
            index = self.level_combo.count() - 1
        self.level_combo.setCurrentIndex(index)

    def _level_chosen(self, index: int) -> None:
        self.set_log_level(str(self.level_combo.itemText(index)))

    def set_log_level(self, name: str) -> None:
        """Change the log level now (``TRAFFIC`` records card and platform exchanges)."""
        try:
            number = set_level(name)
        except LoggingConfigError as exc:
            self.status.setText(self.tr("記錄層級無法設定：{error}").format(error=exc))
            self._show_level(current_level())
            return
        self._show_level(number)
        log.info("log level set to %s", logging.getLevelName(number))
        self.status.setText(
            self.tr("記錄層級已改為 {level}。").format(level=logging.getLevelName(number))
        )
