"""The console script answers --version and --help without a display."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.launch_options import app_version, build_parser
from ui.launch import main


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.launch", *args],
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
        "import sys; from ui.launch import main\n"
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

    import ui.launch
    from app.storage.paths import log_dir

    seen: list[str] = []

    def fake_run(options: object) -> int:
        logging.getLogger("tcloud.test").warning("contact a.person@example.com started")
        seen.append(getattr(options, "log_level", ""))
        return 0

    monkeypatch.setattr(ui.launch, "run", fake_run)
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


def test_help_documents_the_ca_file_option() -> None:
    result = run_cli("--help")
    assert "--ca-file" in result.stdout
    assert "REQUESTS_CA_BUNDLE" in result.stdout


def test_an_unusable_ca_file_stops_the_launch_with_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.support.logs
    import ui.launch

    monkeypatch.setattr(app.support.logs, "setup_logging", lambda _level: None)
    monkeypatch.setattr(ui.launch, "run", lambda _options: pytest.fail("must not start"))
    not_a_certificate = tmp_path / "proxy.pem"
    not_a_certificate.write_text("hello")
    result = subprocess.run(
        [sys.executable, "-m", "ui.launch", "--ca-file", str(not_a_certificate), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0  # --version answers before anything else
    assert main(["--ca-file", str(not_a_certificate)]) == 2


def test_a_ca_file_is_trusted_for_the_run_and_announced(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import app.support.logs
    import ui.launch
    from app.platform import transport

    authority = Path(__file__).resolve().parents[2] / "certs" / "anchors" / "grca-g2.pem"
    monkeypatch.setattr(app.support.logs, "setup_logging", lambda _level: None)
    seen: list[object] = []
    monkeypatch.setattr(ui.launch, "run", lambda options: seen.append(options) or 0)
    try:
        assert main(["--ca-file", str(authority)]) == 0
        assert getattr(seen[0], "ca_file", None) == str(authority)
        assert transport.extra_authorities() is not None
        assert "--ca-file" in transport.trust_description()
        assert "also trusting" in capsys.readouterr().err
    finally:
        transport.forget_ca_file()
