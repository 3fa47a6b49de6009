"""Receipt content: Traditional Chinese, ROC dates, NT$ amounts, the signature's digest."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Any

import pytest
from platform_answers import like_platform

from app.platform.models import CardSignature, MobileSignature, Order, TerminationQuote
from app.receipts import (
    Party,
    ReceiptError,
    application_receipt,
    order_receipt,
    roc_day,
    termination_receipt,
)
from app.subsidy import TAIWAN_TZ

PARTY = Party("雲端示範股份有限公司（測試）", "16480894")


def order(**extra: Any) -> Order:
    raw: dict[str, Any] = {
        "id": "20230131170117763814",
        "solution": {"id": "S013", "name": "小店通開店平台", "pavilion": "general"},
        "vendor": {"id": "V007", "name": "尚試電腦股份有限公司"},
        "plan": {"id": "S013-06M", "name": "開店平台 半年方案", "months": 6, "price": 60_000},
        "price": 60_000,
        "points": 30_000,
        "self_pay": 30_000,
        "ratio": "1:1",
        "status": "in_service",
        "status_text": "服務使用中",
        "history": [],
        "deadlines": {
            "vendor_confirm_by": "2023-02-02",
            "payment_due_by": "2023-02-06",
            "invoice_due_by": "2023-02-08",
            "service_start_by": "2023-02-15",
        },
        "invoice": {"number": "AB12345678", "amount": 60_000, "issued_on": "2023-02-07"},
        "service": {"start": "2023-06-01", "end": "2023-12-01"},
        "payment_url": None,
        "settlement": None,
        "created_at": "2023-01-31T17:01:17+08:00",
        "updated_at": "2023-06-01T09:00:00+08:00",
    }
    raw.update(extra)
    return Order.from_json(like_platform("order", raw))


def test_roc_day_has_the_weekday() -> None:
    assert roc_day(date(2023, 1, 31)) == "中華民國112年1月31日（二）"


def test_order_receipt_with_a_card_signature() -> None:
    signature = CardSignature(b'{"action":"order"}', b"\x01" * 256, b"cert-der", ())
    signed_at = datetime(2023, 1, 31, 17, 1, 17, tzinfo=TAIWAN_TZ)
    receipt = order_receipt(
        order(),
        PARTY,
        status_label="服務使用中",
        issued_on=date(2023, 6, 2),
        signature=signature,
        signed_at=signed_at,
        ratio="1:1",
    )
    text = receipt.to_text()
    assert "訂單確認單" in text
    assert "訂單編號：20230131170117763814" in text
    assert "訂單金額：NT$60,000（30,000 點 + 自付款 NT$30,000）" in text
    assert "自付款：補助點數：1:1" in text
    assert "自付款付款期限：中華民國112年2月6日（一）" in text
    assert "發票號碼：AB12345678" in text
    assert "開始：中華民國112年6月1日（四）" in text
    assert "簽署時間：中華民國112年1月31日 17:01:17" in text
    assert hashlib.sha256(signature.document).hexdigest() in text
    assert "95A" in text
    assert receipt.file_stem == "訂單_20230131170117763814"
    html = receipt.to_html()
    assert "<table" in html
    assert "雲端示範股份有限公司（測試）" in html


def test_order_receipt_of_a_terminated_order_shows_the_settlement() -> None:
    settled = order(
        status="terminated",
        settlement=like_platform(
            "settlement",
            {
                "order_id": "20230131170117763814",
                "on": "2023-07-15",
                "used_months": 2,
                "term_months": 12,
                "half_reached": False,
                "self_pay_refund": 20_000,
                "points_returned": 20_000,
                "points_valid_until": "2023-07-22",
                "points_not_returned_reason": None,
                "terminated_at": "2023-07-15T10:00:00+08:00",
            },
        ),
    )
    text = order_receipt(
        settled, PARTY, status_label="已退訂", issued_on=date(2023, 7, 15)
    ).to_text()
    assert "【退訂結算】" in text
    assert "退還自付款：NT$20,000" in text
    assert "返還點數使用期限：中華民國112年7月22日（六）" in text
    assert "【數位簽章】" not in text


def test_order_receipt_escapes_html_and_names_the_mobile_signature() -> None:
    hostile = order(plan={"id": "p", "name": "<script>x</script>", "months": 3, "price": 60_000})
    receipt = order_receipt(
        hostile,
        PARTY,
        status_label="x",
        issued_on=date(2023, 6, 2),
        signature=MobileSignature("tx-42"),
    )
    assert "<script>" not in receipt.to_html()
    assert "&lt;script&gt;" in receipt.to_html()
    assert "行動簽章交易序號：tx-42" in receipt.to_text()


def test_termination_receipt_states_the_rule_that_applied() -> None:
    quote = TerminationQuote(
        used_months=2,
        term_months=6,
        half_reached=False,
        self_pay_refund=20_000,
        points_returned=20_000,
        points_valid_until=date(2023, 7, 22),
        to_be_signed=b"{}",
    )
    receipt = termination_receipt(
        order(), PARTY, quote, terminated_on=date(2023, 7, 15), issued_on=date(2023, 7, 15)
    )
    text = receipt.to_text()
    assert "退訂日期：中華民國112年7月15日（六）" in text
    assert "已使用月數（未滿一個月以一個月計）：2 個月" in text
    assert "履約進度：未達二分之一期程" in text
    assert "退還自付款：NT$20,000" in text
    assert "返還點數：20,000 點" in text
    assert "自付款與點數皆依方案期程月數扣除已使用月數後返還" in text
    late = TerminationQuote(5, 6, True, 0, 5_000, None, b"{}")
    text = termination_receipt(
        order(), PARTY, late, terminated_on=date(2023, 10, 15), issued_on=date(2023, 10, 15)
    ).to_text()
    assert "已達二分之一（含）以上期程" in text
    assert "自付款不予退還" in text
    bad = TerminationQuote(0, 0, False, 0, 0, None, b"{}")
    with pytest.raises(ReceiptError):
        termination_receipt(
            order(), PARTY, bad, terminated_on=date(2023, 7, 1), issued_on=date(2023, 7, 1)
        )


def test_application_receipt_lists_the_form_and_the_authorisations() -> None:
    form = {
        "name": PARTY.name,
        "ubn": PARTY.ubn,
        "industry_code": "63",
        "registered_on": "2015-06-01",
        "paid_in_capital": 5_000_000,
        "employees": 12,
        "contact_email": "demo@example.com",
    }
    auths = [
        {
            "kind": "labor_insurance",
            "valid_from": "2026-06-01",
            "valid_to": "2027-06-01",
            "signed_at": "2026-06-01T09:00:00+08:00",
        }
    ]
    text = application_receipt(
        PARTY, form, issued_on=date(2026, 6, 1), status_label="已啟用", authorizations=auths
    ).to_text()
    assert "產業類別：63 資訊服務業" in text
    assert "設立登記日期：中華民國104年6月1日（一）" in text
    assert "實收資本額：NT$5,000,000" in text
    assert "員工人數：12 人" in text
    assert "聯絡人職稱：—" in text
    assert "附表2 企業授權書-1" in text
    assert "授權期間迄：中華民國116年6月1日（二）" in text
    assert "工廠登記證號" not in text  # a general application has no 工業館 fields
    maker = {
        **form,
        "industry_code": "other",
        "industry_other": "文化資產修復",
        "factory_registration_number": "99612345",
        "factory_exemption_document": "",
        "annual_revenue": 150_000_000,
        "revenue_basis": "401_three_year_average",
    }
    text = application_receipt(
        PARTY, maker, issued_on=date(2026, 6, 1), status_label="已啟用"
    ).to_text()
    assert "產業類別：other 其他" not in text
    assert "產業類別（其他）：文化資產修復" in text
    assert "工廠登記證號：99612345" in text
    assert "免辦工廠登記證明文件字號" not in text
    assert "年營業收入：NT$150,000,000" in text
    assert "年營業收入依據：近三年營業人銷售額與稅額申報書（401）平均" in text
    with pytest.raises(ReceiptError):
        application_receipt(PARTY, {}, issued_on=date(2026, 6, 1), status_label="")
    with pytest.raises(ReceiptError):
        application_receipt(
            PARTY,
            form,
            issued_on=date(2026, 6, 1),
            status_label="",
            authorizations=[{"kind": "other"}],
        )
