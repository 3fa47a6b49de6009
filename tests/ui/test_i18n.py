"""English is complete: every source text of ui/ is in tcloud_en.ts, translated, compiled."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QToolButton

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
TS = I18N / "tcloud_en.ts"
QM = I18N / "tcloud_en.qm"
PLACEHOLDER = re.compile(r"\{[a-z_]*(?::[^}]*)?\}")


def _messages(path: Path) -> list[tuple[str, str, str, str | None]]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append(
                (
                    name,
                    message.findtext("source") or "",
                    translation.text or "",
                    translation.get("type"),
                )
            )
    return found


def test_every_message_is_translated() -> None:
    messages = _messages(TS)
    assert len(messages) > 500
    unfinished = [(c, s) for c, s, t, kind in messages if kind is not None or not t.strip()]
    assert not unfinished, f"{len(unfinished)} unfinished, e.g. {unfinished[:3]}"


def test_translations_keep_the_placeholders() -> None:
    for context, source, translation, _kind in _messages(TS):
        wanted = sorted(PLACEHOLDER.findall(source))
        assert sorted(PLACEHOLDER.findall(translation)) == wanted, (context, source)


def test_the_translation_file_covers_every_source_text(tmp_path: Path) -> None:
    files = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    tool = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(tool), *files, "-ts", str(fresh), "-source-language", "zh_TW"],
        check=True,
        capture_output=True,
    )
    wanted = {(c, s) for c, s, _t, _k in _messages(fresh)}
    have = {(c, s) for c, s, _t, _k in _messages(TS)}
    missing = sorted(wanted - have)
    assert not missing, f"run pyside6-lupdate: {len(missing)} new texts, e.g. {missing[:3]}"


@pytest.fixture
def english(qapp: QCoreApplication) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(QM))
    return translator


def test_the_compiled_file_matches_the_translations(english: QTranslator) -> None:
    for context, source, translation, _kind in _messages(TS):
        assert english.translate(context, source) == translation, (context, source)


def test_the_english_ui_reads_english(english: QTranslator, qapp: QCoreApplication) -> None:
    qapp.installTranslator(english)
    try:
        from ui.errors import describe
        from ui.wizard.ubn_page import UbnPage

        page = UbnPage()
        assert page.title.text() == "New application: UBN"
        assert page.ubn.label.text() == "UBN (統一編號)"
        from app.cards.errors import NoReader

        assert describe(NoReader()).title == "No card reader found"
        page.deleteLater()
    finally:
        qapp.removeTranslator(english)


def test_a_one_month_term_reads_as_english(english: QTranslator) -> None:
    """The programme's first-use term is 1 month: not "within 1 months"."""
    for source in (
        "核發後 {months} 個月內須開始使用，否則點數會返還系統（可重新開通）",
        "核發後 {months} 個月內須用完，期滿未用的點數會被收回",
    ):
        text = english.translate("PavilionOption", source).format(months=1)
        assert text.startswith("Use ")
        assert "1 months" not in text


def test_one_diagnostics_warning_reads_as_english(english: QTranslator) -> None:
    """Not "0 errors, 1 warnings"."""
    source = "檢查完成：{errors} 個錯誤、{warnings} 個警告。請依下方說明處理。"
    text = english.translate("DiagnosticsPage", source).format(errors=0, warnings=1)
    assert text.startswith("Check finished: ")
    assert "1 warnings" not in text


# A tr() whose text is in single quotes is not read by pyside6-lupdate: the text never
# reaches the translation file and the English UI shows Chinese.
SINGLE_QUOTED_TR = re.compile(r"""\b(?:tr|translate)\((?:"[^"]*",\s*)?'""")


def test_every_tr_text_is_one_lupdate_reads() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SINGLE_QUOTED_TR.search(line)
    ]
    assert not found, f"write these tr() texts in double quotes: {found}"


def test_the_help_headings_read_english(english: QTranslator, qapp: QCoreApplication) -> None:
    from app.subsidy import VerificationMethod
    from app.support.help import load_help
    from ui.support.help_page import HelpPage

    qapp.installTranslator(english)
    try:
        page = HelpPage(language="en")
        shown = page.method_html(load_help().method(VerificationMethod.MOEACA_CARD))
        assert "What you need" in shown
        assert "Common problems and what to do" in shown
        assert "需要準備" not in shown
        page.deleteLater()
    finally:
        qapp.removeTranslator(english)


SUPPLEMENT_TS = I18N / "qtbase_supplement_zh_TW.ts"


def test_the_qt_supplement_is_compiled(qapp: QCoreApplication) -> None:
    supplement = QTranslator()
    assert supplement.load(str(SUPPLEMENT_TS.with_suffix(".qm")))
    messages = _messages(SUPPLEMENT_TS)
    assert messages
    for context, source, translation, _kind in messages:
        assert supplement.translate(context, source) == translation, (context, source)


@pytest.mark.parametrize("accept", ["open", "save"])
def test_qt_file_dialog_reads_chinese(qapp: QApplication, accept: str) -> None:
    # Qt's own zh_TW file leaves 「&Look in:」 and 「Files of &type:」 in English.
    from ui.application import install_translation

    install_translation(qapp, "zh_TW")
    dialog = QFileDialog(None, "收據")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if accept == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter("PDF (*.pdf)")
    try:
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QPushButton)]
        texts += [w.toolTip() for w in dialog.findChildren(QToolButton)]
        english = [t for t in texts if re.search(r"[A-Za-z]{2,}", t.replace("&", ""))]
        assert not english, english
        assert dialog.findChild(QLabel, "lookInLabel").text() == "尋找於(&L)："
    finally:
        dialog.deleteLater()
