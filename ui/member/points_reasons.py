"""Why an order takes no points, and what the applicant can do (quotes' ``points_reason``).

The platform names the reason with an ``app.subsidy.NoPointsReason`` code; the figures in
the texts (months, periods) come from the programme in force, never from constants here.
Every explanation ends with the same fact: the plan can still be bought at full self-pay
(seeds 001 and 003). Source texts are Traditional Chinese (Qt context ``member``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.subsidy import NoPointsReason, Pavilion, Programme

_R = NoPointsReason

WHY_TEXT: dict[NoPointsReason, str] = {
    _R.NOT_GRANTED: str(QT_TRANSLATE_NOOP("member", "這個帳號尚未獲發點數。")),
    _R.USED_UP: str(QT_TRANSLATE_NOOP("member", "點數已用完。")),
    _R.RETURNED_UNUSED: str(
        QT_TRANSLATE_NOOP("member", "點數在核發後 {first_use} 個月內沒有使用，已全數返還系統。")
    ),
    _R.RECLAIMED: str(
        QT_TRANSLATE_NOOP(
            "member", "點數已於核發後 {validity} 個月期滿，沒用完的點數已由系統收回。"
        )
    ),
    _R.PROGRAMME_ENDED: str(
        QT_TRANSLATE_NOOP("member", "計畫已結束或補助額度已用罄，點數不能再折抵。")
    ),
    _R.PLAN_TOO_SHORT: str(
        QT_TRANSLATE_NOOP(
            "member", "此方案期程未滿 {months} 個月：{pavilion}的補助方案須至少使用 {months} 個月。"
        )
    ),
    _R.PAVILION_NOT_COVERED: str(
        QT_TRANSLATE_NOOP(
            "member",
            "此館別不適用您的點數：工業館點數只能用於工業館方案，其他館別的點數不能用於工業館方案。",
        )
    ),
    _R.EXISTING_CUSTOMER_RENEWAL: str(
        QT_TRANSLATE_NOOP("member", "您已是這家廠商此方案的既有客戶，續購原方案不能使用點數。")
    ),
}

REMEDY_TEXT: dict[NoPointsReason, str] = {
    _R.NOT_GRANTED: str(QT_TRANSLATE_NOOP("member", "完成數位自評檢測後，平台會核發點數。")),
    _R.RETURNED_UNUSED: str(
        QT_TRANSLATE_NOOP("member", "可至「我的點數」按「重新開通點數」，開通後再下單即可折抵。")
    ),
    _R.RECLAIMED: str(QT_TRANSLATE_NOOP("member", "期滿收回的點數不能重新申請。")),
    _R.PLAN_TOO_SHORT: str(
        QT_TRANSLATE_NOOP("member", "改選 {months} 個月以上的方案即可折抵點數。")
    ),
    _R.PAVILION_NOT_COVERED: str(
        QT_TRANSLATE_NOOP("member", "改選您的點數適用館別的方案即可折抵。")
    ),
    _R.EXISTING_CUSTOMER_RENEWAL: str(QT_TRANSLATE_NOOP("member", "改選其他方案即可折抵點數。")),
}

FULL_SELF_PAY = str(
    QT_TRANSLATE_NOOP("member", "您仍可自費全額購買這個方案（不折抵點數，全額自付）。")
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("member", text)


def no_points_lines(
    reason: str | None, programme: Programme, pavilion: Pavilion | None = None
) -> list[str]:
    """Why no points apply, what the applicant can do, and that full self-pay stays open.

    ``pavilion`` is the plan's (for the minimum plan length); an unknown or missing code
    still gets the full self-pay line.
    """
    if reason is None:
        return []
    try:
        code = NoPointsReason(reason)
    except ValueError:
        return [_tr(FULL_SELF_PAY)]
    values: dict[str, object] = {
        "first_use": programme.first_use_months,
        "validity": programme.validity_months,
        "months": "",
        "pavilion": "",
    }
    if pavilion is not None and programme.has_pavilion(pavilion):
        terms = programme.terms(pavilion)
        values["months"] = terms.min_plan_months
        values["pavilion"] = terms.name
    lines = [_tr(WHY_TEXT[code]).format(**values)]
    if code in REMEDY_TEXT:
        lines.append(_tr(REMEDY_TEXT[code]).format(**values))
    lines.append(_tr(FULL_SELF_PAY))
    return lines
