"""The benchmark's own tools: statistics, heartbeat, waiting, probe, report, card adapter."""

from __future__ import annotations

import os
import sys
import time
import types
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from bench import cards, report, scenarios, startup
from bench.bundle_size import BundleSizes
from bench.measure import BenchError, Heartbeat, median, ratio, rss_kib, wait_until
from installer.build import FolderSize

linux_only = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc")


def test_median_and_ratio() -> None:
    assert median([3.0, 1.0, 2.0]) == 2.0
    assert ratio(150.0, 100.0) == 1.5
    with pytest.raises(BenchError):
        median([])
    with pytest.raises(BenchError):
        ratio(1.0, 0.0)


@linux_only
def test_rss_of_this_process() -> None:
    assert rss_kib() > 10_000
    with pytest.raises(BenchError, match="cannot read"):
        rss_kib(2**31 - 1)


def test_heartbeat_sees_a_blocked_gui_thread(qtbot: QtBot) -> None:
    heartbeat = Heartbeat()
    heartbeat.start()
    ticks_after_the_stall: list[int] = []

    def stall() -> None:
        time.sleep(0.12)
        ticks_after_the_stall.append(len(heartbeat.ticks))

    QTimer.singleShot(20, stall)
    # the stall is over and the heartbeat has ticked again after it
    qtbot.waitUntil(
        lambda: bool(ticks_after_the_stall) and len(heartbeat.ticks) > ticks_after_the_stall[0],
        timeout=5000,
    )
    gap = heartbeat.stop()
    assert 110 <= gap < 1000


def test_heartbeat_of_an_idle_loop_is_short(qtbot: QtBot) -> None:
    heartbeat = Heartbeat()
    heartbeat.start()
    qtbot.waitUntil(lambda: len(heartbeat.ticks) > 10, timeout=5000)
    assert heartbeat.stop() < 50


def test_wait_until_keeps_the_loop_running(qtbot: QtBot) -> None:
    fired: list[bool] = []
    QTimer.singleShot(50, lambda: fired.append(True))
    waited = wait_until(lambda: bool(fired), 5, "the timer")
    assert 0.03 < waited < 2


def test_wait_until_times_out_with_the_reason(qtbot: QtBot) -> None:
    with pytest.raises(BenchError, match="waiting for nothing"):
        wait_until(lambda: False, 0.1, "nothing")


def test_synthetic_orders_cover_every_status() -> None:
    from app.subsidy import OrderStatus

    orders = scenarios.synthetic_orders(50, date(2026, 6, 1))
    assert len({o.id for o in orders}) == 50
    assert {o.status for o in orders} == set(OrderStatus)


@linux_only
def test_probe_of_the_bare_window_in_a_fresh_process(tmp_path: Path) -> None:
    run = startup.probe_once(startup.BARE, 0.2, startup.probe_env(tmp_path))
    assert 0 < run.first_paint_ms < 60_000
    assert run.rss_idle_kib > 10_000


@linux_only
def test_probe_reports_a_program_that_never_paints(tmp_path: Path) -> None:
    target = startup.Target("broken", ("client", "--", "--idle-minutes", "0"))
    with pytest.raises(BenchError, match="gave no probe report"):
        startup.probe_once(target, 0.2, startup.probe_env(tmp_path))


def _install_cards_bench(monkeypatch: pytest.MonkeyPatch, run: object) -> None:
    module = types.ModuleType("bench.cards_bench")
    module.run = run  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bench.cards_bench", module)


def test_cards_adapter_passes_a_mapping_through(monkeypatch: pytest.MonkeyPatch) -> None:
    _install_cards_bench(monkeypatch, lambda: {"ratio": 1.1, "available": True})
    assert cards.measure_cards() == {"ratio": 1.1, "available": True}


def test_cards_adapter_accepts_a_dataclass(monkeypatch: pytest.MonkeyPatch) -> None:
    @dataclass
    class Result:
        ratio: float

    _install_cards_bench(monkeypatch, lambda: Result(1.3))
    assert cards.measure_cards() == {"ratio": 1.3}


def test_cards_adapter_reports_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise RuntimeError("vpcd gone")

    _install_cards_bench(monkeypatch, broken)
    assert (
        cards.measure_cards() == "not measured: cards_bench.run() failed: RuntimeError: vpcd gone"
    )


def _results(**overrides: object) -> report.Results:
    bare = startup.StartupResult(
        startup.BARE.name, (startup.ProbeRun(300.0, 60 * 1024, 62 * 1024),)
    )
    fast = startup.StartupResult(
        startup.CLIENT_REMOTE.name, (startup.ProbeRun(400.0, 80 * 1024, 90 * 1024),)
    )
    slow = startup.StartupResult(
        startup.CLIENT_TRAINING.name, (startup.ProbeRun(900.0, 100 * 1024, 200 * 1024),)
    )
    shell = startup.StartupResult(
        startup.SHELL.name, (startup.ProbeRun(310.0, 70 * 1024, 71 * 1024),)
    )
    values: dict[str, object] = {
        "when": "2026-11-21 15:00 UTC",
        "machine": {"cpu": "Test CPU", "cores": "2"},
        "repetitions": 1,
        "settle_s": 5.0,
        "startup": {bare.target: bare, fast.target: fast, slow.target: slow, shell.target: shell},
        "imports": [("ui.main_window", 500.0)],
        "stalls": {"login": {"longest_stall_ms": 20.0}, "orders": "not measured: no page"},
        "cards": {"available": True, "ratio": 1.25},
        "bundles": BundleSizes(
            FolderSize(130 * 2**20, 300), FolderSize(100 * 2**20, 170), 80.0, 30.0
        ),
    }
    values.update(overrides)
    return report.Results(**values)  # type: ignore[arg-type]


def test_report_compares_with_the_targets() -> None:
    text = report.render(_results())
    assert "| cpu | Test CPU |" in text
    assert (
        "| Start → first painted page, client, real platform URL | 400 ms | 300 ms | 1.33× | ≤ 1.5× | met |"
        in text
    )
    assert (
        "| Start → first painted page, client, training mode | 900 ms | 300 ms | 3.00× | ≤ 1.5× | **missed** |"
        in text
    )
    assert "1.25× | ≤ 1.2× | **missed** |" in text
    assert (
        "| Idle RSS, start page alone (lower bound) | 71 MiB | 62 MiB | 1.15× | ≤ 1.5× | met |"
        in text
    )
    assert "| Longest GUI stall, card login | 20 ms |" in text
    assert "| Frozen one-folder bundle | 130.0 MiB | 100.0 MiB | 1.30× | ≤ 1.3× | met |" in text
    assert "- GUI stall, orders: not measured: no page" in text
    assert "| `ui.main_window` | 500 ms |" in text


def test_report_says_what_was_not_measured() -> None:
    text = report.render(
        _results(
            startup="not measured: no display",
            imports="not measured: nothing",
            cards={"available": False, "reason": "pcscd is not running"},
            bundles="not measured: PyInstaller failed",
        )
    )
    not_measured = text[text.index("## Not measured") :]
    for reason in ("no display", "pcscd is not running", "PyInstaller failed", "nothing"):
        assert reason in not_measured
    assert "Start → first painted page" not in text


def test_report_holds_each_first_click_against_100_ms() -> None:
    clicks = {
        "新申請": startup.FirstClickResult("新申請", (startup.ClickRun(12.0, 640.0, 90.0),)),
        "說明與診斷": startup.FirstClickResult("說明與診斷", (startup.ClickRun(8.0, 95.0, 40.0),)),
    }
    text = report.render(_results(clicks=clicks))
    assert (
        "| First click on 新申請 → its first paint (loading page or page) | 12 ms | | "
        "| ≤ 100 ms | met |" in text
    )
    assert (
        "| First click on 新申請 → its page painted | 640 ms | | | ≤ 100 ms | **missed** |" in text
    )
    assert "| First click on 說明與診斷 → its page painted | 95 ms | | | ≤ 100 ms | met |" in text
    assert "- 新申請: 12/640/90" in text
    not_measured = report.render(_results(clicks="not run (--skip)"))
    assert "- First click on a start-page choice: not run (--skip)" in not_measured


def test_bench_refuses_an_unknown_part_to_skip(capsys: pytest.CaptureFixture[str]) -> None:
    from bench.__main__ import main

    with pytest.raises(SystemExit):
        main(["--skip", "cards,everything"])
    assert "unknown part(s) for --skip: everything" in capsys.readouterr().err


def test_probe_env_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TCLOUD_SMOKE_TEST", "1")
    env = startup.probe_env(tmp_path)
    assert env["TCLOUD_HOME"] == str(tmp_path)
    assert "TCLOUD_SMOKE_TEST" not in env
    assert env["QT_QPA_PLATFORM"] == os.environ.get("QT_QPA_PLATFORM", "offscreen")


def test_a_scenario_that_no_longer_fits_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def gone() -> dict[str, float]:
        raise AttributeError("'EnrolmentWizard' object has no attribute 'card_panel'")

    monkeypatch.setattr(
        scenarios, "SCENARIOS", {"login": gone, "ok": lambda: {"longest_stall_ms": 3.0}}
    )
    assert scenarios.run_all() == {
        "login": "not measured: AttributeError: 'EnrolmentWizard' object has no attribute "
        "'card_panel'",
        "ok": {"longest_stall_ms": 3.0},
    }


def test_orders_scenario_measures_the_real_page(qtbot: QtBot) -> None:
    result = scenarios.orders(count=40)
    assert set(result) == {"longest_stall_ms", "first_refresh_ms", "second_refresh_ms"}
    assert result["longest_stall_ms"] > 0
