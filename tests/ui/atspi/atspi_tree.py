"""The AT-SPI probe and tree helpers (see conftest.py for how the bus is set up).

``scripts/run_tests.py`` runs the tests marked ``atspi`` under Xvfb with a session D-Bus,
the AT-SPI bus launcher and registry, and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` (Qt then
publishes its accessibility tree as it does when Orca runs). The tree is read by
``atspi_probe.py`` in a Python with GObject introspection (Debian's python3-gi and
gir1.2-atspi-2.0), while the Qt event loop here keeps answering the bus.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from pytestqt.exceptions import TimeoutError
from pytestqt.qtbot import QtBot

PROBE = Path(__file__).with_name("atspi_probe.py")
REPLY_MS = 30000
INTERACTIVE_ROLES = {
    "push button",
    "toggle button",
    "check box",
    "radio button",
    "text",
    "entry",
    "password text",
    "combo box",
    "list",
    "list box",
    "table",
    "tree",
    "tree table",
    "page tab",
    "spin button",
    "slider",
    "link",
    "menu item",
}


def atspi_python() -> str | None:
    """A Python that can import the AT-SPI bindings (the system one on Debian)."""
    for candidate in (os.environ.get("TCLOUD_ATSPI_PYTHON"), "/usr/bin/python3", "python3"):
        path = shutil.which(candidate) if candidate else None
        if path is None:
            continue
        check = "import gi; gi.require_version('Atspi', '2.0'); from gi.repository import Atspi"
        if subprocess.run([path, "-c", check], capture_output=True, check=False).returncode == 0:
            return path
    return None


class AtspiProbe:
    """The accessibility tree and events of this process, read over AT-SPI."""

    def __init__(self, qtbot: QtBot, python: str) -> None:
        self.qtbot = qtbot
        self.replies: queue.Queue[dict[str, Any]] = queue.Queue()
        self.process = subprocess.Popen(
            [python, str(PROBE), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        threading.Thread(target=self._read, daemon=True).start()
        self._wait()  # {"ready": true}
        self.events: list[dict[str, Any]] = []

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.replies.put(json.loads(line))

    def _wait(self) -> dict[str, Any]:
        # The Qt event loop must run meanwhile: it answers the probe's calls on the bus.
        self.qtbot.waitUntil(lambda: not self.replies.empty(), timeout=REPLY_MS)
        reply = self.replies.get()
        assert "error" not in reply, reply["error"]
        return reply

    def ask(self, command: str) -> dict[str, Any]:
        """Send ``command`` and wait (running the Qt event loop) for the answer."""
        assert self.process.stdin is not None
        self.process.stdin.write(json.dumps({"cmd": command}) + "\n")
        self.process.stdin.flush()
        return self._wait()

    def tree(self) -> list[dict[str, Any]]:
        """The showing windows of this application with their descendants."""
        windows: list[dict[str, Any]] = self.ask("tree")["windows"]
        return windows

    def collect_events(self) -> list[dict[str, Any]]:
        """All events received so far (kept in :attr:`events`)."""
        self.events.extend(self.ask("events")["events"])
        return self.events

    def wait_event(self, matches: Any, timeout: int = 10000) -> dict[str, Any]:
        """Wait for an event for which ``matches(event)`` is true."""
        found: list[dict[str, Any]] = []

        def seen() -> bool:
            found[:] = [e for e in self.collect_events() if matches(e)]
            return bool(found)

        try:
            self.qtbot.waitUntil(seen, timeout=timeout)
        except TimeoutError:
            raise AssertionError(f"no such event among {self.events}") from None
        return found[-1]

    def focused(self) -> dict[str, Any]:
        """The object that last gained focus, as AT-SPI told it."""
        self.collect_events()
        gained = [e for e in self.events if e["type"].endswith("focused") and e["detail"] == 1]
        assert gained, "no focus event"
        return gained[-1]

    def close(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.write(json.dumps({"cmd": "quit"}) + "\n")
            self.process.stdin.flush()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def walk(nodes: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every node of the trees ``nodes``, depth first."""
    for node in nodes:
        yield node
        yield from walk(node["children"])


def unnamed_interactive(nodes: list[dict[str, Any]]) -> list[str]:
    """Objects a person can operate that a screen reader would announce without a name."""
    found = []
    for node in walk(nodes):
        if node["role"] not in INTERACTIVE_ROLES:
            continue
        if "focusable" not in node["states"] and "editable" not in node["states"]:
            continue
        if not node["name"].strip():
            found.append(f"{node['role']} (description {node['description']!r})")
    return found


def find_nodes(nodes: list[dict[str, Any]], **wanted: str) -> list[dict[str, Any]]:
    """Nodes whose fields equal ``wanted`` (e.g. role="alert")."""
    return [n for n in walk(nodes) if all(n.get(k) == v for k, v in wanted.items())]
