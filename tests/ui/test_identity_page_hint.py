"""The card login's disabled button says what is missing: the card, or the ID typed wrong."""

from __future__ import annotations

from typing import Any, cast

import pytest
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame
from pytestqt.qtbot import QtBot

from app.platform.models import Applicant
from app.subsidy import ApplicantType, VerificationMethod
from ui.wizard.card_panel import CardPanel
from ui.wizard.identity_page import IdentityPage

APPLICANT = Applicant(
    "16480894", "雲端示範股份有限公司（測試）", ApplicantType.SME, tuple(VerificationMethod), False
)


class StandInCardPanel(QFrame):
    """What the identity page asks of its card panel: the usable card, and the typed ID."""

    identity_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.identity: Any = None

    def usable_identity(self) -> Any:
        return self.identity

    def set_responsible_id(self, _value: str | None) -> None:
        pass

    def insert(self) -> None:
        self.identity = object()
        self.identity_changed.emit(self.identity)


def _page(qtbot: QtBot, method: VerificationMethod) -> tuple[IdentityPage, StandInCardPanel]:
    panel = StandInCardPanel()
    page = IdentityPage(APPLICANT, method, cast(CardPanel, panel))
    qtbot.addWidget(page)
    return page, panel


@pytest.mark.parametrize("method", [VerificationMethod.MOEACA_CARD, VerificationMethod.MOICA_CARD])
def test_without_a_card_the_hint_asks_for_the_card_only(
    qtbot: QtBot, method: VerificationMethod
) -> None:
    page, _panel = _page(qtbot, method)
    assert not page.next_button.isEnabled()
    # The 工商憑證 page has no ID field: the hint spoke of one all the same.
    assert page.next_hint.text() == "請插入可用的卡片。"


def test_with_the_card_in_a_wrong_id_is_what_the_hint_names(qtbot: QtBot) -> None:
    page, panel = _page(qtbot, VerificationMethod.MOICA_CARD)
    assert page.id_field is not None
    page.id_field.edit.setText("A12345678")
    panel.insert()
    assert not page.next_button.isEnabled()
    assert page.next_hint.text() == "請正確填寫負責人身分證字號。"
    page.id_field.edit.setText("A123456789")
    assert page.next_button.isEnabled()
