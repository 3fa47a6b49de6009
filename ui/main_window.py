"""Main window: mode banners on top, one page at a time below."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QFocusEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QWidget,
)

from app.launch_options import LaunchOptions
from ui.a11y import announce, focus_first_in, focus_page, focus_pages_of, make_alert
from ui.async_bridge import import_modules, is_loaded, run_in_background
from ui.pages.loading_page import LoadingPage
from ui.pages.start_page import StartPage
from ui.support.wiring import SUPPORT_MODULES, install_support
from ui.training.placement import dock_beside, initial_window_size
from ui.widgets.layouts import column_layout
from ui.widgets.platform_wait import PlatformWait
from ui.wiring import Backends, OnDemand, backends_for

if TYPE_CHECKING:
    # The wizard, the member area, the card worker and the platform client are imported
    # when first opened, so that the start page paints as early as a bare window.
    from ui.card_context import CardContext
    from ui.member.session import MemberSession
    from ui.training.panel import TrainingPanel
    from ui.wizard.wizard import CompletedApplication, EnrolmentWizard

log = logging.getLogger(__name__)


RESTART_NOTICE_MS = 6000
"""How long the banner says the training platform is back before the notice clears."""

# What each page needs, imported on a worker the first time the page is asked for (the
# loading page shows meanwhile). Only the start-page choices' first pages, which need
# neither the HTTP client, the keyring, cryptography nor the card stack, are loaded ahead
# (``warm_up_first_pages``); the rest loads when reached, so an idle client stays small.
WIZARD_MODULES = ("ui.wizard.wizard",)
MEMBER_LOGIN_MODULES = ("ui.member_login",)
MEMBER_AREA_MODULES = ("ui.member_login", "ui.member.signing", "ui.member.area")
"""After the wizard: the member area (a member login's lookup imports it too)."""
PAGE_MODULES = (*WIZARD_MODULES, *MEMBER_LOGIN_MODULES, *MEMBER_AREA_MODULES, *SUPPORT_MODULES)
FIRST_PAGE_MODULES = (*WIZARD_MODULES, *MEMBER_LOGIN_MODULES, *SUPPORT_MODULES)
"""The first pages of the start-page choices: light (Qt, the rules, the UBN field)."""


_INTENT_FOCUS = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)


class _ChoiceIntent(QObject):
    """Starts loading a start-page choice's page when the pointer rests on it or Tab
    reaches it: the person is about to choose it, and the click then finds it ready."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        intent = event.type() == QEvent.Type.Enter or (
            isinstance(event, QFocusEvent)
            and event.type() == QEvent.Type.FocusIn
            and event.reason() in _INTENT_FOCUS
        )
        if intent and isinstance(watched, QWidget):
            modules = self._window.choice_modules.get(watched)
            if modules:
                start_page = self._window.start_page
                uses_cards = watched in (start_page.new_button, start_page.login_button)
                self._window.load_ahead(modules, uses_cards=uses_cards)
        return False


class _Banner(QFrame):
    def __init__(self, object_name: str, text: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.label = QLabel(text)
        self.label.setObjectName(f"{object_name}Text")
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)


_MOVES = (QEvent.Type.Move, QEvent.Type.Resize)


class MainWindow(QMainWindow):
    """Top-level window of the desktop client."""

    platform_ready = Signal(str)
    training_panel_ready = Signal(object)
    """The training panel is built (training mode, the first time it is asked for)."""
    platform_failed = Signal(str)
    wizard_opened = Signal(object)

    def __init__(
        self,
        options: LaunchOptions,
        *,
        backends: Backends | None = None,
    ) -> None:
        super().__init__()
        self.options = options
        self.platform_url: str | None = options.platform_url
        self.training = options.platform_url is None
        self.backends = backends if backends is not None else backends_for(options)
        self.cards: CardContext | None = None
        self.wizard: EnrolmentWizard | None = None
        self.training_panel: TrainingPanel | None = None
        self.member_area: QWidget | None = None
        self._open_when_ready: Callable[[], None] | None = None
        """The start-page choice asked for while the training platform starts (the last one)."""
        self._focus_before_panel: QWidget | None = None
        self._loading: str | None = None
        self._loading_ahead: set[str] = set()
        self._panel_requested = False
        self.setWindowTitle(self.tr("臺灣雲市集 數位點數申請"))
        self.setMinimumSize(800, 600)
        self.resize(
            initial_window_size(
                self.screen().availableGeometry(), self.training, self.minimumSize()
            )
        )

        self.training_banner = _Banner(
            "TrainingBanner",
            self.tr("訓練模式：這是練習用的訓練平台，卡片、資料與點數都不是真的。"),
        )
        self.training_banner.setVisible(options.platform_url is None)
        self.panel_button = QPushButton(self.tr("訓練面板"))
        self.panel_button.setObjectName("TrainingPanelButton")
        self.panel_button.setAccessibleName(self.tr("開啟或關閉訓練面板"))
        self.panel_button.setShortcut("Ctrl+T")
        self.panel_button.setEnabled(False)
        self.panel_button.clicked.connect(self.toggle_training_panel)
        self.platform_notice = QLabel()
        self.platform_notice.setObjectName("PlatformNotice")
        self.platform_notice.setWordWrap(True)
        # Said when it appears (the platform stopped, restarted or failed), as an alert.
        make_alert(self.platform_notice)
        self.platform_notice.setVisible(False)
        self._notice_clear = QTimer(self)
        self._notice_clear.setSingleShot(True)
        self._notice_clear.setInterval(RESTART_NOTICE_MS)
        self._notice_clear.timeout.connect(self._clear_platform_notice)
        banner_layout = self.training_banner.layout()
        if isinstance(banner_layout, QHBoxLayout):
            banner_layout.insertWidget(1, self.platform_notice, 1)
            banner_layout.addWidget(self.panel_button)
        self.privacy_banner: QWidget = _Banner(
            "PrivacyBanner",
            self.tr("遠端協助隱私模式：身分證字號、電話、電子郵件、生日與卡號已遮蔽。"),
        )
        self.privacy_banner.setVisible(options.privacy)

        self.pages = QStackedWidget()
        focus_pages_of(self.pages)
        self.start_page = StartPage()
        self.pages.addWidget(self.start_page)
        self.loading_page = LoadingPage()
        self.pages.addWidget(self.loading_page)
        self.start_page.new_application_requested.connect(self.open_wizard)
        self.start_page.member_login_requested.connect(self.open_member_login)
        self.choice_modules: dict[QWidget, tuple[str, ...]] = {
            self.start_page.new_button: WIZARD_MODULES,
            self.start_page.login_button: MEMBER_LOGIN_MODULES,
            self.start_page.help_button: SUPPORT_MODULES,
        }
        """What each start-page choice's page needs (loaded ahead on pointer or Tab)."""
        intent = _ChoiceIntent(self)
        for button in self.choice_modules:
            button.installEventFilter(intent)

        central = QWidget()
        layout = column_layout(
            central,
            self.training_banner,
            self.privacy_banner,
            (self.pages, 1),
            margins=(0, 0, 0, 0),
            spacing=0,
        )
        # Any platform call running over a second: the wait, with 取消 (issue 15).
        self.platform_wait = PlatformWait()
        layout.addWidget(self.platform_wait)
        self.setCentralWidget(central)

        # Help and diagnostics, the privacy toggle and kiosk mode (ui/support).
        self.support = install_support(self)

        if options.platform_url is None:
            self.start_page.set_platform_status(self.tr("訓練平台啟動中…"))
        else:
            self.start_page.set_platform_status(
                self.tr("平台：{url}").format(url=options.platform_url)
            )
        # Training mode: the back-ends run the platform; the window shows how it goes.
        platform = self.backends.training_platform
        if platform is not None:
            platform.ready.connect(self._on_platform_started)
            platform.failed.connect(self._on_platform_process_failed)
            platform.preparation_failed.connect(self._on_platform_failed)
            platform.crashed.connect(self._on_platform_crashed)
            platform.restarted.connect(self._on_platform_restarted)

    # --- training platform ---------------------------------------------------------------
    def _on_platform_started(self, base_url: str) -> None:
        self.platform_url = base_url
        self.start_page.set_platform_status(
            self.tr("已連線到訓練平台（{url}）").format(url=base_url)
        )
        # The panel itself, its demo cards and their cryptography are built when first
        # opened (or when a page uses cards), so the idle start page does not carry them.
        self.panel_button.setEnabled(True)
        self.platform_ready.emit(base_url)
        choice, self._open_when_ready = self._open_when_ready, None
        # Opened only for a person still on the start page (not gone to help meanwhile).
        if choice is not None and self.pages.currentWidget() is self.start_page:
            choice()

    def _on_platform_failed(self, error: BaseException) -> None:
        log.error("training platform did not start: %s", type(error).__name__)
        from ui.errors import describe  # the error table: not needed for the first paint

        text = describe(error)
        self.start_page.set_platform_status(
            self.tr("訓練平台無法啟動：{text} {remedy}").format(text=text.text, remedy=text.remedy)
        )
        self.platform_failed.emit(text.text)

    def _on_platform_process_failed(self, detail: str) -> None:
        log.error("training platform cannot run: %s", detail)
        text = self.tr(
            "訓練平台無法啟動。請關閉程式後再開一次；若仍然不行，"
            "請到「說明與診斷」產生報告並寄給客服。"
        )
        self.start_page.set_platform_status(text)
        self._show_platform_notice(text)
        self.platform_failed.emit(text)

    def _on_platform_crashed(self) -> None:
        self._show_platform_notice(
            self.tr("訓練平台意外停止了，正在重新啟動；您畫面上的資料都還在，不必重填。")
        )

    def _on_platform_restarted(self, base_url: str) -> None:
        self._show_platform_notice(
            self.tr("訓練平台已重新啟動，可以繼續練習；剛才沒送出的動作請再按一次。")
        )
        # The platform is back: the crash notice has done its work and clears shortly.
        self._notice_clear.start()

    def _clear_platform_notice(self) -> None:
        self.platform_notice.clear()
        self.platform_notice.setVisible(False)

    def _show_platform_notice(self, text: str) -> None:
        self._notice_clear.stop()  # a new notice (another crash, a failure) stays up
        self.platform_notice.setText(text)
        self.platform_notice.setVisible(True)
        announce(self.platform_notice, text)
        if self.training_panel is not None:
            self.training_panel.message.emit(text)

    def load_training_panel(self, then: Callable[[TrainingPanel], None] | None = None) -> None:
        """Build the training panel (hidden) once the platform is up, then call ``then``.

        The first time, the demo cards and the panel's modules are built on a worker
        (:meth:`TrainingPlatform.prepare_client`); the GUI thread only makes the widgets.
        Emits :attr:`training_panel_ready` when the panel exists.
        """
        platform = self.backends.training_platform
        if platform is None or self.platform_url is None:
            return

        def prepared() -> None:
            panel = self._setup_training_panel()
            if panel is not None and then is not None:
                then(panel)

        platform.prepare_client(prepared, None)

    def _setup_training_panel(self) -> TrainingPanel | None:
        if self.training_panel is not None:
            return self.training_panel
        if not self.training or self.platform_url is None:
            return None
        cards = self._ensure_cards()
        from ui.training.panel import TrainingPanel

        self.training_panel = TrainingPanel(
            self.backends.client(self.platform_url), cards.virtual_readers
        )
        self.training_panel.data_reset.connect(self._after_training_reset)
        self.training_panel.platform_changed.connect(self._after_training_change)
        self.training_panel.fact_source = self.training_facts
        # Keyboard: Esc in the panel goes back to the main window, Ctrl+T closes it there.
        for keys, action in (
            (QKeySequence(Qt.Key.Key_Escape), self._leave_training_panel),
            (QKeySequence("Ctrl+T"), self.toggle_training_panel),
        ):
            shortcut = QShortcut(keys, self.training_panel)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(action)
        self.training_panel_ready.emit(self.training_panel)
        return self.training_panel

    def _phone_request_started(self, transaction_id: str, label: str) -> None:
        # The panel approves phone requests: built now if it was never opened.
        self.load_training_panel(lambda panel: panel.add_transaction(transaction_id, label))

    def _phone_request_ended(self, transaction_id: str) -> None:
        if self.training_panel is not None:
            self.training_panel.end_transaction(transaction_id)

    def training_facts(self) -> set[str]:
        """What the client shows now, as lesson facts (see app/flows/lessons.py)."""
        facts: set[str] = set()
        shown = self.pages.currentWidget()
        wizard = self.wizard
        if wizard is not None and shown is wizard:
            name = str(wizard.page_name)
            facts.add(f"page:{name}")
            if wizard.method is not None and name == "identity":
                facts.add(f"chosen:{wizard.method.value}")
            card_panel = wizard.card_panel
            if wizard.method is not None and name not in ("ubn", "identity"):
                facts.add(f"verified:{wizard.method.value}")
                who = card_panel.usable_identity() if card_panel is not None else None
                if wizard.method.value.endswith("_card") and who is not None and who.pinpad:
                    facts.add("verified:pinpad")
            state = getattr(wizard.current_page, "review_state", None)
            if isinstance(state, str):
                facts.add(f"application:{state}")
            code = getattr(getattr(wizard.current_page, "errors", None), "code", None)
            if code:
                facts.add(f"error:{code}")
            dialog = card_panel.pin_dialog if card_panel is not None else None
            # The first PIN dialog already knows the card's tries: only one asking again
            # after a wrong PIN counts as a wrong PIN.
            if dialog is not None and dialog.retry:
                facts.add("pin:wrong")
            if dialog is not None and dialog.tries_left == 1:
                facts.add("pin:last_try")
        if self.member_area is not None and shown is self.member_area:
            facts.add("member_area")
        if self.support.privacy.enabled:
            facts.add("privacy:on")
            if shown is wizard or shown is self.member_area:
                facts.add("privacy:page")
        from ui.support.support_page import SupportPage

        if isinstance(shown, SupportPage):
            facts.add("diagnostics")
        return facts

    def _after_training_change(self) -> None:
        # A vendor step or a moved clock shows in the member area (and the wizard) at once.
        from ui.member.area import MemberArea

        if isinstance(self.member_area, MemberArea):
            self.member_area.refresh()
        if self.wizard is not None:
            self.wizard.platform_changed()

    def _after_training_reset(self) -> None:
        # What the pages showed is gone from the platform: start again from the start page.
        from ui.member.area import MemberArea

        if isinstance(self.member_area, MemberArea):
            self.member_area.session_ended.emit()
        self.close_wizard()

    def toggle_training_panel(self) -> None:
        """Ctrl+T: show the panel beside the window and move into it; from inside, hide it.

        Esc in the panel goes back to where the person was in the main window.
        """
        panel = self.training_panel
        if panel is None:
            # Its first opening: built on a worker first; the button answers again then.
            if not self._panel_requested:
                self._panel_requested = True
                self.load_training_panel(self._open_requested_panel)
            return
        focus = QApplication.focusWidget()
        if panel.isVisible() and focus is not None and panel.isAncestorOf(focus):
            panel.hide()
            self._leave_training_panel()
            return
        if focus is not None and focus.window() is self:
            self._focus_before_panel = focus
        if not panel.isVisible():
            self.dock_training_panel()
            panel.show()
        panel.raise_()
        panel.activateWindow()
        focus_first_in(panel)

    def _open_requested_panel(self, _panel: TrainingPanel) -> None:
        self._panel_requested = False
        self.toggle_training_panel()

    def _leave_training_panel(self) -> None:
        back = self._focus_before_panel
        self.activateWindow()
        self.raise_()
        if back is not None and back.isVisible():
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif (page := self.pages.currentWidget()) is not None:
            focus_page(page)

    def dock_training_panel(self) -> None:
        """Put the panel at the window's right edge, moving the window so both fit."""
        panel = self.training_panel
        if panel is None:
            return
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        main, beside = dock_beside(
            frame, self.screen().availableGeometry(), self.minimumWidth() + extra_w
        )
        if main != frame:
            self.move(main.topLeft())
            self.resize(main.width() - extra_w, main.height() - extra_h)
        panel.move(beside.topLeft())
        panel.resize(beside.width() - extra_w, beside.height() - extra_h)

    # --- pages, loaded when first asked for -----------------------------------------------
    def open_page_when_loaded(
        self,
        modules: tuple[str, ...],
        title: str,
        show: Callable[[], None],
        *,
        uses_cards: bool = False,
    ) -> None:
        """Call ``show`` once ``modules`` are imported; the first time, on a worker.

        Meanwhile the loading page, titled ``title``, stands in for the page, so the click
        paints at once and the GUI thread never waits for an import. The page asked for
        last wins; going back to the start page forgets a page still loading. A page that
        ``uses_cards`` in training mode also waits for the demo cards (built on a worker).
        """
        missing = tuple(name for name in modules if not is_loaded(name))
        platform = self.backends.training_platform if uses_cards else None
        if platform is not None and platform.is_client_prepared:
            platform = None
        if not missing and platform is None:
            self._loading = None
            show()
            return
        self._loading = title
        self.loading_page.show_title(title)
        self.pages.setCurrentWidget(self.loading_page)

        def loaded(_result: object) -> None:
            if self._loading == title:
                self._loading = None
                show()

        def failed(error: BaseException) -> None:
            log.error("page %r did not load: %s", title, type(error).__name__)
            if self._loading == title:
                self._loading = None
                self.pages.setCurrentWidget(self.start_page)
            from ui.errors import describe

            text = describe(error)
            self.start_page.set_platform_status(
                self.tr("無法開啟「{page}」：{text} {remedy}").format(
                    page=title, text=text.text, remedy=text.remedy
                )
            )

        def imported(_result: object) -> None:
            if platform is None:
                loaded(None)
            else:
                platform.prepare_client(lambda: loaded(None), failed)

        run_in_background(lambda: import_modules(missing), imported, failed)

    def warm_up_first_pages(self) -> None:
        """Import the start-page choices' first pages on a worker (call after the first
        paint), so that the first click on any of them paints its page at once."""
        self.load_ahead(FIRST_PAGE_MODULES)

    def load_ahead(self, modules: tuple[str, ...], *, uses_cards: bool = False) -> None:
        """Import ``modules`` on a worker now, without showing anything (a likely next page).

        A page that ``uses_cards`` in training mode also has the demo cards built.
        """
        platform = self.backends.training_platform
        if uses_cards and platform is not None:
            platform.prepare_client()
        missing = tuple(
            name for name in modules if not is_loaded(name) and name not in self._loading_ahead
        )
        if not missing:
            return
        self._loading_ahead.update(missing)

        def done(_result: object) -> None:
            self._loading_ahead.difference_update(missing)

        def failed(error: BaseException) -> None:
            # Not shown: opening the page imports again and says what went wrong there.
            log.warning("loading %s ahead failed: %s", missing, type(error).__name__)
            self._loading_ahead.difference_update(missing)

        run_in_background(lambda: import_modules(missing), done, failed)

    # --- enrolment wizard ----------------------------------------------------------------
    def _ensure_cards(self) -> CardContext:
        if self.cards is None:
            self.cards = self.backends.cards(self.training)
            self.cards.start()
        return self.cards

    def _open_when_platform_ready(self, choice: Callable[[], None], waiting: str) -> bool:
        """True when the platform is not known yet: ``choice`` runs once it is, and the
        start page says so with ``waiting``."""
        if self.platform_url is not None:
            return False
        self._open_when_ready = choice
        self.start_page.set_platform_status(waiting)
        return True

    def open_wizard(self) -> None:
        """Start a new application (once the platform is known)."""
        if self._open_when_platform_ready(
            self.open_wizard, self.tr("訓練平台啟動中，準備好後會自動開始新申請…")
        ):
            return
        if self.wizard is not None:
            self.pages.setCurrentWidget(self.wizard)
            return
        self.open_page_when_loaded(
            WIZARD_MODULES, self.tr("新申請"), self._show_new_wizard, uses_cards=True
        )

    def _show_new_wizard(self) -> None:
        if self.wizard is not None or self.platform_url is None:
            return
        from ui.wizard.wizard import EnrolmentWizard

        # The service and the cards are built when the wizard first needs them: its first
        # page needs neither the HTTP client nor the card stack.
        backends, url = self.backends, self.platform_url
        services = OnDemand(lambda: backends.enrolment(url))
        wizard = EnrolmentWizard(services, self._ensure_cards, training=self.training)
        wizard.finished.connect(self.close_wizard)
        wizard.completed.connect(self.open_member_area)
        if self.training:
            wizard.mobile_started.connect(self._phone_request_started)
            wizard.mobile_ended.connect(self._phone_request_ended)
        self.wizard = wizard
        self.pages.addWidget(wizard)
        self.pages.setCurrentWidget(wizard)
        self.wizard_opened.emit(wizard)

    def open_member_area(self, done: CompletedApplication) -> None:
        """After the application: the member area, signing with the same card or phone."""
        self.open_page_when_loaded(
            MEMBER_AREA_MODULES, self.tr("會員專區"), lambda: self._show_member_area(done)
        )

    def _show_member_area(self, done: CompletedApplication) -> None:
        from ui.member.session import MemberSession
        from ui.member.signing import session_signer

        signer = session_signer(
            done.method,
            done.login,
            cards=self.cards,
            card=done.signer_identity,
            person=done.phone_person,
        )
        self.close_wizard()
        session = MemberSession(
            done.client,
            done.applicant,
            signer,
            done.method,
            tuple(done.recommended_categories),
        )
        self._open_member_session(session)

    def _open_member_session(self, session: MemberSession) -> None:
        """The member area of ``session``; in training its phone signatures wait in the
        training panel's 手機 tab, as the logins do."""
        from ui.member.signing import PhoneRequester
        from ui.member_login import open_member_area

        open_member_area(self, session)
        signer = session.signer
        if self.training and isinstance(signer, PhoneRequester):
            signer.transaction_started.connect(self._phone_request_started)
            signer.transaction_ended.connect(self._phone_request_ended)

    def open_member_login(self) -> None:
        """會員登入 (once the platform is known)."""
        if self._open_when_platform_ready(
            self.open_member_login, self.tr("訓練平台啟動中，準備好後會自動開啟會員登入…")
        ):
            return
        self.open_page_when_loaded(
            MEMBER_LOGIN_MODULES, self.tr("會員登入"), self._show_member_login, uses_cards=True
        )

    def _show_member_login(self) -> None:
        if self.platform_url is None:
            return
        from ui.member_login import MemberLoginPage

        # Built by the first lookup (the client) and the first card method (the cards).
        backends, url = self.backends, self.platform_url
        client = OnDemand(lambda: backends.client(url))
        page = MemberLoginPage(client, self._ensure_cards, training=self.training)

        def leave() -> None:
            self.pages.setCurrentWidget(self.start_page)
            # No removeWidget: it hands the page to Python, and a later deleteLater would
            # then free it twice. Qt drops a deleted page from the stack by itself.
            page.hide()
            page.deleteLater()

        def logged_in(session: MemberSession) -> None:
            leave()
            self._open_member_session(session)

        def new_application() -> None:
            leave()
            self.open_wizard()

        page.logged_in.connect(logged_in)
        page.cancelled.connect(leave)
        page.new_application_requested.connect(new_application)
        if self.training:
            page.mobile_started.connect(self._phone_request_started)
            page.mobile_ended.connect(self._phone_request_ended)
        self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def close_wizard(self) -> None:
        """Back to the start page; the draft stays for next time."""
        wizard, self.wizard = self.wizard, None
        self._loading = None
        self.pages.setCurrentWidget(self.start_page)
        if wizard is not None:
            wizard.close_draft()
            # Deleted once the signal that asked for closing has returned (deleteLater);
            # no removeWidget, for the reason given in open_member_login.
            wizard.hide()
            wizard.deleteLater()

    def shutdown(self) -> None:
        """Stop what the window and its back-ends started; safe to call more than once."""
        panel, self.training_panel = self.training_panel, None
        if panel is not None:
            panel.close()
            panel.deleteLater()
        if self.wizard is not None:
            self.wizard.close_draft()
        cards, self.cards = self.cards, None
        if cards is not None:
            cards.stop()
        self.backends.stop()

    def event(self, event: QEvent) -> bool:
        """The training panel, when shown, follows the window as it moves and resizes."""
        handled = super().event(event)
        panel = self.training_panel
        if event.type() in _MOVES and panel is not None and panel.isVisible():
            frame = self.frameGeometry()
            panel.move(frame.right() + 1, frame.top())
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        # a draft without a keyring ends with this run: the person hears it first
        if self.wizard is not None and not self.wizard.may_leave():
            event.ignore()
            return
        self.shutdown()
        super().closeEvent(event)
