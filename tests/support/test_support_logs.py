"""Logging set-up: rotating files, TRAFFIC level, redaction on every handler."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from app.support.kinds import DataKind
from app.support.logs import (
    TRAFFIC,
    LoggingConfigError,
    log_files,
    log_folder,
    parse_level,
    set_level,
    setup_logging,
    traffic,
)
from app.support.redact import Redactor


def test_levels() -> None:
    assert parse_level("traffic") == TRAFFIC == 5
    assert logging.getLevelName(5) == "TRAFFIC"
    assert parse_level("DEBUG") == logging.DEBUG
    assert parse_level(20) == 20
    assert parse_level("15") == 15
    with pytest.raises(LoggingConfigError, match="unknown log level"):
        parse_level("chatty")
    with pytest.raises(LoggingConfigError):
        parse_level(-1)


def test_log_folder_honours_tcloud_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCLOUD_HOME", str(tmp_path))
    assert log_folder().is_relative_to(tmp_path)


@pytest.mark.usefixtures("restore_logging")
def test_file_is_redacted_level_changes_at_run_time_and_rotates(tmp_path: Path) -> None:
    redactor = Redactor()
    redactor.register("李四端", DataKind.NAME)
    setup = setup_logging(
        "INFO", folder=tmp_path, redactor=redactor, max_bytes=2000, backup_count=2
    )
    log = logging.getLogger("app.cards.test")
    traffic(log, "APDU > 00 20 00 81 %s", "hidden at INFO")
    log.info("holder %s id %s pin=%s", "李四端", "F131104093", "135790")
    set_level("TRAFFIC")
    traffic(log, "HTTP POST /sign tbsPackage=%s", '{"pin":"864200","tbs":"abc"}')
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = setup.file.read_text(encoding="utf-8")
    assert "hidden at INFO" not in text
    assert "TRAFFIC" in text
    assert "INFO" in text
    for secret in ("李四端", "F131104093", "135790", "864200"):
        assert secret not in text
    for i in range(100):
        log.warning("line %d %s", i, "x" * 50)
    files = log_files(tmp_path)
    assert 1 < len(files) <= 3
    assert files[0].name == "tcloud-desktop.log"


@pytest.mark.usefixtures("restore_logging")
def test_setup_twice_replaces_own_handlers(tmp_path: Path) -> None:
    before = len(logging.getLogger().handlers)
    setup_logging("INFO", folder=tmp_path)
    setup_logging("DEBUG", folder=tmp_path, console=True)
    assert len(logging.getLogger().handlers) == before + 2
    assert logging.getLogger().level == logging.DEBUG


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LoggingConfigError, match="cannot write logs"):
        setup_logging("INFO", folder=blocker / "logs")
