"""Write the benchmark results as Markdown (bench/results.md)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bench.bundle_size import BundleSizes
from bench.startup import (
    BARE,
    CLIENT_REMOTE,
    CLIENT_TRAINING,
    SHELL,
    FirstClickResult,
    StartupResult,
)

START_TARGET = 1.5
RSS_TARGET = 1.5
LOGIN_TARGET = 1.2
STALL_TARGET_MS = 50.0
CLICK_TARGET_MS = 100.0
BUNDLE_TARGET = 1.3
TRAINING_TARGET = 1.1
"""Issue 13: training mode's first paint and idle RSS within 10 % of the platform URL's."""


@dataclass
class Results:
    """Everything one ``python -m bench`` run measured (or why it could not)."""

    when: str
    machine: dict[str, str]
    repetitions: int
    settle_s: float
    startup: dict[str, StartupResult] | str
    imports: list[tuple[str, float]] | str
    stalls: dict[str, dict[str, float] | str]
    cards: dict[str, Any] | str
    bundles: BundleSizes | str
    clicks: dict[str, FirstClickResult] | str = "not run"
    notes: list[str] = field(default_factory=list)


def _verdict(value: float, limit: float) -> str:
    return "met" if value <= limit else "**missed**"


def _startup_rows(startup: dict[str, StartupResult]) -> list[str]:
    bare = startup[BARE.name]
    measures: tuple[tuple[str, Callable[[StartupResult], float], str, float], ...] = (
        ("Start → first painted page", lambda r: r.first_paint_ms, "ms", START_TARGET),
        ("Idle RSS", lambda r: r.rss_idle_mib, "MiB", RSS_TARGET),
    )
    rows = []
    for label, value, unit, limit in measures:
        base = value(bare)
        for target in (CLIENT_TRAINING, CLIENT_REMOTE, SHELL):
            if target.name not in startup:
                continue
            measured = value(startup[target.name])
            r = measured / base
            rows.append(
                f"| {label}, {target.name} | {measured:.0f} {unit} | {base:.0f} {unit} "
                f"| {r:.2f}× | ≤ {limit}× | {_verdict(r, limit)} |"
            )
        if CLIENT_TRAINING.name in startup and CLIENT_REMOTE.name in startup:
            training = value(startup[CLIENT_TRAINING.name])
            remote = value(startup[CLIENT_REMOTE.name])
            r = training / remote
            rows.append(
                f"| {label}, training mode vs real platform URL | {training:.0f} {unit} "
                f"| {remote:.0f} {unit} (URL) | {r:.2f}× | ≤ {TRAINING_TARGET}× "
                f"| {_verdict(r, TRAINING_TARGET)} |"
            )
    return rows


def _click_rows(clicks: dict[str, FirstClickResult]) -> list[str]:
    rows = []
    for label, result in clicks.items():
        for what, value in (
            ("its first paint (loading page or page)", result.click_paint_ms),
            ("its page painted", result.page_paint_ms),
        ):
            rows.append(
                f"| First click on {label} → {what} | {value:.0f} ms | | "
                f"| ≤ {CLICK_TARGET_MS:.0f} ms | {_verdict(value, CLICK_TARGET_MS)} |"
            )
    return rows


def _cards_rows(cards: dict[str, Any]) -> list[str]:
    rows = []
    ratio = next((v for k, v in cards.items() if "ratio" in k and isinstance(v, int | float)), None)
    if ratio is not None:
        rows.append(
            f"| Card login via pcscd/vpcd vs bare APDU loop | see below | | {ratio:.2f}× "
            f"| ≤ {LOGIN_TARGET}× | {_verdict(float(ratio), LOGIN_TARGET)} |"
        )
    return rows


def _stall_rows(stalls: dict[str, dict[str, float] | str]) -> list[str]:
    names = {
        "login": "Longest GUI stall, card login",
        "orders": "Longest GUI stall, 500-order list refresh",
        "hotplug": "Longest GUI stall, card hot-plug (10 pulls)",
        "startup": "Longest GUI stall, first paint → training platform up",
    }
    rows = []
    for key, label in names.items():
        value = stalls.get(key)
        if isinstance(value, dict):
            stall = value["longest_stall_ms"]
            rows.append(
                f"| {label} | {stall:.0f} ms | | | ≤ {STALL_TARGET_MS:.0f} ms "
                f"| {_verdict(stall, STALL_TARGET_MS)} |"
            )
    return rows


def _bundle_rows(bundles: BundleSizes) -> list[str]:
    r = bundles.client.bytes / bundles.bare.bytes
    return [
        f"| Frozen one-folder bundle | {bundles.client.mebibytes:.1f} MiB "
        f"| {bundles.bare.mebibytes:.1f} MiB | {r:.2f}× | ≤ {BUNDLE_TARGET}× | {_verdict(r, BUNDLE_TARGET)} |"
    ]


def render(results: Results) -> str:
    """The whole results.md text."""
    out = [
        "# Benchmark results",
        "",
        f"Written by `python -m bench` on {results.when}. Start-up and memory: "
        f"{results.repetitions} fresh processes per program (after one warm-up), median; "
        f"idle RSS read {results.settle_s:.0f} s after the first paint. Qt platform: offscreen. "
        "Times depend on what else the machine is doing (load average below); the ratios "
        "compare runs taken side by side, interleaved.",
        "",
        "## Machine",
        "",
        "| | |",
        "|---|---|",
        *(f"| {k} | {v} |" for k, v in results.machine.items()),
        "",
        "## Against the targets",
        "",
        "| Measure | Client | Bare reference | Ratio | Target | |",
        "|---|---|---|---|---|---|",
    ]
    missing: list[str] = []
    if isinstance(results.startup, dict):
        out += _startup_rows(results.startup)
    else:
        missing.append(f"Start-up and RSS: {results.startup}")
    if isinstance(results.clicks, dict):
        out += _click_rows(results.clicks)
    else:
        missing.append(f"First click on a start-page choice: {results.clicks}")
    if isinstance(results.cards, dict) and results.cards.get("available") is False:
        reason = results.cards.get("reason", "no reason given")
        missing.append(f"Card login vs bare APDU loop: cards_bench.run(): {reason}")
    elif isinstance(results.cards, dict):
        rows = _cards_rows(results.cards)
        out += rows
        if not rows:
            missing.append("Card login ratio: cards_bench.run() reported no ratio field")
    else:
        missing.append(f"Card login vs bare APDU loop: {results.cards}")
    out += _stall_rows(results.stalls)
    missing += [f"GUI stall, {k}: {v}" for k, v in results.stalls.items() if isinstance(v, str)]
    if isinstance(results.bundles, BundleSizes):
        out += _bundle_rows(results.bundles)
    else:
        missing.append(f"Bundle size: {results.bundles}")

    out += ["", "## Details", ""]
    if isinstance(results.startup, dict):
        out += ["Start-up samples (ms to first paint; idle RSS MiB):", ""]
        for name, result in results.startup.items():
            paints = ", ".join(f"{r.first_paint_ms:.0f}" for r in result.runs)
            rss = ", ".join(f"{r.rss_idle_kib / 1024:.0f}" for r in result.runs)
            out.append(
                f"- {name}: {paints} (RSS at first paint {result.rss_at_paint_mib:.0f} MiB; idle {rss})"
            )
        out.append("")
    if isinstance(results.clicks, dict):
        out += [
            "First clicks (client with a platform URL, a fresh process each, clicked 1 s "
            "after its first paint; ms after the click: first paint / page painted / "
            "longest GUI stall):",
            "",
        ]
        for label, clicked in results.clicks.items():
            samples = ", ".join(
                f"{r.click_paint_ms:.0f}/{r.page_paint_ms:.0f}/{r.stall_ms:.0f}"
                for r in clicked.runs
            )
            out.append(f"- {label}: {samples}")
        out.append("")
    for name, value in results.stalls.items():
        if isinstance(value, dict):
            figures = ", ".join(f"{k} = {v:.3g}" for k, v in value.items())
            out.append(f"- GUI scenario `{name}`: {figures}")
    if isinstance(results.cards, dict):
        out.append(
            "- Card benchmark (bench/cards_bench.py): "
            + ", ".join(
                f"{k} = {v:.4g}" if isinstance(v, float) else f"{k} = {v}"
                for k, v in results.cards.items()
            )
        )
    if isinstance(results.bundles, BundleSizes):
        b = results.bundles
        built = f"; client built in {b.client_build_s:.0f} s" if b.client_build_s else ""
        out.append(
            f"- Bundles: client {b.client.files} files, bare {b.bare.files} files; "
            f"bare built in {b.bare_build_s or 0:.0f} s{built} (same excludes, Qt pruning, strip)."
        )
    if isinstance(results.imports, list):
        out += [
            "",
            "## Where start-up time goes",
            "",
            "Project modules imported before the first paint (client with a platform URL), "
            "cumulative `python -X importtime` (inflated by the measurement; compare them "
            "with each other):",
            "",
            "| Module | Cumulative import |",
            "|---|---|",
            *(f"| `{m}` | {ms:.0f} ms |" for m, ms in results.imports),
        ]
    else:
        missing.append(f"Import profile: {results.imports}")
    out += ["", "## Not measured", ""]
    out += [f"- {line}" for line in missing] or ["- Everything above was measured."]
    if results.notes:
        out += ["", "## Notes", "", *(f"- {n}" for n in results.notes)]
    return "\n".join(out) + "\n"
