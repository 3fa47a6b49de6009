"""The launch options of ``tcloud-desktop``: the command line, parsed without Qt.

Kept free of Qt (and of ``ui``) so ``--version``, ``--help`` and ``diagnose`` answer at once
and work on machines without a display. The composition root (:mod:`ui.launch`) parses
the options here, does what comes before the window, and builds the window.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields

PROG = "tcloud-desktop"


def app_version() -> str:
    """The installed distribution's version, or the source tree's when run uninstalled."""
    # Looked up only when asked: reading the installed distributions costs ~30 ms.
    from importlib import metadata

    try:
        return metadata.version(PROG)
    except metadata.PackageNotFoundError:
        return "0+unknown"


class _VersionAction(argparse.Action):
    """``--version``: print the version and exit (looked up only when asked)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show the program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        sys.stdout.write(f"{parser.prog} {app_version()}\n")
        parser.exit()


@dataclass(frozen=True)
class LaunchOptions:
    """What the command line asked the desktop client to do."""

    platform_url: str | None = None
    language: str = "zh_TW"
    privacy: bool = False
    kiosk: bool = False
    idle_minutes: int = 10
    log_level: str = "INFO"
    ca_file: str | None = None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description=(
            "臺灣雲市集 數位點數申請 桌面程式 — desktop client for Taiwan Cloud Marketplace "
            "subsidy applicants. With no --platform it starts on the embedded training "
            "platform (訓練模式)."
        ),
    )
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(
        "--platform",
        dest="platform_url",
        metavar="URL",
        help="platform API base URL, e.g. https://platform.example/api/v1 "
        "(default: the embedded training platform)",
    )
    parser.add_argument(
        "--ca-file",
        metavar="PATH",
        help="also trust the certificate authority certificates in PATH (PEM or DER), for an "
        "enterprise proxy that inspects TLS; logged, and shown in the diagnostics. Without it "
        "only the system certificate store is trusted (REQUESTS_CA_BUNDLE is ignored)",
    )
    parser.add_argument(
        "--lang",
        dest="language",
        choices=("zh_TW", "en"),
        help="user interface language (default: %(default)s)",
    )
    parser.add_argument(
        "--privacy",
        action="store_true",
        help="remote-assist privacy mode: mask national IDs, phone numbers, e-mail "
        "addresses, birthdays and card serials on screen",
    )
    parser.add_argument(
        "--kiosk",
        action="store_true",
        help="shared-PC mode for cooperative offices: wipe the applicant's data at the "
        "end of each session and after an idle timeout",
    )
    parser.add_argument(
        "--idle-minutes",
        type=int,
        metavar="N",
        help="kiosk mode: end the session after N idle minutes (default: %(default)s)",
    )
    parser.add_argument(
        "--log-level",
        choices=("TRAFFIC", "DEBUG", "INFO", "WARNING", "ERROR"),
        help="log level of the log files (TRAFFIC also records APDUs and HTTP, redacted)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    diagnose = sub.add_parser(
        "diagnose",
        help="print a diagnostics report (readers, cards, signers, platform) and exit",
        add_help=False,
    )
    diagnose.add_argument("diagnose_args", nargs=argparse.REMAINDER)
    # Each option's default is the field's default in LaunchOptions, stated there only.
    parser.set_defaults(**asdict(LaunchOptions()))
    return parser


def use_ca_file(path: str) -> bool:
    """Trust the ``--ca-file`` authorities for this run; False (said on stderr) if unusable."""
    from app.platform.errors import CaFileError
    from app.platform.transport import trust_ca_file

    try:
        added = trust_ca_file(path)
    except CaFileError as error:
        print(f"{PROG}: {error}", file=sys.stderr)
        return False
    print(f"{PROG}: --ca-file: also trusting {added.describe()}", file=sys.stderr)
    return True


def parse_options(argv: Sequence[str] | None = None) -> LaunchOptions:
    """The launch options of ``argv`` (default: the process's arguments).

    ``--help``, ``--version`` and bad options exit through argparse.
    """
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.idle_minutes < 1:
        parser.error("--idle-minutes must be at least 1")
    # Each option's destination is named after its LaunchOptions field.
    return LaunchOptions(
        **{field.name: getattr(args, field.name) for field in fields(LaunchOptions)}
    )
