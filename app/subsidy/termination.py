"""Service terms and the termination (退訂) settlement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.errors import ErrorCode

from ._checks import require_date, require_int
from .dates import add_months


@dataclass(frozen=True)
class Settlement:
    """What a termination gives back: NT$ refund and points returned."""

    used_months: int
    half_reached: bool
    self_pay_refund: int
    points_returned: int


def service_end(service_start: date, term_months: int) -> date:
    """End of a term of ``term_months`` months starting on ``service_start``.

    002 八、其他注意事項(三): plans are counted in months (以「月」作為方案期程計算單位).
    """
    require_date("service_start", service_start)
    require_int("term_months", term_months, minimum=1)
    return add_months(service_start, term_months)


def months_used(service_start: date, on: date) -> int:
    """Calendar months from start to ``on``; a started month counts whole; 0 on/before start.

    002 八、其他注意事項(三): 未足 1 個月以 1 個月計.
    """
    require_date("service_start", service_start)
    require_date("on", on)
    if on <= service_start:
        return 0
    months = (on.year - service_start.year) * 12 + (on.month - service_start.month)
    # ``add_months`` lands in ``on``'s month; past it, ``on`` has started one more month.
    return months + 1 if add_months(service_start, months) < on else months


def termination_date_error(
    on: date,
    today: date,
    service_start: date | None,
    service_end: date | None = None,
    *,
    executing: bool = False,
) -> ErrorCode | None:
    """The error code for a termination dated ``on``, or ``None`` when the date may stand.

    002 七(六) settles by the months actually used up to the termination, so a termination
    takes effect today at the earliest: a date before the platform's today, or before the
    service started, would refund months the applicant already had → ``DATE_IN_PAST``.
    A date after the plan's end terminates nothing (``INVALID_TERMINATION_DATE``); a
    termination that is being carried out (``executing``) takes effect today, so a later
    date is refused too — it may only be asked for as a quote.
    """
    require_date("on", on)
    require_date("today", today)
    if on < today or (
        service_start is not None and on < require_date("service_start", service_start)
    ):
        return ErrorCode.DATE_IN_PAST
    if service_end is not None and on > require_date("service_end", service_end):
        return ErrorCode.INVALID_TERMINATION_DATE
    if executing and on > today:
        return ErrorCode.INVALID_TERMINATION_DATE
    return None


def settle_termination(
    term_months: int, self_pay: int, points: int, service_start: date, on: date
) -> Settlement:
    """Settle a termination on ``on`` of a ``term_months`` plan paid ``self_pay`` + ``points``.

    002 七(六)1: before half the term (未達二分之一期程) unused months of both self-pay and
    points come back; 七(六)2: from half the term on (已達二分之一（含）以上) no refund, unused
    months of points come back; 九(三): a started month counts as a whole month.
    Terminating on the start day returns everything; a date before the start is refused.
    """
    require_int("self_pay", self_pay)
    require_int("points", points)
    require_date("service_start", service_start)
    require_date("on", on)
    if on < service_start:
        raise ValueError(
            f"termination date {on.isoformat()} is before the service start "
            f"{service_start.isoformat()}; an order not yet in service is cancelled, not terminated"
        )
    end = service_end(service_start, term_months)
    used = min(months_used(service_start, on), term_months)
    total_days = (end - service_start).days
    elapsed_days = min(max((on - service_start).days, 0), total_days)
    half_reached = elapsed_days * 2 >= total_days
    remaining = term_months - used
    return Settlement(
        used_months=used,
        half_reached=half_reached,
        self_pay_refund=0 if half_reached else self_pay * remaining // term_months,
        points_returned=points * remaining // term_months,
    )
