"""The GUI thread never stalls: a 10 ms heartbeat shows no gap over 100 ms during a login."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer

from sandbox.world import DEMO_APPLICANTS

SME = next(d for d in DEMO_APPLICANTS if d.ubn == "16480894")
MAX_GAP_SECONDS = 0.100


class Heartbeat:
    """Records the largest gap between 10 ms timer ticks on the GUI thread."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.worst = 0.0
        self.beats = 0

    def _beat(self) -> None:
        now = time.perf_counter()
        if self.last:
            self.worst = max(self.worst, now - self.last)
        self.last = now
        self.beats += 1

    def start(self) -> None:
        self.last = 0.0
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()


def test_card_login_never_blocks_the_gui_thread(make_wizard: Any) -> None:
    driver = make_wizard()
    heartbeat = Heartbeat()
    heartbeat.start()
    page = driver.choose(SME.ubn, "moeaca_card")
    driver.insert("moeaca-sme-primary")
    driver.wait_card()
    page.next_button.click()
    driver.enter_pin("123456")
    driver.wait_page("authorizations", timeout=30000)
    heartbeat.stop()
    assert heartbeat.beats >= 3, "the heartbeat ran during the login"
    assert heartbeat.worst < MAX_GAP_SECONDS, f"GUI thread stalled {heartbeat.worst * 1000:.0f} ms"


def test_mobile_login_never_blocks_the_gui_thread(make_wizard: Any) -> None:
    driver = make_wizard()
    heartbeat = Heartbeat()
    heartbeat.start()
    page = driver.choose(SME.ubn, "moica_mobile")
    page.id_field.edit.setText(SME.responsible_id)
    page.next_button.click()
    driver.approve_phone()
    driver.wait_page("authorizations", timeout=30000)
    heartbeat.stop()
    assert heartbeat.worst < MAX_GAP_SECONDS, f"GUI thread stalled {heartbeat.worst * 1000:.0f} ms"
