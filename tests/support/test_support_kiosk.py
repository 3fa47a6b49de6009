"""Shared-PC mode: the session janitor and the idle timer."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.platform.tokens import TokenStore
from app.storage.cache import ResponseCache
from app.storage.drafts import DraftStore
from app.storage.memory_keyring import MemoryKeyring
from app.storage.secrets import SecretStore, scope_account
from app.support.kiosk import IdleTimer, KioskConfigError, SessionJanitor, WipeReport

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


def test_janitor_wipes_the_folders_and_store_it_was_given(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Drafts, cache and keyring of the janitor's own store are wiped, not the defaults."""
    secrets = SecretStore(service="tcloud-kiosk-office")
    drafts_dir, cache_dir = tmp_path / "drafts", tmp_path / "cache"
    store = DraftStore(PLATFORM, secrets=secrets, directory=drafts_dir, debounce_seconds=0)
    store.open(UBN).save("basic", "contact_name", "歐陽靖")
    store.open(UBN).flush()
    ResponseCache(PLATFORM, secrets=secrets, directory=cache_dir).put(
        UBN, "/points", {"balance": 30000}, None, datetime.now(UTC)
    )
    TokenStore(secrets).save(PLATFORM, UBN, "token")
    janitor = SessionJanitor(PLATFORM, secrets=secrets, drafts_dir=drafts_dir, cache_dir=cache_dir)
    assert janitor.platform == PLATFORM

    with caplog.at_level(logging.INFO, logger="app.support.kiosk"):
        report = janitor.end_session(UBN)

    assert (report.drafts_removed, report.cache_files_removed) == (1, 1)
    # The session token and the applicant's data key, both under the UBN's scope.
    assert len(report.keyring_entries_removed) == 2
    assert not secrets.accounts()
    assert TokenStore(secrets).load(PLATFORM, UBN) is None
    assert not list(drafts_dir.rglob("*.draft"))
    assert not [p for p in cache_dir.rglob("*") if p.is_file()]
    assert report.summary() == "已清除 1 份草稿、1 個快取檔案、2 組金鑰或登入憑據。"
    assert report.summary("en") == (
        "Removed 1 draft(s), 1 cached file(s) and 2 stored key(s)/token(s)."
    )
    assert [r.getMessage() for r in caplog.records] == [
        "kiosk session ended: " + report.summary("en")
    ]


def test_nothing_to_wipe_reports_zero(tmp_path: Path) -> None:
    janitor = SessionJanitor(
        PLATFORM, secrets=SecretStore(), drafts_dir=tmp_path / "d", cache_dir=tmp_path / "c"
    )
    report = janitor.end_session(UBN)
    assert report.ok
    assert (report.drafts_removed, report.cache_files_removed) == (0, 0)
    assert report.keyring_entries_removed == ()


def test_a_failed_wipe_tells_the_officer_it_is_unfinished(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A draft that cannot be removed and a step that fails: the report says 「未完成」 and
    counts nothing as removed that is still there."""
    secrets = SecretStore()
    drafts_dir = tmp_path / "drafts"
    store = DraftStore(PLATFORM, secrets=secrets, directory=drafts_dir, debounce_seconds=0)
    store.open(UBN).save("basic", "contact_name", "歐陽靖")
    store.open(UBN).flush()
    draft = next(drafts_dir.rglob(f"{UBN}.draft"))
    # The draft's name is taken by a folder with content: the OS refuses to unlink it.
    draft.unlink()
    (draft / "held").mkdir(parents=True)
    janitor = SessionJanitor(PLATFORM, secrets=secrets, drafts_dir=drafts_dir)

    def clipboard_busy() -> None:
        raise RuntimeError("clipboard of 歐陽靖 busy")

    janitor.add_step("clear clipboard", clipboard_busy)
    with caplog.at_level(logging.WARNING, logger="app.support.kiosk"):
        report = janitor.end_session(UBN)

    assert not report.ok
    assert report.steps == ()
    assert report.drafts_removed == 0
    assert report.failures[0] == "clear clipboard: RuntimeError"
    assert report.failures[1].startswith("drafts: IsADirectoryError: ")
    assert len(report.failures) == 2
    zh, en = report.summary(), report.summary("en")
    assert zh.endswith("未完成：" + "；".join(report.failures))
    assert en.endswith(" Failed: " + "; ".join(report.failures))
    assert (
        caplog.records[0].getMessage() == "kiosk clean-up step clear clipboard failed: RuntimeError"
    )
    assert "歐陽靖" not in caplog.text


def test_a_clean_wipe_says_nothing_is_unfinished() -> None:
    report = WipeReport(UBN, 0, 0, (), ("clear clipboard",), ())
    assert "未完成" not in report.summary()
    assert "Failed" not in report.summary("en")


def test_kiosk_settings_that_cannot_work_are_refused_with_the_reason() -> None:
    janitor = SessionJanitor(PLATFORM, secrets=SecretStore())
    with pytest.raises(KioskConfigError, match=r"^a clean-up step needs a name$"):
        janitor.add_step("", lambda: None)
    with pytest.raises(KioskConfigError, match=r"^the idle timeout must be positive$"):
        IdleTimer(0)
    with pytest.raises(KioskConfigError, match=r"^the warning must come before the timeout$"):
        IdleTimer(30, warning=-1)
    with pytest.raises(KioskConfigError, match=r"^the warning must come before the timeout$"):
        IdleTimer(30, warning=30)


def test_idle_timer_boundaries() -> None:
    assert IdleTimer(300).warning == 60.0
    short = IdleTimer(1, warning=0, clock=lambda: 0.0)  # a one-second timeout, no warning
    assert short.timeout == 1.0
    assert not short.is_expired(0.5)
    assert short.is_expired(1.0)
    timer = IdleTimer(0.5, warning=0.25, clock=lambda: 100.0)
    assert timer.should_warn(100.25)  # exactly the warning left: warn
    assert timer.should_warn(100.4)  # 0.1 s left (under one second): still warn
    assert not timer.should_warn(100.0)
    assert not timer.should_warn(100.5)  # expired: the countdown is over
    timer.touch(now=200.0)
    assert timer.last_activity == 200.0
    assert timer.remaining(200.1) == pytest.approx(0.4)
