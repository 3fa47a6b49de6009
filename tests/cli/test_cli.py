"""The console script answers --version and --help without a display."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.cli import app_version, build_parser, main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app.cli", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )


def test_version_prints_the_installed_version() -> None:
    result = run_cli("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tcloud-desktop {app_version()}"
    assert app_version() == "0.1.0"


def test_help_describes_the_options_in_both_languages() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    for expected in ("--platform", "--privacy", "--kiosk", "diagnose", "訓練模式"):
        assert expected in result.stdout


def test_version_does_not_import_qt() -> None:
    code = (
        "import sys; from app.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print('PySide6' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert result.stdout.strip().endswith("False")


def test_bad_idle_minutes_is_refused_with_a_clear_message(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--kiosk", "--idle-minutes", "0"])
    assert stopped.value.code == 2
    assert "--idle-minutes must be at least 1" in capsys.readouterr().err


def test_unknown_language_is_refused() -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


def test_launch_sets_up_redacted_log_files_before_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import logging

    import ui.application
    from app.storage.paths import log_dir

    seen: list[str] = []

    def fake_run(options: object) -> int:
        logging.getLogger("tcloud.test").warning("contact a.person@example.com started")
        seen.append(getattr(options, "log_level", ""))
        return 0

    monkeypatch.setattr(ui.application, "run", fake_run)
    root = logging.getLogger()
    before_handlers, before_level = list(root.handlers), root.level
    try:
        assert main(["--log-level", "DEBUG"]) == 0
        for handler in root.handlers:
            handler.flush()
    finally:
        for handler in [h for h in root.handlers if h not in before_handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(before_level)
    assert seen == ["DEBUG"]
    written = "".join(p.read_text(encoding="utf-8") for p in log_dir().glob("*.log*"))
    assert "started" in written
    assert "a.person@example.com" not in written
