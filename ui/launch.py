"""Entry point of the ``tcloud-desktop`` console script (the composition root's front door).

The command line is handled by :mod:`app.cli` without Qt, so ``--version``, ``--help`` and
``diagnose`` answer at once on a machine without a display; only a launch imports the
window (:mod:`ui.application`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli import prepare


def training_readers() -> object:
    """The training mode's virtual readers with the demo cards (for ``diagnose --training``)."""
    from sandbox.cardemu.inprocess import VirtualReaders

    return VirtualReaders()


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tcloud-desktop`` with ``argv`` (default: the process's arguments)."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["diagnose"]:
        from app.cli_diagnose import main as diagnose

        return diagnose(arguments[1:], training_readers=training_readers)
    prepared = prepare(arguments)
    if isinstance(prepared, int):
        return prepared
    from ui.application import run

    return run(prepared)


if __name__ == "__main__":
    sys.exit(main())
