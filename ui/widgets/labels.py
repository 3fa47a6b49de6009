"""Labels as the pages use them."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


def wrapped_label(name: str = "", *, text: str = "") -> QLabel:
    """A label that wraps its text, named ``name`` for the style sheet and the tests
    (``Hint``, ``FieldError``, …; unnamed when empty)."""
    label = QLabel(text)
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label
