"""Screenshots of the help, diagnostics, privacy and kiosk screens (zh-TW), under Xvfb.

Each PNG lands in test-artifacts/screenshots/ for a person to look at.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from painted import wait_painted
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from support_fakes import FakeMachine
from support_session import options

from app.subsidy.enums import VerificationMethod
from app.support.kinds import DataKind
from app.support.kiosk import SessionJanitor
from ui.application import create_application
from ui.main_window import MainWindow
from ui.support.diagnostics_page import DiagnosticsPage, window_probes
from ui.support.help_page import HelpPage
from ui.support.kiosk import KioskController
from ui.support.privacy import MaskedLabel
from ui.support.support_page import SupportPage
from ui.support.wiring import install_support

pytestmark = pytest.mark.screenshot


def _save(qtbot: QtBot, widget: QWidget, folder: Path, name: str) -> Path:
    wait_painted(qtbot, widget)
    path = folder / f"support_{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000
    return path


def _app() -> None:
    create_application(options())


@pytest.mark.parametrize(
    "method",
    [VerificationMethod.MOEACA_CARD, VerificationMethod.MOICA_CARD, VerificationMethod.PHONE],
)
def test_screenshot_help(qtbot: QtBot, screenshot_dir: Path, method: VerificationMethod) -> None:
    _app()
    page = SupportPage(HelpPage(), DiagnosticsPage(FakeMachine().probes))
    qtbot.addWidget(page)
    page.resize(1000, 720)
    page.show()
    page.help_page.show_method(method)
    assert page.help_page.browser.toPlainText()
    _save(qtbot, page, screenshot_dir, f"help_{method.value}")


def test_screenshot_diagnostics_with_problems(qtbot: QtBot, screenshot_dir: Path) -> None:
    _app()
    page = DiagnosticsPage(FakeMachine().probes)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=10000):
        page.refresh()
    _save(qtbot, page, screenshot_dir, "diagnostics_problems")


def test_screenshot_diagnostics_training(qtbot: QtBot, screenshot_dir: Path) -> None:
    from certs.testpki import DemoPKI
    from sandbox.cardemu.card import EmulatedCard
    from sandbox.cardemu.inprocess import VirtualReaders

    _app()
    readers = VirtualReaders()
    readers.insert(EmulatedCard.from_demo_card(DemoPKI.load().cards["moica-sme-owner"]))
    made = window_probes(training=True, platform_url=lambda: None, virtual_readers=lambda: readers)
    probes = replace(made(), readers=lambda _p: [], cards=lambda _p: [], signers=lambda _p: [])
    page = DiagnosticsPage(lambda: probes)
    qtbot.addWidget(page)
    page.resize(1000, 760)
    page.show()
    with qtbot.waitSignal(page.report_ready, timeout=30000):
        page.refresh()
    _save(qtbot, page, screenshot_dir, "diagnostics_training")


def test_screenshot_window_privacy_and_kiosk(qtbot: QtBot, screenshot_dir: Path) -> None:
    opts = options(privacy=True, kiosk=True)
    create_application(opts)
    window = MainWindow(opts)
    qtbot.addWidget(window)
    support = install_support(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    assert window.privacy_banner.isVisible()
    label = MaskedLabel(DataKind.NAME, "王大明", template="負責人：{value}")
    window.start_page.layout().addWidget(label)
    assert label.text() == "負責人：王○明"
    _save(qtbot, window, screenshot_dir, "window_privacy_kiosk")
    assert support.kiosk is not None
    support.kiosk.stop()


def test_screenshot_idle_warning(qtbot: QtBot, screenshot_dir: Path) -> None:
    _app()
    now = [0.0]
    kiosk = KioskController(
        lambda: SessionJanitor("127.0.0.1:1"), idle_seconds=600, clock=lambda: now[0]
    )
    now[0] = 553
    kiosk.check_idle()
    dialog = kiosk.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    _save(qtbot, dialog, screenshot_dir, "idle_warning")
