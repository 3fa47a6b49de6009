"""Puts help, diagnostics, privacy mode and kiosk mode into the main window.

``install_support(window)`` is the one call the main window makes: it adds the support
tool bar (privacy toggle, 說明與診斷, and in kiosk mode "end session"), binds the
privacy banner, adds the 說明與診斷 page to the page stack and, in kiosk mode, starts the
idle timer whose session end resets the window and wipes the applicant's traces.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QStatusBar, QToolBar, QWidget
from shiboken6 import Shiboken

from app.subsidy.identifiers import is_valid_ubn
from app.support.kinds import DataKind
from ui.a11y import reach_by_tab
from ui.support.privacy import PrivacyController, redact_when_complete, shared_privacy

if TYPE_CHECKING:
    # Kiosk mode's janitor (keyring, storage) loads only when kiosk mode is on; the
    # 說明與診斷 page is built the first time it is opened.
    from app.support.kiosk import SessionJanitor, WipeReport
    from ui.support.kiosk import KioskController
    from ui.support.support_page import SupportPage

SESSION_MESSAGE_MS = 20000
SUPPORT_MODULES = (
    "ui.support.support_page",
    "ui.support.diagnostics_page",
    "ui.support.help_page",
)
"""What the 說明與診斷 page needs: imported on a worker when it is first opened."""
HELP_SHORTCUT = "Ctrl+F1"


class _Options(Protocol):
    privacy: bool
    kiosk: bool
    idle_minutes: int
    language: str


class SupportedWindow(Protocol):
    """What :func:`install_support` needs of the main window."""

    options: Any
    training: bool
    platform_url: str | None
    cards: Any
    pages: QStackedWidget
    start_page: Any
    privacy_banner: QWidget

    @property
    def wizard_opened(self) -> SignalInstance: ...

    def close_wizard(self) -> None: ...

    def open_page_when_loaded(
        self, modules: tuple[str, ...], title: str, show: Callable[[], None]
    ) -> None: ...

    def addToolBar(self, toolbar: QToolBar) -> None: ...  # noqa: N802 - Qt name

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt name


@dataclass
class SupportWiring:
    """What :func:`install_support` created, for the window and for tests."""

    privacy: PrivacyController
    support_page: Callable[[], SupportPage]
    """The 說明與診斷 page, built (and added to the window's pages) on first call."""
    toolbar: QToolBar
    help_action: QAction
    kiosk: KioskController | None

    @property
    def page(self) -> SupportPage:
        """The 說明與診斷 page (built now if it was never opened)."""
        return self.support_page()


def _guard_wizard(wizard: Any) -> None:
    """The UBN identifies the applicant on a shared PC: keep it out of the logs from the
    moment it is typed (national IDs, phones and e-mails are caught by their shape)."""
    page = getattr(wizard, "ubn_page", None)
    field = getattr(page, "ubn", None)
    edit = getattr(field, "edit", None)
    if isinstance(edit, QLineEdit):
        redact_when_complete(edit, DataKind.OTHER, is_valid_ubn)


def install_support(
    window: SupportedWindow,
    *,
    extra_reset: Callable[[], None] | None = None,
) -> SupportWiring:
    """Wire the support features into ``window`` (see the module docstring).

    Returns the wiring already installed when the window holds it as ``window.support``.

    ``extra_reset`` is called at a kiosk session end after the wizard is closed (the
    member area, for example, signs out there).
    """
    existing = getattr(window, "support", None)
    if isinstance(existing, SupportWiring):
        return existing
    options: _Options = window.options
    # Everything below is kept by the window; a strong reference back to it would make
    # a cycle that Python's collector could free on a worker thread.
    window_ref = weakref.ref(window)

    def platform_url() -> str | None:
        alive = window_ref()
        return alive.platform_url if alive is not None else None

    def virtual_readers() -> Any:
        alive = window_ref()
        return getattr(alive.cards, "virtual_readers", None) if alive is not None else None

    def training() -> bool:
        alive = window_ref()
        return bool(alive.training) if alive is not None else False

    privacy = shared_privacy()
    privacy.retranslate()
    privacy.set_enabled(bool(options.privacy))
    privacy.bind_indicator(window.privacy_banner)

    pages, start_page = window.pages, window.start_page
    built: list[SupportPage] = []
    # The page 說明與診斷 was opened over (the application, say): its back button goes there.
    came_from: list[QWidget] = []

    def back() -> None:
        target = came_from.pop() if came_from else start_page
        if not Shiboken.isValid(target) or pages.indexOf(target) < 0:
            target = start_page  # closed meanwhile (a kiosk session ended, say)
        pages.setCurrentWidget(target)

    def support_page() -> SupportPage:
        # Built on first use: its modules and widgets cost ~50 ms of start-up otherwise.
        if built:
            return built[0]
        from ui.support.diagnostics_page import DiagnosticsPage, window_probes
        from ui.support.help_page import HelpPage
        from ui.support.support_page import SupportPage

        diagnostics = DiagnosticsPage(
            window_probes(
                training=training(), platform_url=platform_url, virtual_readers=virtual_readers
            ),
            settings=lambda: {
                "platform": platform_url(),
                "training": training(),
                "language": options.language,
                "privacy": privacy.enabled,
                "kiosk": options.kiosk,
                "idle_minutes": options.idle_minutes,
            },
        )
        page = SupportPage(HelpPage(), diagnostics)
        pages.addWidget(page)
        page.back_requested.connect(back)
        built.append(page)
        return page

    def show_built_support() -> None:
        page = support_page()
        page.set_back_to_start(not came_from)
        pages.setCurrentWidget(page)
        page.show_help()

    def show_support() -> None:
        current = pages.currentWidget()
        if not built or current is not built[0]:
            # Back from the help to what was on screen, unless that is the start page or a
            # page still loading.
            loading = getattr(window, "loading_page", None)
            came_from[:] = [] if current in (None, start_page, loading) else [current]
        # The first time, the page's modules load on a worker (see MainWindow).
        alive = window_ref()
        if built or alive is None:
            show_built_support()
            return
        alive.open_page_when_loaded(
            SUPPORT_MODULES,
            QCoreApplication.translate("SupportWiring", "說明與診斷"),
            show_built_support,
        )

    start_page.help_requested.connect(show_support)
    window.wizard_opened.connect(_guard_wizard)

    def protect_wizard(wizard: Any) -> None:
        privacy.protect_personal_inputs(wizard)
        wizard_ref = weakref.ref(wizard)

        def page_shown(_name: str) -> None:
            # Pages are built as the applicant moves on: protect each new one too.
            alive = wizard_ref()
            if alive is not None:
                privacy.protect_personal_inputs(alive)

        wizard.page_changed.connect(page_shown)

    window.wizard_opened.connect(protect_wizard)

    toolbar = QToolBar()
    toolbar.setObjectName("SupportToolBar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    help_action = QAction(toolbar)
    help_action.setObjectName("SupportAction")
    # F1 belongs to the start page's own button; this one works on every page.
    help_action.setShortcut(QKeySequence(HELP_SHORTCUT))
    help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    help_action.triggered.connect(show_support)
    toolbar.addAction(help_action)
    toolbar.addAction(privacy.action)
    window.addToolBar(toolbar)

    kiosk: KioskController | None = None
    if options.kiosk:
        from app.storage import platform_id
        from app.support.kiosk import SessionJanitor
        from ui.support.kiosk import KioskController

        def janitor() -> SessionJanitor | None:
            url = platform_url()
            return SessionJanitor(platform_id(url)) if url else None

        def reset() -> None:
            alive = window_ref()
            if alive is None:
                return
            alive.close_wizard()
            area = getattr(alive, "member_area", None)
            if area is not None:
                # The member area's own "signed out" path closes it and forgets its token.
                area.session_ended.emit()
            if extra_reset is not None:
                extra_reset()
            if built:
                built[0].diagnostics.clear_report()
            came_from.clear()  # the session's pages are gone: back to the start page
            back()

        def ended(report: WipeReport | None) -> None:
            alive = window_ref()
            if alive is None:
                return
            text = (
                report.summary(options.language)
                if report is not None
                else QCoreApplication.translate(
                    "SupportWiring", "已結束使用，這台電腦上沒有留下申請資料。"
                )
            )
            alive.statusBar().showMessage(text, SESSION_MESSAGE_MS)

        parent = window if isinstance(window, QWidget) else None
        kiosk = KioskController(
            janitor,
            idle_seconds=options.idle_minutes * 60,
            reset_ui=reset,
            parent=parent,
        )
        kiosk.session_ended.connect(ended)
        toolbar.addSeparator()
        toolbar.addAction(kiosk.end_action)
        kiosk.start()

    def retranslate() -> None:
        toolbar.setWindowTitle(QCoreApplication.translate("SupportWiring", "支援"))
        help_action.setText(QCoreApplication.translate("SupportWiring", "說明與診斷"))
        privacy.retranslate()
        if kiosk is not None:
            kiosk.retranslate()

    retranslate()
    # every toolbar action follows a change of the UI language (a new translator)
    toolbar.installEventFilter(_LanguageWatcher(retranslate, toolbar))
    reach_by_tab(toolbar)
    return SupportWiring(privacy, support_page, toolbar, help_action, kiosk)


class _LanguageWatcher(QObject):
    """Calls ``retranslate`` when its widget is told the UI language changed."""

    def __init__(self, retranslate: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._retranslate = retranslate

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Retranslate on LanguageChange; never swallows the event."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
