"""docs/field-test.md: the HiPKI unknowns come first, every step has an expected result and
a stand-in, and every stand-in it names exists (the plan cannot silently rot)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLAN = (ROOT / "docs" / "field-test.md").read_text(encoding="utf-8")
REFERENCE = re.compile(r"`(tests/[\w/]+\.py)(?:::(\w+))?`")


def _functions(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


def test_every_named_stand_in_exists() -> None:
    references = REFERENCE.findall(PLAN)
    assert len(references) >= 20
    for file, function in references:
        path = ROOT / file
        assert path.is_file(), file
        if function:
            assert function in _functions(path), f"{file}::{function}"


def test_hipki_unknowns_come_before_the_steps() -> None:
    unknowns = PLAN.index("## Part A")
    steps = PLAN.index("## Part C")
    assert unknowns < steps
    part_a = PLAN[unknowns:steps]
    for question in ("Origin", "form body", "https listener", "labels"):
        assert question in part_a, question
    assert "### Recording the answers" in part_a


def test_every_step_has_an_expectation_and_a_stand_in() -> None:
    steps = re.split(r"\n### (?=C\d+\.)", PLAN[PLAN.index("## Part C") :])[1:]
    assert len(steps) >= 11
    for step in steps:
        title = step.splitlines()[0]
        assert "**Expect:**" in step, title
        assert "**Stand-in:**" in step, title
        assert REFERENCE.search(step.split("**Stand-in:**", 1)[1]), title


def test_the_plan_covers_the_required_setups() -> None:
    for needed in (
        "Windows",
        "10",
        "11",
        "PIN pad",
        "工商",
        "自然人",
        "組織及團體",
        "HiCOS",
        "HiPKI",
        "TLS-inspecting proxy",
        "first",
        "second generation",
    ):
        assert needed in PLAN, needed
