"""NOT_ELIGIBLE reasons read in the UI language when the catalogue knows their code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from app.platform.errors import PlatformError
from ui.errors import reason_lines

QM = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "tcloud_en.qm"


def _not_eligible() -> PlatformError:
    reasons = [
        {"code": "DOMESTIC_BRANCH", "text": "本國企業分公司不得申請"},
        {"code": "SOMETHING_NEW", "text": "平台新的理由"},
        "純文字理由",
    ]
    return PlatformError("NOT_ELIGIBLE", "不符合資格", {"reasons": reasons}, 403)


def test_known_reasons_come_from_the_catalogue_unknown_ones_as_sent(qapp: QCoreApplication) -> None:
    lines = reason_lines(_not_eligible())
    assert lines[0] == "本國企業分公司不得申請"
    assert lines[1:] == ["平台新的理由", "純文字理由"]
    assert reason_lines(PlatformError("NOT_ELIGIBLE", "x", {}, 403)) == []


def test_known_reasons_are_translated(qapp: QCoreApplication) -> None:
    english = QTranslator()
    assert english.load(str(QM))
    qapp.installTranslator(english)
    try:
        lines = reason_lines(_not_eligible())
    finally:
        qapp.removeTranslator(english)
    assert lines[0] == "A branch of a domestic company may not apply"
    assert lines[1] == "平台新的理由"
