"""A field problem the platform finds (422 with a code) is shown under its field, in the
person's language."""

from __future__ import annotations

from typing import Any

from sandbox.world import DEMO_APPLICANTS

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
NAME_MISMATCH = {
    "zh_TW": "負責人姓名與登記資料不符，請依營業登記資料填寫。",
    "en": (
        "The name does not match the registered responsible person; "
        "enter it as in the business registration."
    ),
}


def test_the_platforms_name_check_is_shown_in_the_ui_language(
    make_wizard: Any, language: str
) -> None:
    driver = make_wizard()
    driver.choose(SME.ubn, "moeaca_card")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    driver.page.next_button.click()
    driver.enter_pin("123456")
    labour = driver.wait_page("authorizations", timeout=30000)
    labour.agree.setChecked(True)
    driver.sign("123456")
    driver.qtbot.waitUntil(lambda: driver.page is not labour, timeout=30000)
    registration = driver.page
    assert registration.person_name is not None
    registration.notice.setChecked(True)
    registration.agree.setChecked(True)
    registration.person.edit.setText(SME.responsible_id)
    # Not the registered name: only the platform knows, and it answers with a code.
    registration.person_name.edit.setText("王小明")
    driver.sign("123456")
    error = registration.person_name.error
    driver.qtbot.waitUntil(lambda: error.isVisibleTo(registration), timeout=30000)
    assert error.text() == NAME_MISMATCH[language]
    assert driver.page is registration  # nothing typed is lost
    assert registration.person_name.text() == "王小明"
