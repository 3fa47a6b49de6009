"""What every wizard page has: title, what is needed and what happens next, errors, buttons."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import MnemonicButton, make_heading_focusable, order_tabs
from ui.async_bridge import run_in_background
from ui.errors import reason_lines
from ui.widgets.error_panel import ErrorPanel
from ui.widgets.labels import wrapped_label
from ui.widgets.layouts import Stretch, column_layout, row_layout

log = logging.getLogger(__name__)
T = TypeVar("T")


class WizardPage(QWidget):
    """A page with a scrolling body; subclasses fill :attr:`body`."""

    back_requested = Signal()

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.title.setWordWrap(True)
        make_heading_focusable(self.title)
        self.intro = QLabel(intro)
        self.intro.setObjectName("PageSubtitle")
        self.intro.setWordWrap(True)
        inner = QWidget()
        inner.setObjectName("PageBody")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(10)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The scroll area itself is no stop for Tab: focus goes to what is in it.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area = scroll
        self.errors = ErrorPanel()
        self.busy = QLabel()
        self.busy.setObjectName("Hint")
        self.busy.setVisible(False)
        self.back_button = MnemonicButton(self.tr("上一步"), "B")
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = MnemonicButton(self.tr("下一步"), "N")
        self.next_button.setObjectName("PrimaryButton")
        self.next_button.setDefault(True)
        self.next_hint = wrapped_label("Hint")
        self.next_hint.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.next_hint.setVisible(False)
        self.buttons = row_layout(None, self.back_button, Stretch(1), self.busy, self.next_button)
        column_layout(
            self,
            self.title,
            self.intro,
            (scroll, 1),
            self.errors,
            # On its own line: squeezed beside the buttons a wrapped hint was cut off top and bottom.
            self.next_hint,
            self.buttons,
            margins=(32, 20, 32, 16),
            spacing=10,
        )
        # Tab follows reading order (content, then 上一步 and the main button), also after
        # the page adds or hides content.
        self._tab_timer = QTimer(self)
        self._tab_timer.setSingleShot(True)
        self._tab_timer.setInterval(0)
        self._tab_timer.timeout.connect(self.order_tabs)
        inner.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        """Re-order Tab after the body's layout changed."""
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self._tab_timer.start()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Order Tab once the page is laid out."""
        super().showEvent(event)
        self._tab_timer.start()

    def order_tabs(self) -> None:
        """Tab through the content in reading order, then 上一步, then the main button."""
        order_tabs(self, [self.back_button, self.next_button])

    def set_next_enabled(self, enabled: bool, reason: str = "") -> None:
        """Enable the main button, or disable it saying why (shown and read aloud)."""
        self.next_button.setEnabled(enabled)
        why = "" if enabled else reason
        self.next_button.setAccessibleDescription(why)
        self.next_button.setToolTip(why)
        self.next_hint.setText(why)
        self.next_hint.setVisible(bool(why))

    def set_busy(self, text: str | None) -> None:
        """Show what is going on and disable the buttons while a call runs."""
        self.busy.setText(text or "")
        self.busy.setVisible(bool(text))
        if text:
            self.next_hint.setVisible(False)
        self.next_button.setEnabled(not text)
        self.back_button.setEnabled(not text)
        if text:
            self.errors.clear()

    def run_busy(
        self,
        busy: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], object],
        *,
        settled: Callable[[], None] | None = None,
        wanted: Callable[[], bool] = lambda: True,
    ) -> None:
        """Run ``work`` off the GUI thread while this page shows ``busy``.

        Back on the GUI thread: ``settled`` (the page is usable again), then ``done`` with
        the value or ``failed`` with the error. An error raised by ``done`` is shown on the
        page, never as a traceback. Nothing happens once ``wanted()`` is False.
        """
        self.set_busy(busy)
        page = type(self).__name__

        def settle() -> bool:
            if not wanted():
                return False
            self.set_busy(None)
            if settled is not None:
                settled()
            return True

        def ok(value: T) -> None:
            if not settle():
                return
            try:
                done(value)
            except Exception as error:  # shown through the error table, never as a traceback
                log.exception("%s could not handle an answer", page)
                self.errors.show_error(error, reason_lines(error))

        def bad(error: BaseException) -> None:
            if settle():
                log.info("%s: step failed: %s", page, getattr(error, "code", type(error).__name__))
                failed(error)

        run_in_background(work, ok, bad)

    def add_heading(self, text: str) -> QLabel:
        """A section heading in the body."""
        label = QLabel(text)
        label.setObjectName("SectionTitle")
        label.setWordWrap(True)
        self.body.addWidget(label)
        return label

    def add_paragraph(self, text: str, object_name: str = "") -> QLabel:
        """A wrapped paragraph in the body (selectable, so it can be read aloud or copied)."""
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if object_name:
            label.setObjectName(object_name)
        self.body.addWidget(label)
        return label
