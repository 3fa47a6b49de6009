"""The demo world: fixed applicants, the 15 categories, vendors, solutions and plans.

Everything here is deterministic, so a fresh database and ``/_sandbox/reset`` give the
same world every time.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session as OrmSession

from .db import (
    Applicant,
    Base,
    Category,
    CustomerRelation,
    Plan,
    Solution,
    Vendor,
)


@dataclass(frozen=True)
class DemoApplicant:
    """One applicant of the demo world."""

    ubn: str
    name: str
    applicant_type: str
    responsible_name: str
    responsible_id: str
    birthday: date
    mobile: str
    org_code: str | None = None
    paid_in_capital: int | None = None
    employees: int | None = None
    factory_registered: bool = False
    disqualified: tuple[str, ...] = ()


DEMO_APPLICANTS: tuple[DemoApplicant, ...] = (
    DemoApplicant(
        "16480894",
        "雲端示範股份有限公司（測試）",
        "sme",
        "王大明",
        "A123456789",
        date(1975, 3, 14),
        "0912345678",
        paid_in_capital=5_000_000,
        employees=12,
    ),
    DemoApplicant(
        "81924865",
        "示範精密工業有限公司（測試）",
        "sme",
        "李建國",
        "B179129027",
        date(1968, 8, 2),
        "0922333444",
        paid_in_capital=30_000_000,
        employees=85,
        factory_registered=True,
    ),
    DemoApplicant(
        "17784483",
        "示範小吃店（測試）",
        "tax_registered",
        "陳美玲",
        "F278735018",
        date(1980, 11, 30),
        "0933111222",
        paid_in_capital=200_000,
        employees=3,
    ),
    DemoApplicant(
        "18302983",
        "示範農產運銷合作社（測試）",
        "cooperative",
        "林志明",
        "K146117864",
        date(1962, 5, 5),
        "0955666777",
        org_code="18302983",
        employees=20,
    ),
    DemoApplicant(
        "23831903",
        "示範社會創新協會（測試）",
        "social_innovation",
        "黃淑芬",
        "E245278829",
        date(1985, 1, 20),
        "0966777888",
        org_code="23831903",
        employees=6,
    ),
    DemoApplicant(
        "95753514",
        "示範貿易股份有限公司台中分公司（測試）",
        "sme",
        "劉家豪",
        "H217112506",
        date(1970, 7, 7),
        "0977888999",
        paid_in_capital=10_000_000,
        employees=30,
        disqualified=("domestic_company_branch",),
    ),
)

STRANGER_NAME = "張志強"
STRANGER_ID = "P141501163"

# The catalogue: the 15 categories of the subsidy zone in the seed flyer's order, the
# vendors, their solutions (monthly price; plans of each solution's pavilion's terms), the
# one textile offer of seed 004 壹(3/3) and the one existing vendor relationship (the SME
# already uses S001).
_CATALOGUE: dict[str, Any] = json.loads(
    Path(__file__).with_name("catalogue.json").read_text(encoding="utf-8")
)


def _plan_terms(pavilion: str) -> list[dict[str, Any]]:
    """Plan lengths: subsidised plans run at least 4 months (002 四、用詞定義(五)), 工業館
    at least 3 (004 貳(2/2) 四: 客戶使用服務須3個月)."""
    terms: list[dict[str, Any]] = _CATALOGUE["plan_terms"][
        "industry" if pavilion == "industry" else "general"
    ]
    return terms


def seed(db: OrmSession) -> None:
    """Fill an empty database with the demo world."""
    for position, category in enumerate(_CATALOGUE["categories"], start=1):
        db.add(Category(id=category["id"], position=position, name=category["name"]))
    for vendor in _CATALOGUE["vendors"]:
        db.add(Vendor(id=vendor["id"], name=vendor["name"]))
    db.flush()
    solutions = _CATALOGUE["solutions"]
    for number, solution in enumerate(solutions, start=1):
        sid = f"S{number:03d}"
        db.add(_solution(sid, solution))
        db.flush()
        for term in _plan_terms(solution["pavilion"]):
            months = term["months"]
            name = f"{solution['name']} {term['label']}"
            db.add(_plan(sid, f"{months:02d}M", name, months, solution["monthly_price"] * months))
    _seed_textile(db, f"S{len(solutions) + 1:03d}")
    for demo in DEMO_APPLICANTS:
        db.add(
            Applicant(
                ubn=demo.ubn,
                name=demo.name,
                applicant_type=demo.applicant_type,
                responsible_name=demo.responsible_name,
                responsible_id=demo.responsible_id,
                responsible_birthday=demo.birthday,
                responsible_mobile=demo.mobile,
                org_code=demo.org_code,
                paid_in_capital=demo.paid_in_capital,
                employees=demo.employees,
                factory_registered=demo.factory_registered,
                profile=dict.fromkeys(demo.disqualified, True),
                status="draft",
                steps=[],
                authorizations=[],
                form={},
            )
        )
    existing = _CATALOGUE["existing_customer"]
    db.add(CustomerRelation(ubn=existing["ubn"], solution_id=existing["solution_id"]))
    db.flush()


def _solution(sid: str, solution: dict[str, Any]) -> Solution:
    return Solution(
        id=sid,
        name=solution["name"],
        vendor_id=solution["vendor"],
        category=solution["category"],
        pavilion=solution["pavilion"],
        tags=list(solution["tags"]),
        subsidised=solution.get("subsidised", True),
    )


def _seed_textile(db: OrmSession, sid: str) -> None:
    db.add(_solution(sid, _CATALOGUE["textile_solution"]))
    db.flush()
    for plan in _CATALOGUE["textile_plans"]:
        db.add(_plan(sid, plan["letter"], plan["name"], plan["months"], plan["price"]))


def _plan(solution_id: str, suffix: str, name: str, months: int, price: int) -> Plan:
    return Plan(
        id=f"{solution_id}-{suffix}",
        solution_id=solution_id,
        name=name,
        months=months,
        price=price,
    )


def wipe(db: OrmSession) -> None:
    """Delete every row of every table (children first)."""
    for table in reversed(Base.metadata.sorted_tables):
        db.execute(delete(table))
    db.flush()
