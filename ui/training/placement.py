"""Where the main window and the training panel go on the screen.

The panel is a window of its own, kept beside the main window's right edge ("docked").
Both must fit on the small screens of office PCs (1366×768, 1280×720, with a taskbar).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

PANEL_WIDTH = 400
"""Width of the training panel's window, frame included."""
PREFERRED_SIZE = QSize(1100, 760)
"""The main window's size on a screen with room to spare."""
FRAME_ALLOWANCE = QSize(16, 40)
"""Room a window manager's frame and title bar usually take around a window."""


def initial_window_size(available: QRect, training: bool, minimum: QSize) -> QSize:
    """The main window's first size: the preferred one, shrunk to fit the screen.

    In training mode the width leaves room for the panel beside the window.
    """
    room_w = available.width() - FRAME_ALLOWANCE.width() - (PANEL_WIDTH if training else 0)
    room_h = available.height() - FRAME_ALLOWANCE.height()
    width = max(minimum.width(), min(PREFERRED_SIZE.width(), room_w))
    height = max(minimum.height(), min(PREFERRED_SIZE.height(), room_h))
    return QSize(width, height)


def dock_beside(main: QRect, available: QRect, min_main_width: int) -> tuple[QRect, QRect]:
    """The main window's frame and the panel's frame, the panel at the window's right.

    The window moves left (and if need be narrows, not below ``min_main_width``) so that
    both stay on the screen; the panel takes the window's height and top.
    """
    main = QRect(main)
    room = available.width() - PANEL_WIDTH
    if main.width() > room:
        main.setWidth(max(min_main_width, room))
    if main.right() + PANEL_WIDTH > available.right():
        main.moveLeft(max(available.left(), available.right() - PANEL_WIDTH - main.width() + 1))
    if main.top() < available.top():
        main.moveTop(available.top())
    if main.bottom() > available.bottom():
        main.setHeight(max(1, available.bottom() - main.top() + 1))
    panel = QRect(main.right() + 1, main.top(), PANEL_WIDTH, main.height())
    return main, panel
