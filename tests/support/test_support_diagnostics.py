"""Diagnostics report: fake probes, the real default probes, training devices, platform."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from app.cards.cardsigner import CardProtocolSigner
from app.cards.hipki import HiPkiSigner
from app.cards.identity import identity_from_certificate, prechecked
from app.cards.pkcs11 import Pkcs11Signer
from app.support.diagnostics import (
    SECTIONS,
    AppInfo,
    CardInfo,
    DiagnosticProbes,
    PlatformInfo,
    ProblemList,
    ReaderInfo,
    ServiceState,
    SignerInfo,
    SystemInfo,
    TrainingDevices,
    collect,
)
from app.support.help import load_help
from app.support.probes import (
    card_info,
    default_probes,
    pcscd_service_state,
    signers_probe,
    training_probe,
    windows_service_state,
)
from app.support.redact import default_redactor
from certs.testpki import DemoPKI, training_trust_store
from sandbox.cardemu.card import EmulatedCard
from sandbox.cardemu.inprocess import DEFAULT_READER, VirtualReaders
from sandbox.hipki.server import VERSION as HIPKI_VERSION
from sandbox.hipki.server import FakeHiPki


def _app(_: ProblemList) -> AppInfo:
    return AppInfo("tcloud-desktop", "9.9.9", "3.11", "6.12", False, "/logs", "INFO", False, False)


def _system(problems: ProblemList) -> SystemInfo:
    problems.add("smartcard_service_stopped", "pcscd: stopped")
    return SystemInfo(
        "Linux",
        "6",
        "#1",
        "x86_64",
        "zh_TW (UTF-8)",
        "CST",
        "2026-01-01T00:00:00+08:00",
        ServiceState("pcscd", "stopped", "no process"),
    )


def _readers(_: ProblemList) -> list[ReaderInfo]:
    return [
        ReaderInfo("ACS ACR39U", False, True, "3B 7F", "ok", True, ["FEATURE_VERIFY_PIN_DIRECT"])
    ]


def _cards(_: ProblemList) -> list[CardInfo]:
    return [
        CardInfo(
            "ACS ACR39U",
            "moica",
            "王○明",
            "TP**********0011",
            "2025-01-01",
            "2030-12-31",
            1000,
            "ok",
        )
    ]


def _signers(_: ProblemList) -> list[SignerInfo]:
    return [SignerInfo("hipki", True, "1.3.4", "http://localhost:61161", "running")]


def _platform(_: ProblemList) -> PlatformInfo:
    raise ConnectionError("probe exploded")


def fake_probes() -> DiagnosticProbes:
    return DiagnosticProbes(_app, _system, _readers, _cards, _signers, _platform)


def test_report_with_fake_probes_has_every_section_and_survives_a_failing_probe() -> None:
    report = collect(fake_probes())
    data = json.loads(report.to_json())
    assert list(data) == list(SECTIONS)
    assert data["app"]["version"] == "9.9.9"
    assert data["system"]["smartcard_service"]["state"] == "stopped"
    assert data["readers"][0]["pinpad"] is True
    assert data["cards"][0]["holder"] == "王○明"
    assert data["signers"][0]["name"] == "hipki"
    assert data["platform"] is None
    codes = {p["code"]: p for p in data["problems"]}
    assert set(codes) == {"smartcard_service_stopped", "probe_failed"}
    failed = codes["probe_failed"]
    assert "ConnectionError: probe exploded" in failed["detail"]
    assert failed["section"] == "platform"
    stopped = codes["smartcard_service_stopped"]
    assert stopped["severity"] == "error"
    assert "pcscd" in stopped["remedy_zh"]
    assert "pcscd" in stopped["remedy_en"]
    assert data["problems"][0]["severity"] == "error"  # errors first
    assert report.has_errors


def test_text_rendering_in_both_languages() -> None:
    report = collect(fake_probes())
    zh = report.to_text()
    en = report.to_text("en")
    assert "== 讀卡機 ==" in zh
    assert "ACS ACR39U" in zh
    assert "智慧卡服務未執行" in zh
    assert "== Card readers ==" in en
    assert "Smart-card service not running" in en
    assert "What to do:" in en


def test_training_devices_are_added_and_problem_codes_must_be_known() -> None:
    def training(_: ProblemList) -> TrainingDevices:
        return TrainingDevices(
            [ReaderInfo("TCloud Virtual Reader 0", True, True, "3B", "ok", None)],
            [
                CardInfo(
                    "TCloud Virtual Reader 0",
                    "moeaca",
                    "雲○○○",
                    "TS****",
                    None,
                    None,
                    None,
                    "ok",
                    "training",
                )
            ],
        )

    probes = fake_probes()
    probes.training = training
    report = collect(probes)
    assert [r.name for r in report.readers] == ["ACS ACR39U", "TCloud Virtual Reader 0"]
    assert report.cards[-1].source == "training"
    from app.support.help import HelpContentError

    with pytest.raises(HelpContentError):
        ProblemList().add("no_such_problem")


@pytest.fixture(scope="module")
def pki() -> DemoPKI:
    return DemoPKI.load()


def test_card_info_masks_registers_and_flags_expiry(pki: DemoPKI) -> None:
    demo = pki.cards["moica-sme-owner"]
    card = EmulatedCard.from_demo_card(demo)
    identity = identity_from_certificate(card.certificate, card.chain, demo.card_serial)
    identity = prechecked(identity, training_trust_store())
    problems = ProblemList()
    info = card_info("R", identity, problems, now=identity.not_after - timedelta(days=10))
    assert info.holder == "王○明"
    assert info.serial == "TP**********0011"
    assert info.days_to_expiry == 10
    assert problems.has("certificate_expiring")
    assert "王大明" not in default_redactor().redact("holder 王大明")

    expired = pki.cards["moica-expired"]
    old = prechecked(
        identity_from_certificate(
            EmulatedCard.from_demo_card(expired).certificate, (), expired.card_serial
        ),
        training_trust_store(),
    )
    problems = ProblemList()
    info = card_info("R", old, problems)
    assert problems.has("certificate_expired")
    assert info.days_to_expiry is not None
    assert info.days_to_expiry < 0


def test_training_probe_reads_demo_cards_from_the_virtual_reader(pki: DemoPKI) -> None:
    readers = VirtualReaders()
    readers.insert(EmulatedCard.from_demo_card(pki.cards["moeaca-sme-primary"]))
    probes = fake_probes()
    probes.training = training_probe(readers, training_trust_store)
    report = collect(probes)
    virtual = [r for r in report.readers if r.name == DEFAULT_READER]
    assert virtual
    assert virtual[0].virtual
    assert virtual[0].card_present
    assert virtual[0].source == "training"
    demo = [c for c in report.cards if c.source == "training"]
    inserted = [c for c in demo if c.reader == DEFAULT_READER]
    assert len(inserted) == 1
    assert inserted[0].kind == "moeaca"
    assert inserted[0].serial == "TS**********0001"
    assert inserted[0].chain == "ok"
    # the other demo cards the training panel offers, once each, in no reader
    assert len(demo) == len(pki.cards)
    assert all(c.reader == "-" for c in demo if c is not inserted[0])
    # a demo card expired on purpose is not a problem of this PC
    assert any(c.chain.startswith("CertExpired") for c in demo)
    assert not {"certificate_expired", "certificate_untrusted"} & {p.code for p in report.problems}


def test_each_problem_is_listed_once_whichever_probe_finds_it() -> None:
    def readers(problems: ProblemList) -> list[ReaderInfo]:
        problems.add("smartcard_service_stopped", "SCardEstablishContext failed")
        return []

    probes = fake_probes()
    probes.readers = readers
    report = collect(probes)
    assert [p.code for p in report.problems].count("smartcard_service_stopped") == 1


def test_cli_in_training_mode_lists_training_readers_and_demo_cards(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from ui.launch import main

    assert main(["diagnose", "--json", "--training"]) == 0
    data = json.loads(capsys.readouterr().out)
    training_readers = [r for r in data["readers"] if r["source"] == "training"]
    assert training_readers, data["readers"]
    assert data["cards"]
    assert all(c["source"] == "training" for c in data["cards"])
    codes = [p["code"] for p in data["problems"]]
    assert len(codes) == len(set(codes))


def test_windows_service_parsing() -> None:
    def fake(output: str, code: int = 0):
        return lambda args: subprocess.CompletedProcess(args, code, output, "")

    running = "SERVICE_NAME: SCardSvr\n        STATE              : 4  RUNNING\n"
    stopped = "SERVICE_NAME: SCardSvr\n        STATE              : 1  STOPPED\n"
    assert windows_service_state(fake(running)).state == "running"
    assert windows_service_state(fake(stopped)).state == "stopped"
    missing = "[SC] EnumQueryServicesStatus:OpenService FAILED 1060:"
    assert windows_service_state(fake(missing, 1060)).state == "not_installed"

    def broken(args: list[str]) -> subprocess.CompletedProcess[str]:
        raise FileNotFoundError("sc")

    assert windows_service_state(broken).state == "unknown"


def test_pcscd_state_from_socket_and_process(tmp_path: Path) -> None:
    proc = tmp_path / "proc"
    (proc / "42").mkdir(parents=True)
    (proc / "42" / "comm").write_text("pcscd\n")
    (proc / "43").mkdir()
    (proc / "43" / "comm").write_text("bash\n")
    sock = tmp_path / "pcscd.comm"
    sock.touch()
    state = pcscd_service_state(sock, proc)
    assert state.state == "running"
    assert "42" in state.detail
    assert pcscd_service_state(tmp_path / "none", tmp_path / "empty").state in (
        "stopped",
        "not_installed",
    )
    (proc / "42" / "comm").write_text("other\n")
    assert pcscd_service_state(sock, proc).state == "on_demand"


def test_signers_probe_reports_choices_and_problems(pki: DemoPKI) -> None:
    readers = VirtualReaders()
    readers.insert(EmulatedCard.from_demo_card(pki.cards["moica-tax-owner"]))
    with FakeHiPki(dict) as server:  # running, but no card behind it
        signers = [HiPkiSigner(server.url), Pkcs11Signer(["/nonexistent/libHicos_p11.so"])]
        signers.append(CardProtocolSigner(readers))
        problems = ProblemList()
        found = signers_probe(True, lambda: signers)(problems)
    by_name = {s.name: s for s in found}
    assert list(by_name) == ["hipki", "pkcs11", "card"]
    assert by_name["hipki"].available
    assert by_name["hipki"].location == server.url
    assert by_name["hipki"].version is not None
    assert by_name["hipki"].version == HIPKI_VERSION  # read from the /p11Image.bmp probe
    assert not by_name["pkcs11"].available
    assert by_name["card"].reaches == ["TP**********0012"]
    assert by_name["card"].chosen_for == ["TP**********0012"]
    assert problems.codes() == ["pkcs11_module_missing"]
    assert "陳美玲" not in default_redactor().redact("陳美玲")

    problems = ProblemList()
    found = signers_probe(False, lambda: [HiPkiSigner("http://127.0.0.1:9")])(problems)
    assert not found[0].available
    assert found[0].version is None
    assert problems.codes() == ["hipki_not_running", "no_signer"]


def test_hipki_refusing_this_program_is_a_problem_with_help() -> None:
    with FakeHiPki(dict, allowed_origins=frozenset({"https://web.example"})) as server:
        problems = ProblemList()
        [found] = signers_probe(False, lambda: [HiPkiSigner(server.url)])(problems)
    assert found.available
    assert "HIPKI_NOT_AUTHORISED" in found.detail
    assert "hipki_not_authorised" in problems.codes()
    assert "HiCOS" in load_help().problem("hipki_not_authorised").fix.en


@pytest.mark.softhsm
def test_pkcs11_module_is_found_and_versioned(monkeypatch: pytest.MonkeyPatch) -> None:
    softhsm = Path("/usr/lib/softhsm/libsofthsm2.so")
    if not softhsm.exists():
        if os.environ.get("TCLOUD_TEST_STACK") == "1":
            pytest.fail("test stack incomplete: SoftHSM2 is not installed")
        pytest.skip("SoftHSM2 is not installed")
    monkeypatch.setenv("TCLOUD_PKCS11_MODULE", str(softhsm))
    problems = ProblemList()
    found = signers_probe(False, lambda: [Pkcs11Signer()])(problems)
    assert found[0].available
    assert found[0].location == str(softhsm)
    assert found[0].version is not None
    assert "SoftHSM" in found[0].version
    assert problems.codes() == []


def test_default_probes_in_training_mode_report_the_embedded_platform() -> None:
    report = collect(default_probes(training=True))
    assert report.app is not None
    assert report.app.training
    assert report.platform is not None
    assert report.platform.embedded
    assert [s.name for s in report.signers] == ["hipki", "pkcs11", "card"]
    # Training mode: a missing signer is a note (the app brings its own emulated cards).
    assert all(p.severity == "info" for p in report.problems if p.section == "signers")
    assert "probe_failed" not in [p.code for p in report.problems]


@pytest.mark.parametrize(("training", "severity"), [(False, "error"), (True, "info")])
def test_a_stopped_smartcard_service_is_a_note_in_training_mode(
    monkeypatch: pytest.MonkeyPatch, training: bool, severity: str
) -> None:
    # The demo cards sit in the app's own virtual readers: without the service a trainer
    # can still do every journey, so the page must not show a red problem for it.
    import app.support.probes as probes

    stopped = ServiceState("pcscd", "stopped", "no socket")
    monkeypatch.setattr(probes, "smartcard_service_state", lambda: stopped)
    problems = ProblemList()
    default_probes(training=training).system(problems)
    [problem] = problems.items()
    assert (problem.code, problem.severity) == ("smartcard_service_stopped", severity)


ROOT = Path(__file__).resolve().parents[2]


def _diagnose(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """``tcloud-desktop diagnose`` (``python -m ui.launch diagnose``) in a clean environment."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launch", "diagnose", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", **env},
        cwd=ROOT,
        check=False,
    )


def test_report_produced_without_pcscd(tmp_path: Path) -> None:
    out = _diagnose(
        "--json",
        PCSCLITE_CSOCK_NAME=str(tmp_path / "no-pcscd.comm"),
        TCLOUD_HOME=str(tmp_path / "home"),
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert list(data) == list(SECTIONS)
    codes = [p["code"] for p in data["problems"]]
    assert "smartcard_service_stopped" in codes
    assert data["readers"] == []
    assert "Traceback" not in out.stderr


def test_cli_text_and_bad_arguments(tmp_path: Path) -> None:
    out = _diagnose("--lang", "en", "--training", TCLOUD_HOME=str(tmp_path))
    assert out.returncode == 0, out.stderr
    assert "== Card readers ==" in out.stdout
    assert "embedded training platform" in out.stdout
    bad = _diagnose("--colour", TCLOUD_HOME=str(tmp_path))
    assert bad.returncode == 2
    assert "unrecognized arguments" in bad.stderr


def test_main_returns_zero_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    from ui.launch import main

    assert main(["diagnose", "--json", "--training"]) == 0
    assert json.loads(capsys.readouterr().out)["app"]["training"] is True


def test_keyring_state_reports_a_missing_credential_store() -> None:
    import keyring
    from keyring.backends.fail import Keyring as FailKeyring

    from app.support.probes import keyring_state

    problems = ProblemList()
    assert "MemoryKeyring" in keyring_state(problems)
    assert problems.codes() == []
    keyring.set_keyring(FailKeyring())  # the autouse fixture restores the previous one
    assert keyring_state(problems).startswith("memory only")
    assert problems.codes() == ["keyring_unavailable"]
