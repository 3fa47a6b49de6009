"""installer/build.py: size report, smoke-report parsing and the smoke checks.

The smoke checks run against small stand-in executables that behave like a good or a
broken bundle, so every failure path is exercised without a PyInstaller build (the real
bundle is built and smoke-tested by scripts/run_tests.py).
"""

from __future__ import annotations

import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

from installer import build
from installer.bundle import project_version

VERSION_LINE = f"tcloud-desktop {project_version()}"

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="stand-in executables are POSIX scripts"
)

GOOD = """
import json, os, sys
args = sys.argv[1:]
if args == ["--version"]:
    print("VERSION_LINE")
elif args == ["diagnose", "--json"]:
    print(json.dumps({"readers": [], "platform": {"ok": True}}))
elif os.environ.get("TCLOUD_SMOKE_TEST") == "1":
    report = {"checks": {"start_page_painted_ms": 5, "platform_answered_ms": 900}, "ok": True,
              "home": os.environ["TCLOUD_HOME"], "qpa": os.environ["QT_QPA_PLATFORM"]}
    text = json.dumps(report)
    with open(os.environ["TCLOUD_SMOKE_REPORT"], "w", encoding="utf-8") as f:
        f.write(text)
    print("TCLOUD-SMOKE " + text)
else:
    sys.exit("started without the smoke-test variable")
"""


def make_bundle(tmp_path: Path, body: str) -> Path:
    bundle = tmp_path / "dist" / "tcloud-desktop"
    bundle.mkdir(parents=True)
    exe = bundle / "tcloud-desktop"
    script = textwrap.dedent(body).replace("VERSION_LINE", VERSION_LINE)
    exe.write_text(f"#!{sys.executable}\n" + script, encoding="utf-8")
    exe.chmod(0o755)
    return bundle


def test_folder_size_counts_regular_files_once(tmp_path: Path) -> None:
    (tmp_path / "a").write_bytes(b"x" * 1000)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b").write_bytes(b"y" * 24)
    os.symlink(tmp_path / "a", tmp_path / "link")
    size = build.folder_size(tmp_path)
    assert (size.bytes, size.files) == (1024, 2)
    assert size.mebibytes == pytest.approx(1024 / 1048576)


def test_folder_size_of_a_missing_bundle_is_a_build_error(tmp_path: Path) -> None:
    with pytest.raises(build.BuildError, match="no bundle"):
        build.folder_size(tmp_path / "nothing")


def test_smoke_report_from_stdout_line() -> None:
    stdout = 'noise\nTCLOUD-SMOKE {"ok": true, "checks": {}}\n'
    assert build.parse_smoke_report(stdout) == {"ok": True, "checks": {}}


def test_smoke_report_file_wins_over_stdout(tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    report.write_text('{"ok": false, "reason": "x"}', encoding="utf-8")
    assert build.parse_smoke_report('TCLOUD-SMOKE {"ok": true}', report)["ok"] is False


@pytest.mark.parametrize(
    ("stdout", "message"),
    [
        ("", "no smoke report"),
        ("TCLOUD-SMOKE {not json", "not JSON"),
        ("TCLOUD-SMOKE [1, 2]", "not a JSON object"),
    ],
)
def test_bad_smoke_reports_are_build_errors(stdout: str, message: str) -> None:
    with pytest.raises(build.BuildError, match=message):
        build.parse_smoke_report(stdout)


def test_smoke_passes_for_a_good_bundle(tmp_path: Path) -> None:
    result = build.smoke(make_bundle(tmp_path, GOOD))
    assert result["version"] == VERSION_LINE
    gui = result["gui"]
    assert isinstance(gui, dict)
    assert gui["ok"] is True
    assert result["diagnose_keys"] == ["platform", "readers"]


def test_smoke_runs_in_a_private_home(tmp_path: Path) -> None:
    gui = build.smoke(make_bundle(tmp_path, GOOD))["gui"]
    assert isinstance(gui, dict)
    assert "tcloud-smoke-" in str(gui["home"])
    assert gui["qpa"] == os.environ.get("QT_QPA_PLATFORM", "offscreen")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('"ok": True,', '"ok": False, "reason": "platform down",'), "platform down"),
        (('print("TCLOUD-SMOKE " + text)', "sys.exit(3)"), "exit code 3"),
        (("text = json.dumps(report)", "sys.exit(0)"), "no smoke report"),
        (
            ('print(json.dumps({"readers"', 'print("not json" or json.dumps({"readers"'),
            "printed no JSON",
        ),
        (
            (
                'elif args == ["diagnose", "--json"]:',
                'elif args[:1] == ["diagnose"]:\n    sys.exit(2)\nelif False:',
            ),
            "exited with 2",
        ),
        (
            ('print("VERSION_LINE")', 'print("tcloud-desktop 0+unknown")'),
            "expected 'tcloud-desktop",
        ),
    ],
)
def test_smoke_failures_name_the_cause(
    tmp_path: Path, change: tuple[str, str], message: str
) -> None:
    old, new = change
    assert old in GOOD
    with pytest.raises(build.BuildError, match=message):
        build.smoke(make_bundle(tmp_path, GOOD.replace(old, new)))


def test_smoke_times_out(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(build, "SMOKE_TIMEOUT_SECONDS", 1.0)
    body = GOOD.replace("report = {", "import time; time.sleep(30); report = {")
    with pytest.raises(build.BuildError, match="did not finish within 1 s"):
        build.smoke(make_bundle(tmp_path, body))


def test_smoke_without_an_executable(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    with pytest.raises(build.BuildError, match="no executable"):
        build.smoke(tmp_path / "empty")


def test_main_reports_size_and_smoke_as_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bundle = make_bundle(tmp_path, GOOD)
    code = build.main(["--smoke", "--no-build", "--json", "--dist", str(bundle.parent)])
    assert code == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["size_bytes"] == (bundle / "tcloud-desktop").stat().st_size
    assert summary["files"] == 1
    assert summary["smoke"]["gui"]["ok"] is True
    assert summary["build_seconds"] is None


def test_main_fails_cleanly_without_a_bundle(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build.main(["--no-build", "--dist", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "no bundle" in err
    assert "Traceback" not in err
