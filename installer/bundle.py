"""What goes into the frozen bundle: names, excluded modules, data files, Qt pruning.

Read by ``installer/tcloud-desktop.spec`` and by the benchmark's bare PySide6 reference
build (``bench/bundle.py``), so both bundles leave out exactly the same things.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "tcloud-desktop"
# Windows only: the GUI executable has no console, so ``diagnose --json`` needs a twin
# built with a console. Both share one ``_internal`` folder.
CLI_NAME = "tcloud-desktop-cli"

# Project packages whose non-Python files are read at run time through ``__file__``.
PROJECT_PACKAGES = ("app", "certs", "ui", "sandbox", "resources")
DATA_SUFFIXES = frozenset(
    {".json", ".pem", ".der", ".qm", ".qss", ".svg", ".png", ".ico", ".txt", ".crl"}
)

# Third-party packages with data files of their own: the sandbox serves its API docs
# with fastapi_offline's bundled Swagger UI files.
DATA_PACKAGES = ("fastapi_offline",)

# Modules that are installed in the build environment (tests, tools) or pulled in by
# optional branches of dependencies, and that the client never uses.
EXCLUDED_MODULES: tuple[str, ...] = (
    # Qt modules the client does not use (PySide6-Essentials ships them all)
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    # only PySide6's own Windows OpenSSL probe imports it, inside a try/except
    "PySide6.QtNetwork",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtXml",
    # other GUI toolkits and the scientific stack
    "tkinter",
    "_tkinter",
    "turtle",
    "PyQt5",
    "PyQt6",
    "numpy",
    "pandas",
    "scipy",
    "matplotlib",
    "PIL",
    "IPython",
    # optional extras of dependencies: pydantic's debug pretty-printer (rich, pygments,
    # markdown-it) and uvicorn's YAML logging configuration
    "rich",
    "pygments",
    "markdown_it",
    "yaml",
    # test and build tools of the development environment
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "schemathesis",
    "mypy",
    "pyinstrument",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    "lib2to3",
    "pydoc_data",
    "idlelib",
)

# Qt plug-in folders and files the client never loads.
_QT_PLUGIN_DIRS_DROPPED = frozenset(
    {
        "designer",
        "qmltooling",
        "sqldrivers",
        "vectorimageformats",
        "egldeviceintegrations",
        "wayland-graphics-integration-server",
        "networkinformation",
    }
)
_QT_PLUGINS_DROPPED = frozenset(
    {
        # platforms for embedded boards and remote frame buffers
        "qeglfs",
        "qlinuxfb",
        "qminimalegl",
        "qvkkhrdisplay",
        "qvnc",
        "qdirect2d",
        # the GTK theme bridge pulls in the GTK/cairo stack; Qt's Fusion style is used instead
        "qgtk3",
        # image formats we never read (the PDF one drags in all of QtPdf)
        "qpdf",
        "qicns",
        "qtga",
        "qtiff",
        "qwbmp",
        "qwebp",
    }
)
# Windows: Mesa's software OpenGL (about 20 MiB) and the Direct3D shader compiler serve
# OpenGL/Quick scenes; a widgets client draws with the raster engine and never loads them.
_WINDOWS_GL_DROPPED = ("opengl32sw.dll", "d3dcompiler_")
# Qt's own translations: only the languages the client offers.
_QT_TRANSLATION_LANGS = ("zh_TW", "en")


def _plugin_stem(name: str) -> str:
    stem = name.split(".", 1)[0]
    return stem[3:] if stem.startswith("lib") else stem


def keep_qt_file(dest: str) -> bool:
    """Whether a file PyInstaller's Qt hooks collected (bundle-relative path) is needed."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if parts and parts[-1].lower().startswith(_WINDOWS_GL_DROPPED):
        return False
    if "PySide6" not in parts:
        return True
    # Linux wheels keep Qt under PySide6/Qt/, Windows wheels directly under PySide6/.
    tail = parts[parts.index("PySide6") + 1 :]
    if tail[:1] == ("Qt",):
        tail = tail[1:]
    if len(tail) >= 2 and tail[0] == "plugins":
        if tail[1] in _QT_PLUGIN_DIRS_DROPPED:
            return False
        return not (len(tail) >= 3 and _plugin_stem(tail[-1]) in _QT_PLUGINS_DROPPED)
    if len(tail) >= 2 and tail[0] == "translations":
        stem = tail[-1].rsplit(".", 1)[0]
        return stem.startswith("qt") and stem.endswith(_QT_TRANSLATION_LANGS)
    return True


def prune(entries: Iterable[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Drop unused Qt plug-ins and translations from a PyInstaller TOC."""
    return [entry for entry in entries if keep_qt_file(entry[0])]


def project_datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """``(source file, destination folder)`` pairs for the project's data files."""
    found: list[tuple[str, str]] = []
    for package in PROJECT_PACKAGES:
        for path in _data_files(root / package):
            found.append((str(path), str(path.parent.relative_to(root))))
    return sorted(found)


def _data_files(folder: Path) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for path in sorted(folder.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        if path.suffix.lower() in DATA_SUFFIXES:
            yield path


def package_datas(packages: Iterable[str] = DATA_PACKAGES) -> list[tuple[str, str]]:
    """Data files of third-party packages that read them at run time."""
    from PyInstaller.utils.hooks import collect_data_files  # type: ignore[import-untyped]

    found: list[tuple[str, str]] = []
    for package in packages:
        found.extend(collect_data_files(package))
    return sorted(found)


def metadata_datas() -> list[tuple[str, str]]:
    """The client's own package metadata, so ``--version`` and diagnostics know the version."""
    from PyInstaller.utils.hooks import copy_metadata

    return list(copy_metadata(APP_NAME))


def project_version(root: Path = ROOT) -> str:
    """The version in ``pyproject.toml``."""
    import tomllib

    with (root / "pyproject.toml").open("rb") as file:
        return str(tomllib.load(file)["project"]["version"])


def holidays_datas(countries: Iterable[str] = ("TW",)) -> list[tuple[str, str]]:
    """The ``holidays`` package's translations for the given countries only."""
    import holidays

    base = Path(holidays.__file__).resolve().parent
    wanted = {f"{code}.mo" for code in countries}
    return sorted(
        (str(path), str(path.parent.relative_to(base.parent)))
        for path in (base / "locale").rglob("*.mo")
        if path.name in wanted
    )


def platform_key() -> str:
    """``windows`` or ``linux``: the bundle layouts this project builds."""
    return "windows" if sys.platform == "win32" else "linux"


def assemble(
    entry: Path,
    name: str,
    *,
    datas: list[tuple[str, str]],
    hiddenimports: list[str],
    console_twin: str | None = None,
) -> object:
    """Run PyInstaller's Analysis → PYZ → EXE → COLLECT for a one-folder bundle.

    Only callable from inside a spec file run by PyInstaller. ``console_twin`` names a
    second executable with a console on Windows (the first one is windowed there).
    """
    from PyInstaller.building.api import COLLECT, EXE, PYZ  # type: ignore[import-untyped]
    from PyInstaller.building.build_main import Analysis  # type: ignore[import-untyped]

    windows = platform_key() == "windows"
    analysis = Analysis(
        [str(entry)],
        pathex=[str(ROOT)],
        datas=datas,
        hiddenimports=hiddenimports,
        excludes=list(EXCLUDED_MODULES),
        noarchive=False,
        optimize=0,
    )
    analysis.binaries = prune(analysis.binaries)
    analysis.datas = prune(analysis.datas)
    pyz = PYZ(analysis.pure)
    options: dict[str, object] = {
        "exclude_binaries": True,
        "debug": False,
        "bootloader_ignore_signals": False,
        # Stripping debug symbols is safe for ELF files only.
        "strip": not windows,
        "upx": False,
    }
    executables = [EXE(pyz, analysis.scripts, [], name=name, console=not windows, **options)]
    if windows and console_twin:
        executables.append(
            EXE(pyz, analysis.scripts, [], name=console_twin, console=True, **options)
        )
    return COLLECT(
        *executables,
        analysis.binaries,
        analysis.datas,
        strip=not windows,
        upx=False,
        name=name,
    )
