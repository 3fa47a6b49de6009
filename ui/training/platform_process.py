"""The training platform as a child process: started, watched, restarted and stopped.

The client talks to it over HTTP exactly as to a real platform. Its data live in a SQLite
file in the user data folder, so the members, orders and clock of a training session
survive a restart of the program. QProcess reports its output and its end through the
event loop, so the GUI thread never waits for it.

A platform that ends without being asked to (crashed, killed) is restarted on the same
port: every client object keeps its address, and nothing the trainee typed is lost.
"""

from __future__ import annotations

import logging
import re
import sys
from collections import deque
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QTimer, Signal

from app.storage.paths import data_dir

log = logging.getLogger(__name__)

DATABASE_NAME = "training-platform.sqlite3"
STORAGE_NAME = "training-platform"
"""What the client keeps of this platform (drafts, tokens, cache) is kept under this name,
not under its address: the port changes with every start, the data file stays."""
STARTUP_TIMEOUT_MS = 60_000
RESTART_DELAY_MS = 300
STOP_TIMEOUT_MS = 5_000
MAX_RESTARTS = 5
"""Restarts in a row that may fail before the client gives up and says so."""
FROZEN_COMMAND = "training-platform"
"""First argument that makes a frozen bundle run the platform (see installer/entry.py)."""

_LISTENING = re.compile(r"^Sandbox platform listening on (http://[^\s]+:(\d+)/api/v1)\s*$")


def default_database() -> Path:
    """The training platform's SQLite file in the user data folder."""
    return data_dir() / DATABASE_NAME


def platform_command(database: Path | None, port: int) -> tuple[str, list[str]]:
    """Program and arguments that start the training platform on ``port`` (0 = any).

    ``database`` None keeps the data in memory only (kiosk mode: a shared PC keeps nothing).
    """
    options = [
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--database",
        "sqlite://" if database is None else f"sqlite:///{database}",
        "--exit-with-stdin",
    ]
    if getattr(sys, "frozen", False):
        return sys.executable, [FROZEN_COMMAND, *options]
    return sys.executable, ["-m", "sandbox", *options]


class TrainingPlatformProcess(QObject):
    """One training platform child process, kept running until :meth:`stop`."""

    ready = Signal(str)
    """The platform accepts connections at this base URL (first start)."""
    crashed = Signal()
    """The platform ended without being asked to; a restart follows."""
    restarted = Signal(str)
    """The platform runs again after a crash, at the same base URL."""
    failed = Signal(str)
    """The platform cannot be started; the text is its last error output."""

    def __init__(self, database: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.base_url: str | None = None
        self.port = 0
        self.restarts = 0
        self._process: QProcess | None = None
        self._stopping = False
        self._listening = False
        self._failures_in_a_row = 0
        self._stdout = b""
        self._errors: deque[str] = deque(maxlen=20)
        self._startup_timer = QTimer(self)
        self._startup_timer.setSingleShot(True)
        self._startup_timer.timeout.connect(self._startup_timed_out)

    @property
    def running(self) -> bool:
        """True while the child process accepts connections."""
        return self._listening and self._process is not None

    @property
    def pid(self) -> int | None:
        """The child's process id, while it runs."""
        process = self._process
        if process is None or process.state() is QProcess.ProcessState.NotRunning:
            return None
        return int(process.processId())

    def start(self) -> None:
        """Start the child process; :attr:`ready` (or :attr:`failed`) follows."""
        if self._process is not None:
            return
        self._stopping = False
        self._listening = False
        self._stdout = b""
        process = QProcess(self)
        program, arguments = platform_command(self.database, self.port)
        process.setProgram(program)
        process.setArguments(arguments)
        process.readyReadStandardOutput.connect(self._read_stdout)
        process.readyReadStandardError.connect(self._read_stderr)
        process.finished.connect(self._finished)
        process.errorOccurred.connect(self._error)
        self._process = process
        self._startup_timer.start(STARTUP_TIMEOUT_MS)
        process.start()

    def stop(self, timeout_ms: int = STOP_TIMEOUT_MS) -> None:
        """Ask the platform to end (it saves nothing more than each request already did)."""
        self._stopping = True
        self._startup_timer.stop()
        process, self._process = self._process, None
        self._listening = False
        if process is None:
            return
        if process.state() is not QProcess.ProcessState.NotRunning:
            # Closing its input is how the platform learns that the client is ending; on
            # POSIX terminate() is the faster signal.
            process.closeWriteChannel()
            if sys.platform != "win32":
                process.terminate()
            if not process.waitForFinished(timeout_ms):
                process.kill()
                process.waitForFinished(timeout_ms)
        process.deleteLater()

    # --- the child's output and end --------------------------------------------------------
    def _read_stdout(self) -> None:
        process = self._process
        if process is None:
            return
        self._stdout += bytes(process.readAllStandardOutput().data())
        *lines, self._stdout = self._stdout.split(b"\n")
        for raw in lines:
            match = _LISTENING.match(raw.decode("utf-8", "replace"))
            if match and not self._listening:
                self._on_listening(match.group(1), int(match.group(2)))

    def _read_stderr(self) -> None:
        process = self._process
        if process is None:
            return
        text = bytes(process.readAllStandardError().data()).decode("utf-8", "replace")
        for line in text.splitlines():
            if line.strip():
                self._errors.append(line)
                log.warning("training platform: %s", line)

    def _on_listening(self, base_url: str, port: int) -> None:
        self._startup_timer.stop()
        self._listening = True
        self._failures_in_a_row = 0
        first = self.base_url is None
        self.base_url = base_url
        self.port = port
        if first:
            self.ready.emit(base_url)
        else:
            self.restarts += 1
            self.restarted.emit(base_url)

    def _error(self, error: QProcess.ProcessError) -> None:
        if error is QProcess.ProcessError.FailedToStart:
            self._errors.append(f"cannot run {platform_command(self.database, self.port)[0]}")
            self._finished(-1, QProcess.ExitStatus.CrashExit)

    def _finished(self, exit_code: int, _status: QProcess.ExitStatus) -> None:
        if self._stopping:
            return
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        self._startup_timer.stop()
        was_listening, self._listening = self._listening, False
        log.error("training platform ended (exit code %s)", exit_code)
        if was_listening:
            self.crashed.emit()
        else:
            self._failures_in_a_row += 1
        if self._failures_in_a_row >= MAX_RESTARTS or (self.base_url is None and not was_listening):
            self.failed.emit(self._errors[-1] if self._errors else f"exit code {exit_code}")
            return
        QTimer.singleShot(RESTART_DELAY_MS, self._restart)

    def _restart(self) -> None:
        if not self._stopping:
            self.start()

    def _startup_timed_out(self) -> None:
        process = self._process
        log.error("training platform did not answer within %d s", STARTUP_TIMEOUT_MS // 1000)
        self._errors.append("the training platform did not start in time")
        if process is not None:
            process.kill()
