"""Logging set-up: rotating files in the user log folder, redaction on every handler.

The extra level ``TRAFFIC`` (5, below DEBUG) records APDUs and HTTP exchanges; it is off
unless a helpdesk agent asks for it. Every handler installed here carries a
:class:`~app.support.redact.RedactingFilter`, so personal data and secrets (a PIN field
included) never reach a file.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from dataclasses import dataclass
from pathlib import Path

from app.storage.paths import log_dir
from app.support.redact import RedactingFilter, Redactor, default_redactor

TRAFFIC = 5
logging.addLevelName(TRAFFIC, "TRAFFIC")

APP_NAME = "tcloud-desktop"
LOG_FILE_NAME = "tcloud-desktop.log"
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
_HANDLER_TAG = "_tcloud_support_handler"


class LoggingConfigError(ValueError):
    """A log level or folder that cannot be used."""


def log_folder() -> Path:
    """The folder for log files (``app.storage.paths.log_dir``, honouring TCLOUD_HOME)."""
    return log_dir()


def parse_level(level: int | str) -> int:
    """A level number from a number or a name such as ``"debug"`` or ``"TRAFFIC"``."""
    if isinstance(level, int) and not isinstance(level, bool):
        if level < 0:
            raise LoggingConfigError(f"log level must not be negative: {level}")
        return level
    if isinstance(level, str):
        name = level.strip().upper()
        if name.isdigit():
            return int(name)
        value = logging.getLevelNamesMapping().get(name)
        if value is not None:
            return value
    raise LoggingConfigError(
        f"unknown log level {level!r}; use TRAFFIC, DEBUG, INFO, WARNING or ERROR"
    )


@dataclass(frozen=True)
class LoggingSetup:
    """What :func:`setup_logging` installed."""

    folder: Path
    file: Path
    level: int


def setup_logging(
    level: int | str = logging.INFO,
    *,
    folder: Path | None = None,
    redactor: Redactor | None = None,
    console: bool = False,
    max_bytes: int = 2_000_000,
    backup_count: int = 5,
) -> LoggingSetup:
    """Send the root logger to a rotating file (and optionally stderr), redacted.

    Calling it again replaces the handlers it installed before.
    """
    number = parse_level(level)
    target = folder or log_folder()
    try:
        target.mkdir(parents=True, exist_ok=True)
        path = target / LOG_FILE_NAME
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
    except OSError as exc:
        raise LoggingConfigError(f"cannot write logs in {target}: {exc.strerror}") from exc
    handlers = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _HANDLER_TAG, False)]:
        root.removeHandler(old)
        old.close()
    log_filter = RedactingFilter(redactor or default_redactor())
    for handler in handlers:
        handler.setFormatter(logging.Formatter(_FORMAT))
        handler.addFilter(log_filter)
        setattr(handler, _HANDLER_TAG, True)
        root.addHandler(handler)
    root.setLevel(number)
    logging.captureWarnings(True)
    return LoggingSetup(folder=target, file=path, level=number)


def set_level(level: int | str) -> int:
    """Change the log level at run time; returns the level number now in force."""
    number = parse_level(level)
    logging.getLogger().setLevel(number)
    return number


def current_level() -> int:
    """The root logger's level."""
    return logging.getLogger().level


def log_files(folder: Path | None = None) -> list[Path]:
    """The current log file and its rotated predecessors, newest first."""
    target = folder or log_folder()
    if not target.is_dir():
        return []
    files = [p for p in target.glob(LOG_FILE_NAME + "*") if p.is_file()]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def traffic(logger: logging.Logger, message: str, *args: object) -> None:
    """Log an APDU or HTTP exchange at the TRAFFIC level (redacted like everything else)."""
    if logger.isEnabledFor(TRAFFIC):
        logger.log(TRAFFIC, message, *args)
