"""Yes/no questions that block only their own window.

``QMessageBox.question`` is modal to the whole application: it would also block the
training panel, which must stay usable while the program asks (see ui/training/panel.py).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(
    parent: QWidget,
    title: str,
    text: str,
    *,
    warning: bool = False,
    default_yes: bool = True,
) -> bool:
    """Ask ``text``; True when the person answers Yes. Blocks ``parent``'s window only."""
    yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, yes | no, parent)
    box.setDefaultButton(yes if default_yes else no)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    return box.exec() == yes
