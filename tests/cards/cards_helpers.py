"""Helpers shared by the card tests (imported as a plain module: tests are not a package)."""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

SOFTHSM_MODULE = "/usr/lib/softhsm/libsofthsm2.so"
STACK_REQUIRED = os.environ.get("TCLOUD_TEST_STACK") == "1"


def missing(reason: str) -> None:
    """Fail under the CI stack, skip on a developer's machine."""
    if STACK_REQUIRED:
        pytest.fail(f"test stack incomplete: {reason}")
    pytest.skip(reason)


def wait_until(predicate: Callable[[], bool], timeout: float = 5.0) -> bool:
    """Poll ``predicate`` (test helper only) until true or timeout."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def init_softhsm_token(conf: Path, label: str, pin: str) -> None:
    """Create a SoftHSM2 token with ``label`` and user PIN ``pin``."""
    subprocess.run(
        [
            "softhsm2-util",
            "--init-token",
            "--free",
            "--label",
            label,
            "--pin",
            pin,
            "--so-pin",
            "87654321",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "SOFTHSM2_CONF": str(conf)},
    )
