"""Shared-PC (kiosk) mode: wipe an applicant's traces at the end of a session, idle policy.

On a cooperative office's shared computer, one applicant after another signs in. When a
session ends (the "end session" button, or the idle timer runs out), the
:class:`SessionJanitor` removes the token, drafts, cached platform answers and keyring
entries, and reports what it removed so the officer can see the PC is clean.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.storage import paths
from app.storage.cache import ResponseCache
from app.storage.drafts import DraftStore
from app.storage.secrets import SecretStore, default_secret_store

_log = logging.getLogger(__name__)


class KioskConfigError(ValueError):
    """An idle timeout or janitor setting that cannot work."""


@dataclass(frozen=True)
class WipeReport:
    """What :meth:`SessionJanitor.end_session` removed."""

    applicant: str | None
    drafts_removed: int
    cache_files_removed: int
    keyring_entries_removed: tuple[str, ...]
    steps: tuple[str, ...]
    failures: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when every clean-up step succeeded."""
        return not self.failures

    def summary(self, language: str = "zh_TW") -> str:
        """One line for the officer: what was removed."""
        if language.startswith("en"):
            text = (
                f"Removed {self.drafts_removed} draft(s), {self.cache_files_removed} cached "
                f"file(s) and {len(self.keyring_entries_removed)} stored key(s)/token(s)."
            )
            return text + (f" Failed: {'; '.join(self.failures)}" if self.failures else "")
        text = (
            f"已清除 {self.drafts_removed} 份草稿、{self.cache_files_removed} 個快取檔案、"
            f"{len(self.keyring_entries_removed)} 組金鑰或登入憑據。"
        )
        return text + (f"未完成：{'；'.join(self.failures)}" if self.failures else "")


def _count_files(folder: Path) -> int:
    if not folder.is_dir():
        return 0
    return sum(1 for p in folder.rglob("*") if p.is_file())


class SessionJanitor:
    """Removes the current applicant's token, drafts, cache and keyring entries.

    ``platform`` is the storage layer's platform id (``app.storage.platform_id(url)``);
    the session token lives in the keyring under that platform and the UBN
    (``app.platform.tokens.TokenStore``), so wiping the applicant's scope removes it.
    """

    def __init__(
        self,
        platform: str,
        *,
        secrets: SecretStore | None = None,
        drafts_dir: Path | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        self.platform = platform
        self._secrets = secrets or default_secret_store()
        self._cache_dir = cache_dir
        cache = ResponseCache(platform, secrets=self._secrets, directory=cache_dir)
        self._drafts = DraftStore(
            platform, secrets=self._secrets, directory=drafts_dir, cache=cache
        )
        self._steps: list[tuple[str, Callable[[], object]]] = []

    def add_step(self, name: str, action: Callable[[], object]) -> None:
        """Run ``action`` at every session end too (forget the in-memory token, clear the
        clipboard, delete exported receipts, …)."""
        if not name.strip():
            raise KioskConfigError("a clean-up step needs a name")
        self._steps.append((name, action))

    def end_session(self, ubn: str | None = None) -> WipeReport:
        """Wipe ``ubn``'s traces on this platform, or everyone's when ``ubn`` is None.

        Never raises for a failed step: failures are listed in the report.
        """
        failures: list[str] = []
        done: list[str] = []
        for name, action in self._steps:
            try:
                action()
                done.append(name)
            except Exception as exc:
                _log.warning("kiosk clean-up step %s failed: %s", name, type(exc).__name__)
                failures.append(f"{name}: {type(exc).__name__}")
        cache_dir = self._cache_dir or paths.responses_cache_dir()
        accounts_before = set(self._secrets.accounts())
        cache_before = _count_files(cache_dir)
        drafts_before = self._draft_count(ubn)
        try:
            if ubn is None:
                self._drafts.wipe_all()
            else:
                self._drafts.wipe(ubn)
        except (OSError, ValueError) as exc:
            failures.append(f"drafts: {type(exc).__name__}: {exc}")
        removed_accounts = tuple(sorted(accounts_before - set(self._secrets.accounts())))
        report = WipeReport(
            applicant=ubn,
            drafts_removed=max(drafts_before - self._draft_count(ubn), 0),
            cache_files_removed=max(cache_before - _count_files(cache_dir), 0),
            keyring_entries_removed=removed_accounts,
            steps=tuple(done),
            failures=tuple(failures),
        )
        _log.info("kiosk session ended: %s", report.summary("en"))
        return report

    def _draft_count(self, ubn: str | None) -> int:
        drafts = self._drafts.list_drafts()
        return sum(1 for d in drafts if ubn is None or d.ubn == ubn)


class IdleTimer:
    """Idle policy: the session ends ``timeout`` seconds after the last user activity."""

    def __init__(
        self,
        timeout: float,
        *,
        warning: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if timeout <= 0:
            raise KioskConfigError("the idle timeout must be positive")
        if not 0 <= warning < timeout:
            raise KioskConfigError("the warning must come before the timeout")
        self.timeout = float(timeout)
        self.warning = float(warning)
        self._clock = clock
        self.last_activity = clock()

    def touch(self, now: float | None = None) -> None:
        """Record user activity (a key press, a click)."""
        self.last_activity = self._clock() if now is None else now

    def remaining(self, now: float | None = None) -> float:
        """Seconds left before the session ends (never negative)."""
        current = self._clock() if now is None else now
        return max(self.timeout - (current - self.last_activity), 0.0)

    def is_expired(self, now: float | None = None) -> bool:
        """True once the user has been idle for the whole timeout."""
        return self.remaining(now) <= 0

    def should_warn(self, now: float | None = None) -> bool:
        """True in the last ``warning`` seconds before expiry (show a countdown)."""
        left = self.remaining(now)
        return 0 < left <= self.warning
