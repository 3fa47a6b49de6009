"""Drafts: every answer saved as it is typed, encrypted, offered back after a restart.

One draft per platform and applicant (UBN). Writes are coalesced: the first change is
written at once, later changes within ``debounce_seconds`` are written together by a
timer, and ``flush()``/``close()`` write whatever is pending. A draft also records
which application steps were already submitted (with a fingerprint of the request and
the platform's answer) so that a step is never sent twice.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import InitVar, dataclass
from datetime import UTC, datetime
from pathlib import Path

from . import paths
from .cache import ResponseCache
from .vault import (
    PUBLIC_SCOPE,
    PlatformFolder,
    StorageError,
    StorageWriteError,
    Vault,
    check_scope,
)

FORMAT = 1
_SUFFIX = ".draft"
# Secrets are typed straight into the request and never kept in a draft.
SECRET_FIELDS = frozenset({"password", "password_confirm", "new_password", "pin", "code"})

log = logging.getLogger(__name__)


def request_fingerprint(body: Mapping[str, object]) -> str:
    """A stable digest of a request body (sorted-key JSON, SHA-256)."""
    text = json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Submitted:
    """A step already accepted by the platform."""

    step: str
    fingerprint: str
    response: object
    at: datetime


@dataclass(frozen=True)
class DraftInfo:
    """A draft found on disk, for the 'continue where you left off' offer."""

    platform: str
    ubn: str
    updated_at: datetime | None
    readable: bool
    submitted_steps: frozenset[str] = frozenset()
    """Steps the platform accepted (a draft with every step accepted is finished)."""


def _check_json(value: object, where: str) -> None:
    if value is None or isinstance(value, str | int | float | bool):
        return
    if isinstance(value, list):
        for item in value:
            _check_json(item, where)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValueError(f"{where}: keys must be text")
            _check_json(item, where)
        return
    raise ValueError(f"{where}: {type(value).__name__} cannot be saved in a draft")


class Draft:
    """The draft of one applicant on one platform."""

    def __init__(
        self,
        vault: Vault,
        path: Path,
        *,
        debounce_seconds: float,
        clock: Callable[[], float],
        document: dict[str, object] | None = None,
    ) -> None:
        self._vault = vault
        self.path = path
        self._debounce = debounce_seconds
        self._clock = clock
        self._lock = threading.RLock()
        self._timer: threading.Timer | None = None
        self._dirty = False
        self._last_write = float("-inf")
        self.writes = 0
        self.write_error: StorageWriteError | None = None
        doc = document or {}
        answers = doc.get("answers")
        submitted = doc.get("submitted")
        self._answers: dict[str, dict[str, object]] = (
            {k: dict(v) for k, v in answers.items() if isinstance(v, dict)}
            if isinstance(answers, dict)
            else {}
        )
        self._submitted: dict[str, dict[str, object]] = (
            {k: dict(v) for k, v in submitted.items() if isinstance(v, dict)}
            if isinstance(submitted, dict)
            else {}
        )

    @property
    def ubn(self) -> str:
        """The applicant's UBN."""
        return self._vault.scope

    @property
    def has_content(self) -> bool:
        """True once an answer or a submitted step is recorded."""
        with self._lock:
            return any(self._answers.values()) or bool(self._submitted)

    def save(self, step: str, field: str, value: object) -> None:
        """Remember an answer; written to disk at once or coalesced with the next ones."""
        if field.lower() in SECRET_FIELDS:
            raise ValueError(f"{field} is a secret and is never saved in a draft")
        _check_json(value, f"{step}.{field}")
        with self._lock:
            self._answers.setdefault(step, {})[field] = value
            self._dirty = True
            self._schedule_locked()

    def save_many(self, step: str, values: Mapping[str, object]) -> None:
        """Remember several answers of one step."""
        for field, value in values.items():
            self.save(step, field, value)

    def get(self, step: str, field: str, default: object = None) -> object:
        """A saved answer, or ``default``."""
        with self._lock:
            return self._answers.get(step, {}).get(field, default)

    def answers(self, step: str) -> dict[str, object]:
        """A copy of the saved answers of ``step``."""
        with self._lock:
            return dict(self._answers.get(step, {}))

    def mark_submitted(self, step: str, request_fingerprint: str, response: object) -> None:
        """Record that the platform accepted ``step``; written to disk at once.

        The step's typed answers are discarded: the platform's copy now stands."""
        _check_json(response, f"{step} response")
        with self._lock:
            self._answers.pop(step, None)
            self._submitted[step] = {
                "fingerprint": request_fingerprint,
                "response": response,
                "at": datetime.now(UTC).isoformat(),
            }
            self._dirty = True
            self._write_locked()

    def submitted(self, step: str) -> Submitted | None:
        """The record of ``step`` if it was already submitted."""
        with self._lock:
            raw = self._submitted.get(step)
        if raw is None:
            return None
        try:
            at = datetime.fromisoformat(str(raw.get("at")))
        except ValueError:
            at = datetime.fromtimestamp(0, UTC)
        return Submitted(step, str(raw.get("fingerprint", "")), raw.get("response"), at)

    def already_sent(self, step: str, request_fingerprint: str) -> object | None:
        """The stored answer when exactly this request of ``step`` was sent before."""
        record = self.submitted(step)
        if record is not None and record.fingerprint == request_fingerprint:
            return record.response
        return None

    def flush(self) -> None:
        """Write pending changes now."""
        with self._lock:
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            if self._dirty:
                self._write_locked()

    def _flush_in_background(self) -> None:
        # the timer thread has no caller to raise to: keep the error for the next flush()
        try:
            self.flush()
        except StorageWriteError as exc:
            self.write_error = exc
            log.warning("draft not saved: %s", exc.code)

    def close(self) -> None:
        """Flush and stop the timer."""
        self.flush()

    def _schedule_locked(self) -> None:
        now = self._clock()
        wait = self._last_write + self._debounce - now
        if wait <= 0:
            self._write_locked()
        elif self._timer is None:
            self._timer = threading.Timer(wait, self._flush_in_background)
            self._timer.daemon = True
            self._timer.start()

    def _write_locked(self) -> None:
        document = {
            "format": FORMAT,
            "platform": self._vault.platform,
            "ubn": self._vault.scope,
            "updated_at": datetime.now(UTC).isoformat(),
            "answers": self._answers,
            "submitted": self._submitted,
        }
        self._vault.write(self.path, document)
        self.write_error = None
        self._dirty = False
        self._last_write = self._clock()
        self.writes += 1


@dataclass(eq=False, kw_only=True)
class DraftStore(PlatformFolder):
    """Drafts of every applicant on one platform (with its response cache, which a wipe
    empties too)."""

    cache: InitVar[ResponseCache | None] = None
    debounce_seconds: float = 0.5
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self, cache: ResponseCache | None) -> None:
        self._cache = cache or ResponseCache(self.platform, secrets=self.secrets)

    def default_dir(self) -> Path:
        """The user's drafts folder."""
        return paths.drafts_dir()

    def _path(self, ubn: str) -> Path:
        return self._platform_dir() / f"{check_scope(ubn)}{_SUFFIX}"

    def _vault(self, ubn: str) -> Vault:
        if check_scope(ubn) == PUBLIC_SCOPE:
            raise ValueError("a draft belongs to an applicant's UBN")
        return Vault(self.secrets, self.platform, ubn)

    def list_drafts(self) -> list[DraftInfo]:
        """Drafts of this platform on disk, newest first; unreadable ones say so."""
        found: list[DraftInfo] = []
        directory = self._platform_dir()
        if not directory.is_dir():
            return found
        for path in directory.glob(f"*{_SUFFIX}"):
            ubn = path.name.removesuffix(_SUFFIX)
            try:
                check_scope(ubn)
            except ValueError:
                continue
            try:
                doc = self._vault(ubn).read(path)
            except StorageError:
                found.append(DraftInfo(self.platform, ubn, None, readable=False))
                continue
            updated: datetime | None = None
            steps: frozenset[str] = frozenset()
            if isinstance(doc, dict):
                try:
                    updated = datetime.fromisoformat(str(doc.get("updated_at")))
                except ValueError:
                    updated = None
                submitted = doc.get("submitted")
                if isinstance(submitted, dict):
                    steps = frozenset(str(k) for k in submitted)
            found.append(
                DraftInfo(self.platform, ubn, updated, readable=True, submitted_steps=steps)
            )
        epoch = datetime.fromtimestamp(0, UTC)
        found.sort(key=lambda d: d.updated_at or epoch, reverse=True)
        return found

    def load(self, ubn: str) -> Draft | None:
        """The saved draft of ``ubn``, or None when there is none (or it is unreadable)."""
        path = self._path(ubn)
        doc = self._vault(ubn).read_record(path, "ubn", ubn)
        if doc is None:
            return None
        return Draft(
            self._vault(ubn),
            path,
            debounce_seconds=self.debounce_seconds,
            clock=self.clock,
            document=doc,
        )

    def open(self, ubn: str) -> Draft:
        """The draft of ``ubn``: the saved one, or a new empty one."""
        existing = self.load(ubn)
        if existing is not None:
            return existing
        return Draft(
            self._vault(ubn),
            self._path(ubn),
            debounce_seconds=self.debounce_seconds,
            clock=self.clock,
        )

    def wipe(self, ubn: str) -> None:
        """Remove the applicant's draft, cached answers and keyring entries on this platform."""
        self._path(ubn).unlink(missing_ok=True)
        self._cache.wipe(ubn)
        self.secrets.delete_scope(self.platform, ubn)

    def wipe_all(self) -> None:
        """Remove every draft, every cached answer and every keyring entry (kiosk sign-out)."""
        self._remove_every_platform()
        self._cache.wipe_everything()
        self.secrets.wipe_all()
