"""Wizard building blocks: QR codes, the score chart, fields, pickers, checks, phone waiting."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
import segno
from pytestqt.qtbot import QtBot

from app.cards.identity import identity_from_certificate
from app.flows.card_check import card_problem
from app.flows.login import MobilePoll
from app.platform.models import MobileTransaction, TransactionState
from app.subsidy import VerificationMethod
from certs.testpki import DemoPKI
from ui.widgets.chart import ScoreChart
from ui.widgets.fields import FieldRow
from ui.widgets.fields_ubn import ubn_message
from ui.widgets.qr import QUIET_ZONE, QrView, qr_image
from ui.wizard.form_page import IndustryPicker
from ui.wizard.identity_page import (
    birthday_message,
    national_id_message,
    parse_birthday,
    phone_method_fields,
)
from ui.wizard.mobile_panel import MobileWaitPanel


def test_qr_image_matches_the_segno_matrix() -> None:
    payload = "TWFIDO-SANDBOX:ATH:mm_123"
    image = qr_image(payload, module_pixels=3)
    rows = list(segno.make(payload, error="m", micro=False).matrix_iter(border=QUIET_ZONE))
    assert image.width() == len(rows) * 3
    for y, row in enumerate(rows):
        for x, dark in enumerate(row):
            colour = image.pixelColor(x * 3 + 1, y * 3 + 1)
            assert (colour.lightness() < 128) == bool(dark)
    with pytest.raises(ValueError, match="payload"):
        qr_image("")


def test_qr_view_shows_and_clears(qtbot: QtBot) -> None:
    view = QrView("QR")
    qtbot.addWidget(view)
    view.set_payload("https://example.test/verify/1")
    assert not view.pixmap().isNull()
    view.set_payload("")
    assert view.pixmap().isNull()


def test_chart_clamps_and_describes(qtbot: QtBot) -> None:
    chart = ScoreChart()
    qtbot.addWidget(chart)
    chart.set_scores([("資訊安全", 120), ("電子支付", -5), ("客戶管理", 67)])
    assert chart.rows == [("資訊安全", 100), ("電子支付", 0), ("客戶管理", 67)]
    assert "客戶管理 67" in chart.accessibleDescription()
    chart.resize(500, chart.sizeHint().height())
    assert not chart.grab().isNull()


def test_ubn_messages_while_typing() -> None:
    assert ubn_message("") is not None
    assert ubn_message("1648a") is not None
    assert "5" in (ubn_message("16480") or "")
    assert ubn_message("16480895") is not None
    assert ubn_message("16480894") is None


def test_person_checks() -> None:
    assert national_id_message("A123456789") is None
    assert national_id_message("a123456789") is None
    assert national_id_message("A123456788") is not None
    assert national_id_message("A12345") is not None
    assert (
        parse_birthday("64/3/14") == parse_birthday("64年3月14日") == parse_birthday("1975-03-14")
    )
    assert parse_birthday("64/2/30") is None
    assert birthday_message("64/3/14") is None
    assert birthday_message("200/1/1") is not None


def test_birthday_fields_read_roc_and_western_dates_and_say_which(qtbot: QtBot) -> None:
    born = date(1975, 3, 14)
    assert parse_birthday("1975/3/14") == born, "a western year is not read as ROC 1975"
    assert parse_birthday("西元1975年3月14日") == born
    assert birthday_message("1975/3/14") is None
    birthday, _mobile = phone_method_fields()
    qtbot.addWidget(birthday)
    assert "西元" in birthday.label.text()
    assert "民國" in birthday.label.text()
    assert birthday.edit.placeholderText().startswith("例")
    birthday.edit.setText("64/3/14")
    assert birthday.reading.isVisibleTo(birthday)
    assert birthday.reading.text() == "讀作民國 64/3/14（西元 1975-03-14）"
    birthday.edit.setText("1975/3/14")
    assert birthday.reading.text() == "讀作西元 1975-03-14（民國 64/3/14）"
    birthday.edit.setText("1975/2/30")
    assert not birthday.reading.isVisibleTo(birthday)
    assert birthday.error.isVisibleTo(birthday)
    assert "1975-03-14" in birthday.error.text(), "the message shows both accepted forms"


def test_field_row_checks_as_typed(qtbot: QtBot) -> None:
    row = FieldRow("ubn", "統一編號", ubn_message)
    qtbot.addWidget(row)
    edited: list[tuple[str, str]] = []
    row.edited.connect(lambda name, value: edited.append((name, value)))
    assert not row.error.isVisibleTo(row)
    qtbot.keyClicks(row.edit, "1648")
    assert row.error.isVisibleTo(row)
    assert edited[-1] == ("ubn", "1648")
    qtbot.keyClicks(row.edit, "0894")
    assert not row.error.isVisibleTo(row)
    assert row.edit.accessibleName() == "統一編號"


def test_fields_side_by_side_keep_their_labels_and_boxes_level(qtbot: QtBot) -> None:
    """A field with a hint or an error under it leaves its neighbour's label and box where
    they were (they were centred in the taller row, a line lower than the field beside)."""
    from PySide6.QtWidgets import QHBoxLayout, QWidget

    row = QWidget()
    qtbot.addWidget(row)
    pair = QHBoxLayout(row)
    plain = FieldRow("contact_mobile", "手機")
    noted = FieldRow("contact_email", "電子郵件", hint="驗證碼會寄到這裡")
    pair.addWidget(plain)
    pair.addWidget(noted)
    row.resize(600, 200)
    row.show()
    qtbot.waitExposed(row)
    noted.set_error("必填")

    def level() -> bool:
        return (plain.label.y(), plain.edit.y()) == (noted.label.y(), noted.edit.y())

    qtbot.waitUntil(lambda: noted.error.isVisible() and level())


def test_industry_picker_searches_names_and_codes(qtbot: QtBot) -> None:
    picker = IndustryPicker()
    qtbot.addWidget(picker)
    assert picker.filter("餐飲") == 2  # 住宿及餐飲業 shows both of its 中類
    picker.search.setText("餐飲")
    picker.search.returnPressed.emit()
    assert picker.code == "56"
    assert picker.filter("56") >= 1
    assert picker.filter("製造") > 20
    assert not picker.no_match.isVisibleTo(picker)
    assert picker.filter("沒有這種行業") == 0
    # no empty tree: a message that says so and what to do, and 「其他」 stays offered
    assert picker.no_match.isVisibleTo(picker)
    assert "沒有這種行業" in picker.no_match.text()
    assert "其他" in picker.no_match.text()
    shown = [
        picker.tree.topLevelItem(i).text(0)
        for i in range(picker.tree.topLevelItemCount())
        if not picker.tree.topLevelItem(i).isHidden()
    ]
    assert shown == ["其他"]
    assert picker.filter("") > 0
    assert not picker.no_match.isVisibleTo(picker)
    picker.set_code("99")
    assert picker.code == ""


@pytest.fixture(scope="module")
def identities() -> dict[str, Any]:
    pki = DemoPKI.load()
    from cryptography.hazmat.primitives.serialization import Encoding

    out = {}
    for card_id, card in pki.cards.items():
        identity = identity_from_certificate(card.certificate.public_bytes(Encoding.DER))
        out[card_id] = replace(
            identity, expired=card.expired, problems=("expired",) if card.expired else ()
        )
    return out


def test_card_checks(identities: dict[str, Any]) -> None:
    moeaca = VerificationMethod.MOEACA_CARD
    moica = VerificationMethod.MOICA_CARD
    assert card_problem(identities["moeaca-sme-primary"], moeaca, "16480894", None) is None
    assert card_problem(identities["moeaca-sme-secondary"], moeaca, "16480894", None) is None
    assert card_problem(identities["moeaca-maker"], moeaca, "16480894", None).code == (  # type: ignore[union-attr]
        "CARD_OTHER_COMPANY"
    )
    assert card_problem(identities["moica-sme-owner"], moica, "16480894", "A123456789") is None
    stranger = card_problem(identities["moica-stranger"], moica, "16480894", "A123456789")
    assert stranger is not None
    assert stranger.code == "CARD_OTHER_PERSON"
    expired = card_problem(identities["moica-expired"], moica, "16480894", "A123456789")
    assert expired is not None
    assert expired.code == "CERT_EXPIRED"
    wrong = card_problem(identities["xca-coop"], moica, "18302983", None)
    assert wrong is not None
    assert wrong.code == "CARD_WRONG_KIND"


class FakePhone:
    """A check that answers pending until told otherwise, counting requests."""

    def __init__(self, now: list[datetime]) -> None:
        self.now = now
        self.status = "pending"
        self.asked: list[datetime] = []

    def check(self, poll: MobilePoll) -> object | None:
        self.asked.append(self.now[0])
        poll.record(TransactionState(self.status), self.now[0])  # type: ignore[arg-type]
        return "approved!" if poll.outcome == "approved" else None


def test_mobile_wait_polls_on_schedule_and_ends(qtbot: QtBot) -> None:
    clock = [datetime(2026, 1, 1, tzinfo=UTC)]
    transaction = MobileTransaction("tx1", 5, clock[0] + timedelta(seconds=60), "QRDATA")
    poll = MobilePoll(transaction, clock[0])
    phone = FakePhone(clock)
    panel = MobileWaitPanel(now=lambda: clock[0])
    qtbot.addWidget(panel)
    outcome: list[object] = []
    panel.approved.connect(outcome.append)
    panel.failed.connect(outcome.append)
    ticks: list[int] = []
    panel._tick.timeout.connect(lambda: ticks.append(len(ticks)))

    def ticked(times: int) -> None:
        """Wait until the panel's timer has fired ``times`` more times (chances to ask)."""
        goal = len(ticks) + times
        qtbot.waitUntil(lambda: len(ticks) >= goal, timeout=5000)

    panel.start(poll, "QRDATA", "掃描", phone.check)
    assert "1:00" in panel.countdown.text()
    ticked(3)
    assert phone.asked == [], "nothing is asked before the advertised interval"
    clock[0] += timedelta(seconds=5)
    qtbot.waitUntil(lambda: len(phone.asked) == 1, timeout=3000)
    ticked(3)
    assert len(phone.asked) == 1, "one request per interval"
    phone.status = "approved"
    clock[0] += timedelta(seconds=5)
    qtbot.waitUntil(lambda: bool(outcome), timeout=3000)
    assert outcome == ["approved!"]
    assert not panel.active


def test_mobile_wait_expires(qtbot: QtBot) -> None:
    clock = [datetime(2026, 1, 1, tzinfo=UTC)]
    transaction = MobileTransaction("tx2", 4, clock[0] + timedelta(seconds=30), "QR")
    panel = MobileWaitPanel(now=lambda: clock[0])
    qtbot.addWidget(panel)
    failures: list[Any] = []
    panel.failed.connect(failures.append)
    panel.start(MobilePoll(transaction, clock[0]), "QR", "掃描", FakePhone(clock).check)
    clock[0] += timedelta(seconds=31)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures[0].code == "MOBILE_EXPIRED"
    assert "0:00" in panel.countdown.text()


def test_an_ended_wait_shows_no_countdown_or_phone_instruction(qtbot: QtBot) -> None:
    """Rejected on the phone: the countdown stops showing (it stood frozen at 4:55 beside
    the refusal) and so does the instruction to approve on the phone; a new wait shows
    them again."""
    clock = [datetime(2026, 1, 1, tzinfo=UTC)]
    phone = FakePhone(clock)
    panel = MobileWaitPanel(now=lambda: clock[0])
    qtbot.addWidget(panel)
    panel.show()
    failures: list[Any] = []
    panel.failed.connect(failures.append)
    transaction = MobileTransaction("tx3", 4, clock[0] + timedelta(seconds=300), "")
    panel.start(MobilePoll(transaction, clock[0]), "", "請在手機上核准", phone.check)
    assert panel.countdown.isVisible()
    assert panel.instruction.isVisible()
    phone.status = "rejected"
    clock[0] += timedelta(seconds=5)
    qtbot.waitUntil(lambda: bool(failures), timeout=3000)
    assert failures[0].code == "MOBILE_REJECTED"
    assert not panel.countdown.isVisible()
    assert not panel.instruction.isVisible()
    assert panel.status.isVisible()
    phone.status = "pending"
    again = MobileTransaction("tx4", 4, clock[0] + timedelta(seconds=300), "")
    panel.start(MobilePoll(again, clock[0]), "", "請在手機上核准", phone.check)
    assert panel.countdown.isVisible()
    assert panel.instruction.isVisible()
    panel.cancel()


def test_the_wording_fixes_read_in_english(qtbot: QtBot) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    from ui.application import TRANSLATIONS

    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "tcloud_en.qm"))
    app = QCoreApplication.instance()
    assert app is not None
    app.installTranslator(translator)
    try:
        birthday, _mobile = phone_method_fields()
        qtbot.addWidget(birthday)
        assert "western" in birthday.label.text()
        birthday.edit.setText("1975/3/14")
        assert birthday.reading.text().startswith("Read as 1975-03-14 (a western year")
        birthday.edit.setText("64/3/14")
        assert birthday.reading.text().startswith("Read as ROC")
        assert birthday.edit.placeholderText() != "64/3/14", "an example, not a value"
        picker = IndustryPicker()
        qtbot.addWidget(picker)
        picker.filter("zzz")
        assert picker.no_match.text().startswith("No industry contains")
    finally:
        app.removeTranslator(translator)


def test_the_main_button_hint_is_whole_and_follows_the_step(qtbot: QtBot) -> None:
    from ui.wizard.account_page import AccountPage

    page = AccountPage("81924865", "maker@example.com")
    qtbot.addWidget(page)
    page.resize(690, 640)
    page.show()
    qtbot.waitExposed(page)
    assert "請先建立帳號" in page.next_hint.text()
    page.code_sent("maker@example.com")
    qtbot.waitUntil(
        lambda: "驗證碼" in page.next_hint.text() and "請先建立帳號" not in page.next_hint.text()
    )
    hint = page.next_hint
    # Not squeezed beside the buttons: the label is as tall as its wrapped text needs.
    assert hint.height() >= hint.heightForWidth(hint.width())
