"""The NSIS script and the Windows workflow: what they must contain, and that NSIS compiles it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parents[2]
NSI = ROOT / "installer" / "windows" / "tcloud-desktop.nsi"
WORKFLOW = ROOT / ".github" / "workflows" / "windows-installer.yml"


@pytest.fixture(scope="module")
def script() -> str:
    return NSI.read_text(encoding="utf-8")


def test_installs_per_user_without_admin_rights(script: str) -> None:
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_ID}"' in script
    assert "HKLM" not in script.replace("ScanUninstallEntries HKLM", "")


def test_start_menu_shortcut_and_uninstall_entry(script: str) -> None:
    assert 'CreateShortcut "$SMPROGRAMS\\' in script
    assert 'WriteUninstaller "$INSTDIR\\uninstall.exe"' in script
    key = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\${APP_ID}"
    assert key in script
    for value in ("DisplayName", "UninstallString", "InstallLocation", "DisplayVersion"):
        assert f'WriteRegStr HKCU "${{UNINSTALL_KEY}}" "{value}"' in script
    uninstall = script[script.index('Section "Uninstall"') :]
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in uninstall
    assert 'Delete "$SMPROGRAMS\\' in uninstall


def test_checks_for_the_card_components_and_points_to_moica(script: str) -> None:
    assert '"https://moica.nat.gov.tw/rac_plugin.html"' in script
    assert 'FindInstalled "HiPKI"' in script
    assert 'FindInstalled "HiCOS"' in script
    assert "HiCOSPKCS11.dll" in script
    assert "跨平台網頁元件" in script
    assert "HiCOS 卡片管理工具" in script
    # never a blocking question in a silent install
    assert script.index("IfSilent done") < script.index("MessageBox MB_YESNO")


def test_ships_both_executables_of_the_bundle(script: str) -> None:
    from installer.bundle import APP_NAME, CLI_NAME

    assert f'!define APP_EXE "{APP_NAME}.exe"' in script
    assert f"{CLI_NAME}.exe" in script


def test_nsis_compiles_the_script(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (Debian package nsis)")
    source = tmp_path / "bundle"
    (source / "_internal").mkdir(parents=True)
    (source / "tcloud-desktop.exe").write_bytes(b"MZ stand-in")
    (source / "_internal" / "base_library.zip").write_bytes(b"PK")
    out = tmp_path / "tcloud-desktop-0.1.0-setup.exe"
    result = subprocess.run(
        [
            makensis,
            "-V2",
            "-DVERSION=0.1.0",
            f"-DSOURCE_DIR={source}",
            f"-DOUTFILE={out}",
            str(NSI),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "warning" not in (result.stdout + result.stderr).lower()
    assert out.read_bytes()[:2] == b"MZ"


def test_nsis_refuses_to_build_without_a_version(tmp_path: Path) -> None:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (Debian package nsis)")
    result = subprocess.run(
        [makensis, "-V1", f"-DSOURCE_DIR={tmp_path}", str(NSI)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "/DVERSION" in result.stdout + result.stderr


def test_workflow_builds_smoke_tests_installs_and_uninstalls() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["installer"]
    assert job["runs-on"].startswith("windows")
    commands = "\n".join(step.get("run", "") for step in job["steps"])
    assert "requirements-dev.lock" in commands
    assert "installer\\build.py --smoke" in commands
    assert "installer\\windows\\tcloud-desktop.nsi" in commands
    assert '"/S"' in commands
    assert "uninstall.exe" in commands
