"""The demo world: fixed applicants, the 15 categories, vendors, solutions and plans.

Everything here is deterministic, so a fresh database and ``/_sandbox/reset`` give the
same world every time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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

# The 15 categories of the subsidy zone (seed flyer), in the flyer's order.
CATEGORIES: tuple[tuple[str, str], ...] = (
    ("inventory", "進銷存管理"),
    ("erp", "企業資源規劃(ERP)"),
    ("accounting", "財會管理"),
    ("hr", "人力資源管理(HR)"),
    ("crm", "客戶關係管理(CRM)"),
    ("collaboration", "雲端辦公協作"),
    ("pos", "雲端收銀(POS)"),
    ("production", "生產管理"),
    ("mobile_payment", "行動支付"),
    ("e_invoice", "電子發票"),
    ("customer_service", "雲端客服"),
    ("security", "資訊安全"),
    ("online_store", "開店平台"),
    ("carbon", "碳排計算分析"),
    ("energy", "能源管理系統(EMS)"),
)

VENDORS: tuple[tuple[str, str], ...] = (
    ("V001", "雲翔資訊股份有限公司（測試）"),
    ("V002", "島嶼軟體有限公司（測試）"),
    ("V003", "好帳雲端科技股份有限公司（測試）"),
    ("V004", "安心資安股份有限公司（測試）"),
    ("V005", "田園數位有限公司（測試）"),
    ("V006", "智造雲股份有限公司（測試）"),
    ("V007", "小店通科技有限公司（測試）"),
    ("V008", "綠能管家股份有限公司（測試）"),
    ("V009", "台灣通用紡織股份有限公司（測試）"),
)

# (category, pavilion, vendor, name, base monthly price, tags, subsidised)
_SOLUTIONS: tuple[tuple[str, str, str, str, int, tuple[str, ...], bool], ...] = (
    ("inventory", "general", "V001", "雲翔進銷存雲", 5000, ("庫存", "採購"), True),
    ("erp", "general", "V001", "雲翔 ERP 標準版", 9000, ("ERP", "整合"), True),
    ("accounting", "general", "V003", "好帳雲會計", 4000, ("記帳", "報表"), True),
    ("hr", "general", "V002", "島嶼人資雲", 4500, ("排班", "薪資"), True),
    ("crm", "general", "V002", "島嶼客戶通 CRM", 6000, ("會員", "行銷"), True),
    ("collaboration", "general", "V002", "島嶼雲端協作", 3500, ("遠距", "文件"), True),
    ("pos", "general", "V007", "小店通雲端收銀", 4000, ("收銀", "門市"), True),
    ("production", "general", "V006", "智造排程雲", 8000, ("排程", "工單"), True),
    ("mobile_payment", "general", "V007", "小店通行動支付", 3500, ("行動支付",), True),
    ("e_invoice", "general", "V003", "好帳電子發票", 3400, ("電子發票", "雲端發票"), True),
    ("customer_service", "general", "V002", "島嶼雲端客服", 4200, ("客服", "聊天機器人"), True),
    ("security", "general", "V004", "安心端點防護", 5000, ("防毒", "資安"), True),
    ("online_store", "general", "V007", "小店通開店平台", 6500, ("電商", "網購"), True),
    ("carbon", "general", "V008", "綠能碳盤查", 7000, ("碳排", "ESG"), True),
    ("energy", "general", "V008", "綠能 EMS", 10000, ("節能", "用電"), True),
    ("security", "general", "V004", "安心郵件過濾（全額自付）", 3000, ("郵件",), False),
    ("pos", "commerce", "V007", "小店通餐飲 POS", 4500, ("餐飲", "點餐"), True),
    ("online_store", "commerce", "V001", "雲翔電商開店", 5500, ("電商",), True),
    ("e_invoice", "commerce", "V003", "好帳門市發票", 3000, ("電子發票",), True),
    ("crm", "commerce", "V002", "島嶼會員點數", 4000, ("會員", "點數"), True),
    ("mobile_payment", "commerce", "V007", "小店通掃碼付", 2500, ("行動支付",), True),
    ("customer_service", "commerce", "V002", "島嶼線上預約", 3000, ("預約",), True),
    ("accounting", "micro", "V003", "好帳小微記帳", 2000, ("記帳",), True),
    ("collaboration", "micro", "V002", "島嶼小團隊協作", 2000, ("協作",), True),
    ("security", "micro", "V004", "安心小微資安包", 2500, ("資安",), True),
    ("inventory", "micro", "V001", "雲翔小店庫存", 2200, ("庫存",), True),
    ("inventory", "agriculture", "V005", "田園產銷履歷雲", 3000, ("產銷履歷",), True),
    ("online_store", "agriculture", "V005", "田園小農電商", 3500, ("小農", "電商"), True),
    ("erp", "agriculture", "V005", "田園合作社管理", 5000, ("合作社",), True),
    ("energy", "agriculture", "V008", "綠能溫室監控", 6000, ("溫室", "感測"), True),
    ("production", "industry", "V006", "智造 MES 雲", 30000, ("MES", "工廠"), True),
    ("erp", "industry", "V006", "智造製造業 ERP", 50000, ("ERP", "製造"), True),
    ("energy", "industry", "V008", "綠能工廠能源管理", 25000, ("EMS", "工廠"), True),
    ("carbon", "industry", "V008", "綠能產品碳足跡", 20000, ("碳足跡",), True),
    ("security", "industry", "V004", "安心 OT 資安監控", 35000, ("OT", "資安"), True),
)

# Plan lengths: subsidised plans run at least 4 months (002 四、用詞定義(五)), 工業館 at least 3
# (004 貳(2/2) 四: 客戶使用服務須3個月).
PLAN_TERMS: tuple[tuple[int, str], ...] = ((4, "四個月方案"), (6, "半年方案"), (12, "年方案"))
INDUSTRY_PLAN_TERMS: tuple[tuple[int, str], ...] = ((3, "季方案"), (6, "半年方案"), (12, "年方案"))

# Seed 004 壹(3/3): 台灣通用紡織 lists its original plan and a 工業館 offer, each a year.
TEXTILE_SOLUTION = (
    "production",
    "industry",
    "V009",
    "通用紡織 線上布片資料整合平台",
    ("布片", "紡織", "數位倉庫"),
)
TEXTILE_PLANS: tuple[tuple[str, str, int, int], ...] = (
    ("A", "A原方案（5個帳號、布片倉庫5000片）", 12, 60_000),
    ("B", "B優惠方案（50個帳號、布片倉庫無上限）", 12, 600_000),
)

# The demo world's one existing vendor relationship: the SME already uses S001.
EXISTING_CUSTOMER = ("16480894", "S001")


def seed(db: OrmSession) -> None:
    """Fill an empty database with the demo world."""
    for position, (cid, name) in enumerate(CATEGORIES, start=1):
        db.add(Category(id=cid, position=position, name=name))
    for vid, name in VENDORS:
        db.add(Vendor(id=vid, name=name))
    db.flush()
    for number, (cat, pav, vid, name, monthly, tags, subsidised) in enumerate(_SOLUTIONS, start=1):
        sid = f"S{number:03d}"
        db.add(
            Solution(
                id=sid,
                name=name,
                vendor_id=vid,
                category=cat,
                pavilion=pav,
                tags=list(tags),
                subsidised=subsidised,
            )
        )
        db.flush()
        for months, label in INDUSTRY_PLAN_TERMS if pav == "industry" else PLAN_TERMS:
            db.add(
                Plan(
                    id=f"{sid}-{months:02d}M",
                    solution_id=sid,
                    name=f"{name} {label}",
                    months=months,
                    price=monthly * months,
                )
            )
    _seed_textile(db, f"S{len(_SOLUTIONS) + 1:03d}")
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
    ubn, solution_id = EXISTING_CUSTOMER
    db.add(CustomerRelation(ubn=ubn, solution_id=solution_id))
    db.flush()


def _seed_textile(db: OrmSession, sid: str) -> None:
    cat, pav, vid, name, tags = TEXTILE_SOLUTION
    db.add(Solution(id=sid, name=name, vendor_id=vid, category=cat, pavilion=pav, tags=list(tags)))
    db.flush()
    for letter, label, months, price in TEXTILE_PLANS:
        db.add(Plan(id=f"{sid}-{letter}", solution_id=sid, name=label, months=months, price=price))


def wipe(db: OrmSession) -> None:
    """Delete every row of every table (children first)."""
    for table in reversed(Base.metadata.sorted_tables):
        db.execute(delete(table))
    db.flush()
