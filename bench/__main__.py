"""``python -m bench``: measure everything in one run and write bench/results.md.

    python -m bench                  # everything (builds both bundles: a few minutes)
    python -m bench --reuse-bundle   # keep an existing dist/tcloud-desktop/
    python -m bench --quick          # 2 repetitions instead of 5 (for trying things out)
    python -m bench --skip cards,bundles   # leave parts out (listed under "Not measured")

Runs on Linux (RSS from /proc) with the offscreen Qt platform unless QT_QPA_PLATFORM
says otherwise. Each part that cannot run says why in results.md instead of failing
the whole run.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.measure import BenchError, machine_description

RESULTS = Path(__file__).resolve().parent / "results.md"
PARTS = ("startup", "clicks", "imports", "stalls", "cards", "bundles")


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark and write the results file."""
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2 repetitions instead of 5")
    parser.add_argument("--reuse-bundle", action="store_true", help="reuse dist/tcloud-desktop")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results file")
    parser.add_argument(
        "--skip",
        default="",
        metavar="PARTS",
        help=f"comma-separated parts to leave out: {', '.join(PARTS)}",
    )
    args = parser.parse_args(argv)
    skipped = {part.strip() for part in args.skip.split(",") if part.strip()}
    if unknown := skipped - set(PARTS):
        parser.error(f"unknown part(s) for --skip: {', '.join(sorted(unknown))}")
    not_run = "not run (--skip)"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from bench.bundle_size import measure_bundles
    from bench.cards import measure_cards
    from bench.report import Results, render
    from bench.scenarios import run_all
    from bench.startup import measure_first_clicks, measure_startup, slowest_imports
    from installer.build import BuildError

    repetitions = 2 if args.quick else 5
    settle_s = 5.0
    machine = machine_description()

    def step(text: str) -> None:
        print(f"bench: {text}", flush=True)

    startup: Any = not_run
    if "startup" not in skipped:
        step(f"start-up and RSS ({repetitions} runs each)")
        try:
            startup = measure_startup(repetitions, settle_s)
        except BenchError as exc:
            startup = f"not measured: {exc}"
    clicks: Any = not_run
    if "clicks" not in skipped:
        step(f"first click on each start-page choice ({repetitions} runs each)")
        try:
            clicks = measure_first_clicks(repetitions)
        except BenchError as exc:
            clicks = f"not measured: {exc}"
    imports: Any = not_run
    if "imports" not in skipped:
        step("import profile")
        try:
            imports = slowest_imports()
        except BenchError as exc:
            imports = f"not measured: {exc}"
    stalls: Any = {"all scenarios": not_run}
    if "stalls" not in skipped:
        step("GUI stalls: startup, login, 500 orders, hot-plug")
        stalls = run_all()
    cards: Any = not_run
    if "cards" not in skipped:
        step("card login (bench/cards_bench.py)")
        cards = measure_cards()
    bundles: Any = not_run
    if "bundles" not in skipped:
        step("bundle sizes (PyInstaller)")
        try:
            bundles = measure_bundles(rebuild_client=not args.reuse_bundle)
        except BuildError as exc:
            bundles = f"not measured: {exc}"

    results = Results(
        when=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        machine=machine,
        repetitions=repetitions,
        settle_s=settle_s,
        startup=startup,
        clicks=clicks,
        imports=imports,
        stalls=stalls,
        cards=cards,
        bundles=bundles,
    )
    text = render(results)
    args.output.write_text(text, encoding="utf-8")
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
