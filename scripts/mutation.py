"""Mutation testing of the rule-bearing core with mutmut: do the tests notice a wrong line?

Each *target* is a set of modules together with the tests that guard them. For every target
the script lays a scratch copy of the project under ``build/mutation/<target>/``, adds the
target's ``[tool.mutmut]`` settings to the copy's ``pyproject.toml`` and runs ``mutmut run``
there (the folder is laid anew each time: mutmut would not re-check a mutant when only the tests
changed).

A mutant that survives is either killed by a new test or listed, with the reason it cannot
change behaviour, in ``tests/mutation_equivalents.toml``. The run fails on any survivor that
is not listed, on a listed mutant that no longer survives (the list must stay true), and on
mutants whose tests timed out or could not run.

    scripts/mutation.py                 every target
    scripts/mutation.py --fast          the fast targets (run by scripts/run_tests.py in CI)
    scripts/mutation.py kiosk ledger    the named targets
    scripts/mutation.py --list          the targets, their modules and tests
    scripts/mutation.py ledger --only 'sandbox.ledger.x_append__mutmut_*'
                                        only some mutants (re-checking survivors)

``docs/testing.md`` records the score per target and how to read a survivor
(``cd build/mutation/<target> && ../../../.venv/bin/mutmut show <mutant>``).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from dataclasses import dataclass, replace
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "mutation"
EQUIVALENTS = ROOT / "tests" / "mutation_equivalents.toml"
MUTMUT = Path(sys.executable).parent / "mutmut"
COPIED = (
    "app",
    "certs",
    "sandbox",
    "ui",
    "resources",
    "scripts",
    "docs",
    "tests",
    "pyproject.toml",
)
"""What a scratch copy holds: the packages the tests import, the tests and the settings."""
SOURCE_PATHS = ("app", "certs", "sandbox", "ui")

KILLED = {1, 3}
SURVIVED = {0}
TYPE_CHECKED = {37}
STATUS = {0: "survived", 1: "killed", 3: "killed", 33: "no tests", 5: "no tests", 36: "timeout"}


@dataclass(frozen=True)
class Target:
    """Modules mutated together and the tests that must catch every mutant."""

    name: str
    modules: tuple[str, ...]
    tests: tuple[str, ...]
    fast: bool = False
    marks: str = "not pcsc and not screenshot and not atspi and not slow"
    functions: tuple[str, ...] = ()
    """Mutant name patterns (``mutmut run`` globs) when only part of the modules is mutated."""


TARGETS: tuple[Target, ...] = (
    Target(
        "kiosk",
        ("app/support/kiosk.py",),
        ("tests/support/test_support_kiosk.py",),
        fast=True,
    ),
    Target(
        "termination",
        ("app/subsidy/termination.py", "app/subsidy/dates.py"),
        ("tests/subsidy",),
        fast=True,
    ),
    Target(
        "points",
        ("app/subsidy/points.py", "app/subsidy/purchases.py", "app/subsidy/programme.py"),
        ("tests/subsidy",),
    ),
    Target(
        "subsidy",
        (
            "app/subsidy/__init__.py",
            "app/subsidy/_checks.py",
            "app/subsidy/_data.py",
            "app/subsidy/assessment.py",
            "app/subsidy/documents.py",
            "app/subsidy/eligibility.py",
            "app/subsidy/enums.py",
            "app/subsidy/errors.py",
            "app/subsidy/identifiers.py",
            "app/subsidy/identity_match.py",
            "app/subsidy/orders.py",
            "app/subsidy/workdays.py",
        ),
        ("tests/subsidy",),
    ),
    Target(
        "forms",
        ("app/subsidy/forms.py", "app/subsidy/password.py"),
        ("tests/subsidy",),
    ),
    Target(
        "redact",
        ("app/support/redact.py",),
        (
            "tests/support/test_support_redact.py",
            "tests/support/test_support_redact_registered.py",
            "tests/support/test_support_redact_edges.py",
        ),
    ),
    Target(
        "cards",
        (
            "app/cards/errors.py",
            "app/cards/apdu.py",
            "app/cards/testcard.py",
            "app/cards/pinpad.py",
            "app/cards/hipki.py",
            "app/cards/pkcs11.py",
        ),
        (
            "tests/cards/test_cards_apdu.py",
            "tests/cards/test_cards_pinpad.py",
            "tests/cards/test_cards_hipki.py",
            "tests/cards/test_cards_hipki_formats.py",
            "tests/cards/test_cards_pkcs11.py",
            "tests/cards/test_cards_pkcs11_tries.py",
            "tests/cards/test_cards_inprocess.py",
        ),
        # The card protocol (APDUs, status words, VERIFY) and how each signer's answers
        # map to the typed errors and PIN tries; not the certificate and slot listing.
        functions=(
            "app.cards.errors.*",
            "app.cards.apdu.*",
            "app.cards.testcard.x_pin_status__mutmut_*",
            "app.cards.testcard.xǁEmulatedHicosCardǁ*",
            "app.cards.pinpad.x_pad_status_*",
            "app.cards.hipki.x_code_value__mutmut_*",
            "app.cards.hipki.x_hipki_error__mutmut_*",
            "app.cards.hipki.xǁHiPkiSignerǁ_request__mutmut_*",
            "app.cards.hipki.xǁHiPkiSignerǁ_json__mutmut_*",
            "app.cards.hipki.xǁHiPkiSignerǁsign__mutmut_*",
            "app.cards.hipki.xǁHiPkiSignerǁpin_tries_left__mutmut_*",
            "app.cards.pkcs11.x_pkcs11_error__mutmut_*",
            "app.cards.pkcs11.xǁPkcs11Signerǁ_call__mutmut_*",
            "app.cards.pkcs11.xǁPkcs11Signerǁ_tries_left__mutmut_*",
            "app.cards.pkcs11.xǁPkcs11Signerǁsign__mutmut_*",
            "app.cards.pkcs11.xǁPkcs11Signerǁpin_tries_left__mutmut_*",
        ),
    ),
    Target(
        "trust",
        ("certs/trust.py",),
        ("tests/certs",),
    ),
    Target(
        "idempotency",
        ("sandbox/context.py",),
        (
            "tests/sandbox/test_sandbox_idempotency.py",
            "tests/sandbox/test_sandbox_robustness.py::test_idempotency_key_replays_the_first_response",
            "tests/sandbox/test_sandbox_robustness.py::test_dropped_response_after_commit_is_recovered_by_replay",
        ),
        functions=(
            "sandbox.context.xǁTxǁ_idempotency_key__mutmut_*",
            "sandbox.context.xǁTxǁstart_idempotent__mutmut_*",
            "sandbox.context.xǁTxǁdone__mutmut_*",
        ),
    ),
    Target(
        "ledger",
        ("sandbox/ledger.py",),
        # On its own database session, without HTTP: a platform per mutant took hours.
        ("tests/sandbox/test_sandbox_ledger.py",),
    ),
)


def step(title: str) -> None:
    print(f"\033[1m==> {title}\033[0m", flush=True)


def load_equivalents() -> dict[str, str]:
    """Listed survivors: mutant name → why the mutant cannot change behaviour."""
    if not EQUIVALENTS.exists():
        return {}
    data = tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8"))
    return {str(name): str(reason) for name, reason in data.get("equivalent", {}).items()}


def mutmut_settings(target: Target) -> str:
    """The ``[tool.mutmut]`` table for ``target``'s scratch copy."""
    args = ["-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", "-m", target.marks]
    lines = [
        "",
        "[tool.mutmut]",
        f"source_paths = {json.dumps(list(SOURCE_PATHS))}",
        f"only_mutate = {json.dumps(list(target.modules))}",
        'also_copy = ["resources", "scripts", "docs"]',  # docs: tests that read docs/cards.md
        f"pytest_add_cli_args = {json.dumps(args)}",
        f"pytest_add_cli_args_test_selection = {json.dumps(list(target.tests))}",
        "use_git_change_detection = false",
        "timeout_multiplier = 10.0",
        "timeout_constant = 10.0",
    ]
    return "\n".join(lines) + "\n"


def lay_copy(target: Target) -> Path:
    """A fresh scratch copy of the project for ``target``."""
    folder = WORK / target.name
    # mutmut re-checks a mutant only when its function changed, not when the tests did.
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for name in COPIED:
        source, copy = ROOT / name, folder / name
        if source.is_dir():
            shutil.rmtree(copy, ignore_errors=True)
            ignored = shutil.ignore_patterns("__pycache__", ".hypothesis", "test-artifacts")
            shutil.copytree(source, copy, ignore=ignored)
        else:
            shutil.copy2(source, copy)
    settings = (ROOT / "pyproject.toml").read_text(encoding="utf-8") + mutmut_settings(target)
    (folder / "pyproject.toml").write_text(settings, encoding="utf-8")
    return folder


def exit_codes(folder: Path) -> dict[str, int | None]:
    """Mutant name → the exit code of its tests, from mutmut's result files."""
    codes: dict[str, int | None] = {}
    for meta in sorted((folder / "mutants").rglob("*.meta")):
        data = json.loads(meta.read_text(encoding="utf-8"))
        codes.update(data.get("exit_code_by_key", {}))
    return codes


@dataclass
class Outcome:
    """One target's score and what is wrong with it."""

    target: str
    total: int
    killed: int
    equivalent: int
    unexplained: list[str]
    stale: list[str]
    unchecked: dict[str, str]
    seconds: float

    @property
    def score(self) -> float:
        """Share of the mutants that are not equivalent and were killed."""
        relevant = self.total - self.equivalent
        return 100.0 * self.killed / relevant if relevant else 100.0

    @property
    def ok(self) -> bool:
        return not (self.unexplained or self.stale or self.unchecked)


def run_target(
    target: Target, equivalents: dict[str, str], children: int, only: tuple[str, ...] = ()
) -> Outcome:
    """Mutate ``target`` (only the mutants matching ``only``, if given) and score it."""
    step(f"{target.name}: {', '.join(target.modules)}")
    if only:
        target = replace(target, functions=only)
    started = time.monotonic()
    folder = lay_copy(target)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("CI", None)  # mutmut's own progress output; the tests' CI profile is set below
    env["TCLOUD_HYPOTHESIS_PROFILE"] = "mutation"
    log = folder / "mutmut.log"
    with log.open("w", encoding="utf-8") as out:
        command = [str(MUTMUT), "run", "--max-children", str(children), *target.functions]
        code = subprocess.call(command, cwd=folder, env=env, stdout=out, stderr=subprocess.STDOUT)
    if code != 0:
        print(log.read_text(encoding="utf-8", errors="replace")[-4000:])
        problem = {"mutmut run": f"exit code {code}, see {log.relative_to(ROOT)}"}
        return Outcome(target.name, 0, 0, 0, [], [], problem, time.monotonic() - started)
    codes = exit_codes(folder)
    prefixes = tuple(
        module.removesuffix(".py").removesuffix("*").replace("/", ".") for module in target.modules
    )

    def targeted(name: str) -> bool:
        return name.startswith(prefixes) and (
            not target.functions or any(fnmatch(name, f) for f in target.functions)
        )

    mine = {name: code for name, code in codes.items() if targeted(name)}
    survivors = sorted(name for name, code in mine.items() if code in SURVIVED)
    listed = {name for name in equivalents if targeted(name)}
    killed = sum(1 for code in mine.values() if code in KILLED or code in TYPE_CHECKED)
    unchecked = {
        name: STATUS.get(code, f"exit code {code}") if code is not None else "not checked"
        for name, code in mine.items()
        if code not in KILLED | SURVIVED | TYPE_CHECKED
    }
    return Outcome(
        target=target.name,
        total=len(mine),
        killed=killed,
        equivalent=len(listed & set(survivors)),
        unexplained=[name for name in survivors if name not in listed],
        stale=sorted(name for name in listed if mine.get(name) not in SURVIVED),
        unchecked=unchecked,
        seconds=time.monotonic() - started,
    )


def report(outcomes: list[Outcome]) -> None:
    step("Mutation score (killed / mutants that are not equivalent)")
    for o in outcomes:
        print(
            f"   {o.target:<12} {o.killed:>4} killed of {o.total:>4} mutants, "
            f"{o.equivalent:>3} equivalent, score {o.score:5.1f}%  ({o.seconds:.0f} s)"
        )
    for o in outcomes:
        for name in o.unexplained:
            print(f"   SURVIVED {name}  (cd build/mutation/{o.target} && mutmut show {name})")
        for name in o.stale:
            print(f"   LISTED AS EQUIVALENT BUT NO LONGER SURVIVES: {name} (remove it)")
        for name, status in sorted(o.unchecked.items()):
            print(f"   NOT DECIDED {name}: {status}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("targets", nargs="*", help="target names (default: all)")
    parser.add_argument("--fast", action="store_true", help="only the fast targets (CI)")
    parser.add_argument("--list", action="store_true", help="list the targets and stop")
    parser.add_argument("--children", type=int, default=max((os.cpu_count() or 2) // 2, 1))
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="GLOB",
        help="only the mutants whose names match (e.g. 'sandbox.ledger.x_append__mutmut_*'), "
        "to re-check a few survivors while writing their tests",
    )
    options = parser.parse_args(argv)
    by_name = {t.name: t for t in TARGETS}
    if options.list:
        for t in TARGETS:
            tag = " (fast)" if t.fast else ""
            print(f"{t.name}{tag}: {' '.join(t.modules)}\n    tests: {' '.join(t.tests)}")
        return 0
    unknown = [name for name in options.targets if name not in by_name]
    if unknown:
        parser.error(f"unknown target(s) {', '.join(unknown)}; known: {', '.join(by_name)}")
    chosen = [by_name[n] for n in options.targets] or [
        t for t in TARGETS if t.fast or not options.fast
    ]
    equivalents = load_equivalents()
    only = tuple(options.only)
    outcomes = [run_target(t, equivalents, options.children, only) for t in chosen]
    report(outcomes)
    return 0 if all(o.ok for o in outcomes) else 1


if __name__ == "__main__":
    sys.exit(main())
