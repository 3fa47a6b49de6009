"""Small measuring tools shared by the benchmarks: statistics, RSS, GUI heartbeat, waiting."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer


class BenchError(Exception):
    """A measurement could not be taken; the message says why."""


def median(values: Sequence[float]) -> float:
    """Median of a non-empty sequence."""
    if not values:
        raise BenchError("no samples")
    return float(statistics.median(values))


def ratio(value: float, baseline: float) -> float:
    """``value / baseline``; a zero baseline is an error, not infinity."""
    if baseline <= 0:
        raise BenchError(f"baseline must be positive, got {baseline}")
    return value / baseline


def rss_kib(pid: int | str = "self") -> int:
    """Resident set size of a process in KiB (Linux ``/proc``)."""
    status = Path(f"/proc/{pid}/status")
    try:
        text = status.read_text(encoding="ascii")
    except OSError as exc:
        raise BenchError(f"cannot read {status}: {exc.strerror}") from None
    for line in text.splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise BenchError(f"{status} has no VmRSS line")


@dataclass
class Heartbeat:
    """A timer on the GUI thread; the longest gap between its ticks is the longest stall.

    With a 5 ms interval a gap of 60 ms means the event loop was blocked for about 55 ms.
    """

    interval_ms: int = 5
    ticks: list[float] = field(default_factory=list)
    _timer: QTimer | None = None

    def start(self) -> None:
        """Start ticking (on the calling thread, which must be the GUI thread)."""
        from PySide6.QtCore import Qt, QTimer

        self.ticks = [time.perf_counter()]
        timer = QTimer()
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.setInterval(self.interval_ms)
        timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        timer.start()
        self._timer = timer

    def stop(self) -> float:
        """Stop and return the longest gap between ticks in milliseconds."""
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        self.ticks.append(time.perf_counter())
        return self.longest_gap_ms()

    def longest_gap_ms(self) -> float:
        """Longest time between two ticks, in milliseconds."""
        if len(self.ticks) < 2:
            return 0.0
        return max(b - a for a, b in zip(self.ticks, self.ticks[1:], strict=False)) * 1000


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> float:
    """Run the Qt event loop until ``condition()`` holds; returns the seconds waited.

    Waits inside a QEventLoop (never sleeps on the GUI thread), so a heartbeat running
    meanwhile sees only stalls caused by the code under test.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    started = time.perf_counter()
    if condition():
        return 0.0
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)

    def check() -> None:
        if condition() or time.perf_counter() - started > timeout_s:
            loop.quit()

    poll.timeout.connect(check)
    poll.start()
    loop.exec()
    poll.stop()
    if not condition():
        raise BenchError(f"timed out after {timeout_s:.0f} s waiting for {what}")
    return time.perf_counter() - started


def machine_description() -> dict[str, str]:
    """CPU, cores, memory, OS and the versions that matter for the numbers."""
    import os
    import platform

    cpu = platform.processor() or platform.machine()
    memory = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                memory = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    try:
        import PySide6

        pyside = PySide6.__version__
    except ImportError:
        pyside = "not installed"
    try:
        load = " / ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        load = "unknown"
    return {
        "cpu": cpu,
        "cores": str(os.cpu_count() or "?"),
        "memory": memory or "unknown",
        "os": f"{platform.system()} {platform.release()} ({platform.platform(terse=True)})",
        "python": sys.version.split()[0],
        "pyside6": pyside,
        "load average at start (1/5/15 min)": load,
    }
