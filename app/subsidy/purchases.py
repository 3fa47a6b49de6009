"""Which purchases may be made, and when points pay part of them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from enum import StrEnum

from app.errors import ErrorCode

from ._checks import require_date, require_int
from .enums import LedgerKind, Pavilion
from .points import points_cover, points_usable
from .programme import Programme


class NoPointsReason(StrEnum):
    """Why a quote uses no points; the applicant may still buy at full self-pay.

    Seed 001 (and 003): "雖無法再次申請數位點數補助，仍可以全額自付購買各類型雲端解決方案".
    """

    NOT_GRANTED = ErrorCode.POINTS_NOT_GRANTED
    USED_UP = ErrorCode.POINTS_USED_UP
    RETURNED_UNUSED = ErrorCode.POINTS_RETURNED_UNUSED
    RECLAIMED = ErrorCode.POINTS_RECLAIMED
    PROGRAMME_ENDED = ErrorCode.PROGRAMME_ENDED
    PLAN_TOO_SHORT = ErrorCode.PLAN_TOO_SHORT
    PAVILION_NOT_COVERED = ErrorCode.PAVILION_NOT_COVERED
    EXISTING_CUSTOMER_RENEWAL = ErrorCode.EXISTING_CUSTOMER_RENEWAL


class PointsEnding(StrEnum):
    """How an applicant's last grant ended, when its balance is zero."""

    USED_UP = "used_up"
    RETURNED_UNUSED = "returned_unused"
    RECLAIMED = "reclaimed"


def points_ending(balance: int, ledger_kinds: Sequence[LedgerKind | str]) -> PointsEnding | None:
    """How a zero balance came about, from the ledger's kinds in order (oldest first).

    Looks at the rows since the last grant: a 1-month return of wholly unused points
    (002 七(三)) or a reclaim at the end of the validity (七(四)); otherwise the points
    were used up. ``None`` while points remain or when none were ever granted.
    """
    require_int("balance", balance)
    kinds = [LedgerKind(k) for k in ledger_kinds]
    if balance > 0 or LedgerKind.GRANT not in kinds:
        return None
    last_grant = len(kinds) - 1 - kinds[::-1].index(LedgerKind.GRANT)
    since = kinds[last_grant + 1 :]
    if LedgerKind.UNUSED_RETURN in since:
        return PointsEnding.RETURNED_UNUSED
    if LedgerKind.RECLAIM in since:
        return PointsEnding.RECLAIMED
    return PointsEnding.USED_UP


def order_refusal(*, plan_subsidised: bool) -> ErrorCode | None:
    """The platform error code that stops an order outright, or ``None``.

    002 七(一): points buy only 補助專區 solutions, and the platform sells nothing else:
    a plan outside the subsidy zone cannot be ordered here at all.
    """
    return None if plan_subsidised else ErrorCode.PLAN_NOT_SUBSIDISED


def no_points_reason(
    *,
    programme: Programme,
    today: date,
    solution_pavilion: Pavilion | str,
    plan_months: int,
    grant: Pavilion | None,
    balance: int,
    ending: PointsEnding | None,
    existing_customer_renewal: bool,
) -> NoPointsReason | None:
    """Why points pay nothing towards this plan today, or ``None`` when they may.

    The checks, in the order the applicant can act on them:
    - 002 八、其他注意事項(二): an existing customer may not use points to renew the same solution;
    - the programme's pavilions and 004 (工業館 points for 工業館 only, 30,000-point grants
      everywhere else), see :func:`points_cover`;
    - 002 四、用詞定義(五): a solution includes at least 4 months of use (004 貳(2/2) 四: 工業館 3
      months) — a shorter plan gets no points;
    - the programme's end (:func:`points_usable`);
    - no grant yet, or the grant's balance is gone: used up, returned unused after
      1 month (002 七(三), may be re-opened) or reclaimed after 3 months (七(四)).
    ``grant`` is the pavilion of the applicant's grant (``None``: never granted);
    ``ending`` says how a zero ``balance`` came about.
    """
    require_date("today", today)
    require_int("plan_months", plan_months, minimum=1)
    require_int("balance", balance)
    if existing_customer_renewal:
        return NoPointsReason.EXISTING_CUSTOMER_RENEWAL
    if not programme.has_pavilion(solution_pavilion):
        return NoPointsReason.PAVILION_NOT_COVERED
    if grant is not None and not points_cover(grant, solution_pavilion):
        return NoPointsReason.PAVILION_NOT_COVERED
    if plan_months < programme.terms(solution_pavilion).min_plan_months:
        return NoPointsReason.PLAN_TOO_SHORT
    if not points_usable(programme, today):
        return NoPointsReason.PROGRAMME_ENDED
    if grant is None:
        return NoPointsReason.NOT_GRANTED
    if balance == 0:
        return {
            PointsEnding.RETURNED_UNUSED: NoPointsReason.RETURNED_UNUSED,
            PointsEnding.RECLAIMED: NoPointsReason.RECLAIMED,
        }.get(ending or PointsEnding.USED_UP, NoPointsReason.USED_UP)
    return None
