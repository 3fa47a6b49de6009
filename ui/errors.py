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


def T(text: str) -> str:  # noqa: N802 - marks a source text for lupdate
    return str(QT_TRANSLATE_NOOP("errors", text))


# code -> (title, text, remedy); {placeholders} are filled from the error's attributes.
ERROR_TABLE: dict[str, tuple[str, str, str]] = {
    # --- readers and cards -------------------------------------------------------------
    "SERVICE_NOT_RUNNING": _entry(
        T("智慧卡服務未啟動"),
        T("電腦的智慧卡服務（Smart Card / pcscd）沒有在執行，程式無法使用讀卡機。"),
        T("請插上讀卡機；Windows 會自動啟動「智慧卡」服務。若仍無效，請重新開機或聯絡客服。"),
    ),
    "NO_READER": _entry(
        T("找不到讀卡機"),
        T("電腦上沒有偵測到讀卡機。"),
        T("請確認讀卡機已插在電腦的 USB 埠（指示燈亮起），必要時安裝讀卡機驅動程式後再試。"),
    ),
    "NO_CARD": _entry(
        T("讀卡機中沒有卡片"),
        T("讀卡機中沒有偵測到憑證卡。"),
        T("請將憑證卡晶片朝上、朝讀卡機方向插到底。"),
    ),
    "CARD_REMOVED": _entry(
        T("卡片已被取出"),
        T("操作進行中卡片被取出，這次操作沒有完成。"),
        T("請重新插入卡片後再試一次；PIN 碼嘗試次數不受影響。"),
    ),
    "CARD_UNPOWERED": _entry(
        T("卡片沒有回應"),
        T("讀卡機無法讓卡片通電。"),
        T("請取出卡片、擦拭晶片後重新插入。"),
    ),
    "CARD_IN_USE": _entry(
        T("卡片正被其他程式使用"),
        T("另一個程式正在獨佔這張卡片。"),
        T("請關閉其他正在使用憑證卡的程式（例如其他網站的簽章視窗）後再試。"),
    ),
    "TRANSACTION_FAILED": _entry(
        T("讀卡失敗"),
        T("與卡片溝通時發生錯誤。"),
        T("請取出卡片重新插入後再試；若一再發生，請換一台讀卡機。"),
    ),
    "UNSUPPORTED_CARD": _entry(
        T("不支援的卡片"),
        T("這張卡片不是工商憑證、自然人憑證或組織及團體憑證。"),
        T("請改插申請單位適用的憑證卡。"),
    ),
    "PIN_WRONG": _entry(
        T("PIN 碼錯誤"),
        T("PIN 碼不正確，還可以再試 {tries_left} 次。"),
        T("請確認 PIN 碼後再輸入；連續輸錯會鎖卡。"),
    ),
    "PIN_BLOCKED": _entry(
        T("卡片已鎖住"),
        T("PIN 碼錯誤次數過多，這張卡已被鎖住，無法簽章。"),
        T(
            "自然人憑證請攜帶身分證至戶政事務所解鎖；工商憑證請洽工商憑證管理中心"
            "（moeaca.nat.gov.tw）申請解鎖。"
        ),
    ),
    "PIN_CANCELLED": _entry(
        T("已取消"),
        T("您取消了 PIN 碼輸入，沒有簽章。"),
        T("需要時再按一次「簽章」。"),
    ),
    "SIGNER_UNAVAILABLE": _entry(
        T("無法使用簽章元件"),
        T("找不到可以用這張卡片簽章的元件。"),
        T(
            "請安裝並啟動 HiPKI 跨平台網頁元件（moica.nat.gov.tw），或安裝 HiCOS 卡片管理工具後再試。"
        ),
    ),
    "HIPKI_NOT_RUNNING": _entry(
        T("HiPKI 元件未啟動"),
        T("HiPKI 跨平台網頁元件沒有在執行。"),
        T("請從開始功能表啟動 HiPKI 跨平台網頁元件；尚未安裝者請至 moica.nat.gov.tw 下載。"),
    ),
    "HIPKI_ERROR": _entry(
        T("HiPKI 元件回報錯誤"),
        T("HiPKI 跨平台網頁元件無法完成簽章。"),
        T("請重新插入卡片後再試；若一再發生，請重新啟動 HiPKI 元件。"),
    ),
    # --- certificates (client pre-check and platform) ----------------------------------
    "CERT_EXPIRED": _entry(
        T("憑證已過期"),
        T("這張卡片的憑證已過有效期限，平台不會接受。"),
        T("自然人憑證請至戶政事務所辦理展期或換發；工商憑證請洽工商憑證管理中心。"),
    ),
    "CERT_NOT_YET_VALID": _entry(
        T("憑證尚未生效"),
        T("這張卡片的憑證還沒到生效日期。"),
        T("請確認電腦的日期與時間正確。"),
    ),
    "CERT_UNTRUSTED": _entry(
        T("無法確認憑證"),
        T("這張卡片的憑證不是由政府憑證管理中心簽發。"),
        T("請改用工商憑證、自然人憑證或組織及團體憑證卡。"),
    ),
    "CERT_REVOKED": _entry(
        T("憑證已被廢止"),
        T("這張卡片的憑證已被廢止（註銷），不能再使用。"),
        T("請改用其他有效的憑證卡，或向發卡單位申請新卡。"),
    ),
    "KEY_TOO_SMALL": _entry(
        T("卡片金鑰太短"),
        T("這張卡片使用不安全的短金鑰。"),
        T("請向發卡單位換發新卡。"),
    ),
    "WRONG_KEY_USAGE": _entry(
        T("不是簽章用憑證"),
        T("卡片上的這張憑證不能用來簽章。"),
        T("請改用卡片上的簽章憑證，或洽客服。"),
    ),
    "IDENTITY_MISMATCH": _entry(
        T("身分不符"),
        T("這張憑證的身分與申請單位登記的資料不符。"),
        T("工商憑證請使用本公司（統一編號相同）的卡；自然人憑證請由登記的負責人本人使用。"),
    ),
    "SIGNATURE_INVALID": _entry(
        T("簽章驗證失敗"),
        T("平台無法驗證這次的簽章。"),
        T("請重新插入卡片後再簽一次。"),
    ),
    # --- platform ----------------------------------------------------------------------
    "INVALID_UBN": _entry(
        T("統一編號不正確"),
        T("統一編號的檢查碼不正確。"),
        T("請核對營業登記上的 8 位數統一編號後再輸入。"),
    ),
    "UBN_NOT_FOUND": _entry(
        T("查無此統一編號"),
        T("平台查不到這個統一編號的登記資料。"),
        T("請確認統一編號；新設立的單位可能需要幾天才會有資料。"),
    ),
    "NOT_ELIGIBLE": _entry(
        T("不符合申請資格"),
        T("依申請須知，這個單位不能申請數位點數。"),
        T("原因如下；如有疑問請洽雲市集客服。"),
    ),
    "METHOD_NOT_ALLOWED": _entry(
        T("不能用這種方式驗證"),
        T("這類申請單位不能使用所選的驗證方式。"),
        T("請回上一步，改選畫面上列出的驗證方式。"),
    ),
    "CHALLENGE_EXPIRED": _entry(
        T("驗證逾時"),
        T("登入驗證碼已過期。"),
        T("請重新開始登入。"),
    ),
    "CHALLENGE_USED": _entry(
        T("驗證碼已使用"),
        T("這個登入驗證碼已經用過。"),
        T("請重新開始登入。"),
    ),
    "STEP_OUT_OF_ORDER": _entry(
        T("步驟順序不正確"),
        T("請先完成前面的申請步驟。"),
        T("程式會帶您回到尚未完成的步驟。"),
    ),
    "POINTS_EXPIRED": _entry(
        T("點數已過期"),
        T("您的點數已超過使用期限，不能再折抵。"),
        T("過期點數已由系統收回，依規定不能再申請。"),
    ),
    "EXISTING_CUSTOMER_RENEWAL": _entry(
        T("既有客戶續約不能使用點數"),
        T("您已是這家廠商這個方案的客戶，續約不能使用補助點數。"),
        T("請改選其他方案，或直接向廠商續約。"),
    ),
    "PLAN_NOT_SUBSIDISED": _entry(
        T("方案不在補助範圍"),
        T("這個方案不在補助專區，不能使用點數。"),
        T("請改選補助專區中的方案。"),
    ),
    "AUTH_EXPIRED": _entry(
        T("登入已逾時"),
        T("為了安全，您的登入已過期。"),
        T("請重新登入；您填寫的資料已保存。"),
    ),
    "VALIDATION_FAILED": _entry(
        T("資料有誤"),
        T("部分欄位需要修正。"),
        T("請依欄位旁的說明修改後再送出。"),
    ),
    # --- network -----------------------------------------------------------------------
    "NETWORK_UNREACHABLE": _entry(
        T("無法連線"),
        T("無法連上雲市集平台。"),
        T("請檢查網路連線或 Proxy 設定後再試；您填寫的資料已保存。"),
    ),
    "NETWORK_TIMEOUT": _entry(
        T("連線逾時"),
        T("平台太久沒有回應。"),
        T("請稍後再試；您填寫的資料已保存。"),
    ),
    "TLS_ERROR": _entry(
        T("安全連線失敗"),
        T("無法確認平台的安全憑證。"),
        T("請確認電腦日期時間正確；公司網路若有 SSL 檢查，請洽網管。"),
    ),
    "INSECURE_URL": _entry(
        T("不安全的平台網址"),
        T("平台網址必須以 https:// 開頭。"),
        T("請確認設定中的平台網址。"),
    ),
    "PROTOCOL_ERROR": _entry(
        T("平台回應無法辨識"),
        T("平台傳回的資料格式不正確。"),
        T("請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。"),
    ),
}

UNKNOWN: tuple[str, str, str] = _entry(
    T("發生錯誤"),
    T("操作沒有完成。"),
    T("請再試一次；若一再發生，請用「說明與診斷」產生支援檔交給客服。"),
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
