"""English for the zh-TW messages the shared rules return (Qt context ``subsidy``).

``app.subsidy`` and ``app.flows`` speak Traditional Chinese only; these source texts are
listed here so that the translation tool collects them. A message not listed is shown
as the rules wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

RULE_MESSAGES = (
    str(QT_TRANSLATE_NOOP("subsidy", "必填")),
    str(QT_TRANSLATE_NOOP("subsidy", "不得超過 200 字")),
    str(QT_TRANSLATE_NOOP("subsidy", "日期格式應為 YYYY-MM-DD")),
    str(QT_TRANSLATE_NOOP("subsidy", "日期不存在")),
    str(QT_TRANSLATE_NOOP("subsidy", "請填寫整數")),
    str(QT_TRANSLATE_NOOP("subsidy", "不得為負數")),
    str(QT_TRANSLATE_NOOP("subsidy", "電話號碼格式錯誤（含區碼，例：02-2345-6789）")),
    str(QT_TRANSLATE_NOOP("subsidy", "統一編號格式或檢查碼錯誤")),
    str(QT_TRANSLATE_NOOP("subsidy", "請自產業類別清單選擇中類")),
    str(QT_TRANSLATE_NOOP("subsidy", "分機應為 1 至 6 位數字")),
    str(QT_TRANSLATE_NOOP("subsidy", "手機號碼應為 09 開頭共 10 碼")),
    str(QT_TRANSLATE_NOOP("subsidy", "E-mail 格式錯誤")),
    str(QT_TRANSLATE_NOOP("subsidy", "電話與手機至少填寫一項")),
    str(QT_TRANSLATE_NOOP("subsidy", "填寫分機時須填寫電話")),
    str(QT_TRANSLATE_NOOP("subsidy", "不明欄位")),
    str(QT_TRANSLATE_NOOP("subsidy", "請設定密碼")),
    str(QT_TRANSLATE_NOOP("subsidy", "密碼不可超過 128 個字元")),
    str(QT_TRANSLATE_NOOP("subsidy", "密碼前後不可有空白")),
    str(
        QT_TRANSLATE_NOOP(
            "subsidy",
            "密碼至少 12 個字元，或至少 8 個字元並包含大寫、小寫、數字、符號其中三種",
        )
    ),
    str(QT_TRANSLATE_NOOP("subsidy", "密碼須同時包含英文字母與數字")),
    str(QT_TRANSLATE_NOOP("subsidy", "這是常見密碼，很容易被猜中，請換一個")),
    str(QT_TRANSLATE_NOOP("subsidy", "密碼不可包含統一編號")),
    str(QT_TRANSLATE_NOOP("subsidy", "密碼不可包含身分證字號")),
    str(QT_TRANSLATE_NOOP("subsidy", "兩次輸入的密碼不一致")),
    str(QT_TRANSLATE_NOOP("subsidy", "統一編號應為 8 位數字")),
    str(QT_TRANSLATE_NOOP("subsidy", "統一編號檢查碼不正確，請再確認")),
    str(QT_TRANSLATE_NOOP("subsidy", "統一編號須與申請單位相同")),
    str(QT_TRANSLATE_NOOP("subsidy", "身分證字號格式或檢查碼錯誤")),
    str(QT_TRANSLATE_NOOP("subsidy", "請填寫負責人生日")),
    str(QT_TRANSLATE_NOOP("subsidy", "生日不正確")),
    str(QT_TRANSLATE_NOOP("subsidy", "請填寫手機號碼")),
    str(QT_TRANSLATE_NOOP("subsidy", "請填寫授權起日")),
    str(QT_TRANSLATE_NOOP("subsidy", "請填寫授權迄日")),
    str(QT_TRANSLATE_NOOP("subsidy", "迄日須晚於起日且尚未過期")),
    str(QT_TRANSLATE_NOOP("subsidy", "附表3須填寫正確的負責人身分證字號")),
    str(QT_TRANSLATE_NOOP("subsidy", "須同意個人資料蒐集才能繼續申請")),
    str(QT_TRANSLATE_NOOP("subsidy", "須同意聲明事項才能繼續申請")),
    str(QT_TRANSLATE_NOOP("subsidy", "請輸入 Email 中的數字驗證碼")),
    str(QT_TRANSLATE_NOOP("subsidy", "此題必答")),
    str(QT_TRANSLATE_NOOP("subsidy", "附表3須填寫負責人姓名")),
    str(QT_TRANSLATE_NOOP("subsidy", "負責人姓名與登記資料不符，請依營業登記資料填寫。")),
    str(QT_TRANSLATE_NOOP("subsidy", "選擇「其他」時請填寫產業類別")),
    str(QT_TRANSLATE_NOOP("subsidy", "只有選擇「其他」時才填寫")),
    str(QT_TRANSLATE_NOOP("subsidy", "申請工業館須同意工業館申請聲明")),
)
