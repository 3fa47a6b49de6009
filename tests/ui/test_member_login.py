"""Member login on the embedded training platform: card, mobile MOICA, phone, password."""

from __future__ import annotations

import dataclasses
import gc
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot

from app.platform.client import PlatformClient
from app.subsidy import VerificationMethod
from ui.card_context import CardContext
from ui.member.area import MemberArea
from ui.member.session import PASSWORD_LOGIN, MemberSession
from ui.member.signing import (
    CardSignatureRequester,
    MobileSignatureRequester,
    PhoneSignatureRequester,
)
from ui.member_login import MemberLoginPage, open_member_area
from ui.wiring import OnDemand

WAIT_MS = 20_000
PHONE_MS = 30_000  # the platform asks for at least 4 s between status requests
MEMBER_UBN = "16480894"
NOT_YET_MEMBER_UBN = "81924865"
DISQUALIFIED_UBN = "95753514"
UNKNOWN_UBN = "12345670"  # valid check digit, not in the demo world


class StubWindow(QWidget):
    """The part of the main window the member area needs."""

    def __init__(self) -> None:
        super().__init__()
        self.training = True
        self.member_area: QWidget | None = None
        self.pages = QStackedWidget(self)
        self.start_page = QWidget()
        self.pages.addWidget(self.start_page)
        self.resize(1100, 760)


@pytest.fixture(autouse=True)
def collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects here, never on a server or pool thread."""
    yield
    gc.collect()


def member_scenario(url: str) -> str:
    """A member with 30,000 points and the training password; returns its UBN."""
    answer = requests.post(
        f"{url}/_sandbox/scenarios", json={"name": "member_with_points"}, timeout=10
    )
    answer.raise_for_status()
    return str(answer.json()["ubn"])


@pytest.fixture
def make_page(
    qt_app: QtBot, platform_url: str, virtual_cards: CardContext, memory_keyring: Any
) -> Iterator[Any]:
    """Build a MemberLoginPage on the reset training platform."""
    made: list[MemberLoginPage] = []

    def make() -> MemberLoginPage:
        client = OnDemand.ready(PlatformClient(platform_url))
        page = MemberLoginPage(client, lambda: virtual_cards, training=True)
        qt_app.addWidget(page)
        page.resize(1100, 760)
        page.show()
        made.append(page)
        return page

    yield make
    for page in made:
        page.cancel()


def lookup(qtbot: QtBot, page: MemberLoginPage, ubn: str) -> None:
    """Type the UBN, press Enter and wait for the platform's answer."""
    page.ubn.edit.clear()
    qtbot.keyClicks(page.ubn.edit, ubn)
    qtbot.keyClick(page.ubn.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy.isVisible(), timeout=WAIT_MS)


def insert(qtbot: QtBot, page: MemberLoginPage, cards: CardContext, card_id: str) -> None:
    """Put a demo card into the training reader and wait until the panel shows it."""
    from certs.testpki import DemoPKI
    from sandbox.cardemu.card import EmulatedCard

    readers = cards.virtual_readers
    readers.insert(EmulatedCard.from_demo_card(DemoPKI.load().cards[card_id]))
    panel = page.card_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.current is not None, timeout=WAIT_MS)


def type_pin(qtbot: QtBot, page: MemberLoginPage, pin: str) -> Any:
    """Type ``pin`` into the PIN dialog once it opens; returns the dialog."""
    panel = page.card_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.pin_dialog is not None, timeout=WAIT_MS)
    dialog = panel.pin_dialog
    qtbot.keyClicks(dialog.pin_edit, pin)
    dialog.ok_button.click()
    return dialog


class Sessions:
    """Collects what ``logged_in`` emits; a failure shows the page's error."""

    def __init__(self, qtbot: QtBot, page: MemberLoginPage) -> None:
        self.qtbot = qtbot
        self.page = page
        self.got: list[MemberSession] = []
        page.logged_in.connect(self.got.append)

    def wait(self, timeout: int = WAIT_MS) -> MemberSession:
        """The session, once the page emitted it."""
        page = self.page
        try:
            self.qtbot.waitUntil(lambda: bool(self.got), timeout=timeout)
        except (AssertionError, QtTimeoutError):
            raise AssertionError(
                f"no login; shown: {page.errors.code} {page.errors.text.text()}"
            ) from None
        return self.got[0]


def show_area(qtbot: QtBot, session: MemberSession) -> tuple[StubWindow, MemberArea]:
    """Open the member area in a window and wait for its first load."""
    window = StubWindow()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.pages.currentChanged, timeout=WAIT_MS):
        area = open_member_area(window, session)
    qtbot.waitUntil(lambda: area.snapshot is not None, timeout=WAIT_MS)
    return window, area


def card_login(
    qtbot: QtBot, page: MemberLoginPage, cards: CardContext, ubn: str
) -> MemberLoginPage:
    lookup(qtbot, page, ubn)
    page.choose(VerificationMethod.MOEACA_CARD)
    insert(qtbot, page, cards, "moeaca-sme-primary")
    # Ready when the card's details are on screen, not only when "next" is enabled: a
    # shuffled run once saw the panel still reading while the button was already enabled.
    qtbot.waitUntil(
        lambda: (
            page.next_button.isEnabled()
            and page.card_panel is not None
            and "有效期間" in page.card_panel.card_label.text()
        ),
        timeout=WAIT_MS,
    )
    return page


def test_card_login_opens_the_member_area_with_the_points(
    qt_app: QtBot, make_page: Any, platform_url: str, virtual_cards: CardContext
) -> None:
    ubn = member_scenario(platform_url)
    assert ubn == MEMBER_UBN
    page = card_login(qt_app, make_page(), virtual_cards, ubn)
    panel = page.card_panel
    assert panel is not None
    # Kind, holder and validity are on screen before any PIN is asked.
    shown = panel.card_label.text()
    assert "工商憑證" in shown
    assert "雲端示範股份有限公司（測試）" in shown
    assert "有效期間" in shown
    assert panel.pin_dialog is None
    sessions = Sessions(qt_app, page)
    page.next_button.click()
    type_pin(qt_app, page, "123456")
    session = sessions.wait()
    assert isinstance(session, MemberSession)
    assert session.method is VerificationMethod.MOEACA_CARD
    assert isinstance(session.signer, CardSignatureRequester)
    assert session.signer.who.identity.ubn == ubn
    assert session.client.signed_in

    window, area = show_area(qt_app, session)
    assert window.member_area is area
    assert window.pages.currentWidget() is area
    assert "30,000" in area.overview.balance_label.text()
    assert not area.read_only_note.isVisibleTo(area)

    destroyed: list[bool] = []
    area.destroyed.connect(lambda: destroyed.append(True))
    with qt_app.waitSignal(area.session_ended, timeout=WAIT_MS):
        area.log_out()
    assert window.pages.currentWidget() is window.start_page
    assert window.member_area is None
    qt_app.waitUntil(lambda: bool(destroyed), timeout=WAIT_MS)
    assert window.pages.count() == 1
    qt_app.waitUntil(lambda: not session.client.signed_in, timeout=WAIT_MS)


def test_a_wrong_pin_asks_again_and_a_cancel_keeps_what_was_typed(
    qt_app: QtBot,
    make_page: Any,
    platform_url: str,
    virtual_cards: CardContext,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    ubn = member_scenario(platform_url)
    page = card_login(qt_app, make_page(), virtual_cards, ubn)
    page.next_button.click()
    first = type_pin(qt_app, page, "000000")
    panel = page.card_panel
    assert panel is not None
    qt_app.waitUntil(
        lambda: panel.pin_dialog is not None and panel.pin_dialog is not first, timeout=WAIT_MS
    )
    again = panel.pin_dialog
    # Asked again, saying why and with one try less.
    assert first.tries_left is not None
    assert again.tries_left == first.tries_left - 1
    shown = [label.text() for label in again.findChildren(QLabel)]
    assert "PIN 碼不正確，請再輸入一次。" in shown
    again.reject()
    qt_app.waitUntil(lambda: page.errors.code == "PIN_CANCELLED", timeout=WAIT_MS)
    assert page.errors.isVisibleTo(page)
    assert page.ubn.text() == ubn
    assert page.method is VerificationMethod.MOEACA_CARD
    assert not page.client.signed_in
    # The right PIN still logs in (the wrong try was counted, not the cancel).
    qt_app.waitUntil(page.next_button.isEnabled, timeout=WAIT_MS)
    sessions = Sessions(qt_app, page)
    page.next_button.click()
    dialog = type_pin(qt_app, page, "123456")
    assert dialog.tries_left == again.tries_left
    session = sessions.wait()
    assert isinstance(session.signer, CardSignatureRequester)
    for pin in ("000000", "123456"):
        assert pin not in caplog.text
        assert pin not in repr(session)


def test_mobile_moica_login_signs_with_the_phone(
    qt_app: QtBot, make_page: Any, platform_url: str, sandbox_tools: Any
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    page.choose(VerificationMethod.MOICA_MOBILE)
    assert not page.next_button.isEnabled()
    qt_app.keyClicks(page.id_field.edit, "A123456789")
    assert page.next_button.isEnabled()
    started: list[str] = []
    ended: list[str] = []
    page.mobile_started.connect(lambda tid, _label: started.append(tid))
    page.mobile_ended.connect(ended.append)
    page.next_button.click()
    qt_app.waitUntil(lambda: page.wait.active, timeout=WAIT_MS)
    assert page.wait.qr.isVisibleTo(page)
    assert started == [page.wait.transaction_id]
    sessions = Sessions(qt_app, page)
    sandbox_tools.decide(page.wait.transaction_id)
    session = sessions.wait(PHONE_MS)
    assert session.method is VerificationMethod.MOICA_MOBILE
    assert isinstance(session.signer, MobileSignatureRequester)
    assert session.signer.ubn == ubn
    assert "A123456789" not in repr(session.signer)
    page.cancel()
    assert ended == started
    _window, area = show_area(qt_app, session)
    assert "30,000" in area.overview.balance_label.text()


def test_phone_login_gets_a_phone_signer(
    qt_app: QtBot, make_page: Any, platform_url: str, sandbox_tools: Any
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    page.choose(VerificationMethod.PHONE)
    qt_app.keyClicks(page.id_field.edit, "A123456789")
    qt_app.keyClicks(page.birthday_field.edit, "64/3/14")
    assert not page.next_button.isEnabled()
    qt_app.keyClicks(page.mobile_field.edit, "0912345678")
    assert page.next_button.isEnabled()
    page.next_button.click()
    qt_app.waitUntil(lambda: page.wait.active, timeout=WAIT_MS)
    sessions = Sessions(qt_app, page)
    sandbox_tools.decide(page.wait.transaction_id)
    session = sessions.wait(PHONE_MS)
    assert session.method is VerificationMethod.PHONE
    assert isinstance(session.signer, PhoneSignatureRequester)
    assert "0912345678" not in repr(session.signer)
    assert "A123456789" not in repr(session.signer)

    # The phone signs an order's quote (purpose "sign") and the platform accepts it.
    client = session.client
    solution = next(s for s in client.list_solutions(limit=100).data.items if s.id == "S002")
    quote = client.quote_order(solution.plans[0].id)
    signed = session.signer.request(page, quote.to_be_signed, "訂購 S002")

    def waiting_dialog() -> Any:
        for widget in QApplication.topLevelWidgets():
            wait = getattr(widget, "wait", None)
            if widget.objectName() == "MobileSignDialog" and wait is not None and wait.active:
                return widget
        return None

    qt_app.waitUntil(lambda: waiting_dialog() is not None, timeout=WAIT_MS)
    sandbox_tools.decide(waiting_dialog().wait.transaction_id)
    qt_app.waitUntil(signed.done, timeout=PHONE_MS)
    order = client.create_order(quote.quote_id, signed.result())
    assert order.points == quote.points


def test_a_rejected_phone_login_is_explained_and_can_be_retried(
    qt_app: QtBot, make_page: Any, platform_url: str, sandbox_tools: Any
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    page.choose(VerificationMethod.MOICA_MOBILE)
    qt_app.keyClicks(page.id_field.edit, "A123456789")
    page.next_button.click()
    qt_app.waitUntil(lambda: page.wait.active, timeout=WAIT_MS)
    sandbox_tools.decide(page.wait.transaction_id, "reject")
    qt_app.waitUntil(lambda: page.errors.code == "MOBILE_REJECTED", timeout=PHONE_MS)
    assert page.id_field.text() == "A123456789"
    assert page.next_button.isEnabled()


def test_password_login_reads_but_cannot_sign(
    qt_app: QtBot, make_page: Any, platform_url: str
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    page.choose(PASSWORD_LOGIN)
    assert page.password.edit.echoMode() == page.password.edit.EchoMode.Password
    assert page.read_only_note.isVisibleTo(page)
    assert ubn in page.account_label.text()
    assert not page.next_button.isEnabled()
    qt_app.keyClicks(page.password.edit, "Demo1234")
    sessions = Sessions(qt_app, page)
    qt_app.keyClick(page.password.edit, Qt.Key.Key_Return)
    session = sessions.wait()
    assert session.method == PASSWORD_LOGIN
    assert session.signer is None
    assert session.read_only
    window, area = show_area(qt_app, session)
    assert area.read_only_note.isVisibleTo(area)
    assert "您以密碼登入" in area.read_only_note.text()
    assert "30,000" in area.overview.balance_label.text()

    # An application finished by phone number reaches the member area without a signer:
    # read-only too, but it must not be told it logged in with a password.
    after_phone = dataclasses.replace(session, method=VerificationMethod.PHONE)
    _window, phone_area = show_area(qt_app, after_phone)
    assert phone_area.read_only_note.isVisibleTo(phone_area)
    assert "密碼" not in phone_area.read_only_note.text()
    assert "會員登入" in phone_area.read_only_note.text()

    area.session_ended.emit()
    assert window.pages.currentWidget() is window.start_page


def test_a_wrong_password_is_explained_and_kept(
    qt_app: QtBot, make_page: Any, platform_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    page.choose(PASSWORD_LOGIN)
    qt_app.keyClicks(page.password.edit, "Wrong-9876")
    logged: list[object] = []
    page.logged_in.connect(logged.append)
    page.next_button.click()
    qt_app.waitUntil(lambda: page.errors.code == "INVALID_CREDENTIALS", timeout=WAIT_MS)
    assert page.errors.title.text() == "帳號或密碼錯誤"
    assert page.password.edit.text() == "Wrong-9876"
    assert page.ubn.text() == ubn
    assert page.next_button.isEnabled()
    assert logged == []
    assert not page.client.signed_in
    assert "Wrong-9876" not in caplog.text


def in_view(page: MemberLoginPage, edit: QWidget) -> bool:
    """True when the whole of ``edit`` shows in the page's scroll area."""
    viewport = page.scroll_area.viewport()
    top_left = edit.mapTo(viewport, edit.rect().topLeft())
    return viewport.rect().contains(QRect(top_left, edit.size()))


def test_a_wrong_password_leaves_the_field_in_view_above_the_error(
    qt_app: QtBot, make_page: Any, platform_url: str
) -> None:
    """At the main window's default size the error panel shortens the scroll area; the
    password field, focused with its text selected for retyping, stays on screen."""
    ubn = member_scenario(platform_url)
    page = make_page()
    page.resize(940, 620)
    lookup(qt_app, page, ubn)
    page.choose(PASSWORD_LOGIN)
    qt_app.keyClicks(page.password.edit, "Wrong-9876")
    qt_app.keyClick(page.password.edit, Qt.Key.Key_Return)
    qt_app.waitUntil(lambda: page.errors.code == "INVALID_CREDENTIALS", timeout=WAIT_MS)
    qt_app.waitUntil(lambda: in_view(page, page.password.edit), timeout=WAIT_MS)
    assert page.password.edit.hasFocus()
    assert page.password.edit.selectedText() == "Wrong-9876"


def test_a_mobile_number_the_carrier_does_not_match_stays_in_view_to_correct(
    qt_app: QtBot, make_page: Any, platform_url: str
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    page.resize(940, 620)
    lookup(qt_app, page, ubn)
    page.choose(VerificationMethod.PHONE)
    qt_app.keyClicks(page.id_field.edit, "A123456789")
    qt_app.keyClicks(page.birthday_field.edit, "64/3/14")
    qt_app.keyClicks(page.mobile_field.edit, "0912345679")
    page.mobile_field.edit.setFocus()
    qt_app.keyClick(page.mobile_field.edit, Qt.Key.Key_Return)
    qt_app.waitUntil(page.errors.isVisible, timeout=WAIT_MS)
    assert page.mobile_field.text() == "0912345679"
    assert page.mobile_field.edit.hasFocus()
    qt_app.waitUntil(lambda: in_view(page, page.mobile_field.edit), timeout=WAIT_MS)


def test_a_ubn_that_is_not_a_member_points_to_a_new_application(
    qt_app: QtBot, make_page: Any
) -> None:
    page = make_page()
    lookup(qt_app, page, NOT_YET_MEMBER_UBN)
    assert page.not_member.isVisibleTo(page)
    assert "新申請" in page.not_member_text.text()
    assert page.method_radios == {}
    assert not page.next_button.isEnabled()
    with qt_app.waitSignal(page.new_application_requested, timeout=1000):
        page.new_application_button.click()


@pytest.mark.parametrize(
    ("ubn", "code"), [(DISQUALIFIED_UBN, "NOT_ELIGIBLE"), (UNKNOWN_UBN, "UBN_NOT_FOUND")]
)
def test_a_ubn_the_platform_refuses_is_explained(
    qt_app: QtBot, make_page: Any, ubn: str, code: str
) -> None:
    page = make_page()
    lookup(qt_app, page, ubn)
    qt_app.waitUntil(lambda: page.errors.code == code, timeout=WAIT_MS)
    assert page.errors.title.text()
    if code == "NOT_ELIGIBLE":
        assert page.errors.details.isVisibleTo(page)
    assert page.ubn.text() == ubn
    assert page.method_radios == {}


def test_a_ubn_with_a_wrong_check_digit_is_not_sent(qt_app: QtBot, make_page: Any) -> None:
    page = make_page()
    qt_app.keyClicks(page.ubn.edit, "16480895")
    assert page.ubn.error.isVisibleTo(page)
    page.lookup_button.click()
    assert not page.busy.isVisible()
    assert page.applicant is None


def test_back_to_the_start_page(qt_app: QtBot, make_page: Any) -> None:
    page = make_page()
    with qt_app.waitSignal(page.cancelled, timeout=1000):
        page.back_button.click()


def test_every_input_is_named_and_reachable_by_tab(
    qt_app: QtBot, make_page: Any, platform_url: str
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    for method in (VerificationMethod.PHONE, PASSWORD_LOGIN):
        page.choose(method)
        radios = list(page.method_radios.values())
        for radio in radios:
            assert radio.accessibleName()
            assert radio.isEnabled()
        # Qt's exclusive groups keep Tab focus on one button only (the one last focused);
        # the arrow keys move between the choices, as everywhere on Windows.
        assert len([radio for radio in radios if radio.isChecked()]) == 1
        assert [radio for radio in radios if radio.focusPolicy() & Qt.FocusPolicy.TabFocus]
        for field in (page.id_field, page.birthday_field, page.mobile_field, page.password):
            if field.isVisibleTo(page):
                assert field.edit.accessibleName()
                assert field.edit.focusPolicy() & Qt.FocusPolicy.TabFocus


@pytest.mark.screenshot
def test_member_login_screenshots(
    qt_app: QtBot,
    make_page: Any,
    platform_url: str,
    virtual_cards: CardContext,
    screenshot_dir: Path,
) -> None:
    ubn = member_scenario(platform_url)
    page = card_login(qt_app, make_page(), virtual_cards, ubn)
    qt_app.wait(300)
    shots = {"card": page.grab()}
    page.choose(VerificationMethod.MOICA_MOBILE)
    qt_app.keyClicks(page.id_field.edit, "A123456789")
    page.next_button.click()
    qt_app.waitUntil(lambda: page.wait.active, timeout=WAIT_MS)
    qt_app.wait(300)
    shots["mobile"] = page.grab()
    page.choose(PASSWORD_LOGIN)
    qt_app.keyClicks(page.password.edit, "Wrong-9876")
    page.next_button.click()
    qt_app.waitUntil(lambda: page.errors.code == "INVALID_CREDENTIALS", timeout=WAIT_MS)
    qt_app.wait(300)
    shots["password"] = page.grab()
    lookup(qt_app, page, NOT_YET_MEMBER_UBN)
    qt_app.wait(300)
    shots["not_member"] = page.grab()
    for name, image in shots.items():
        path = screenshot_dir / f"member_login_{name}.png"
        assert image.save(str(path))
        assert path.stat().st_size > 10_000


def test_a_citizen_card_of_someone_else_is_refused_before_the_pin(
    qt_app: QtBot, make_page: Any, platform_url: str, virtual_cards: CardContext
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    lookup(qt_app, page, ubn)
    page.choose(VerificationMethod.MOICA_CARD)
    assert page.id_field.isVisibleTo(page)
    qt_app.keyClicks(page.id_field.edit, "A123456789")
    insert(qt_app, page, virtual_cards, "moica-stranger")
    panel = page.card_panel
    assert panel is not None
    # Settled: the monitor's own insert event may make the panel read the card once more.
    qt_app.waitUntil(
        lambda: panel.problem is not None and "張志強" in panel.card_label.text(),
        timeout=WAIT_MS,
    )
    assert panel.problem_panel.code == "CARD_OTHER_PERSON"
    assert not page.next_button.isEnabled()
    assert panel.pin_dialog is None


def test_alt_l_looks_the_ubn_up_as_on_the_new_application(
    qt_app: QtBot, make_page: Any, platform_url: str
) -> None:
    ubn = member_scenario(platform_url)
    page = make_page()
    assert page.lookup_button.text() == "查詢(&L)"
    assert page.lookup_button.accessibleName() == "查詢統一編號"
    page.show()
    page.activateWindow()
    qt_app.waitUntil(page.isActiveWindow)
    qt_app.keyClicks(page.ubn.edit, ubn)
    qt_app.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    qt_app.waitUntil(lambda: page.applicant is not None, timeout=WAIT_MS)
    assert page.applicant.ubn == ubn
