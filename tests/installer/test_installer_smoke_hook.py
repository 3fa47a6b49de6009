"""ui/smoke.py: the self-check a frozen bundle runs with TCLOUD_SMOKE_TEST=1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from ui import smoke


class FakeWindow(QWidget):
    """Just what the smoke test looks at: a start page and the platform signals."""

    platform_ready = Signal(str)
    platform_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.pages = QStackedWidget()
        self.start_page = QLabel("start")
        self.other_page = QLabel("other")
        self.pages.addWidget(self.start_page)
        self.pages.addWidget(self.other_page)
        QVBoxLayout(self).addWidget(self.pages)


class Quit:
    def __init__(self) -> None:
        self.codes: list[int] = []

    def __call__(self, code: int) -> None:
        self.codes.append(code)


def _serve(body: bytes, status: int = 200) -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/api/v1/openapi.json":
                self.send_error(404)
                return
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *_args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/api/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def platform() -> Iterator[str]:
    document = {"openapi": "3.1.0", "info": {"title": "參考平台"}}
    yield from _serve(json.dumps(document).encode())


@pytest.fixture
def not_a_platform() -> Iterator[str]:
    yield from _serve(b'{"hello": "world"}')


def start(
    qtbot: QtBot, timeout: float = 20.0, report_file: Path | None = None
) -> tuple[FakeWindow, smoke.SmokeTest, Quit]:
    window = FakeWindow()
    qtbot.addWidget(window)
    quit_app = Quit()
    test = smoke.SmokeTest(window, timeout, report_file=report_file, quit_app=quit_app)
    window.show()
    qtbot.waitExposed(window)
    return window, test, quit_app


def test_passes_when_painted_and_the_platform_answers(
    qtbot: QtBot, platform: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report_file = tmp_path / "report.json"
    window, test, quit_app = start(qtbot, report_file=report_file)
    window.platform_ready.emit(platform)
    qtbot.waitUntil(lambda: quit_app.codes == [0], timeout=10_000)
    assert test.report["ok"] is True
    assert test.report["platform_title"] == "參考平台"
    assert set(test.report["checks"]) == {"start_page_painted_ms", "platform_answered_ms"}
    assert json.loads(report_file.read_text(encoding="utf-8")) == test.report
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith(smoke.REPORT_PREFIX)
    assert json.loads(line[len(smoke.REPORT_PREFIX) :]) == test.report


def test_fails_when_the_platform_does_not_start(qtbot: QtBot) -> None:
    window, test, quit_app = start(qtbot)
    window.platform_failed.emit("連接埠被占用")
    qtbot.waitUntil(lambda: quit_app.codes == [1], timeout=5_000)
    assert test.report["ok"] is False
    assert "連接埠被占用" in test.report["reason"]


def test_fails_when_the_answer_is_not_the_platform(qtbot: QtBot, not_a_platform: str) -> None:
    window, test, quit_app = start(qtbot)
    window.platform_ready.emit(not_a_platform)
    qtbot.waitUntil(lambda: quit_app.codes == [1], timeout=10_000)
    assert "did not answer: ValueError" in test.report["reason"]


def test_fails_when_nobody_listens(qtbot: QtBot) -> None:
    window, test, quit_app = start(qtbot)
    window.platform_ready.emit("http://127.0.0.1:9/api/v1")
    qtbot.waitUntil(lambda: quit_app.codes == [1], timeout=15_000)
    assert "did not answer: ConnectionError" in test.report["reason"]


def test_fails_when_another_page_is_shown(qtbot: QtBot, platform: str) -> None:
    window, test, quit_app = start(qtbot)
    qtbot.waitUntil(lambda: "start_page_painted_ms" in test.report["checks"], timeout=5_000)
    window.pages.setCurrentWidget(window.other_page)
    window.platform_ready.emit(platform)
    qtbot.waitUntil(lambda: quit_app.codes == [1], timeout=10_000)
    assert test.report["reason"] == "the start page is not the page shown"


def test_times_out_and_names_what_is_missing(qtbot: QtBot) -> None:
    _window, test, quit_app = start(qtbot, timeout=0.3)
    qtbot.waitUntil(lambda: quit_app.codes == [1], timeout=5_000)
    assert test.report["reason"] == "timed out waiting for: platform"


def test_reports_once(qtbot: QtBot, platform: str) -> None:
    window, test, quit_app = start(qtbot, timeout=0.5)
    window.platform_failed.emit("first")
    window.platform_ready.emit(platform)
    # Both later causes of a report have come: the platform's answer, and the deadline (its
    # timer stopped with the first report or, were it still running, fired).
    qtbot.waitUntil(lambda: "platform_answered_ms" in test.report["checks"], timeout=5_000)
    deadline = test.findChild(QTimer)
    assert deadline is not None
    qtbot.waitUntil(lambda: not deadline.isActive(), timeout=5_000)
    assert quit_app.codes == [1]


def test_nothing_happens_without_the_variable(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(smoke.ENV_VAR, raising=False)
    window = FakeWindow()
    qtbot.addWidget(window)
    before = list(smoke._running)
    smoke.maybe_schedule_smoke_test(window)
    assert smoke._running == before


def test_the_variable_schedules_it(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(smoke.ENV_VAR, "1")
    monkeypatch.setenv(smoke.TIMEOUT_ENV_VAR, "600")
    window = FakeWindow()
    qtbot.addWidget(window)
    smoke.maybe_schedule_smoke_test(window)
    test = smoke._running.pop()
    test._timer.stop()
    assert test._timer.interval() == 600_000


@pytest.mark.parametrize(
    ("raw", "seconds"), [("", 120.0), ("abc", 120.0), ("-5", 120.0), ("7.5", 7.5)]
)
def test_timeout_from_environment(
    monkeypatch: pytest.MonkeyPatch, raw: str, seconds: float
) -> None:
    monkeypatch.setenv(smoke.TIMEOUT_ENV_VAR, raw)
    assert smoke._timeout_seconds() == seconds
