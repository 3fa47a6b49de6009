"""What each receipt says: a signed order, a termination, the application forms.

Receipts are documents in Traditional Chinese with ROC dates and NT$ amounts; this
module builds their content and an HTML rendering of it. Turning the HTML into a PDF
is the UI's job (Qt's QTextDocument + QPdfWriter).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape

from app.errors import ErrorCode
from app.platform.models import (
    CardSignature,
    MobileSignature,
    Order,
    SignatureBlock,
    TerminationQuote,
)
from app.subsidy import (
    APPLICATION_FORM_FIELDS,
    INDUSTRY_FORM_FIELDS,
    OTHER_INDUSTRY,
    TAIWAN_TZ,
    Programme,
    RevenueBasis,
    industry_name,
    roc_date,
)

PLATFORM_NAME = "臺灣雲市集"
WEEKDAYS = "一二三四五六日"

# 附表1 field labels, in the form's order (keys are the API's field names).
FORM_LABELS: dict[str, str] = {
    "name": "申請單位名稱",
    "ubn": "統一編號",
    "industry_code": "產業類別",
    "registered_on": "設立登記日期",
    "paid_in_capital": "實收資本額",
    "employees": "員工人數",
    "address": "申請單位地址",
    "representative_name": "代表人姓名",
    "representative_title": "代表人職稱",
    "contact_name": "聯絡人姓名",
    "contact_title": "聯絡人職稱",
    "contact_phone": "聯絡電話",
    "contact_phone_ext": "分機",
    "contact_mobile": "手機",
    "contact_email": "E-mail",
    "industry_other": "產業類別（其他）",
    "factory_registration_number": "工廠登記證號",
    "factory_exemption_document": "免辦工廠登記證明文件字號",
    "annual_revenue": "年營業收入",
    "revenue_basis": "年營業收入依據",
}

REVENUE_BASIS_TEXT: dict[str, str] = {
    RevenueBasis.LAST_YEAR.value: "前一年度營業人銷售額與稅額申報書（401）",
    RevenueBasis.THREE_YEAR_AVERAGE.value: "近三年營業人銷售額與稅額申報書（401）平均",
}

AUTHORIZATION_TITLES: dict[str, str] = {
    "labor_insurance": "附表2 企業授權書-1（勞保投保人數查詢）",
    "business_registration": "附表3 企業授權書-2（營業登記資料查詢）",
}


class ReceiptError(ValueError):
    """The data needed for a receipt is missing or not usable."""

    code = ErrorCode.RECEIPT_DATA_INVALID

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.message = "平台上的資料不完整，無法產生這份收據；請重新整理後再試。"


def money(amount: int) -> str:
    """NT$ with thousands separators: ``NT$30,000``."""
    return f"NT${amount:,}"


def points_text(amount: int) -> str:
    """Points with thousands separators: ``30,000 點``."""
    return f"{amount:,} 點"


def roc_day(d: date) -> str:
    """An ROC date with its weekday: ``中華民國115年11月21日（六）``."""
    return f"中華民國{roc_date(d)}（{WEEKDAYS[d.weekday()]}）"


def roc_moment(moment: datetime) -> str:
    """An ROC date and the Taiwan time of day."""
    local = moment.astimezone(TAIWAN_TZ) if moment.tzinfo else moment
    return f"中華民國{roc_date(local.date())} {local:%H:%M:%S}"


@dataclass(frozen=True)
class Section:
    """A titled table of label/value rows, with optional paragraphs below it."""

    heading: str
    rows: tuple[tuple[str, str], ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Receipt:
    """A printable receipt."""

    title: str
    reference: str
    issued_on: date
    sections: tuple[Section, ...]
    file_stem: str
    footer: tuple[str, ...] = field(default=())

    def to_text(self) -> str:
        """Plain text of the receipt (for checks and accessibility)."""
        lines = [PLATFORM_NAME, self.title, self.reference, f"列印日期：{roc_day(self.issued_on)}"]
        for section in self.sections:
            lines.append(f"【{section.heading}】")
            lines.extend(f"{label}：{value}" for label, value in section.rows)
            lines.extend(section.notes)
        lines.extend(self.footer)
        return "\n".join(lines)

    def to_html(self) -> str:
        """HTML for QTextDocument (its supported subset: tables, headings, paragraphs)."""
        parts = [
            "<html><head><meta charset='utf-8'></head><body>",
            f"<p style='color:#555'>{escape(PLATFORM_NAME)}</p>",
            f"<h1>{escape(self.title)}</h1>",
            f"<p>{escape(self.reference)}<br/>列印日期：{escape(roc_day(self.issued_on))}</p>",
        ]
        for section in self.sections:
            parts.append(f"<h2>{escape(section.heading)}</h2>")
            if section.rows:
                parts.append("<table border='1' cellspacing='0' cellpadding='5' width='100%'>")
                for label, value in section.rows:
                    parts.append(
                        f"<tr><th align='left' width='32%' bgcolor='#f0f3f7'>{escape(label)}</th>"
                        f"<td>{escape(value)}</td></tr>"
                    )
                parts.append("</table>")
            parts.extend(f"<p>{escape(note)}</p>" for note in section.notes)
        parts.extend(f"<p style='color:#555'>{escape(line)}</p>" for line in self.footer)
        parts.append("</body></html>")
        return "".join(parts)


@dataclass(frozen=True)
class Party:
    """The applicant a receipt is for."""

    name: str
    ubn: str


def signature_rows(
    signature: SignatureBlock | None, signed_at: datetime | None
) -> tuple[tuple[str, str], ...]:
    """How the document was signed, with the SHA-256 of the signed bytes."""
    rows: list[tuple[str, str]] = []
    if signed_at is not None:
        rows.append(("簽署時間", roc_moment(signed_at)))
    if isinstance(signature, CardSignature):
        rows.append(("簽署方式", "憑證 IC 卡數位簽章（RSA PKCS#1 v1.5／SHA-256）"))
        rows.append(("簽署文件雜湊（SHA-256）", hashlib.sha256(signature.document).hexdigest()))
        rows.append(("憑證指紋（SHA-256）", hashlib.sha256(signature.certificate).hexdigest()))
    elif isinstance(signature, MobileSignature):
        rows.append(("簽署方式", "行動自然人憑證"))
        rows.append(("行動簽章交易序號", signature.mobile_transaction_id))
    return tuple(rows)


def _party_section(party: Party) -> Section:
    return Section("申請單位", (("名稱", party.name), ("統一編號", party.ubn)))


def _signed_receipt(
    title: str,
    order: Order,
    sections: list[Section],
    *,
    file_stem: str,
    sign: tuple[tuple[str, str], ...],
    issued_on: date,
    footer: str,
) -> Receipt:
    """A receipt about one order, with its signature section when it was signed."""
    if sign:
        sections.append(Section("數位簽章", sign))
    return Receipt(
        title=title,
        reference=f"訂單編號 {order.id}",
        issued_on=issued_on,
        sections=tuple(sections),
        file_stem=file_stem,
        footer=(footer,),
    )


def _order_rows(order: Order, ratio: str | None) -> list[tuple[str, str]]:
    amount = f"{money(order.price)}（{points_text(order.points)} + 自付款 {money(order.self_pay)}）"
    rows = [
        ("訂單編號", order.id),
        ("方案名稱", order.plan.name),
        ("雲端解決方案", order.solution.name),
        ("供應商", order.vendor.name),
    ]
    if order.plan.months:
        rows.append(("方案期程", f"{order.plan.months} 個月"))
    rows.append(("訂單金額", amount))
    if ratio:
        rows.append(("自付款：補助點數", ratio))
    return rows


def order_receipt(
    order: Order,
    party: Party,
    *,
    status_label: str,
    issued_on: date,
    signature: SignatureBlock | None = None,
    signed_at: datetime | None = None,
    ratio: str | None = None,
) -> Receipt:
    """Receipt of a signed order: what was bought, how it is paid, deadlines, signature."""
    deadlines = [
        ("廠商確認接單期限", order.deadlines.vendor_confirm_by),
        ("自付款付款期限", order.deadlines.payment_due_by),
        ("發票開立期限", order.deadlines.invoice_due_by),
        ("服務開通期限", order.deadlines.service_start_by),
    ]
    deadline_rows = tuple((label, roc_day(d)) for label, d in deadlines if d is not None)
    sections = [
        _party_section(party),
        Section(
            "訂單內容", (*_order_rows(order, ratio or order.ratio), ("訂單狀態", status_label))
        ),
    ]
    if deadline_rows:
        sections.append(
            Section(
                "期限（工作天依臺灣行事曆計算，期限為當日終了）",
                deadline_rows,
            )
        )
    if order.invoice is not None:
        sections.append(
            Section(
                "電子發票",
                (
                    ("發票號碼", order.invoice.number),
                    ("金額（含稅）", money(order.invoice.amount)),
                    ("開立日期", roc_day(order.invoice.issued_on)),
                ),
            )
        )
    if order.service is not None:
        sections.append(
            Section(
                "服務期間",
                (("開始", roc_day(order.service.start)), ("結束", roc_day(order.service.end))),
            )
        )
    settled = order.settlement
    if settled is not None and settled.points_returned is not None:
        refund = _refund_rows(
            settled.self_pay_refund or 0, settled.points_returned, settled.points_valid_until
        )
        sections.append(Section("退訂結算", refund))
    return _signed_receipt(
        "訂單確認單",
        order,
        sections,
        file_stem=f"訂單_{order.id}",
        sign=signature_rows(signature, signed_at),
        issued_on=issued_on,
        footer="方案期程結束後，資訊服務廠商將向執行單位核銷點數，並開立扣繳憑單"
        "（所得類別代號 95A）予申請單位。",
    )


def termination_receipt(
    order: Order,
    party: Party,
    quote: TerminationQuote,
    *,
    terminated_on: date,
    issued_on: date,
    signature: SignatureBlock | None = None,
    signed_at: datetime | None = None,
    programme: Programme | None = None,
) -> Receipt:
    """Receipt of a termination (退訂): the settlement the person signed; the footer states
    how long returned points stay valid under ``programme`` (the one in force)."""
    if quote.term_months <= 0:
        raise ReceiptError("termination quote without a term")
    half = "已達二分之一（含）以上期程" if quote.half_reached else "未達二分之一期程"
    rows = [
        ("退訂日期", roc_day(terminated_on)),
        ("方案期程", f"{quote.term_months} 個月"),
        ("已使用月數（未滿一個月以一個月計）", f"{quote.used_months} 個月"),
        ("履約進度", half),
        *_refund_rows(quote.self_pay_refund, quote.points_returned, quote.points_valid_until),
    ]
    rule = (
        "履約已達二分之一（含）以上期程：自付款不予退還；點數依方案期程月數扣除已使用月數後返還。"
        if quote.half_reached
        else "履約未達二分之一期程：自付款與點數皆依方案期程月數扣除已使用月數後返還。"
    )
    sections = [
        _party_section(party),
        Section("原訂單", tuple(_order_rows(order, None))),
        Section("退訂結算", tuple(rows), (rule,)),
    ]
    return _signed_receipt(
        "退訂結算確認單",
        order,
        sections,
        file_stem=f"退訂_{order.id}",
        sign=signature_rows(signature, signed_at),
        issued_on=issued_on,
        footer=_returned_points_footer(quote, programme),
    )


def _refund_rows(
    self_pay_refund: int, points_returned: int, points_valid_until: date | None
) -> tuple[tuple[str, str], ...]:
    """What a termination gives back: self-pay, points and until when those points run."""
    rows = [("退還自付款", money(self_pay_refund)), ("返還點數", points_text(points_returned))]
    if points_valid_until is not None:
        rows.append(("返還點數使用期限", roc_day(points_valid_until)))
    return tuple(rows)


def _returned_points_footer(quote: TerminationQuote, programme: Programme | None) -> str:
    if quote.points_not_returned_reason == ErrorCode.BUDGET_EXHAUSTED:
        return "補助額度已用罄，本次退訂不返還點數。"
    if quote.points_not_returned_reason is not None:
        return "計畫已結束，本次退訂不返還點數。"
    if programme is None:
        return "返還之點數使用期限如上表所載。"
    return (
        "返還之點數使用效期：原點數使用期限，或自返還日起"
        f"{programme.return_extension_working_days}個工作日，擇優適用。"
    )


def _form_value(name: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if name == "industry_code" and value == OTHER_INDUSTRY:
        return "其他"
    if name == "industry_code" and isinstance(value, str):
        try:
            return f"{value} {industry_name(value)}"
        except ValueError:
            return value
    if name == "registered_on" and isinstance(value, str):
        try:
            return roc_day(date.fromisoformat(value))
        except ValueError:
            return value
    if name in ("paid_in_capital", "annual_revenue") and (
        isinstance(value, int) and not isinstance(value, bool)
    ):
        return money(value)
    if name == "revenue_basis" and isinstance(value, str):
        return REVENUE_BASIS_TEXT.get(value, value)
    if name == "employees" and isinstance(value, int) and not isinstance(value, bool):
        return f"{value} 人"
    return str(value)


def _authorization_section(auth: Mapping[str, object]) -> Section:
    kind = str(auth.get("kind", ""))
    title = AUTHORIZATION_TITLES.get(kind)
    if title is None:
        raise ReceiptError(f"unknown authorisation kind {kind!r}")
    rows: list[tuple[str, str]] = []
    for key, label in (("valid_from", "授權期間起"), ("valid_to", "授權期間迄")):
        value = auth.get(key)
        try:
            rows.append((label, roc_day(date.fromisoformat(str(value)))))
        except ValueError:
            raise ReceiptError(f"authorisation {kind}: bad {key}") from None
    signed_at = auth.get("signed_at")
    if isinstance(signed_at, str):
        try:
            rows.append(("簽署時間", roc_moment(datetime.fromisoformat(signed_at))))
        except ValueError:
            raise ReceiptError(f"authorisation {kind}: bad signed_at") from None
    return Section(title, tuple(rows))


def application_receipt(
    party: Party,
    form: Mapping[str, object],
    *,
    issued_on: date,
    status_label: str,
    authorizations: Sequence[Mapping[str, object]] = (),
) -> Receipt:
    """The application forms as submitted: 附表1 and the signed 附表2 / 附表3."""
    if not form:
        raise ReceiptError("the application form has not been filled in")
    # 「其他」 text and the 工業館 fields only where the form has them (seed 002 附表1, 004 註1–註2).
    optional = ("industry_other", *INDUSTRY_FORM_FIELDS)
    rows = tuple(
        (FORM_LABELS[name], _form_value(name, form.get(name)))
        for name in (*APPLICATION_FORM_FIELDS, *INDUSTRY_FORM_FIELDS)
        if name in FORM_LABELS and (name not in optional or form.get(name) not in (None, ""))
    )
    sections = [
        Section(
            "申請狀態", (("申請單位", party.name), ("統一編號", party.ubn), ("狀態", status_label))
        ),
        Section("附表1 點數申請表（基本資料）", rows),
    ]
    sections.extend(_authorization_section(a) for a in authorizations)
    return Receipt(
        title="臺灣雲市集平台數位點數補助作業 點數申請表",
        reference=f"統一編號 {party.ubn}",
        issued_on=issued_on,
        sections=tuple(sections),
        file_stem=f"點數申請表_{party.ubn}",
        footer=("本文件由申請單位自平台資料列印，僅供留存。",),
    )
