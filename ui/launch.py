"""The composition root: the ``tcloud-desktop`` console script and the window's wiring.

The command line is parsed by :mod:`app.launch_options` without Qt, so ``--version``,
``--help`` and ``diagnose`` answer at once on a machine without a display. A launch then
sets up the log files and ``--ca-file`` (:func:`prepare`), picks the back-ends for the
options (:func:`ui.wiring.backends_for`: a platform URL, or the training platform's
child process and demo readers), gives them to the window and, after the first paint,
starts what they run (:func:`run`). Qt is imported only for a launch.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.launch_options import PROG, LaunchOptions, parse_options, use_ca_file
from ui.first_paint import after_first_paint

if TYPE_CHECKING:
    pass


def training_readers() -> object:
    """The training mode's virtual readers with the demo cards (for ``diagnose --training``)."""
    from sandbox.cardemu.inprocess import VirtualReaders

    return VirtualReaders()


def prepare(options: LaunchOptions) -> int | None:
    """What comes before the window: log files and ``--ca-file``.

    Returns the exit code when there is nothing to launch (an unusable ``--ca-file``).
    """
    from app.support.logs import LoggingConfigError, setup_logging

    try:
        setup_logging(options.log_level)
    except LoggingConfigError as error:
        # The client still works without log files; say so once and carry on.
        print(f"{PROG}: {error}; continuing without log files", file=sys.stderr)
    if options.ca_file is not None and not use_ca_file(options.ca_file):
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
    after_first_paint(window.start_page, backends.start)
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
    return run(options)


if __name__ == "__main__":
    sys.exit(main())
