"""Form rows whose check runs as the person types, with the message right under the field."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from app.flows.errors import InvalidInput
from ui.a11y import example_text, set_field_error
from ui.field_problems import field_text
from ui.widgets.labels import wrapped_label

Check = Callable[[str], str | None]
"""What is wrong with the text, in the UI language, or None."""


class FieldRow(QWidget):
    """A label, a line edit and an error line; ``check`` returns a shown message or None."""

    edited = Signal(str, str)
    """(field name, new text) on every keystroke, for the draft."""

    def __init__(
        self,
        name: str,
        label: str,
        check: Check | None = None,
        *,
        placeholder: str = "",
        hint: str = "",
        password: bool = False,
        max_length: int = 200,
        reading: Check | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._check = check
        # Wraps: a long English label (附表1's 工業館 fields) must not widen the page.
        self.label = wrapped_label(text=label)
        self.edit = QLineEdit()
        self.edit.setObjectName(f"field_{name}")
        self.edit.setAccessibleName(label)
        # Read as an example, not as a value (「例：101/5/20」).
        self.edit.setPlaceholderText(example_text(placeholder) if placeholder else "")
        self.edit.setMaxLength(max_length)
        if password:
            self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = hint
        if hint:
            self.edit.setAccessibleDescription(hint)
            self.edit.setToolTip(hint)
        self.label.setBuddy(self.edit)
        self.error = wrapped_label("FieldError")
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        if hint:
            hint_label = wrapped_label("Hint", text=hint)
            layout.addWidget(hint_label)
        layout.addWidget(self.error)
        # how an accepted value was read (「讀作民國 64年3月14日（西元 1975-03-14）」)
        self._reading = reading
        self.reading = wrapped_label("FieldReading")
        self.reading.setVisible(False)
        layout.addWidget(self.reading)
        # Beside a taller field (a hint, an error), the label and box stay at the top.
        layout.addStretch(1)
        self.edit.textChanged.connect(self._changed)

    def _changed(self, text: str) -> None:
        self.edited.emit(self.name, text)
        self.validate(show_empty=False)

    def text(self) -> str:
        """The text as typed, without surrounding spaces."""
        return self.edit.text().strip()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the field without marking it as typed by the person."""
        self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(False)
        self.validate(show_empty=False)

    def set_error(self, message: str | None) -> None:
        """Show (or clear) a message under the field."""
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.error.setAccessibleName(message or "")
        set_field_error(self.edit, message, self.hint)

    def message(self) -> str | None:
        """The check's message for the current text, or None."""
        return self._check(self.text()) if self._check is not None else None

    def validate(self, *, show_empty: bool = True) -> bool:
        """Run the check; an empty untouched field shows no error unless ``show_empty``."""
        if self._check is None:
            self.set_error(None)
            return True
        message = self._check(self.text())
        if message and not self.text() and not show_empty:
            self.set_error(None)
            return False
        self.set_error(message)
        read = self._reading(self.text()) if self._reading and not message else None
        self.reading.setText(read or "")
        self.reading.setVisible(bool(read))
        return message is None


def show_field_errors(error: BaseException, fields: Mapping[str, FieldRow | None]) -> None:
    """Put the per-field problems of an ``InvalidInput`` under the fields they are about."""
    if not isinstance(error, InvalidInput):
        return
    for name, row in fields.items():
        if row is not None and name in error.fields:
            row.set_error(field_text(error.fields[name]))
