"""Canned platform answers checked against answers recorded from the real platform.

A test that fakes the platform (a scripted HTTP server, an ``Order.from_json`` of a
hand-written dict) passes its canned answer through :func:`like_platform`: the answer must
have every field the platform sends in that answer, at every level, so a fake cannot drift
from the platform when it starts sending a new field. The reference answers are recorded
once per test process from the sandbox platform (in memory, on a loopback port).
"""

from __future__ import annotations

import functools
import importlib.util
from pathlib import Path
from typing import Any

from platform_clock import pin_platform_clock

HELPERS = Path(__file__).resolve().parent / "sandbox" / "sandbox_helpers.py"
ORDER_PLAN = "S012-06M"
VARYING = frozenset({"deadlines", "form"})
"""Maps whose keys depend on the state (an order's deadlines grow with its status, an
application's form with what the applicant has filled in)."""


def _sandbox_api() -> Any:
    spec = importlib.util.spec_from_file_location("sandbox_helpers_for_answers", HELPERS)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.Api


@functools.cache
def recorded() -> dict[str, Any]:
    """Answers of the sandbox platform, by kind: ``order`` (in service, invoiced),
    ``points`` (with its ledger), ``quote`` (an order quote), ``termination_quote``,
    ``applicant`` (``GET /applicants/{ubn}``), ``application``, ``notifications`` (a page
    with an order's notices), ``solution`` (a catalogue item with its plans),
    ``settlement`` (a terminated order's)."""
    from sandbox.embedded import serve_in_thread
    from sandbox.server import create_app

    server = serve_in_thread(create_app("sqlite://"))
    try:
        pin_platform_clock(server.base_url)  # the same answers whatever the day
        api = _sandbox_api()(server.base_url)
        member = api.scenario()
        order = api.order_in_service(member["demo_card_id"], ORDER_PLAN)
        return {
            "order": order,
            "points": api.ok("GET", "/points"),
            "quote": api.ok("POST", "/orders/quote", {"plan_id": ORDER_PLAN}),
            "termination_quote": api.ok("POST", f"/orders/{order['id']}/termination-quote", {}),
            "applicant": api.ok("GET", f"/applicants/{member['ubn']}"),
            "application": api.ok("GET", "/application"),
            "notifications": api.ok("GET", "/notifications"),
            "solution": api.ok("GET", "/solutions", params={"limit": 1})["items"][0],
            "settlement": _terminated(api, member["demo_card_id"], order["id"])["settlement"],
        }
    finally:
        server.stop()


def _terminated(api: Any, card_id: str, order_id: str) -> dict[str, Any]:
    """The order after terminating it with a signed termination quote."""
    import base64

    quote = api.ok("POST", f"/orders/{order_id}/termination-quote", {})
    block = api.block(card_id, base64.b64decode(quote["to_be_signed"]))
    return dict(api.ok("POST", f"/orders/{order_id}/terminate", block))


def missing_fields(canned: Any, real: Any, where: str = "") -> list[str]:
    """Paths of the fields ``real`` has that ``canned`` lacks (dicts, and lists by their first
    item); a value of another type in ``canned`` (e.g. ``null``) is not compared further."""
    if isinstance(real, dict) and isinstance(canned, dict):
        found: list[str] = []
        for key, value in real.items():
            path = f"{where}.{key}" if where else key
            if key not in canned:
                found.append(path)
            elif key not in VARYING:
                found += missing_fields(canned[key], value, path)
        return found
    if isinstance(real, list) and isinstance(canned, list) and real and canned:
        return [m for item in canned for m in missing_fields(item, real[0], f"{where}[]")]
    return []


def like_platform(kind: str, canned: dict[str, Any]) -> dict[str, Any]:
    """``canned`` unchanged, after checking it has every field the platform's ``kind`` has."""
    missing = sorted(set(missing_fields(canned, recorded()[kind])))
    assert not missing, f"a canned {kind} lacks fields the platform sends: {', '.join(missing)}"
    return canned
