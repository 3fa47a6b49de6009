"""The keypad of a virtual PIN-pad reader, and the reader's side of VERIFY_PIN_DIRECT.

The virtual reader does what a CCID PIN-pad reader does with a PIN_VERIFY_STRUCTURE
(PC/SC part 10, 2.5.2): it reads the layout fields, waits for the digits on its keypad
(until the OK key, the cancel key or bTimerOut), writes them into the PIN block of the
APDU the structure carries and sends that APDU to the card. A trainer (the training
panel's on-screen pad) or a test "types" on the keypad from another thread.

The digits exist only in the keypad's buffer while entry runs and in the one APDU sent
to the card; they are wiped afterwards and never logged or shown (``repr`` gives counts).
"""

from __future__ import annotations

import struct
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from smartcard.pcsc.PCSCPart10 import FEATURE_VERIFY_PIN_DIRECT
from smartcard.scard import SCARD_CTL_CODE

from app.cards.errors import TransactionFailed
from app.cards.pinpad import SW_PAD_CANCELLED, SW_PAD_LENGTH, SW_PAD_TIMEOUT

VERIFY_PIN_DIRECT_IOCTL = int(SCARD_CTL_CODE(0x330000 + FEATURE_VERIFY_PIN_DIRECT))
"""Control code the virtual reader announces for FEATURE_VERIFY_PIN_DIRECT (as CCID does)."""
DEFAULT_TIMEOUT = 30.0
"""Seconds the keypad waits when the structure's bTimerOut is 0 (the reader's default)."""


_LAYOUT = struct.Struct("<BBBBBHBBHB3sI")
_VALIDATE_ON_MAX = 0x01
_VALIDATE_ON_KEY = 0x02
_DIGITS = frozenset("0123456789")


@dataclass(frozen=True)
class PadState:
    """What the keypad's display shows: whether it waits for a PIN and how many digits."""

    waiting: bool
    entered: int


@dataclass(frozen=True)
class _Layout:
    timeout: float
    timeout_after_key: float
    position: int
    block_size: int
    min_length: int
    max_length: int
    validation: int
    apdu: bytes


def feature_list() -> bytes:
    """The reader's answer to CM_IOCTL_GET_FEATURE_REQUEST: one TLV, VERIFY_PIN_DIRECT."""
    return bytes((FEATURE_VERIFY_PIN_DIRECT, 4)) + VERIFY_PIN_DIRECT_IOCTL.to_bytes(4, "big")


def _layout(structure: bytes) -> _Layout:
    """Read a PIN_VERIFY_STRUCTURE the way the reader firmware does; refuse what it cannot do."""
    if len(structure) < _LAYOUT.size:
        raise TransactionFailed("PIN_VERIFY_STRUCTURE too short")
    (
        timer,
        timer2,
        format_string,
        block_string,
        _length_format,
        extra_digit,
        validation,
        _messages,
        _lang,
        _msg_index,
        _prologue,
        data_length,
    ) = _LAYOUT.unpack_from(structure)
    apdu = structure[_LAYOUT.size :]
    if data_length != len(apdu) or len(apdu) < 5:
        raise TransactionFailed("ulDataLength does not match the APDU")
    if format_string & 0x80 == 0 or format_string & 0x07 != 0x02:
        raise TransactionFailed("the virtual reader only fills ASCII, left-justified, in bytes")
    if block_string >> 4:
        raise TransactionFailed("the virtual reader writes no PIN length field")
    position = (format_string >> 3) & 0x0F
    block_size = block_string & 0x0F
    min_length, max_length = extra_digit >> 8, extra_digit & 0xFF
    if 5 + position + block_size > len(apdu) or not 0 < min_length <= max_length <= block_size:
        raise TransactionFailed("the PIN block does not fit the APDU")
    if not validation & (_VALIDATE_ON_MAX | _VALIDATE_ON_KEY):
        raise TransactionFailed("no way to end PIN entry")
    return _Layout(
        timeout=float(timer) or DEFAULT_TIMEOUT,
        timeout_after_key=float(timer2),
        position=position,
        block_size=block_size,
        min_length=min_length,
        max_length=max_length,
        validation=validation,
        apdu=apdu,
    )


class VirtualPinPad:
    """The keypad: digits, clear, OK and cancel keys, and the entry it serves."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._waiting = False
        self._digits = bytearray()
        self._outcome: str | None = None
        self._max_length = 0
        self._validation = _VALIDATE_ON_KEY
        self._listeners: list[Callable[[PadState], None]] = []

    def __repr__(self) -> str:
        state = self.state
        return f"VirtualPinPad(waiting={state.waiting}, entered={state.entered})"

    # -- watching ---------------------------------------------------------------------

    @property
    def state(self) -> PadState:
        """Waiting or not, and the number of digits typed so far."""
        with self._cond:
            return PadState(self._waiting, len(self._digits))

    @property
    def waiting(self) -> bool:
        """True while the reader waits for a PIN on the keypad."""
        return self.state.waiting

    def subscribe(self, listener: Callable[[PadState], None]) -> None:
        """Call ``listener`` (on the card thread or the typing thread) on every change."""
        with self._cond:
            self._listeners.append(listener)

    def unsubscribe(self, listener: Callable[[PadState], None]) -> None:
        """Stop calling ``listener``."""
        with self._cond:
            if listener in self._listeners:
                self._listeners.remove(listener)

    def wait_for_prompt(self, timeout: float) -> bool:
        """Block until the reader asks for a PIN (tests); False after ``timeout``."""
        with self._cond:
            return self._cond.wait_for(lambda: self._waiting, timeout)

    def _changed(self) -> None:
        # Called with the lock held; listeners run after it is released.
        self._cond.notify_all()

    def _notify(self) -> None:
        with self._cond:
            state = PadState(self._waiting, len(self._digits))
            listeners = list(self._listeners)
        for listener in listeners:
            listener(state)

    # -- keys -------------------------------------------------------------------------

    def press(self, key: str) -> bool:
        """Press one digit key; ignored (False) when not waiting or the PIN is full."""
        if key not in _DIGITS:
            raise ValueError("a PIN pad has digit keys only")
        with self._cond:
            if not self._waiting or self._outcome or len(self._digits) >= self._max_length:
                return False
            self._digits.append(ord(key))
            if self._validation & _VALIDATE_ON_MAX and len(self._digits) == self._max_length:
                self._outcome = "ok"
            self._changed()
        self._notify()
        return True

    def clear(self) -> None:
        """The clear key: forget the digits typed so far."""
        with self._cond:
            if not self._waiting:
                return
            self._wipe()
            self._changed()
        self._notify()

    def confirm(self) -> None:
        """The OK key."""
        self._finish("ok")

    def cancel(self) -> None:
        """The cancel key."""
        self._finish("cancel")

    def abort(self) -> None:
        """End any entry without an answer (the card or reader went away)."""
        self._finish("abort")

    def enter(self, pin: str, *, confirm: bool = True) -> None:
        """Type ``pin`` digit by digit, then the OK key (a test's or trainer's shortcut)."""
        for key in pin:
            self.press(key)
        if confirm:
            self.confirm()

    def _finish(self, outcome: str) -> None:
        with self._cond:
            if not self._waiting or self._outcome:
                return
            if outcome == "ok" and not self._validation & _VALIDATE_ON_KEY:
                return
            self._outcome = outcome
            self._changed()

    def _wipe(self) -> None:
        for index in range(len(self._digits)):
            self._digits[index] = 0
        self._digits.clear()

    # -- the reader's side ------------------------------------------------------------

    def _collect(self, layout: _Layout) -> tuple[str, bytearray]:
        with self._cond:
            self._wipe()
            self._waiting, self._outcome = True, None
            self._max_length, self._validation = layout.max_length, layout.validation
            self._changed()
        self._notify()
        deadline = time.monotonic() + layout.timeout
        try:
            with self._cond:
                while self._outcome is None:
                    if layout.timeout_after_key and self._digits:
                        deadline = min(deadline, time.monotonic() + layout.timeout_after_key)
                    remaining = deadline - time.monotonic()
                    if remaining <= 0:
                        return "timeout", bytearray()
                    self._cond.wait(remaining)
                digits = bytearray(self._digits)
                return self._outcome, digits
        finally:
            with self._cond:
                self._wipe()
                self._waiting, self._outcome = False, None
                self._changed()
            self._notify()

    def verify_pin_direct(self, structure: bytes, send: Callable[[bytes], bytes]) -> bytes:
        """Serve one FEATURE_VERIFY_PIN_DIRECT: prompt, fill the APDU, ``send`` it to the card.

        Returns the card's answer, or the reader's 64 00 (timeout), 64 01 (cancel key,
        or entry aborted because the card left) or 64 03 (PIN length out of range).
        """
        layout = _layout(structure)
        outcome, digits = self._collect(layout)
        try:
            if outcome == "timeout":
                return SW_PAD_TIMEOUT.to_bytes(2, "big")
            if outcome in ("cancel", "abort"):
                return SW_PAD_CANCELLED.to_bytes(2, "big")
            if not layout.min_length <= len(digits) <= layout.max_length:
                return SW_PAD_LENGTH.to_bytes(2, "big")
            apdu = bytearray(layout.apdu)
            start = 5 + layout.position
            apdu[start : start + len(digits)] = digits
            try:
                return send(bytes(apdu))
            finally:
                apdu[:] = bytes(len(apdu))
        finally:
            digits[:] = bytes(len(digits))
