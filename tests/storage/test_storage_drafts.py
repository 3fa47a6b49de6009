"""Drafts and the response cache: encryption at rest, crash restore, wipe."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import keyring.backend
import keyring.errors
import pytest

from app.storage import (
    DraftStore,
    ResponseCache,
    SecretStore,
    StorageError,
    StorageWriteError,
    paths,
    platform_id,
    request_fingerprint,
)
from app.storage.memory_keyring import MemoryKeyring

PLATFORM = "127.0.0.1:8765"
UBN = "16480894"
DISTINCTIVE = "雲端示範股份有限公司-獨特值-7f3a"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class BrokenKeyring(keyring.backend.KeyringBackend):
    """What a Linux desktop without a secret service looks like."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.NoKeyringError("no backend")


def _store(clock: FakeClock | None = None, secrets: SecretStore | None = None) -> DraftStore:
    return DraftStore(
        PLATFORM, secrets=secrets or SecretStore(), debounce_seconds=60, clock=clock or FakeClock()
    )


def test_paths_follow_tcloud_home(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert paths.data_dir() == home / "data"
    assert paths.cache_dir() == home / "cache"
    assert paths.log_dir() == home / "logs"
    assert paths.drafts_dir().is_dir()


def test_platform_id_from_url() -> None:
    assert platform_id("https://Platform.example.tw:8443/api/v1") == "platform.example.tw:8443"
    assert platform_id("127.0.0.1:9") == "127.0.0.1:9"
    with pytest.raises(ValueError, match="empty"):
        platform_id("  ")


def test_draft_is_encrypted_on_disk() -> None:
    store = _store()
    draft = store.open(UBN)
    draft.save("form", "name", DISTINCTIVE)
    draft.flush()
    raw = draft.path.read_bytes()
    assert DISTINCTIVE.encode("utf-8") not in raw
    assert b"name" not in raw
    assert UBN.encode() not in raw


def test_draft_survives_a_crash_and_is_offered_back(memory_keyring: MemoryKeyring) -> None:
    draft = _store().open(UBN)
    draft.save("form", "name", DISTINCTIVE)
    draft.save("form", "employees", 12)
    draft.flush()
    # a new process: new store objects, same keyring and files
    restarted = _store()
    offered = restarted.list_drafts()
    assert [(d.ubn, d.readable) for d in offered] == [(UBN, True)]
    assert offered[0].updated_at is not None
    loaded = restarted.load(UBN)
    assert loaded is not None
    assert loaded.answers("form") == {"name": DISTINCTIVE, "employees": 12}


def test_writes_are_coalesced_and_flushed() -> None:
    clock = FakeClock()
    draft = _store(clock).open(UBN)
    for i in range(200):
        draft.save("form", "address", "臺北市" + "x" * i)
    # first change is written at once; the rest wait for the debounce timer
    assert draft.writes == 1
    draft.flush()
    assert draft.writes == 2
    clock.now += 61
    draft.save("form", "address", "最後")
    assert draft.writes == 3
    loaded = _store(clock).load(UBN)
    assert loaded is not None
    assert loaded.get("form", "address") == "最後"


def test_debounce_timer_writes_without_flush() -> None:
    store = DraftStore(PLATFORM, secrets=SecretStore(), debounce_seconds=0.05)
    draft = store.open(UBN)
    draft.save("form", "a", "1")
    draft.save("form", "a", "2")
    done = threading.Event()
    for _ in range(100):
        if draft.writes >= 2:
            done.set()
            break
        threading.Event().wait(0.02)
    assert done.is_set()
    loaded = store.load(UBN)
    assert loaded is not None
    assert loaded.get("form", "a") == "2"


def test_secret_fields_and_non_json_values_are_refused() -> None:
    draft = _store().open(UBN)
    with pytest.raises(ValueError, match="never saved"):
        draft.save("form", "password", "hunter2hunter2")
    with pytest.raises(ValueError, match="cannot be saved"):
        draft.save("form", "when", object())


def test_submitted_steps_are_remembered() -> None:
    draft = _store().open(UBN)
    body = {"personal_data": True, "declarations": True, "text_version": "v1"}
    fp = request_fingerprint(body)
    assert draft.already_sent("consents", fp) is None
    draft.mark_submitted("consents", fp, {"ok": True})
    again = _store().load(UBN)
    assert again is not None
    assert again.already_sent("consents", fp) == {"ok": True}
    assert again.already_sent("consents", request_fingerprint({**body, "x": 1})) is None
    record = again.submitted("consents")
    assert record is not None
    assert record.fingerprint == fp


def test_wipe_removes_files_and_keyring_entries(memory_keyring: MemoryKeyring) -> None:
    secrets = SecretStore()
    cache = ResponseCache(PLATFORM, secrets=secrets)
    store = DraftStore(PLATFORM, secrets=secrets, cache=cache, clock=FakeClock())
    draft = store.open(UBN)
    draft.save("form", "name", DISTINCTIVE)
    draft.flush()
    cache.put(UBN, "/points", {"balance": 30000}, '"e1"', datetime.now(UTC))
    secrets.set(f"{PLATFORM}/{UBN}", "token-value")
    other = store.open("81924865")
    other.save("form", "name", "other")
    other.flush()
    assert any(user.startswith(f"{PLATFORM}/{UBN}") for _, user in memory_keyring.entries())

    store.wipe(UBN)

    assert not draft.path.exists()
    assert cache.get(UBN, "/points") is None
    assert not any(user.startswith(f"{PLATFORM}/{UBN}") for _, user in memory_keyring.entries())
    assert store.load("81924865") is not None

    store.wipe_all()
    assert memory_keyring.entries() == {}
    assert store.list_drafts() == []
    assert not any(paths.responses_cache_dir().iterdir())


def test_draft_without_its_key_is_reported_unreadable(memory_keyring: MemoryKeyring) -> None:
    draft = _store().open(UBN)
    draft.save("form", "name", "x")
    draft.flush()
    for service, user in memory_keyring.entries():
        memory_keyring.delete_password(service, user)
    store = _store()
    assert [(d.ubn, d.readable) for d in store.list_drafts()] == [(UBN, False)]
    assert store.load(UBN) is None


def test_fallback_to_memory_when_no_keyring() -> None:
    keyring.set_keyring(BrokenKeyring())
    secrets = SecretStore()
    store = _store(secrets=secrets)
    draft = store.open(UBN)
    draft.save("form", "name", DISTINCTIVE)
    draft.flush()
    assert not secrets.persistent
    assert secrets.fallback_reason is not None
    assert "NoKeyringError" in secrets.fallback_reason
    # drafts still work for this session
    loaded = store.load(UBN)
    assert loaded is not None
    assert loaded.get("form", "name") == DISTINCTIVE
    # but not after a restart: the key was in memory only
    assert _store().load(UBN) is None


def test_cache_round_trip_and_encryption() -> None:
    cache = ResponseCache(PLATFORM, secrets=SecretStore())
    when = datetime(2026, 11, 21, 9, 30, tzinfo=UTC)
    cache.put(UBN, "/orders?limit=20", {"items": [DISTINCTIVE]}, '"abc"', when)
    hit = cache.get(UBN, "/orders?limit=20")
    assert hit is not None
    assert hit.body == {"items": [DISTINCTIVE]}
    assert hit.etag == '"abc"'
    assert hit.fetched_at == when
    assert cache.get(UBN, "/orders?limit=50") is None
    for file in paths.responses_cache_dir().rglob("*.bin"):
        assert DISTINCTIVE.encode("utf-8") not in file.read_bytes()
    with pytest.raises(ValueError, match="time zone"):
        cache.put(UBN, "/x", {}, None, datetime(2026, 1, 1))


def test_damaged_file_gives_storage_error(tmp_path: Path) -> None:
    from app.storage.vault import Vault

    vault = Vault(SecretStore(), PLATFORM, UBN)
    target = tmp_path / "f.bin"
    vault.write(target, {"a": 1})
    target.write_bytes(b"garbage")
    with pytest.raises(StorageError) as info:
        vault.read(target)
    assert info.value.code == "STORAGE_UNREADABLE"


def test_bad_scope_is_refused() -> None:
    with pytest.raises(ValueError, match="8-digit"):
        _store().open("../etc")


def test_a_failed_write_is_a_typed_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    store = DraftStore(PLATFORM, secrets=SecretStore(), directory=blocker, clock=FakeClock())
    draft = store.open(UBN)
    with pytest.raises(StorageWriteError) as info:
        draft.save("form", "name", "x")
    assert info.value.code == "STORAGE_WRITE_FAILED"


def test_a_submitted_step_drops_its_typed_answers_and_is_listed(
    memory_keyring: MemoryKeyring,
) -> None:
    draft = _store().open(UBN)
    draft.save("form", "name", DISTINCTIVE)
    draft.save("assessment", "ops_inventory", ["none"])
    draft.mark_submitted("form", "f1", {"status": "draft"})
    assert draft.answers("form") == {}, "the platform's copy now stands"
    assert draft.answers("assessment") == {"ops_inventory": ["none"]}
    draft.flush()
    assert DISTINCTIVE.encode() not in draft.path.read_bytes()
    restarted = _store()
    [info] = restarted.list_drafts()
    assert info.submitted_steps == {"form"}
    loaded = restarted.load(UBN)
    assert loaded is not None
    assert loaded.answers("form") == {}
    assert loaded.submitted("form") is not None


def test_a_keyring_that_forgets_is_found_out_and_the_draft_store_says_why() -> None:
    import keyring.backends.null

    keyring.set_keyring(keyring.backends.null.Keyring())  # accepts every secret, keeps none
    secrets = SecretStore()
    store = _store(secrets=secrets)
    draft = store.open("16480894")
    assert not draft.has_content
    draft.save("form", "address", "臺北市")
    draft.flush()
    assert draft.has_content
    assert not store.persistent
    assert store.not_kept_reason is not None
    assert "does not keep secrets" in store.not_kept_reason
    # this run still reads the draft back (the key is in memory)
    again = store.load("16480894")
    assert again is not None
    assert again.get("form", "address") == "臺北市"
