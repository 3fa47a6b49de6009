"""Where the client keeps its files: data, cache and logs.

Everyone takes paths from here. ``TCLOUD_HOME`` (tests, kiosk machines) puts all of
them under one folder; otherwise platformdirs gives the per-user folders of the OS.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "tcloud-desktop"
HOME_ENV = "TCLOUD_HOME"


def _home() -> Path | None:
    value = os.environ.get(HOME_ENV, "").strip()
    return Path(value).expanduser() if value else None


def _ensure(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _folder(name: str, os_folder: Callable[..., str]) -> Path:
    """``TCLOUD_HOME/name`` when that is set, else the OS's per-user folder of that kind."""
    home = _home()
    if home is not None:
        return _ensure(home / name)
    return _ensure(Path(os_folder(APP_NAME, appauthor=False)))


def data_dir() -> Path:
    """The user data folder (drafts, the training platform's database)."""
    return _folder("data", platformdirs.user_data_dir)


def cache_dir() -> Path:
    """The user cache folder (offline copies of platform answers)."""
    return _folder("cache", platformdirs.user_cache_dir)


def log_dir() -> Path:
    """The folder for log files."""
    return _folder("logs", platformdirs.user_log_dir)


def drafts_dir() -> Path:
    """The folder holding encrypted drafts."""
    return _ensure(data_dir() / "drafts")


def responses_cache_dir() -> Path:
    """The folder holding encrypted offline copies of platform answers."""
    return _ensure(cache_dir() / "responses")
