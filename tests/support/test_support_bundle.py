"""Support bundle: a session-like sequence leaves no personal value in logs or bundle."""

from __future__ import annotations

import json
import logging
import urllib.parse
import zipfile
from pathlib import Path

import pytest

from app.storage.drafts import DraftStore
from app.storage.memory_keyring import MemoryKeyring
from app.storage.secrets import SecretStore, scope_account
from app.support.bundle import BundleError, build_support_bundle
from app.support.diagnostics import (
    AppInfo,
    CardInfo,
    DiagnosticProbes,
    PlatformInfo,
    ProblemList,
    ReaderInfo,
    ServiceState,
    SignerInfo,
    SystemInfo,
    collect,
)
from app.support.kinds import DataKind
from app.support.kiosk import SessionJanitor
from app.support.logs import TRAFFIC, log_files, log_folder, setup_logging, traffic
from app.support.privacy import mask_card_serial, mask_name
from app.support.redact import Redactor

PLATFORM = "127.0.0.1:8765"
UBN = "16480894"
NAME = "司馬相如"
CONTACT = "卓文君"
NATIONAL_ID = "K212345678"
RESIDENT_ID = "A800000014"
MOBILE = "0987-654-321"
EMAIL = "sima.xiangru@example.org"
BIRTHDAY = "民國70年7月7日"
CARD_SERIAL = "TP99887766554433"
TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxNjQ4MDg5NCJ9.c2lnbmF0dXJlLXZhbHVl"
PIN = "731946"
LATE_NAME = "東方朔"  # registered only after it was logged

SECRETS = [
    NAME,
    CONTACT,
    NATIONAL_ID,
    RESIDENT_ID,
    MOBILE,
    "0987654321",
    EMAIL,
    BIRTHDAY,
    CARD_SERIAL,
    TOKEN,
    PIN,
]


@pytest.fixture
def logging_home(restore_logging: None) -> Redactor:
    """Logging into TCLOUD_HOME's log folder with a redactor of the test's own."""
    redactor = Redactor()
    setup_logging(TRAFFIC, redactor=redactor)
    return redactor


def _report() -> DiagnosticProbes:
    def app(_: ProblemList) -> AppInfo:
        return AppInfo(
            "tcloud-desktop", "0.1.0", "3.11", None, False, "/l", "TRAFFIC", False, False
        )

    def system(_: ProblemList) -> SystemInfo:
        return SystemInfo(
            "Linux",
            "6",
            "#1",
            "x86_64",
            "zh_TW",
            "CST",
            "now",
            ServiceState("pcscd", "running", "ok"),
        )

    def readers(_: ProblemList) -> list[ReaderInfo]:
        return [ReaderInfo("Reader", False, True, "3B", "ok", False)]

    def cards(problems: ProblemList) -> list[CardInfo]:
        problems.add("card_read_failed", f"serial {CARD_SERIAL} holder CN={NAME}", "warning")
        return [
            CardInfo(
                "Reader",
                "moica",
                mask_name(NAME),
                mask_card_serial(CARD_SERIAL),
                None,
                None,
                None,
                "ok",
            )
        ]

    def signers(_: ProblemList) -> list[SignerInfo]:
        return [SignerInfo("hipki", True, "1.3", "http://localhost:61161", "running")]

    def platform(_: ProblemList) -> PlatformInfo:
        return PlatformInfo("https://p.example", False, True, 200, True, "", None, None, 0, 5)

    return DiagnosticProbes(app, system, readers, cards, signers, platform)


def _session(redactor: Redactor, secrets: SecretStore, tmp_path: Path) -> Path:
    """What a sign-in, form filling and signing session writes."""
    log = logging.getLogger("app.flows.session")
    # The session registers what it learns about the applicant as soon as it knows it.
    for value, kind in [
        (NAME, DataKind.NAME),
        (CONTACT, DataKind.NAME),
        (CARD_SERIAL, DataKind.CARD_SERIAL),
        (MOBILE, DataKind.PHONE),
    ]:
        redactor.register(value, kind)
    log.info("card identity read: holder=%s serial %s", NAME, CARD_SERIAL)
    log.info("applicant %s representative %s id %s", UBN, NAME, NATIONAL_ID)
    traffic(log, "HTTP POST /auth/certificate-login Authorization: Bearer %s", TOKEN)
    traffic(
        log,
        "HTTP POST http://localhost:61161/sign tbsPackage=%s",
        urllib.parse.quote(json.dumps({"tbs": "abc", "pin": PIN, "withCardSN": "true"})),
    )
    traffic(
        log,
        "HTTP 200 %s",
        json.dumps(
            {"token": TOKEN, "identity": {"subject_name": NAME, "card_serial": CARD_SERIAL}},
            ensure_ascii=False,
        ),
    )
    traffic(
        log,
        "HTTP PUT /application/basic %s",
        json.dumps(
            {
                "contact_name": CONTACT,
                "contact_mobile": MOBILE,
                "contact_email": EMAIL,
                "representative_name": NAME,
            },
            ensure_ascii=False,
        ),
    )
    log.info("resident certificate number %s birthday: %s", RESIDENT_ID, BIRTHDAY)
    log.info("contact %s reachable at %s or %s", CONTACT, "0987654321", EMAIL)
    log.info("earlier visitor %s", LATE_NAME)
    try:
        raise ValueError(f"IDENTITY_MISMATCH for {NATIONAL_ID} ({NAME})")
    except ValueError:
        log.exception("login failed")
    redactor.register(LATE_NAME, DataKind.NAME)

    drafts = DraftStore(PLATFORM, secrets=secrets, debounce_seconds=0)
    draft = drafts.open(UBN)
    draft.save_many(
        "basic",
        {
            "contact_name": CONTACT,
            "contact_mobile": MOBILE,
            "contact_email": EMAIL,
            "representative_id": NATIONAL_ID,
        },
    )
    draft.flush()
    secrets.set(scope_account(PLATFORM, UBN), TOKEN)

    settings_file = tmp_path / "settings.json"
    settings_file.write_text(
        json.dumps(
            {
                "last_ubn": UBN,
                "contact_email": EMAIL,
                "note": f"call {MOBILE}",
                "language": "zh_TW",
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    for handler in logging.getLogger().handlers:
        handler.flush()
    return settings_file


def _bundle_texts(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as zf:
        return {name: zf.read(name).decode("utf-8") for name in zf.namelist()}


def test_session_leaves_no_personal_value_in_logs_or_bundle(
    logging_home: Redactor, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    secrets = SecretStore()
    settings_file = _session(logging_home, secrets, tmp_path)

    disk_logs = "".join(p.read_text(encoding="utf-8") for p in log_files())
    assert "TRAFFIC" in disk_logs
    assert "IDENTITY_MISMATCH" in disk_logs
    for value in SECRETS:
        assert value not in disk_logs, value

    result = build_support_bundle(
        tmp_path / "out",
        report=collect(_report()),
        settings={"platform": PLATFORM, "contact_email": EMAIL, "last_name": NAME},
        settings_files=[settings_file],
        redactor=logging_home,
    )
    texts = _bundle_texts(result.path)
    assert result.path.name.startswith("tcloud-support-")
    assert set(texts) >= {
        "diagnostics.json",
        "diagnostics.txt",
        "manifest.json",
        "settings.json",
        "settings/settings.json",
        "logs/tcloud-desktop.log",
    }
    assert json.loads(texts["settings/settings.json"])["language"] == "zh_TW"
    assert "司○○如" in texts["diagnostics.json"]
    everything = "\n".join(texts.values())
    for value in [*SECRETS, LATE_NAME]:
        assert value not in everything, value
    # No draft, cache or keyring content is ever packed.
    assert not any("draft" in name or "cache" in name for name in texts)

    report = SessionJanitor(PLATFORM, secrets=secrets).end_session(UBN)
    assert report.drafts_removed == 1
    assert scope_account(PLATFORM, UBN) in report.keyring_entries_removed
    assert not [user for _, user in memory_keyring.entries() if UBN in user]
    after = "".join(p.read_text(encoding="utf-8") for p in log_files())
    for value in SECRETS:
        assert value not in after, value


def test_log_budget_keeps_the_newest_lines(tmp_path: Path) -> None:
    folder = tmp_path / "logs"
    folder.mkdir()
    (folder / "tcloud-desktop.log").write_text(
        "".join(f"line {i}\n" for i in range(1000)), encoding="utf-8"
    )
    result = build_support_bundle(tmp_path / "b.zip", log_folder=folder, max_log_bytes=100)
    text = _bundle_texts(result.path)["logs/tcloud-desktop.log"]
    assert text.endswith("line 999\n")
    assert "line 0\n" not in text
    assert result.path == tmp_path / "b.zip"


def test_unwritable_destination_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BundleError, match="cannot write the support bundle"):
        build_support_bundle(blocker / "sub" / "b.zip", log_folder=log_folder())
