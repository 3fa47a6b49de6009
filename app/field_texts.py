"""The platform's zh-TW words for field problems (``details.fields`` of a 422).

One table keyed by :class:`~app.errors.FieldCode`; ``{placeholders}`` are filled from the
problem's ``params``. The client shows the same codes through its own translated table
(``ui.field_problems``), so a problem reads the same whichever side found it.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter

from app.errors import FieldCode, FieldParam, FieldProblem

FIELD_TEXT: dict[FieldCode, str] = {
    FieldCode.REQUIRED: "必填",
    FieldCode.TEXT_TOO_LONG: "不得超過 {limit} 字",
    FieldCode.DATE_FORMAT: "日期格式應為 YYYY-MM-DD",
    FieldCode.DATE_NOT_EXIST: "日期不存在",
    FieldCode.INTEGER_REQUIRED: "請填寫整數",
    FieldCode.NEGATIVE_NUMBER: "不得為負數",
    FieldCode.UNKNOWN_FIELD: "不明欄位",
    FieldCode.PLATFORM_MESSAGE: "{message}",
    FieldCode.UBN_FORMAT: "統一編號格式或檢查碼錯誤",
    FieldCode.INDUSTRY_UNKNOWN: "請自產業類別清單選擇中類",
    FieldCode.INDUSTRY_OTHER_REQUIRED: "選擇「其他」時請填寫產業類別",
    FieldCode.INDUSTRY_OTHER_UNEXPECTED: "只有選擇「其他」時才填寫",
    FieldCode.PHONE_FORMAT: "電話號碼格式錯誤（含區碼，例：02-2345-6789）",
    FieldCode.PHONE_OR_MOBILE_REQUIRED: "電話與手機至少填寫一項",
    FieldCode.NOT_SME_SIZE: "中小企業須實收資本額在新臺幣1億元以下，或經常僱用員工未滿200人；請核對實收資本額與員工人數",
    FieldCode.EXTENSION_FORMAT: "分機應為 1 至 6 位數字",
    FieldCode.EXTENSION_WITHOUT_PHONE: "填寫分機時須填寫電話",
    FieldCode.MOBILE_FORMAT: "手機號碼應為 09 開頭共 10 碼",
    FieldCode.EMAIL_FORMAT: "E-mail 格式錯誤，請輸入完整的地址，例如 name@example.com.tw",
    FieldCode.FACTORY_NUMBER_FORMAT: "工廠登記證號應為 8 位數字",
    FieldCode.FACTORY_REGISTRATION_REQUIRED: (
        "請填寫工廠登記證號；依法免辦工廠登記者，請填寫主管機關證明文件字號"
    ),
    FieldCode.REVENUE_BASIS_REQUIRED: "請選擇年營業收入的依據（營業人銷售額與稅額申報書 401）",
    FieldCode.PASSWORD_REQUIRED: "請設定密碼",
    FieldCode.PASSWORD_TOO_LONG: "密碼不可超過 {limit} 個字元",
    FieldCode.PASSWORD_SPACES: "密碼前後不可有空白",
    FieldCode.PASSWORD_TOO_SIMPLE: (
        "密碼至少 {long} 個字元，或至少 {short} 個字元並包含大寫、小寫、數字、符號其中三種"
    ),
    FieldCode.PASSWORD_LETTERS_AND_DIGITS: "密碼須同時包含英文字母與數字",
    FieldCode.PASSWORD_COMMON: "這是常見密碼，很容易被猜中，請換一個",
    FieldCode.PASSWORD_CONTAINS_UBN: "密碼不可包含統一編號",
    FieldCode.PASSWORD_CONTAINS_NATIONAL_ID: "密碼不可包含身分證字號",
    FieldCode.PASSWORDS_DIFFER: "兩次輸入的密碼不一致",
    FieldCode.UBN_LENGTH: "統一編號應為 8 位數字",
    FieldCode.UBN_CHECKSUM: "統一編號檢查碼不正確，請再確認",
    FieldCode.UBN_NOT_APPLICANTS: "統一編號須與申請單位相同",
    FieldCode.NATIONAL_ID_INVALID: "身分證字號格式或檢查碼錯誤",
    FieldCode.BIRTHDAY_REQUIRED: "請填寫負責人生日",
    FieldCode.BIRTHDAY_INVALID: "生日不正確",
    FieldCode.MOBILE_REQUIRED: "請填寫手機號碼",
    FieldCode.VALID_FROM_REQUIRED: "請填寫授權起日",
    FieldCode.VALID_TO_REQUIRED: "請填寫授權迄日",
    FieldCode.VALID_TO_TOO_EARLY: "迄日須晚於起日且尚未過期",
    FieldCode.RESPONSIBLE_ID_INVALID: "附表3須填寫正確的負責人身分證字號",
    FieldCode.RESPONSIBLE_NAME_REQUIRED: "附表3須填寫負責人姓名",
    FieldCode.RESPONSIBLE_NAME_MISMATCH: "負責人姓名與登記資料不符，請依營業登記資料填寫。",
    FieldCode.PERSONAL_DATA_CONSENT_REQUIRED: "須同意個人資料蒐集才能繼續申請",
    FieldCode.DECLARATIONS_CONSENT_REQUIRED: "須同意聲明事項才能繼續申請",
    FieldCode.INDUSTRY_DECLARATION_REQUIRED: "申請工業館須同意工業館申請聲明",
    FieldCode.EMAIL_CODE_REQUIRED: "請輸入 Email 中的數字驗證碼",
    FieldCode.EMAIL_CODE_WRONG: "驗證碼不正確，請輸入最新一封驗證信中的 6 位數驗證碼",
    FieldCode.ANSWER_REQUIRED: "此題必答",
}


def template_params(template: str) -> frozenset[str]:
    """The ``{names}`` a text template fills in."""
    return frozenset(name for _, name, _, _ in Formatter().parse(template) if name)


def field_text(problem: FieldProblem) -> str:
    """The platform's zh-TW sentence for ``problem``."""
    return FIELD_TEXT[problem.code].format_map(problem.params)


def field_texts(problems: Mapping[str, FieldProblem]) -> dict[str, str]:
    """``details.fields`` of a 422: field name → zh-TW sentence."""
    return {name: field_text(problem) for name, problem in problems.items()}


def field_details(problems: Mapping[str, FieldProblem]) -> dict[str, object]:
    """The 422 ``details`` for ``problems``: the sentences (``fields``), the codes
    (``field_codes``) and, for texts with values, those values (``field_params``). A
    field with only the platform's own words (``PLATFORM_MESSAGE``) has no code."""
    coded = {n: p for n, p in problems.items() if p.code is not FieldCode.PLATFORM_MESSAGE}
    details: dict[str, object] = {"fields": field_texts(problems)}
    if coded:
        details["field_codes"] = {name: problem.code.value for name, problem in coded.items()}
    params = {name: dict(p.params) for name, p in coded.items() if p.params}
    if params:
        details["field_params"] = params
    return details


def problem_from_platform(message: str, code: object, params: object) -> FieldProblem:
    """A field problem from a 422: the code when this version knows it and has every
    value its text needs, else the platform's own words (``PLATFORM_MESSAGE``)."""
    as_sent = FieldProblem(FieldCode.PLATFORM_MESSAGE, {"message": message})
    known = known_field_code(code)
    if known is None or known is FieldCode.PLATFORM_MESSAGE:
        return as_sent
    values: dict[str, FieldParam] = {}
    if isinstance(params, Mapping):
        values = {
            str(name): value
            for name, value in params.items()
            if isinstance(value, str | int) and not isinstance(value, bool)
        }
    if not template_params(FIELD_TEXT[known]) <= values.keys():
        return as_sent
    return FieldProblem(known, values)


def known_field_code(value: object) -> FieldCode | None:
    """``value`` as a :class:`FieldCode`, or None for one this version does not know."""
    try:
        return FieldCode(value) if isinstance(value, str) else None
    except ValueError:
        return None
