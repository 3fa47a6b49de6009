"""The platform clock the UI and flow tests run on: a fixed working day, not the wall clock.

The sandbox's reset puts its clock back to the wall clock, so a test that ran on it would
see another weekday, another month's due dates and other holidays on every run. The shared
fixtures (``platform_url`` and ``training_window`` in ``tests/ui``, ``client`` in
``tests/flows``, ``sandbox`` in ``tests/ui/member``) therefore pin the clock right after the
reset with :func:`pin_platform_clock`; a test that starts a platform of its own does the
same. A test that is about the wall clock itself opts out with ``@pytest.mark.wall_clock``.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
import requests

PINNED_NOW = "2026-06-01T09:00:00+08:00"
"""A Monday morning in Taiwan: a working day with no public holiday within two weeks."""
PINNED_TODAY = date.fromisoformat(PINNED_NOW[:10])
PINNED_MOMENT = datetime.fromisoformat(PINNED_NOW)


def pin_platform_clock(base_url: str, now: str = PINNED_NOW) -> None:
    """Set the clock of the platform at ``base_url`` (ending in ``/api/v1``) to ``now``."""
    answer = requests.post(f"{base_url}/_sandbox/clock", json={"now": now}, timeout=30)
    answer.raise_for_status()
    assert answer.json()["today"] == now[:10], answer.text


def wants_wall_clock(request: pytest.FixtureRequest) -> bool:
    """True for a test marked ``wall_clock``: its platform keeps the wall clock."""
    return request.node.get_closest_marker("wall_clock") is not None
