"""Build the one-folder bundle with PyInstaller, report its size, optionally smoke-test it.

    python installer/build.py                 # build dist/tcloud-desktop/, print its size
    python installer/build.py --smoke         # build, then smoke-test the bundle
    python installer/build.py --smoke --no-build   # smoke-test an existing bundle
    python installer/build.py --json          # the summary as JSON on stdout

The smoke test starts the frozen client with ``TCLOUD_SMOKE_TEST=1`` on the offscreen Qt
platform (see ``ui/smoke.py``): it must paint its start page, start the embedded training
platform and get an answer from it, then exit 0. Then ``diagnose --json`` must print a
JSON report and exit 0, and ``--version`` must answer. Exit code 0 when all of it worked,
1 with the reason on stderr otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make ``installer`` importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from installer.bundle import APP_NAME, CLI_NAME, ROOT, platform_key, project_version

SPEC = ROOT / "installer" / "tcloud-desktop.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
SMOKE_TIMEOUT_SECONDS = 180.0
DIAGNOSE_TIMEOUT_SECONDS = 120.0
SMOKE_PREFIX = "TCLOUD-SMOKE "


class BuildError(Exception):
    """The bundle could not be built, or it failed its smoke test."""


@dataclass(frozen=True)
class FolderSize:
    """Size on disk of a bundle folder (symbolic links counted once, as links)."""

    bytes: int
    files: int

    @property
    def mebibytes(self) -> float:
        """Size in MiB."""
        return self.bytes / (1024 * 1024)


@dataclass
class Summary:
    """What one run of this script found."""

    bundle: str
    platform: str
    size_bytes: int = 0
    files: int = 0
    build_seconds: float | None = None
    smoke: dict[str, object] = field(default_factory=dict)


def folder_size(folder: Path) -> FolderSize:
    """Total size of the regular files below ``folder``; raises if it does not exist."""
    if not folder.is_dir():
        raise BuildError(f"no bundle at {folder}")
    total = files = 0
    for path in folder.rglob("*"):
        if path.is_symlink() or not path.is_file():
            continue
        total += path.stat().st_size
        files += 1
    return FolderSize(total, files)


def executable(bundle: Path, name: str = APP_NAME) -> Path:
    """Path of an executable inside the bundle folder."""
    return bundle / (f"{name}.exe" if platform_key() == "windows" else name)


def console_name() -> str:
    """The executable that has a console: the twin on Windows, the only one elsewhere."""
    return CLI_NAME if platform_key() == "windows" else APP_NAME


def run_pyinstaller(spec: Path = SPEC, dist: Path = DIST, work: Path = WORK) -> float:
    """Build the bundle from ``spec``; returns the seconds it took."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(spec),
    ]
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, check=False)  # noqa: S603 - fixed command
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed with exit code {result.returncode}")
    return time.monotonic() - started


def isolated_env(home: Path) -> dict[str, str]:
    """Environment for a smoke run: offscreen Qt and a throw-away home folder."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["TCLOUD_HOME"] = str(home / "tcloud")  # the client's own data folder
    for name in ("HOME", "USERPROFILE"):
        env[name] = str(home)
    for name, sub in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_STATE_HOME", "state"),
        ("APPDATA", "AppData/Roaming"),
        ("LOCALAPPDATA", "AppData/Local"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    env.pop("TCLOUD_SMOKE_TEST", None)
    return env


def parse_smoke_report(stdout: str, report_file: Path | None = None) -> dict[str, object]:
    """The JSON report of ``ui/smoke.py``, from its report file or its stdout line."""
    text = ""
    if report_file is not None and report_file.is_file():
        text = report_file.read_text(encoding="utf-8").strip()
    if not text:
        lines = [line for line in stdout.splitlines() if line.startswith(SMOKE_PREFIX)]
        if not lines:
            raise BuildError("the client printed no smoke report (is ui/smoke.py hooked in?)")
        text = lines[-1][len(SMOKE_PREFIX) :]
    try:
        report = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BuildError(f"the smoke report is not JSON: {exc}") from None
    if not isinstance(report, dict):
        raise BuildError("the smoke report is not a JSON object")
    return report


def _run_bundled(
    command: list[str], env: dict[str, str], timeout: float, what: str
) -> subprocess.CompletedProcess[str]:
    try:
        # The command is the bundle's own executable with fixed arguments.
        return subprocess.run(  # noqa: S603
            command,
            env=env,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise BuildError(f"{what} did not finish within {timeout:.0f} s") from None
    except OSError as exc:
        raise BuildError(f"{what} could not be started: {exc}") from None


def smoke_gui(bundle: Path, env: dict[str, str], workdir: Path) -> dict[str, object]:
    """Start the client in smoke-test mode; returns its report when it passed."""
    report_file = workdir / "smoke-report.json"
    smoke_env = {**env, "TCLOUD_SMOKE_TEST": "1", "TCLOUD_SMOKE_REPORT": str(report_file)}
    started = time.monotonic()
    result = _run_bundled(
        [str(executable(bundle))], smoke_env, SMOKE_TIMEOUT_SECONDS, "the client in smoke-test mode"
    )
    seconds = time.monotonic() - started
    try:
        report = parse_smoke_report(result.stdout, report_file)
    except BuildError as exc:
        raise BuildError(f"{exc}; exit code {result.returncode}; {_tail(result.stderr)}") from None
    if result.returncode != 0 or report.get("ok") is not True:
        reason = report.get("reason", "no reason given")
        raise BuildError(
            f"smoke test failed (exit code {result.returncode}): {reason}; {_tail(result.stderr)}"
        )
    report["process_seconds"] = round(seconds, 2)
    return report


def smoke_diagnose(bundle: Path, env: dict[str, str]) -> dict[str, object]:
    """``diagnose --json`` must exit 0 and print a JSON object; returns a short summary."""
    command = [str(executable(bundle, console_name())), "diagnose", "--json"]
    result = _run_bundled(command, env, DIAGNOSE_TIMEOUT_SECONDS, "diagnose --json")
    if result.returncode != 0:
        raise BuildError(f"diagnose --json exited with {result.returncode}: {_tail(result.stderr)}")
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise BuildError(f"diagnose --json printed no JSON: {_tail(result.stdout)}") from None
    if not isinstance(report, dict):
        raise BuildError("diagnose --json printed JSON that is not an object")
    return {"diagnose_keys": sorted(report)}


def smoke_version(bundle: Path, env: dict[str, str]) -> str:
    """``--version`` must answer with the program name and the project's version."""
    result = _run_bundled(
        [str(executable(bundle, console_name())), "--version"], env, 60, "--version"
    )
    output = result.stdout.strip()
    expected = f"{APP_NAME} {project_version()}"
    if result.returncode != 0 or output != expected:
        raise BuildError(
            f"--version answered {output!r} with exit code {result.returncode}, "
            f"expected {expected!r}"
        )
    return output


def smoke(bundle: Path) -> dict[str, object]:
    """Run every smoke check against a built bundle; raises BuildError on the first failure."""
    if not executable(bundle).is_file():
        raise BuildError(f"no executable in {bundle}")
    with tempfile.TemporaryDirectory(prefix="tcloud-smoke-") as tmp:
        workdir = Path(tmp)
        env = isolated_env(workdir / "home")
        result: dict[str, object] = {"version": smoke_version(bundle, env)}
        result["gui"] = smoke_gui(bundle, env, workdir)
        result.update(smoke_diagnose(bundle, env))
    return result


def _tail(text: str, lines: int = 15) -> str:
    kept = [line for line in text.strip().splitlines() if line.strip()][-lines:]
    return "output: " + " | ".join(kept) if kept else "no output"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="installer/build.py", description="Build and smoke-test the tcloud-desktop bundle."
    )
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle")
    parser.add_argument("--no-build", action="store_true", help="use the bundle already in --dist")
    parser.add_argument("--dist", type=Path, default=DIST, help="output folder (default: dist/)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point; returns the exit code."""
    args = _parser().parse_args(argv)
    bundle = args.dist / APP_NAME
    summary = Summary(bundle=str(bundle), platform=platform_key())
    try:
        if not args.no_build:
            summary.build_seconds = round(run_pyinstaller(dist=args.dist), 1)
        size = folder_size(bundle)
        summary.size_bytes, summary.files = size.bytes, size.files
        if not args.json:
            built = f", built in {summary.build_seconds:.0f} s" if summary.build_seconds else ""
            print(f"bundle {bundle}: {size.mebibytes:.1f} MiB in {size.files} files{built}")
        if args.smoke:
            summary.smoke = smoke(bundle)
            if not args.json:
                gui = summary.smoke.get("gui", {})
                print(f"smoke test passed: {json.dumps(gui, ensure_ascii=False)}")
    except BuildError as exc:
        print(f"installer/build.py: {exc}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(asdict(summary), ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
