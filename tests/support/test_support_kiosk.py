"""Shared-PC mode: the session janitor and the idle timer."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.platform.tokens import TokenStore
from app.storage.cache import ResponseCache
from app.storage.drafts import DraftStore
from app.storage.memory_keyring import MemoryKeyring
from app.storage.secrets import SecretStore, scope_account
from app.support.kiosk import IdleTimer, KioskConfigError, SessionJanitor

PLATFORM = "127.0.0.1:8765"
UBN = "16480894"
OTHER = "81924865"


def _session(secrets: SecretStore, ubn: str) -> None:
    store = DraftStore(PLATFORM, secrets=secrets, debounce_seconds=0)
    draft = store.open(ubn)
    draft.save("basic", "contact_name", "歐陽靖")
    draft.flush()
    ResponseCache(PLATFORM, secrets=secrets).put(
        ubn, "/points", {"balance": 30000}, None, datetime.now(UTC)
    )
    TokenStore(secrets).save(PLATFORM, ubn, "token-of-" + ubn)


def test_end_session_wipes_only_the_current_applicant(memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore()
    _session(secrets, UBN)
    _session(secrets, OTHER)
    janitor = SessionJanitor(PLATFORM, secrets=secrets)
    forgotten: list[str] = []
    janitor.add_step("forget in-memory token", lambda: forgotten.append("x"))

    report = janitor.end_session(UBN)

    assert report.ok
    assert report.applicant == UBN
    assert report.drafts_removed == 1
    assert report.cache_files_removed == 1
    assert scope_account(PLATFORM, UBN) in report.keyring_entries_removed
    assert all(UBN in account for account in report.keyring_entries_removed)
    assert report.steps == ("forget in-memory token",)
    assert forgotten == ["x"]
    assert TokenStore(secrets).load(PLATFORM, UBN) is None
    assert TokenStore(secrets).load(PLATFORM, OTHER) == "token-of-" + OTHER
    store = DraftStore(PLATFORM, secrets=secrets)
    assert store.load(UBN) is None
    assert store.load(OTHER) is not None
    assert "1 份草稿" in report.summary()
    assert "Removed 1 draft(s)" in report.summary("en")


def test_end_session_for_everyone_leaves_nothing(memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore()
    _session(secrets, UBN)
    _session(secrets, OTHER)
    janitor = SessionJanitor(PLATFORM, secrets=secrets)

    def broken() -> None:
        raise RuntimeError("clipboard busy")

    janitor.add_step("clear clipboard", broken)
    report = janitor.end_session()

    assert report.drafts_removed == 2
    assert report.cache_files_removed == 2
    assert not secrets.accounts()
    assert not memory_keyring.entries()
    assert not report.ok
    assert report.failures == ("clear clipboard: RuntimeError",)
    with pytest.raises(KioskConfigError):
        janitor.add_step(" ", lambda: None)


def test_idle_timer() -> None:
    now = [1000.0]
    timer = IdleTimer(300, warning=60, clock=lambda: now[0])
    assert timer.remaining() == 300
    now[0] += 239
    assert not timer.should_warn()
    now[0] += 2
    assert timer.should_warn()
    assert not timer.is_expired()
    timer.touch()
    assert timer.remaining() == 300
    assert timer.is_expired(now[0] + 300)
    assert not timer.should_warn(now[0] + 300)
    with pytest.raises(KioskConfigError):
        IdleTimer(0)
    with pytest.raises(KioskConfigError):
        IdleTimer(30, warning=30)
