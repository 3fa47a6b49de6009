"""First paint and idle RSS of the client vs a bare PySide6 window, in fresh processes."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.measure import BenchError, median
from bench.probe import FIRST_PAINT_MARK, PREFIX

ROOT = Path(__file__).resolve().parent.parent
PROBE_TIMEOUT_S = 120.0
# The client pointed at a platform URL starts no embedded platform: the client alone.
REMOTE_PLATFORM = "https://platform.example/api/v1"


@dataclass(frozen=True)
class ProbeRun:
    """One fresh process: time to first paint and resident memory."""

    first_paint_ms: float
    rss_at_paint_kib: int
    rss_idle_kib: int


@dataclass(frozen=True)
class Target:
    """A program to start under the probe."""

    name: str
    probe_args: tuple[str, ...]


BARE = Target("bare PySide6 window", ("bare",))
SHELL = Target("start page alone (lower bound)", ("shell",))
# Idle in training mode is read once the platform's child process answers (and 5 s after
# the first paint at the earliest); the child's own memory is not the client's.
CLIENT_TRAINING = Target("client, training mode", ("client", "--wait-platform"))
CLIENT_REMOTE = Target("client, real platform URL", ("client", "--", "--platform", REMOTE_PLATFORM))
TARGETS = (BARE, SHELL, CLIENT_TRAINING, CLIENT_REMOTE)
CHOICE_LABELS = {"new": "新申請", "login": "會員登入", "help": "說明與診斷"}
"""The start page's choices, as ``bench.probe --click`` names them."""


def probe_env(home: Path) -> dict[str, str]:
    """Offscreen Qt and a private home for the client's files."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TCLOUD_HOME"] = str(home)
    env.pop("TCLOUD_SMOKE_TEST", None)
    # An installed client starts from compiled bytecode: the warm-up run writes it, so the
    # measured runs do not compile the client's modules from source (≈ 30 ms) each time.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _run_probe(
    target: Target, settle_s: float, env: dict[str, str], *python_flags: str
) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        *python_flags,
        "-m",
        "bench.probe",
        "--settle",
        str(settle_s),
        *target.probe_args,
    ]
    try:
        return subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=PROBE_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BenchError(f"{target.name} did not exit within {PROBE_TIMEOUT_S:.0f} s") from None


def probe_once(target: Target, settle_s: float, env: dict[str, str]) -> ProbeRun:
    """Start ``target`` in a fresh interpreter and read its probe report."""
    started = time.monotonic()
    result = _run_probe(target, settle_s, env)
    lines = [line for line in result.stdout.splitlines() if line.startswith(PREFIX)]
    if not lines:
        tail = " | ".join(result.stderr.strip().splitlines()[-5:])
        raise BenchError(f"{target.name} gave no probe report (exit {result.returncode}): {tail}")
    report = json.loads(lines[-1][len(PREFIX) :])
    return ProbeRun(
        first_paint_ms=(float(report["first_paint_monotonic"]) - started) * 1000,
        rss_at_paint_kib=int(report["rss_at_paint_kib"]),
        rss_idle_kib=int(report["rss_idle_kib"]),
    )


@dataclass(frozen=True)
class StartupResult:
    """Medians over the repetitions of one target."""

    target: str
    runs: tuple[ProbeRun, ...]

    @property
    def first_paint_ms(self) -> float:
        """Median time from process start to first paint."""
        return median([r.first_paint_ms for r in self.runs])

    @property
    def rss_at_paint_mib(self) -> float:
        """Median resident memory at the first paint."""
        return median([r.rss_at_paint_kib for r in self.runs]) / 1024

    @property
    def rss_idle_mib(self) -> float:
        """Median resident memory once settled."""
        return median([r.rss_idle_kib for r in self.runs]) / 1024


@dataclass(frozen=True)
class ClickRun:
    """One fresh client's first click on a start-page choice (ms after the click)."""

    click_paint_ms: float
    """First paint of what the click shows (the loading page, or the page itself)."""
    page_paint_ms: float
    """First paint of the chosen page itself."""
    stall_ms: float
    """Longest GUI-thread stall from the click until the page painted."""


@dataclass(frozen=True)
class FirstClickResult:
    """Medians over the repetitions of one choice."""

    choice: str
    runs: tuple[ClickRun, ...]

    @property
    def click_paint_ms(self) -> float:
        """Median time from the click to its first paint."""
        return median([r.click_paint_ms for r in self.runs])

    @property
    def page_paint_ms(self) -> float:
        """Median time from the click to the page's first paint."""
        return median([r.page_paint_ms for r in self.runs])

    @property
    def stall_ms(self) -> float:
        """Median of the longest stall."""
        return median([r.stall_ms for r in self.runs])


def click_once(choice: str, settle_s: float, env: dict[str, str], rest_ms: int = 0) -> ClickRun:
    """Start the client (platform URL) fresh and click ``choice`` ``settle_s`` after paint,
    the pointer resting on it ``rest_ms`` first."""
    target = Target(
        f"first click on {CHOICE_LABELS[choice]}",
        (
            "client",
            "--click",
            choice,
            "--rest-ms",
            str(rest_ms),
            "--",
            "--platform",
            REMOTE_PLATFORM,
        ),
    )
    result = _run_probe(target, settle_s, env)
    lines = [line for line in result.stdout.splitlines() if line.startswith(PREFIX)]
    report = json.loads(lines[-1][len(PREFIX) :]) if lines else {}
    if "page_paint_ms" not in report:
        tail = " | ".join(result.stderr.strip().splitlines()[-5:])
        raise BenchError(f"{target.name}: the page did not paint ({report}): {tail}")
    return ClickRun(
        click_paint_ms=float(report["click_paint_ms"]),
        page_paint_ms=float(report["page_paint_ms"]),
        stall_ms=float(report["click_stall_ms"]),
    )


POINTER_REST_MS = 300
"""How long the pointer rests on a choice before the click, in the second measure."""


def measure_first_clicks(
    repetitions: int = 5, settle_s: float = 1.0
) -> dict[str, FirstClickResult]:
    """Each start-page choice's first click, ``repetitions`` fresh clients each, interleaved:
    clicked at once (as a keyboard shortcut or a test does), and after the pointer rested
    on it for :data:`POINTER_REST_MS` (as a mouse user's click comes)."""
    variants = {
        (choice, rest): CHOICE_LABELS[choice]
        + ("" if rest == 0 else f", pointer resting {rest} ms first")
        for choice in CHOICE_LABELS
        for rest in (0, POINTER_REST_MS)
    }
    runs: dict[tuple[str, int], list[ClickRun]] = {variant: [] for variant in variants}
    with tempfile.TemporaryDirectory(prefix="tcloud-bench-home-") as home:
        env = probe_env(Path(home))
        for _ in range(repetitions):
            for choice, rest in variants:
                runs[choice, rest].append(click_once(choice, settle_s, env, rest))
    return {
        label: FirstClickResult(label, tuple(runs[variant])) for variant, label in variants.items()
    }


def measure_startup(repetitions: int = 5, settle_s: float = 5.0) -> dict[str, StartupResult]:
    """Each target ``repetitions`` times, interleaved, after one discarded warm-up run each."""
    runs: dict[str, list[ProbeRun]] = {t.name: [] for t in TARGETS}
    with tempfile.TemporaryDirectory(prefix="tcloud-bench-home-") as home:
        env = probe_env(Path(home))
        for target in TARGETS:  # warm the page cache; not counted
            probe_once(target, 0.2, env)
        for _ in range(repetitions):
            for target in TARGETS:
                runs[target.name].append(probe_once(target, settle_s, env))
    return {name: StartupResult(name, tuple(samples)) for name, samples in runs.items()}


_IMPORTTIME = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)")


def slowest_imports(limit: int = 12) -> list[tuple[str, float]]:
    """Project modules imported before the client's first paint, by cumulative import time.

    From ``python -X importtime`` of the probe; PySide6 is left out (the bare window
    imports it too). Times are inflated by the measurement itself: compare them with
    each other, not with the start-up time.
    """
    with tempfile.TemporaryDirectory(prefix="tcloud-bench-home-") as home:
        result = _run_probe(CLIENT_REMOTE, 0.2, probe_env(Path(home)), "-X", "importtime")
    project = ("app", "ui", "certs", "sandbox")
    found: dict[str, float] = {}
    lines = result.stderr.splitlines()
    if FIRST_PAINT_MARK in lines:
        # What the client imports after its first paint (the log set-up, the first pages
        # warmed up) did not delay it.
        lines = lines[: lines.index(FIRST_PAINT_MARK)]
    for line in lines:
        match = _IMPORTTIME.match(line)
        if not match:
            continue
        module = match.group(4)
        if module.split(".")[0] in project:
            found[module] = max(found.get(module, 0.0), int(match.group(2)) / 1000)
    if not found:
        raise BenchError("python -X importtime reported no project modules")
    return sorted(found.items(), key=lambda item: -item[1])[:limit]
