"""The suite's own rules: no silent skips under the test command, the hypothesis profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

ROOT = Path(__file__).resolve().parents[2]
pytest_plugins = ["pytester"]

SKIPPING = """
import pytest

def test_needs_a_tool():
    pytest.skip("makensis is not installed")

def test_runs():
    assert True
"""


def run(pytester: pytest.Pytester, stack: str | None) -> pytest.RunResult:
    pytester.makeconftest((ROOT / "tests" / "conftest.py").read_text(encoding="utf-8"))
    pytester.makepyfile(test_example=SKIPPING)
    env = {"PYTHONPATH": str(ROOT)}
    if stack is not None:
        env["TCLOUD_TEST_STACK"] = stack
    pytester_env = pytest.MonkeyPatch()
    try:
        pytester_env.delenv("TCLOUD_TEST_STACK", raising=False)
        for name, value in env.items():
            pytester_env.setenv(name, value)
        return pytester.runpytest_subprocess("-p", "no:randomly", "-p", "no:cacheprovider")
    finally:
        pytester_env.undo()


def test_a_skip_fails_the_run_under_the_test_command(pytester: pytest.Pytester) -> None:
    result = run(pytester, "1")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*skipped under the test command*makensis is not installed*"])


def test_a_skip_stays_a_skip_on_a_developers_machine(pytester: pytest.Pytester) -> None:
    result = run(pytester, None)
    result.assert_outcomes(passed=1, skipped=1)


def test_property_tests_are_derandomised_with_a_deadline_under_the_test_command() -> None:
    profile = settings.get_profile("ci")
    assert profile.derandomize
    assert profile.deadline is not None
    assert settings.get_profile("dev").deadline is not None
    if os.environ.get("TCLOUD_TEST_STACK") == "1":
        assert settings.default.derandomize
