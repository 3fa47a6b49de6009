"""The member centre's six items of seeds 001/003 against the sandbox platform."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from member_helpers import WAIT_MS, open_area, refresh
from painted import wait_painted
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.platform.models import Notification
from app.subsidy import missing_answers
from sandbox.questionnaire import QUESTIONS, VERSION
from ui.member.centre_pages import AccountPage, NotificationsPage
from ui.style import STYLE_SHEET

SEED_ITEMS = ("我的通知", "我的點數", "我的訂單", "帳號管理", "查看自評結果", "諮詢顧問／專家服務")


def _nav(area: Any) -> list[str]:
    return [area.nav.item(row).text() for row in range(area.nav.count())]


def _notes(area: Any) -> str:
    page = area.notifications_page.list
    return "\n".join(page.item(row).text() for row in range(page.count()))


def test_the_six_items_of_the_seeds_are_there(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    assert set(SEED_ITEMS) <= set(_nav(area))
    area.go_to(area.PAGE_NOTIFICATIONS)
    assert area.pages.currentWidget() is area.notifications_page
    assert "點數已核發" in _notes(area)


def test_account_management_changes_the_e_mail_with_a_signature_and_the_password(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    page = area.account_page
    area.go_to(area.PAGE_ACCOUNT)
    qtbot.waitUntil(lambda: member.ubn in page.facts.text(), timeout=WAIT_MS)
    page.email.setText("not an address")
    page.email_button.click()
    assert "E-mail 格式不正確" in page.status.text()
    assert page.email.text() == "not an address", "what was typed is kept"
    signed_before = len(signer.documents)
    page.email.setText("owner@example.com")
    page.email_button.click()
    qtbot.waitUntil(lambda: "owner@example.com" in page.facts.text(), timeout=WAIT_MS)
    assert len(signer.documents) == signed_before + 1, "the change was signed"
    account = member.sandbox.api("GET", "/account", member.token)
    assert account["contact_email"] == "owner@example.com"
    qtbot.waitUntil(lambda: "聯絡人 E-mail 已變更" in _notes(area), timeout=WAIT_MS)

    page.current.setText("wrong-password")
    page.new.setText("Cloud-Demo-2026!")
    page.confirm.setText("Cloud-Demo-2026?")
    page.password_button.click()
    assert "不一致" in page.status.text()
    page.confirm.setText("Cloud-Demo-2026!")
    page.password_button.click()
    qtbot.waitUntil(lambda: "密碼不正確" in page.status.text(), timeout=WAIT_MS)


def test_a_password_login_cannot_change_the_e_mail(qtbot: QtBot, member: Any) -> None:
    area = open_area(qtbot, member, None)
    assert not area.account_page.email_button.isEnabled()


def _answers() -> dict[str, list[str]]:
    answers: dict[str, list[str]] = {}
    while missing := missing_answers(QUESTIONS, answers):
        question = next(q for q in QUESTIONS if q["id"] == missing[0])
        answers[question["id"]] = [question["options"][0]["id"]]
    return answers


def test_the_assessment_result_again(qtbot: QtBot, member: Any, signer: Any) -> None:
    sent = member.sandbox.api(
        "POST", "/assessment/responses", member.token, {"version": VERSION, "answers": _answers()}
    )
    area = open_area(qtbot, member, signer)
    area.overview.findChild(type(area.refresh_button), "OpenAssessment").click()
    assert area.pages.currentWidget() is area.assessment_page
    page = area.assessment_page
    qtbot.waitUntil(lambda: "自評時間" in page.when.text(), timeout=WAIT_MS)
    names = {c.id: c.name for c in area.categories}
    for category in sent["recommended_categories"]:
        assert names[category] in page.categories.text()
    assert page.chart.isVisible()


def test_a_consultation_request_appears_in_the_notifications(
    qtbot: QtBot, member: Any, signer: Any
) -> None:
    area = open_area(qtbot, member, signer)
    area.overview.findChild(type(area.refresh_button), "OpenConsult").click()
    page = area.consult_page
    assert area.pages.currentWidget() is page
    page.send_button.click()
    assert "請先寫下" in page.status.text()
    page.expert.setChecked(True)
    page.message.setPlainText("想導入雲端進銷存")
    page.send_button.click()
    qtbot.waitUntil(lambda: "已送出" in page.status.text(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: "已收到您的專家服務申請" in _notes(area), timeout=WAIT_MS)
    assert "想導入雲端進銷存" in _notes(area)


@pytest.mark.screenshot
def test_screenshots_of_the_member_centre_items(
    qtbot: QtBot, member: Any, signer: Any, language: str, screenshot_dir: Path
) -> None:
    member.sandbox.api(
        "POST", "/assessment/responses", member.token, {"version": VERSION, "answers": _answers()}
    )
    area = open_area(qtbot, member, signer)
    member.sandbox.api(
        "POST", "/consultations", member.token, {"kind": "consultant", "message": "想找顧問"}
    )
    for page, name in (
        (area.PAGE_OVERVIEW, "overview"),
        (area.PAGE_NOTIFICATIONS, "notifications"),
        (area.PAGE_ACCOUNT, "account"),
        (area.PAGE_ASSESSMENT, "assessment"),
        (area.PAGE_CONSULT, "consult"),
    ):
        refresh(qtbot, area)
        area.go_to(page)
        if page == area.PAGE_ACCOUNT:
            qtbot.waitUntil(lambda: member.ubn in area.account_page.facts.text(), timeout=WAIT_MS)
        if page == area.PAGE_ASSESSMENT:
            qtbot.waitUntil(area.assessment_page.details.isVisible, timeout=WAIT_MS)
        wait_painted(qtbot, area)
        assert area.grab().save(str(screenshot_dir / f"member_centre_{language}_{name}.png"))


def test_enter_in_the_account_fields_presses_their_button(qtbot: QtBot) -> None:
    """Keyboard only: Enter sends the e-mail change (when signing is possible) and the
    password change, as their buttons do."""
    page = AccountPage()
    qtbot.addWidget(page)
    page.show()
    emails: list[str] = []
    passwords: list[tuple[str, str]] = []
    page.email_change_requested.connect(emails.append)
    page.password_change_requested.connect(lambda old, new: passwords.append((old, new)))

    qtbot.keyClicks(page.email, "owner@example.com")
    qtbot.keyClick(page.email, Qt.Key.Key_Return)
    assert emails == [], "a password session cannot sign the change"
    page.set_can_sign(True)
    qtbot.keyClick(page.email, Qt.Key.Key_Return)
    assert emails == ["owner@example.com"]

    qtbot.keyClicks(page.current, "Demo1234")
    qtbot.keyClicks(page.new, "Better-2468")
    qtbot.keyClicks(page.confirm, "Better-2469")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert passwords == []
    assert "不一致" in page.status.text()
    page.confirm.clear()
    qtbot.keyClicks(page.confirm, "Better-2468")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert passwords == [("Demo1234", "Better-2468")]


def test_a_focused_two_line_notification_shows_both_lines(qtbot: QtBot) -> None:
    """The focus ring took room the item's size had not counted: the selected notification
    in the focused list was drawn as one line cut short."""
    page = NotificationsPage()
    page.setStyleSheet(STYLE_SHEET)
    qtbot.addWidget(page)
    page.resize(760, 400)
    page.show()
    note = Notification.from_json(
        {
            "id": "n1",
            "at": "2026-12-06T19:52:00+08:00",
            "kind": "consultation",
            "title": "已收到您的諮詢顧問申請",
            "body": "雲市集將於 2 個工作天內與您聯絡。",
            "read": True,
        }
    )
    page.show_notifications([note])
    page.list.setCurrentRow(0)
    page.list.setFocus()
    qtbot.waitUntil(page.list.hasFocus)
    row = page.list.visualItemRect(page.list.item(0))
    image = page.list.viewport().grab().toImage()
    lower = range(row.top() + row.height() * 3 // 4, row.bottom() - 2)
    white = [
        (x, y)
        for y in lower
        for x in range(row.left() + 4, min(row.right(), 300))
        if image.pixelColor(x, y).lightness() > 200
    ]
    assert white, "the second line (the body) is drawn in the lower part of the row"
