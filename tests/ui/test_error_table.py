"""Every typed error the person can meet has a title, a text and a remedy in ui/errors.py."""

from __future__ import annotations

import ast
import inspect
import re
from pathlib import Path
from types import ModuleType

import pytest

import app.cards.errors as card_errors
import app.flows.errors as flow_errors
import app.platform.errors as platform_errors
import app.subsidy.errors as subsidy_errors
import certs.errors as cert_errors
from app.flows.login import OUTCOME_TEXT
from app.platform.errors import NetworkError, PlatformError
from app.storage import StorageError
from ui.errors import ERROR_TABLE, describe, error_code
from ui.wizard import card_check
from ui.wizard.mobile_panel import mobile_failure

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")
# Upper-snake strings in the platform's source that are not error codes.
NOT_ERROR_CODES = {"TCP_QUICKACK"}


def _classes(module: ModuleType, base: type[BaseException]) -> list[type[BaseException]]:
    return [
        cls
        for _name, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, base) and cls.__module__ == module.__name__
    ]


def _string_codes(folder: Path) -> set[str]:
    found: set[str] = set()
    for path in folder.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and CODE.match(value) and value not in NOT_ERROR_CODES:
                found.add(value)
    return found


def _flow_codes() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "app" / "flows").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            is_code = isinstance(node, ast.keyword) and node.arg == "code"
            if is_code and isinstance(node.value, ast.Constant):
                found.add(str(node.value.value))
    return found


def test_every_card_error_class_has_an_entry() -> None:
    classes = _classes(card_errors, card_errors.CardError)
    assert len(classes) > 20
    missing = {cls.__name__: cls.code for cls in classes if cls.code not in ERROR_TABLE}
    assert not missing


def test_every_certificate_error_class_maps_to_an_entry() -> None:
    classes = _classes(cert_errors, cert_errors.CertificateError)
    assert len(classes) >= 10
    for cls in classes:
        error = cls.__new__(cls)
        assert error_code(error) in ERROR_TABLE, cls.__name__


def test_every_platform_client_error_has_an_entry() -> None:
    classes = _classes(platform_errors, platform_errors.PlatformClientError)
    for cls in classes:
        if cls is PlatformError or issubclass(cls, PlatformError):
            continue
        assert cls.code in ERROR_TABLE, cls.__name__
    for kind in ("connect", "timeout", "tls", "proxy", "dropped", "other"):
        assert error_code(NetworkError(kind, "x")) in ERROR_TABLE  # type: ignore[arg-type]
    assert error_code(platform_errors.AuthExpired()) in ERROR_TABLE


def test_every_flow_and_rule_error_has_an_entry() -> None:
    codes = _flow_codes() | {flow_errors.FlowError.code}
    assert {"INVALID_INPUT", "METHOD_LOCKED", "STEP_LOCKED"} <= codes
    assert not sorted(c for c in codes if c not in ERROR_TABLE)
    for cls in _classes(subsidy_errors, subsidy_errors.SubsidyRuleError):
        assert error_code(cls.__new__(cls)) in ERROR_TABLE, cls.__name__
    assert StorageError.code in ERROR_TABLE


def test_every_platform_error_code_has_an_entry() -> None:
    codes = _string_codes(ROOT / "sandbox")
    assert {"IDENTITY_MISMATCH", "STEP_OUT_OF_ORDER", "CERT_REVOKED", "NOT_ELIGIBLE"} <= codes
    assert not sorted(c for c in codes if c not in ERROR_TABLE)


def test_every_wizard_error_has_an_entry() -> None:
    for cls in _classes(card_check, card_check.CardMismatch):
        assert cls.code in ERROR_TABLE, cls.__name__
    for outcome in OUTCOME_TEXT:
        if outcome not in ("waiting", "approved"):
            assert mobile_failure(outcome).code in ERROR_TABLE


@pytest.mark.parametrize("code", sorted(ERROR_TABLE))
def test_entries_are_complete_and_filled(code: str) -> None:
    title, text, remedy = ERROR_TABLE[code]
    assert title.strip()
    assert text.strip()
    assert remedy.strip()


def test_placeholders_are_filled_from_the_error() -> None:
    described = describe(card_errors.PinWrong(2))
    assert "2" in described.text
    other = describe(card_check.CardOtherCompany("81924865", "16480894"))
    assert "81924865" in other.text
    assert "16480894" in other.remedy
    assert "{" not in other.text + other.remedy


def test_unknown_platform_codes_use_the_platform_message() -> None:
    described = describe(PlatformError("SOMETHING_NEW", "平台新的錯誤說明", status=409))
    assert described.text == "平台新的錯誤說明"
    assert described.remedy


def test_the_pin_never_appears_in_a_described_error() -> None:
    for error in (
        card_errors.PinWrong(1),
        card_errors.PinBlocked(),
        card_errors.PinFormatInvalid(),
    ):
        described = describe(error)
        assert "123456" not in f"{described.title}{described.text}{described.remedy}{error!r}"
