"""Diagnostics page: collected on a worker, shown with remedies, copied, bundled, log level."""

from __future__ import annotations

import json
import logging
import threading
import zipfile
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from painted import cut_items
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from support_fakes import HOLDER, SERIAL, FakeMachine

from app.support.diagnostics import DiagnosticProbes, ProblemList, ReaderInfo
from app.support.logs import TRAFFIC, current_level
from ui.style import STYLE_SHEET
from ui.support.diagnostics_page import DiagnosticsPage, window_probes


def _tree_texts(page: DiagnosticsPage) -> list[str]:
    texts: list[str] = []

    def walk(item: QTreeWidgetItem | None) -> None:
        assert item is not None
        texts.append(f"{item.text(0)}={item.text(1)}")
        for i in range(item.childCount()):
            walk(item.child(i))

    for i in range(page.details.topLevelItemCount()):
        walk(page.details.topLevelItem(i))
    return texts


@pytest.fixture
def restore_level() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    logging.getLogger().setLevel(level)


def _loaded(qtbot: QtBot, machine: FakeMachine, **kwargs: Any) -> DiagnosticsPage:
    page = DiagnosticsPage(machine.probes, language="zh_TW", **kwargs)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=10000):
        page.refresh()
        assert page.running
        assert not page.refresh_button.isEnabled()
    return page


def test_report_is_collected_off_the_gui_thread_and_shown(qtbot: QtBot) -> None:
    machine = FakeMachine()
    page = _loaded(qtbot, machine)
    assert threading.get_ident() not in machine.threads
    problems = page.problems.toPlainText()
    assert "[錯誤]" in problems
    assert "處理方式：" in problems
    assert "2 個錯誤、1 個警告" in page.status.text()
    tree = "\n".join(_tree_texts(page))
    assert "狀態=已停止" in tree
    assert "持卡人（已遮蔽）=歐○○雯" in tree
    assert "Proxy=http://proxy:8080" in tree
    assert "時間差=37 秒" in tree
    assert HOLDER not in tree
    assert SERIAL not in tree
    assert page.copy_button.isEnabled()


def test_copy_diagnostics_puts_the_text_report_on_the_clipboard(qtbot: QtBot) -> None:
    page = _loaded(qtbot, FakeMachine())
    QGuiApplication.clipboard().clear()
    page.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("tcloud-desktop diagnostics")
    assert "智慧卡服務" in text or "smartcard_service_stopped" in text
    assert HOLDER not in text


def test_support_bundle_is_written_where_chosen(qtbot: QtBot, tmp_path: Path) -> None:
    page = _loaded(qtbot, FakeMachine(), settings=lambda: {"language": "zh_TW"})
    target = tmp_path / "out" / "help.zip"
    page.choose_bundle_path = lambda: target
    with qtbot.waitSignal(page.bundle_written, timeout=10000) as blocker:
        page.bundle_button.click()
    assert blocker.args[0].path == target
    with zipfile.ZipFile(target) as zf:
        names = set(zf.namelist())
        report = json.loads(zf.read("diagnostics.json"))
    assert {"diagnostics.json", "diagnostics.txt", "settings.json", "manifest.json"} <= names
    assert report["system"]["smartcard_service"]["state"] == "stopped"
    assert str(target) in page.status.text()


def test_bundle_cancelled_or_unwritable(qtbot: QtBot, tmp_path: Path) -> None:
    page = _loaded(qtbot, FakeMachine())
    page.choose_bundle_path = lambda: None
    page.bundle_button.click()
    assert page.status.text().startswith("檢查完成")
    blocker_file = tmp_path / "file"
    blocker_file.write_text("x")
    page.choose_bundle_path = lambda: blocker_file / "sub" / "b.zip"
    with qtbot.waitSignal(page.failed, timeout=10000) as blocker:
        page.bundle_button.click()
    assert "無法建立支援檔案" in blocker.args[0]
    assert page.bundle_button.isEnabled()


def test_log_level_changes_at_run_time(qtbot: QtBot, restore_level: None) -> None:
    page = _loaded(qtbot, FakeMachine())
    names = [page.level_combo.itemText(i) for i in range(page.level_combo.count())]
    assert names[:3] == ["TRAFFIC", "DEBUG", "INFO"]
    page.level_combo.setFocus()
    page.level_combo.setCurrentIndex(0)
    page.level_combo.activated.emit(0)
    assert current_level() == TRAFFIC
    assert "TRAFFIC" in page.status.text()
    page.set_log_level("warning")
    assert current_level() == logging.WARNING
    assert page.level_combo.currentText() == "WARNING"
    page.set_log_level("LOUD")
    assert "記錄層級無法設定" in page.status.text()
    assert current_level() == logging.WARNING


def test_open_log_folder(qtbot: QtBot) -> None:
    page = _loaded(qtbot, FakeMachine())
    opened: list[Path] = []

    def opener(folder: Path) -> bool:
        opened.append(folder)
        return True

    page.open_folder = opener
    page.open_logs_button.click()
    assert opened == [Path("/l")]
    page.open_folder = lambda folder: False
    page.open_logs_button.click()
    assert "無法開啟資料夾" in page.status.text()


def test_a_hung_probe_does_not_lock_the_page(qtbot: QtBot) -> None:
    release = threading.Event()
    machine = FakeMachine()

    def probes() -> DiagnosticProbes:
        made = machine.probes()

        def hung_readers(_: ProblemList) -> list[ReaderInfo]:
            release.wait(10)
            return []

        return replace(made, readers=hung_readers)

    page = DiagnosticsPage(probes, language="zh_TW", timeout_ms=200)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.failed, timeout=5000) as blocker:
        page.refresh()
    assert "讀卡機或驅動程式沒有回應" in blocker.args[0]
    assert page.refresh_button.isEnabled()
    page.refresh_button.click()
    assert not page.running, "no second worker while the first one hangs"
    assert "上一次的檢查還沒有結束" in page.status.text()
    release.set()
    qtbot.waitUntil(lambda: page.report is not None, timeout=5000)


def test_a_failing_probe_factory_is_reported_in_words(qtbot: QtBot) -> None:
    def broken() -> DiagnosticProbes:
        raise OSError("no /proc")

    page = DiagnosticsPage(broken, language="zh_TW")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.failed, timeout=10000) as blocker:
        page.refresh()
    assert "無法完成診斷（OSError）" in blocker.args[0]
    assert page.refresh_button.isEnabled()


def test_training_mode_lists_the_virtual_reader_and_demo_cards(qtbot: QtBot) -> None:
    from certs.testpki import DemoPKI
    from sandbox.cardemu.card import EmulatedCard
    from sandbox.cardemu.inprocess import VirtualReaders

    readers = VirtualReaders()
    demo = DemoPKI.load().cards["moica-sme-owner"]
    readers.insert(EmulatedCard.from_demo_card(demo))
    made = window_probes(training=True, platform_url=lambda: None, virtual_readers=lambda: readers)
    assert made().training is not None
    # Only the embedded reader: the machine's own PC/SC readers (which the reader, card
    # and signer probes connect to) are not this test's subject.
    probes = replace(made(), readers=lambda _p: [], cards=lambda _p: [], signers=lambda _p: [])
    page = DiagnosticsPage(lambda: probes, language="zh_TW")
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.report_ready, timeout=30000):
        page.refresh()
    assert page.training_note.isVisible() or not page.isVisible()
    assert not page.training_note.isHidden()
    tree = "\n".join(_tree_texts(page))
    assert "（訓練用虛擬讀卡機）" in tree
    assert "示範卡：moica 王○明" in tree
    assert "示範卡：xca" in tree, "the demo cards the panel offers are listed too"
    assert "王大明" not in tree
    assert demo.card_serial not in tree
    assert "平台網址=embedded training platform" in tree


def test_hints_alone_are_not_called_no_problems_found(qtbot: QtBot) -> None:
    """A report with hints only (training mode: no pcscd, no HiPKI) says nothing needs
    fixing and that the hints below are worth a look, not "no problems found" above them."""
    page = _loaded(qtbot, FakeMachine())
    assert page.report is not None
    hints = ProblemList()
    hints.add("smartcard_service_stopped", "pcscd: no pcscd process", "info")
    page.show_report(replace(page.report, problems=hints.items()))
    assert page.status.text() == "檢查完成：沒有需要處理的問題；下方有 1 則提示可參考。"
    assert "no pcscd process" in page.problems.toPlainText()
    page.show_report(replace(page.report, problems=[]))
    assert page.status.text() == "檢查完成：沒有發現需要處理的問題。"


LONG_DETAILS = (
    (
        "name",
        "Alcor Micro USB Smart Card Reader 0 (Virtual PCD 00 00) 已連線；卡片：工商憑證 IC 卡",
    ),
    ("log_folder", "C:\\Users\\王大明\\AppData\\Local\\tcloud-desktop\\Logs\\2026-12"),
    (
        "remedy",
        "請確認讀卡機已插入 USB 連接埠，並在「服務」中將 Smart Card 服務設為自動啟動後重新檢查",
    ),
)


def test_every_detail_shows_whole_however_narrow_the_window(
    qtbot: QtBot, qapp: QApplication
) -> None:
    """A long value (a path, a reader's name, a remedy) wraps in its row instead of being
    cut with "…", at every width and after the window is resized."""
    qapp.setStyleSheet(STYLE_SHEET)
    try:
        page = _loaded(qtbot, FakeMachine())
        # values as long as a real machine's: a reader's full name, a log folder, a remedy
        extra = QTreeWidgetItem(["讀卡機 Readers", ""])
        page.details.addTopLevelItem(extra)
        for label, value in LONG_DETAILS:
            extra.addChild(QTreeWidgetItem([label, value]))
        page.details.expandAll()
        for width in (*range(420, 1000, 40), 700):
            page.resize(width, 700)
            # the rows are laid out again a moment after their column's width changes
            qtbot.waitUntil(lambda: not cut_items(page.details), timeout=3000)
    finally:
        qapp.setStyleSheet("")
