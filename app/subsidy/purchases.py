"""Which purchases points may pay for."""

from __future__ import annotations

from datetime import date

from ._checks import require_date
from .enums import Pavilion

INDUSTRY_MAX_ANNUAL_REVENUE = 2_000_000_000


def pavilion_open_to(
    pavilion: Pavilion | str, *, factory_registered: bool, annual_revenue: int | None = None
) -> bool:
    """工業館 serves SME manufacturers with factory registration and revenue ≤ NT$2bn.

    The other pavilions are open to every eligible applicant. ``annual_revenue`` of
    ``None`` means not reported; the factory registration then decides.
    """
    try:
        kind = Pavilion(pavilion)
    except ValueError:
        raise ValueError(f"unknown pavilion {pavilion!r}") from None
    if kind is not Pavilion.INDUSTRY:
        return True
    if annual_revenue is not None and (isinstance(annual_revenue, bool) or annual_revenue < 0):
        raise ValueError(f"annual_revenue must be a non-negative integer, got {annual_revenue!r}")
    return factory_registered and (
        annual_revenue is None or annual_revenue <= INDUSTRY_MAX_ANNUAL_REVENUE
    )


def order_block_reason(
    *,
    plan_subsidised: bool,
    existing_customer_renewal: bool,
    pavilion_open: bool,
    points_valid_until: date | None,
    today: date,
) -> str | None:
    """The platform error code that stops a points order, or ``None`` when it may go ahead.

    Points buy only subsidy-zone plans, never a renewal of a solution the applicant
    already uses with that vendor, only in pavilions open to the applicant, and only
    while they are valid (``points_valid_until`` is the latest validity the applicant
    holds; ``None`` means no points were ever granted). Missing points are never a
    reason: the applicant pays the shortfall.
    """
    require_date("today", today)
    if not plan_subsidised:
        return "PLAN_NOT_SUBSIDISED"
    if existing_customer_renewal:
        return "EXISTING_CUSTOMER_RENEWAL"
    if not pavilion_open:
        return "PAVILION_NOT_OPEN"
    if points_valid_until is None or today > require_date("points_valid_until", points_valid_until):
        return "POINTS_EXPIRED"
    return None
