"""One applicant's whole session through the main window, with distinctive values."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platform_clock import pin_platform_clock
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.launch_options import LaunchOptions
from sandbox.world import DEMO_APPLICANTS
from ui.application import create_application
from ui.main_window import MainWindow
from ui.support.wiring import SupportWiring, install_support

DEMO = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
CARD_SERIAL = "TP25010100000011"
PIN = "123456"
PASSWORD = "Cloud-Demo-2025"
CONTACT = {
    "contact_name": "諸葛明月",
    "contact_phone": "04-2765-4321",
    "contact_mobile": "0958-246-135",
    "contact_email": "zhuge.mingyue@example.net",
}
FORM = {
    "address": "臺北市中正區忠孝東路一段1號",
    "representative_name": DEMO.responsible_name,
    "representative_title": "負責人",
    "contact_title": "經理",
    "contact_phone_ext": "12",
    "registered_on": "101/5/20",
    "paid_in_capital": "5,000,000",
    "employees": "12",
    **CONTACT,
}
ROC_BIRTHDAY = f"{DEMO.birthday.year - 1911}/{DEMO.birthday.month}/{DEMO.birthday.day}"


def personal_values(method: str) -> dict[str, str]:
    """What must never be left behind or leak, by name (the token is added later)."""
    values = {
        "responsible name": DEMO.responsible_name,
        "national id": DEMO.responsible_id,
        "mobile": DEMO.mobile,
        "contact name": CONTACT["contact_name"],
        "contact phone": CONTACT["contact_phone"],
        "contact mobile": CONTACT["contact_mobile"],
        "contact e-mail": CONTACT["contact_email"],
        "PIN": PIN,
        "password": PASSWORD,
    }
    if method == "phone":
        values["birthday"] = ROC_BIRTHDAY
        values["birthday (AD)"] = DEMO.birthday.isoformat()
    else:
        values["card serial"] = CARD_SERIAL
    return values


def options(**overrides: object) -> LaunchOptions:
    """Launch options of a training-mode window."""
    values: dict[str, Any] = {
        "platform_url": None,
        "language": "zh_TW",
        "privacy": False,
        "kiosk": False,
        "idle_minutes": 10,
        "log_level": "INFO",
    }
    values.update(overrides)
    return LaunchOptions(**values)


@dataclass
class Session:
    """A window with its support wiring, started on its own training platform."""

    window: MainWindow
    support: SupportWiring
    url: str


def open_window(qtbot: QtBot, **overrides: object) -> Session:
    """Show a main window (support features installed) and wait for its training platform,
    whose clock is then pinned to a fixed working day."""
    opts = options(**overrides)
    create_application(opts)
    window = MainWindow(opts)
    qtbot.addWidget(window)
    support = install_support(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.platform_ready, timeout=60000) as blocker:
        window.backends.start()
    pin_platform_clock(str(blocker.args[0]))
    return Session(window, support, str(blocker.args[0]))


def run_application(qtbot: QtBot, session: Session, method: str) -> Any:
    """Apply as the demo SME up to a verified account, typing every value as a person would."""
    from tests.ui.conftest import Sandbox, WizardDriver

    window = session.window
    window.start_page.new_button.click()
    qtbot.waitUntil(lambda: window.wizard is not None, timeout=20000)
    driver = WizardDriver(qtbot, window.wizard, Sandbox(session.url), lambda: window.cards)
    page = driver.choose(DEMO.ubn, method)
    pin: str | None = None
    if method == "moica_card":
        if page.id_field is not None:
            page.id_field.edit.setText(DEMO.responsible_id)
        driver.insert("moica-sme-owner")
        driver.wait_card()
        page.next_button.click()
        type_pin_checking_it_stays_hidden(qtbot, window.wizard.card_panel)
        pin = PIN
    else:
        page.id_field.edit.setText(DEMO.responsible_id)
        page.birthday_field.edit.setText(ROC_BIRTHDAY)
        page.mobile_field.edit.setText(DEMO.mobile)
        _check_masked_while_private(
            session, [page.id_field, page.birthday_field, page.mobile_field]
        )
        page.next_button.click()
        driver.approve_phone()
    driver.wait_page("authorizations", timeout=30000)
    driver.authorizations_and_consents(pin, DEMO.responsible_id)
    form = driver.page
    for name, value in FORM.items():
        form.rows[name].edit.setText(value)
    form.industry.search.setText("餐飲")
    form.industry.search.returnPressed.emit()
    assert form.errors_now() == {}
    _check_masked_while_private(session, [form.rows[name] for name in CONTACT])
    form.next_button.click()
    qtbot.waitUntil(lambda: type(driver.page).__name__ == "AccountPage", timeout=20000)
    account = driver.page
    account.password.edit.setText(PASSWORD)
    account.confirm.edit.setText(PASSWORD)
    account.create_button.click()
    qtbot.waitUntil(account.code.isEnabled, timeout=20000)
    account.code.edit.setText(driver.sandbox.last_code(DEMO.ubn))
    account.next_button.click()
    qtbot.waitUntil(lambda: driver.page is not account, timeout=20000)
    return driver


def _check_masked_while_private(session: Session, rows: list[Any]) -> None:
    """In privacy mode, personal inputs show dots to whoever watches the screen."""
    expected = (
        QLineEdit.EchoMode.Password
        if session.support.privacy.enabled
        else QLineEdit.EchoMode.Normal
    )
    for row in rows:
        assert row.edit.echoMode() == expected, row.edit.objectName()
        assert row.edit.text(), "the value itself is kept"


def type_pin_checking_it_stays_hidden(qtbot: QtBot, panel: Any) -> None:
    """Type the PIN into the wizard's PIN dialog; no input of it may ever show the PIN."""
    qtbot.waitUntil(lambda: panel.pin_dialog is not None, timeout=20000)
    dialog = panel.pin_dialog
    qtbot.keyClicks(dialog.pin_edit, PIN)
    for edit in dialog.findChildren(QLineEdit):
        assert edit.echoMode() == QLineEdit.EchoMode.Password, edit.objectName()
        assert PIN not in edit.displayText()
        accessible = QAccessible.queryAccessibleInterface(edit)
        assert accessible is not None
        for role in (QAccessible.Text.Name, QAccessible.Text.Value, QAccessible.Text.Description):
            assert PIN not in accessible.text(role)
    dialog.ok_button.click()


def file_texts(root: Path) -> dict[Path, bytes]:
    """Every file under ``root`` with its bytes."""
    return {p: p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def found_in(
    values: dict[str, str], blobs: Iterable[tuple[str, bytes]], *, hex_dump: bool = False
) -> list[str]:
    """``"value name in where"`` for each value that occurs in a blob as text (UTF-8,
    escaped, without dashes) or, with ``hex_dump``, as an APDU trace shows its bytes."""
    hits: list[str] = []
    for where, blob in blobs:
        for name, value in values.items():
            if hex_dump:
                forms = {value.encode().hex(" ").upper().encode()}
            else:
                forms = {
                    value.encode(),
                    value.encode("unicode_escape"),
                    value.replace("-", "").encode(),
                }
            if any(form in blob for form in forms):
                hits.append(f"{name} in {where}")
    return hits


def flush_deletions() -> None:
    """Run the deferred deletions of widgets that were closed."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()


def _tree_texts(item: QTreeWidgetItem | None) -> list[str]:
    if item is None:
        return []
    texts = [item.text(c) for c in range(item.columnCount())]
    for i in range(item.childCount()):
        texts.extend(_tree_texts(item.child(i)))
    return texts


def widget_texts(root: QWidget, skip: tuple[QWidget, ...] = ()) -> list[tuple[str, str]]:
    """(object name, text) of every text a person could see or hear in ``root``'s windows."""
    found: list[tuple[str, str]] = []
    widgets = [w for w in QApplication.allWidgets() if w is root or root.isAncestorOf(w)]
    widgets += [w for w in QApplication.topLevelWidgets() if w is not root and w.parent() is root]
    for widget in widgets:
        if any(w is widget or w.isAncestorOf(widget) for w in skip):
            continue
        texts = [widget.windowTitle(), widget.accessibleName(), widget.accessibleDescription()]
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            texts.append(widget.text())
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            texts.append(widget.toPlainText())
        if isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            texts.extend(widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                texts.extend(_tree_texts(widget.topLevelItem(i)))
        found.extend((widget.objectName() or type(widget).__name__, t) for t in texts if t)
    return found
