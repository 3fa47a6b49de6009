"""Each start-page choice paints its page at once on the first click: its first page is
light (no HTTP client, keyring, cryptography or card stack) and is imported on a worker
after the start page's first paint; what comes after it loads when reached.

Each choice runs in a fresh process (``bench.probe``, the bench's own first-click
measure), so the click really is the first. The bounds are generous for a loaded shared
machine; the bench holds the 100 ms target.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.probe import PREFIX
from bench.startup import REMOTE_PLATFORM, probe_env
from ui.main_window import FIRST_PAGE_MODULES

ROOT = Path(__file__).resolve().parents[2]
CLICK_ANSWERED_MS = 500.0
"""The click paints what it shows (the loading page) within this (bench target: 100 ms)."""
PAGE_SHOWN_MS = 5_000.0
"""The page itself is shown within this: 22–67 ms on this 2-core machine (bench/results.md),
so a page that waits for the network, a card or a lock, or imports for seconds on the GUI
thread, fails here."""
LONGEST_STALL_MS = 750.0
"""The GUI thread is never blocked this long meanwhile (importing the wizard on the GUI
thread blocked it for about a second)."""

PAGES = {"new": "EnrolmentWizard", "login": "MemberLoginPage", "help": "SupportPage"}


def probe_report(home: Path, *probe_args: str) -> dict[str, object]:
    """The report of ``bench.probe client`` run with ``probe_args`` in a fresh process."""
    result = subprocess.run(
        [sys.executable, "-m", "bench.probe", "client", *probe_args],
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


def first_click(choice: str, home: Path) -> dict[str, object]:
    """The probe's report of the client's first click on ``choice``."""
    return probe_report(
        home, "--settle", "1", "--click", choice, "--", "--platform", REMOTE_PLATFORM
    )


@pytest.mark.parametrize("choice", sorted(PAGES))
def test_a_start_page_choice_loads_its_page_when_first_clicked(choice: str, tmp_path: Path) -> None:
    report = first_click(choice, tmp_path)
    # Idle, only the choices' first pages were loaded ahead, nothing of the later steps.
    assert set(report["page_modules_before_click"]) <= set(FIRST_PAGE_MODULES), report
    assert report.get("page") == PAGES[choice], report
    assert float(str(report["click_paint_ms"])) < CLICK_ANSWERED_MS, report
    assert float(str(report["page_paint_ms"])) < PAGE_SHOWN_MS, report
    assert float(str(report["click_stall_ms"])) < LONGEST_STALL_MS, report


@pytest.mark.parametrize("choice", ["new", "login"])
def test_the_first_pages_of_an_application_and_a_login_need_no_client_keyring_or_card(
    choice: str, tmp_path: Path
) -> None:
    # The UBN page needs the field, the checksum rule and Qt: the HTTP client, the drafts'
    # keyring and cipher and the card stack load on the first lookup's worker.
    report = first_click(choice, tmp_path)
    assert report.get("page") == PAGES[choice], report
    assert report["libraries_at_page_paint"] == [], report


def idle_report(home: Path, *client_args: str) -> dict[str, object]:
    """The probe's report of a client idling on its start page once its platform is known."""
    return probe_report(home, "--settle", "1", "--wait-platform", "--", *client_args)


TRAINING_IDLE_RSS_RATIO = 1.1
"""Issue 13: training mode idles within 10 % of the client with a platform URL."""


def test_training_mode_idles_like_the_client_with_a_platform_url(tmp_path: Path) -> None:
    training = idle_report(tmp_path / "training")
    remote = idle_report(tmp_path / "remote", "--platform", REMOTE_PLATFORM)
    # The platform runs in its own process; the demo cards, their cryptography and the
    # training panel wait until the panel is opened or a page uses cards.
    assert training["platform_known"] is True, training
    assert training["idle_modules_not_needed"] == [], training
    assert remote["idle_modules_not_needed"] == [], remote
    training_rss = float(str(training["rss_idle_kib"]))
    remote_rss = float(str(remote["rss_idle_kib"]))
    assert training_rss <= TRAINING_IDLE_RSS_RATIO * remote_rss, (training, remote)
