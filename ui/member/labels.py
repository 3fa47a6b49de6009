"""Display texts of the member area: order statuses in the seed's words, deadlines, actions.

Source texts are Traditional Chinese, marked for the translation files (context
``member``) and translated when shown.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.flows.member_deadlines import ActionKind, DeadlineName, DeadlineOutcome, DeadlineView
from app.flows.payment_view import split_view
from app.subsidy import TAIWAN_TZ, OrderStatus, Pavilion, roc_date

CONTEXT = "member"


def tr(text: object) -> str:
    """Translate a source text of this module's tables (marked with QT_TRANSLATE_NOOP)."""
    return QCoreApplication.translate(CONTEXT, str(text))


# Keyed by the status, in the seed's words (the platform says the same; a test checks).
STATUS_TEXT: dict[OrderStatus, object] = {
    OrderStatus.AWAITING_VENDOR: QT_TRANSLATE_NOOP("member", "資訊服務廠商確認中"),
    OrderStatus.AWAITING_PAYMENT: QT_TRANSLATE_NOOP("member", "付款中（廠商已接單）"),
    OrderStatus.AWAITING_INVOICE: QT_TRANSLATE_NOOP("member", "已付款，廠商開立發票中"),
    OrderStatus.AWAITING_SERVICE: QT_TRANSLATE_NOOP("member", "發票已開立，等待開通服務"),
    OrderStatus.IN_SERVICE: QT_TRANSLATE_NOOP("member", "服務使用中"),
    OrderStatus.COMPLETED: QT_TRANSLATE_NOOP("member", "方案期程結束"),
    OrderStatus.CLAIMED: QT_TRANSLATE_NOOP("member", "廠商已核銷點數"),
    OrderStatus.CANCELLED_BY_APPLICANT: QT_TRANSLATE_NOOP("member", "申請單位取消訂購"),
    OrderStatus.CANCELLED_BY_VENDOR: QT_TRANSLATE_NOOP("member", "資訊服務廠商取消訂單"),
    OrderStatus.CANCELLED_BY_SYSTEM: QT_TRANSLATE_NOOP("member", "系統將訂單取消"),
    OrderStatus.TERMINATED: QT_TRANSLATE_NOOP("member", "已退訂"),
}

DEADLINE_TEXT: dict[DeadlineName, object] = {
    DeadlineName.VENDOR_CONFIRM_BY: QT_TRANSLATE_NOOP("member", "廠商確認接單期限"),
    DeadlineName.PAYMENT_DUE_BY: QT_TRANSLATE_NOOP("member", "自付款付款期限"),
    DeadlineName.INVOICE_DUE_BY: QT_TRANSLATE_NOOP("member", "廠商開立發票期限"),
    DeadlineName.SERVICE_START_BY: QT_TRANSLATE_NOOP("member", "廠商開通服務期限"),
    DeadlineName.FIRST_USE_BY: QT_TRANSLATE_NOOP("member", "點數首次使用期限"),
    DeadlineName.EXPIRES_ON: QT_TRANSLATE_NOOP("member", "點數使用期限"),
}

ACTION_TEXT: dict[ActionKind, object] = {
    ActionKind.PAY: QT_TRANSLATE_NOOP("member", "請於期限內透過付款連結支付自付款"),
    ActionKind.MISSED: QT_TRANSLATE_NOOP("member", "有訂單因逾期被系統取消"),
    ActionKind.FIRST_USE: QT_TRANSLATE_NOOP(
        "member", "請於期限內首次使用點數，否則點數將全數返還系統"
    ),
    ActionKind.USE_BEFORE_EXPIRY: QT_TRANSLATE_NOOP("member", "點數即將到期，未使用的點數將被收回"),
    ActionKind.REAPPLY: QT_TRANSLATE_NOOP("member", "點數已返還系統，您可以重新開通點數"),
    ActionKind.WAIT_VENDOR: QT_TRANSLATE_NOOP("member", "等待資訊服務廠商確認接單"),
    ActionKind.WAIT_INVOICE: QT_TRANSLATE_NOOP("member", "等待廠商開立電子發票"),
    ActionKind.WAIT_SERVICE: QT_TRANSLATE_NOOP("member", "等待廠商開通雲端服務"),
    ActionKind.BROWSE: QT_TRANSLATE_NOOP("member", "瀏覽補助專區的雲端方案"),
}

# What happened when a deadline passed without its step, and what to do now.
MISSED_TEXT: dict[DeadlineName, object] = {
    DeadlineName.VENDOR_CONFIRM_BY: QT_TRANSLATE_NOOP(
        "member",
        "廠商未在期限內確認接單，系統已取消訂單；使用的點數已退回，您可以重新訂購或改選其他廠商。",
    ),
    DeadlineName.PAYMENT_DUE_BY: QT_TRANSLATE_NOOP(
        "member",
        "期限內未付款，系統已取消訂單；使用的點數已退回，如仍需要請重新訂購。",
    ),
    DeadlineName.INVOICE_DUE_BY: QT_TRANSLATE_NOOP(
        "member", "廠商未在期限內開立發票；請聯絡廠商，或洽雲市集客服。"
    ),
    DeadlineName.SERVICE_START_BY: QT_TRANSLATE_NOOP(
        "member", "廠商未在期限內開通服務；請聯絡廠商，或洽雲市集客服。"
    ),
    DeadlineName.FIRST_USE_BY: QT_TRANSLATE_NOOP(
        "member",
        "期限內沒有使用點數，點數已全數返還系統；可至「我的點數」重新開通，或自費全額購買方案。",
    ),
    DeadlineName.EXPIRES_ON: QT_TRANSLATE_NOOP(
        "member",
        "點數已到期，沒用完的點數已被收回，且不得再次申請；之後的訂單須全額自付。",
    ),
}

# A deadline that passed while still open: the platform acts at its next check.
OVERDUE_TEXT: dict[DeadlineName, object] = {
    DeadlineName.VENDOR_CONFIRM_BY: QT_TRANSLATE_NOOP(
        "member", "廠商已逾期未接單，平台將取消訂單並退回點數。"
    ),
    DeadlineName.PAYMENT_DUE_BY: QT_TRANSLATE_NOOP(
        "member", "付款期限已過，平台將取消訂單並退回點數。"
    ),
    DeadlineName.INVOICE_DUE_BY: MISSED_TEXT[DeadlineName.INVOICE_DUE_BY],
    DeadlineName.SERVICE_START_BY: MISSED_TEXT[DeadlineName.SERVICE_START_BY],
    DeadlineName.FIRST_USE_BY: QT_TRANSLATE_NOOP(
        "member", "期限內沒有使用點數，平台將把點數全數返還系統。"
    ),
    DeadlineName.EXPIRES_ON: QT_TRANSLATE_NOOP("member", "點數已到期，平台將收回沒用完的點數。"),
}

MET_TEXT: dict[DeadlineName, object] = {
    DeadlineName.VENDOR_CONFIRM_BY: QT_TRANSLATE_NOOP("member", "已達成：廠商已確認接單"),
    DeadlineName.PAYMENT_DUE_BY: QT_TRANSLATE_NOOP("member", "已達成：自付款已付清"),
    DeadlineName.INVOICE_DUE_BY: QT_TRANSLATE_NOOP("member", "已達成：發票已開立"),
    DeadlineName.SERVICE_START_BY: QT_TRANSLATE_NOOP("member", "已達成：服務已開通"),
    DeadlineName.FIRST_USE_BY: QT_TRANSLATE_NOOP("member", "已達成：已使用點數"),
    DeadlineName.EXPIRES_ON: QT_TRANSLATE_NOOP("member", "點數已全部使用"),
}

PAVILION_TEXT: dict[Pavilion, object] = {
    Pavilion.GENERAL: QT_TRANSLATE_NOOP("member", "補助專區"),
    Pavilion.COMMERCE: QT_TRANSLATE_NOOP("member", "商業館"),
    Pavilion.MICRO: QT_TRANSLATE_NOOP("member", "中小館"),
    Pavilion.AGRICULTURE: QT_TRANSLATE_NOOP("member", "農業館"),
    Pavilion.INDUSTRY: QT_TRANSLATE_NOOP("member", "工業館"),
}

LEDGER_TEXT: dict[str, object] = {
    "grant": QT_TRANSLATE_NOOP("member", "獲發點數"),
    "use": QT_TRANSLATE_NOOP("member", "訂購使用"),
    "release": QT_TRANSLATE_NOOP("member", "訂單取消退回"),
    "return": QT_TRANSLATE_NOOP("member", "退訂返還"),
    "reclaim": QT_TRANSLATE_NOOP("member", "到期收回"),
    "unused_return": QT_TRANSLATE_NOOP("member", "未使用返還系統"),
}

APPLICATION_STATUS_TEXT: dict[str, object] = {
    "draft": QT_TRANSLATE_NOOP("member", "填寫中"),
    "pending_review": QT_TRANSLATE_NOOP("member", "資格審查中"),
    "active": QT_TRANSLATE_NOOP("member", "已啟用"),
    "rejected": QT_TRANSLATE_NOOP("member", "未通過"),
}

WEEKDAY_TEXT = (
    QT_TRANSLATE_NOOP("member", "週一"),
    QT_TRANSLATE_NOOP("member", "週二"),
    QT_TRANSLATE_NOOP("member", "週三"),
    QT_TRANSLATE_NOOP("member", "週四"),
    QT_TRANSLATE_NOOP("member", "週五"),
    QT_TRANSLATE_NOOP("member", "週六"),
    QT_TRANSLATE_NOOP("member", "週日"),
)


def status_text(status: OrderStatus) -> str:
    """The order status as people read it."""
    return tr(STATUS_TEXT[status])


def deadline_name(name: DeadlineName) -> str:
    """The name of a deadline."""
    return tr(DEADLINE_TEXT[name])


BROWSE_INDUSTRY = QT_TRANSLATE_NOOP("member", "瀏覽工業館的雲端方案（您的點數只能用於工業館）")


def action_text(kind: ActionKind, grant: Pavilion = Pavilion.GENERAL) -> str:
    """What the next action asks of the member; browsing points 工業館 members to 工業館,
    the only pavilion their points pay for (seed 004)."""
    if kind is ActionKind.BROWSE and grant is Pavilion.INDUSTRY:
        return tr(BROWSE_INDUSTRY)
    return tr(ACTION_TEXT[kind])


def pavilion_text(pavilion: Pavilion) -> str:
    """館別 name."""
    return tr(PAVILION_TEXT[pavilion])


def ledger_text(kind: str) -> str:
    """Name of a ledger row kind."""
    return tr(LEDGER_TEXT.get(kind, kind))


def application_status_text(status: str) -> str:
    """The application's status as people read it."""
    return tr(APPLICATION_STATUS_TEXT.get(status, status))


def day_text(d: date) -> str:
    """A date with its ROC form and weekday: ``2026-11-23（115年11月23日，週一）``."""
    return QCoreApplication.translate("member", "{iso}（{roc}，{weekday}）").format(
        iso=d.isoformat(), roc=roc_date(d), weekday=tr(WEEKDAY_TEXT[d.weekday()])
    )


def moment_text(moment: datetime) -> str:
    """A moment in Taiwan time."""
    local = moment.astimezone(TAIWAN_TZ) if moment.tzinfo else moment
    return local.strftime("%Y/%m/%d %H:%M")


def countdown_text(view: DeadlineView) -> str:
    """Working days left (or how long ago the deadline passed)."""
    if view.passed and view.days_left == -1:  # its own text: English says "1 day"
        return QCoreApplication.translate("member", "已逾期 1 天")
    if view.passed:
        return QCoreApplication.translate("member", "已逾期 {n} 天").format(n=-view.days_left)
    if view.days_left == 0:
        return QCoreApplication.translate("member", "今天截止")
    if view.working_days_left == 1:  # its own text: English says "1 working day"
        return QCoreApplication.translate("member", "還有 1 個工作天")
    return QCoreApplication.translate("member", "還有 {n} 個工作天").format(
        n=view.working_days_left
    )


def deadline_line(view: DeadlineView) -> str:
    """``名稱：日期（週）— 倒數``."""
    return QCoreApplication.translate("member", "{name}：{day}　{countdown}").format(
        name=deadline_name(view.name), day=day_text(view.due), countdown=countdown_text(view)
    )


def outcome_line(view: DeadlineView, outcome: DeadlineOutcome) -> str:
    """One deadline as it stands: a countdown while it runs; what happened once it is over."""
    if outcome is DeadlineOutcome.RUNNING:
        return deadline_line(view)
    name, day = deadline_name(view.name), day_text(view.due)
    if outcome is DeadlineOutcome.MET:
        detail = tr(MET_TEXT[view.name])
    elif outcome is DeadlineOutcome.MISSED:
        detail = tr(MISSED_TEXT[view.name])
    elif outcome is DeadlineOutcome.OVERDUE:
        detail = QCoreApplication.translate("member", "已逾期 {n} 天：{what}").format(
            n=-view.days_left, what=tr(OVERDUE_TEXT[view.name])
        )
    else:
        detail = QCoreApplication.translate("member", "不再適用")
    return QCoreApplication.translate("member", "{name}：{day}　{detail}").format(
        name=name, day=day, detail=detail
    )


def split_lines(price: int, points: int, self_pay: int, ratio: str | None) -> list[str]:
    """The rule in force and the actual split, worded so that a shortfall is obvious.

    Without a ratio the platform states (or one this version cannot read), the
    platform's figures alone."""
    translate = QCoreApplication.translate
    try:
        view = split_view(price, points, self_pay, ratio or "")
    except ValueError:
        return [
            translate("member", "點數折抵 {points}，自付款 {self_pay}").format(
                points=points_amount(points), self_pay=money_text(self_pay)
            )
        ]
    lines = [
        translate(
            "member", "補助規則：自付款 : 點數 = {ratio}，本筆依比例最多折抵 {rule}，以可用點數為限"
        ).format(ratio=view.ratio, rule=points_amount(view.rule_points)),
        translate("member", "本筆實際：點數折抵 {points}，自付款 {self_pay}").format(
            points=points_amount(view.points), self_pay=money_text(view.self_pay)
        ),
    ]
    if view.points == 0:
        lines.append(translate("member", "本筆沒有折抵點數，金額全數自付。"))
    elif view.shortfall:
        lines.append(
            translate(
                "member", "可用點數不足：比依比例可折抵的少 {short}，這部分 {money} 改由您自付。"
            ).format(short=points_amount(view.shortfall), money=money_text(view.shortfall))
        )
    return lines


def money_text(amount: int) -> str:
    """NT$ with thousands separators."""
    return QCoreApplication.translate("member", "NT${amount}").format(amount=f"{amount:,}")


def points_amount(amount: int) -> str:
    """Points with thousands separators."""
    return QCoreApplication.translate("member", "{amount} 點").format(amount=f"{amount:,}")
