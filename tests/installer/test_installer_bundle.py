"""What the frozen bundle collects and leaves out (installer/bundle.py, the spec)."""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

import pytest

from installer import bundle

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", False),
        ("PySide6\\plugins\\sqldrivers\\qsqlite.dll", False),
        ("PySide6\\translations\\qtbase_zh_TW.qm", True),
        ("PySide6\\translations\\qtbase_ja.qm", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", False),
        ("PySide6/Qt/translations/qtbase_zh_TW.qm", True),
        ("PySide6/Qt/translations/qtbase_en.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/assistant_zh_TW.qm", False),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6\\opengl32sw.dll", False),
        ("PySide6\\d3dcompiler_47.dll", False),
        ("PySide6\\Qt6Gui.dll", True),
        ("resources/industries.json", True),
        ("certs/anchors/moica-g2.pem", True),
    ],
)
def test_qt_pruning_keeps_what_the_client_loads(dest: str, kept: bool) -> None:
    assert bundle.keep_qt_file(dest) is kept


def test_prune_filters_toc_entries() -> None:
    toc = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/src/a", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", "/src/b", "BINARY"),
    ]
    assert bundle.prune(toc) == [toc[0]]


def test_project_data_files_are_collected_where_the_code_reads_them(tmp_path: Path) -> None:
    (tmp_path / "resources" / "calendar").mkdir(parents=True)
    (tmp_path / "resources" / "calendar" / "overrides.json").write_text("{}")
    (tmp_path / "certs" / "anchors").mkdir(parents=True)
    (tmp_path / "certs" / "anchors" / "root.pem").write_text("x")
    (tmp_path / "certs" / "trust.py").write_text("")
    (tmp_path / "certs" / "__pycache__").mkdir()
    (tmp_path / "certs" / "__pycache__" / "junk.txt").write_text("")
    found = bundle.project_datas(tmp_path)
    assert found == [
        (str(tmp_path / "certs" / "anchors" / "root.pem"), str(Path("certs/anchors"))),
        (
            str(tmp_path / "resources" / "calendar" / "overrides.json"),
            str(Path("resources/calendar")),
        ),
    ]


def test_the_real_tree_ships_its_resources() -> None:
    destinations = {Path(src).relative_to(ROOT).as_posix() for src, _ in bundle.project_datas()}
    assert "resources/industries.json" in destinations
    assert "resources/calendar/overrides.json" in destinations
    assert any(d.startswith("certs/anchors/") for d in destinations)
    assert not any(d.endswith(".py") for d in destinations)


def test_holidays_translations_only_for_taiwan() -> None:
    found = bundle.holidays_datas()
    assert found
    assert all(Path(src).name == "TW.mo" for src, _ in found)
    assert all(dest.startswith("holidays") for _, dest in found)


def _imported_modules(folder: Path) -> set[str]:
    names: set[str] = set()
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_no_excluded_module_is_imported_by_the_client() -> None:
    """A new import of an excluded module would only break the frozen build: catch it here."""
    imported: set[str] = set()
    for package in ("app", "certs", "ui", "sandbox"):
        imported |= _imported_modules(ROOT / package)
    clashes = sorted(
        name
        for name in imported
        for excluded in bundle.EXCLUDED_MODULES
        if name == excluded or name.startswith(excluded + ".")
    )
    assert clashes == []


def test_hidden_imports_of_the_spec_exist() -> None:
    spec = (ROOT / "installer" / "tcloud-desktop.spec").read_text(encoding="utf-8")
    start = spec.index("hiddenimports=[") + len("hiddenimports=")
    hidden = ast.literal_eval(spec[start : spec.index("]", start) + 1])
    assert hidden
    for name in hidden:
        assert importlib.util.find_spec(name) is not None, name
    for package in bundle.DATA_PACKAGES:
        assert importlib.util.find_spec(package) is not None, package


def test_platform_key_is_one_of_the_two_layouts() -> None:
    assert bundle.platform_key() in {"linux", "windows"}
