"""install_support: the 說明與診斷 page, the privacy toggle and banner, kiosk actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from support_session import options

from app.support.privacy import privacy_mode
from app.support.redact import default_redactor
from ui.application import create_application, install_translation
from ui.main_window import MainWindow
from ui.support.wiring import install_support


def _window(qtbot: QtBot, **overrides: object) -> MainWindow:
    opts = options(**overrides)
    create_application(opts)
    window = MainWindow(opts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_help_page_and_back(qtbot: QtBot) -> None:
    window = _window(qtbot)
    support = install_support(window)
    setattr(window, "support", support)  # noqa: B010 - as the main window keeps it
    assert install_support(window) is support
    assert support.kiosk is None
    assert [a.text() for a in support.toolbar.actions()] == ["說明與診斷", "遠端協助隱私模式"]
    window.start_page.help_button.click()
    assert window.pages.currentWidget() is support.page
    assert support.page.tabs.currentIndex() == support.page.help_index
    support.page.back_button.click()
    assert window.pages.currentWidget() is window.start_page
    support.help_action.trigger()
    assert window.pages.currentWidget() is support.page


def test_help_opened_over_a_page_goes_back_to_it(qtbot: QtBot) -> None:
    """F1 in the middle of the application: back from the help is the application, as it
    was, not the start page."""
    window = _window(qtbot)
    support = install_support(window)
    setattr(window, "support", support)  # noqa: B010 - as the main window keeps it
    application = QLineEdit("林小華")  # stands in for a wizard page with typed input
    window.pages.addWidget(application)
    window.pages.setCurrentWidget(application)
    support.help_action.trigger()
    assert window.pages.currentWidget() is support.page
    assert support.page.back_button.text() == "返回上一頁"
    support.page.show_diagnostics()  # moving between the tabs does not forget the way back
    support.help_action.trigger()
    support.page.back_button.click()
    assert window.pages.currentWidget() is application
    assert application.text() == "林小華"
    # from the start page it goes back there, and says so
    window.pages.setCurrentWidget(window.start_page)
    support.help_action.trigger()
    assert support.page.back_button.text() == "返回首頁"
    support.page.back_button.click()
    assert window.pages.currentWidget() is window.start_page
    # a page closed while the help was open leaves the way back to the start page
    window.pages.setCurrentWidget(application)
    support.help_action.trigger()
    window.pages.removeWidget(application)
    support.page.back_button.click()
    assert window.pages.currentWidget() is window.start_page


def test_privacy_action_speaks_the_language_of_the_newest_window(qtbot: QtBot) -> None:
    chinese = install_support(_window(qtbot, language="zh_TW"))
    assert chinese.privacy.action.text() == "遠端協助隱私模式"
    try:
        english = install_support(_window(qtbot, language="en"))
        assert english.privacy.action.text() == "Remote-assist privacy mode"
        assert "Ctrl+Shift+P" in english.privacy.action.toolTip()
    finally:
        create_application(options(language="zh_TW"))


def test_privacy_toggle_drives_the_banner(qtbot: QtBot) -> None:
    window = _window(qtbot, privacy=True)
    support = install_support(window)
    assert privacy_mode().enabled
    assert window.privacy_banner.isVisible()
    asked: list[bool] = []
    support.privacy.confirm_off = lambda: asked.append(False) or False
    support.privacy.action.trigger()
    assert asked == [False], "turning privacy off is confirmed first"
    assert privacy_mode().enabled, "declined: still on"
    assert support.privacy.action.isChecked()
    assert window.privacy_banner.isVisible()
    support.privacy.confirm_off = lambda: True
    support.privacy.action.trigger()
    assert not privacy_mode().enabled
    assert not window.privacy_banner.isVisible()
    support.privacy.confirm_off = lambda: asked.append(True) or True
    support.privacy.action.trigger()
    assert window.privacy_banner.isVisible()
    assert asked == [False], "turning it on needs no question"


def test_every_toolbar_action_follows_a_language_change(qtbot: QtBot) -> None:
    window = _window(qtbot, language="zh_TW", kiosk=True)
    support = install_support(window)
    app = create_application(options(language="zh_TW"))
    texts = lambda: [a.text() for a in support.toolbar.actions() if not a.isSeparator()]  # noqa: E731
    assert texts() == ["說明與診斷", "遠端協助隱私模式", "結束使用並清除資料"]
    try:
        install_translation(app, "en")
        qtbot.waitUntil(lambda: texts()[0] == "Help and diagnostics", timeout=2000)
        assert all(not any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in texts()), texts()
        assert support.toolbar.windowTitle() == "Support"
    finally:
        install_translation(app, "zh_TW")
    qtbot.waitUntil(lambda: texts()[0] == "說明與診斷", timeout=2000)


def test_qt_own_dialogs_follow_the_ui_language(qtbot: QtBot) -> None:
    app = create_application(options(language="zh_TW"))
    try:
        assert QCoreApplication.translate("QFileDialog", "Save As") == "另存新檔"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        install_translation(app, "en")
        assert QCoreApplication.translate("QFileDialog", "Save As") == "Save As"
    finally:
        install_translation(app, "zh_TW")


def test_kiosk_actions_and_typed_ubn_kept_out_of_logs(qtbot: QtBot) -> None:
    window = _window(qtbot, kiosk=True, idle_minutes=1)
    support = install_support(window)
    kiosk = support.kiosk
    assert kiosk is not None
    assert kiosk.end_action in support.toolbar.actions()
    assert kiosk.idle.timeout == 60
    assert kiosk.timer.isActive()
    # Before the platform is known nothing was stored: the window is just reset.
    with qtbot.waitSignal(kiosk.session_ended, timeout=1000) as blocker:
        kiosk.end_action.trigger()
    assert blocker.args == [None]
    assert "沒有留下申請資料" in window.statusBar().currentMessage()

    window.platform_url = "http://127.0.0.1:9/api/v1"  # the wizard needs a platform
    window.open_wizard()
    # Training mode's demo cards are built on a worker the first time a card page opens.
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=30000)
    assert window.wizard is not None
    edit = window.wizard.ubn_page.ubn.edit
    assert isinstance(edit, QLineEdit)
    edit.setText("1648089")
    assert "1648089" in default_redactor().redact("ubn 1648089")
    edit.setText("24536806")  # a valid UBN: redacted from now on
    assert "24536806" not in default_redactor().redact("GET /applicants/24536806")
    kiosk.stop()
    window.shutdown()
