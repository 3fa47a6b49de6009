"""How a price was split into points and self-pay, beside the rule that split it.

Qt-free. The ratio comes from the platform (``ratio`` on solutions, quotes and orders, e.g.
``"1:1"``, 工業館 ``"2:1"``), never from a constant here, so the screen states the rule in
force and the actual split together and a shortfall of points is visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction


def ratio_share(ratio: str) -> Fraction:
    """The largest share of a price points may pay under ``"self_pay:points"`` (1:1 → 1/2)."""
    parts = [p.strip() for p in ratio.replace("：", ":").split(":")]
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        raise ValueError(f"not a self-pay : points ratio: {ratio!r}")
    self_pay, points = int(parts[0]), int(parts[1])
    if self_pay + points == 0:
        raise ValueError(f"not a self-pay : points ratio: {ratio!r}")
    return Fraction(points, self_pay + points)


@dataclass(frozen=True)
class SplitView:
    """The actual split of one price and what the ratio alone would have allowed."""

    price: int
    points: int
    self_pay: int
    ratio: str
    rule_points: int
    """Most points the ratio allows on this price (before the balance limits it)."""

    @property
    def shortfall(self) -> int:
        """Points the ratio allowed but the balance did not cover (paid by the applicant)."""
        return max(0, self.rule_points - self.points)


def split_view(price: int, points: int, self_pay: int, ratio: str) -> SplitView:
    """The split the platform made, with the rule's maximum for comparison."""
    return SplitView(price, points, self_pay, ratio, int(price * ratio_share(ratio)))
