"""The standalone command, the file database and the embedded server."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import requests
from sandbox_helpers import ROOT, standalone

from sandbox.embedded import start_embedded, start_embedded_async


def test_standalone_in_memory() -> None:
    with standalone("--database", "sqlite://") as base:
        docs = requests.get(f"{base}/docs", timeout=10)
        assert docs.status_code == 200


def test_standalone_file_database_keeps_state(tmp_path: Path) -> None:
    env = {"XDG_DATA_HOME": str(tmp_path)}
    with standalone(env=env) as base:
        member = requests.post(f"{base}/_sandbox/scenarios", json={}, timeout=30).json()
    assert list(tmp_path.rglob("platform.sqlite3"))
    with standalone(env=env) as base:
        looked_up = requests.get(f"{base}/applicants/{member['ubn']}", timeout=10).json()
        assert looked_up["member"] is True


def refused(*args: str) -> str:
    """Run ``python -m sandbox`` with bad options: exit code 2, no traceback; its stderr."""
    result = subprocess.run(
        [sys.executable, "-m", "sandbox", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    return result.stderr


def test_standalone_reports_bad_options() -> None:
    assert "--port" in refused("--port", "70000")
    refused("--port", "0", "--database", "nosuchdb://x")
    assert "--tls-key" in refused("--port", "0", "--tls-cert", "server.pem")


def test_embedded_start_and_clean_stop() -> None:
    before = {t.ident for t in threading.enumerate()}
    platform = start_embedded()
    assert platform.base_url.startswith("http://127.0.0.1:")
    assert platform.base_url.endswith("/api/v1")
    assert requests.get(f"{platform.base_url}/categories", timeout=10).json()["total"] == 15
    platform.stop()
    assert not platform.running
    deadline = time.monotonic() + 5
    while {t.ident for t in threading.enumerate()} - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert {t.ident for t in threading.enumerate()} - before == set()


def test_embedded_non_blocking_start() -> None:
    future = start_embedded_async()
    with future.result(timeout=60) as platform:
        assert requests.get(f"{platform.base_url}/categories", timeout=10).status_code == 200
    assert not platform.running


def test_embedded_import_is_light() -> None:
    code = (
        "import sys, time; t = time.perf_counter(); import sandbox.embedded; "
        "print(time.perf_counter() - t); "
        "print(any(m in sys.modules for m in ('fastapi', 'sqlalchemy', 'uvicorn')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout.split()
    assert out[1] == "False"
    assert float(out[0]) < 0.2


def test_starting_the_platform_keeps_the_clients_log_level_names() -> None:
    """uvicorn names level 5 "TRACE"; the client's TRAFFIC level must survive a platform start."""
    code = (
        "import logging, app.support.logs, sandbox.embedded as e\n"
        "p = e.start_embedded()\n"
        "p.stop()\n"
        "print(logging.getLevelName(5), 'uvicorn' in __import__('sys').modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.split() == ["TRAFFIC", "True"]
