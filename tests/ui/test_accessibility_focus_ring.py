"""The focus ring: drawn on every kind of focusable widget, at least 3:1 against what
surrounds it, in both languages and at 100 % and 200 % scale; a field in error shows both.

Qt reads the scale factor once, when the application starts, so each case is drawn in a
child process (as in test_high_dpi.py); the PNGs land with the other screenshots.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOCUS = (0x1A, 0x56, 0xB0)  # resources/focus.qss
ERROR_FILL = (0xFD, 0xEC, 0xEE)

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication, QCheckBox, QComboBox, QGridLayout, QLabel, QLineEdit, QListWidget,
    QPushButton, QRadioButton, QTextBrowser, QToolButton, QWidget,
)
from app.launch_options import LaunchOptions
from ui.a11y import make_heading_focusable, set_field_error
from ui.application import create_application

out, language = Path(sys.argv[1]), sys.argv[2]
app = create_application(LaunchOptions(platform_url="https://x.example/api/v1", language=language))
panel = QWidget()
grid = QGridLayout(panel)
grid.setContentsMargins(24, 24, 24, 24)
grid.setSpacing(18)
title = QLabel(app.translate("UbnPage", "新申請：統一編號"))
title.setObjectName("PageTitle")
make_heading_focusable(title)
primary = QPushButton("下一步(&N)")
primary.setObjectName("PrimaryButton")
invalid = QLineEdit("12345678")
set_field_error(invalid, "檢查碼不正確")
listing = QListWidget()
listing.addItems(["帳戶總覽", "我的點數"])
listing.setMaximumHeight(70)
combo = QComboBox()
combo.addItems(["全部", "財會管理"])
tool = QToolButton()
tool.setText("說明與診斷")
browser = QTextBrowser()
browser.setMaximumHeight(60)
widgets = {
    "heading": title, "button": QPushButton("上一步(&B)"), "primary": primary,
    "field": QLineEdit("16480894"), "invalid": invalid, "radio": QRadioButton("工商憑證 IC 卡"),
    "check": QCheckBox("我同意"), "combo": combo, "list": listing, "tool": tool,
    "browser": browser,
}
for index, widget in enumerate(widgets.values()):
    grid.addWidget(widget, index // 2, index % 2)
panel.resize(760, 520)
panel.show()
panel.activateWindow()
for _ in range(20):
    app.processEvents()

def near(color, rgb, tolerance=28):
    return all(abs(a - b) <= tolerance for a, b in zip((color.red(), color.green(), color.blue()), rgb))

focus_rgb = tuple(int(v) for v in sys.argv[3:6])
report = {}
for name, widget in widgets.items():
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(5):
        app.processEvents()
    image = panel.grab().toImage()
    ratio = image.devicePixelRatio()
    rect = widget.geometry()
    left, top = int(rect.left() * ratio), int(rect.top() * ratio)
    right, bottom = int((rect.right() + 1) * ratio) - 1, int((rect.bottom() + 1) * ratio) - 1
    band = int(4 * ratio)
    ring = 0
    for x in range(left, right + 1):
        for y in list(range(top, top + band)) + list(range(bottom - band + 1, bottom + 1)):
            ring += near(image.pixelColor(x, y), focus_rgb)
    outside = image.pixelColor(max(0, left - int(3 * ratio)), (top + bottom) // 2)
    inside = image.pixelColor((left + right) // 2, (top + bottom) // 2)
    report[name] = {
        "focused": widget.hasFocus(),
        "ring_pixels": ring,
        "ring_wanted": int((right - left) * 0.8) * 2,
        "outside": [outside.red(), outside.green(), outside.blue()],
        "inside": [inside.red(), inside.green(), inside.blue()],
        "ratio": ratio,
    }
    if name == "invalid":
        image.save(str(out / f"focus_ring_invalid_{language}_{int(ratio * 100)}.png"))
invalid.setFocus()
for _ in range(5):
    app.processEvents()
panel.grab().save(str(out / f"focus_ring_{language}_{int(ratio * 100)}.png"))
print(json.dumps(report))
"""


def _luminance(rgb: tuple[int, ...] | list[int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(first: tuple[int, ...] | list[int], second: tuple[int, ...] | list[int]) -> float:
    """WCAG contrast ratio of two sRGB colours."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("scale", ["1", "2"])
@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_every_focusable_widget_shows_a_ring_of_3_to_1(
    screenshot_dir: Path, language: str, scale: str
) -> None:
    env = {
        **os.environ,
        "QT_SCALE_FACTOR": scale,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
    }
    answer = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(screenshot_dir), language, *map(str, FOCUS)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    report = json.loads(answer.stdout.strip().splitlines()[-1])
    assert len(report) == 11
    for name, seen in report.items():
        assert seen["focused"], name
        assert seen["ring_pixels"] >= seen["ring_wanted"], (name, seen)
        assert contrast(FOCUS, seen["outside"]) >= 3, (name, seen)
    # The field in error keeps its error fill inside the focus ring.
    assert contrast(report["invalid"]["inside"], ERROR_FILL) < 1.1
