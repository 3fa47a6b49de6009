"""Screenshots of the card texts this version adds: an issuer not in the trust store (the
card panel's error panel) and the notice after HiPKI refused this program, in zh_TW and
English. Run under Xvfb with a CJK font; the PNGs land in test-artifacts/screenshots/."""

from __future__ import annotations

from pathlib import Path

import pytest
from card_fallback import refused_card_panel
from painted import wait_painted
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.cards.errors import CertificateIssuerUnknown
from ui.dialogs.card_signing import tell_fallback
from ui.widgets.error_panel import ErrorPanel

pytestmark = pytest.mark.screenshot


def _save(widget: QWidget, path: Path, qtbot: QtBot) -> None:
    wait_painted(qtbot, widget)
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 5_000


def test_issuer_not_in_store_and_hipki_fallback(
    language: str, screenshot_dir: Path, qtbot: QtBot
) -> None:
    page = QWidget()
    page.resize(720, 220)
    layout = QVBoxLayout(page)
    panel = ErrorPanel()
    layout.addWidget(panel)
    layout.addStretch()
    qtbot.addWidget(page)
    shown = panel.show_error(CertificateIssuerUnknown(("IssuerNotInStore: MOEACA G3",)))
    page.show()
    qtbot.waitExposed(page)
    update = "update" if language == "en" else "更新"
    assert update in shown.title.lower() + shown.remedy.lower()
    _save(page, screenshot_dir / f"card_issuer_unknown_{language}.png", qtbot)

    box = tell_fallback(page)
    qtbot.waitExposed(box)
    assert "HiPKI" in box.text()
    assert box.isVisible()
    _save(box, screenshot_dir / f"card_hipki_fallback_{language}.png", qtbot)
    box.close()


def test_card_panel_reached_without_hipki(
    language: str, screenshot_dir: Path, qtbot: QtBot
) -> None:
    with refused_card_panel(qtbot) as panel:
        qtbot.waitExposed(panel)
        _save(panel, screenshot_dir / f"card_panel_without_hipki_{language}.png", qtbot)
