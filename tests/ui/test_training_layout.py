"""The main window and the training panel fit side by side on small office screens."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from tests.ui.conftest import open_training_window
from ui.training.placement import (
    FRAME_ALLOWANCE,
    PANEL_WIDTH,
    dock_beside,
    initial_window_size,
)

SCREENS = {"1366x768": QSize(1366, 768), "1280x720": QSize(1280, 720)}
TASKBAR = 40


def _available(screen: QSize) -> QRect:
    return QRect(0, 0, screen.width(), screen.height() - TASKBAR)


@pytest.mark.parametrize("name", list(SCREENS))
def test_window_and_panel_fit_the_screen(name: str) -> None:
    available = _available(SCREENS[name])
    size = initial_window_size(available, True, QSize(800, 600))
    frame = QRect(QPoint(available.left(), available.top()), size + FRAME_ALLOWANCE)
    main, panel = dock_beside(frame, available, 800)
    assert available.contains(main)
    assert available.contains(panel)
    assert panel.left() == main.right() + 1
    assert panel.width() == PANEL_WIDTH
    # A window placed at the right edge is moved left to make room for the panel.
    moved, beside = dock_beside(frame.translated(500, 0), available, 800)
    assert available.contains(beside)
    assert not moved.intersects(beside)


def _in_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _clipped(root: QWidget) -> list[str]:
    """Visible buttons, fields and single-line labels narrower or lower than they need."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if not _in_scroll_area(widget, root):
            bottom = widget.mapTo(root, QPoint(0, widget.height())).y()
            if bottom > root.height():
                found.append(f"{type(widget).__name__} ends at {bottom}>{root.height()}")
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed_height = widget.heightForWidth(widget.width())
            if widget.text() and widget.height() < needed_height:
                found.append(f"QLabel {widget.text()!r} height {widget.height()}<{needed_height}")
            continue
        if isinstance(widget, QAbstractButton | QLabel | QComboBox | QAbstractSpinBox):
            needed = widget.minimumSizeHint()
            text = widget.currentText() if isinstance(widget, QComboBox) else widget.text()
            if isinstance(widget, QAbstractButton | QLabel) and widget.width() < needed.width():
                found.append(f"{type(widget).__name__} {text!r} {widget.width()}<{needed.width()}")
            if widget.height() < needed.height():
                found.append(
                    f"{type(widget).__name__} {text!r} height {widget.height()}<{needed.height()}"
                )
    return found


def _composite(window: Any, panel: QWidget, screen: QSize) -> QPixmap:
    picture = QPixmap(screen)
    picture.fill(QColor("#30343a"))
    painter = QPainter(picture)
    painter.drawPixmap(window.pos(), window.grab())
    painter.drawPixmap(panel.pos(), panel.grab())
    painter.end()
    return picture


def open_docked(qtbot: QtBot, language: str, screen: QSize) -> tuple[Any, QRect]:
    """The training window at its opening size on ``screen``, the panel docked beside it;
    the window and the panel's place."""
    available = _available(screen)
    window = open_training_window(qtbot, language)
    window.resize(initial_window_size(available, True, window.minimumSize()))
    window.move(0, 0)
    window.panel_button.click()
    main, beside = dock_beside(window.frameGeometry(), available, window.minimumWidth())
    window.setGeometry(main)
    window.training_panel.setGeometry(beside)
    return window, beside


@pytest.mark.screenshot
@pytest.mark.parametrize("language", ["zh_TW", "en"])
@pytest.mark.parametrize("name", list(SCREENS))
def test_screenshot_window_with_the_panel_open(
    qtbot: QtBot, memory_keyring: Any, screenshot_dir: Path, name: str, language: str
) -> None:
    screen = SCREENS[name]
    available = _available(screen)
    window, beside = open_docked(qtbot, language, screen)
    panel = window.training_panel
    try:
        window.open_wizard()
        qtbot.waitUntil(lambda: window.wizard is not None and window.wizard.isVisible())
        for index in range(panel.tabs.count()):
            panel.tabs.setCurrentIndex(index)
            if panel.tabs.currentWidget() is panel.next_deadline_label.parentWidget():
                panel.refresh_clock()
                qtbot.waitUntil(lambda: bool(panel.clock_label.text()), timeout=10000)
            if panel.tabs.currentWidget() is panel.people_tab:
                qtbot.waitUntil(lambda: panel.programme_tab.programme is not None, timeout=10000)
            qtbot.waitUntil(lambda: panel.tabs.currentWidget().isVisible())
            # Text read from the platform a moment ago may still wait for its layout pass.
            with contextlib.suppress(QtTimeoutError):
                qtbot.waitUntil(lambda: _clipped(panel) == [], timeout=2000)
            assert _clipped(panel) == [], (name, language, index)
            assert _clipped(window.wizard) == [], (name, language, index)
            assert window.frameGeometry().right() < beside.left() + 1
            assert beside.right() < screen.width()
            assert panel.geometry().bottom() <= available.bottom(), panel.minimumSizeHint()
            tab = panel.tabs.tabText(index)
            path = screenshot_dir / f"training_{name}_{language}_tab{index}.png"
            assert _composite(window, panel, screen).save(str(path)), tab
    finally:
        window.shutdown()
        QCoreApplication.processEvents()


def test_the_open_panel_follows_the_window_as_it_moves_and_resizes(
    qtbot: QtBot, training_window: Any
) -> None:
    window = training_window
    window.panel_button.click()
    panel = window.training_panel
    qtbot.waitUntil(panel.isVisible)

    def beside_the_window() -> bool:
        frame = window.frameGeometry()
        return bool(panel.pos() == QPoint(frame.right() + 1, frame.top()))

    window.move(37, 23)
    qtbot.waitUntil(lambda: window.pos() == QPoint(37, 23))
    qtbot.waitUntil(beside_the_window)
    window.resize(window.width() + 41, window.height())
    qtbot.waitUntil(beside_the_window)
