"""The production trust store does not depend on the test PKI, and neither the card
layer nor the certificate package reaches into the UI or the sandbox."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _top(name: str) -> str:
    return name.split(".", 1)[0]


def test_trust_store_does_not_import_the_test_pki() -> None:
    assert "certs.testpki" not in _imports(ROOT / "certs" / "trust.py")
    code = "import sys, certs.trust; certs.trust.TrustStore.production(); "
    code += "print('certs.testpki' in sys.modules)"
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"


def test_certs_and_the_card_layer_import_neither_ui_nor_sandbox() -> None:
    folders = [ROOT / "certs", ROOT / "app" / "cards", ROOT / "app" / "support"]
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for folder in folders
        for path in folder.rglob("*.py")
        for name in _imports(path)
        if _top(name) in ("ui", "sandbox")
    }
    assert not offenders


def test_app_never_imports_the_sandbox() -> None:
    offenders = {
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "app").rglob("*.py")
        for name in _imports(path)
        if _top(name) == "sandbox"
    }
    assert not offenders


def test_production_code_never_loads_the_test_pki_for_the_card_layer() -> None:
    # Only the training wiring (ui, the diagnose command's --training) passes it in.
    users = {
        str(path.relative_to(ROOT))
        for path in (ROOT / "app" / "cards").rglob("*.py")
        if "certs.testpki" in _imports(path)
    }
    assert not users
