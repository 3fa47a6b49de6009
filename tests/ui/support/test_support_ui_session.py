"""A whole applicant session through the window leaves nothing behind.

The applicant applies on the training platform (card or phone), typing distinctive
values; logging runs at TRAFFIC, the most talkative level. Then:

* the support bundle made from the diagnostics page, the log files and every file the
  client wrote under TCLOUD_HOME contain none of those values (drafts and cached answers
  are encrypted at rest);
* in kiosk mode, "end session" leaves no file, keyring entry or widget text of theirs
  for the next applicant.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot
from support_session import (
    CARD_SERIAL,
    DEMO,
    file_texts,
    flush_deletions,
    found_in,
    open_window,
    personal_values,
    run_application,
    widget_texts,
)

from app.storage.memory_keyring import MemoryKeyring
from app.storage.secrets import SERVICE_NAME
from app.support.logs import TRAFFIC, log_files, setup_logging
from ui.training.platform_process import DATABASE_NAME


@pytest.fixture
def traffic_logging(restore_logging: None, support_home: Path) -> Path:
    """Log at TRAFFIC into TCLOUD_HOME, as a helpdesk agent would ask for."""
    setup = setup_logging(TRAFFIC)
    return setup.folder


def _token(memory_keyring: MemoryKeyring) -> str:
    tokens = [
        secret
        for (service, account), secret in memory_keyring.entries().items()
        if service == SERVICE_NAME and account.endswith("/" + DEMO.ubn)
    ]
    assert len(tokens) == 1, "the session token is kept in the keyring"
    return tokens[0]


def _flush_logs() -> None:
    import logging

    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.slow
@pytest.mark.parametrize("method", ["moica_card", "phone"])
def test_no_personal_value_in_bundle_logs_or_files(
    qtbot: QtBot,
    method: str,
    traffic_logging: Path,
    support_home: Path,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    # The phone session runs with a helpdesk agent watching (privacy mode on).
    session = open_window(qtbot, privacy=method == "phone")
    run_application(qtbot, session, method)
    values = {**personal_values(method), "token": _token(memory_keyring)}

    support = session.support
    session.window.start_page.help_button.click()
    support.page.show_diagnostics()
    diagnostics = support.page.diagnostics
    qtbot.waitUntil(lambda: diagnostics.report is not None, timeout=60000)
    target = tmp_path / "bundle.zip"
    diagnostics.choose_bundle_path = lambda: target
    with qtbot.waitSignal(diagnostics.bundle_written, timeout=30000):
        diagnostics.bundle_button.click()
    _flush_logs()

    with zipfile.ZipFile(target) as zf:
        bundle = {f"bundle:{n}": zf.read(n) for n in zf.namelist()}
    assert any(name.startswith("bundle:logs/") for name in bundle)
    logs = {f"log:{p.name}": p.read_bytes() for p in log_files(traffic_logging)}
    all_logs = b"".join(logs.values())
    assert b"app.cards.traffic" in all_logs or method == "phone", "APDUs were logged"
    assert b"app.platform.http" in all_logs, "platform exchanges were logged"
    # The training platform's database is the platform's own storage (a real platform keeps
    # it on its server); it is kept on purpose (issue 13) and never leaves in a bundle.
    written = {
        f"file:{p.relative_to(support_home)}": b
        for p, b in file_texts(support_home).items()
        if p.name != DATABASE_NAME
    }
    assert any("drafts" in name for name in written), "the draft was saved as typed"

    leaks = found_in(values, [*bundle.items(), *logs.items(), *written.items()])
    assert not leaks, leaks
    # The storage layer names drafts and keyring accounts by UBN (wiped at a kiosk
    # sign-out); what leaves the machine and the logs must not name the business.
    assert found_in({"UBN": DEMO.ubn}, [*bundle.items(), *logs.items()]) == []
    session.window.shutdown()


@pytest.mark.slow
def test_card_traces_do_not_carry_the_holder_or_serial(
    qtbot: QtBot, traffic_logging: Path, tmp_path: Path
) -> None:
    """APDU traces at TRAFFIC show response bytes in hex: the certificate read from the
    card holds the holder's name and the card serial, which must not reach a log."""
    session = open_window(qtbot)
    run_application(qtbot, session, "moica_card")
    diagnostics = session.support.page.diagnostics
    target = tmp_path / "bundle.zip"
    diagnostics.choose_bundle_path = lambda: target
    with qtbot.waitSignal(diagnostics.bundle_written, timeout=30000):
        diagnostics.bundle_button.click()
    _flush_logs()
    with zipfile.ZipFile(target) as zf:
        bundle = [(f"bundle:{n}", zf.read(n)) for n in zf.namelist()]
    logs = [(f"log:{p.name}", p.read_bytes()) for p in log_files(traffic_logging)]
    values = {"responsible name": DEMO.responsible_name, "card serial": CARD_SERIAL}
    leaks = found_in(values, [*bundle, *logs], hex_dump=True)
    assert not leaks, leaks
    session.window.shutdown()


@pytest.mark.slow
def test_next_applicant_sees_nothing_of_the_previous_one(
    qtbot: QtBot, traffic_logging: Path, support_home: Path, memory_keyring: MemoryKeyring
) -> None:
    session = open_window(qtbot, kiosk=True)
    window = session.window
    kiosk = session.support.kiosk
    assert kiosk is not None
    driver = run_application(qtbot, session, "moica_card")
    result = driver.assessment()
    result.next_button.click()  # on to the member area, signed in
    qtbot.waitUntil(lambda: window.member_area is not None, timeout=20000)
    area = window.member_area
    window.start_page.help_button.click()
    session.support.page.show_diagnostics()
    qtbot.waitUntil(lambda: session.support.page.diagnostics.report is not None, timeout=60000)
    values = {
        **personal_values("moica_card"),
        "token": _token(memory_keyring),
        "UBN": DEMO.ubn,
        "company": DEMO.name,
    }
    drafts_before = [p for p in support_home.rglob("*.draft*") if p.is_file()]
    assert drafts_before, "the draft was on disk during the session"
    # The applicant takes the card and leaves.
    with qtbot.waitSignal(window.cards.monitor.card_removed, timeout=10000):
        window.cards.virtual_readers.remove()

    with qtbot.waitSignal(kiosk.session_ended, timeout=10000) as blocker:
        kiosk.end_action.trigger()
    report = blocker.args[0]
    assert report.ok, report.failures
    assert report.drafts_removed >= 1
    flush_deletions()

    # Files: no draft, no cached answer, and nothing left that names the applicant.
    assert window.pages.currentWidget() is window.start_page
    assert window.wizard is None
    assert window.member_area is None
    assert not shiboken6.isValid(area) or window.pages.indexOf(area) == -1
    leftovers = file_texts(support_home)
    assert not [p for p in leftovers if "drafts" in p.parts or "responses" in p.parts]
    _flush_logs()
    leaks = found_in(values | {"UBN": DEMO.ubn}, [(str(p), b) for p, b in leftovers.items()])
    assert not leaks, leaks
    assert not [p for p in leftovers if DEMO.ubn in str(p)]
    # Keyring: nothing of this program is left.
    assert not [key for key in memory_keyring.entries() if key[0] == SERVICE_NAME]
    # Screen: no widget (the training panel's fixed demo catalogue aside) shows anything.
    skip = (window.training_panel,) if window.training_panel is not None else ()
    texts = widget_texts(window, skip)
    shown = [
        f"{name} in {where}" for where, text in texts for name, v in values.items() if v in text
    ]
    assert shown == []
    assert "已清除" in window.statusBar().currentMessage()

    # The next applicant starts a new application: nothing is offered back.
    window.start_page.new_button.click()
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=20000)
    page = window.wizard.ubn_page
    qtbot.waitUntil(page.isVisible, timeout=20000)
    texts = widget_texts(window, skip)
    shown = [
        f"{name} in {where}" for where, text in texts for name, v in values.items() if v in text
    ]
    assert shown == []
    assert page.ubn.edit.text() == ""
    window.shutdown()
