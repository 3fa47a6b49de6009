"""Start one program in this (fresh) process and report its first paint and idle RSS.

    python -m bench.probe bare   [--settle S]
    python -m bench.probe shell  [--settle S]
    python -m bench.probe client [--settle S] [-- client arguments]

``shell`` is the client's start page alone in a main window, with the client's style
sheet: what the first paint would cost if nothing else were imported before it.

Both targets get the same QApplication created here, with an event filter that notes
``time.monotonic()`` at the first paint of any window. ``settle`` seconds later the
resident set size is read and one line ``BENCH-PROBE {json}`` is printed, then the
program is asked to quit. The parent compares the paint time with its own
``time.monotonic()`` taken just before starting this process (one system-wide clock).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bench.measure import rss_kib

PREFIX = "BENCH-PROBE "


class PaintProbe(QObject):
    """Notes the first paint of a window, then reports RSS after ``settle_s`` and quits."""

    def __init__(self, app: QApplication, settle_s: float) -> None:
        super().__init__()
        self._app = app
        self._settle_ms = int(settle_s * 1000)
        self.first_paint: float | None = None
        self.rss_at_paint_kib = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            self.first_paint is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().isVisible()
        ):
            self.first_paint = time.monotonic()
            self.rss_at_paint_kib = rss_kib()
            QTimer.singleShot(self._settle_ms, self._report)
        return False

    def _report(self) -> None:
        report = {
            "first_paint_monotonic": self.first_paint,
            "rss_at_paint_kib": self.rss_at_paint_kib,
            "rss_idle_kib": rss_kib(),
        }
        sys.stdout.write(PREFIX + json.dumps(report) + "\n")
        sys.stdout.flush()
        self._app.quit()


def _run_shell(app: QApplication) -> int:
    from PySide6.QtWidgets import QMainWindow

    from ui.pages.start_page import StartPage
    from ui.style import STYLE_SHEET

    app.setStyleSheet(STYLE_SHEET)
    window = QMainWindow()
    window.setCentralWidget(StartPage())
    window.resize(1100, 760)
    window.show()
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the target under the probe; returns its exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.probe")
    parser.add_argument("target", choices=("bare", "shell", "client"))
    parser.add_argument("--settle", type=float, default=5.0, help="seconds from paint to RSS")
    raw = list(sys.argv[1:] if argv is None else argv)
    split = raw.index("--") if "--" in raw else len(raw)
    args = parser.parse_args(raw[:split])
    client_args = raw[split + 1 :]

    app = QApplication(sys.argv[:1])
    probe = PaintProbe(app, args.settle)
    app.installEventFilter(probe)
    if args.target == "bare":
        from bench.bare_app import main as run_bare

        return run_bare()
    if args.target == "shell":
        return _run_shell(app)
    from ui.launch import main as run_client

    return run_client(client_args)


if __name__ == "__main__":
    sys.exit(main())
