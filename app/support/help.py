"""Help per verification method and the catalogue of problems with their remedies.

The texts live in ``resources/help/methods.json`` (zh-TW and English, in the seed
documents' words). Diagnostics take their remedies from the same catalogue, so a remedy
is written once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.subsidy.eligibility import allowed_methods
from app.subsidy.enums import ApplicantType, VerificationMethod

# resources/ is a plain data folder beside app/ (also in the frozen build).
HELP_FILE = Path(__file__).resolve().parents[2] / "resources" / "help" / "methods.json"


class HelpContentError(ValueError):
    """The help file is missing, malformed or lacks an entry that was asked for."""


@dataclass(frozen=True)
class Text:
    """A text in Traditional Chinese and English."""

    zh_tw: str
    en: str

    def get(self, language: str = "zh_TW") -> str:
        """The text in ``language`` ("zh_TW" or "en"; anything else gives zh-TW)."""
        return self.en if language.lower().startswith("en") else self.zh_tw


@dataclass(frozen=True)
class Need:
    """One thing the applicant must have ready."""

    text: Text
    link: str | None


@dataclass(frozen=True)
class HelpProblem:
    """A common problem: what the user sees and how to fix it."""

    code: str
    title: Text
    fix: Text
    link: str | None


@dataclass(frozen=True)
class MethodHelp:
    """Help for one verification method."""

    method: VerificationMethod
    name: Text
    needs: tuple[Need, ...]
    problems: tuple[HelpProblem, ...]


@dataclass(frozen=True)
class HelpCatalogue:
    """Everything in the help file."""

    notes: tuple[Text, ...]
    methods: dict[VerificationMethod, MethodHelp]
    problems: dict[str, HelpProblem]

    def method(self, method: VerificationMethod | str) -> MethodHelp:
        """Help for ``method``."""
        try:
            return self.methods[VerificationMethod(method)]
        except ValueError as exc:
            raise HelpContentError(f"unknown verification method {method!r}") from exc

    def problem(self, code: str) -> HelpProblem:
        """The catalogue entry for ``code``."""
        try:
            return self.problems[code]
        except KeyError:
            raise HelpContentError(f"no help for problem {code!r}") from None

    def methods_for(self, applicant_type: ApplicantType | str) -> tuple[MethodHelp, ...]:
        """Help for the methods an applicant type may use, in the platform's order."""
        return tuple(self.methods[m] for m in allowed_methods(applicant_type))


def _text(raw: Any, where: str) -> Text:
    if (
        not isinstance(raw, dict)
        or not isinstance(raw.get("zh_TW"), str)
        or not isinstance(raw.get("en"), str)
        or not raw["zh_TW"].strip()
        or not raw["en"].strip()
    ):
        raise HelpContentError(f"{where}: needs non-empty zh_TW and en texts")
    return Text(raw["zh_TW"], raw["en"])


def _link(raw: dict[str, Any], where: str) -> str | None:
    link = raw.get("link")
    if link is None:
        return None
    if not isinstance(link, str) or not link.startswith("https://"):
        raise HelpContentError(f"{where}: link must be an https:// address")
    return link


def parse_catalogue(document: Any) -> HelpCatalogue:
    """Build the catalogue from the decoded JSON document, checking every entry."""
    if not isinstance(document, dict):
        raise HelpContentError("help file: top level must be an object")
    raw_problems = document.get("problems")
    raw_methods = document.get("methods")
    if not isinstance(raw_problems, dict) or not isinstance(raw_methods, dict):
        raise HelpContentError("help file: needs 'problems' and 'methods' objects")
    problems: dict[str, HelpProblem] = {}
    for code, raw in raw_problems.items():
        where = f"problem {code}"
        if not isinstance(raw, dict):
            raise HelpContentError(f"{where}: must be an object")
        problems[code] = HelpProblem(
            code, _text(raw.get("title"), where), _text(raw.get("fix"), where), _link(raw, where)
        )
    methods: dict[VerificationMethod, MethodHelp] = {}
    for name, raw in raw_methods.items():
        where = f"method {name}"
        try:
            method = VerificationMethod(name)
        except ValueError:
            raise HelpContentError(f"{where}: not a verification method") from None
        if not isinstance(raw, dict) or not isinstance(raw.get("needs"), list):
            raise HelpContentError(f"{where}: needs a 'needs' list")
        codes = raw.get("problems", [])
        if not isinstance(codes, list) or any(c not in problems for c in codes):
            raise HelpContentError(f"{where}: refers to a problem that is not in the catalogue")
        needs = tuple(
            Need(_text(item, f"{where} need"), _link(item, f"{where} need"))
            for item in raw["needs"]
        )
        methods[method] = MethodHelp(
            method, _text(raw.get("name"), where), needs, tuple(problems[c] for c in codes)
        )
    missing = set(VerificationMethod) - set(methods)
    if missing:
        raise HelpContentError(f"help file: no help for {sorted(m.value for m in missing)}")
    notes = tuple(_text(n, "note") for n in document.get("notes", []))
    return HelpCatalogue(notes, methods, problems)


@cache
def load_help() -> HelpCatalogue:
    """The bundled help catalogue (read once)."""
    try:
        raw = HELP_FILE.read_text(encoding="utf-8")
    except OSError as exc:
        raise HelpContentError(f"help file cannot be read: {exc}") from exc
    try:
        document = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise HelpContentError(f"help file is not valid JSON: {exc}") from exc
    return parse_catalogue(document)
