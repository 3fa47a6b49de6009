"""Push buttons as the pages make them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import QPushButton


def push_button(
    text: str,
    on_click: Callable[[], object] | SignalInstance | None = None,
    *,
    name: str = "",
    accessible_name: str = "",
) -> QPushButton:
    """A button showing ``text`` that calls ``on_click`` (or emits that signal) when clicked.

    ``name`` is the object name for the style sheet and the tests; ``accessible_name`` is
    what a screen reader says when the text alone does not tell what the button does.
    """
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    if accessible_name:
        button.setAccessibleName(accessible_name)
    if on_click is not None:
        # Qt leaves out clicked's "checked" flag for a slot that takes no argument.
        button.clicked.connect(on_click)
    return button
