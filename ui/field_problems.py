"""The client's words for field problems, translated (Qt context ``fields``).

One table keyed by :class:`~app.errors.FieldCode`, the same codes the rules, the flows and
the platform's 422 (``details.field_codes``) use; the source texts are the zh-TW words
the platform uses (``app.field_texts``) and the English comes from ``resources/i18n``.
A test fails when a code has no entry or an entry no code.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.errors import FieldCode, FieldProblem

CONTEXT = "fields"

# code -> text; {placeholders} are filled from the problem's params.
FIELD_TABLE: dict[FieldCode, object] = {
    FieldCode.REQUIRED: QT_TRANSLATE_NOOP("fields", "必填"),
    FieldCode.TEXT_TOO_LONG: QT_TRANSLATE_NOOP("fields", "不得超過 {limit} 字"),
    FieldCode.DATE_FORMAT: QT_TRANSLATE_NOOP("fields", "日期格式應為 YYYY-MM-DD"),
    FieldCode.DATE_NOT_EXIST: QT_TRANSLATE_NOOP("fields", "日期不存在"),
    FieldCode.INTEGER_REQUIRED: QT_TRANSLATE_NOOP("fields", "請填寫整數"),
    FieldCode.NEGATIVE_NUMBER: QT_TRANSLATE_NOOP("fields", "不得為負數"),
    FieldCode.UNKNOWN_FIELD: QT_TRANSLATE_NOOP("fields", "不明欄位"),
    FieldCode.PLATFORM_MESSAGE: QT_TRANSLATE_NOOP("fields", "{message}"),
    FieldCode.UBN_FORMAT: QT_TRANSLATE_NOOP("fields", "統一編號格式或檢查碼錯誤"),
    FieldCode.INDUSTRY_UNKNOWN: QT_TRANSLATE_NOOP("fields", "請自產業類別清單選擇中類"),
    FieldCode.INDUSTRY_OTHER_REQUIRED: QT_TRANSLATE_NOOP("fields", "選擇「其他」時請填寫產業類別"),
    FieldCode.INDUSTRY_OTHER_UNEXPECTED: QT_TRANSLATE_NOOP("fields", "只有選擇「其他」時才填寫"),
    FieldCode.PHONE_FORMAT: QT_TRANSLATE_NOOP(
        "fields", "電話號碼格式錯誤（含區碼，例：02-2345-6789）"
    ),
    FieldCode.PHONE_OR_MOBILE_REQUIRED: QT_TRANSLATE_NOOP("fields", "電話與手機至少填寫一項"),
    FieldCode.NOT_SME_SIZE: QT_TRANSLATE_NOOP(
        "fields",
        "中小企業須實收資本額在新臺幣1億元以下，或經常僱用員工未滿200人；請核對實收資本額與員工人數",
    ),
    FieldCode.EXTENSION_FORMAT: QT_TRANSLATE_NOOP("fields", "分機應為 1 至 6 位數字"),
    FieldCode.EXTENSION_WITHOUT_PHONE: QT_TRANSLATE_NOOP("fields", "填寫分機時須填寫電話"),
    FieldCode.MOBILE_FORMAT: QT_TRANSLATE_NOOP("fields", "手機號碼應為 09 開頭共 10 碼"),
    FieldCode.EMAIL_FORMAT: QT_TRANSLATE_NOOP(
        "fields", "E-mail 格式錯誤，請輸入完整的地址，例如 name@example.com.tw"
    ),
    FieldCode.FACTORY_NUMBER_FORMAT: QT_TRANSLATE_NOOP("fields", "工廠登記證號應為 8 位數字"),
    FieldCode.FACTORY_REGISTRATION_REQUIRED: QT_TRANSLATE_NOOP(
        "fields", "請填寫工廠登記證號；依法免辦工廠登記者，請填寫主管機關證明文件字號"
    ),
    FieldCode.REVENUE_BASIS_REQUIRED: QT_TRANSLATE_NOOP(
        "fields", "請選擇年營業收入的依據（營業人銷售額與稅額申報書 401）"
    ),
    FieldCode.PASSWORD_REQUIRED: QT_TRANSLATE_NOOP("fields", "請設定密碼"),
    FieldCode.PASSWORD_TOO_LONG: QT_TRANSLATE_NOOP("fields", "密碼不可超過 {limit} 個字元"),
    FieldCode.PASSWORD_SPACES: QT_TRANSLATE_NOOP("fields", "密碼前後不可有空白"),
    FieldCode.PASSWORD_TOO_SIMPLE: QT_TRANSLATE_NOOP(
        "fields",
        "密碼至少 {long} 個字元，或至少 {short} 個字元並包含大寫、小寫、數字、符號其中三種",
    ),
    FieldCode.PASSWORD_LETTERS_AND_DIGITS: QT_TRANSLATE_NOOP(
        "fields", "密碼須同時包含英文字母與數字"
    ),
    FieldCode.PASSWORD_COMMON: QT_TRANSLATE_NOOP("fields", "這是常見密碼，很容易被猜中，請換一個"),
    FieldCode.PASSWORD_CONTAINS_UBN: QT_TRANSLATE_NOOP("fields", "密碼不可包含統一編號"),
    FieldCode.PASSWORD_CONTAINS_NATIONAL_ID: QT_TRANSLATE_NOOP("fields", "密碼不可包含身分證字號"),
    FieldCode.PASSWORDS_DIFFER: QT_TRANSLATE_NOOP("fields", "兩次輸入的密碼不一致"),
    FieldCode.UBN_LENGTH: QT_TRANSLATE_NOOP("fields", "統一編號應為 8 位數字"),
    FieldCode.UBN_CHECKSUM: QT_TRANSLATE_NOOP("fields", "統一編號檢查碼不正確，請再確認"),
    FieldCode.UBN_NOT_APPLICANTS: QT_TRANSLATE_NOOP("fields", "統一編號須與申請單位相同"),
    FieldCode.NATIONAL_ID_INVALID: QT_TRANSLATE_NOOP("fields", "身分證字號格式或檢查碼錯誤"),
    FieldCode.BIRTHDAY_REQUIRED: QT_TRANSLATE_NOOP("fields", "請填寫負責人生日"),
    FieldCode.BIRTHDAY_INVALID: QT_TRANSLATE_NOOP("fields", "生日不正確"),
    FieldCode.MOBILE_REQUIRED: QT_TRANSLATE_NOOP("fields", "請填寫手機號碼"),
    FieldCode.VALID_FROM_REQUIRED: QT_TRANSLATE_NOOP("fields", "請填寫授權起日"),
    FieldCode.VALID_TO_REQUIRED: QT_TRANSLATE_NOOP("fields", "請填寫授權迄日"),
    FieldCode.VALID_TO_TOO_EARLY: QT_TRANSLATE_NOOP("fields", "迄日須晚於起日且尚未過期"),
    FieldCode.RESPONSIBLE_ID_INVALID: QT_TRANSLATE_NOOP(
        "fields", "附表3須填寫正確的負責人身分證字號"
    ),
    FieldCode.RESPONSIBLE_NAME_REQUIRED: QT_TRANSLATE_NOOP("fields", "附表3須填寫負責人姓名"),
    FieldCode.RESPONSIBLE_NAME_MISMATCH: QT_TRANSLATE_NOOP(
        "fields", "負責人姓名與登記資料不符，請依營業登記資料填寫。"
    ),
    FieldCode.PERSONAL_DATA_CONSENT_REQUIRED: QT_TRANSLATE_NOOP(
        "fields", "須同意個人資料蒐集才能繼續申請"
    ),
    FieldCode.DECLARATIONS_CONSENT_REQUIRED: QT_TRANSLATE_NOOP(
        "fields", "須同意聲明事項才能繼續申請"
    ),
    FieldCode.INDUSTRY_DECLARATION_REQUIRED: QT_TRANSLATE_NOOP(
        "fields", "申請工業館須同意工業館申請聲明"
    ),
    FieldCode.EMAIL_CODE_REQUIRED: QT_TRANSLATE_NOOP("fields", "請輸入 Email 中的數字驗證碼"),
    FieldCode.EMAIL_CODE_WRONG: QT_TRANSLATE_NOOP(
        "fields", "驗證碼不正確，請輸入最新一封驗證信中的 6 位數驗證碼"
    ),
    FieldCode.ANSWER_REQUIRED: QT_TRANSLATE_NOOP("fields", "此題必答"),
}


def field_text(problem: FieldProblem) -> str:
    """What to show under the field, in the UI language, with its values filled in."""
    return QCoreApplication.translate(CONTEXT, str(FIELD_TABLE[problem.code])).format_map(
        problem.params
    )


def field_texts(problems: Mapping[str, FieldProblem]) -> dict[str, str]:
    """Field name → what to show under it."""
    return {name: field_text(problem) for name, problem in problems.items()}
