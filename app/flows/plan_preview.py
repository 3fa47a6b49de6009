"""The client's preview of one plan's price split, with the programme the platform serves.

Qt-free. The split and the reason why no points apply are ``app.subsidy``'s
(``split_payment``, ``no_points_reason``), fed with the programme fetched from the
platform (``GET /programme``, cached for offline use) and the member's points; the
platform's quote stays the authority.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.platform.models import PointsSummary
from app.subsidy import (
    LedgerKind,
    NoPointsReason,
    Pavilion,
    Programme,
    no_points_reason,
    points_ending,
    split_payment,
)


@dataclass(frozen=True)
class PlanPreview:
    """Points and self-pay for one plan today, and why no points apply (if so)."""

    points: int
    self_pay: int
    ratio: str | None
    """``self_pay:points`` of the plan's pavilion; None when the programme has none."""
    reason: NoPointsReason | None


def preview_plan(
    points: PointsSummary,
    programme: Programme,
    today: date,
    *,
    price: int,
    months: int,
    pavilion: Pavilion,
) -> PlanPreview:
    """The split of ``price`` for a plan of ``months`` in ``pavilion`` (subsidy zone)."""
    granted = any(entry.kind is LedgerKind.GRANT for entry in points.ledger)
    reason = no_points_reason(
        programme=programme,
        today=today,
        solution_pavilion=pavilion,
        plan_months=max(months, 1),
        grant=points.pavilion if granted else None,
        balance=points.balance,
        ending=points_ending(points.balance, [entry.kind for entry in points.ledger]),
        existing_customer_renewal=False,
    )
    if not programme.has_pavilion(pavilion):
        return PlanPreview(0, price, None, reason)
    terms = programme.terms(pavilion)
    split = split_payment(price, 0 if reason else points.balance, terms)
    return PlanPreview(split.points, split.self_pay, terms.ratio_label, reason)
