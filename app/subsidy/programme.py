"""The programme year in force: caps, ratios, plan lengths, validity and its dates.

The numbers change from one programme year to the next (seed 001 is the 111年 flyer,
seed 004 the 110年 工業館 notice), so they are data: the platform serves the programme
(``GET /programme``), the client previews with the copy it fetched, and every rule
function that depends on them takes a :class:`Programme`. The seeds' programmes ship in
``resources/programmes.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from fractions import Fraction
from functools import cache
from typing import Any

from ._checks import require_date, require_int
from ._data import read_resource
from .enums import Pavilion


@dataclass(frozen=True)
class PavilionTerms:
    """One pavilion's terms in a programme year.

    ``self_pay_share`` : ``points_share`` is the seed's 自付 : 補助 ratio (1 : 1, or 2 : 1
    in 工業館, where 004 calls it "自籌比1:2" and "補助比例為三分之一").
    ``first_use_months`` and ``validity_months`` of ``None`` mean the rule does not
    apply to this pavilion; ``use_by`` is a fixed last day of use (004 註4).
    """

    pavilion: Pavilion
    name: str
    points_cap: int
    self_pay_share: int
    points_share: int
    min_plan_months: int
    first_use_months: int | None
    validity_months: int | None
    use_by: date | None = None

    @property
    def share_of_price(self) -> Fraction:
        """Largest share of a price that points may pay (1/2, or 1/3 in 工業館)."""
        return Fraction(self.points_share, self.self_pay_share + self.points_share)

    @property
    def ratio_label(self) -> str:
        """Self-pay : points as shown to people: ``"1:1"`` or ``"2:1"``."""
        return f"{self.self_pay_share}:{self.points_share}"


@dataclass(frozen=True)
class Programme:
    """A programme year: its application period, end, budget state and pavilions."""

    id: str
    name: str
    year: int
    applications_open_from: date
    applications_open_until: date | None
    ends_on: date
    budget_exhausted: bool
    first_use_months: int
    validity_months: int
    return_extension_working_days: int
    pavilions: tuple[PavilionTerms, ...]

    def terms(self, pavilion: Pavilion | str) -> PavilionTerms:
        """The terms of ``pavilion``; ValueError when this programme has no such pavilion."""
        try:
            wanted = Pavilion(pavilion)
        except ValueError:
            raise ValueError(f"unknown pavilion {pavilion!r}") from None
        for terms in self.pavilions:
            if terms.pavilion is wanted:
                return terms
        raise ValueError(f"programme {self.id} has no pavilion {wanted.value}")

    def has_pavilion(self, pavilion: Pavilion | str) -> bool:
        """True when this programme runs ``pavilion``."""
        return any(t.pavilion.value == str(pavilion) for t in self.pavilions)

    def with_settings(
        self,
        *,
        ends_on: date | None = None,
        budget_exhausted: bool | None = None,
        applications_open_until: date | None = None,
    ) -> Programme:
        """A copy with the platform's settings for end date, budget and application period."""
        return replace(
            self,
            ends_on=self.ends_on if ends_on is None else require_date("ends_on", ends_on),
            budget_exhausted=(
                self.budget_exhausted if budget_exhausted is None else bool(budget_exhausted)
            ),
            applications_open_until=(
                self.applications_open_until
                if applications_open_until is None
                else require_date("applications_open_until", applications_open_until)
            ),
        )

    def to_json(self) -> dict[str, Any]:
        """The body of ``GET /programme``."""
        return {
            "id": self.id,
            "name": self.name,
            "year": self.year,
            "applications_open_from": self.applications_open_from.isoformat(),
            "applications_open_until": _iso(self.applications_open_until),
            "ends_on": self.ends_on.isoformat(),
            "budget_exhausted": self.budget_exhausted,
            "first_use_months": self.first_use_months,
            "validity_months": self.validity_months,
            "return_extension_working_days": self.return_extension_working_days,
            "pavilions": [
                {
                    "id": t.pavilion.value,
                    "name": t.name,
                    "points_cap": t.points_cap,
                    "self_pay_share": t.self_pay_share,
                    "points_share": t.points_share,
                    "ratio": t.ratio_label,
                    "min_plan_months": t.min_plan_months,
                    "first_use_months": t.first_use_months,
                    "validity_months": t.validity_months,
                    "use_by": _iso(t.use_by),
                }
                for t in self.pavilions
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Programme:
        """Parse a programme as ``GET /programme`` serves it; ValueError on bad data."""
        try:
            first_use = require_int("first_use_months", data["first_use_months"], minimum=1)
            validity = require_int("validity_months", data["validity_months"], minimum=1)
            pavilions = tuple(
                _pavilion_from_json(item, first_use, validity) for item in data["pavilions"]
            )
            if not pavilions:
                raise ValueError("a programme needs at least one pavilion")
            return cls(
                id=str(data["id"]),
                name=str(data["name"]),
                year=require_int("year", data["year"], minimum=1),
                applications_open_from=_date(data["applications_open_from"]),
                applications_open_until=_optional_date(data.get("applications_open_until")),
                ends_on=_date(data["ends_on"]),
                budget_exhausted=bool(data.get("budget_exhausted", False)),
                first_use_months=first_use,
                validity_months=validity,
                return_extension_working_days=require_int(
                    "return_extension_working_days", data["return_extension_working_days"]
                ),
                pavilions=pavilions,
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"programme data is incomplete: {exc}") from None


def _pavilion_from_json(item: dict[str, Any], first_use: int, validity: int) -> PavilionTerms:
    def months(key: str, default: int) -> int | None:
        value = item.get(key, default)
        return None if value is None else require_int(key, value, minimum=1)

    return PavilionTerms(
        pavilion=Pavilion(item["id"]),
        name=str(item["name"]),
        points_cap=require_int("points_cap", item["points_cap"]),
        self_pay_share=require_int("self_pay_share", item["self_pay_share"], minimum=1),
        points_share=require_int("points_share", item["points_share"], minimum=1),
        min_plan_months=require_int("min_plan_months", item["min_plan_months"], minimum=1),
        first_use_months=months("first_use_months", first_use),
        validity_months=months("validity_months", validity),
        use_by=_optional_date(item.get("use_by")),
    )


def _iso(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _date(value: object) -> date:
    if not isinstance(value, str):
        raise ValueError(f"expected a YYYY-MM-DD date, got {value!r}")
    return date.fromisoformat(value)


def _optional_date(value: object) -> date | None:
    return None if value is None else _date(value)


@cache
def _bundled() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_resource("programmes.json"))
    return data


def seed_programme_ids() -> tuple[str, ...]:
    """Identifiers of the programmes the seeds describe, in ``resources/programmes.json``."""
    return tuple(item["id"] for item in _bundled()["programmes"])


def seed_programme(programme_id: str) -> Programme:
    """A programme of the seeds (``"111"``: seeds 001/002; ``"110"``: seed 004)."""
    for item in _bundled()["programmes"]:
        if item["id"] == programme_id:
            return Programme.from_json(item)
    raise ValueError(f"unknown programme {programme_id!r}")


def current_year_programme(today: date) -> Programme:
    """The seeds' rules in the programme year of ``today`` (the training platform's default).

    Terms as seed 002 (30,000 points at 1 : 1, plans of at least 4 months, 1-month
    first use, 3-month validity, 5 working days for returned points) and seed 004's
    工業館 (200,000 points at 2 : 1, at least 3 months). The application period is the
    calendar year; the programme ends at the end of the following year so that points
    granted late in the year keep their full validity. 工業館 has no fixed use-by date
    here: its points follow the same 3-month validity.
    """
    require_date("today", today)
    template = Programme.from_json(_bundled()["current_year_template"])
    roc_year = today.year - 1911
    return replace(
        template,
        id="training",
        name=template.name.format(roc_year=roc_year),
        year=roc_year,
        applications_open_from=date(today.year, 1, 1),
        applications_open_until=date(today.year, 12, 31),
        ends_on=date(today.year + 1, 12, 31),
    )
