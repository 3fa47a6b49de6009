"""Reads one application through AT-SPI, as Orca does; run with the system Python.

The project's virtual environment has no GObject introspection, so the tests start this
script with a Python that has ``gi`` and the ``Atspi`` typelib (Debian's python3-gi and
gir1.2-atspi-2.0). It talks JSON lines: one command on stdin, one answer on stdout.

Commands: ``{"cmd": "tree"}`` (the showing part of the application's accessibility tree),
``{"cmd": "events"}`` (events since the last call: announcements, alerts shown, focus, name and
description changes, each with the name of the window it happened in),
``{"cmd": "quit"}``. The application is the one whose process id is the first argument.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

MAX_DEPTH = 60
EVENT_TYPES = (
    "object:announcement",
    "object:state-changed:showing",
    "object:state-changed:focused",
    "object:property-change:accessible-description",
    "object:property-change:accessible-name",
)


def find_application(pid: int) -> Any:
    desktop = Atspi.get_desktop(0)
    for index in range(desktop.get_child_count()):
        app = desktop.get_child_at_index(index)
        if app is not None and app.get_process_id() == pid:
            return app
    return None


def window_of(node: Any) -> str:
    """The name of the top-level window (frame, dialog) ``node`` belongs to."""
    window = node
    for _ in range(MAX_DEPTH):
        parent = window.get_parent()
        if parent is None or parent.get_role() == Atspi.Role.APPLICATION:
            break
        window = parent
    return str(window.get_name() or "")


def states_of(node: Any) -> list[str]:
    state_set = node.get_state_set()
    return sorted(
        Atspi.StateType(value).value_nick
        for value in range(int(Atspi.StateType.LAST_DEFINED))
        if state_set.contains(Atspi.StateType(value))
    )


def text_of(node: Any) -> str | None:
    text = node.get_text_iface()
    if text is None:
        return None
    return str(text.get_text(0, text.get_character_count()))


def describe(node: Any, depth: int) -> dict[str, Any]:
    states = states_of(node)
    entry: dict[str, Any] = {
        "role": node.get_role_name(),
        "id": node.get_accessible_id() or "",
        "name": node.get_name() or "",
        "description": node.get_description() or "",
        "states": states,
        "text": text_of(node),
        "children": [],
    }
    if depth >= MAX_DEPTH:
        return entry
    for index in range(node.get_child_count()):
        child = node.get_child_at_index(index)
        if child is None:
            continue
        try:
            if "showing" not in states_of(child):
                continue
            entry["children"].append(describe(child, depth + 1))
        except GLib.Error:
            continue  # a widget deleted while walking
    return entry


class Probe:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.events: list[dict[str, Any]] = []
        self.listener = Atspi.EventListener.new(self.on_event)
        for kind in EVENT_TYPES:
            self.listener.register(kind)

    def on_event(self, event: Any) -> None:
        source = event.source
        try:
            if source.get_process_id() != self.pid:
                return
            role, name = source.get_role_name(), source.get_name() or ""
            description = source.get_description() or ""
            window = window_of(source)
        except GLib.Error:
            return
        data = event.any_data if event.type == "object:announcement" else None
        self.events.append(
            {
                "type": event.type,
                "detail": event.detail1,
                "role": role,
                "name": name,
                "description": description,
                "window": window,
                "data": data if isinstance(data, str) else None,
            }
        )

    def answer(self, command: dict[str, Any]) -> dict[str, Any]:
        if command["cmd"] == "events":
            events, self.events = self.events, []
            return {"events": events}
        if command["cmd"] == "tree":
            app = find_application(self.pid)
            if app is None:
                return {"error": f"no application with pid {self.pid} on the AT-SPI bus"}
            app.clear_cache()
            windows = []
            for index in range(app.get_child_count()):
                window = app.get_child_at_index(index)
                if window is not None and "showing" in states_of(window):
                    windows.append(describe(window, 0))
            return {"windows": windows}
        return {"error": f"unknown command {command['cmd']!r}"}


def main() -> None:
    Atspi.init()
    probe = Probe(int(sys.argv[1]))
    loop = GLib.MainLoop()

    def on_line(channel: Any, _condition: Any) -> bool:
        line = channel.readline()
        if not line:
            loop.quit()
            return False
        command = json.loads(line)
        if command["cmd"] == "quit":
            loop.quit()
            return False
        try:
            reply = probe.answer(command)
        except GLib.Error as error:
            reply = {"error": str(error)}
        sys.stdout.write(json.dumps(reply, ensure_ascii=False) + "\n")
        sys.stdout.flush()
        return True

    channel = GLib.IOChannel.unix_new(sys.stdin.fileno())
    GLib.io_add_watch(channel, GLib.PRIORITY_DEFAULT, GLib.IOCondition.IN, on_line)
    sys.stdout.write(json.dumps({"ready": True}) + "\n")
    sys.stdout.flush()
    loop.run()


if __name__ == "__main__":
    main()
