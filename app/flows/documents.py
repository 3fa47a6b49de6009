"""What the applicant agrees to and signs: consent texts and the signed documents.

For consents and authorisations the platform checks a signature over canonical JSON of
the request body's fields plus ``"action"`` (the endpoint's last path segment) and
``"ubn"`` (platform-api.md). This module builds exactly those bytes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from app.subsidy import AuthorizationKind, request_document

CONSENT_TEXT_VERSION = "points-application-2023"
"""Version of the texts below; sent with the consents so the platform knows what was shown."""

PERSONAL_DATA_NOTICE = (
    "數位發展部數位產業署因「引領中小微型企業數位轉型戰略攻頂計畫」之執行業務等目的，"
    "蒐集您的姓名、電話、電子郵件、性別、職稱；如使用組織及團體憑證 IC 卡、申請單位負責人"
    "之自然人憑證或手機認證方式，亦將蒐集申請單位負責人國民身分證統一編號。",
    "您的個人資料僅於中華民國領域、在蒐集目的之必要範圍內，以合理方式利用至蒐集目的消失為止。",
    "您可依個人資料保護法第 3 條規定，向本署（臺灣雲市集客服電話 0809-092-091）行使查詢或"
    "請求閱覽、製給複製本、補充或更正、停止蒐集／處理／利用或刪除您的個人資料。",
    "若您未提供正確或不提供個人資料，本署將無法為您提供蒐集目的之相關服務。",
)
"""蒐集個人資料告知事項 (summary of the notice in the 點數申請須知)."""

DECLARATIONS = (
    "本單位為符合「臺灣雲市集平台數位點數補助作業點數申請須知」所定義之中小微型企業、"
    "合作社或社會創新組織。",
    "本單位最近 3 年內無執行政府計畫之重大違約紀錄。",
    "本單位最近 3 年內無違反環境保護、勞工、食品安全衛生或身心障礙者權益保障之相關法律"
    "規定且經各目的事業主管機關認定情節重大之情事。",
    "本單位非為陸資企業、外國營利事業在臺設立之分公司及本國企業分公司。",
    "本單位未獲得其他雲世代產業數位轉型之小額計畫補助，且未曾向臺灣雲市集平台申請且使用數位點數。",
    "本單位自願受「臺灣雲市集平台數位點數補助作業點數申請須知」之拘束，另已透過遴選通過"
    "資訊服務廠商充分了解雲端解決方案之相關權利義務。",
    "本單位瞭解契約方案費用內容僅限於與遴選通過資訊服務廠商所簽訂之雲端解決方案。",
    "本單位瞭解補助申請流程係由遴選通過資訊服務廠商與受補助對象完成雲端解決方案簽約、導入"
    "並使用；使用期間應配合完成方案使用評價之問卷調查；契約期程結束後，由資訊服務廠商向"
    "執行單位辦理請撥及核銷作業。",
    "本單位同意配合自使用雲端解決方案起至使用結束後 3 年內接受滿意度調查、績效追蹤及相關成果展示。",
    "本單位同意提出可佐證與資訊服務廠商契約關係仍繼續存續及雲端解決方案仍持續使用之相關數據"
    "資料予數位發展部數位產業署，並同意於去識別化後引用相關數據資料進行分析及利用。",
)
"""The ten declarations (聲明事項) of the 點數申請須知."""

AUTHORIZATION_TITLES: dict[AuthorizationKind, str] = {
    AuthorizationKind.LABOR_INSURANCE: "附表2 企業授權書（勞保投保人數查詢）",
    AuthorizationKind.BUSINESS_REGISTRATION: "附表3 企業授權書（營業登記資料查詢）",
}


def signed_document(fields: Mapping[str, object], action: str, ubn: str) -> bytes:
    """The bytes to sign for a consent or authorisation request with ``fields``."""
    return request_document(fields, action, ubn)


def consent_fields(text_version: str = CONSENT_TEXT_VERSION) -> dict[str, object]:
    """Body fields of ``POST /application/consents`` (both consents given)."""
    return {"personal_data": True, "declarations": True, "text_version": text_version}


def authorization_fields(
    kind: AuthorizationKind,
    valid_from: date,
    valid_to: date,
    responsible_person_id: str | None = None,
) -> dict[str, object]:
    """Body fields of ``POST /application/authorizations``; the ID only for 附表3."""
    fields: dict[str, object] = {
        "kind": kind.value,
        "valid_from": valid_from.isoformat(),
        "valid_to": valid_to.isoformat(),
    }
    if kind is AuthorizationKind.BUSINESS_REGISTRATION and responsible_person_id:
        fields["responsible_person_id"] = responsible_person_id.strip().upper()
    return fields
