"""``tcloud-desktop diagnose``: print the diagnostics report (text, or JSON with --json).

Exits 0 whenever the report was produced, whatever problems it lists; 2 for bad
arguments. Works without a display and without a smart-card service.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any

from app.support.diagnostics import collect
from app.support.probes import default_probes, production_store, training_probe


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tcloud-desktop diagnose",
        description="Check readers, cards, signers and the platform connection "
        "(檢查讀卡機、憑證卡、簽章元件與平台連線).",
    )
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--platform", metavar="URL", help="platform address to check")
    parser.add_argument(
        "--ca-file",
        metavar="PATH",
        help="also trust the certificate authorities in PATH, as the client does with it",
    )
    parser.add_argument(
        "--training", action="store_true", help="report as the training mode sees it"
    )
    parser.add_argument(
        "--lang", choices=("zh_TW", "en"), default="zh_TW", help="language of the text report"
    )
    return parser


def _emit(text: str) -> None:
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        # A console that cannot show Chinese (legacy Windows code page) gets escapes.
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
    sys.stdout.flush()


def main(
    argv: Sequence[str] | None = None, training_readers: Callable[[], Any] | None = None
) -> int:
    """Run the diagnostics and print the report; returns the process exit code.

    ``training_readers`` makes the training mode's own readers (with the demo cards), as
    the training window has them; the composition root (:mod:`ui.launch`) passes it in,
    so this module stays below the training platform's code.
    """
    try:
        args = _parser().parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:  # argparse has printed the usage or the help
        return exc.code if isinstance(exc.code, int) else 2
    if args.ca_file is not None:
        from app.launch_options import use_ca_file

        if not use_ca_file(args.ca_file):
            return 2
    store = production_store
    if args.training:
        # Training mode trusts the test hierarchy too: the command's wiring passes it in.
        from certs.testpki import training_trust_store

        store = training_trust_store
    devices = (
        training_probe(training_readers(), store)
        if args.training and training_readers is not None
        else None
    )
    report = collect(
        default_probes(
            training=args.training,
            platform_url=args.platform,
            trust_store=store,
            training_devices=devices,
        )
    )
    _emit(report.to_json() + "\n" if args.json else report.to_text(args.lang))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
