"""Drafts: answers saved as typed (encrypted), offered back after a restart; submitted steps
are not sent again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from app.platform.client import PlatformClient
from app.storage import DraftStore, SecretStore
from sandbox.world import DEMO_APPLICANTS

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
ADDRESS = "臺北市信義區松仁路 99 號 12 樓"


def _card_login(driver: Any) -> None:
    page = driver.choose(SME.ubn, "moeaca_card")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")


def test_answers_survive_a_crash_and_signed_steps_are_not_repeated(
    make_wizard: Any, platform_url: str, tmp_path: Path, memory_keyring: Any
) -> None:
    folder = tmp_path / "crash-drafts"
    platform = PlatformClient(platform_url).platform
    first = make_wizard(DraftStore(platform, directory=folder))
    _card_login(first)
    first.wait_page("authorizations", timeout=30000)
    first.authorizations_and_consents(pin="123456", responsible_id=SME.responsible_id)
    form = first.page
    for character in ADDRESS:  # typed one character at a time (QTest cannot type CJK)
        form.rows["address"].edit.insert(character)
    form.industry.search.setText("資訊服務")
    form.industry.search.returnPressed.emit()

    # The debounce writes the last keystrokes within half a second; no flush, as in a crash:
    # what another store reads from the folder is what is on disk.
    def on_disk() -> bool:
        draft = DraftStore(platform, directory=folder).load(SME.ubn)
        answers = draft.answers("form") if draft is not None else {}
        return answers.get("address") == ADDRESS and answers.get("industry_code") == "63"

    first.qtbot.waitUntil(on_disk, timeout=5000)
    files = list(folder.rglob("*.draft"))
    assert len(files) == 1
    stored = files[0].read_bytes()
    assert ADDRESS.encode() not in stored
    assert b"address" not in stored

    # "Restart": a new wizard and draft store over the same folder.
    second = make_wizard(DraftStore(platform, directory=folder))
    ubn_page = second.wizard.ubn_page
    resume = ubn_page.findChild(QPushButton, f"resume_{SME.ubn}")
    assert resume is not None
    resume.click()
    second.qtbot.waitUntil(lambda: bool(ubn_page.choices), timeout=20000)
    assert ubn_page.chosen_method() is not None
    assert ubn_page.chosen_method().value == "moeaca_card"
    ubn_page.next_button.click()
    second.wait_page("identity")
    second.wait_card()
    second.page.next_button.click()
    second.enter_pin("123456")
    # Authorisations and consents were accepted before: straight to the form, as typed.
    restored = second.wait_page("form", timeout=30000)
    assert restored.rows["address"].text() == ADDRESS
    assert restored.industry.code == "63"


def test_a_resumed_phone_application_asks_again_for_the_birthday_and_mobile(
    make_wizard: Any, platform_url: str, tmp_path: Path, memory_keyring: Any
) -> None:
    """The draft keeps the national ID, never the birthday or the mobile number: after a
    restart the identity page fills in the ID and says to type the other two again."""
    folder = tmp_path / "phone-drafts"
    platform = PlatformClient(platform_url).platform
    first = make_wizard(DraftStore(platform, directory=folder))
    page = first.choose(SME.ubn, "phone")
    page.id_field.edit.setText(SME.responsible_id)
    page.birthday_field.edit.setText("64/3/14")
    page.mobile_field.edit.setText(SME.mobile)
    assert not page.retype_note.isVisibleTo(page), "nothing to type again the first time"
    first.wizard.close_draft()

    second = make_wizard(DraftStore(platform, directory=folder))
    ubn_page = second.wizard.ubn_page
    second.qtbot.waitUntil(
        lambda: ubn_page.findChild(QPushButton, f"resume_{SME.ubn}") is not None, timeout=20000
    )
    ubn_page.findChild(QPushButton, f"resume_{SME.ubn}").click()
    second.qtbot.waitUntil(lambda: ubn_page.chosen_method() is not None, timeout=20000)
    assert ubn_page.chosen_method().value == "phone"
    ubn_page.next_button.click()
    resumed = second.wait_page("identity")
    assert resumed.id_field.text() == SME.responsible_id
    assert resumed.birthday_field.text() == ""
    assert resumed.mobile_field.text() == ""
    assert resumed.retype_note.isVisibleTo(resumed)
    assert "出生日期與手機號碼" in resumed.retype_note.text()
    assert not resumed.next_button.isEnabled()
    resumed.birthday_field.edit.setText("64/3/14")
    resumed.mobile_field.edit.setText(SME.mobile)
    assert resumed.next_button.isEnabled()
    draft = DraftStore(platform, directory=folder).load(SME.ubn)
    assert draft is not None
    assert draft.answers("identity") == {"id_number": SME.responsible_id}


def test_a_finished_application_is_not_offered_as_unfinished(
    make_wizard: Any, platform_url: str, tmp_path: Path, memory_keyring: Any
) -> None:
    from app.flows.enrolment_service import FINAL_DRAFT_STEP

    platform = PlatformClient(platform_url).platform
    store = DraftStore(platform, directory=tmp_path / "done-drafts")
    unfinished = store.open("04595252")
    unfinished.save("form", "name", "尚未完成")
    unfinished.flush()
    finished = store.open(SME.ubn)
    finished.save("form", "name", "已完成")
    finished.mark_submitted(FINAL_DRAFT_STEP, "a1", {"points_granted": 30000})
    wizard = make_wizard(DraftStore(platform, directory=tmp_path / "done-drafts"))
    ubn_page = wizard.wizard.ubn_page
    from PySide6.QtWidgets import QAbstractButton

    button = QAbstractButton
    assert ubn_page.findChild(button, "resume_04595252") is not None
    assert ubn_page.findChild(button, f"resume_{SME.ubn}") is None


def _answer_the_warning(button: str, seen: dict[str, str]) -> None:
    """Read the modal warning when it is up and press ``button``."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, answer)
            return
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(50, answer)


def test_leaving_a_draft_that_cannot_be_kept_says_so_first(
    make_wizard: Any, platform_url: str, tmp_path: Path, no_keyring: None
) -> None:
    store = DraftStore(
        PlatformClient(platform_url).platform, secrets=SecretStore(), directory=tmp_path / "d"
    )
    driver = make_wizard(store)
    driver.choose(SME.ubn, "moeaca_card")  # the chosen method is in the draft now
    wizard = driver.wizard
    assert not store.persistent
    left: list[bool] = []
    wizard.finished.connect(lambda: left.append(True))

    seen: dict[str, str] = {}
    _answer_the_warning("留下繼續填寫", seen)
    wizard.ubn_page.back_requested.emit()
    assert left == []  # stayed
    assert seen["title"] == "草稿無法保留到下次"
    assert "關閉程式後" in seen["text"]
    assert "金鑰圈" in seen["text"]
    assert "NoKeyringError" in seen["text"]  # and why, in the words of the keyring

    _answer_the_warning("仍要離開", seen)
    wizard.ubn_page.back_requested.emit()
    assert left == [True]


def test_with_a_working_keyring_leaving_asks_nothing(make_wizard: Any) -> None:
    driver = make_wizard()
    driver.choose(SME.ubn, "moeaca_card")
    wizard = driver.wizard
    assert wizard.service.draft is not None
    assert wizard.service.draft.has_content
    assert wizard.unkept_draft_warning() is None
    left: list[bool] = []
    wizard.finished.connect(lambda: left.append(True))
    wizard.ubn_page.back_requested.emit()
    assert left == [True]


def test_closing_the_window_waits_for_the_answer_about_the_draft(qtbot: Any) -> None:
    from app.launch_options import LaunchOptions
    from ui.main_window import MainWindow

    window = MainWindow(LaunchOptions(platform_url="https://platform.example/api/v1"))
    qtbot.addWidget(window)
    window.show()

    class Wizard:
        answer = False
        asked = 0

        def may_leave(self) -> bool:
            self.asked += 1
            return self.answer

        def close_draft(self) -> None:
            return

    wizard = Wizard()
    window.wizard = wizard  # type: ignore[assignment]
    assert not window.close()
    assert window.isVisible()
    wizard.answer = True
    assert window.close()
    assert wizard.asked == 2
