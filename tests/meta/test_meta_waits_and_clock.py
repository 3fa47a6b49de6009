"""The suite's own rules: no fixed waits, and UI and flow tests never read this PC's date."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"

FIXED_WAIT = re.compile(r"\bqtbot\.wait\(|\bqWait\(")
FIXED_WAITS_ALLOWED = {
    "tests/ui/atspi/test_atspi_keyboard_journey.py": "each key pressed through the window "
    "system gets KEY_MS before the next key, the pace of a person typing; the journey's "
    "checks wait for their conditions (wait_for)",
}
"""Files whose fixed waits are known, with the reason (each one must still be there)."""

PC_DATE = re.compile(r"\bdate\.today\(\)")


def _lines(folder: Path) -> list[tuple[str, int, str]]:
    return [
        (path.relative_to(ROOT).as_posix(), number, line)
        for path in sorted(folder.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
    ]


def test_no_fixed_wait_gates_an_assertion() -> None:
    """Tests wait for a condition (waitUntil, waitSignal, wait_painted), not for time."""
    waits = [(path, n) for path, n, line in _lines(TESTS) if FIXED_WAIT.search(line)]
    unexplained = [f"{path}:{n}" for path, n in waits if path not in FIXED_WAITS_ALLOWED]
    assert unexplained == [], "fixed waits: wait for the condition instead"
    assert {path for path, _n in waits} == set(FIXED_WAITS_ALLOWED), "list only what is there"


def test_ui_and_flow_tests_never_read_this_pcs_date() -> None:
    """Their platform clock is pinned (tests/platform_clock.py); this PC's date is not."""
    found = [
        f"{path}:{n}"
        for folder in (TESTS / "ui", TESTS / "flows")
        for path, n, line in _lines(folder)
        if PC_DATE.search(line)
    ]
    assert found == [], "use PINNED_TODAY or a PC clock the test builds"
