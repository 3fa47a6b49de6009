"""Frozen bundle size of the client vs a bare PySide6 app frozen with the same options."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from installer.build import DIST, FolderSize, folder_size, run_pyinstaller
from installer.bundle import APP_NAME, ROOT

BARE_SPEC = ROOT / "bench" / "bare-pyside6.spec"
BARE_NAME = "bare-pyside6"
BENCH_BUILD = ROOT / "build" / "bench"


@dataclass(frozen=True)
class BundleSizes:
    """Both folders' sizes and how long each build took (None: an existing build was used)."""

    client: FolderSize
    bare: FolderSize
    client_build_s: float | None
    bare_build_s: float | None


def measure_bundles(*, rebuild_client: bool = True) -> BundleSizes:
    """Build the bare reference (always) and the client (unless told to reuse dist/)."""
    client_dir = DIST / APP_NAME
    client_seconds: float | None = None
    if rebuild_client or not client_dir.is_dir():
        client_seconds = run_pyinstaller(dist=DIST)
    bare_dist = BENCH_BUILD / "dist"
    bare_seconds = run_pyinstaller(spec=BARE_SPEC, dist=bare_dist, work=BENCH_BUILD / "work")
    return BundleSizes(
        client=folder_size(client_dir),
        bare=folder_size(Path(bare_dist) / BARE_NAME),
        client_build_s=client_seconds,
        bare_build_s=bare_seconds,
    )
