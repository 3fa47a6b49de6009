"""The composition root: the ``tcloud-desktop`` console script and the window's wiring.

The command line is parsed by :mod:`app.launch_options` without Qt, so ``--version``,
``--help`` and ``diagnose`` answer at once on a machine without a display. A launch then
takes ``--ca-file`` (:func:`prepare`), picks the back-ends for the options
(:func:`ui.wiring.backends_for`: a platform URL, or the training platform's child process
and demo readers), gives them to the window and, after the first paint, sets up the log
files (with what was logged before, held until then) and starts what the back-ends run
(:func:`run`). Qt is imported only for a launch.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

from app.launch_options import PROG, LaunchOptions, parse_options, use_ca_file
from ui.first_paint import after_first_paint


def training_readers() -> object:
    """The training mode's virtual readers with the demo cards (for ``diagnose --training``)."""
    from sandbox.cardemu.inprocess import VirtualReaders

    return VirtualReaders()


class _HeldRecords(logging.Handler):
    """What is logged before the log files are set up, written there once they are."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_log_records() -> None:
    """Keep every log record until :func:`set_up_logging` (which runs after the first
    paint: the log set-up, its redaction and its files cost the first paint ≈ 30 ms)."""
    root = logging.getLogger()
    root.addHandler(_HeldRecords())
    # Every record is kept; set_up_logging writes those its level lets through.
    root.setLevel(1)
    logging.captureWarnings(True)


def set_up_logging(options: LaunchOptions) -> None:
    """Send the log to its redacted files, with the records held until now, if
    :func:`hold_log_records` held them (once; later calls do nothing)."""
    root = logging.getLogger()
    held = [handler for handler in root.handlers if isinstance(handler, _HeldRecords)]
    if not held:
        return
    from app.support.logs import LoggingConfigError, setup_logging

    for handler in held:
        root.removeHandler(handler)
    try:
        setup_logging(options.log_level)
    except LoggingConfigError as error:
        # The client still works without log files; say so once and carry on.
        print(f"{PROG}: {error}; continuing without log files", file=sys.stderr)
        root.setLevel(logging.WARNING)
    for handler in held:
        for record in handler.records:
            logger = logging.getLogger(record.name)
            if logger.isEnabledFor(record.levelno):
                logger.handle(record)


def prepare(options: LaunchOptions) -> int | None:
    """What comes before the window: ``--ca-file``, and holding the log records until the
    log files are set up.

    Returns the exit code when there is nothing to launch (an unusable ``--ca-file``).
    """
    hold_log_records()
    if options.ca_file is not None and not use_ca_file(options.ca_file):
        set_up_logging(options)
        return 2
    return None


def run(options: LaunchOptions) -> int:
    """Build the window with its back-ends, show it and run the event loop until it closes."""
    from ui.application import create_application
    from ui.main_window import MainWindow
    from ui.smoke import maybe_schedule_smoke_test
    from ui.wiring import backends_for

    app = create_application(options)
    backends = backends_for(options)
    window = MainWindow(options, backends=backends)
    window.show()
    maybe_schedule_smoke_test(window)
    # The training platform (a child process) starts after the first paint: started at
    # once, its interpreter's start-up competed with the client's on a two-core machine.
    after_first_paint(window.start_page, lambda: set_up_logging(options))
    after_first_paint(window.start_page, backends.start)
    after_first_paint(window.start_page, window.warm_up_first_pages)
    app.aboutToQuit.connect(window.shutdown)
    return app.exec()


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tcloud-desktop`` with ``argv`` (default: the process's arguments)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["diagnose"]:
        from app.cli_diagnose import main as diagnose

        return diagnose(arguments[1:], training_readers=training_readers)
    options = parse_options(arguments)
    refused = prepare(options)
    if refused is not None:
        return refused
    try:
        return run(options)
    finally:
        # Ended before the first paint (or failed): the held records still reach the files.
        set_up_logging(options)


if __name__ == "__main__":
    sys.exit(main())
