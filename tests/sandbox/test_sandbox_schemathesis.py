"""The platform against its own OpenAPI document: schemathesis with every check.

Runs the schemathesis command line (examples, coverage, fuzzing and stateful phases,
positive and negative data) against the session's platform, on SQLite or on
``TCLOUD_TEST_DATABASE``. What JSON Schema cannot express is listed, with the rule, in
``schemathesis.toml`` beside this file.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import requests

from sandbox.embedded import EmbeddedPlatform

HERE = Path(__file__).resolve().parent
SCHEMATHESIS = Path(sys.executable).parent / "schemathesis"
# Clock, programme settings, reset and fault injection change the platform for every
# later request (their own tests cover them).
EXCLUDED = r"/_sandbox/(faults|reset|clock|programme)"


def test_contract_conformance_with_all_checks(platform: EmbeddedPlatform, tmp_path: Path) -> None:
    # Start from the demo world at real time, whatever an earlier test left (a closed
    # programme refuses new members with points; the tests run in random order).
    requests.post(f"{platform.base_url}/_sandbox/reset", timeout=30).raise_for_status()
    member = requests.post(
        f"{platform.base_url}/_sandbox/scenarios",
        json={"name": "member_with_points", "applicant_type": "cooperative"},
        timeout=30,
    )
    member.raise_for_status()
    token = member.json()["token"]
    command = [
        str(SCHEMATHESIS),
        "--no-color",
        "--config-file",
        str(HERE / "schemathesis.toml"),
        "run",
        f"{platform.base_url}/openapi.json",
        "--checks",
        "all",
        "--header",
        f"Authorization: Bearer {token}",
        "--exclude-path-regex",
        EXCLUDED,
        "--max-examples",
        "25",
        "--seed",
        "1",
        "--workers",
        "1",
        "--generation-database",
        "none",
        "--request-timeout",
        "30",
        "--report",
        "junit",
        "--report-junit-path",
        str(tmp_path / "junit.xml"),
    ]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=600, check=False, cwd=tmp_path
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-30000:]
    suite = ElementTree.parse(tmp_path / "junit.xml").getroot()
    assert (suite.get("failures"), suite.get("errors")) == ("0", "0"), output[-30000:]
    # Every documented operation but the excluded ones was exercised.
    tested = {case.get("name") for case in suite.iter("testcase")}
    assert documented_operations(platform) <= tested, output[-5000:]


def documented_operations(platform: EmbeddedPlatform) -> set[str]:
    document = requests.get(f"{platform.base_url}/openapi.json", timeout=30).json()
    return {
        f"{method.upper()} {path}"
        for path, operations in document["paths"].items()
        for method in operations
        if not re.search(EXCLUDED, path)
    }
