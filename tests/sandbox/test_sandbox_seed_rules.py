"""The seeds' rules through HTTP: 工業館, full self-pay, plan length, dates, programme."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy.orm import Session as OrmSession

from sandbox.db import Plan
from sandbox.embedded import serve_in_thread
from sandbox.server import create_app

Api = Any  # the sandbox conftest's HTTP helper, passed in as the ``api`` fixture


def industry_member(api: Api) -> dict[str, Any]:
    member = api.ok(
        "POST", "/_sandbox/scenarios", {"name": "member_with_points", "pavilion": "industry"}
    )
    api.token = member["token"]
    return dict(member)


@pytest.mark.parametrize(
    ("plan_id", "price", "points", "self_pay"),
    [
        ("S036-B", 600_000, 200_000, 400_000),  # seed 004 壹(3/3): 20萬點 + 自籌款40萬
        ("S036-A", 60_000, 20_000, 40_000),  # the original NT$60,000 plan in 工業館
    ],
)
def test_industry_examples_of_seed_004(
    api: Api, plan_id: str, price: int, points: int, self_pay: int
) -> None:
    member = industry_member(api)
    assert member["ubn"] == "81924865"
    summary = api.ok("GET", "/points")
    assert (summary["balance"], summary["pavilion"], summary["ratio"]) == (
        200_000,
        "industry",
        "2:1",
    )
    assert summary["first_use_by"] is None  # 004 sets no 1-month rule for 工業館
    quote = api.ok("POST", "/orders/quote", {"plan_id": plan_id})
    assert (quote["price"], quote["points"], quote["self_pay"], quote["ratio"]) == (
        price,
        points,
        self_pay,
        "2:1",
    )
    assert quote["points_reason"] is None
    order = api.order_in_service(member["demo_card_id"], plan_id)
    assert (order["points"], order["self_pay"], order["ratio"]) == (points, self_pay, "2:1")
    assert api.ok("GET", "/points")["balance"] == 200_000 - points


def test_industry_points_do_not_pay_for_general_plans(api: Api) -> None:
    industry_member(api)
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    assert (quote["points"], quote["self_pay"], quote["points_reason"]) == (
        0,
        30_000,
        "PAVILION_NOT_COVERED",
    )
    second = api.ok("POST", "/_sandbox/scenarios", {"pavilion": "industry"})
    assert second["ubn"] != "81924865"  # the maker is taken: a clone, with a card that fits it
    api.token = second["token"]
    assert api.ok("GET", "/points")["balance"] == 200_000
    assert api.ok("POST", "/orders/quote", {"plan_id": "S036-A"})["points"] == 20_000


def test_full_self_pay_after_a_reclaim_and_no_reopen(api: Api) -> None:
    member = api.scenario()
    api.order_in_service(member["demo_card_id"], "S012-06M")  # 15,000 points used
    api.set_clock("2026-09-02T10:00:00+08:00")  # the day after expires_on
    points = api.ok("GET", "/points")
    assert (points["balance"], points["ledger"][-1]["kind"]) == (0, "reclaim")
    assert points["can_reapply"] is False
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    assert (quote["points"], quote["self_pay"], quote["points_reason"]) == (
        0,
        30_000,
        "POINTS_RECLAIMED",
    )
    block = api.block(member["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    order = api.ok("POST", "/orders", {"quote_id": quote["quote_id"], **block}, status=201)
    assert (order["points"], order["self_pay"]) == (0, 30_000)
    refused = api.post("/points/reapply")
    assert refused.status_code == 409
    assert "不得再次申請" in refused.json()["error"]["message"]


def test_used_up_points_leave_full_self_pay(api: Api) -> None:
    member = api.scenario()
    api.order_in_service(member["demo_card_id"], "S002-12M")  # 108,000: all 30,000 points
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    assert (quote["points"], quote["points_reason"]) == (0, "POINTS_USED_UP")


def test_a_backdated_termination_is_refused(api: Api) -> None:
    member = api.scenario()
    order = api.order_in_service(member["demo_card_id"], "S015-06M")
    api.advance(45)
    for on in ("2026-06-15", "2026-05-31"):
        for path in ("termination-quote", "terminate"):
            answer = api.post(f"/orders/{order['id']}/{path}", {"on": on})
            assert answer.status_code == 422, (path, on, answer.text)
            assert answer.json()["error"]["code"] == "DATE_IN_PAST"
    today = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    assert today["on"] == api.today()


def test_programme_is_served_and_switchable(api: Api) -> None:
    api.token = None
    programme = api.ok("GET", "/programme")  # public
    assert programme["id"] == "training"
    terms = {p["id"]: p for p in programme["pavilions"]}
    assert (terms["general"]["points_cap"], terms["general"]["ratio"]) == (30_000, "1:1")
    assert (terms["industry"]["points_cap"], terms["industry"]["ratio"]) == (200_000, "2:1")
    assert (terms["general"]["min_plan_months"], terms["industry"]["min_plan_months"]) == (4, 3)
    switched = api.ok("POST", "/_sandbox/programme", {"id": "110"})["programme"]
    assert switched["year"] == 110
    assert {p["id"]: p["use_by"] for p in switched["pavilions"]}["industry"] == "2021-08-30"
    assert api.ok("GET", "/programme")["id"] == "110"
    bad = api.post("/_sandbox/programme", {"id": "109"})
    assert bad.status_code == 422
    api.ok("POST", "/_sandbox/programme", {"id": "training"})
    assert api.ok("GET", "/applicants/81924865")["pavilions"] == ["general", "industry"]
    api.ok("POST", "/_sandbox/programme", {"id": "111"})
    api.set_clock("2022-03-01T10:00:00+08:00")
    assert api.ok("GET", "/applicants/81924865")["pavilions"] == ["general"]


def test_budget_exhausted_stops_returns_grants_and_reopening(api: Api) -> None:
    member = api.scenario()
    order = api.order_in_service(member["demo_card_id"], "S015-06M")  # 30,000 points
    api.set_clock("2026-07-15T10:00:00+08:00")
    api.ok("POST", "/_sandbox/programme", {"budget_exhausted": True})
    quote = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    # 002 七(八): the settlement's 20,000 points are not returned once the budget is spent.
    assert (quote["self_pay_refund"], quote["points_returned"]) == (20_000, 0)
    assert quote["points_not_returned_reason"] == "BUDGET_EXHAUSTED"
    block = api.block(member["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    api.ok("POST", f"/orders/{order['id']}/terminate", block)
    assert api.ok("GET", "/points")["balance"] == 0
    closed = api.post("/_sandbox/scenarios", {"name": "member_with_points"})
    assert closed.json()["error"]["code"] == "APPLICATIONS_CLOSED"


def test_programme_end_stops_points_and_returns(api: Api) -> None:
    member = api.scenario()
    order = api.order_in_service(member["demo_card_id"], "S015-06M")
    api.ok("POST", "/_sandbox/programme", {"ends_on": "2026-07-10"})
    api.set_clock("2026-07-15T10:00:00+08:00")
    quote = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    assert (quote["points_returned"], quote["points_not_returned_reason"]) == (
        0,
        "PROGRAMME_ENDED",
    )
    other = api.ok("POST", "/orders/quote", {"plan_id": "S012-06M"})
    assert (other["points"], other["points_reason"]) == (0, "PROGRAMME_ENDED")


def test_returned_points_are_valid_from_the_actual_return_date(api: Api) -> None:
    member = api.scenario()
    order = api.order_in_service(member["demo_card_id"], "S015-12M")
    api.set_clock("2026-08-31T10:00:00+08:00")
    quote = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    block = api.block(member["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    api.ok("POST", f"/orders/{order['id']}/terminate", block)
    returned = [r for r in api.ok("GET", "/points")["ledger"] if r["kind"] == "return"]
    assert [r["valid_until"] for r in returned] == [quote["points_valid_until"]]
    assert quote["points_valid_until"] > "2026-09-01"  # later than the grant's 3 months


@pytest.fixture
def own_platform(api: Api) -> Iterator[tuple[Api, Any]]:
    """A platform of this test's own, whose database the test may add rows to."""
    app = create_app("sqlite://")
    server = serve_in_thread(app)
    try:
        own = type(api)(server.base_url)
        own.set_clock(f"{api.today()}T09:00:00+08:00")
        yield own, app.state.platform.database
    finally:
        server.stop()


def test_plans_shorter_than_the_minimum_take_no_points(own_platform: tuple[Api, Any]) -> None:
    api, database = own_platform
    with OrmSession(database.engine) as db, db.begin():
        db.add(
            Plan(
                id="S012-03M",
                solution_id="S012",
                name="安心端點防護 季方案",
                months=3,
                price=15_000,
            )
        )
    api.scenario()
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S012-03M"})
    assert (quote["points"], quote["self_pay"], quote["points_reason"]) == (
        0,
        15_000,
        "PLAN_TOO_SHORT",
    )
    assert api.ok("POST", "/orders/quote", {"plan_id": "S012-04M"})["points"] == 10_000


def test_industry_plans_of_three_months_take_a_third_in_points_rounded_down(
    own_platform: tuple[Api, Any],
) -> None:
    """Contract and seed 004 貳(2/2) 三/四: 工業館 plans run at least 3 months (not 4) and
    points pay ⌊price/3⌋ of them from the 工業館 balance."""
    api, database = own_platform
    with OrmSession(database.engine) as db, db.begin():
        db.add(
            Plan(
                id="S031-03X",
                solution_id="S031",
                name="智造 MES 雲 試用季",
                months=3,
                price=100_000,
            )
        )
    industry_member(api)
    quote = api.ok("POST", "/orders/quote", {"plan_id": "S031-03X"})
    assert (quote["points"], quote["self_pay"], quote["points_reason"]) == (33_333, 66_667, None)


def _points_deadlines(api: Api) -> dict[str, list[tuple[str, str]]]:
    items = api.ok("GET", "/_sandbox/deadlines")["items"]
    found: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        if item["kind"].startswith(("points_", "returned_points_")):
            found.setdefault(item["kind"], []).append((item["deadline"], item["on"]))
    return found


def _day_after(iso_day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(iso_day) + timedelta(days=1)).isoformat()


def test_the_next_deadlines_include_the_points_first_use_expiry_and_returns(api: Api) -> None:
    member = api.scenario()
    points = api.ok("GET", "/points")
    first_use, expires = points["first_use_by"], points["expires_on"]
    assert _points_deadlines(api) == {
        "points_first_use_by": [(first_use, _day_after(first_use))],
        "points_expires_on": [(expires, _day_after(expires))],
    }
    # once a point is used, the first-use deadline no longer applies
    order = api.order_in_service(member["demo_card_id"], "S012-06M")  # 15,000 of 30,000
    assert set(_points_deadlines(api)) == {"points_expires_on"}
    # a termination returns points with their own validity
    api.set_clock("2026-08-31T10:00:00+08:00")
    quote = api.ok("POST", f"/orders/{order['id']}/termination-quote", {})
    block = api.block(member["demo_card_id"], base64.b64decode(quote["to_be_signed"]))
    api.ok("POST", f"/orders/{order['id']}/terminate", block)
    valid_until = quote["points_valid_until"]
    assert _points_deadlines(api) == {
        "points_expires_on": [(expires, _day_after(expires))],
        "returned_points_valid_until": [(valid_until, _day_after(valid_until))],
    }
    # past the grant's expiry only the returned points' validity is left to come
    api.set_clock(f"{_day_after(expires)}T10:00:00+08:00")
    assert set(_points_deadlines(api)) == {"returned_points_valid_until"}
