"""Where the save dialog for a receipt opens."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.receipts import Receipt
from ui.member import receipts


@pytest.mark.parametrize("documents_exists", [True, False])
def test_the_receipt_dialog_opens_in_documents_or_else_the_home_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, documents_exists: bool
) -> None:
    """A Documents folder that does not exist (a fresh or redirected profile) made the dialog
    open in the program's working folder, among its own files."""
    home = tmp_path / "home"
    home.mkdir()
    documents = home / "Documents"
    if documents_exists:
        documents.mkdir()
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: home))
    asked: list[str] = []

    def ask(_parent: Any, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return "", ""

    monkeypatch.setattr(receipts.QFileDialog, "getSaveFileName", ask)
    parent = QWidget()
    qtbot.addWidget(parent)
    receipt = cast(Receipt, SimpleNamespace(file_stem="退訂_20261206163854000001"))
    assert receipts.choose_receipt_path(parent, receipt, documents) is None
    folder = documents if documents_exists else home
    assert asked == [str(folder / "退訂_20261206163854000001.pdf")]
