"""Self-check of a built bundle, switched on by ``TCLOUD_SMOKE_TEST=1``.

``installer/build.py --smoke`` starts the frozen client with that variable set (and the
offscreen Qt platform). The client then checks itself and quits:

* the start page was painted;
* the embedded training platform started and answers over HTTP (its OpenAPI document);

and prints one line ``TCLOUD-SMOKE {json}`` on stdout (and writes the JSON to the file
named by ``TCLOUD_SMOKE_REPORT``, for the windowed Windows executable, which has no
stdout). Exit code 0 when every check passed, 1 otherwise (a check failed or
``TCLOUD_SMOKE_TIMEOUT`` seconds went by). Without ``TCLOUD_SMOKE_TEST`` nothing here runs.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from ui.async_bridge import run_in_background

ENV_VAR = "TCLOUD_SMOKE_TEST"
TIMEOUT_ENV_VAR = "TCLOUD_SMOKE_TIMEOUT"
REPORT_ENV_VAR = "TCLOUD_SMOKE_REPORT"
DEFAULT_TIMEOUT_SECONDS = 120.0
REPORT_PREFIX = "TCLOUD-SMOKE "
HTTP_TIMEOUT_SECONDS = 10.0


class SmokeWindow(Protocol):
    """What the smoke test needs of the main window."""

    @property
    def start_page(self) -> QWidget: ...

    platform_ready: SignalInstance
    platform_failed: SignalInstance


def _timeout_seconds() -> float:
    raw = os.environ.get(TIMEOUT_ENV_VAR, "")
    try:
        value = float(raw) if raw else DEFAULT_TIMEOUT_SECONDS
    except ValueError:
        return DEFAULT_TIMEOUT_SECONDS
    return value if value > 0 else DEFAULT_TIMEOUT_SECONDS


def fetch_openapi_title(base_url: str) -> str:
    """GET ``{base_url}/openapi.json`` and return the API title; raises on any problem."""
    import requests

    response = requests.get(f"{base_url}/openapi.json", timeout=HTTP_TIMEOUT_SECONDS)
    response.raise_for_status()
    document: Any = response.json()
    if not isinstance(document, dict) or "openapi" not in document:
        raise ValueError("the platform answered without an OpenAPI document")
    info = document.get("info")
    return str(info.get("title", "")) if isinstance(info, dict) else ""


class SmokeTest(QObject):
    """Watches the window, checks the platform, reports and quits the application."""

    def __init__(
        self,
        window: SmokeWindow,
        timeout_seconds: float,
        *,
        report_file: Path | None = None,
        quit_app: Callable[[int], None] = QApplication.exit,
    ) -> None:
        super().__init__()
        self._window = window
        self._report_file = report_file
        self._quit_app = quit_app
        self._started = time.monotonic()
        self._report: dict[str, Any] = {"checks": {}}
        self._painted = False
        self._platform_ok = False
        self._done = False
        window.start_page.installEventFilter(self)
        window.platform_ready.connect(self._on_platform_ready)
        window.platform_failed.connect(self._on_platform_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._timer.start(int(timeout_seconds * 1000))

    @property
    def report(self) -> dict[str, Any]:
        """What has been checked so far."""
        return self._report

    def _elapsed_ms(self) -> int:
        return round((time.monotonic() - self._started) * 1000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            self._report["checks"]["start_page_painted_ms"] = self._elapsed_ms()
            self._maybe_finish()
        return False

    def _on_platform_ready(self, base_url: str) -> None:
        self._report["platform_url"] = base_url
        run_in_background(
            lambda: fetch_openapi_title(base_url), self._on_platform_answered, self._on_http_error
        )

    def _on_platform_answered(self, title: str) -> None:
        self._platform_ok = True
        self._report["checks"]["platform_answered_ms"] = self._elapsed_ms()
        self._report["platform_title"] = title
        self._maybe_finish()

    def _on_http_error(self, error: BaseException) -> None:
        self._finish(False, f"the training platform did not answer: {type(error).__name__}")

    def _on_platform_failed(self, text: str) -> None:
        self._finish(False, f"the training platform did not start: {text}")

    def _on_timeout(self) -> None:
        missing = [
            name
            for name, done in (
                ("start page painted", self._painted),
                ("platform", self._platform_ok),
            )
            if not done
        ]
        self._finish(False, "timed out waiting for: " + ", ".join(missing))

    def _maybe_finish(self) -> None:
        if not (self._painted and self._platform_ok):
            return
        if not self._window.start_page.isVisible():
            self._finish(False, "the start page is not the page shown")
            return
        self._finish(True, "")

    def _finish(self, ok: bool, reason: str) -> None:
        if self._done:
            return
        self._done = True
        self._timer.stop()
        self._report["ok"] = ok
        if reason:
            self._report["reason"] = reason
        self._report["elapsed_ms"] = self._elapsed_ms()
        text = json.dumps(self._report, ensure_ascii=False)
        if self._report_file is not None:
            self._report_file.write_text(text + "\n", encoding="utf-8")
        if sys.stdout is not None:  # None in a windowed Windows executable
            sys.stdout.write(REPORT_PREFIX + text + "\n")
            sys.stdout.flush()
        self._quit_app(0 if ok else 1)


_running: list[SmokeTest] = []


def maybe_schedule_smoke_test(window: SmokeWindow) -> None:
    """Start the self-check when ``TCLOUD_SMOKE_TEST=1``; otherwise do nothing."""
    if os.environ.get(ENV_VAR) != "1":
        return
    report = os.environ.get(REPORT_ENV_VAR)
    _running.append(
        SmokeTest(window, _timeout_seconds(), report_file=Path(report) if report else None)
    )
