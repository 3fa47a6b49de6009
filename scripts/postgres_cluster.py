"""A throw-away local PostgreSQL cluster for the platform's tests.

``scripts/run_tests.py`` starts one to run the platform's test suite on PostgreSQL, and
tests that need PostgreSQL of their own (two platform processes on one database) start
one when ``TCLOUD_TEST_DATABASE`` names none. The cluster lives in a temporary folder,
listens on a free loopback port with ``trust`` authentication, and is stopped and deleted
afterwards. As root, the server runs as the ``postgres`` system user (PostgreSQL refuses
to run as root); the Debian ``postgresql`` package creates that user.

Run directly (``python scripts/postgres_cluster.py``) it starts a cluster, prints its URL
and keeps it until Ctrl+C.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

TEST_DATABASE_ENV = "TCLOUD_TEST_DATABASE"
"""SQLAlchemy URL the platform's test fixtures run on (default: in-memory SQLite)."""

SUPERUSER = "tcloud"
DEFAULT_DATABASE = "tcloud"


class PostgresUnavailableError(RuntimeError):
    """PostgreSQL's server programs are not installed (``scripts/bootstrap test`` does)."""


def database_for_tests() -> str:
    """The database the platform's test fixtures use: ``TCLOUD_TEST_DATABASE`` or memory."""
    return os.environ.get(TEST_DATABASE_ENV) or "sqlite://"


def server_bindir() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest installed version first)."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    versions = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/initdb"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    if not versions:
        raise PostgresUnavailableError(
            "PostgreSQL is not installed (no initdb): run scripts/bootstrap test, "
            "or apt-get install postgresql"
        )
    return versions[-1].parent


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_as() -> str | None:
    """The OS user to run the server as: ``postgres`` when we are root, else ourselves."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresUnavailableError(
            "running as root, but there is no 'postgres' user to run the server as"
        ) from None
    return "postgres"


def create_database(url: str, name: str) -> str:
    """Create database ``name`` next to the one ``url`` names; return its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


@contextlib.contextmanager
def throwaway_cluster() -> Iterator[str]:
    """Start a fresh cluster; yield the SQLAlchemy URL of its ``tcloud`` database."""
    bindir = server_bindir()
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="tcloud-pg-"))
    if user is not None:
        entry = pwd.getpwnam(user)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    data, log = folder / "data", folder / "server.log"
    port = _free_port()
    try:
        subprocess.run(
            [
                str(bindir / "initdb"),
                "--pgdata",
                str(data),
                "--username",
                SUPERUSER,
                "--auth",
                "trust",
                "--encoding",
                "UTF8",
                "--no-locale",
                "--no-sync",
            ],
            user=user,
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=120,
        )
        options = f"-c listen_addresses=127.0.0.1 -p {port} -k {folder} -c fsync=off"
        subprocess.run(
            [
                str(bindir / "pg_ctl"),
                "start",
                "--wait",
                "-D",
                str(data),
                "-l",
                str(log),
                "-o",
                options,
            ],
            user=user,
            check=True,
            stdout=subprocess.DEVNULL,
            timeout=120,
        )
        try:
            url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"
            yield create_database(url, DEFAULT_DATABASE)
        finally:
            subprocess.run(
                [str(bindir / "pg_ctl"), "stop", "--wait", "-m", "fast", "-D", str(data)],
                user=user,
                check=False,
                stdout=subprocess.DEVNULL,
                timeout=120,
            )
    except subprocess.CalledProcessError as exc:
        details = exc.stderr.decode(errors="replace") if exc.stderr else ""
        if log.exists():
            details += log.read_text(errors="replace")
        raise PostgresUnavailableError(f"PostgreSQL did not start: {details.strip()}") from exc
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _interrupt(_signum: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main() -> int:
    """Start a cluster and keep it until interrupted (Ctrl+C or SIGTERM)."""
    signal.signal(signal.SIGTERM, _interrupt)
    with throwaway_cluster() as url:
        print(url, flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
