"""The layering of DESIGN.md, checked on the source: no import cycles, imports point down.

Every ``import`` counts, module-level or inside a function (a late import hides a cycle, it
does not remove it); imports under ``if TYPE_CHECKING:`` do not run and are left out.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("app", "certs", "ui", "sandbox")
# Which top-level packages each one may import (DESIGN.md "Layout").
ALLOWED = {
    "app": {"app", "certs"},
    "certs": {"certs"},
    "sandbox": {"sandbox", "app", "certs"},
    "ui": {"ui", "app", "certs"},
}
# The training-mode wiring: the only widgets that reach into the training platform's code.
TRAINING_WIRING = ("ui.launch", "ui.training", "ui.card_context")


def _modules() -> dict[str, Path]:
    found = {}
    for package in PACKAGES:
        for path in (ROOT / package).rglob("*.py"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            found[name] = path
    return found


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    return hidden


@cache
def import_graph() -> dict[str, set[str]]:
    """Module → project modules it imports."""
    modules = _modules()

    def known(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        hidden = _type_checking_nodes(tree)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in hidden:
                continue
            if isinstance(node, ast.Import):
                targets.update(filter(None, (known(a.name) for a in node.names)))
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                    base = ".".join([*anchor, base] if base else anchor)
                for alias in node.names:
                    # ``from pkg import module`` imports the module, not pkg's other names.
                    target = (
                        known(f"{base}.{alias.name}")
                        if f"{base}.{alias.name}" in modules
                        else known(base)
                    )
                    if target:
                        targets.add(target)
        targets.discard(name)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_checker_sees_a_cycle_and_ignores_type_checking() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    graph = import_graph()
    assert "app.subsidy" in graph["sandbox.ledger"]
    assert "app.subsidy.programme" in graph["app.subsidy.points"]


def test_no_import_cycles() -> None:
    assert cycles(import_graph()) == []


@pytest.mark.parametrize("package", PACKAGES)
def test_imports_point_down_the_layers(package: str) -> None:
    wrong = sorted(
        f"{module} → {target}"
        for module, targets in import_graph().items()
        if module.split(".")[0] == package
        for target in targets
        if target.split(".")[0] not in ALLOWED[package]
        and not (target.startswith("sandbox") and module.startswith(TRAINING_WIRING))
    )
    assert wrong == []


def test_the_production_trust_store_does_not_import_the_test_pki() -> None:
    assert "certs.testpki" not in import_graph()["certs.trust"]


def test_the_window_starts_no_process_and_the_options_need_no_qt() -> None:
    """The training platform's process and supervisor come from the composition root's
    factory (``ui.wiring``); the launch options are parsed in ``app`` without Qt."""
    graph = import_graph()
    assert "app.cli" not in graph  # the options live in app.launch_options
    window = graph["ui.main_window"]
    assert "ui.training.platform_process" not in window
    assert "ui.training.supervisor" not in window
    assert "QProcess" not in (ROOT / "ui" / "main_window.py").read_text(encoding="utf-8")
    assert not any(t.startswith("ui") for t in graph["app.launch_options"])


def test_background_work_uses_the_clients_pool() -> None:
    """Qt's global pool has one thread per core: a job that waits there (the network, the
    person) holds back the others, so background work goes through ``ui.async_bridge``."""
    users = [
        name
        for name, path in _modules().items()
        if "QThreadPool.globalInstance" in path.read_text(encoding="utf-8")
    ]
    assert users == []
