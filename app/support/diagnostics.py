"""The diagnostics report a helpdesk agent asks for: versions, readers, cards, signers,
platform reachability, and every problem found with a remedy in plain words.

:func:`collect` runs a set of probe functions (:class:`DiagnosticProbes`); each probe
fills one section and reports problems into a :class:`ProblemList`. A probe that fails
becomes a ``probe_failed`` problem: the report is always produced. The default probes
(real system, PC/SC, HiPKI, PKCS#11, platform) live in :mod:`app.support.probes`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, TypeVar

from app.support.help import HelpCatalogue, load_help
from app.support.redact import Redactor, default_redactor

Severity = Literal["error", "warning", "info"]
SECTIONS = ("app", "system", "readers", "cards", "signers", "platform", "problems")


@dataclass(frozen=True)
class Problem:
    """Something wrong (or worth knowing), with what to do about it in zh-TW and English."""

    code: str
    severity: Severity
    section: str
    detail: str
    title_zh: str
    title_en: str
    remedy_zh: str
    remedy_en: str
    link: str | None = None


class ProblemList:
    """Problems found by the probes of one report; each problem once (by its code), in the
    section that found it first."""

    def __init__(self, catalogue: HelpCatalogue | None = None) -> None:
        self._catalogue = catalogue or load_help()
        self._problems: list[Problem] = []
        self.section = "app"

    def add(self, code: str, detail: str = "", severity: Severity = "error") -> Problem:
        """Record problem ``code`` (a key of the help catalogue) for the current section."""
        for existing in self._problems:
            if existing.code == code:
                return existing
        entry = self._catalogue.problem(code)
        problem = Problem(
            code=code,
            severity=severity,
            section=self.section,
            detail=detail,
            title_zh=entry.title.zh_tw,
            title_en=entry.title.en,
            remedy_zh=entry.fix.zh_tw,
            remedy_en=entry.fix.en,
            link=entry.link,
        )
        self._problems.append(problem)
        return problem

    def codes(self) -> list[str]:
        """Codes recorded so far, in order."""
        return [p.code for p in self._problems]

    def has(self, code: str) -> bool:
        """Whether ``code`` was recorded in any section."""
        return any(p.code == code for p in self._problems)

    def items(self) -> list[Problem]:
        """The problems, errors first."""
        order = {"error": 0, "warning": 1, "info": 2}
        return sorted(self._problems, key=lambda p: order[p.severity])


@dataclass(frozen=True)
class AppInfo:
    """The program itself."""

    name: str
    version: str
    python: str
    qt: str | None
    training: bool
    log_folder: str
    log_level: str
    privacy_mode: bool
    frozen: bool
    keyring: str = "unknown"


@dataclass(frozen=True)
class ServiceState:
    """State of the operating system's smart-card service."""

    name: str
    state: Literal["running", "on_demand", "stopped", "not_installed", "unknown"]
    detail: str


@dataclass(frozen=True)
class SystemInfo:
    """Operating system, locale, clock and the smart-card service."""

    os: str
    os_release: str
    os_version: str
    machine: str
    locale: str
    timezone: str
    local_time: str
    smartcard_service: ServiceState


@dataclass(frozen=True)
class ReaderInfo:
    """One card reader as PC/SC (or the training platform) sees it."""

    name: str
    virtual: bool
    card_present: bool | None
    atr: str | None
    connect: str
    pinpad: bool | None
    features: list[str] = field(default_factory=list)
    source: Literal["pcsc", "training"] = "pcsc"
    """``training``: the training platform's in-process reader, not the OS smart-card stack."""


@dataclass(frozen=True)
class CardInfo:
    """A certificate card found in a reader; personal data masked."""

    reader: str
    kind: str
    holder: str
    serial: str
    not_before: str | None
    not_after: str | None
    days_to_expiry: int | None
    chain: str
    source: Literal["card", "training"] = "card"


@dataclass(frozen=True)
class SignerInfo:
    """A way to make a card sign (HiPKI, HiCOS PKCS#11, the emulated card)."""

    name: str
    available: bool
    version: str | None
    location: str | None
    detail: str
    reaches: list[str] = field(default_factory=list)
    """Masked serials of the cards this signer reaches."""
    chosen_for: list[str] = field(default_factory=list)
    """Masked serials of the cards for which this signer was chosen."""


@dataclass(frozen=True)
class PlatformInfo:
    """Whether and how the marketplace platform can be reached."""

    url: str
    embedded: bool
    reachable: bool | None
    http_status: int | None
    tls_verified: bool | None
    tls_detail: str
    proxy: str | None
    server_time: str | None
    clock_skew_seconds: int | None
    latency_ms: int | None


@dataclass(frozen=True)
class TrainingDevices:
    """The embedded virtual reader and its demo cards (given by the running app)."""

    readers: list[ReaderInfo]
    cards: list[CardInfo]


T = TypeVar("T")
Probe = Callable[[ProblemList], T]


@dataclass
class DiagnosticProbes:
    """The probe functions :func:`collect` runs, one per section."""

    app: Probe[AppInfo]
    system: Probe[SystemInfo]
    readers: Probe[list[ReaderInfo]]
    cards: Probe[list[CardInfo]]
    signers: Probe[list[SignerInfo]]
    platform: Probe[PlatformInfo]
    training: Probe[TrainingDevices] | None = None


@dataclass(frozen=True)
class DiagnosticsReport:
    """The collected report; sections a failed probe could not fill are None or empty."""

    app: AppInfo | None
    system: SystemInfo | None
    readers: list[ReaderInfo]
    cards: list[CardInfo]
    signers: list[SignerInfo]
    platform: PlatformInfo | None
    problems: list[Problem]

    def to_dict(self, redactor: Redactor | None = None) -> dict[str, Any]:
        """The report as JSON-ready data, redacted once more as a safety net."""
        data = {
            "app": _plain(self.app),
            "system": _plain(self.system),
            "readers": [asdict(r) for r in self.readers],
            "cards": [asdict(c) for c in self.cards],
            "signers": [asdict(s) for s in self.signers],
            "platform": _plain(self.platform),
            "problems": [asdict(p) for p in self.problems],
        }
        result: dict[str, Any] = (redactor or default_redactor()).redact_data(data)
        return result

    def to_json(self, redactor: Redactor | None = None) -> str:
        """The report as indented JSON (UTF-8 text, Chinese kept readable)."""
        return json.dumps(self.to_dict(redactor), ensure_ascii=False, indent=2)

    def to_text(self, language: str = "zh_TW", redactor: Redactor | None = None) -> str:
        """A plain-text rendering for the clipboard and the command line."""
        return render_text(self.to_dict(redactor), language)

    @property
    def has_errors(self) -> bool:
        """Whether any problem is an error (not just a warning or a note)."""
        return any(p.severity == "error" for p in self.problems)


def _plain(section: object) -> dict[str, Any] | None:
    return asdict(section) if section is not None else None  # type: ignore[call-overload]


def _run(problems: ProblemList, section: str, probe: Probe[T], fallback: T) -> T:
    problems.section = section
    try:
        return probe(problems)
    except Exception as exc:
        # A broken probe must not cost the helpdesk the rest of the report.
        problems.add("probe_failed", f"{section}: {type(exc).__name__}: {exc}", "warning")
        return fallback


def collect(probes: DiagnosticProbes, catalogue: HelpCatalogue | None = None) -> DiagnosticsReport:
    """Run every probe and assemble the report; never raises because of a probe."""
    problems = ProblemList(catalogue)
    app = _run(problems, "app", probes.app, None)
    system = _run(problems, "system", probes.system, None)
    readers: list[ReaderInfo] = _run(problems, "readers", probes.readers, [])
    cards: list[CardInfo] = _run(problems, "cards", probes.cards, [])
    if probes.training is not None:
        devices = _run(problems, "readers", probes.training, TrainingDevices([], []))
        readers = [*readers, *devices.readers]
        cards = [*cards, *devices.cards]
    signers: list[SignerInfo] = _run(problems, "signers", probes.signers, [])
    platform = _run(problems, "platform", probes.platform, None)
    return DiagnosticsReport(app, system, readers, cards, signers, platform, problems.items())


_LABELS = {
    "app": ("程式", "Program"),
    "system": ("系統", "System"),
    "readers": ("讀卡機", "Card readers"),
    "cards": ("憑證卡", "Cards"),
    "signers": ("簽章元件", "Signers"),
    "platform": ("平台連線", "Platform"),
    "problems": ("發現的問題", "Problems found"),
    "none": ("（無）", "(none)"),
    "remedy": ("處理方式", "What to do"),
}


def _label(key: str, language: str) -> str:
    zh, en = _LABELS[key]
    return en if language.startswith("en") else zh


def _value(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "-"
    return str(value)


def _fields(data: dict[str, Any], indent: str) -> list[str]:
    lines: list[str] = []
    for key, value in data.items():
        if isinstance(value, dict):
            lines.append(f"{indent}{key}:")
            lines.extend(_fields(value, indent + "  "))
        else:
            lines.append(f"{indent}{key}: {_value(value)}")
    return lines


def render_text(data: dict[str, Any], language: str = "zh_TW") -> str:
    """Human-readable text of a report dictionary (as :meth:`DiagnosticsReport.to_dict`)."""
    english = language.startswith("en")
    lines = ["tcloud-desktop diagnostics / 診斷報告", ""]
    for section in SECTIONS[:-1]:
        lines.append(f"== {_label(section, language)} ==")
        content = data.get(section)
        if isinstance(content, list):
            if not content:
                lines.append("  " + _label("none", language))
            for item in content:
                first, *rest = _fields(item, "    ")
                lines.append("  - " + first.strip())
                lines.extend(rest)
        elif isinstance(content, dict):
            lines.extend(_fields(content, "  "))
        else:
            lines.append("  " + _label("none", language))
        lines.append("")
    lines.append(f"== {_label('problems', language)} ==")
    if not data["problems"]:
        lines.append("  " + _label("none", language))
    for problem in data["problems"]:
        title = problem["title_en"] if english else problem["title_zh"]
        remedy = problem["remedy_en"] if english else problem["remedy_zh"]
        lines.append(f"  [{problem['severity']}] {title} ({problem['code']})")
        if problem["detail"]:
            lines.append(f"      {problem['detail']}")
        lines.append(f"      {_label('remedy', language)}: {remedy}")
        if problem["link"]:
            lines.append(f"      {problem['link']}")
    return "\n".join(lines) + "\n"
