"""One refresh of the member area: points, orders, notifications, the programme in force and
the platform's today.

Qt-free; called on a worker thread. Each list comes through the platform client's ETag
and offline cache, so an offline refresh still returns the last copy with its "as of" time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from app.platform.client import PlatformClient
from app.platform.errors import NetworkError, PlatformError, ProtocolError
from app.platform.models import Fetched, Notification, Order, Page, PointsSummary
from app.subsidy import TAIWAN_TZ, Programme


@dataclass(frozen=True)
class MemberSnapshot:
    """What the member area shows after one refresh."""

    points: PointsSummary
    orders: tuple[Order, ...]
    orders_total: int
    notifications: tuple[Notification, ...]
    today: date
    as_of: datetime
    offline: bool
    programme: Programme
    """The programme in force (caps, ratios, plan lengths, periods) for every preview."""

    @property
    def unread(self) -> int:
        """Number of unread notifications."""
        return sum(1 for n in self.notifications if not n.read)


def unread_first(notifications: Sequence[Notification]) -> tuple[Notification, ...]:
    """Unread notifications first, each group newest first."""
    return tuple(sorted(notifications, key=lambda n: (n.read, -n.at.timestamp())))


def platform_today(client: PlatformClient, *, training: bool, fallback: date) -> date:
    """The platform's date in Taiwan: the training platform's clock, else the one its answers'
    Date header gives (this PC's until the platform has answered); ``fallback`` when the
    training clock cannot be read."""
    if not training:
        return client.server_now().astimezone(TAIWAN_TZ).date()
    try:
        raw = client.call_json("GET", "/_sandbox/clock")
    except (NetworkError, PlatformError):
        return fallback
    now = raw.get("now") if isinstance(raw, dict) else None
    if not isinstance(now, str):
        raise ProtocolError("clock: expected {'now': '<ISO datetime>'}")
    try:
        moment = datetime.fromisoformat(now)
    except ValueError:
        raise ProtocolError(f"clock: not a datetime: {now!r}") from None
    return moment.astimezone(TAIWAN_TZ).date() if moment.tzinfo else moment.date()


def fetch_all_orders(client: PlatformClient, page_size: int = 100) -> Fetched[Page[Order]]:
    """Every order, page by page; offline when any page came from the cache."""
    first = client.list_orders(limit=page_size, offset=0)
    items = list(first.data.items)
    as_of, offline = first.as_of, first.from_cache
    while len(items) < first.data.total:
        page = client.list_orders(limit=page_size, offset=len(items))
        if not page.data.items:
            break
        items.extend(page.data.items)
        as_of, offline = min(as_of, page.as_of), offline or page.from_cache
    return Fetched(Page(tuple(items), first.data.total), as_of, offline)


def load_snapshot(
    client: PlatformClient,
    *,
    training: bool,
    local_today: Callable[[], date] = lambda: datetime.now(TAIWAN_TZ).date(),
) -> MemberSnapshot:
    """Fetch everything the member area shows (run off the GUI thread)."""
    points = client.get_points()
    orders = fetch_all_orders(client)
    notes = client.list_notifications()
    programme = client.get_programme()
    stamps = [(points.as_of, points.from_cache), (orders.as_of, orders.from_cache)]
    stamps.append((notes.as_of, notes.from_cache))
    stamps.append((programme.as_of, programme.from_cache))
    offline = any(cached for _, cached in stamps)
    as_of = min(moment for moment, _ in stamps)
    today = platform_today(client, training=training, fallback=local_today())
    return MemberSnapshot(
        points=points.data,
        orders=orders.data.items,
        orders_total=orders.data.total,
        notifications=unread_first(notes.data.items),
        today=today,
        as_of=as_of,
        offline=offline,
        programme=programme.data,
    )
