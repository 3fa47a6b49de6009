"""Screen readers and keyboard use: alerts, field errors, focus after changes, keys.

Screen readers (Orca through AT-SPI on Linux, NVDA/JAWS/Narrator through UI Automation on
Windows) read Qt's accessibility interfaces. What Qt does not do by itself is here, in one
place, so that every page behaves the same way:

* page-level errors are *alerts* (role AlertMessage) and are announced when shown;
* a field in error carries the message as its accessible description and is marked invalid;
* a page change puts focus on the page's first field or its heading;
* Return presses a focused push button and, elsewhere on a page, the page's main button;
* focus comes back to the window a dialog was opened from when it closes.
"""

from __future__ import annotations

import atexit
import itertools
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QMetaMethod, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QAccessibleInterface,
    QAction,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)
from shiboken6 import Shiboken

ALERT_PROPERTY = "accessibleAlert"
"""A widget with this property set is exposed with the role AlertMessage."""
INVALID_PROPERTY = "invalid"
"""Set on a field whose content is wrong (drawn in the error colour, see resources/)."""
OWN_RETURN_PROPERTY = "handlesReturn"
"""Set on a page that gives Return its own meaning (the assessment: next question)."""
HEADING_NAME = "PageTitle"
TEXT_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox)
RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


_ALERT_INTERFACES: list[QAccessibleInterface] = []
"""The alert interfaces made in Python that Qt may still hold in its cache."""


def _interface_for(_class_name: str, target: QObject) -> QAccessibleInterface | None:
    if isinstance(target, QWidget) and target.property(ALERT_PROPERTY):
        from PySide6.QtWidgets import QAccessibleWidget

        interface = QAccessibleWidget(target, QAccessible.Role.AlertMessage)
        # Qt deletes an interface when its widget goes; keep only those it still holds.
        _ALERT_INTERFACES[:] = [i for i in _ALERT_INTERFACES if Shiboken.isValid(i)]
        _ALERT_INTERFACES.append(interface)
        return interface
    return None


def release_alert_interfaces() -> None:
    """Delete the alert interfaces Qt still holds while Python can run their destructors.

    Qt deletes what is left in its cache with the application object, which PySide
    destroys while Python is shutting down: deleting an interface made in Python then
    crashes the process on exit (with a screen reader running, it has made some).
    """
    for interface in _ALERT_INTERFACES:
        if Shiboken.isValid(interface):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
    _ALERT_INTERFACES.clear()


def make_alert(widget: QWidget) -> None:
    """Expose ``widget`` as an alert (AT-SPI role ``alert``, UIA's alert pattern)."""
    widget.setProperty(ALERT_PROPERTY, True)
    if isinstance(widget, QLabel) and not widget.accessibleName():
        widget.setAccessibleName(widget.text())
    if QAccessible.isActive():
        # An interface made before the property was set (a label announces its text as
        # it is built) keeps its role: drop it so the next query makes an alert.
        made = QAccessible.queryAccessibleInterface(widget)
        if made is not None and made.role() != QAccessible.Role.AlertMessage:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))


def announce(widget: QWidget, title: str, text: str = "") -> None:
    """Tell a screen reader now: ``title`` as the alert's name, ``text`` as its details.

    Sends Qt's Alert event (UI Automation's system alert on Windows) and an assertive
    announcement (AT-SPI ``object:announcement``, which Orca speaks at once).
    """
    widget.setAccessibleName(title)
    widget.setAccessibleDescription(text)
    if not QAccessible.isActive():
        return
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
    joiner = " " if title.endswith(("。", "！", "？", ".", "!", "?", "：", ":")) else "："
    spoken = f"{title}{joiner}{text}" if text else title
    announcement = QAccessibleAnnouncementEvent(widget, spoken)
    announcement.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(announcement)


def set_field_error(edit: QWidget, message: str | None, hint: str = "") -> None:
    """Mark ``edit`` invalid with ``message`` as its description, or back to ``hint``.

    The description is what a screen reader gets: Qt's AT-SPI bridge cannot put a field
    into the ``invalid-entry`` state (docs/accessibility.md says why).
    """
    was_invalid = bool(edit.property(INVALID_PROPERTY))
    edit.setProperty(INVALID_PROPERTY, bool(message))
    if was_invalid != bool(message):
        edit.style().unpolish(edit)
        edit.style().polish(edit)
        edit.update()
    if message:
        prefix = QApplication.translate("Accessibility", "輸入有誤：")
        edit.setAccessibleDescription(f"{prefix}{message}" + (f"（{hint}）" if hint else ""))
    else:
        edit.setAccessibleDescription(hint)


def status_label(label: QLabel, what: str) -> None:
    """A status line read as its current text; ``what`` it is becomes its description.

    A fixed accessible name would hide the text (「讀卡機狀態」 instead of what the reader
    says), so the name stays empty and Qt reads the label's text.
    """
    label.setAccessibleName("")
    label.setAccessibleDescription(what)


def example_text(example: str) -> str:
    """A placeholder read as an example, never as a value: 「例：101/5/20」."""
    return QApplication.translate("Accessibility", "例：{example}").format(example=example)


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _live_children(root: QWidget) -> list[QWidget]:
    """``root``'s widgets that still exist: a page being torn down (a test's window, a
    replaced page) may hand out a wrapper whose widget is already gone."""
    return [w for w in root.findChildren(QWidget) if Shiboken.isValid(w)]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def first_field(root: QWidget) -> QWidget | None:
    """The first visible, enabled, empty-or-not text field in ``root`` in reading order."""
    fields = [
        w
        for w in _live_children(root)
        if isinstance(w, TEXT_FIELDS) and _shown(w) and _takes_tab(w) and not _inside_line(w)
    ]
    ordered = reading_order(root, fields)
    return ordered[0] if ordered else None


def _inside_line(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, (QLineEdit, QComboBox))


def heading(root: QWidget) -> QLabel | None:
    """The page's visible title label (objectName ``PageTitle``)."""
    for label in root.findChildren(QLabel, HEADING_NAME):
        if label.isVisible():
            return label
    return None


def focus_page(root: QWidget) -> None:
    """Focus what a person meets first on a new page: its first field, else its heading.

    A page with an ``initial_focus()`` method names the widget itself (the assessment: the
    question's first answer).
    """
    if not root.isVisible():
        return
    chooser = getattr(root, "initial_focus", None)
    target: QWidget | None = chooser() if callable(chooser) else None
    if target is None:
        target = first_field(root)
    if target is None:
        title = heading(root)
        if title is not None:
            make_heading_focusable(title)
            target = title
    if target is not None:
        target.setFocus(Qt.FocusReason.OtherFocusReason)


class _PassTab(QObject):
    """Tab from a focused heading goes on to the next control.

    Once a screen reader has read a label's text, the label keeps Tab for moving between
    links in its text, so a heading that took focus would hold on to it.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        if not isinstance(event, QKeyEvent) or event.key() not in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            return False
        backwards = event.key() == Qt.Key.Key_Backtab or bool(
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        return _tab_from(watched, backwards)


def make_heading_focusable(label: QLabel) -> None:
    """Let a heading take focus from code (not by Tab), so it is read on a page change."""
    if label.focusPolicy() == Qt.FocusPolicy.NoFocus:
        label.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    if label.findChild(_PassTab) is None:
        label.installEventFilter(_PassTab(label))


def focus_first_in(root: QWidget) -> None:
    """Focus the first thing Tab reaches in ``root``, in reading order."""
    reachable = [
        w
        for w in _live_children(root)
        if _shown(w) and _takes_tab(w) and not _inside_line(w) and w.focusProxy() is None
    ]
    ordered = reading_order(root, reachable)
    if ordered:
        ordered[0].setFocus(Qt.FocusReason.ShortcutFocusReason)


def focus_pages_of(stack: QStackedWidget) -> None:
    """On every page change of ``stack``, focus the new page's first field or heading."""

    def changed(_index: int) -> None:
        page = stack.currentWidget()
        if page is not None:
            QTimer.singleShot(0, page, lambda: _focus_if_still_there(page))

    stack.currentChanged.connect(changed)


def _focus_if_still_there(page: QWidget) -> None:
    """Focus ``page`` after a page change, unless it went meanwhile (the window closed)."""
    if Shiboken.isValid(page):
        focus_page(page)


def reading_order(root: QWidget, widgets: Iterable[QWidget]) -> list[QWidget]:
    """``widgets`` top to bottom, and left to right within a row (as they are read)."""
    placed = []
    for widget in widgets:
        top_left = widget.mapTo(root, widget.rect().topLeft())
        placed.append((top_left.y(), top_left.x(), top_left.y() + widget.height(), widget))
    placed.sort(key=lambda item: (item[0], item[1]))
    rows: list[list[tuple[int, int, int, QWidget]]] = []
    for item in placed:
        if rows and item[0] < min(other[2] for other in rows[-1]):
            rows[-1].append(item)
        else:
            rows.append([item])
    return [item[3] for row in rows for item in sorted(row, key=lambda i: i[1])]


def order_tabs(root: QWidget, last: Iterable[QWidget] = ()) -> None:
    """Tab through ``root`` in reading order, ending with ``last`` (上一步, main button)."""
    closing = [w for w in last if w is not None]
    focusable = [
        w
        for w in _live_children(root)
        if w.isVisibleTo(root)
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
        and w not in closing
        and not _inside_line(w)
        and w.focusProxy() is None
    ]
    chain = reading_order(root, focusable) + closing
    for before, after in itertools.pairwise(chain):
        QWidget.setTabOrder(before, after)


def name_clear_button(edit: QLineEdit) -> None:
    """Give a line edit's clear button (an icon only) a name a screen reader can say."""
    edit.setClearButtonEnabled(True)
    name = QApplication.translate("Accessibility", "清除")
    for action in edit.findChildren(QAction):
        action.setText(name)
        action.setToolTip(name)
    for button in edit.findChildren(QToolButton):
        button.setAccessibleName(name)


def reach_by_tab(toolbar: QToolBar) -> None:
    """Let Tab reach a tool bar's buttons (Qt leaves them out of the focus chain)."""
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def mnemonic_text(text: str, key: str) -> str:
    """``text`` with ``key`` as its Alt mnemonic: 「下一步(&N)」, "&Next"."""
    if "&" in text:
        return text
    letter = key.upper()
    index = text.upper().find(letter) if text.isascii() else -1
    if index >= 0:
        return f"{text[:index]}&{text[index:]}"
    return f"{text}(&{letter})"


class MnemonicButton(QPushButton):
    """A push button that keeps its Alt mnemonic whatever text it is given."""

    def __init__(self, text: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mnemonic = key
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt name
        """Set the label with the mnemonic; the accessible name is the label without '&'."""
        super().setText(mnemonic_text(text, self.mnemonic))
        self.setAccessibleName(text.replace("&", ""))


def _tab_from(widget: QWidget, backwards: bool) -> bool:
    """Focus the next (or previous) widget Tab stops at after ``widget``."""
    step = widget.previousInFocusChain if backwards else widget.nextInFocusChain
    candidate = step()
    while candidate is not None and candidate is not widget:
        if (
            _takes_tab(candidate)
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.window() is widget.window()
        ):
            reason = (
                Qt.FocusReason.BacktabFocusReason if backwards else Qt.FocusReason.TabFocusReason
            )
            candidate.setFocus(reason)
            return True
        step = candidate.previousInFocusChain if backwards else candidate.nextInFocusChain
        candidate = step()
    return False


def default_button(widget: QWidget) -> QPushButton | None:
    """The nearest enclosing page's visible, enabled default button (its main action)."""
    ancestor = widget.parentWidget()
    while ancestor is not None:
        if ancestor.property(OWN_RETURN_PROPERTY):
            return None
        for button in ancestor.findChildren(QPushButton):
            if button.isDefault() and button.isVisible() and button.isEnabled():
                return button
        if ancestor.isWindow():
            return None
        ancestor = ancestor.parentWidget()
    return None


class KeyboardHelper(QObject):
    """Application-wide keys Qt leaves out, and focus back after a dialog closes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt name
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if kind == QEvent.Type.Hide and isinstance(watched, QDialog):
            self._dialog_closed(watched)
        return False

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() not in RETURN_KEYS or not plain or not isinstance(watched, QWidget):
            return False
        if QApplication.focusWidget() is not watched or isinstance(watched.window(), QDialog):
            return False  # only the focus widget's own delivery; dialogs do this themselves
        if isinstance(watched, QAbstractButton) and not watched.isCheckable():
            if isinstance(watched, QPushButton) and watched.isDefault():
                return False  # the default button presses itself
            watched.click()  # Qt presses push buttons on Return only inside dialogs
            return True
        if isinstance(watched, QAbstractItemView | QPlainTextEdit | QTextEdit | QComboBox):
            return False  # Return has its own meaning there
        if isinstance(watched, QLineEdit) and watched.isSignalConnected(
            QMetaMethod.fromSignal(watched.returnPressed)
        ):
            return False  # the field's own action (查詢 on the UBN field)
        button = default_button(watched)
        if button is None:
            return False
        button.click()
        return True

    def _dialog_closed(self, dialog: QDialog) -> None:
        opener = dialog.parentWidget()
        if opener is None:
            return
        window = opener.window()
        if window is dialog or not window.isVisible():
            return

        def back() -> None:
            if window.isVisible() and QApplication.activeModalWidget() is None:
                window.activateWindow()
                window.raise_()

        QTimer.singleShot(0, window, back)


def install_accessibility(app: QApplication) -> None:
    """Install the alert role and the keyboard helper (once per application)."""
    if app.findChild(KeyboardHelper) is not None:
        return
    QAccessible.installFactory(_interface_for)
    # Registered after PySide's own clean-up (at import), so it runs before it.
    atexit.register(release_alert_interfaces)
    app.installEventFilter(KeyboardHelper(app))
