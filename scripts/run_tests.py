"""Run the whole test suite the way CI does: lint, types, tests on a real PC/SC stack.

Called by ``scripts/bootstrap test`` after the system and Python packages are in place.
Starts what the tests need and stops it afterwards:

* ``pcscd`` with the ``vpcd`` virtual reader driver (the emulated cards connect to it);
* ``Xvfb`` for the screenshot tests (everything else runs with the offscreen Qt platform);
* a throw-away PostgreSQL cluster, on which the platform's tests (``tests/sandbox`` and the
  flow tests that drive it) run a second time (see ``scripts/postgres_cluster.py``);
* a session D-Bus with the AT-SPI accessibility bus on that screen, for the tests marked
  ``atspi`` that read the client as a screen reader does.

Between the tests and the PostgreSQL run, ``scripts/mutation.py --fast`` checks that the
tests catch deliberate bugs in the fast mutation targets (see docs/testing.md).

Extra arguments go to pytest. Exit code 5 from pytest (no tests collected) is a failure.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.postgres_cluster import (  # noqa: E402
    TEST_DATABASE_ENV,
    PostgresUnavailableError,
    throwaway_cluster,
)

PLATFORM_TESTS = ["tests/sandbox", "tests/flows"]
"""The tests that run on the platform's database, run again on PostgreSQL."""
VENV_BIN = Path(sys.executable).parent
ARTIFACTS = ROOT / "test-artifacts"


def step(title: str) -> None:
    print(f"\033[1m==> {title}\033[0m", flush=True)


def run(*cmd: str, env: dict[str, str] | None = None) -> int:
    return subprocess.call(list(cmd), cwd=ROOT, env=env)


def readers() -> list[str]:
    code = "from smartcard.System import readers; print('\\n'.join(str(r) for r in readers()))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=20, check=False
    )
    return [line for line in out.stdout.splitlines() if line.strip()]


@contextlib.contextmanager
def pcsc_stack() -> Iterator[None]:
    """Start pcscd (with the vpcd driver from Debian's vsmartcard-vpcd) unless one runs."""
    if subprocess.call(["pgrep", "-x", "pcscd"], stdout=subprocess.DEVNULL) == 0:
        step("pcscd already running; using it")
        yield
        return
    pcscd = shutil.which("pcscd") or "/usr/sbin/pcscd"
    if not Path(pcscd).exists():
        sys.exit("pcscd is not installed: run scripts/bootstrap test")
    step("Starting pcscd with the vpcd virtual readers")
    log = (ARTIFACTS / "pcscd.log").open("w")
    proc = subprocess.Popen([pcscd, "--foreground", "--debug"], stdout=log, stderr=log)
    try:
        # Never probe the vpcd TCP port: a connection counts as a card insertion.
        deadline = time.monotonic() + 20
        found: list[str] = []
        while time.monotonic() < deadline and not found:
            found = [r for r in readers() if "Virtual PCD" in r]
            time.sleep(0.3)
        if not found:
            sys.exit(
                "pcscd started but lists no 'Virtual PCD' reader (is vsmartcard-vpcd installed?)"
            )
        print("   readers:", ", ".join(found), flush=True)
        yield
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@contextlib.contextmanager
def virtual_screen() -> Iterator[str]:
    display = ":97"
    step(f"Starting Xvfb on {display}")
    proc = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
        deadline = time.monotonic() + 15
        while not socket.exists() and time.monotonic() < deadline:
            time.sleep(0.1)
        if not socket.exists():
            sys.exit("Xvfb did not start")
        yield display
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@contextlib.contextmanager
def accessibility_bus(display: str) -> Iterator[dict[str, str]]:
    """A private session D-Bus with the AT-SPI bus launcher (it starts the registry).

    Yields the environment for a Qt client that publishes its accessibility tree there.
    """
    step("Starting a session D-Bus and the AT-SPI accessibility bus")
    launcher = Path("/usr/libexec/at-spi-bus-launcher")
    if not launcher.exists():
        sys.exit("at-spi-bus-launcher is missing: run scripts/bootstrap test (at-spi2-core)")
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    address = bus.stdout.readline().strip()
    if not address:
        bus.kill()
        sys.exit("dbus-daemon did not start")
    env = {
        "DBUS_SESSION_BUS_ADDRESS": address,
        "DISPLAY": display,
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
    }
    log = (ARTIFACTS / "at-spi.log").open("w")
    spi = subprocess.Popen(
        [str(launcher), "--launch-immediately", "--a11y=1"],
        env={**os.environ, **env},
        stdout=log,
        stderr=log,
    )
    try:
        deadline = time.monotonic() + 15
        ready = False
        while time.monotonic() < deadline and not ready:
            # Asks who owns the name without starting a second launcher by activation.
            ready = (
                subprocess.run(
                    [
                        "dbus-send",
                        "--session",
                        "--print-reply",
                        "--dest=org.freedesktop.DBus",
                        "/org/freedesktop/DBus",
                        "org.freedesktop.DBus.NameHasOwner",
                        "string:org.a11y.Bus",
                    ],
                    env={**os.environ, **env},
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                    check=False,
                )
                .stdout.strip()
                .endswith("true")
            )
            time.sleep(0.2)
        if not ready:
            sys.exit("the AT-SPI bus launcher did not answer")
        yield env
    finally:
        for proc in (spi, bus):
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        log.close()


def main() -> int:
    ARTIFACTS.mkdir(exist_ok=True)
    ruff = str(VENV_BIN / "ruff")
    mypy = str(VENV_BIN / "mypy")

    step("ruff check")
    if run(ruff, "check", "."):
        return 1
    step("ruff format --check")
    if run(ruff, "format", "--check", "."):
        return 1
    step("mypy")
    if run(mypy):
        return 1

    env = dict(os.environ)
    env["TCLOUD_TEST_STACK"] = "1"  # card tests fail, never skip, without pcscd/SoftHSM2
    env.setdefault("PYTHONFAULTHANDLER", "1")
    pytest = [sys.executable, "-m", "pytest", *sys.argv[1:]]

    with pcsc_stack():
        step("pytest (offscreen)")
        env_offscreen = {**env, "QT_QPA_PLATFORM": "offscreen"}
        code = run(*pytest, "-m", "not screenshot and not atspi", env=env_offscreen)
        if code != 0:
            print(f"pytest failed with exit code {code}", flush=True)
            return code or 1
        step("Mutation testing, fast targets (scripts/mutation.py --fast)")
        code = run(sys.executable, str(ROOT / "scripts" / "mutation.py"), "--fast", env=env)
        if code != 0:
            print(f"mutation testing failed with exit code {code}", flush=True)
            return code or 1
        step("Starting a throw-away PostgreSQL cluster")
        try:
            with throwaway_cluster() as database:
                step(f"pytest: the platform's tests on PostgreSQL ({', '.join(PLATFORM_TESTS)})")
                env_pg = {**env_offscreen, TEST_DATABASE_ENV: database}
                marks = "not screenshot and not atspi"
                code = run(*pytest, *PLATFORM_TESTS, "-m", marks, env=env_pg)
        except PostgresUnavailableError as exc:
            print(f"PostgreSQL: {exc}", flush=True)
            return 1
        if code != 0:
            print(f"pytest on PostgreSQL failed with exit code {code}", flush=True)
            return code or 1
        with virtual_screen() as display:
            step("pytest screenshots (Xvfb, CJK font)")
            env_screen = {**env, "QT_QPA_PLATFORM": "xcb", "DISPLAY": display}
            code = run(*pytest, "-m", "screenshot", env=env_screen)
            if code != 0:
                print(f"screenshot tests failed with exit code {code}", flush=True)
                return code or 1
            with accessibility_bus(display) as bus_env:
                step("pytest accessibility (AT-SPI bus, Xvfb)")
                code = run(*pytest, "-m", "atspi", env={**env_screen, **bus_env})
                if code != 0:
                    print(f"accessibility tests failed with exit code {code}", flush=True)
                    return code or 1

    # Frozen bundle (owned by installer/): build it with PyInstaller, report its size and
    # smoke-test it offscreen: start page, embedded training platform, diagnose --json.
    step("Frozen bundle: PyInstaller build and smoke test (offscreen)")
    build = str(ROOT / "installer" / "build.py")
    code = run(sys.executable, build, "--smoke", env={**env, "QT_QPA_PLATFORM": "offscreen"})
    if code != 0:
        print(f"frozen bundle build or smoke test failed with exit code {code}", flush=True)
        return code or 1
    step(f"All checks passed; screenshots in {ARTIFACTS.relative_to(ROOT)}/screenshots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
