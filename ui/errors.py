"""The one table that turns a typed error into a title, a text and a remedy.

Every error the person can see goes through :func:`describe`. Errors carry a stable
``code`` (UPPER_SNAKE): card errors from ``app.cards``, certificate errors from
``certs``, platform error bodies (``error.code``) and network failures from
``app.platform``. Source texts are Traditional Chinese; English comes from the Qt
translation files (context ``errors``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class ErrorText:
    """What the person reads: a short title, what happened, and what to do now."""

    title: str
    text: str
    remedy: str


def _entry(title: str, text: str, remedy: str) -> tuple[str, str, str]:
    return (title, text, remedy)


# code -> (title, text, remedy); {placeholders} are filled from the error's attributes.
ERROR_TABLE: dict[str, tuple[str, str, str]] = {
    # --- readers and cards -------------------------------------------------------------
    "SERVICE_NOT_RUNNING": _entry(
        str(QT_TRANSLATE_NOOP("errors", "智慧卡服務未啟動")),
        str(
            QT_TRANSLATE_NOOP(
                "errors", "電腦的智慧卡服務（Smart Card / pcscd）沒有在執行，程式無法使用讀卡機。"
            )
        ),
        str(
            QT_TRANSLATE_NOOP(
                "errors",
                "請插上讀卡機；Windows 會自動啟動「智慧卡」服務。若仍無效，請重新開機或聯絡客服。",
            )
        ),
    ),
    "NO_READER": _entry(
        str(QT_TRANSLATE_NOOP("errors", "找不到讀卡機")),
        str(QT_TRANSLATE_NOOP("errors", "電腦上沒有偵測到讀卡機。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors",
                "請確認讀卡機已插在電腦的 USB 埠（指示燈亮起），必要時安裝讀卡機驅動程式後再試。",
            )
        ),
    ),
    "NO_CARD": _entry(
        str(QT_TRANSLATE_NOOP("errors", "讀卡機中沒有卡片")),
        str(QT_TRANSLATE_NOOP("errors", "讀卡機中沒有偵測到憑證卡。")),
        str(QT_TRANSLATE_NOOP("errors", "請將憑證卡晶片朝上、朝讀卡機方向插到底。")),
    ),
    "CARD_REMOVED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "卡片已被取出")),
        str(QT_TRANSLATE_NOOP("errors", "操作進行中卡片被取出，這次操作沒有完成。")),
        str(QT_TRANSLATE_NOOP("errors", "請重新插入卡片後再試一次；PIN 碼嘗試次數不受影響。")),
    ),
    "CARD_UNPOWERED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "卡片沒有回應")),
        str(QT_TRANSLATE_NOOP("errors", "讀卡機無法讓卡片通電。")),
        str(QT_TRANSLATE_NOOP("errors", "請取出卡片、擦拭晶片後重新插入。")),
    ),
    "CARD_IN_USE": _entry(
        str(QT_TRANSLATE_NOOP("errors", "卡片正被其他程式使用")),
        str(QT_TRANSLATE_NOOP("errors", "另一個程式正在獨佔這張卡片。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors", "請關閉其他正在使用憑證卡的程式（例如其他網站的簽章視窗）後再試。"
            )
        ),
    ),
    "TRANSACTION_FAILED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "讀卡失敗")),
        str(QT_TRANSLATE_NOOP("errors", "與卡片溝通時發生錯誤。")),
        str(QT_TRANSLATE_NOOP("errors", "請取出卡片重新插入後再試；若一再發生，請換一台讀卡機。")),
    ),
    "UNSUPPORTED_CARD": _entry(
        str(QT_TRANSLATE_NOOP("errors", "不支援的卡片")),
        str(QT_TRANSLATE_NOOP("errors", "這張卡片不是工商憑證、自然人憑證或組織及團體憑證。")),
        str(QT_TRANSLATE_NOOP("errors", "請改插申請單位適用的憑證卡。")),
    ),
    "PIN_WRONG": _entry(
        str(QT_TRANSLATE_NOOP("errors", "PIN 碼錯誤")),
        str(QT_TRANSLATE_NOOP("errors", "PIN 碼不正確，還可以再試 {tries_left} 次。")),
        str(QT_TRANSLATE_NOOP("errors", "請確認 PIN 碼後再輸入；連續輸錯會鎖卡。")),
    ),
    "PIN_BLOCKED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "卡片已鎖住")),
        str(QT_TRANSLATE_NOOP("errors", "PIN 碼錯誤次數過多，這張卡已被鎖住，無法簽章。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors",
                "自然人憑證請攜帶身分證至戶政事務所解鎖；工商憑證請洽工商憑證管理中心"
                "（moeaca.nat.gov.tw）申請解鎖。",
            )
        ),
    ),
    "PIN_CANCELLED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "已取消")),
        str(QT_TRANSLATE_NOOP("errors", "您取消了 PIN 碼輸入，沒有簽章。")),
        str(QT_TRANSLATE_NOOP("errors", "需要時再按一次「簽章」。")),
    ),
    "SIGNER_UNAVAILABLE": _entry(
        str(QT_TRANSLATE_NOOP("errors", "無法使用簽章元件")),
        str(QT_TRANSLATE_NOOP("errors", "找不到可以用這張卡片簽章的元件。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors",
                "請安裝並啟動 HiPKI 跨平台網頁元件（moica.nat.gov.tw），或安裝 HiCOS 卡片管理工具後再試。",
            )
        ),
    ),
    "HIPKI_NOT_RUNNING": _entry(
        str(QT_TRANSLATE_NOOP("errors", "HiPKI 元件未啟動")),
        str(QT_TRANSLATE_NOOP("errors", "HiPKI 跨平台網頁元件沒有在執行。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors",
                "請從開始功能表啟動 HiPKI 跨平台網頁元件；尚未安裝者請至 moica.nat.gov.tw 下載。",
            )
        ),
    ),
    "HIPKI_ERROR": _entry(
        str(QT_TRANSLATE_NOOP("errors", "HiPKI 元件回報錯誤")),
        str(QT_TRANSLATE_NOOP("errors", "HiPKI 跨平台網頁元件無法完成簽章。")),
        str(
            QT_TRANSLATE_NOOP("errors", "請重新插入卡片後再試；若一再發生，請重新啟動 HiPKI 元件。")
        ),
    ),
    # --- certificates (client pre-check and platform) ----------------------------------
    "CERT_EXPIRED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "憑證已過期")),
        str(QT_TRANSLATE_NOOP("errors", "這張卡片的憑證已過有效期限，平台不會接受。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors", "自然人憑證請至戶政事務所辦理展期或換發；工商憑證請洽工商憑證管理中心。"
            )
        ),
    ),
    "CERT_NOT_YET_VALID": _entry(
        str(QT_TRANSLATE_NOOP("errors", "憑證尚未生效")),
        str(QT_TRANSLATE_NOOP("errors", "這張卡片的憑證還沒到生效日期。")),
        str(QT_TRANSLATE_NOOP("errors", "請確認電腦的日期與時間正確。")),
    ),
    "CERT_UNTRUSTED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "無法確認憑證")),
        str(QT_TRANSLATE_NOOP("errors", "這張卡片的憑證不是由政府憑證管理中心簽發。")),
        str(QT_TRANSLATE_NOOP("errors", "請改用工商憑證、自然人憑證或組織及團體憑證卡。")),
    ),
    "CERT_REVOKED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "憑證已被廢止")),
        str(QT_TRANSLATE_NOOP("errors", "這張卡片的憑證已被廢止（註銷），不能再使用。")),
        str(QT_TRANSLATE_NOOP("errors", "請改用其他有效的憑證卡，或向發卡單位申請新卡。")),
    ),
    "KEY_TOO_SMALL": _entry(
        str(QT_TRANSLATE_NOOP("errors", "卡片金鑰太短")),
        str(QT_TRANSLATE_NOOP("errors", "這張卡片使用不安全的短金鑰。")),
        str(QT_TRANSLATE_NOOP("errors", "請向發卡單位換發新卡。")),
    ),
    "WRONG_KEY_USAGE": _entry(
        str(QT_TRANSLATE_NOOP("errors", "不是簽章用憑證")),
        str(QT_TRANSLATE_NOOP("errors", "卡片上的這張憑證不能用來簽章。")),
        str(QT_TRANSLATE_NOOP("errors", "請改用卡片上的簽章憑證，或洽客服。")),
    ),
    "IDENTITY_MISMATCH": _entry(
        str(QT_TRANSLATE_NOOP("errors", "身分不符")),
        str(QT_TRANSLATE_NOOP("errors", "這張憑證的身分與申請單位登記的資料不符。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors",
                "工商憑證請使用本公司（統一編號相同）的卡；自然人憑證請由登記的負責人本人使用。",
            )
        ),
    ),
    "SIGNATURE_INVALID": _entry(
        str(QT_TRANSLATE_NOOP("errors", "簽章驗證失敗")),
        str(QT_TRANSLATE_NOOP("errors", "平台無法驗證這次的簽章。")),
        str(QT_TRANSLATE_NOOP("errors", "請重新插入卡片後再簽一次。")),
    ),
    # --- platform ----------------------------------------------------------------------
    "INVALID_UBN": _entry(
        str(QT_TRANSLATE_NOOP("errors", "統一編號不正確")),
        str(QT_TRANSLATE_NOOP("errors", "統一編號的檢查碼不正確。")),
        str(QT_TRANSLATE_NOOP("errors", "請核對營業登記上的 8 位數統一編號後再輸入。")),
    ),
    "UBN_NOT_FOUND": _entry(
        str(QT_TRANSLATE_NOOP("errors", "查無此統一編號")),
        str(QT_TRANSLATE_NOOP("errors", "平台查不到這個統一編號的登記資料。")),
        str(QT_TRANSLATE_NOOP("errors", "請確認統一編號；新設立的單位可能需要幾天才會有資料。")),
    ),
    "NOT_ELIGIBLE": _entry(
        str(QT_TRANSLATE_NOOP("errors", "不符合申請資格")),
        str(QT_TRANSLATE_NOOP("errors", "依申請須知，這個單位不能申請數位點數。")),
        str(QT_TRANSLATE_NOOP("errors", "原因如下；如有疑問請洽雲市集客服。")),
    ),
    "METHOD_NOT_ALLOWED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "不能用這種方式驗證")),
        str(QT_TRANSLATE_NOOP("errors", "這類申請單位不能使用所選的驗證方式。")),
        str(QT_TRANSLATE_NOOP("errors", "請回上一步，改選畫面上列出的驗證方式。")),
    ),
    "CHALLENGE_EXPIRED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "驗證逾時")),
        str(QT_TRANSLATE_NOOP("errors", "登入驗證碼已過期。")),
        str(QT_TRANSLATE_NOOP("errors", "請重新開始登入。")),
    ),
    "CHALLENGE_USED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "驗證碼已使用")),
        str(QT_TRANSLATE_NOOP("errors", "這個登入驗證碼已經用過。")),
        str(QT_TRANSLATE_NOOP("errors", "請重新開始登入。")),
    ),
    "STEP_OUT_OF_ORDER": _entry(
        str(QT_TRANSLATE_NOOP("errors", "步驟順序不正確")),
        str(QT_TRANSLATE_NOOP("errors", "請先完成前面的申請步驟。")),
        str(QT_TRANSLATE_NOOP("errors", "程式會帶您回到尚未完成的步驟。")),
    ),
    "POINTS_EXPIRED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "點數已過期")),
        str(QT_TRANSLATE_NOOP("errors", "您的點數已超過使用期限，不能再折抵。")),
        str(QT_TRANSLATE_NOOP("errors", "過期點數已由系統收回，依規定不能再申請。")),
    ),
    "EXISTING_CUSTOMER_RENEWAL": _entry(
        str(QT_TRANSLATE_NOOP("errors", "既有客戶續約不能使用點數")),
        str(QT_TRANSLATE_NOOP("errors", "您已是這家廠商這個方案的客戶，續約不能使用補助點數。")),
        str(QT_TRANSLATE_NOOP("errors", "請改選其他方案，或直接向廠商續約。")),
    ),
    "PLAN_NOT_SUBSIDISED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "方案不在補助範圍")),
        str(QT_TRANSLATE_NOOP("errors", "這個方案不在補助專區，不能使用點數。")),
        str(QT_TRANSLATE_NOOP("errors", "請改選補助專區中的方案。")),
    ),
    "AUTH_EXPIRED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "登入已逾時")),
        str(QT_TRANSLATE_NOOP("errors", "為了安全，您的登入已過期。")),
        str(QT_TRANSLATE_NOOP("errors", "請重新登入；您填寫的資料已保存。")),
    ),
    "VALIDATION_FAILED": _entry(
        str(QT_TRANSLATE_NOOP("errors", "資料有誤")),
        str(QT_TRANSLATE_NOOP("errors", "部分欄位需要修正。")),
        str(QT_TRANSLATE_NOOP("errors", "請依欄位旁的說明修改後再送出。")),
    ),
    # --- network -----------------------------------------------------------------------
    "NETWORK_UNREACHABLE": _entry(
        str(QT_TRANSLATE_NOOP("errors", "無法連線")),
        str(QT_TRANSLATE_NOOP("errors", "無法連上雲市集平台。")),
        str(QT_TRANSLATE_NOOP("errors", "請檢查網路連線或 Proxy 設定後再試；您填寫的資料已保存。")),
    ),
    "NETWORK_TIMEOUT": _entry(
        str(QT_TRANSLATE_NOOP("errors", "連線逾時")),
        str(QT_TRANSLATE_NOOP("errors", "平台太久沒有回應。")),
        str(QT_TRANSLATE_NOOP("errors", "請稍後再試；您填寫的資料已保存。")),
    ),
    "TLS_ERROR": _entry(
        str(QT_TRANSLATE_NOOP("errors", "安全連線失敗")),
        str(QT_TRANSLATE_NOOP("errors", "無法確認平台的安全憑證。")),
        str(
            QT_TRANSLATE_NOOP("errors", "請確認電腦日期時間正確；公司網路若有 SSL 檢查，請洽網管。")
        ),
    ),
    "INSECURE_URL": _entry(
        str(QT_TRANSLATE_NOOP("errors", "不安全的平台網址")),
        str(QT_TRANSLATE_NOOP("errors", "平台網址必須以 https:// 開頭。")),
        str(QT_TRANSLATE_NOOP("errors", "請確認設定中的平台網址。")),
    ),
    "PROTOCOL_ERROR": _entry(
        str(QT_TRANSLATE_NOOP("errors", "平台回應無法辨識")),
        str(QT_TRANSLATE_NOOP("errors", "平台傳回的資料格式不正確。")),
        str(
            QT_TRANSLATE_NOOP(
                "errors", "請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
            )
        ),
    ),
}

UNKNOWN: tuple[str, str, str] = _entry(
    str(QT_TRANSLATE_NOOP("errors", "發生錯誤")),
    str(QT_TRANSLATE_NOOP("errors", "操作沒有完成。")),
    str(
        QT_TRANSLATE_NOOP(
            "errors", "請再試一次；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        )
    ),
)


def error_code(error: BaseException) -> str:
    """The stable code of a typed error; ``UNKNOWN`` for anything else."""
    code = getattr(error, "code", None)
    return code if isinstance(code, str) and code else "UNKNOWN"


def _fill(template: str, error: BaseException) -> str:
    translated = QCoreApplication.translate("errors", template)
    if "{" not in translated:
        return translated
    values = {k: v for k, v in vars(error).items() if not k.startswith("_")}
    try:
        return translated.format(**values)
    except (KeyError, IndexError, ValueError):
        return translated


def describe(error: BaseException) -> ErrorText:
    """Title, text and remedy for ``error`` in the current UI language.

    A platform error's own message (zh-TW, written for people) is preferred for the text
    when the code is not in the table, so new platform codes still read well.
    """
    code = error_code(error)
    entry = ERROR_TABLE.get(code)
    if entry is None:
        title, text, remedy = UNKNOWN
        message = getattr(error, "message", None)
        filled_text = message if isinstance(message, str) and message else _fill(text, error)
        return ErrorText(_fill(title, error), filled_text, _fill(remedy, error))
    title, text, remedy = entry
    return ErrorText(_fill(title, error), _fill(text, error), _fill(remedy, error))
