from datetime import date

import pytest

from app.subsidy import Pavilion, order_block_reason, pavilion_open_to

TODAY = date(2026, 11, 21)


def test_only_the_industry_pavilion_is_restricted() -> None:
    for pavilion in Pavilion:
        if pavilion is not Pavilion.INDUSTRY:
            assert pavilion_open_to(pavilion, factory_registered=False)
    assert pavilion_open_to("industry", factory_registered=True)
    assert pavilion_open_to("industry", factory_registered=True, annual_revenue=2_000_000_000)
    assert not pavilion_open_to("industry", factory_registered=True, annual_revenue=2_000_000_001)
    assert not pavilion_open_to("industry", factory_registered=False, annual_revenue=1)


def test_pavilion_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown pavilion"):
        pavilion_open_to("museum", factory_registered=True)
    with pytest.raises(ValueError, match="annual_revenue"):
        pavilion_open_to("industry", factory_registered=True, annual_revenue=-5)


def reason(**changes: object) -> str | None:
    arguments: dict[str, object] = {
        "plan_subsidised": True,
        "existing_customer_renewal": False,
        "pavilion_open": True,
        "points_valid_until": TODAY,
        "today": TODAY,
    }
    arguments.update(changes)
    return order_block_reason(**arguments)  # type: ignore[arg-type]


def test_order_block_reasons_in_order_of_precedence() -> None:
    assert reason() is None
    assert reason(plan_subsidised=False, existing_customer_renewal=True) == "PLAN_NOT_SUBSIDISED"
    assert (
        reason(existing_customer_renewal=True, pavilion_open=False) == "EXISTING_CUSTOMER_RENEWAL"
    )
    assert reason(pavilion_open=False, points_valid_until=None) == "PAVILION_NOT_OPEN"
    assert reason(points_valid_until=date(2026, 11, 20)) == "POINTS_EXPIRED"
    assert reason(points_valid_until=None) == "POINTS_EXPIRED"
    with pytest.raises(ValueError, match="today must be a date"):
        reason(today="2026-11-21")
