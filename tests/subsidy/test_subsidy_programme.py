"""The programme year as data: the training platform's programme, parsing and settings."""

from __future__ import annotations

from copy import deepcopy
from datetime import date
from typing import Any

import pytest

from app.subsidy import Pavilion, current_year_programme, seed_programme
from app.subsidy.programme import Programme


def general(name: str = "補助專區", **terms: object) -> dict[str, object]:
    return {
        "id": "general",
        "name": name,
        "points_cap": 30000,
        "self_pay_share": 1,
        "points_share": 1,
        "min_plan_months": 4,
        **terms,
    }


def programme_data(**changes: object) -> dict[str, Any]:
    """A minimal programme as ``GET /programme`` serves it."""
    data: dict[str, Any] = {
        "id": "t",
        "name": "測試年度",
        "year": 115,
        "applications_open_from": "2026-01-01",
        "applications_open_until": None,
        "ends_on": "2026-12-31",
        "first_use_months": 2,
        "validity_months": 5,
        "return_extension_working_days": 5,
        "pavilions": [general()],
    }
    data.update(changes)
    return data


def test_the_training_programme_is_the_seeds_rules_in_todays_year() -> None:
    """Seed 002's terms, 004's 工業館; applications in the calendar year, use until a year on."""
    programme = current_year_programme(date(2026, 6, 1))
    one_to_one = {
        "points_cap": 30000,
        "self_pay_share": 1,
        "points_share": 1,
        "ratio": "1:1",
        "min_plan_months": 4,
        "first_use_months": 1,
        "validity_months": 3,
        "use_by": None,
    }
    assert programme.to_json() == {
        "id": "training",
        "name": "115年度 臺灣雲市集數位點數補助（訓練平台）",
        "year": 115,
        "applications_open_from": "2026-01-01",
        "applications_open_until": "2026-12-31",
        "ends_on": "2027-12-31",
        "budget_exhausted": False,
        "first_use_months": 1,
        "validity_months": 3,
        "return_extension_working_days": 5,
        "pavilions": [
            {"id": "general", "name": "補助專區", **one_to_one},
            {"id": "commerce", "name": "商業館", **one_to_one},
            {"id": "micro", "name": "中小館", **one_to_one},
            {"id": "agriculture", "name": "農業館", **one_to_one},
            {
                "id": "industry",
                "name": "工業館",
                "points_cap": 200000,
                "self_pay_share": 2,
                "points_share": 1,
                "ratio": "2:1",
                "min_plan_months": 3,
                "first_use_months": None,
                "validity_months": 3,
                "use_by": None,
            },
        ],
    }


def test_the_training_programme_follows_the_year_of_today() -> None:
    programme = current_year_programme(date(2031, 12, 31))
    assert (programme.id, programme.year, programme.name) == (
        "training",
        120,
        "120年度 臺灣雲市集數位點數補助（訓練平台）",
    )
    assert (programme.applications_open_from, programme.applications_open_until) == (
        date(2031, 1, 1),
        date(2031, 12, 31),
    )
    assert programme.ends_on == date(2032, 12, 31)
    with pytest.raises(ValueError, match=r"^today must be a date"):
        current_year_programme("2031-12-31")  # type: ignore[arg-type]


@pytest.mark.parametrize("programme", [seed_programme("111"), seed_programme("110")])
def test_a_programme_reads_back_what_it_serves(programme: Programme) -> None:
    assert Programme.from_json(programme.to_json()) == programme
    exhausted = programme.with_settings(budget_exhausted=True)
    assert Programme.from_json(exhausted.to_json()).budget_exhausted is True


def test_pavilions_inherit_the_programmes_months_unless_they_set_their_own() -> None:
    data = programme_data(
        pavilions=[
            general(),
            general("工業館", id="industry", first_use_months=None, validity_months=7),
        ]
    )
    programme = Programme.from_json(data)
    assert (programme.first_use_months, programme.validity_months) == (2, 5)
    inherited, own = programme.pavilions
    assert (inherited.first_use_months, inherited.validity_months) == (2, 5)
    assert (own.first_use_months, own.validity_months) == (None, 7)


def test_budget_is_not_exhausted_unless_the_data_says_so() -> None:
    assert Programme.from_json(programme_data()).budget_exhausted is False
    assert Programme.from_json(programme_data(budget_exhausted=True)).budget_exhausted is True


@pytest.mark.parametrize("key", ["year", "first_use_months", "validity_months"])
def test_programme_numbers_are_at_least_one(key: str) -> None:
    """Also where every pavilion sets its own months (nothing inherits the programme's)."""
    own = [general(first_use_months=1, validity_months=1)]
    with pytest.raises(ValueError, match=f"^{key} must be at least 1, got 0"):
        Programme.from_json(programme_data(pavilions=own, **{key: 0}))
    assert getattr(Programme.from_json(programme_data(pavilions=own, **{key: 1})), key) == 1


def test_return_extension_may_be_zero_but_must_be_a_number() -> None:
    assert (
        Programme.from_json(
            programme_data(return_extension_working_days=0)
        ).return_extension_working_days
        == 0
    )
    with pytest.raises(ValueError, match=r"^return_extension_working_days must be an integer"):
        Programme.from_json(programme_data(return_extension_working_days="5"))


@pytest.mark.parametrize(
    ("key", "minimum"),
    [
        ("points_cap", 0),
        ("self_pay_share", 1),
        ("points_share", 1),
        ("min_plan_months", 1),
        ("first_use_months", 1),
        ("validity_months", 1),
    ],
)
def test_pavilion_numbers_have_their_minimum(key: str, minimum: int) -> None:
    with pytest.raises(ValueError, match=f"^{key} must be at least {minimum}, got {minimum - 1}"):
        Programme.from_json(programme_data(pavilions=[general(**{key: minimum - 1})]))
    (terms,) = Programme.from_json(programme_data(pavilions=[general(**{key: minimum})])).pavilions
    assert getattr(terms, key) == minimum


def test_a_programme_needs_a_pavilion_and_all_its_fields() -> None:
    with pytest.raises(ValueError, match=r"^a programme needs at least one pavilion$"):
        Programme.from_json(programme_data(pavilions=[]))
    incomplete = programme_data()
    del incomplete["ends_on"]
    with pytest.raises(ValueError, match=r"^programme data is incomplete: 'ends_on'"):
        Programme.from_json(incomplete)


def test_terms_of_a_pavilion_the_programme_lacks_or_does_not_know() -> None:
    programme = seed_programme("111")
    assert programme.terms("general").pavilion is Pavilion.GENERAL
    with pytest.raises(ValueError, match=r"^programme 111 has no pavilion industry$"):
        programme.terms(Pavilion.INDUSTRY)
    with pytest.raises(ValueError, match=r"^unknown pavilion 'mall'$"):
        programme.terms("mall")


def test_settings_change_only_what_they_name() -> None:
    exhausted = deepcopy(seed_programme("111")).with_settings(budget_exhausted=True)
    assert exhausted.with_settings() == exhausted
    moved = exhausted.with_settings(
        ends_on=date(2022, 10, 31), applications_open_until=date(2022, 9, 30)
    )
    assert (moved.ends_on, moved.applications_open_until, moved.budget_exhausted) == (
        date(2022, 10, 31),
        date(2022, 9, 30),
        True,
    )
    assert moved.with_settings(budget_exhausted=False).budget_exhausted is False


@pytest.mark.parametrize("setting", ["ends_on", "applications_open_until"])
def test_a_date_setting_must_be_a_date(setting: str) -> None:
    with pytest.raises(ValueError, match=f"^{setting} must be a date"):
        seed_programme("111").with_settings(**{setting: "2022-10-31"})  # type: ignore[arg-type]
