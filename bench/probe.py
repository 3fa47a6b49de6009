"""Start one program in this (fresh) process and report its first paint and idle RSS.

    python -m bench.probe bare   [--settle S]
    python -m bench.probe shell  [--settle S]
    python -m bench.probe client [--settle S] [--wait-platform] [--click CHOICE] [-- args]

``shell`` is the client's start page alone in a main window, with the client's style
sheet: what the first paint would cost if nothing else were imported before it.

Both targets get the same QApplication created here, with an event filter that notes
``time.monotonic()`` at the first paint of any window. ``settle`` seconds later (with
``--wait-platform``, no earlier than when the client knows its platform: training mode's
child process answers) the resident set size is read and one line ``BENCH-PROBE {json}``
is printed, naming also what of ``NOT_NEEDED_IDLE`` (pages, cards, cryptography,
requests) the idle client imported; then the program is asked to quit. The parent
compares the paint time with its own ``time.monotonic()`` taken just before starting
this process (one system-wide clock).

With ``--click new|login|help`` the client's start-page choice is clicked once the RSS
is read (its first click in this process; with ``--rest-ms N`` the pointer first rests
on it for N ms, which starts loading its page), and the report adds the milliseconds until
the first paint of what the click shows (``click_paint_ms``: the loading page or the
page), until the chosen page itself paints (``page_paint_ms``), the longest GUI stall in
between, which page modules were already imported before the click, and which of
``HEAVY_LIBRARIES`` were imported when the page painted (``libraries_at_page_paint``).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from bench.measure import Heartbeat, rss_kib

PREFIX = "BENCH-PROBE "
FIRST_PAINT_MARK = "BENCH-PROBE first paint"
"""Written to stderr at the first paint: ``-X importtime`` lines before it are the
imports the first paint waited for."""
CHOICES = ("new", "login", "help")
CLICK_TIMEOUT_MS = 60_000
PLATFORM_POLL_MS = 100
NOT_NEEDED_IDLE = (
    "cryptography",
    "requests",
    "urllib3",
    "smartcard",
    "PyKCS11",
    "keyring",
    "certs.testpki",
    "sandbox.cardemu.inprocess",
    "ui.card_context",
    "ui.training.panel",
    "ui.wizard.card_panel",
    "ui.wizard.sign_pages",
    "ui.member.area",
)
"""What the idle client does not need, in either mode: reported if it is imported (the
start-page choices' first pages are loaded ahead; what comes after them is not)."""
HEAVY_LIBRARIES = ("requests", "urllib3", "cryptography", "keyring", "smartcard", "PyKCS11")
"""What the first pages of 新申請 and 會員登入 do not need (the HTTP client, the drafts'
keyring and cipher, the card stack): reported if imported when the page paints."""


class PaintProbe(QObject):
    """Notes the first paint of a window, then reports RSS after ``settle_s`` and quits."""

    def __init__(
        self,
        app: QApplication,
        settle_s: float,
        click: str | None = None,
        rest_ms: int = 0,
        *,
        wait_platform: bool = False,
    ) -> None:
        super().__init__()
        self._wait_platform = wait_platform
        self._app = app
        self._rest_ms = rest_ms
        self._settle_ms = int(settle_s * 1000)
        self._click = click
        self.first_paint: float | None = None
        self.rss_at_paint_kib = 0
        self._report_fields: dict[str, object] = {}
        self._window: QWidget | None = None
        self._clicked_at: float | None = None
        self._heartbeat = Heartbeat()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            self.first_paint is None
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window().isVisible()
        ):
            self.first_paint = time.monotonic()
            self.rss_at_paint_kib = rss_kib()
            sys.stderr.write(FIRST_PAINT_MARK + "\n")
            sys.stderr.flush()
            QTimer.singleShot(self._settle_ms, self._settled)
        elif self._clicked_at is not None and event.type() == QEvent.Type.Paint:
            self._note_page_paint(watched)
        return False

    def _settled(self) -> None:
        window = self._main_window()
        waiting = self._wait_platform and window is not None and window.platform_url is None
        if waiting and time.monotonic() - (self.first_paint or 0.0) < CLICK_TIMEOUT_MS / 1000:
            # Idle means with the training platform up: look again shortly.
            QTimer.singleShot(PLATFORM_POLL_MS, self._settled)
            return
        self._report_fields = {
            "first_paint_monotonic": self.first_paint,
            "rss_at_paint_kib": self.rss_at_paint_kib,
            "rss_idle_kib": rss_kib(),
            "platform_known": window is not None and window.platform_url is not None,
            "idle_modules_not_needed": sorted(
                name for name in NOT_NEEDED_IDLE if name in sys.modules
            ),
        }
        if self._click is None:
            self._report()
            return
        if window is None:
            self._report_fields["error"] = "no main window"
            self._report()
            return
        from ui.main_window import PAGE_MODULES

        self._window = window
        self._report_fields["page_modules_before_click"] = sorted(
            name for name in PAGE_MODULES if name in sys.modules
        )
        start_page: Any = getattr(window, "start_page")  # noqa: B009 - any main window
        button = {
            "new": start_page.new_button,
            "login": start_page.login_button,
            "help": start_page.help_button,
        }[self._click]
        QTimer.singleShot(CLICK_TIMEOUT_MS, self._report)
        if self._rest_ms <= 0:
            self._click_now(button)
            return
        # The pointer comes to rest on the choice first, as a mouse user's does.
        QApplication.sendEvent(button, QEvent(QEvent.Type.Enter))
        QTimer.singleShot(self._rest_ms, lambda: self._click_now(button))

    def _main_window(self) -> Any:
        return next((w for w in self._app.topLevelWidgets() if hasattr(w, "start_page")), None)

    def _click_now(self, button: Any) -> None:
        self._heartbeat.start()
        self._clicked_at = time.perf_counter()
        button.click()

    def _note_page_paint(self, watched: QObject) -> None:
        window: Any = self._window
        if self._clicked_at is None or window is None or not isinstance(watched, QWidget):
            return
        shown = window.pages.currentWidget()
        if shown is window.start_page or not (watched is shown or shown.isAncestorOf(watched)):
            return
        elapsed_ms = (time.perf_counter() - self._clicked_at) * 1000
        self._report_fields.setdefault("click_paint_ms", elapsed_ms)
        if shown is not window.loading_page:
            self._report_fields["page_paint_ms"] = elapsed_ms
            self._report_fields["page"] = type(shown).__name__
            self._report_fields["libraries_at_page_paint"] = sorted(
                name for name in HEAVY_LIBRARIES if name in sys.modules
            )
            self._clicked_at = None
            # Let the page's own first paint finish before the heartbeat stops.
            QTimer.singleShot(0, self._report)

    def _report(self) -> None:
        if self._click is not None:
            self._report_fields["click_stall_ms"] = self._heartbeat.stop()
        sys.stdout.write(PREFIX + json.dumps(self._report_fields) + "\n")
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
    parser.add_argument("--click", choices=CHOICES, help="then click this start-page choice")
    parser.add_argument(
        "--rest-ms",
        type=int,
        default=0,
        help="with --click: the pointer rests on the choice this long before the click",
    )
    parser.add_argument(
        "--wait-platform",
        action="store_true",
        help="read the idle figures no earlier than when the platform is known (training mode)",
    )
    raw = list(sys.argv[1:] if argv is None else argv)
    split = raw.index("--") if "--" in raw else len(raw)
    args = parser.parse_args(raw[:split])
    client_args = raw[split + 1 :]

    app = QApplication(sys.argv[:1])
    probe = PaintProbe(
        app,
        args.settle,
        args.click if args.target == "client" else None,
        args.rest_ms,
        wait_platform=args.wait_platform,
    )
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
