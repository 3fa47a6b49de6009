"""The support bundle: one zip with diagnostics, recent logs and settings, redacted.

Log files are redacted again while they are packed, with every value registered by then,
so a name that was only registered after it was logged does not leave the machine
either. Drafts, caches and keyring entries are never included.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.support.diagnostics import DiagnosticsReport
from app.support.logs import log_files
from app.support.redact import Redactor, default_redactor

DEFAULT_MAX_LOG_BYTES = 4_000_000


class BundleError(OSError):
    """The support bundle could not be written."""


@dataclass(frozen=True)
class BundleResult:
    """Where the bundle went and what it holds."""

    path: Path
    members: tuple[str, ...]


def _tail(path: Path, limit: int) -> str:
    size = path.stat().st_size
    with path.open("rb") as handle:
        if size > limit:
            handle.seek(size - limit)
            handle.readline()  # drop the partial first line
        data = handle.read()
    return data.decode("utf-8", errors="replace")


def _settings_text(path: Path, redactor: Redactor) -> str:
    text = path.read_text(encoding="utf-8", errors="replace")
    try:
        document = json.loads(text)
    except ValueError:
        return redactor.redact(text)
    return json.dumps(redactor.redact_data(document), ensure_ascii=False, indent=2)


def build_support_bundle(
    destination: Path,
    *,
    report: DiagnosticsReport | None = None,
    log_folder: Path | None = None,
    settings: Mapping[str, Any] | None = None,
    settings_files: Iterable[Path] = (),
    redactor: Redactor | None = None,
    max_log_bytes: int = DEFAULT_MAX_LOG_BYTES,
    now: datetime | None = None,
) -> BundleResult:
    """Write the bundle to ``destination`` (a .zip path, or a folder to put it in)."""
    red = redactor or default_redactor()
    stamp = (now or datetime.now(UTC)).astimezone()
    target = destination
    if destination.is_dir() or not destination.suffix:
        target = destination / f"tcloud-support-{stamp:%Y%m%d-%H%M%S}.zip"
    members: dict[str, str] = {}
    if report is not None:
        members["diagnostics.json"] = report.to_json(red)
        members["diagnostics.txt"] = report.to_text("zh_TW", red) + "\n" + report.to_text("en", red)
    budget = max_log_bytes
    for path in log_files(log_folder):
        if budget <= 0:
            break
        try:
            text = _tail(path, budget)
        except OSError as exc:
            members[f"logs/{path.name}.unreadable.txt"] = f"{type(exc).__name__}: {exc.strerror}"
            continue
        budget -= len(text.encode("utf-8"))
        members[f"logs/{path.name}"] = red.redact(text)
    if settings is not None:
        members["settings.json"] = json.dumps(
            red.redact_data(dict(settings)), ensure_ascii=False, indent=2, default=str
        )
    for path in settings_files:
        try:
            members[f"settings/{path.name}"] = _settings_text(path, red)
        except OSError as exc:
            members[f"settings/{path.name}.unreadable.txt"] = f"{type(exc).__name__}"
    members["manifest.json"] = json.dumps(
        {
            "created_at": stamp.isoformat(timespec="seconds"),
            "files": sorted(members),
            "redacted": True,
            "note": "Personal data and secrets were redacted before packing.",
        },
        ensure_ascii=False,
        indent=2,
    )
    tmp: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=".support-", suffix=".zip", dir=target.parent)
        tmp = Path(tmp_name)
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, text in members.items():
                zf.writestr(name, text)
        tmp.replace(target)
    except OSError as exc:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
        raise BundleError(f"cannot write the support bundle to {target}: {exc.strerror}") from exc
    return BundleResult(target, tuple(sorted(members)))
