"""What the screen says is true: one member through a whole order's life.

The platform's clock (pinned to a Monday morning) and the vendor's actions (``/_sandbox``)
drive an order from the quote to its termination past half the term. At every step the
text of every banner, figure and deadline on 帳戶總覽, 我的點數 and 我的訂單 is checked
against the platform's own state (``GET /points``, ``GET /orders/{id}``, its clock), in
zh_TW and in English, and a screenshot of the three pages is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from member_helpers import WAIT_MS, open_area, open_order_dialog, refresh
from painted import wait_painted
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.member.area import MemberArea
from ui.member.termination import TerminationDialog

PLAN_12_MONTHS = 2  # row of S002's 年方案 (108,000): more than 30,000 points can cover

# Phrases of the screen, written out here (not taken from the code under test).
PHRASES: dict[str, dict[str, str]] = {
    "zh_TW": {
        "points": "{n} 點",
        "money": "NT${n}",
        "as_of": "資料時間：{day}",
        "first_use": "點數首次使用期限：{day}",
        "expiry": "點數使用期限：{day}",
        "vendor_confirm_by": "廠商確認接單期限：{day}",
        "payment_due_by": "自付款付款期限：{day}",
        "invoice_due_by": "廠商開立發票期限：{day}",
        "service_start_by": "廠商開通服務期限：{day}",
        "left": "還有 {n} 個工作天",
        "one_left": "還有 1 個工作天",
        "overdue": "已逾期",
        "met_vendor_confirm_by": "已達成：廠商已確認接單",
        "met_payment_due_by": "已達成：自付款已付清",
        "met_invoice_due_by": "已達成：發票已開立",
        "met_service_start_by": "已達成：服務已開通",
        "met_first_use": "已達成：已使用點數",
        "all_used": "點數已全部使用",
        "reclaimed": "點數已到期，沒用完的點數已被收回，且不得再次申請",
        "no_points": "目前沒有可用點數",
        "earliest": "最快到期日：{day}",
        "order_soon": "訂單期限將至：廠商確認接單期限",
        "points_soon": "點數即將到期",
        "rule": "自付款 : 點數 = {ratio}，本筆依比例最多折抵 {rule}",
        "actual": "本筆實際：點數折抵 {points}，自付款 {self_pay}",
        "short": "可用點數不足：比依比例可折抵的少 {short}",
        "act_first_use": "請於期限內首次使用點數",
        "act_vendor": "等待資訊服務廠商確認接單",
        "act_pay": "請於期限內透過付款連結支付自付款",
        "act_invoice": "等待廠商開立電子發票",
        "act_service": "等待廠商開通雲端服務",
        "act_browse": "瀏覽補助專區的雲端方案",
        "act_expiry": "點數即將到期",
        "unread": "我的通知（{n} 則未讀）",
        "points_rule": "每筆訂單依 自付款 : 點數 = {ratio} 折抵，以可用點數為限",
    },
    "en": {
        "points": "{n} points",
        "money": "NT${n}",
        "as_of": "Data as of {day}",
        "first_use": "Points first use by: {day}",
        "expiry": "Points expire on: {day}",
        "vendor_confirm_by": "Vendor confirmation due: {day}",
        "payment_due_by": "Self-pay payment due: {day}",
        "invoice_due_by": "Invoice due: {day}",
        "service_start_by": "Service start due: {day}",
        "left": "{n} working days left",
        "one_left": "1 working day left",
        "overdue": "overdue",
        "met_vendor_confirm_by": "Met: the vendor confirmed the order",
        "met_payment_due_by": "Met: the self-pay amount is paid",
        "met_invoice_due_by": "Met: the invoice is issued",
        "met_service_start_by": "Met: the service has started",
        "met_first_use": "Met: points have been used",
        "all_used": "All points have been used",
        "reclaimed": "The points expired: the unused points were reclaimed",
        "no_points": "No points available",
        "earliest": "Earliest expiry: {day}",
        "order_soon": "Order deadline soon: Vendor confirmation due",
        "points_soon": "Points expire soon",
        "rule": "self-pay : points = {ratio}; on this price points may pay at most {rule}",
        "actual": "This order: points pay {points}, self-pay {self_pay}",
        "short": "Not enough points: {short} fewer than the ratio allows",
        "act_first_use": "Use points before the deadline",
        "act_vendor": "Waiting for the vendor to confirm",
        "act_pay": "Pay the self-pay amount",
        "act_invoice": "Waiting for the vendor to issue the e-invoice",
        "act_service": "Waiting for the vendor to start the service",
        "act_browse": "Browse the cloud solutions of the subsidy zone",
        "act_expiry": "Points expire soon",
        "unread": "My notifications ({n} unread)",
        "points_rule": "each order is split self-pay : points = {ratio}, up to the points",
    },
}


def widget_text(widget: QWidget) -> str:
    """Every visible label, group title and table cell under ``widget``, one per line."""
    lines: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget) and label.text():
            lines.append(label.text().replace("<br/>", "\n").replace("<b>", "").replace("</b>", ""))
    for box in widget.findChildren(QGroupBox):
        if box.isVisibleTo(widget):
            lines.append(box.title())
    for view in widget.findChildren(QAbstractItemView):
        if not view.isVisibleTo(widget):
            continue
        model = view.model()
        row = 0
        while model.hasIndex(row, 0):
            column = 0
            while model.hasIndex(row, column):
                value = model.index(row, column).data()
                if value:
                    lines.append(str(value))
                column += 1
            row += 1
    return "\n".join(lines)


def line_of(text: str, start: str) -> str:
    """The line of ``text`` that contains ``start`` (fails when none does)."""
    found = [line for line in text.splitlines() if start in line]
    assert found, f"no line with {start!r} in:\n{text}"
    return found[0]


@dataclass
class Platform:
    """The platform's own view of the member: clock, points and the order."""

    today: date
    points: dict[str, Any]
    order: dict[str, Any] | None


class Journey:
    """One member's screens, checked against the platform at every step."""

    def __init__(
        self, qtbot: QtBot, member: Any, area: MemberArea, language: str, folder: Path
    ) -> None:
        self.qtbot = qtbot
        self.member = member
        self.area = area
        self.language = language
        self.words = PHRASES[language]
        self.folder = folder
        self.order_id: str | None = None
        self.step = 0

    # -- the platform's state --------------------------------------------------------
    def platform(self) -> Platform:
        sandbox, token = self.member.sandbox, self.member.token
        today = date.fromisoformat(sandbox.tool("GET", "/clock")["today"])
        points = sandbox.api("GET", "/points", token)
        order = sandbox.api("GET", f"/orders/{self.order_id}", token) if self.order_id else None
        return Platform(today, points, order)

    def say(self, key: str, **values: Any) -> str:
        return self.words[key].format(**values)

    def points(self, n: int) -> str:
        return self.say("points", n=f"{n:,}")

    def money(self, n: int) -> str:
        return self.say("money", n=f"{n:,}")

    # -- the screen --------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        refresh(self.qtbot, self.area)
        if self.order_id:
            self.area.orders.select(self.order_id)
        return {
            "banner": self.area.notice_label.text()
            if self.area.notice.isVisibleTo(self.area)
            else "",
            "as_of": self.area.as_of_label.text(),
            "overview": widget_text(self.area.overview),
            "points": widget_text(self.area.points_page),
            "orders": widget_text(self.area.orders),
        }

    def shoot(self, name: str) -> Path:
        """The three pages of this step stacked in one picture."""
        self.step += 1
        pictures = []
        for page in (self.area.PAGE_OVERVIEW, self.area.PAGE_POINTS, self.area.PAGE_ORDERS):
            self.area.go_to(page)
            wait_painted(self.qtbot, self.area)
            pictures.append(self.area.grab().toImage())
        width = max(p.width() for p in pictures)
        sheet = QImage(width, sum(p.height() for p in pictures), QImage.Format.Format_RGB32)
        sheet.fill(QColor(Qt.GlobalColor.white))
        painter = QPainter(sheet)
        top = 0
        for picture in pictures:
            painter.drawImage(QPoint(0, top), picture)
            top += picture.height()
        painter.end()
        path = self.folder / f"screen_truth_{self.language}_{self.step:02d}_{name}.png"
        assert sheet.save(str(path))
        self.area.go_to(self.area.PAGE_OVERVIEW)
        return path

    # -- checks shared by every step ---------------------------------------------------
    def check(self, name: str, *, action: str, banner: str | None) -> dict[str, str]:
        """Figures, data time, the next action and the banner, then a screenshot."""
        shown = self.texts()
        state = self.platform()
        day = state.today.strftime("%Y/%m/%d")
        assert shown["as_of"].startswith(self.say("as_of", day=day)), shown["as_of"]
        balance = self.points(state.points["balance"])
        assert self.area.overview.balance_label.text() == balance
        assert balance in self.area.points_page.balance_label.text()
        assert self.say(action) in self.area.overview.action_label.text(), shown["overview"]
        notes = self.member.sandbox.api("GET", "/notifications?limit=200", self.member.token)
        unread = sum(1 for note in notes["items"] if not note["read"])
        assert unread > 0
        assert self.area.overview.notes_box.title() == self.say("unread", n=unread)
        if banner is None:
            assert shown["banner"] == "", f"{name}: no reminder is due, yet: {shown['banner']}"
        else:
            assert self.say(banner) in shown["banner"], shown["banner"]
        if state.order is not None:
            order = state.order
            detail = shown["orders"]
            assert order["id"] in detail
            assert self.status(order["status_text"]) in detail
            assert f"{self.money(order['price'])}" in detail
            assert (
                self.say(
                    "actual",
                    points=self.points(order["points"]),
                    self_pay=self.money(order["self_pay"]),
                )
                in detail
            )
        self.shoot(name)
        return shown

    def status(self, platform_text: str) -> str:
        return QCoreApplication.translate("member", platform_text)

    def deadline(self, shown: dict[str, str], name: str, day: str, expect: str) -> str:
        """The order's ``name`` deadline line says ``expect`` and not 'overdue'."""
        line = line_of(shown["orders"], self.say(name, day=day))
        assert expect in line, line
        assert self.say("overdue") not in line, line
        return line


def test_screen_truth_through_an_orders_life(
    qtbot: QtBot, member: Any, signer: Any, language: str, screenshot_dir: Path
) -> None:
    area = open_area(qtbot, member, signer)
    trip = Journey(qtbot, member, area, language, screenshot_dir)
    sandbox, say = member.sandbox, trip.say

    # granted on the pinned Monday: first use and expiry both running, nothing due yet
    state = trip.platform()
    assert state.today == date(2026, 6, 1)
    shown = trip.check("granted", action="act_first_use", banner=None)
    first_use, expires = state.points["first_use_by"], state.points["expires_on"]
    line = line_of(shown["points"], say("first_use", day=first_use))
    assert say("left", n=21) in line, line  # 2026-06-02 … 07-01 less 端午節 (06-19)
    line = line_of(shown["points"], say("expiry", day=expires))
    assert say("overdue") not in line
    assert say("points_rule", ratio=state.points["ratio"]) in shown["points"]
    assert say("earliest", day=expires) in shown["overview"]

    # the quote: the rule (the platform's ratio) and the actual split, with the shortfall
    dialog = open_order_dialog(qtbot, area, "S002", PLAN_12_MONTHS)
    quote = dialog.quote
    assert quote is not None
    self_share, points_share = (int(x) for x in quote.ratio.split(":"))
    rule = quote.price * points_share // (self_share + points_share)
    summary = dialog.summary.text()
    assert say("rule", ratio=quote.ratio, rule=trip.points(rule)) in summary, summary
    assert (
        say("actual", points=trip.points(quote.points), self_pay=trip.money(quote.self_pay))
        in summary
    )
    assert quote.points == state.points["balance"] < rule
    assert say("short", short=trip.points(rule - quote.points)) in summary
    dialog.resize(dialog.sizeHint())
    wait_painted(qtbot, dialog)
    assert dialog.grab().save(str(screenshot_dir / f"screen_truth_{language}_quote.png"))

    # ordered and signed: the vendor has 2 working days; no reminder yet
    dialog.agree.setChecked(True)
    dialog.sign_button.click()
    qtbot.waitUntil(lambda: dialog.order is not None, timeout=WAIT_MS)
    assert dialog.order is not None
    trip.order_id = dialog.order.id
    dialog.accept()
    shown = trip.check("ordered", action="act_vendor", banner=None)
    order = trip.platform().order
    assert order is not None
    trip.deadline(
        shown, "vendor_confirm_by", order["deadlines"]["vendor_confirm_by"], say("left", n=2)
    )
    line = line_of(shown["points"], say("first_use", day=first_use))
    assert say("met_first_use") in line, line
    assert say("all_used") in line_of(shown["points"], say("expiry", day=expires))
    assert say("no_points") in shown["overview"]

    # a day later the vendor's deadline is 1 working day away: the banner says so
    sandbox.advance(1)
    shown = trip.check("vendor_due", action="act_vendor", banner="order_soon")
    assert trip.order_id in shown["banner"]
    assert say("one_left") in shown["banner"]

    # the vendor confirms: the banner goes, the vendor's deadline is met, payment runs
    sandbox.vendor(trip.order_id, "confirm")
    shown = trip.check("confirmed", action="act_pay", banner=None)
    order = trip.platform().order
    assert order is not None
    deadlines = order["deadlines"]
    trip.deadline(
        shown, "vendor_confirm_by", deadlines["vendor_confirm_by"], say("met_vendor_confirm_by")
    )
    trip.deadline(shown, "payment_due_by", deadlines["payment_due_by"], say("left", n=2))

    # paid: invoice and service start run; the payment deadline is met
    sandbox.vendor(trip.order_id, "mark-paid")
    shown = trip.check("paid", action="act_invoice", banner=None)
    deadlines = (trip.platform().order or {})["deadlines"]
    trip.deadline(shown, "payment_due_by", deadlines["payment_due_by"], say("met_payment_due_by"))
    trip.deadline(shown, "invoice_due_by", deadlines["invoice_due_by"], say("left", n=2))
    trip.deadline(shown, "service_start_by", deadlines["service_start_by"], say("left", n=7))

    sandbox.vendor(trip.order_id, "issue-invoice")
    shown = trip.check("invoiced", action="act_service", banner=None)
    trip.deadline(shown, "invoice_due_by", deadlines["invoice_due_by"], say("met_invoice_due_by"))

    sandbox.vendor(trip.order_id, "start-service")
    shown = trip.check("in_service", action="act_browse", banner=None)
    for name in ("vendor_confirm_by", "payment_due_by", "invoice_due_by", "service_start_by"):
        trip.deadline(shown, name, deadlines[name], say(f"met_{name}"))

    # a month and more later: every deadline still reads as met, none as overdue
    sandbox.set_clock("2026-07-13T09:00:00+08:00")
    shown = trip.check("month_later", action="act_browse", banner=None)
    for page in ("overview", "points", "orders"):
        assert say("overdue") not in shown[page], shown[page]
    assert say("met_first_use") in line_of(shown["points"], say("first_use", day=first_use))

    # past half the 12-month term: terminate; points come back for 5 working days
    sandbox.set_clock("2026-12-10T09:00:00+08:00")
    shown = trip.check("past_half_term", action="act_browse", banner=None)
    area.orders.select(trip.order_id)
    qtbot.waitUntil(area.orders.detail.terminate_button.isEnabled, timeout=WAIT_MS)
    area.orders.detail.terminate_button.click()
    termination = area.dialog
    assert isinstance(termination, TerminationDialog)
    qtbot.waitUntil(lambda: termination.quote is not None, timeout=WAIT_MS)
    settlement = termination.quote
    assert settlement is not None
    assert settlement.half_reached
    assert settlement.self_pay_refund == 0
    assert termination.grab().save(str(screenshot_dir / f"screen_truth_{language}_terminate.png"))
    with qtbot.waitSignal(termination.terminated, timeout=WAIT_MS):
        termination.sign_button.click()
    shown = trip.check("terminated", action="act_expiry", banner="points_soon")
    state = trip.platform()
    assert state.points["balance"] == settlement.points_returned > 0
    valid_until = state.points["earliest_expiry"]
    assert valid_until == settlement.points_valid_until.isoformat()
    line = line_of(shown["points"], say("expiry", day=valid_until))
    assert say("left", n=5) in line, line
    assert say("earliest", day=valid_until) in shown["overview"]
    assert trip.points(state.points["balance"]) in shown["banner"]

    # the returned points were not used in time: reclaimed, and the screen says what
    # happened and that they cannot be applied for again; no banner is left
    day_after = date.fromisoformat(valid_until) + timedelta(days=1)
    sandbox.set_clock(f"{day_after.isoformat()}T09:00:00+08:00")
    shown = trip.check("reclaimed", action="act_browse", banner=None)
    points = trip.platform().points
    assert points["balance"] == 0
    assert points["ledger"][-1]["kind"] == "reclaim"
    assert say("reclaimed") in line_of(shown["points"], say("expiry", day=valid_until))
    assert say("reclaimed") in shown["overview"]


def test_a_change_during_a_refresh_is_read_again(qtbot: QtBot, member: Any, signer: Any) -> None:
    area = open_area(qtbot, member, signer)
    old = area.snapshot
    assert old is not None
    assert old.points.balance == 30_000
    area.loading = True  # a refresh is on its way with what the platform had
    member.sandbox.set_clock("2026-07-02T09:00:00+08:00")  # points went back unused
    area.refresh()  # the training panel asks while that refresh is running
    with qtbot.waitSignal(area.refreshed, timeout=WAIT_MS) as fresh:
        area._loaded(old)  # the stale answer lands first …
    assert fresh.args[0] is old
    qtbot.waitUntil(lambda: area.snapshot is not None and area.snapshot.points.balance == 0)
    assert area.snapshot is not None
    assert area.snapshot.today == date(2026, 7, 2), "… and the screen reads the platform again"
