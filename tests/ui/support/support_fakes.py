"""A diagnostics back-end for page tests: a machine with problems found by every probe."""

from __future__ import annotations

import threading

from app.support.diagnostics import (
    AppInfo,
    CardInfo,
    DiagnosticProbes,
    PlatformInfo,
    ProblemList,
    ReaderInfo,
    ServiceState,
    SignerInfo,
    SystemInfo,
)
from app.support.privacy import mask_card_serial, mask_name

HOLDER = "歐陽靖雯"
SERIAL = "TP99001122334455"


class FakeMachine:
    """Probes of a machine with a stopped smart-card service and an expired card."""

    def __init__(self) -> None:
        self.threads: set[int] = set()

    def probes(self) -> DiagnosticProbes:
        def app(_: ProblemList) -> AppInfo:
            self.threads.add(threading.get_ident())
            return AppInfo(
                "tcloud-desktop", "0.1.0", "3.11", "6.7", False, "/l", "INFO", False, False
            )

        def system(problems: ProblemList) -> SystemInfo:
            problems.add("smartcard_service_stopped", "SCardSvr STOPPED")
            service = ServiceState("SCardSvr", "stopped", "STATE: 1 STOPPED")
            return SystemInfo("Windows", "10", "19045", "AMD64", "zh_TW", "CST", "now", service)

        def readers(_: ProblemList) -> list[ReaderInfo]:
            return [ReaderInfo("Generic USB Reader 0", False, True, "3B 9F", "ok", False)]

        def cards(problems: ProblemList) -> list[CardInfo]:
            problems.add("certificate_expired", "Generic USB Reader 0: 2024-01-01")
            return [
                CardInfo(
                    "Generic USB Reader 0",
                    "moica",
                    mask_name(HOLDER),
                    mask_card_serial(SERIAL),
                    "2019-01-01",
                    "2024-01-01",
                    -300,
                    "ok",
                )
            ]

        def signers(problems: ProblemList) -> list[SignerInfo]:
            problems.add("hipki_not_running", "connection refused", "warning")
            return [SignerInfo("hipki", False, None, "http://localhost:61161", "not running")]

        def platform(_: ProblemList) -> PlatformInfo:
            return PlatformInfo(
                "https://p.example", False, True, 200, True, "", "http://proxy:8080", None, 37, 12
            )

        return DiagnosticProbes(app, system, readers, cards, signers, platform)
