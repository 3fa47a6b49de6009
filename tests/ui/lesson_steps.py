"""Reading a lesson's step list as the trainee sees it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget


def shown_steps(steps: QListWidget) -> list[str]:
    """Each step as shown: ``"✓ text"`` when its box is ticked, ``"○ text"`` when not."""
    lines = []
    for row in range(steps.count()):
        item = steps.item(row)
        mark = "✓" if item.checkState() == Qt.CheckState.Checked else "○"
        lines.append(f"{mark} {item.text()}")
    return lines
