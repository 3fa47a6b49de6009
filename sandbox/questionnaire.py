"""Content of the digital self-assessment (數位自評檢測), version-stamped.

The generic rules (visibility via ``show_if``, missing answers, scoring) are in
``app.subsidy``; this module holds only the questions and which solution categories
answer a weak dimension.
"""

from __future__ import annotations

from typing import Any

VERSION = "2026.2"

DIMENSIONS: tuple[tuple[str, str], ...] = (
    ("daily_operations", "內部日常營運"),
    ("production_scheduling", "產品排程"),
    ("remote_work", "遠距辦公"),
    ("online_collaboration", "線上協作"),
    ("information_security", "資訊安全"),
    ("sales_channels", "銷售管理與通路"),
    ("e_payment", "電子支付"),
    ("customer_management", "客戶管理"),
)

# Categories that strengthen each dimension, best first.
DIMENSION_CATEGORIES: dict[str, tuple[str, ...]] = {
    "daily_operations": ("inventory", "accounting", "erp", "hr"),
    "production_scheduling": ("production", "energy", "carbon"),
    "remote_work": ("collaboration",),
    "online_collaboration": ("collaboration",),
    "information_security": ("security",),
    "sales_channels": ("online_store", "pos"),
    "e_payment": ("mobile_payment", "e_invoice"),
    "customer_management": ("crm", "customer_service"),
}

# A dimension scoring below this is a need the recommendations address.
NEED_THRESHOLD = 60

_LEVELS = (("none", "尚未使用", 0), ("partly", "部分使用", 1), ("fully", "全面使用", 2))


def _level(qid: str, dimension: str, text: str, **extra: Any) -> dict[str, Any]:
    options = [{"id": oid, "text": label, "score": score} for oid, label, score in _LEVELS]
    question = {"id": qid, "dimension": dimension, "text": text, "kind": "single"}
    return question | {"options": options} | extra


def _yes_no(qid: str, dimension: str, text: str, **extra: Any) -> dict[str, Any]:
    options = [{"id": "yes", "text": "是", "score": 2}, {"id": "no", "text": "否", "score": 0}]
    question = {"id": qid, "dimension": dimension, "text": text, "kind": "single"}
    return question | {"options": options} | extra


def _multi(
    qid: str,
    dimension: str,
    text: str,
    options: list[tuple[str, str, int]],
    *,
    exclusive: tuple[str, ...] = (),
    **extra: Any,
) -> dict[str, Any]:
    """A multiple-choice question; ``exclusive`` options stand alone (「皆已數位化」)."""
    return {
        "id": qid,
        "dimension": dimension,
        "text": text,
        "kind": "multi",
        "options": [
            {"id": oid, "text": label, "score": score}
            | ({"exclusive": True} if oid in exclusive else {})
            for oid, label, score in options
        ],
    } | extra


def _when(question: str, *any_of: str) -> dict[str, Any]:
    return {"show_if": {"question": question, "any_of": list(any_of)}}


QUESTIONS: tuple[dict[str, Any], ...] = (
    # 內部日常營運
    _level("ops_inventory", "daily_operations", "貴單位是否以資訊系統管理進銷存？"),
    _level("ops_accounting", "daily_operations", "帳務與報表是否以雲端或軟體處理？"),
    _yes_no("ops_hr", "daily_operations", "員工出勤與薪資是否以系統計算？"),
    _multi(
        "ops_paper",
        "daily_operations",
        "目前仍以紙本處理的作業有哪些？（可複選，勾選越少越好）",
        [("none", "皆已數位化", 3), ("orders", "訂單", 0), ("forms", "簽核表單", 0)],
        exclusive=("none",),
    ),
    # 產品排程
    _yes_no("prod_makes", "production_scheduling", "貴單位是否自行生產或加工產品？"),
    _level(
        "prod_schedule",
        "production_scheduling",
        "生產排程是否以系統規劃？",
        **_when("prod_makes", "yes"),
    ),
    _yes_no(
        "prod_energy",
        "production_scheduling",
        "是否掌握各設備的用電量？",
        **_when("prod_makes", "yes"),
    ),
    _yes_no("prod_delivery", "production_scheduling", "是否能即時回覆客戶交期？"),
    # 遠距辦公
    _level("remote_access", "remote_work", "員工能否在公司以外安全地存取工作資料？"),
    _yes_no("remote_meeting", "remote_work", "是否使用線上會議工具？"),
    _multi(
        "remote_tools",
        "remote_work",
        "在公司以外工作時使用哪些工具？（可複選）",
        [("none", "尚未使用", 0), ("cloud_drive", "雲端硬碟", 1), ("vpn", "VPN 遠端連線", 1)],
        exclusive=("none",),
    ),
    _yes_no(
        "remote_policy",
        "remote_work",
        "是否訂有遠距辦公的規範？",
        **_when("remote_meeting", "yes"),
    ),
    # 線上協作
    _level("collab_docs", "online_collaboration", "文件是否以雲端共同編輯？"),
    _yes_no("collab_tasks", "online_collaboration", "是否以線上工具分派與追蹤工作？"),
    _yes_no("collab_chat", "online_collaboration", "團隊是否使用企業通訊軟體？"),
    # 資訊安全
    _yes_no("sec_backup", "information_security", "重要資料是否定期異地備份？"),
    _yes_no("sec_antivirus", "information_security", "所有電腦是否安裝並更新防毒軟體？"),
    _yes_no("sec_incident", "information_security", "過去一年是否曾遭遇資安事件？"),
    _multi(
        "sec_incident_kind",
        "information_security",
        "遭遇過哪些資安事件？（可複選）",
        [
            ("recovered", "已完全復原", 2),
            ("ransomware", "勒索軟體", 0),
            ("phishing", "釣魚郵件", 0),
        ],
        **_when("sec_incident", "yes"),
    ),
    _yes_no("sec_mfa", "information_security", "重要帳號是否啟用多因素驗證？"),
    # 銷售管理與通路
    _level("sales_online", "sales_channels", "是否經營網路銷售通路？"),
    _yes_no("sales_pos", "sales_channels", "門市是否使用收銀系統？"),
    _yes_no(
        "sales_reports",
        "sales_channels",
        "是否能依商品分析銷售數據？",
        **_when("sales_online", "partly", "fully"),
    ),
    # 電子支付
    _level("pay_mobile", "e_payment", "是否接受行動支付？"),
    _yes_no("pay_einvoice", "e_payment", "是否開立電子發票？"),
    _yes_no(
        "pay_reconcile",
        "e_payment",
        "行動支付款項是否自動對帳？",
        **_when("pay_mobile", "partly", "fully"),
    ),
    # 客戶管理
    _level("cust_records", "customer_management", "是否以系統記錄客戶資料與交易？"),
    _yes_no("cust_service", "customer_management", "是否提供線上客服或預約？"),
    _yes_no("cust_loyalty", "customer_management", "是否經營會員或集點制度？"),
)


def questionnaire() -> dict[str, Any]:
    """The questionnaire as served by ``GET /assessment/questionnaire``."""
    return {
        "version": VERSION,
        "dimensions": [{"id": did, "title": title} for did, title in DIMENSIONS],
        "questions": [dict(q) for q in QUESTIONS],
    }


def recommended_categories(scores: dict[str, int]) -> list[str]:
    """Categories for the weakest dimensions first; at least three are always offered."""
    ranked = sorted(scores, key=lambda d: (scores[d], [x for x, _ in DIMENSIONS].index(d)))
    chosen: list[str] = []
    for dimension in ranked:
        if scores[dimension] >= NEED_THRESHOLD and len(chosen) >= 3:
            break
        for category in DIMENSION_CATEGORIES[dimension]:
            if category not in chosen:
                chosen.append(category)
    return chosen
