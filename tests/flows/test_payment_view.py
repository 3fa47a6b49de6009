"""The rule and the actual split side by side; the ratio is the platform's."""

from __future__ import annotations

from fractions import Fraction

import pytest

from app.flows.payment_view import ratio_share, split_view


def test_the_ratio_sets_the_share() -> None:
    assert ratio_share("1:1") == Fraction(1, 2)
    assert ratio_share("2:1") == Fraction(1, 3)
    assert ratio_share("2 : 1") == Fraction(1, 3)
    for bad in ("", "1", "a:b", "0:0", "1:1:1"):
        with pytest.raises(ValueError, match="ratio"):
            ratio_share(bad)


def test_a_shortfall_is_what_the_rule_allowed_minus_what_was_used() -> None:
    short = split_view(96_000, 30_000, 66_000, "1:1")
    assert (short.rule_points, short.shortfall) == (48_000, 18_000)
    whole = split_view(60_000, 30_000, 30_000, "1:1")
    assert whole.shortfall == 0
    industry = split_view(600_000, 200_000, 400_000, "2:1")
    assert (industry.rule_points, industry.shortfall) == (200_000, 0)
