"""Orders against the sandbox: one order despite a dropped connection, tracking, ETag, offline."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from platform_clock import pin_platform_clock

from app.flows.member_deadlines import DeadlineName
from app.flows.tracking import STATUS_LABELS, OrderTracker, PointsView
from app.platform.client import PlatformClient
from app.platform.errors import NetworkError, PlatformError
from app.platform.models import Quote
from app.platform.tokens import TokenStore
from app.platform.training import TrainingPlatform
from app.storage import ResponseCache, SecretStore, platform_id
from app.subsidy import TAIWAN_TZ, OrderStatus, WorkCalendar
from sandbox.embedded import start_embedded


def _member(client: PlatformClient, training: TrainingPlatform) -> str:
    scenario = training.scenario("member_with_points")
    assert scenario.token is not None
    client.use_token(scenario.ubn, scenario.token)
    return scenario.demo_card_id


def _quote(client: PlatformClient) -> Quote:
    """A quote for the first general-zone plan this member may buy with points."""
    solutions = client.list_solutions(pavilion="general", limit=50).data
    for solution in solutions.items:
        for plan in solution.plans:
            try:
                return client.quote_order(plan.id)
            except PlatformError as exc:
                if exc.code not in ("EXISTING_CUSTOMER_RENEWAL", "PLAN_NOT_SUBSIDISED"):
                    raise
    raise AssertionError("the demo world has no plan this member may buy")


def test_retry_after_drop_after_commit_creates_one_order(
    client: PlatformClient, training: TrainingPlatform, caplog: pytest.LogCaptureFixture
) -> None:
    card_id = _member(client, training)
    before = client.get_points().data.balance
    quote = _quote(client)
    signature = training.sign_with_demo_card(card_id, quote.to_be_signed)
    training.add_fault("drop_after_commit", 1, path="/api/v1/orders")

    with caplog.at_level(logging.DEBUG, logger="app.platform.http"):
        order = client.create_order(quote.quote_id, signature, idempotency_key="attempt-0001")
    assert "(attempt 1)" in caplog.text
    assert "POST /orders -> 201" in caplog.text
    assert "(attempt 2)" in caplog.text

    orders = client.list_orders().data
    assert orders.total == 1
    assert orders.items[0].id == order.id
    assert client.get_points().data.balance == before - quote.points
    # the same attempt sent again still gives the same single order
    again = client.create_order(quote.quote_id, signature, idempotency_key="attempt-0001")
    assert again.id == order.id
    assert client.list_orders().data.total == 1


def test_post_without_key_is_not_retried_after_drop(
    client: PlatformClient, training: TrainingPlatform
) -> None:
    _member(client, training)
    training.add_fault("drop_after_commit", 1, path="/api/v1/points")
    with pytest.raises(NetworkError) as info:
        client.call_json("POST", "/points/reapply", auth=True)
    assert info.value.kind == "dropped"


def test_order_tracking_follows_the_platform(
    client: PlatformClient, training: TrainingPlatform
) -> None:
    card_id = _member(client, training)
    quote = _quote(client)
    order = client.create_order(
        quote.quote_id, training.sign_with_demo_card(card_id, quote.to_be_signed)
    )
    today = training.now().astimezone(TAIWAN_TZ).date()
    calendar = WorkCalendar.taiwan()
    tracker = OrderTracker(order, today, calendar)
    assert tracker.status_label == STATUS_LABELS[OrderStatus.AWAITING_VENDOR]
    assert tracker.cancellable
    step = tracker.current_deadline()
    assert step is not None
    assert step.actor == "vendor"
    assert step.due == order.deadlines.vendor_confirm_by
    assert step.working_days_left == 2
    stages = tracker.timeline()
    assert [s.state for s in stages][:2] == ["current", "upcoming"]

    training.vendor(order.id, "confirm")
    confirmed = client.get_order(order.id).data
    tracker = OrderTracker(confirmed, today, calendar)
    step = tracker.current_deadline()
    assert step is not None
    assert step.actor == "applicant"
    assert step.due == confirmed.deadlines.payment_due_by
    assert [s.state for s in tracker.timeline()][:2] == ["done", "current"]

    client.cancel_order(order.id)
    cancelled = client.get_order(order.id).data
    tracker = OrderTracker(cancelled, today, calendar)
    assert tracker.status_label == "申請單位取消訂購"
    states = [(s.status, s.state) for s in tracker.timeline()]
    assert (OrderStatus.CANCELLED_BY_APPLICANT, "current") in states
    assert (OrderStatus.IN_SERVICE, "not_reached") in states
    points = PointsView(client.get_points().data, today, calendar)
    assert points.balance == 30_000  # released at once on cancellation


def test_etag_304_against_the_platform(
    client: PlatformClient, training: TrainingPlatform, caplog: pytest.LogCaptureFixture
) -> None:
    _member(client, training)
    with caplog.at_level(logging.DEBUG, logger="app.platform.http"):
        first = client.list_categories()
        second = client.list_categories()
    assert len(first.data) == 15
    assert second.data == first.data
    assert not second.from_cache
    assert "GET /categories -> 304" in caplog.text


def test_offline_view_as_of_the_last_fetch(secrets: SecretStore) -> None:
    platform = start_embedded(database="sqlite://")
    try:
        pin_platform_clock(platform.base_url)
        client = PlatformClient(
            platform.base_url,
            tokens=TokenStore(secrets),
            cache=ResponseCache(platform_id(platform.base_url), secrets=secrets),
            retries=1,
            backoff_seconds=0.01,
        )
        training = TrainingPlatform(client)
        _member(client, training)
        online = client.get_points()
        assert not online.from_cache
    finally:
        platform.stop()
    offline = client.get_points()
    assert offline.from_cache
    assert offline.as_of == online.as_of
    assert offline.data == online.data
    with pytest.raises(NetworkError):
        client.list_orders()


def test_points_view_countdowns(client: PlatformClient, training: TrainingPlatform) -> None:
    _member(client, training)
    points = client.get_points().data
    assert points.granted_on is not None
    today = points.granted_on
    view = PointsView(points, today)
    keys = [d.view.name.value for d in view.deadlines()]
    assert keys == ["first_use_by", "expires_on"]
    assert view.warnings() == []
    assert points.first_use_by is not None
    near = date.fromordinal(points.first_use_by.toordinal() - 3)
    warnings = PointsView(points, near).warnings()
    assert [(w.name, w.due) for w in warnings] == [(DeadlineName.FIRST_USE_BY, points.first_use_by)]
