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
from app.errors import ErrorCode
from app.flows import card_check
from app.flows.login import OUTCOME_TEXT, mobile_failure
from app.platform.errors import NetworkError, PlatformError
from app.storage import StorageError
from ui.errors import ERROR_TABLE, describe, error_code

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$")
# Calls whose code argument must be an ErrorCode member, never a string literal.
CODE_TAKERS = {"ApiError", "error_response", "error_body", "not_found", "FlowError", "_reason"}


def _classes(module: ModuleType, base: type[BaseException]) -> list[type[BaseException]]:
    return [
        cls
        for _name, cls in inspect.getmembers(module, inspect.isclass)
        if issubclass(cls, base) and cls.__module__ == module.__name__
    ]


def _literal_codes(folder: Path) -> list[str]:
    """Places in ``folder`` that pass or assign an error code as a plain string."""
    found: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            values: list[ast.expr] = []
            if isinstance(node, ast.Call) and ast.unparse(node.func).split(".")[-1] in CODE_TAKERS:
                values = [*node.args, *(k.value for k in node.keywords if k.arg == "code")]
            elif isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "code" for t in node.targets
            ):
                values = [node.value]
            for value in values:
                literal = isinstance(value, ast.Constant) and isinstance(value.value, str)
                if literal and CODE.match(str(value.value)):  # type: ignore[attr-defined]
                    found.append(f"{path.relative_to(folder)}:{node.lineno} {value.value}")  # type: ignore[attr-defined]
    return found


def test_every_code_has_an_entry_and_every_entry_a_code() -> None:
    assert sorted(c.value for c in ErrorCode if c not in ERROR_TABLE) == []
    assert sorted(str(k) for k in ERROR_TABLE if not isinstance(k, ErrorCode)) == []
    assert len(ERROR_TABLE) == len(ErrorCode)


@pytest.mark.parametrize("folder", ["app", "sandbox", "ui"])
def test_codes_are_catalogue_members_not_strings(folder: str) -> None:
    assert _literal_codes(ROOT / folder) == []


def test_the_literal_code_check_finds_a_string_code(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('raise ApiError(409, "QUOTE_STALE", "x")\n', encoding="utf-8")
    found = _literal_codes(tmp_path)
    assert len(found) == 1
    assert found[0].endswith("QUOTE_STALE")


def test_identical_pairs_are_gone() -> None:
    names = {c.value for c in ErrorCode}
    for folded in ("CERTIFICATE_EXPIRED", "AUTH_EXPIRED", "VALIDATION_FAILED", "INVALID_INPUT"):
        assert folded not in names
    texts = list(ERROR_TABLE.values())
    assert len(texts) == len(set(texts)), "two codes with the same title, text and remedy"


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
    for cls in _classes(subsidy_errors, subsidy_errors.SubsidyRuleError):
        assert error_code(cls.__new__(cls)) in ERROR_TABLE, cls.__name__
    assert StorageError.code in ERROR_TABLE
    assert flow_errors.FlowError.code in ERROR_TABLE


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
