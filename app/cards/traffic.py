"""APDU traces at the TRAFFIC log level (defined in ``app.support.logs``), PIN redacted.

APDUs are logged on the ``app.cards.traffic`` logger. A command marked sensitive (PIN
verify, PIN change) is logged with its header only (not even the PIN length), so no PIN
byte ever reaches a log handler. Responses are logged as their length and status word
only: data read from a card (certificates, the card serial) carries the holder's name,
ID digits and serial, which a log file must not hold.
"""

from __future__ import annotations

import logging

from app.support.logs import TRAFFIC

__all__ = [
    "TRAFFIC",
    "log_command",
    "log_response",
    "redacted_command",
    "redacted_response",
    "traffic_log",
]

traffic_log = logging.getLogger("app.cards.traffic")


def redacted_command(header: bytes) -> str:
    """Render a sensitive command: the 4 header bytes, never the body."""
    return f"{header.hex(' ').upper()} [body redacted]"


def log_command(raw: bytes, *, sensitive: bool, header_len: int = 4) -> None:
    """Log a command APDU at TRAFFIC level; sensitive commands show no data bytes."""
    if not traffic_log.isEnabledFor(TRAFFIC):
        return
    text = redacted_command(raw[:header_len]) if sensitive else raw.hex(" ").upper()
    traffic_log.log(TRAFFIC, "> %s", text)


def redacted_response(raw: bytes) -> str:
    """Render a response APDU: how many data bytes came back and the status word."""
    if len(raw) < 2:
        return f"[malformed response of {len(raw)} bytes]"
    return f"[{len(raw) - 2} data bytes] {raw[-2:].hex(' ').upper()}"


def log_response(raw: bytes) -> None:
    """Log a response APDU at TRAFFIC level: data length and status word, never the data."""
    if traffic_log.isEnabledFor(TRAFFIC):
        traffic_log.log(TRAFFIC, "< %s", redacted_response(raw))
