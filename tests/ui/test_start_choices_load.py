"""Each start-page choice loads its page when first clicked, not before, and the click
is answered at once (the loading page) while the page's modules load on a worker.

Each choice runs in a fresh process (``bench.probe``, the bench's own first-click
measure), so the click really is the first: nothing of the page is in memory yet. The
bounds are generous for a loaded shared machine; the bench holds the 100 ms target.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.probe import PREFIX
from bench.startup import REMOTE_PLATFORM, probe_env

ROOT = Path(__file__).resolve().parents[2]
CLICK_ANSWERED_MS = 500.0
"""The click paints what it shows (the loading page) within this (bench target: 100 ms)."""
PAGE_SHOWN_MS = 20_000.0
"""The page itself is shown within this, its modules loaded on a worker."""
LONGEST_STALL_MS = 750.0
"""The GUI thread is never blocked this long meanwhile (importing the wizard on the GUI
thread blocked it for about a second)."""

PAGES = {"new": "EnrolmentWizard", "login": "MemberLoginPage", "help": "SupportPage"}


def first_click(choice: str, home: Path) -> dict[str, object]:
    """The probe's report of the client's first click on ``choice``."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "bench.probe",
            "client",
            "--settle",
            "1",
            "--click",
            choice,
            "--",
            "--platform",
            REMOTE_PLATFORM,
        ],
        cwd=ROOT,
        env=probe_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith(PREFIX)]
    assert lines, result.stdout + result.stderr
    report: dict[str, object] = json.loads(lines[-1][len(PREFIX) :])
    return report


@pytest.mark.parametrize("choice", sorted(PAGES))
def test_a_start_page_choice_loads_its_page_when_first_clicked(choice: str, tmp_path: Path) -> None:
    report = first_click(choice, tmp_path)
    # Nothing of any page was loaded while the client sat idle on the start page.
    assert report["page_modules_before_click"] == []
    assert report.get("page") == PAGES[choice], report
    assert float(str(report["click_paint_ms"])) < CLICK_ANSWERED_MS, report
    assert float(str(report["page_paint_ms"])) < PAGE_SHOWN_MS, report
    assert float(str(report["click_stall_ms"])) < LONGEST_STALL_MS, report
