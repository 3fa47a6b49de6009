"""Settings every test shares: offscreen Qt, a private home folder, no real keyring, the
hypothesis profile, and no silent skips under the project's test command."""

from __future__ import annotations

import gc
import logging
import os
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.errors
import pytest
from hypothesis import HealthCheck, settings

import app.storage.secrets
from app.storage.memory_keyring import MemoryKeyring, memory_keyring_installed
from app.storage.paths import HOME_ENV

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test writes may land in the real user folders, not even during collection or
# in session-wide fixtures that run before any test's own home is set.
os.environ.setdefault(HOME_ENV, tempfile.mkdtemp(prefix="tcloud-test-home-"))
# The safety net under the per-test fixture: from here on the process never reaches the
# user's real keyring, whatever a test or fixture does before or after its own one.
keyring.set_keyring(MemoryKeyring())

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
TEST_STACK = os.environ.get("TCLOUD_TEST_STACK") == "1"
"""Set by ``scripts/run_tests.py``: the whole test stack is there, so nothing may skip."""

# Property tests: the same examples on every CI run (a failure there is reproducible, not
# luck), an explicit deadline per example everywhere; randomised search on a developer's
# machine. A test's own @settings still wins for what it sets.
settings.register_profile(
    "ci",
    derandomize=True,
    deadline=timedelta(seconds=2),
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", deadline=timedelta(seconds=1), print_blob=True)
# Under scripts/mutation.py: deterministic, fewer examples; mutmut times each mutant itself.
settings.register_profile(
    "mutation",
    derandomize=True,
    deadline=None,
    max_examples=50,
    suppress_health_check=list(HealthCheck),
)
HYPOTHESIS_PROFILE = os.environ.get("TCLOUD_HYPOTHESIS_PROFILE") or (
    "ci" if TEST_STACK or os.environ.get("CI") else "dev"
)
settings.load_profile(HYPOTHESIS_PROFILE)

PLATFORM_SPECIFIC: dict[str, str] = {
    "tests/installer/test_installer_build.py": "stand-in executables are POSIX scripts: "
    "skipped on Windows only",
    "tests/installer/test_installer_bench.py": "reads /proc: skipped where there is none "
    "(Windows) only",
}
"""Test files whose skips are allowed under the test command: what runs only on one OS.

Everything else that skips under ``TCLOUD_TEST_STACK=1`` fails the run (see
:func:`pytest_runtest_makereport`): the test command installs and starts all a test needs.
"""


WALL_CLOCK_ENV = "TCLOUD_TEST_WALL_CLOCK"
"""An ISO moment, e.g. ``2026-12-05T10:00:00+08:00``: the sandbox platforms in the test
process run as if the wall clock had stood there when the tests started (time goes on from
there). Checks that no test depends on the weekday or date it runs on (docs/testing.md)."""


def pytest_configure(config: pytest.Config) -> None:
    """Move the in-process platforms' wall clock when ``TCLOUD_TEST_WALL_CLOCK`` says so."""
    moment = os.environ.get(WALL_CLOCK_ENV)
    if not moment:
        return
    import sandbox.api.tools
    import sandbox.context

    real_now = sandbox.context.real_now
    shift = datetime.fromisoformat(moment) - real_now()

    def shifted_now() -> datetime:
        return real_now() + shift

    sandbox.context.real_now = shifted_now  # type: ignore[assignment]
    sandbox.api.tools.real_now = shifted_now  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def memory_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """Every test: its own TCLOUD_HOME (``tmp_path / "home"``) and an empty in-memory keyring.

    Autouse, so no test can share files or secrets with another; request it by name to
    inspect the keyring. A test that swaps the keyring backend gets the previous one back.
    """
    monkeypatch.setenv(HOME_ENV, str(tmp_path / "home"))
    # the process-wide secret store starts afresh too (a fallback to memory is per run)
    monkeypatch.setattr(app.storage.secrets, "_default", None)
    with memory_keyring_installed() as backend:
        yield backend


class UnavailableKeyring(keyring.backend.KeyringBackend):
    """A PC whose keyring cannot be reached (no Credential Manager, no secret service)."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("Credential Manager unavailable")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("Credential Manager unavailable")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("Credential Manager unavailable")


@pytest.fixture
def no_keyring(memory_keyring: MemoryKeyring) -> None:
    """Every keyring call fails for this test (the memory keyring comes back after it)."""
    keyring.set_keyring(UnavailableKeyring())


@pytest.fixture
def pcsc_contexts(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The thread name of every PC/SC context established during the test, in order."""
    from smartcard import scard

    contexts: list[str] = []
    establish = scard.SCardEstablishContext

    def counting(scope: int) -> Any:
        contexts.append(threading.current_thread().name)
        return establish(scope)

    monkeypatch.setattr(scard, "SCardEstablishContext", counting)
    return contexts


@pytest.fixture
def screenshot_dir() -> Path:
    """Where screenshot tests put their PNGs (kept as CI artifacts)."""
    folder = ARTIFACTS / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put the root logger's handlers and level back after the test."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """Under the test command a skip is a failure unless the test is platform-specific."""
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if not (TEST_STACK and report.skipped) or hasattr(report, "wasxfail"):
        return
    path = item.nodeid.split("::", 1)[0]
    if path in PLATFORM_SPECIFIC and sys.platform != "linux":
        return
    reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
    report.outcome = "failed"
    report.longrepr = (
        f"skipped under the test command (TCLOUD_TEST_STACK=1), which provides everything "
        f"the tests need: {reason}. Install what is missing (scripts/bootstrap test) or, for "
        f"a test that only runs on one OS, list its file in PLATFORM_SPECIFIC in "
        f"tests/conftest.py with the reason."
    )


def _window_addresses() -> set[int]:
    """Where the application's parentless top-level widgets are (none without Qt)."""
    if "PySide6.QtWidgets" not in sys.modules:
        return set()
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    if QApplication.instance() is None:
        return set()
    return {
        Shiboken.getCppPointer(w)[0] for w in QApplication.topLevelWidgets() if w.parent() is None
    }


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    """Note the windows that exist before the test (see :func:`pytest_runtest_teardown`)."""
    item.stash[_WINDOWS_BEFORE] = _window_addresses()
    yield


_WINDOWS_BEFORE = pytest.StashKey[set[int]]()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the windows the test made now, on the GUI thread, while their screen exists.

    pytest-qt closes the widgets a test registered and asks Qt to delete them later; a
    window the test did not register (a dialog opened without a parent) is not closed at
    all. Left to a later test, such a window, still owned by Python, was destroyed by the
    garbage collector in the middle of that test together with the objects around it, and
    the offscreen platform crashed (a segmentation fault in ``QCursor::pos``).
    """
    yield
    _end_platform_calls(item)
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication
    from shiboken6 import Shiboken

    if QApplication.instance() is None:
        return
    before = item.stash.get(_WINDOWS_BEFORE, set())
    for window in QApplication.topLevelWidgets():
        if window.parent() is None and Shiboken.getCppPointer(window)[0] not in before:
            window.close()
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    # What the test dropped goes now, on the GUI thread: a widget left in a reference cycle
    # was otherwise destroyed by a collection in the middle of a later test, under a
    # deferred focus that was walking its page ("Internal C++ object already deleted").
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


LEFTOVER_WORK_WAIT = 10.0
"""Seconds a test's cancelled platform calls and background jobs get to end at its teardown."""


def _end_platform_calls(item: pytest.Item) -> None:
    """Cancel the platform calls and background jobs a test left running; wait for their end.

    A page's background job can outlive its test (the window closed, the job's call still
    waiting on a platform that was slow or stopped). Left running, it was counted among
    the next test's calls in flight, and with that test's proxy set in the environment its
    next request went to that proxy.
    """
    guard = sys.modules.get("app.platform.guard")
    bridge = sys.modules.get("ui.async_bridge")
    if bridge is not None:
        from PySide6.QtCore import QCoreApplication
    ends = time.monotonic() + LEFTOVER_WORK_WAIT

    def still_running() -> str | None:
        if guard is not None and guard.oldest_call_started() is not None:
            guard.cancel_calls_in_flight()
            return "a platform call"
        if bridge is not None and bridge.background_pool().activeThreadCount():
            bridge.release_waiting_workers()  # its dialogs are closed: none will answer
            QCoreApplication.processEvents()  # deliver what the finished jobs answered
            return "a background job"
        return None

    while (running := still_running()) is not None:
        if time.monotonic() > ends:
            pytest.fail(
                f"{item.nodeid}: {running} it started was still running "
                f"{LEFTOVER_WORK_WAIT:.0f} s after the test, although cancelled"
            )
        time.sleep(0.01)
