"""Fixtures for driving the enrolment wizard on the embedded training platform."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from platform_clock import pin_platform_clock, wants_wall_clock
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.flows.enrolment_service import EnrolmentService
from app.platform.client import PlatformClient
from app.storage import DraftStore
from sandbox.cardemu.vpcd import service_readers, vpcd_reader_name, wait_for_service
from ui.application import TRANSLATIONS, install_translation
from ui.async_bridge import import_modules
from ui.card_context import CardContext, pcsc_cards, training_cards
from ui.main_window import PAGE_MODULES
from ui.style import STYLE_SHEET
from ui.wiring import OnDemand


@pytest.fixture(autouse=True, scope="session")
def page_modules_loaded() -> None:
    """The pages' modules, imported before any test opens a page.

    A window loads a page's modules on a worker the first time it is asked for (the
    loading page shows meanwhile); here they are in memory already, so each test sees
    the page at once, as a person does after the first load. The first load itself is
    tested in a fresh process (``test_start_choices_load.py``).
    """
    import_modules(PAGE_MODULES)


@pytest.fixture(autouse=True)
def default_language_after_each_test() -> Iterator[None]:
    """Whatever language a test switched the application to, the next test starts in
    zh-TW, the program's default (in random order an English window test once left its
    translation to a zh-TW screenshot test)."""
    yield
    app = QApplication.instance()
    if isinstance(app, QApplication):
        install_translation(app, "zh_TW")


@pytest.fixture(scope="session")
def training_platform() -> Iterator[Any]:
    """One embedded training platform for the UI tests (reset before each use)."""
    from sandbox.embedded import start_embedded

    platform = start_embedded(database="sqlite://")
    yield platform
    platform.stop()


@pytest.fixture
def platform_url(training_platform: Any, request: pytest.FixtureRequest) -> str:
    """The training platform's API address, reset to the demo world, its clock pinned to a
    fixed working day (the wall clock for a test marked ``wall_clock``)."""
    url = str(training_platform.base_url)
    requests.post(f"{url}/_sandbox/reset", timeout=30).raise_for_status()
    if not wants_wall_clock(request):
        pin_platform_clock(url)
    return url


@pytest.fixture
def virtual_cards() -> Iterator[CardContext]:
    """Training-mode card worker and monitor over in-process virtual readers."""
    cards = training_cards()
    cards.start()
    yield cards
    cards.stop()


@pytest.fixture
def stack() -> None:
    """pcscd with the vpcd readers (fails under the CI stack when missing)."""
    if vpcd_reader_name(0) not in service_readers():
        reason = "pcscd with the vpcd readers is not running"
        if os.environ.get("TCLOUD_TEST_STACK") == "1":
            pytest.fail(f"test stack incomplete: {reason}")
        pytest.skip(reason)
    # Every test starts with an empty reader, as pcscd sees it.
    assert wait_for_service(vpcd_reader_name(0), present=False), "a card was left in the reader"


@pytest.fixture
def pcsc_context(stack: None) -> Iterator[CardContext]:
    """The card worker and monitor over the PC/SC service, trusting the test hierarchy."""
    cards = pcsc_cards(training=True)
    cards.start()
    yield cards
    cards.stop()


class Sandbox:
    """Test-side helpers for the training platform's ``/_sandbox`` endpoints."""

    def __init__(self, url: str) -> None:
        self.url = url

    def decide(self, transaction_id: str, decision: str = "approve") -> None:
        """Approve or reject a phone transaction as the phone would."""
        answer = requests.post(
            f"{self.url}/_sandbox/mobile/{transaction_id}/{decision}", timeout=10
        )
        answer.raise_for_status()

    def last_code(self, ubn: str) -> str:
        """The latest e-mailed verification code for ``ubn``."""
        answer = requests.get(f"{self.url}/_sandbox/outbox", params={"ubn": ubn}, timeout=10)
        answer.raise_for_status()
        for item in answer.json()["items"]:
            if item.get("code"):
                return str(item["code"])
        raise AssertionError(f"no code was e-mailed for {ubn}")

    def fault(self, kind: str, count: int = 1, **extra: object) -> None:
        """Inject a platform fault."""
        body = {"kind": kind, "count": count, **extra}
        requests.post(f"{self.url}/_sandbox/faults", json=body, timeout=10).raise_for_status()

    def advance_days(self, days: int) -> None:
        """Move the platform clock."""
        requests.post(
            f"{self.url}/_sandbox/clock", json={"advance_days": days}, timeout=10
        ).raise_for_status()


@pytest.fixture
def sandbox_tools(platform_url: str) -> Sandbox:
    """Helpers for the reset training platform."""
    return Sandbox(platform_url)


@pytest.fixture
def draft_store(platform_url: str, tmp_path: Path, memory_keyring: Any) -> DraftStore:
    """Drafts in a private folder with keys in the in-memory keyring."""
    return DraftStore(PlatformClient(platform_url).platform, directory=tmp_path / "drafts")


@pytest.fixture
def qt_app(qtbot: QtBot) -> QtBot:
    """The qtbot, with the application's style and zh-TW locale applied."""
    from app.launch_options import LaunchOptions
    from ui.application import create_application

    create_application(
        LaunchOptions(
            platform_url=None,
            language="zh_TW",
            privacy=False,
            kiosk=False,
            idle_minutes=10,
            log_level="INFO",
        )
    )
    return qtbot


def training_options(language: str = "zh_TW") -> Any:
    """Launch options of the client in training mode (no platform URL)."""
    from app.launch_options import LaunchOptions

    return LaunchOptions(
        platform_url=None,
        language=language,
        privacy=False,
        kiosk=False,
        idle_minutes=10,
        log_level="INFO",
    )


def open_training_window(qtbot: QtBot, language: str = "zh_TW", *, pin_clock: bool = True) -> Any:
    """A shown main window in training mode whose platform (a child process) is ready and
    whose training panel is built (hidden), its clock pinned to a fixed working day unless
    ``pin_clock`` is false."""
    from ui.application import create_application
    from ui.main_window import MainWindow

    create_application(training_options(language))
    main = MainWindow(training_options(language))
    qtbot.addWidget(main)
    main.show()
    with qtbot.waitSignal(main.platform_ready, timeout=60000):
        main.backends.start()
    with qtbot.waitSignal(main.training_panel_ready, timeout=60000):
        main.load_training_panel()
    if pin_clock:
        pin_platform_clock(main.platform_url)
    return main


@pytest.fixture
def training_window(
    qtbot: QtBot, memory_keyring: Any, request: pytest.FixtureRequest
) -> Iterator[Any]:
    """A main window in training mode with its platform started (its clock pinned unless the
    test is marked ``wall_clock``); shut down afterwards."""
    main = open_training_window(qtbot, pin_clock=not wants_wall_clock(request))
    yield main
    main.shutdown()


FORM_VALUES = {
    "address": "臺北市中正區忠孝東路一段1號",
    "representative_name": "王大明",
    "representative_title": "負責人",
    "contact_name": "王大明",
    "contact_title": "負責人",
    "contact_phone": "02-2345-6789",
    "contact_phone_ext": "12",
    "contact_mobile": "0912345678",
    "contact_email": "demo@example.com",
    "registered_on": "101/5/20",
    "paid_in_capital": "5,000,000",
    "employees": "12",
}


def responsible_name(responsible_id: str) -> str:
    """The registered responsible person's name of the demo applicant with that ID."""
    from sandbox.world import DEMO_APPLICANTS

    return next(d.responsible_name for d in DEMO_APPLICANTS if d.responsible_id == responsible_id)


class WizardDriver:
    """Drives an EnrolmentWizard the way a person would, waiting for each page."""

    def __init__(self, qtbot: QtBot, wizard: Any, sandbox: Sandbox, cards: Any) -> None:
        """``cards``: the card context, or what gives it (a window's starts when the
        wizard first uses a card)."""
        self.qtbot = qtbot
        self.wizard = wizard
        self.sandbox = sandbox
        self._cards = cards
        self.vpcd_link: Any = None

    @property
    def cards(self) -> Any:
        """The card context the wizard uses."""
        return self._cards() if callable(self._cards) else self._cards

    @property
    def page(self) -> Any:
        """The page on screen."""
        return self.wizard.current_page

    def wait_page(self, name: str, timeout: int = 20000) -> Any:
        """Wait until the page named ``name`` is shown (errors on the way are reported)."""

        def shown() -> bool:
            return bool(self.wizard.page_name == name)

        try:
            self.qtbot.waitUntil(shown, timeout=timeout)
        except AssertionError:
            page = self.page
            shown_error = page.errors.text.text() if hasattr(page, "errors") else ""
            raise AssertionError(
                f"page {name!r} not reached; on {self.wizard.page_name!r}: {shown_error}"
            ) from None
        return self.page

    def wait_error(self, page: Any, code: str, timeout: int = 20000) -> None:
        """Wait until ``page`` shows the error ``code``."""
        self.qtbot.waitUntil(lambda: page.errors.code == code, timeout=timeout)

    def lookup(self, ubn: str) -> Any:
        """Type the UBN and look it up."""
        page = self.wizard.ubn_page
        page.ubn.edit.clear()
        self.qtbot.keyClicks(page.ubn.edit, ubn)
        page.lookup_button.click()
        return page

    def choose(self, ubn: str, method: str) -> Any:
        """Look up ``ubn``, choose ``method`` and go to the identity page."""
        page = self.lookup(ubn)
        try:
            self.qtbot.waitUntil(lambda: bool(page.choices), timeout=20000)
        except AssertionError:
            from ui.async_bridge import background_pool

            pool = background_pool()
            raise AssertionError(
                f"looking up {ubn} showed no methods; the page says "
                f"{page.errors.text.text()!r} (title {page.errors.title.text()!r}), "
                f"background jobs running: {pool.activeThreadCount()} of {pool.maxThreadCount()}"
            ) from None
        choice = next(c for c in page.choices if c.method.value == method)
        choice.radio.setChecked(True)
        page.next_button.click()
        return self.wait_page("identity")

    def insert(self, card_id: str) -> None:
        """Put a demo card into the training reader."""
        from certs.testpki import DemoPKI
        from sandbox.cardemu.card import EmulatedCard

        card = EmulatedCard.from_demo_card(DemoPKI.load().cards[card_id])
        readers = self.cards.virtual_readers
        if readers is None:
            self._insert_vpcd(card)
            return
        if readers.cards():
            # Demo cards share one ATR: take the old one out first, as a person would.
            readers.remove()
            self.qtbot.waitUntil(lambda: self.wizard.card_panel.current is None, timeout=5000)
        readers.insert(card)

    def _insert_vpcd(self, card: Any) -> None:
        """Put ``card`` into vpcd reader 0 of the real PC/SC stack."""
        from sandbox.cardemu.vpcd import VpcdLink

        if self.vpcd_link is not None:
            self.vpcd_link.remove()
            self.qtbot.waitUntil(lambda: self.wizard.card_panel.current is None, timeout=5000)
        self.vpcd_link = VpcdLink(card, 0)
        self.vpcd_link.insert()

    def remove_cards(self) -> None:
        """Take out any card this driver put into a vpcd reader, until pcscd sees it gone."""
        from sandbox.cardemu.vpcd import wait_for_service

        if self.vpcd_link is not None:
            self.vpcd_link.remove()
            assert wait_for_service(self.vpcd_link.reader, present=False), "pcscd missed a removal"
            self.vpcd_link = None

    def wait_card(self, usable: bool = True) -> None:
        """Wait until the card panel shows a card (usable or with a problem)."""
        panel = self.wizard.card_panel

        def ready() -> bool:
            if usable:
                return panel.usable_identity() is not None
            return panel.current is not None and panel.problem is not None

        self.qtbot.waitUntil(ready, timeout=20000)

    def enter_pin(self, pin: str) -> None:
        """Type the PIN into the PIN dialog when it opens."""
        panel = self.wizard.card_panel
        self.qtbot.waitUntil(lambda: panel.pin_dialog is not None, timeout=20000)
        dialog = panel.pin_dialog
        self.qtbot.keyClicks(dialog.pin_edit, pin)
        dialog.ok_button.click()

    def approve_phone(self, decision: str = "approve") -> None:
        """Approve (or reject) the phone transaction the wizard waits for."""
        waiting = self._waiting_panel()
        self.qtbot.waitUntil(lambda: waiting().active, timeout=20000)
        self.sandbox.decide(waiting().transaction_id, decision)

    def _waiting_panel(self) -> Any:
        def panel() -> Any:
            signing = self.wizard.signing
            if signing is not None and signing.dialog is not None:
                return signing.dialog.wait
            return self.wizard.identity_page.wait

        return panel

    def sign(self, pin: str | None) -> None:
        """Press 簽署 and complete the signature with the PIN or on the phone."""
        page = self.page
        page.next_button.click()
        if pin is not None:
            self.enter_pin(pin)
        else:
            self.qtbot.waitUntil(
                lambda: (
                    self.wizard.signing.dialog is not None
                    and self.wizard.signing.dialog.wait.active
                ),
                timeout=20000,
            )
            self.approve_phone()

    def authorizations_and_consents_until_consents(
        self, pin: str | None, responsible_id: str = "A123456789"
    ) -> None:
        """Sign every required authorisation and stop on the consents page."""
        while self.wizard.page_name == "authorizations":
            page = self.page
            page.agree.setChecked(True)
            if page.notice is not None:
                page.notice.setChecked(True)
                page.person.edit.setText(responsible_id)
                page.person_name.edit.setText(responsible_name(responsible_id))
            self.sign(pin)
            self.qtbot.waitUntil(lambda p=page: self.page is not p, timeout=30000)
        self.wait_page("consents")

    def authorizations_and_consents(self, pin: str | None, responsible_id: str) -> None:
        """Sign every required authorisation, then the consents."""
        self.authorizations_and_consents_until_consents(pin, responsible_id)
        page = self.page
        page.personal_data.setChecked(True)
        page.declarations.setChecked(True)
        self.sign(pin)
        self.wait_page("form", timeout=30000)

    def fill_form(self, extra: dict[str, str] | None = None) -> Any:
        """Fill every 附表1 field with valid demo values (and ``extra`` ones: the 工業館
        fields, ``revenue_basis`` picked in its list)."""
        page = self.page
        values = {**FORM_VALUES, **(extra or {})}
        basis = values.pop("revenue_basis", None)
        if basis is not None:
            page.revenue_basis.setCurrentIndex(page.revenue_basis.findData(basis))
        for name, value in values.items():
            page.rows[name].edit.setText(value)
        page.industry.search.setText("餐飲")
        page.industry.search.returnPressed.emit()
        assert page.errors_now() == {}
        return page

    def form_and_account(self, ubn: str, extra: dict[str, str] | None = None) -> Any:
        """Fill 附表1, set the password and enter the e-mailed code."""
        page = self.fill_form(extra)
        page.next_button.click()
        self.qtbot.waitUntil(lambda: type(self.page).__name__ == "AccountPage", timeout=20000)
        account = self.page
        account.password.edit.setText("Cloud-Demo-2025")
        account.confirm.edit.setText("Cloud-Demo-2025")
        account.create_button.click()
        self.qtbot.waitUntil(account.code.isEnabled, timeout=20000)
        account.code.edit.setText(self.sandbox.last_code(ubn))
        account.next_button.click()
        self.qtbot.waitUntil(lambda: self.page is not account, timeout=20000)
        return self.page

    def assessment(self) -> Any:
        """Answer every shown question with its first option and submit."""
        page = self.wait_page("assessment")
        self.qtbot.waitUntil(lambda: type(self.page).__name__ == "AssessmentPage", timeout=20000)
        page = self.page
        while not page.navigator.is_complete:
            question = page.navigator.current
            page.choose([question.options[0].id])
            page.go_next()
        page.next_button.click()
        result = self.wait_page("result")
        self.qtbot.waitUntil(lambda: result.points.text() != "", timeout=20000)
        return result


@pytest.fixture
def make_wizard(
    qt_app: QtBot,
    platform_url: str,
    draft_store: DraftStore,
    virtual_cards: CardContext,
    sandbox_tools: Sandbox,
) -> Iterator[Any]:
    """Build an EnrolmentWizard on the training platform and a driver for it."""
    from ui.wizard.wizard import EnrolmentWizard

    made: list[Any] = []
    drivers: list[WizardDriver] = []

    def make(store: DraftStore | None = None, cards: CardContext | None = None) -> WizardDriver:
        context = cards or virtual_cards
        drafts = store or draft_store
        service = EnrolmentService(PlatformClient(platform_url), drafts)
        wizard = EnrolmentWizard(OnDemand.ready((service, drafts)), lambda: context)
        qt_app.addWidget(wizard)
        wizard.resize(1100, 760)
        wizard.show()
        made.append(wizard)
        driver = WizardDriver(qt_app, wizard, sandbox_tools, context)
        drivers.append(driver)
        return driver

    yield make
    for wizard in made:
        wizard.close_draft()
    for driver in drivers:
        driver.remove_cards()


@pytest.fixture(params=["zh_TW", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The UI language for one screenshot run (translator removed afterwards)."""
    qapp.setStyleSheet(STYLE_SHEET)
    translator = QTranslator()
    if request.param == "en":
        assert translator.load(str(TRANSLATIONS / "tcloud_en.qm"))
        qapp.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    else:
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Chinese,
                QLocale.Script.TraditionalChineseScript,
                QLocale.Country.Taiwan,
            )
        )
    yield str(request.param)
    qapp.removeTranslator(translator)
