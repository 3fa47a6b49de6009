"""Reading the client through the AT-SPI accessibility bus, as Linux screen readers do.

``scripts/run_tests.py`` runs the tests marked ``atspi`` under Xvfb with a session D-Bus,
the AT-SPI bus launcher and registry, and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1`` (Qt then
publishes its accessibility tree as it does when Orca runs). The tree is read by
``atspi_probe.py`` in a Python with GObject introspection (Debian's python3-gi and
gir1.2-atspi-2.0), while the Qt event loop here keeps answering the bus.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.atspi.atspi_tree import AtspiProbe, atspi_python


@pytest.fixture(scope="session")
def atspi_python_path() -> str:
    """Fails under the CI stack (skips elsewhere) when the bus or the bindings are missing."""
    problems = []
    if os.environ.get("QT_QPA_PLATFORM") != "xcb" or not os.environ.get("DISPLAY"):
        problems.append("needs Qt's xcb platform on an X display (Xvfb)")
    if os.environ.get("QT_LINUX_ACCESSIBILITY_ALWAYS_ON") != "1":
        problems.append("needs QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1")
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        problems.append("needs a session D-Bus with the AT-SPI bus launcher")
    python = atspi_python()
    if python is None:
        problems.append("no Python with gi and Atspi 2.0 (python3-gi, gir1.2-atspi-2.0)")
    if problems or python is None:
        reason = "; ".join(problems) + " (scripts/run_tests.py starts all of it)"
        if os.environ.get("TCLOUD_TEST_STACK") == "1":
            pytest.fail(f"test stack incomplete: {reason}")
        pytest.skip(reason)
    return python


@pytest.fixture
def atspi(qtbot: QtBot, atspi_python_path: str) -> Iterator[AtspiProbe]:
    """A probe reading this process over the accessibility bus."""
    probe = AtspiProbe(qtbot, atspi_python_path)
    yield probe
    probe.close()
