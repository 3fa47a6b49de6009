"""Points: which pavilion a grant serves, the payment split, validity and lifecycle dates.

Every number comes from the :class:`~app.subsidy.programme.Programme` in force.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ._checks import require_date, require_int
from .dates import add_months
from .enums import LedgerKind, Pavilion
from .programme import PavilionTerms, Programme
from .workdays import WorkCalendar


def _pavilion(value: Pavilion | str) -> Pavilion:
    try:
        return Pavilion(value)
    except ValueError:
        raise ValueError(f"unknown pavilion {value!r}") from None


def grant_pavilion(applied_for: Pavilion | str) -> Pavilion:
    """The pavilion whose terms a grant follows: 工業館, or the general subsidy zone.

    004 壹(2/3): 工業館 grants (上限20萬點) are their own track; 商業館 / 中小館 / 農業館
    and 002's 補助專區 share the 30,000-point grant of 002 二(一).
    """
    return Pavilion.INDUSTRY if _pavilion(applied_for) is Pavilion.INDUSTRY else Pavilion.GENERAL


def points_cover(grant: Pavilion | str, solution_pavilion: Pavilion | str) -> bool:
    """True when points of a ``grant`` may pay for a solution listed in ``solution_pavilion``.

    002 七(一): points buy only subsidy-zone solutions; 004 參(1/4): 工業館 points are
    "用於「工業館」選購方案". Interpretation: the 30,000-point grant covers every
    pavilion but 工業館, and a 工業館 grant covers 工業館 only.
    """
    return (grant_pavilion(grant) is Pavilion.INDUSTRY) == (
        _pavilion(solution_pavilion) is Pavilion.INDUSTRY
    )


def points_cap(pavilion: Pavilion | str, programme: Programme) -> int:
    """Points granted to an applicant of ``pavilion``'s track.

    002 二、補助作業說明(一) and 六、申請步驟(二): 3萬點; 004 貳(2/2) 三: 工業館 20萬點 — as the programme says.
    """
    return programme.terms(grant_pavilion(pavilion)).points_cap


def ratio_label(pavilion: Pavilion | str, programme: Programme) -> str:
    """Self-pay : points as shown to people (002 二(二) 1比1; 004 自籌比1:2 → ``"2:1"``)."""
    return programme.terms(pavilion).ratio_label


@dataclass(frozen=True)
class PaymentSplit:
    """How a price is paid: ``points`` + ``self_pay`` == price."""

    points: int
    self_pay: int


def split_payment(price: int, points_available: int, terms: PavilionTerms) -> PaymentSplit:
    """Split ``price`` into points (at most the pavilion's share) and the applicant's part.

    002 七(五): self-pay and points 1 比 1, and "如點數不足，申請單位須自行負擔不足之金額";
    004 貳(2/2) 三: 工業館 "補助比例為三分之一" (600,000 → 200,000 points + 400,000).
    Points are whole: the share is rounded down, so the applicant never pays less than
    the ratio requires.
    """
    require_int("price", price)
    require_int("points_available", points_available)
    share = terms.share_of_price
    most = price * share.numerator // share.denominator
    points = min(points_available, most)
    return PaymentSplit(points=points, self_pay=price - points)


@dataclass(frozen=True)
class PointsDeadlines:
    """Last days on which points must first be used (if the rule applies), and may be used."""

    first_use_by: date | None
    expires_on: date


def points_deadlines(granted_on: date, terms: PavilionTerms) -> PointsDeadlines:
    """Deadlines for points granted on ``granted_on`` under ``terms``.

    002 七(三): 1 個月內完全未使用 → returned; 七(二)/(四): 3 個月內使用完畢 (calendar
    months, a missing day clamps to the month's end). 004 註4: 工業館 points must be used
    by the programme's fixed date (110年8月30日); where a pavilion has both a validity
    and a fixed date, the earlier one holds. Both dates are the last day still allowed.
    """
    require_date("granted_on", granted_on)
    candidates: list[date] = []
    if terms.validity_months is not None:
        candidates.append(add_months(granted_on, terms.validity_months))
    if terms.use_by is not None:
        candidates.append(terms.use_by)
    if not candidates:
        raise ValueError(f"pavilion {terms.pavilion.value} has neither a validity nor a use-by")
    first_use = (
        add_months(granted_on, terms.first_use_months)
        if terms.first_use_months is not None
        else None
    )
    return PointsDeadlines(first_use_by=first_use, expires_on=min(candidates))


def returned_points_valid_until(
    granted_on: date,
    returned_on: date,
    terms: PavilionTerms,
    programme: Programme,
    calendar: WorkCalendar | None = None,
) -> date:
    """Validity of points returned after a termination on ``returned_on``.

    002 七(七) 擇優適用: the later of the grant's validity (七(七)1) and the return date
    plus 5 working days (七(七)2). The return date is the day the points actually come
    back, never an earlier date the termination names.
    """
    require_date("granted_on", granted_on)
    require_date("returned_on", returned_on)
    if returned_on < granted_on:
        raise ValueError("points cannot be returned before they were granted")
    cal = calendar or WorkCalendar.taiwan()
    return max(
        points_deadlines(granted_on, terms).expires_on,
        cal.add_working_days(returned_on, programme.return_extension_working_days),
    )


def points_returnable(returned_on: date, programme: Programme) -> bool:
    """False when a return falls after the programme's end or after its budget ran out.

    002 七(八): 點數返還日已超過本計畫公告之補助期限或補助額度已用罄時，該點數不予返還.
    """
    require_date("returned_on", returned_on)
    return not programme.budget_exhausted and returned_on <= programme.ends_on


def points_usable(programme: Programme, today: date) -> bool:
    """True while the programme runs: no points are used after it ends.

    002 二、補助作業說明(三) and 三、補助作業申請期程: when the programme ends the executing unit stops "點數申請及使用".
    Interpretation: an exhausted budget stops new applications and returns (七(八)),
    not the use of points already granted, which protects the applicant.
    """
    require_date("today", today)
    return today <= programme.ends_on


def applications_open(programme: Programme, today: date) -> bool:
    """True when new applications (and re-opened points) are accepted on ``today``.

    002 三、補助作業申請期程: 自即日起至補助額度用罄、計畫結束或政策變更; 004 貳(2/2) 二:
    "申請至補助點數額度用罄，即停止收件".
    """
    require_date("today", today)
    if programme.budget_exhausted or today < programme.applications_open_from:
        return False
    last = programme.applications_open_until or programme.ends_on
    return today <= min(last, programme.ends_on)


def points_used_since_grant(moves: Iterable[tuple[str, str | None]]) -> bool:
    """True when the ledger's ``(kind, order_id)`` moves show points in use since the latest grant.

    002 七(三) counts a use only when points are actually spent ("完全未使用任何點數"): an
    order whose points were released again (the vendor declined or stayed silent, the
    applicant cancelled before paying) used none, so it does not stop the unused return.
    """
    held_by_order: Counter[str | None] = Counter()
    for kind, order_id in moves:
        if kind == LedgerKind.GRANT:
            held_by_order.clear()
        elif kind == LedgerKind.USE:
            held_by_order[order_id] += 1
        elif kind == LedgerKind.RELEASE and held_by_order[order_id] > 0:
            held_by_order[order_id] -= 1
    return any(count > 0 for count in held_by_order.values())


def unused_return_due(granted_on: date, today: date, any_used: bool, terms: PavilionTerms) -> bool:
    """True when no point was used by ``first_use_by`` and today is past it.

    002 七(三): 獲發點數後，如於 1 個月內完全未使用任何點數，點數將返還系統.
    """
    require_date("today", today)
    first_use_by = points_deadlines(granted_on, terms).first_use_by
    return not any_used and first_use_by is not None and today > first_use_by


def reclaim_due(granted_on: date, today: date, terms: PavilionTerms) -> bool:
    """True when today is past ``expires_on``: what remains is reclaimed for good.

    002 七(四): 剩餘之點數將予回收，亦不得再次申請及使用剩餘點數.
    """
    require_date("today", today)
    return today > points_deadlines(granted_on, terms).expires_on


def can_reapply(
    *, returned_unused: bool, ever_reclaimed: bool, applications_are_open: bool
) -> bool:
    """True when points may be re-opened (重新開通).

    002 七(三): after the 1-month return "若需重新申請，須至平台重新開通點數" — with no
    limit on how often; 七(四): never after a reclaim. Re-opening is a new application, so
    it needs the programme to accept applications (:func:`applications_open`).
    """
    return returned_unused and not ever_reclaimed and applications_are_open


def expiring_soon(expires_on: date, today: date, days: int = 7) -> bool:
    """True when ``expires_on`` is today or within the next ``days`` days.

    Reminder for 002 七(二)/(四) (使用完畢 by the validity): 7 and 1 days ahead.
    """
    require_date("expires_on", expires_on)
    require_date("today", today)
    require_int("days", days)
    return 0 <= (expires_on - today).days <= days


@dataclass(frozen=True)
class ReturnedPoints:
    """Points a termination gave back, and the last day they may be used."""

    amount: int
    valid_until: date


def still_valid_returns(returns: Sequence[ReturnedPoints], day: date) -> int:
    """Returned points still valid on ``day``: they outlive the grant (002 七(七))."""
    require_date("day", day)
    return sum(r.amount for r in returns if r.valid_until >= day)


def reclaimable(balance: int, returns: Sequence[ReturnedPoints], day: date) -> int:
    """Points reclaimed on ``day`` once the grant's validity is over.

    002 七(四): what remains after the validity is reclaimed — except points returned by a
    termination that are still within their own validity (七(七)), which stay usable.
    """
    require_int("balance", balance)
    return max(0, balance - still_valid_returns(returns, day))


def earliest_expiry(
    balance: int, expires_on: date | None, returns: Sequence[ReturnedPoints], today: date
) -> date | None:
    """The first day after which some of the balance is no longer usable, or ``None``.

    Within the grant's validity (002 七(二)) that is its end; after it, only returned
    points remain (七(七)) and the earliest of their validities counts.
    """
    require_int("balance", balance)
    require_date("today", today)
    if balance <= 0 or expires_on is None:
        return None
    if today <= expires_on:
        return expires_on
    valid = [r.valid_until for r in returns if r.valid_until >= today]
    return min(valid) if valid else None
