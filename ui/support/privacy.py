"""Remote-assist privacy mode in the window: the toggle, the indicator, masked values.

The state itself is :class:`app.support.privacy.PrivacyMode` (no Qt); this module gives
it a checkable action with a shortcut, keeps an indicator visible while it is on, and
offers widgets that show personal values masked while it is on and re-render on every
change. Every value shown through them is also registered with the log redactor, so a
value the screen treats as personal never reaches a log file or a support bundle.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from app.support.kinds import DataKind
from app.support.privacy import PrivacyMode, privacy_mode
from app.support.redact import default_redactor, sensitive_key_kind
from ui.dialogs.ask import ask_yes_no

PRIVACY_SHORTCUT = "Ctrl+Shift+P"


class PrivacyController(QObject):
    """Qt face of a :class:`PrivacyMode`: a ``changed`` signal and a toggle action."""

    changed = Signal(bool)
    _relay = Signal(bool)

    def __init__(self, mode: PrivacyMode | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.mode = mode or privacy_mode()
        self.action = QAction(self)
        self.action.setObjectName("PrivacyAction")
        self.action.setCheckable(True)
        self.action.setChecked(self.mode.enabled)
        self.action.setShortcut(QKeySequence(PRIVACY_SHORTCUT))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.retranslate()
        self._announced = self.mode.enabled
        self.confirm_off: Callable[[], bool] = self._ask_before_off
        """Asked before the toolbar turns the mode off (tests replace it)."""
        self.action.toggled.connect(self._action_toggled)
        # PrivacyMode may call back from any thread; the relay signal lands on ours.
        self._relay.connect(self._on_mode_changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = self.mode.subscribe(self._relay.emit)
        self.destroyed.connect(self._unsubscribe)

    def retranslate(self) -> None:
        """Set the action's texts in the current UI language (the controller outlives windows)."""
        self.action.setText(self.tr("遠端協助隱私模式"))
        self.action.setToolTip(
            self.tr("遮蔽畫面上的身分證字號、姓名、電話、電子郵件、生日與卡號（{key}）").format(
                key=PRIVACY_SHORTCUT
            )
        )

    def _ask_before_off(self) -> bool:
        parent = QApplication.activeWindow()
        if parent is None:
            return False  # no window to ask in (the toggle comes from one): the mode stays on
        # The question blocks its window only: the training panel stays usable.
        return ask_yes_no(
            parent,
            self.tr("關閉遠端協助隱私模式？"),
            self.tr(
                "關閉後，畫面會顯示身分證字號、姓名、電話、電子郵件、生日與卡號；"
                "若有人正在遠端看您的畫面，請先結束遠端協助。確定要關閉嗎？"
            ),
            default_yes=False,
        )

    @Slot(bool)
    def _action_toggled(self, checked: bool) -> None:
        """The toolbar's toggle: turning the mode off is confirmed first."""
        if not checked and self.mode.enabled and not self.confirm_off():
            self.action.blockSignals(True)
            self.action.setChecked(True)
            self.action.blockSignals(False)
            return
        self.set_enabled(checked)

    @property
    def enabled(self) -> bool:
        """True while personal values are masked."""
        return self.mode.enabled

    @Slot(bool)
    def set_enabled(self, enabled: bool) -> None:
        """Turn the mode on or off (widgets re-render at once)."""
        if enabled != self.mode.enabled:
            self.mode.set_enabled(enabled)
            self._on_mode_changed(enabled)

    def toggle(self) -> bool:
        """Flip the mode; returns the new state."""
        self.set_enabled(not self.mode.enabled)
        return self.mode.enabled

    @Slot(bool)
    def _on_mode_changed(self, _enabled: bool) -> None:
        # Queued relays can arrive after a direct update: always use the current state.
        enabled = self.mode.enabled
        if self.action.isChecked() != enabled:
            self.action.setChecked(enabled)
        if self._announced != enabled:
            self._announced = enabled
            self.changed.emit(enabled)

    def show(self, value: str, kind: DataKind | str) -> str:
        """``value`` as it may appear on screen now (registered with the log redactor)."""
        return display(value, kind, self)

    def bind_indicator(self, indicator: QWidget) -> None:
        """Keep ``indicator`` (the window's privacy banner) visible exactly while on."""
        guard = _Follower(indicator, indicator.setVisible)
        guard.apply(self.enabled)
        self.changed.connect(guard.apply)

    def protect_input(self, edit: QLineEdit) -> None:
        """Hide what is typed into ``edit`` while the mode is on (an ID, a phone number).

        A field that already hides its text (a PIN, a password) is left alone: turning
        the mode off must never make it readable.
        """
        if edit.echoMode() != QLineEdit.EchoMode.Normal or any(
            f.echo for f in edit.findChildren(_Follower)
        ):
            return
        guard = _Follower(
            edit,
            lambda on: edit.setEchoMode(
                QLineEdit.EchoMode.Password if on else QLineEdit.EchoMode.Normal
            ),
            echo=True,
        )
        guard.apply(self.enabled)
        self.changed.connect(guard.apply)

    def protect_personal_inputs(self, root: QWidget) -> int:
        """Protect every personal field under ``root`` (see :func:`personal_field_kind`);
        returns how many fields are protected. Safe to call again as pages appear."""
        count = 0
        for edit in root.findChildren(QLineEdit):
            if personal_field_kind(edit.objectName()) is not None:
                self.protect_input(edit)
                count += 1
        return count


def personal_field_kind(object_name: str) -> DataKind | None:
    """The kind of personal value a ``field_<name>`` input holds, or None.

    Field names are judged by the same rule that redacts them from logs; ``*_id``
    fields (the responsible person's ID) are national IDs.
    """
    name = object_name.removeprefix("field_")
    kind = sensitive_key_kind(name)
    if kind is None and name.endswith("_id"):
        return DataKind.NATIONAL_ID
    return None if kind is DataKind.SECRET else kind


class _Follower(QObject):
    """Applies the mode to one widget; a child of it, so the connection to the
    long-lived controller ends cleanly with the widget (no bound method of the widget
    is ever held by the controller)."""

    def __init__(
        self, widget: QWidget, action: Callable[[bool], None], *, echo: bool = False
    ) -> None:
        super().__init__(widget)
        self.echo = echo
        self._action = action

    @Slot(bool)
    def apply(self, enabled: bool) -> None:
        self._action(enabled)


_shared: PrivacyController | None = None


def shared_privacy() -> PrivacyController:
    """The controller of the process-wide privacy mode (created on first use)."""
    global _shared  # noqa: PLW0603 - one controller per application, like the mode itself
    if _shared is None:
        _shared = PrivacyController(privacy_mode(), QApplication.instance())

        def forget() -> None:
            global _shared  # noqa: PLW0603
            _shared = None

        _shared.destroyed.connect(forget)
    return _shared


def display(value: str, kind: DataKind | str, controller: PrivacyController | None = None) -> str:
    """``value`` masked while privacy mode is on, as is otherwise.

    The value is registered with the log redactor either way: what the screen treats as
    personal must never be written to a log.
    """
    if value.strip():
        default_redactor().register(value, kind)
    mode = controller.mode if controller is not None else privacy_mode()
    return mode.show(kind, value)


def redact_when_complete(
    edit: QLineEdit, kind: DataKind | str, complete: Callable[[str], bool]
) -> None:
    """Register what is typed into ``edit`` with the log redactor once ``complete`` says
    the value is whole (a valid UBN, a valid ID), before any request can log it."""

    def changed(text: str) -> None:
        value = text.strip()
        if value and complete(value):
            default_redactor().register(value, kind)

    edit.textChanged.connect(changed)
    changed(edit.text())


class MaskedLabel(QLabel):
    """A label for one personal value; masked while privacy mode is on."""

    def __init__(
        self,
        kind: DataKind | str,
        value: str = "",
        *,
        template: str = "{value}",
        controller: PrivacyController | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = DataKind(kind)
        self._value = ""
        self._template = template
        self._controller = controller or shared_privacy()
        self._controller.changed.connect(self._render)
        self.set_value(value)

    @property
    def value(self) -> str:
        """The value itself (for code, never for the screen)."""
        return self._value

    def set_value(self, value: str, template: str | None = None) -> None:
        """Show ``value`` (inside ``template``'s ``{value}``), masked if the mode is on."""
        self._value = value
        if template is not None:
            self._template = template
        self._render()

    def clear_value(self) -> None:
        """Forget the value (end of a session)."""
        self.set_value("")

    @Slot()
    def _render(self) -> None:
        shown = display(self._value, self.kind, self._controller) if self._value else ""
        self.setText(self._template.format(value=shown) if shown else "")
        # A masked value must not be selectable into the clipboard as anything else.
        flags = (
            Qt.TextInteractionFlag.NoTextInteraction
            if self._controller.enabled
            else Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setTextInteractionFlags(flags)
        self.setAccessibleName(shown)
