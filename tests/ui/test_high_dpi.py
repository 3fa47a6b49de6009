"""High-DPI screens: at a 200 % scale factor the window, the PIN dialog and the QR code
render at twice the pixels, crisp (whole device pixels per QR module), nothing clipped.

Qt reads the scale factor once, when the application starts, so the windows are drawn in
a child process; the PNGs land with the other screenshots for a person to look at.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.screenshot

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from app.launch_options import LaunchOptions
from ui.application import create_application
from ui.dialogs.pin_dialog import PinDialog
from ui.main_window import MainWindow
from ui.widgets.qr import QrView

out = Path(sys.argv[1])
options = LaunchOptions(platform_url="https://platform.example/api/v1", language=sys.argv[2])
app = create_application(options)
report = {}

window = MainWindow(options)
window.resize(1100, 760)
window.show()
dialog = PinDialog("工商憑證 · 雲端示範股份有限公司（測試）", "簽署附表2", tries_left=2)
dialog.show()
qr = QrView("QR Code")
qr.set_payload("https://platform.example/verify/0123456789abcdef")
qr.show()
for _ in range(20):
    app.processEvents()

for name, widget in (("window", window), ("pin_dialog", dialog), ("qr", qr)):
    image = widget.grab()
    path = out / f"high_dpi_{sys.argv[2]}_{name}.png"
    image.save(str(path))
    report[name] = {
        "ratio": image.devicePixelRatio(),
        "pixels": [image.width(), image.height()],
        "logical": [widget.width(), widget.height()],
    }
report["qr_pixmap_ratio"] = qr.pixmap().devicePixelRatio()
report["dialog_hint"] = [dialog.sizeHint().width(), dialog.sizeHint().height()]
window.close()
print(json.dumps(report))
"""


@pytest.mark.parametrize("language", ["zh_TW", "en"])
def test_two_hundred_percent_scale(screenshot_dir: Path, language: str) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": "2", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(screenshot_dir), language],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    for name in ("window", "pin_dialog", "qr"):
        shot = report[name]
        assert shot["ratio"] == 2.0, (name, shot)
        assert shot["pixels"] == [2 * side for side in shot["logical"]], (name, shot)
        assert (screenshot_dir / f"high_dpi_{language}_{name}.png").stat().st_size > 1_000
    # The QR pixmap carries the screen's ratio: modules are whole device pixels, not a
    # blurred upscale of a 1x image.
    assert report["qr_pixmap_ratio"] == 2.0
    # Nothing clipped: the dialog got at least the room it asks for.
    assert report["pin_dialog"]["logical"][0] >= report["dialog_hint"][0]
    assert report["pin_dialog"]["logical"][1] >= report["dialog_hint"][1]
