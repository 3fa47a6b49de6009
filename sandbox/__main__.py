"""``tcloud-sandbox`` / ``python -m sandbox``: run the reference platform standalone."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from pathlib import Path


def default_database() -> str:
    """A SQLite file in the user data folder."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("tcloud-sandbox", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'platform.sqlite3'}"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(
        prog="tcloud-sandbox", description="臺灣雲市集參考平台（訓練與測試用）"
    )
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=int, default=8765, help="port (0 = any free port)")
    parser.add_argument(
        "--database",
        default=None,
        help="SQLAlchemy URL; default a SQLite file in the user data folder; sqlite:// = memory; "
        "postgresql://USER:PASSWORD@HOST/DB for a server several platform processes share",
    )
    parser.add_argument(
        "--exit-with-stdin",
        action="store_true",
        help="stop when standard input closes (the program that started this one has ended)",
    )
    parser.add_argument(
        "--tls-cert",
        metavar="PEM",
        help="serve HTTPS with this certificate (chain after it); needs --tls-key",
    )
    parser.add_argument("--tls-key", metavar="PEM", help="private key of --tls-cert")
    args = parser.parse_args(argv)
    if not 0 <= args.port <= 65535:
        parser.error("--port must be between 0 and 65535")
    if (args.tls_cert is None) != (args.tls_key is None):
        parser.error("--tls-cert and --tls-key go together")
    return args


def _stop_when_stdin_closes(stop: threading.Event) -> None:
    """Set ``stop`` once standard input reaches its end (the parent process is gone)."""

    def watch() -> None:
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        stop.set()

    threading.Thread(target=watch, name="stdin-watch", daemon=True).start()


def main(argv: list[str] | None = None) -> None:
    """Start the platform and serve until interrupted."""
    args = parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from sqlalchemy.exc import SQLAlchemyError

    from .embedded import serve_in_thread
    from .server import create_app

    try:
        app = create_app(args.database or default_database())
    except (SQLAlchemyError, ValueError, OSError) as exc:
        print(f"tcloud-sandbox: cannot open the database: {exc}", file=sys.stderr)
        sys.exit(2)
    try:
        platform = serve_in_thread(
            app, args.host, args.port, tls_cert=args.tls_cert, tls_key=args.tls_key
        )
    except (RuntimeError, OSError) as exc:
        print(f"tcloud-sandbox: cannot listen on {args.host}:{args.port}: {exc}", file=sys.stderr)
        sys.exit(2)
    print(f"Sandbox platform listening on {platform.base_url}", flush=True)
    stop = threading.Event()
    if args.exit_with_stdin:
        _stop_when_stdin_closes(stop)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    while not stop.is_set() and platform.running:
        stop.wait(0.5)
    platform.stop()


if __name__ == "__main__":
    main()
