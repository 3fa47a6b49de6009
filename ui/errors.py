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

from app.errors import ErrorCode, known_code
from app.subsidy.errors import InvalidTransition, StepOutOfOrder, SubsidyRuleError
from certs import errors as certs_errors


@dataclass(frozen=True)
class ErrorText:
    """What the person reads: a short title, what happened, and what to do now."""

    title: str
    text: str
    remedy: str


def _entry(title: object, text: object, remedy: object) -> tuple[str, str, str]:
    """One row; the texts are marked with ``QT_TRANSLATE_NOOP("errors", …)`` for lupdate."""
    return (str(title), str(text), str(remedy))


# code -> (title, text, remedy); {placeholders} are filled from the error's attributes.
ERROR_TABLE: dict[ErrorCode, tuple[str, str, str]] = {
    # --- readers and cards -------------------------------------------------------------
    ErrorCode.SERVICE_NOT_RUNNING: _entry(
        QT_TRANSLATE_NOOP("errors", "智慧卡服務未啟動"),
        QT_TRANSLATE_NOOP(
            "errors", "電腦的智慧卡服務（Smart Card / pcscd）沒有在執行，程式無法使用讀卡機。"
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "請插上讀卡機；Windows 會自動啟動「智慧卡」服務。若仍無效，請重新開機或聯絡客服。",
        ),
    ),
    ErrorCode.NO_READER: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到讀卡機"),
        QT_TRANSLATE_NOOP("errors", "電腦上沒有偵測到讀卡機。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "請確認讀卡機已插在電腦的 USB 埠（指示燈亮起），必要時安裝讀卡機驅動程式後再試。",
        ),
    ),
    ErrorCode.NO_CARD: _entry(
        QT_TRANSLATE_NOOP("errors", "讀卡機中沒有卡片"),
        QT_TRANSLATE_NOOP("errors", "讀卡機中沒有偵測到憑證卡。"),
        QT_TRANSLATE_NOOP("errors", "請將憑證卡晶片朝上、朝讀卡機方向插到底。"),
    ),
    ErrorCode.CARD_REMOVED: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片已被取出"),
        QT_TRANSLATE_NOOP("errors", "操作進行中卡片被取出，這次操作沒有完成。"),
        QT_TRANSLATE_NOOP("errors", "請重新插入卡片後再試一次；PIN 碼嘗試次數不受影響。"),
    ),
    ErrorCode.CARD_UNPOWERED: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片沒有回應"),
        QT_TRANSLATE_NOOP("errors", "讀卡機無法讓卡片通電。"),
        QT_TRANSLATE_NOOP("errors", "請取出卡片、擦拭晶片後重新插入。"),
    ),
    ErrorCode.CARD_IN_USE: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片正被其他程式使用"),
        QT_TRANSLATE_NOOP("errors", "另一個程式正在獨佔這張卡片。"),
        QT_TRANSLATE_NOOP(
            "errors", "請關閉其他正在使用憑證卡的程式（例如其他網站的簽章視窗）後再試。"
        ),
    ),
    ErrorCode.TRANSACTION_FAILED: _entry(
        QT_TRANSLATE_NOOP("errors", "讀卡失敗"),
        QT_TRANSLATE_NOOP("errors", "與卡片溝通時發生錯誤。"),
        QT_TRANSLATE_NOOP("errors", "請取出卡片重新插入後再試；若一再發生，請換一台讀卡機。"),
    ),
    ErrorCode.UNSUPPORTED_CARD: _entry(
        QT_TRANSLATE_NOOP("errors", "不支援的卡片"),
        QT_TRANSLATE_NOOP("errors", "這張卡片不是工商憑證、自然人憑證或組織及團體憑證。"),
        QT_TRANSLATE_NOOP("errors", "請改插申請單位適用的憑證卡。"),
    ),
    ErrorCode.PIN_WRONG: _entry(
        QT_TRANSLATE_NOOP("errors", "PIN 碼錯誤"),
        QT_TRANSLATE_NOOP("errors", "PIN 碼不正確，還可以再試 {tries_left} 次。"),
        QT_TRANSLATE_NOOP("errors", "請確認 PIN 碼後再輸入；連續輸錯會鎖卡。"),
    ),
    ErrorCode.PIN_BLOCKED: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片已鎖住"),
        QT_TRANSLATE_NOOP("errors", "PIN 碼錯誤次數過多，這張卡已被鎖住，無法簽章。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "自然人憑證請攜帶身分證至戶政事務所解鎖；工商憑證請洽工商憑證管理中心"
            "（moeaca.nat.gov.tw）申請解鎖。",
        ),
    ),
    ErrorCode.PIN_CANCELLED: _entry(
        QT_TRANSLATE_NOOP("errors", "已取消"),
        QT_TRANSLATE_NOOP("errors", "您取消了 PIN 碼輸入，沒有簽章。"),
        QT_TRANSLATE_NOOP("errors", "需要時再按一次「簽章」。"),
    ),
    ErrorCode.PIN_PAD_CANCELLED: _entry(
        QT_TRANSLATE_NOOP("errors", "已在讀卡機上取消"),
        QT_TRANSLATE_NOOP("errors", "讀卡機上按了取消鍵，沒有簽章，也沒有用掉 PIN 碼嘗試次數。"),
        QT_TRANSLATE_NOOP(
            "errors", "需要時再按一次「簽章」，然後在讀卡機上輸入 PIN 碼並按確認鍵。"
        ),
    ),
    ErrorCode.PIN_ENTRY_TIMEOUT: _entry(
        QT_TRANSLATE_NOOP("errors", "讀卡機等候逾時"),
        QT_TRANSLATE_NOOP(
            "errors", "讀卡機等了太久都沒有輸入 PIN 碼，這次沒有簽章，也沒有用掉嘗試次數。"
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "請再按一次「簽章」，看到讀卡機提示後，在讀卡機的按鍵上輸入 PIN 碼並按確認鍵。",
        ),
    ),
    ErrorCode.NO_PIN_PAD: _entry(
        QT_TRANSLATE_NOOP("errors", "讀卡機沒有按鍵"),
        QT_TRANSLATE_NOOP("errors", "這台讀卡機不能在讀卡機上輸入 PIN 碼。"),
        QT_TRANSLATE_NOOP("errors", "請重新讀取卡片，然後在程式的視窗中輸入 PIN 碼。"),
    ),
    ErrorCode.SIGNER_UNAVAILABLE: _entry(
        QT_TRANSLATE_NOOP("errors", "無法使用簽章元件"),
        QT_TRANSLATE_NOOP("errors", "找不到可以用這張卡片簽章的元件。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "請安裝並啟動 HiPKI 跨平台網頁元件（moica.nat.gov.tw），或安裝 HiCOS 卡片管理工具後再試。",
        ),
    ),
    ErrorCode.HIPKI_NOT_RUNNING: _entry(
        QT_TRANSLATE_NOOP("errors", "HiPKI 元件未啟動"),
        QT_TRANSLATE_NOOP("errors", "HiPKI 跨平台網頁元件沒有在執行。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "請從開始功能表啟動 HiPKI 跨平台網頁元件；尚未安裝者請至 moica.nat.gov.tw 下載。",
        ),
    ),
    ErrorCode.HIPKI_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "HiPKI 元件回報錯誤"),
        QT_TRANSLATE_NOOP("errors", "HiPKI 跨平台網頁元件無法完成簽章。"),
        QT_TRANSLATE_NOOP("errors", "請重新插入卡片後再試；若一再發生，請重新啟動 HiPKI 元件。"),
    ),
    # --- certificates (client pre-check and platform) ----------------------------------
    ErrorCode.CERT_EXPIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "憑證已過期"),
        QT_TRANSLATE_NOOP("errors", "這張卡片的憑證已過有效期限，平台不會接受。"),
        QT_TRANSLATE_NOOP(
            "errors", "自然人憑證請至戶政事務所辦理展期或換發；工商憑證請洽工商憑證管理中心。"
        ),
    ),
    ErrorCode.CERT_NOT_YET_VALID: _entry(
        QT_TRANSLATE_NOOP("errors", "憑證尚未生效"),
        QT_TRANSLATE_NOOP("errors", "這張卡片的憑證還沒到生效日期。"),
        QT_TRANSLATE_NOOP("errors", "請確認電腦的日期與時間正確。"),
    ),
    ErrorCode.CERT_UNTRUSTED: _entry(
        QT_TRANSLATE_NOOP("errors", "無法確認憑證"),
        QT_TRANSLATE_NOOP("errors", "這張卡片的憑證不是由政府憑證管理中心簽發。"),
        QT_TRANSLATE_NOOP("errors", "請改用工商憑證、自然人憑證或組織及團體憑證卡。"),
    ),
    ErrorCode.CERT_REVOKED: _entry(
        QT_TRANSLATE_NOOP("errors", "憑證已被廢止"),
        QT_TRANSLATE_NOOP("errors", "這張卡片的憑證已被廢止（註銷），不能再使用。"),
        QT_TRANSLATE_NOOP("errors", "請改用其他有效的憑證卡，或向發卡單位申請新卡。"),
    ),
    ErrorCode.CERT_KEY_TOO_SMALL: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片金鑰太短"),
        QT_TRANSLATE_NOOP("errors", "這張卡片使用不安全的短金鑰。"),
        QT_TRANSLATE_NOOP("errors", "請向發卡單位換發新卡。"),
    ),
    ErrorCode.CERT_WRONG_KEY_USAGE: _entry(
        QT_TRANSLATE_NOOP("errors", "不是簽章用憑證"),
        QT_TRANSLATE_NOOP("errors", "卡片上的這張憑證不能用來簽章。"),
        QT_TRANSLATE_NOOP("errors", "請改用卡片上的簽章憑證，或洽客服。"),
    ),
    ErrorCode.IDENTITY_MISMATCH: _entry(
        QT_TRANSLATE_NOOP("errors", "身分不符"),
        QT_TRANSLATE_NOOP("errors", "這張憑證的身分與申請單位登記的資料不符。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "工商憑證請使用本公司（統一編號相同）的卡；自然人憑證請由登記的負責人本人使用。",
        ),
    ),
    ErrorCode.SIGNATURE_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "簽章驗證失敗"),
        QT_TRANSLATE_NOOP("errors", "平台無法驗證這次的簽章。"),
        QT_TRANSLATE_NOOP("errors", "請重新插入卡片後再簽一次。"),
    ),
    # --- platform ----------------------------------------------------------------------
    ErrorCode.INVALID_UBN: _entry(
        QT_TRANSLATE_NOOP("errors", "統一編號不正確"),
        QT_TRANSLATE_NOOP("errors", "統一編號的檢查碼不正確。"),
        QT_TRANSLATE_NOOP("errors", "請核對營業登記上的 8 位數統一編號後再輸入。"),
    ),
    ErrorCode.UBN_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "查無此統一編號"),
        QT_TRANSLATE_NOOP("errors", "平台查不到這個統一編號的登記資料。"),
        QT_TRANSLATE_NOOP("errors", "請確認統一編號；新設立的單位可能需要幾天才會有資料。"),
    ),
    ErrorCode.NOT_ELIGIBLE: _entry(
        QT_TRANSLATE_NOOP("errors", "不符合申請資格"),
        QT_TRANSLATE_NOOP("errors", "依申請須知，這個單位不能申請數位點數。"),
        QT_TRANSLATE_NOOP("errors", "原因如下；如有疑問請洽雲市集客服。"),
    ),
    ErrorCode.METHOD_NOT_ALLOWED: _entry(
        QT_TRANSLATE_NOOP("errors", "不能用這種方式驗證"),
        QT_TRANSLATE_NOOP("errors", "這類申請單位不能使用所選的驗證方式。"),
        QT_TRANSLATE_NOOP("errors", "請回上一步，改選畫面上列出的驗證方式。"),
    ),
    ErrorCode.CHALLENGE_EXPIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "驗證逾時"),
        QT_TRANSLATE_NOOP("errors", "登入驗證碼已過期。"),
        QT_TRANSLATE_NOOP("errors", "請重新開始登入。"),
    ),
    ErrorCode.CHALLENGE_USED: _entry(
        QT_TRANSLATE_NOOP("errors", "驗證碼已使用"),
        QT_TRANSLATE_NOOP("errors", "這個登入驗證碼已經用過。"),
        QT_TRANSLATE_NOOP("errors", "請重新開始登入。"),
    ),
    ErrorCode.STEP_OUT_OF_ORDER: _entry(
        QT_TRANSLATE_NOOP("errors", "步驟順序不正確"),
        QT_TRANSLATE_NOOP("errors", "請先完成前面的申請步驟。"),
        QT_TRANSLATE_NOOP("errors", "程式會帶您回到尚未完成的步驟。"),
    ),
    ErrorCode.EXISTING_CUSTOMER_RENEWAL: _entry(
        QT_TRANSLATE_NOOP("errors", "既有客戶續約不能使用點數"),
        QT_TRANSLATE_NOOP("errors", "您已是這家廠商這個方案的客戶，續約不能使用補助點數。"),
        QT_TRANSLATE_NOOP("errors", "請改選其他方案，或直接向廠商續約。"),
    ),
    ErrorCode.PLAN_NOT_SUBSIDISED: _entry(
        QT_TRANSLATE_NOOP("errors", "方案不在補助範圍"),
        QT_TRANSLATE_NOOP("errors", "這個方案不在補助專區，不能使用點數。"),
        QT_TRANSLATE_NOOP("errors", "請改選補助專區中的方案。"),
    ),
    ErrorCode.TOKEN_EXPIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "登入已逾時"),
        QT_TRANSLATE_NOOP("errors", "為了安全，您的登入已過期。"),
        QT_TRANSLATE_NOOP("errors", "請重新登入；您填寫的資料已保存。"),
    ),
    ErrorCode.VALIDATION_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "資料有誤"),
        QT_TRANSLATE_NOOP("errors", "部分欄位需要修正。"),
        QT_TRANSLATE_NOOP("errors", "請依欄位旁的說明修改後再送出。"),
    ),
    # --- network -----------------------------------------------------------------------
    ErrorCode.NETWORK_UNREACHABLE: _entry(
        QT_TRANSLATE_NOOP("errors", "無法連線"),
        QT_TRANSLATE_NOOP("errors", "無法連上雲市集平台。"),
        QT_TRANSLATE_NOOP("errors", "請檢查網路連線或 Proxy 設定後再試；您填寫的資料已保存。"),
    ),
    ErrorCode.NETWORK_TIMEOUT: _entry(
        QT_TRANSLATE_NOOP("errors", "連線逾時"),
        QT_TRANSLATE_NOOP("errors", "平台太久沒有回應。"),
        QT_TRANSLATE_NOOP("errors", "請稍後再試；您填寫的資料已保存。"),
    ),
    ErrorCode.TLS_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "安全連線失敗"),
        QT_TRANSLATE_NOOP("errors", "無法確認平台的安全憑證。"),
        QT_TRANSLATE_NOOP("errors", "請確認電腦日期時間正確；公司網路若有 SSL 檢查，請洽網管。"),
    ),
    ErrorCode.INSECURE_URL: _entry(
        QT_TRANSLATE_NOOP("errors", "不安全的平台網址"),
        QT_TRANSLATE_NOOP("errors", "平台網址必須以 https:// 開頭。"),
        QT_TRANSLATE_NOOP("errors", "請確認設定中的平台網址。"),
    ),
    ErrorCode.PROTOCOL_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "平台回應無法辨識"),
        QT_TRANSLATE_NOOP("errors", "平台傳回的資料格式不正確。"),
        QT_TRANSLATE_NOOP(
            "errors", "請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        ),
    ),
    ErrorCode.ANSWER_TOO_LARGE: _entry(
        QT_TRANSLATE_NOOP("errors", "平台回應過大"),
        QT_TRANSLATE_NOOP("errors", "平台傳回的資料遠超過正常大小，程式停止接收。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "可能是網路中的設備（Proxy）出錯。請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。",
        ),
    ),
    ErrorCode.ANSWER_TOO_DEEP: _entry(
        QT_TRANSLATE_NOOP("errors", "平台回應無法辨識"),
        QT_TRANSLATE_NOOP("errors", "平台傳回的資料結構異常，程式不予處理。"),
        QT_TRANSLATE_NOOP(
            "errors", "請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        ),
    ),
    ErrorCode.REDIRECT_REFUSED: _entry(
        QT_TRANSLATE_NOOP("errors", "已阻擋轉址"),
        QT_TRANSLATE_NOOP(
            "errors",
            "平台的回應要求轉到其他網站或未加密的網址，為保護您的登入資料，程式沒有前往。",
        ),
        QT_TRANSLATE_NOOP(
            "errors", "請確認平台網址正確；公司網路若有 Proxy 或過濾設備，請洽網管。"
        ),
    ),
    ErrorCode.IMPLAUSIBLE_VALUE: _entry(
        QT_TRANSLATE_NOOP("errors", "平台資料不合理"),
        QT_TRANSLATE_NOOP("errors", "平台傳回的點數或金額不合理（例如負數或過大），程式不予採用。"),
        QT_TRANSLATE_NOOP(
            "errors", "請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        ),
    ),
    ErrorCode.CALL_CANCELLED: _entry(
        QT_TRANSLATE_NOOP("errors", "已取消"),
        QT_TRANSLATE_NOOP("errors", "您已取消等待平台回應。"),
        QT_TRANSLATE_NOOP(
            "errors",
            "您填寫的資料已保存，可以再按一次繼續。若送出的是申請或訂單，請先查看結果再重送，程式不會重複建立。",
        ),
    ),
    ErrorCode.CA_FILE_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "無法使用指定的憑證機構檔"),
        QT_TRANSLATE_NOOP(
            "errors", "--ca-file 指定的檔案無法讀取，或其中不是憑證機構（CA）的憑證。"
        ),
        QT_TRANSLATE_NOOP(
            "errors", "請向網管索取公司 Proxy 的根憑證（PEM 或 DER 格式）後再指定一次。"
        ),
    ),
    # --- added: every code of app.cards, certs, app.platform, app.flows and the platform ---
    ErrorCode.CARD_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "讀卡失敗"),
        QT_TRANSLATE_NOOP("errors", "卡片操作沒有完成。"),
        QT_TRANSLATE_NOOP(
            "errors", "請取出卡片重新插入後再試；若一再發生，請用「說明與診斷」檢查讀卡機。"
        ),
    ),
    ErrorCode.CARD_SERVICE_CLOSED: _entry(
        QT_TRANSLATE_NOOP("errors", "讀卡功能已關閉"),
        QT_TRANSLATE_NOOP("errors", "程式正在結束，讀卡功能已停止。"),
        QT_TRANSLATE_NOOP("errors", "請重新開啟程式。"),
    ),
    ErrorCode.CARD_TIMEOUT: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片沒有回應"),
        QT_TRANSLATE_NOOP("errors", "卡片或讀卡機太久沒有回應。"),
        QT_TRANSLATE_NOOP(
            "errors", "請取出卡片重新插入後再試；若一再發生，請換一個 USB 埠或讀卡機。"
        ),
    ),
    ErrorCode.APDU_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片拒絕操作"),
        QT_TRANSLATE_NOOP("errors", "卡片回報無法執行這個操作。"),
        QT_TRANSLATE_NOOP("errors", "請確認插入的是申請單位適用的憑證卡，再試一次。"),
    ),
    ErrorCode.FILE_NOT_FOUND_ON_CARD: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片內容不完整"),
        QT_TRANSLATE_NOOP("errors", "卡片上找不到憑證資料。"),
        QT_TRANSLATE_NOOP(
            "errors", "請確認是工商憑證、自然人憑證或組織及團體憑證卡；新卡請先完成開卡。"
        ),
    ),
    ErrorCode.SECURITY_STATUS_NOT_SATISFIED: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片需要 PIN 碼"),
        QT_TRANSLATE_NOOP("errors", "卡片要求先驗證 PIN 碼。"),
        QT_TRANSLATE_NOOP("errors", "請重新簽署並輸入 PIN 碼。"),
    ),
    ErrorCode.MALFORMED_RESPONSE: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片回應無法辨識"),
        QT_TRANSLATE_NOOP("errors", "卡片傳回的資料不正確，這次簽章沒有使用。"),
        QT_TRANSLATE_NOOP("errors", "請取出卡片重新插入後再試；若一再發生，請換一台讀卡機。"),
    ),
    ErrorCode.CERTIFICATE_PROBLEM: _entry(
        QT_TRANSLATE_NOOP("errors", "憑證無法使用"),
        QT_TRANSLATE_NOOP("errors", "這張卡片的憑證沒有通過檢查（期限、用途或簽發單位）。"),
        QT_TRANSLATE_NOOP("errors", "請改用其他有效的憑證卡，或向發卡單位洽詢。"),
    ),
    ErrorCode.CERTIFICATE_ISSUER_UNKNOWN: _entry(
        QT_TRANSLATE_NOOP("errors", "請更新程式"),
        QT_TRANSLATE_NOOP(
            "errors",
            "這張卡片的簽發單位不在這個版本程式的信任清單中（例如新一代的憑證管理中心），"
            "這不表示卡片有問題。",
        ),
        QT_TRANSLATE_NOOP("errors", "請更新本程式到最新版本後再試；更新後仍無法使用，請洽客服。"),
    ),
    ErrorCode.PIN_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "PIN 碼無法驗證"),
        QT_TRANSLATE_NOOP("errors", "PIN 碼驗證沒有完成。"),
        QT_TRANSLATE_NOOP("errors", "請再試一次；連續輸錯會鎖卡。"),
    ),
    ErrorCode.PIN_FORMAT_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "PIN 碼格式不正確"),
        QT_TRANSLATE_NOOP(
            "errors", "PIN 碼須為 6 到 8 位英數字，這次沒有送到卡片，不影響嘗試次數。"
        ),
        QT_TRANSLATE_NOOP("errors", "請確認 PIN 碼後再輸入。"),
    ),
    ErrorCode.HIPKI_NOT_AUTHORISED: _entry(
        QT_TRANSLATE_NOOP("errors", "HiPKI 元件拒絕連線"),
        QT_TRANSLATE_NOOP("errors", "HiPKI 跨平台網頁元件不允許本程式使用。"),
        QT_TRANSLATE_NOOP("errors", "請更新 HiPKI 跨平台網頁元件到最新版本後再試。"),
    ),
    ErrorCode.PKCS11_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片元件錯誤"),
        QT_TRANSLATE_NOOP("errors", "HiCOS 卡片管理工具回報錯誤。"),
        QT_TRANSLATE_NOOP("errors", "請重新插入卡片；若一再發生，請重新安裝 HiCOS 卡片管理工具。"),
    ),
    ErrorCode.CERTIFICATE_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "憑證無法使用"),
        QT_TRANSLATE_NOOP("errors", "這張憑證沒有通過檢查。"),
        QT_TRANSLATE_NOOP("errors", "請改用其他有效的憑證卡。"),
    ),
    ErrorCode.CERT_MALFORMED: _entry(
        QT_TRANSLATE_NOOP("errors", "憑證無法讀取"),
        QT_TRANSLATE_NOOP("errors", "卡片上的憑證格式不正確。"),
        QT_TRANSLATE_NOOP("errors", "請改用其他憑證卡，或向發卡單位洽詢。"),
    ),
    ErrorCode.CRL_MISMATCH: _entry(
        QT_TRANSLATE_NOOP("errors", "廢止清冊不正確"),
        QT_TRANSLATE_NOOP("errors", "無法確認憑證是否已被廢止。"),
        QT_TRANSLATE_NOOP("errors", "請稍後再試；若一再發生，請洽客服。"),
    ),
    ErrorCode.CERT_KIND_MISMATCH: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片種類不符"),
        QT_TRANSLATE_NOOP("errors", "插入的卡片種類與選擇的驗證方式不同。"),
        QT_TRANSLATE_NOOP("errors", "請插入所選驗證方式的卡片，或回上一步改選驗證方式。"),
    ),
    ErrorCode.CARD_MISMATCH: _entry(
        QT_TRANSLATE_NOOP("errors", "這張卡片不能用"),
        QT_TRANSLATE_NOOP("errors", "這張卡片不能用來為這個申請單位驗證。"),
        QT_TRANSLATE_NOOP("errors", "請改插申請單位適用的憑證卡。"),
    ),
    ErrorCode.CARD_WRONG_KIND: _entry(
        QT_TRANSLATE_NOOP("errors", "卡片種類不符"),
        QT_TRANSLATE_NOOP("errors", "插入的卡片不是所選驗證方式需要的卡片。"),
        QT_TRANSLATE_NOOP("errors", "請插入所選種類的卡片，或回上一步改選驗證方式。"),
    ),
    ErrorCode.CARD_OTHER_COMPANY: _entry(
        QT_TRANSLATE_NOOP("errors", "不是本公司的工商憑證"),
        QT_TRANSLATE_NOOP(
            "errors", "這張工商憑證的統一編號是 {card_ubn}，與申請單位 {applicant_ubn} 不同。"
        ),
        QT_TRANSLATE_NOOP(
            "errors", "請插入統一編號 {applicant_ubn} 的工商憑證（正卡或附卡皆可）。"
        ),
    ),
    ErrorCode.CARD_OTHER_PERSON: _entry(
        QT_TRANSLATE_NOOP("errors", "不是負責人的自然人憑證"),
        QT_TRANSLATE_NOOP(
            "errors", "這張自然人憑證的身分證字號末 4 碼與您輸入的負責人身分證字號不同。"
        ),
        QT_TRANSLATE_NOOP(
            "errors", "請由登記的負責人使用本人的自然人憑證，或確認輸入的身分證字號。"
        ),
    ),
    ErrorCode.MOBILE_REJECTED: _entry(
        QT_TRANSLATE_NOOP("errors", "手機上拒絕了"),
        QT_TRANSLATE_NOOP("errors", "在手機上選擇了拒絕，沒有完成驗證或簽署。"),
        QT_TRANSLATE_NOOP("errors", "如要繼續，請再按一次並在手機上核准。"),
    ),
    ErrorCode.MOBILE_EXPIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "等待逾時"),
        QT_TRANSLATE_NOOP("errors", "手機在時限內沒有回應。"),
        QT_TRANSLATE_NOOP("errors", "請再按一次，並在時限內於手機上完成。"),
    ),
    ErrorCode.MOBILE_CANCELLED: _entry(
        QT_TRANSLATE_NOOP("errors", "已取消"),
        QT_TRANSLATE_NOOP("errors", "您取消了等待手機。"),
        QT_TRANSLATE_NOOP("errors", "需要時再按一次。"),
    ),
    ErrorCode.MOBILE_TRANSACTION_CLOSED: _entry(
        QT_TRANSLATE_NOOP("errors", "驗證已結束"),
        QT_TRANSLATE_NOOP("errors", "這筆手機驗證已經結束。"),
        QT_TRANSLATE_NOOP("errors", "請重新開始驗證。"),
    ),
    ErrorCode.MOBILE_TRANSACTION_NOT_APPROVED: _entry(
        QT_TRANSLATE_NOOP("errors", "手機尚未核准"),
        QT_TRANSLATE_NOOP("errors", "手機還沒有核准這次簽署。"),
        QT_TRANSLATE_NOOP("errors", "請在手機上核准後再試。"),
    ),
    ErrorCode.MOBILE_TRANSACTION_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到手機驗證"),
        QT_TRANSLATE_NOOP("errors", "平台找不到這筆手機驗證。"),
        QT_TRANSLATE_NOOP("errors", "請重新開始驗證。"),
    ),
    ErrorCode.MOBILE_TRANSACTION_USED: _entry(
        QT_TRANSLATE_NOOP("errors", "手機簽署已使用"),
        QT_TRANSLATE_NOOP("errors", "這次手機簽署已經用過。"),
        QT_TRANSLATE_NOOP("errors", "請重新簽署。"),
    ),
    ErrorCode.PHONE_NOT_MATCHED: _entry(
        QT_TRANSLATE_NOOP("errors", "門號驗證不符"),
        QT_TRANSLATE_NOOP("errors", "電信業者查無此門號與負責人身分證字號、生日相符的月租型門號。"),
        QT_TRANSLATE_NOOP(
            "errors", "請確認輸入的生日與手機號碼；預付卡門號無法使用，可改用其他驗證方式。"
        ),
    ),
    ErrorCode.INVALID_NATIONAL_ID: _entry(
        QT_TRANSLATE_NOOP("errors", "身分證字號不正確"),
        QT_TRANSLATE_NOOP("errors", "身分證字號的格式或檢查碼不正確。"),
        QT_TRANSLATE_NOOP("errors", "請核對負責人的身分證字號後再輸入。"),
    ),
    ErrorCode.PLATFORM_CLIENT_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "平台連線錯誤"),
        QT_TRANSLATE_NOOP("errors", "與平台溝通時發生錯誤。"),
        QT_TRANSLATE_NOOP("errors", "請稍後再試；您填寫的資料已保存。"),
    ),
    ErrorCode.NOT_SIGNED_IN: _entry(
        QT_TRANSLATE_NOOP("errors", "尚未登入"),
        QT_TRANSLATE_NOOP("errors", "這個操作需要先驗證身分。"),
        QT_TRANSLATE_NOOP("errors", "請先完成身分驗證。"),
    ),
    ErrorCode.FLOW_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "無法繼續"),
        QT_TRANSLATE_NOOP("errors", "這個步驟現在不能進行。"),
        QT_TRANSLATE_NOOP("errors", "請依畫面說明完成前面的步驟。"),
    ),
    ErrorCode.ANSWER_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "請先回答"),
        QT_TRANSLATE_NOOP("errors", "這一題還沒有回答。"),
        QT_TRANSLATE_NOOP("errors", "請選擇答案後再到下一題。"),
    ),
    ErrorCode.FIRST_QUESTION: _entry(
        QT_TRANSLATE_NOOP("errors", "已是第一題"),
        QT_TRANSLATE_NOOP("errors", "前面沒有題目了。"),
        QT_TRANSLATE_NOOP("errors", "請繼續作答。"),
    ),
    ErrorCode.INVALID_ANSWER: _entry(
        QT_TRANSLATE_NOOP("errors", "答案不正確"),
        QT_TRANSLATE_NOOP("errors", "選擇的答案不適用於這一題。"),
        QT_TRANSLATE_NOOP("errors", "請重新選擇。"),
    ),
    ErrorCode.QUESTION_HIDDEN: _entry(
        QT_TRANSLATE_NOOP("errors", "這題不需作答"),
        QT_TRANSLATE_NOOP("errors", "依您前面的回答，這一題不需要作答。"),
        QT_TRANSLATE_NOOP("errors", "請繼續其他題目。"),
    ),
    ErrorCode.UNKNOWN_QUESTION: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到題目"),
        QT_TRANSLATE_NOOP("errors", "自評題目已更新。"),
        QT_TRANSLATE_NOOP("errors", "請重新開始自評；已回答的題目會保留。"),
    ),
    ErrorCode.METHOD_LOCKED: _entry(
        QT_TRANSLATE_NOOP("errors", "不能更換驗證方式"),
        QT_TRANSLATE_NOOP("errors", "一旦開始註冊以後，將無法切換驗證方式。"),
        QT_TRANSLATE_NOOP("errors", "請使用開始時選擇的驗證方式。"),
    ),
    ErrorCode.METHOD_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "請選擇驗證方式"),
        QT_TRANSLATE_NOOP("errors", "還沒有選擇驗證方式。"),
        QT_TRANSLATE_NOOP("errors", "請回上一步選擇驗證方式。"),
    ),
    ErrorCode.STEP_LOCKED: _entry(
        QT_TRANSLATE_NOOP("errors", "步驟已送出"),
        QT_TRANSLATE_NOOP("errors", "已送出的步驟無法返回修改。"),
        QT_TRANSLATE_NOOP("errors", "請繼續下一個步驟。"),
    ),
    ErrorCode.STEP_NOT_DONE: _entry(
        QT_TRANSLATE_NOOP("errors", "請先完成此步驟"),
        QT_TRANSLATE_NOOP("errors", "這個步驟還沒有完成。"),
        QT_TRANSLATE_NOOP("errors", "請完成畫面上的項目後再繼續。"),
    ),
    ErrorCode.UBN_LOCKED: _entry(
        QT_TRANSLATE_NOOP("errors", "不能更換統一編號"),
        QT_TRANSLATE_NOOP("errors", "已開始註冊，無法更換統一編號。"),
        QT_TRANSLATE_NOOP("errors", "如要為其他單位申請，請回首頁重新開始新申請。"),
    ),
    ErrorCode.UBN_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "請輸入統一編號"),
        QT_TRANSLATE_NOOP("errors", "還沒有輸入統一編號。"),
        QT_TRANSLATE_NOOP("errors", "請回第一步輸入統一編號。"),
    ),
    ErrorCode.AUTHORIZATION_NOT_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "不需要這份授權書"),
        QT_TRANSLATE_NOOP("errors", "這個申請身分不需要簽署這份授權書。"),
        QT_TRANSLATE_NOOP("errors", "程式會帶您到下一個步驟。"),
    ),
    ErrorCode.SUBSIDY_RULE_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "資料不符合規定"),
        QT_TRANSLATE_NOOP("errors", "輸入的資料不符合申請須知的規定。"),
        QT_TRANSLATE_NOOP("errors", "請依畫面說明修正後再試。"),
    ),
    ErrorCode.INVALID_TRANSITION: _entry(
        QT_TRANSLATE_NOOP("errors", "訂單狀態不允許"),
        QT_TRANSLATE_NOOP("errors", "訂單目前的狀態不能進行這個操作。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理訂單後再試。"),
    ),
    ErrorCode.APPLICATION_NOT_ACTIVE: _entry(
        QT_TRANSLATE_NOOP("errors", "帳號尚未啟用"),
        QT_TRANSLATE_NOOP("errors", "申請還沒有完成，帳號尚未啟用。"),
        QT_TRANSLATE_NOOP("errors", "請先完成申請的所有步驟。"),
    ),
    ErrorCode.APPLICATION_UNDER_REVIEW: _entry(
        QT_TRANSLATE_NOOP("errors", "資格審查中"),
        QT_TRANSLATE_NOOP("errors", "以稅籍登記身分申請，平台約需 1 個工作天確認資格。"),
        QT_TRANSLATE_NOOP("errors", "審查通過後會寄 E-mail 通知，屆時再完成數位自評檢測。"),
    ),
    ErrorCode.APPLICATION_REJECTED: _entry(
        QT_TRANSLATE_NOOP("errors", "資格審查未通過"),
        QT_TRANSLATE_NOOP("errors", "平台審查後認定這個申請單位不符合申請資格。"),
        QT_TRANSLATE_NOOP("errors", "如有疑問，請洽臺灣雲市集客服 0809-092-091。"),
    ),
    ErrorCode.REVIEW_NOT_PENDING: _entry(
        QT_TRANSLATE_NOOP("errors", "不在資格審查中"),
        QT_TRANSLATE_NOOP("errors", "這個申請單位目前沒有等待決定的資格審查（可能已有結果）。"),
        QT_TRANSLATE_NOOP("errors", "請在訓練面板重新整理，看看還有哪些申請在審查中。"),
    ),
    ErrorCode.ASSESSMENT_INCOMPLETE: _entry(
        QT_TRANSLATE_NOOP("errors", "自評尚未完成"),
        QT_TRANSLATE_NOOP("errors", "還有題目沒有回答。"),
        QT_TRANSLATE_NOOP("errors", "程式會帶您到還沒回答的題目。"),
    ),
    ErrorCode.BAD_REQUEST: _entry(
        QT_TRANSLATE_NOOP("errors", "請求不正確"),
        QT_TRANSLATE_NOOP("errors", "平台無法處理這次的請求。"),
        QT_TRANSLATE_NOOP(
            "errors", "請再試一次；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        ),
    ),
    ErrorCode.CARD_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到示範卡"),
        QT_TRANSLATE_NOOP("errors", "訓練平台找不到這張示範卡。"),
        QT_TRANSLATE_NOOP("errors", "請從訓練面板選擇示範卡。"),
    ),
    ErrorCode.CHALLENGE_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "登入驗證碼無效"),
        QT_TRANSLATE_NOOP("errors", "平台找不到這次的登入驗證碼。"),
        QT_TRANSLATE_NOOP("errors", "請重新開始登入。"),
    ),
    ErrorCode.CONSENT_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "需要同意"),
        QT_TRANSLATE_NOOP("errors", "須同意個人資料蒐集及聲明事項才能繼續申請。"),
        QT_TRANSLATE_NOOP("errors", "請勾選同意後再簽署。"),
    ),
    ErrorCode.DOCUMENT_MISMATCH: _entry(
        QT_TRANSLATE_NOOP("errors", "簽署內容不符"),
        QT_TRANSLATE_NOOP("errors", "簽署的內容與送出的資料不一致，平台沒有接受。"),
        QT_TRANSLATE_NOOP("errors", "請重新簽署一次。"),
    ),
    ErrorCode.EMAIL_CODE_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "驗證碼不正確"),
        QT_TRANSLATE_NOOP("errors", "輸入的 E-mail 驗證碼不正確。"),
        QT_TRANSLATE_NOOP("errors", "請確認信件中的 6 位數驗證碼後再輸入。"),
    ),
    ErrorCode.FORM_MISSING: _entry(
        QT_TRANSLATE_NOOP("errors", "請先填寫申請表"),
        QT_TRANSLATE_NOOP("errors", "平台還沒有收到點數申請表（附表1）。"),
        QT_TRANSLATE_NOOP("errors", "程式會帶您回到申請表。"),
    ),
    ErrorCode.FORBIDDEN: _entry(
        QT_TRANSLATE_NOOP("errors", "沒有權限"),
        QT_TRANSLATE_NOOP("errors", "這個操作不允許。"),
        QT_TRANSLATE_NOOP("errors", "請確認登入的是申請單位本身，或洽客服。"),
    ),
    ErrorCode.HTTP_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "平台回應錯誤"),
        QT_TRANSLATE_NOOP("errors", "平台回報錯誤。"),
        QT_TRANSLATE_NOOP("errors", "請稍後再試；您填寫的資料已保存。"),
    ),
    ErrorCode.INJECTED_FAULT: _entry(
        QT_TRANSLATE_NOOP("errors", "模擬的平台故障"),
        QT_TRANSLATE_NOOP("errors", "訓練平台依設定模擬了一次故障。"),
        QT_TRANSLATE_NOOP("errors", "請再試一次。"),
    ),
    ErrorCode.INTERNAL_ERROR: _entry(
        QT_TRANSLATE_NOOP("errors", "平台暫時無法處理"),
        QT_TRANSLATE_NOOP("errors", "平台發生內部錯誤。"),
        QT_TRANSLATE_NOOP("errors", "請稍後再試；您填寫的資料已保存。"),
    ),
    ErrorCode.INVALID_ANSWERS: _entry(
        QT_TRANSLATE_NOOP("errors", "自評答案有誤"),
        QT_TRANSLATE_NOOP("errors", "答案包含不存在的題目或選項。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理題目後再作答。"),
    ),
    ErrorCode.EXCLUSIVE_ANSWER_CONFLICT: _entry(
        QT_TRANSLATE_NOOP("errors", "自評答案互相矛盾"),
        QT_TRANSLATE_NOOP("errors", "「皆已數位化」、「尚未使用」這類選項不能與其他選項同時勾選。"),
        QT_TRANSLATE_NOOP("errors", "請回到該題，只保留符合實際情況的選項後再送出。"),
    ),
    ErrorCode.INVALID_CREDENTIALS: _entry(
        QT_TRANSLATE_NOOP("errors", "帳號或密碼錯誤"),
        QT_TRANSLATE_NOOP("errors", "統一編號或密碼不正確。"),
        QT_TRANSLATE_NOOP("errors", "請確認後再試；忘記密碼可用憑證卡登入後重設。"),
    ),
    ErrorCode.INVALID_TERMINATION_DATE: _entry(
        QT_TRANSLATE_NOOP("errors", "退訂日期不正確"),
        QT_TRANSLATE_NOOP("errors", "選擇的退訂日期不正確。"),
        QT_TRANSLATE_NOOP("errors", "請改選服務期間內的日期。"),
    ),
    ErrorCode.LEDGER_INCONSISTENT: _entry(
        QT_TRANSLATE_NOOP("errors", "點數資料異常"),
        QT_TRANSLATE_NOOP("errors", "平台的點數紀錄需要人工確認。"),
        QT_TRANSLATE_NOOP("errors", "請洽雲市集客服。"),
    ),
    ErrorCode.MALFORMED_JSON: _entry(
        QT_TRANSLATE_NOOP("errors", "資料格式錯誤"),
        QT_TRANSLATE_NOOP("errors", "平台無法讀取送出的資料。"),
        QT_TRANSLATE_NOOP(
            "errors", "請再試一次；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        ),
    ),
    ErrorCode.METHOD_NOT_ALLOWED_HTTP: _entry(
        QT_TRANSLATE_NOOP("errors", "平台不支援此操作"),
        QT_TRANSLATE_NOOP("errors", "平台不接受這個操作。"),
        QT_TRANSLATE_NOOP("errors", "請更新程式到最新版本。"),
    ),
    ErrorCode.NOTIFICATION_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到通知"),
        QT_TRANSLATE_NOOP("errors", "找不到這則通知。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理通知。"),
    ),
    ErrorCode.NOT_CANCELLABLE: _entry(
        QT_TRANSLATE_NOOP("errors", "無法取消"),
        QT_TRANSLATE_NOOP("errors", "這筆訂單目前不能取消。"),
        QT_TRANSLATE_NOOP("errors", "付款後如要停止服務，請改用退訂。"),
    ),
    ErrorCode.NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到資料"),
        QT_TRANSLATE_NOOP("errors", "平台找不到要求的資料。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理後再試。"),
    ),
    ErrorCode.NOT_TERMINABLE: _entry(
        QT_TRANSLATE_NOOP("errors", "無法退訂"),
        QT_TRANSLATE_NOOP("errors", "這筆訂單目前不能退訂。"),
        QT_TRANSLATE_NOOP("errors", "請確認訂單狀態，服務開始後才能退訂。"),
    ),
    ErrorCode.ORDER_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到訂單"),
        QT_TRANSLATE_NOOP("errors", "平台找不到這筆訂單。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理訂單清單。"),
    ),
    ErrorCode.PAYLOAD_TOO_LARGE: _entry(
        QT_TRANSLATE_NOOP("errors", "資料太大"),
        QT_TRANSLATE_NOOP("errors", "送出的資料超過平台的限制。"),
        QT_TRANSLATE_NOOP("errors", "請縮短內容後再送出。"),
    ),
    ErrorCode.PLAN_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到方案"),
        QT_TRANSLATE_NOOP("errors", "平台找不到這個方案。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理方案清單。"),
    ),
    ErrorCode.POINTS_NOT_GRANTED: _entry(
        QT_TRANSLATE_NOOP("errors", "尚未獲發點數"),
        QT_TRANSLATE_NOOP("errors", "這個帳號還沒有獲發點數。"),
        QT_TRANSLATE_NOOP("errors", "請先完成數位自評檢測。"),
    ),
    ErrorCode.QUESTIONNAIRE_VERSION_MISMATCH: _entry(
        QT_TRANSLATE_NOOP("errors", "自評題目已更新"),
        QT_TRANSLATE_NOOP("errors", "平台的自評題目已更新。"),
        QT_TRANSLATE_NOOP("errors", "請重新取得題目；已回答的題目會保留。"),
    ),
    ErrorCode.QUOTE_EXPIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "報價已過期"),
        QT_TRANSLATE_NOOP("errors", "這份報價已超過有效時間。"),
        QT_TRANSLATE_NOOP("errors", "請重新取得報價。"),
    ),
    ErrorCode.QUOTE_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "找不到報價"),
        QT_TRANSLATE_NOOP("errors", "平台找不到這份報價。"),
        QT_TRANSLATE_NOOP("errors", "請重新取得報價。"),
    ),
    ErrorCode.QUOTE_STALE: _entry(
        QT_TRANSLATE_NOOP("errors", "報價已變動"),
        QT_TRANSLATE_NOOP("errors", "點數或價格已變動，這份報價不再適用。"),
        QT_TRANSLATE_NOOP("errors", "請重新取得報價。"),
    ),
    ErrorCode.QUOTE_USED: _entry(
        QT_TRANSLATE_NOOP("errors", "報價已使用"),
        QT_TRANSLATE_NOOP("errors", "這份報價已經下單。"),
        QT_TRANSLATE_NOOP("errors", "請到「我的訂單」查看。"),
    ),
    ErrorCode.READ_ONLY_SESSION: _entry(
        QT_TRANSLATE_NOOP("errors", "需要以憑證登入"),
        QT_TRANSLATE_NOOP("errors", "以密碼登入只能查看，不能簽署或下單。"),
        QT_TRANSLATE_NOOP("errors", "請改用憑證卡或行動自然人憑證登入。"),
    ),
    ErrorCode.REAPPLY_NOT_ALLOWED: _entry(
        QT_TRANSLATE_NOOP("errors", "目前不能重新開通點數"),
        QT_TRANSLATE_NOOP(
            "errors",
            "只有核發後完全未使用而返還的點數可以重新開通；使用期限屆滿而收回的點數"
            "不能重新申請，計畫結束或補助額度用罄後也不受理。",
        ),
        QT_TRANSLATE_NOOP("errors", "您仍可自費全額購買方案；如有疑問請洽雲市集客服。"),
    ),
    ErrorCode.APPLICATIONS_CLOSED: _entry(
        QT_TRANSLATE_NOOP("errors", "目前不受理點數申請"),
        QT_TRANSLATE_NOOP("errors", "本計畫的申請期間已過或補助額度已用罄，平台目前不核發點數。"),
        QT_TRANSLATE_NOOP("errors", "您仍可自費全額購買方案；新的申請期間請留意雲市集公告。"),
    ),
    ErrorCode.BUDGET_EXHAUSTED: _entry(
        QT_TRANSLATE_NOOP("errors", "補助額度已用罄"),
        QT_TRANSLATE_NOOP("errors", "本計畫的補助額度已用罄，點數不再核發或返還。"),
        QT_TRANSLATE_NOOP("errors", "您仍可自費全額購買方案。"),
    ),
    ErrorCode.PROGRAMME_ENDED: _entry(
        QT_TRANSLATE_NOOP("errors", "計畫已結束"),
        QT_TRANSLATE_NOOP("errors", "本計畫已結束，點數不再核發、折抵或返還。"),
        QT_TRANSLATE_NOOP("errors", "您仍可自費全額購買方案。"),
    ),
    ErrorCode.INDUSTRY_NOT_OFFERED: _entry(
        QT_TRANSLATE_NOOP("errors", "不能申請工業館點數"),
        QT_TRANSLATE_NOOP(
            "errors",
            "工業館點數限有工廠登記的中小型製造業者申請，且須本年度計畫設有工業館。",
        ),
        QT_TRANSLATE_NOOP("errors", "請回到第一步改選一般補助點數後再簽署。"),
    ),
    ErrorCode.PAVILION_NOT_OFFERED: _entry(
        QT_TRANSLATE_NOOP("errors", "不能申請這類點數"),
        QT_TRANSLATE_NOOP("errors", "平台沒有為這個申請單位提供所選的點數類別。"),
        QT_TRANSLATE_NOOP("errors", "請改選畫面上列出的點數類別。"),
    ),
    ErrorCode.TEXT_OUTDATED: _entry(
        QT_TRANSLATE_NOOP("errors", "同意書內容已更新"),
        QT_TRANSLATE_NOOP(
            "errors",
            "平台的同意書、聲明事項或授權書內容已更新；您簽署的是舊版本，平台沒有收下。",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "畫面已換成最新全文：請重新閱讀、再次勾選同意後簽署。您填寫的資料都已保留。",
        ),
    ),
    ErrorCode.DATE_IN_PAST: _entry(
        QT_TRANSLATE_NOOP("errors", "退訂日期不能回溯"),
        QT_TRANSLATE_NOOP("errors", "退訂日期早於平台的今天或服務開始日，平台不接受回溯的退訂。"),
        QT_TRANSLATE_NOOP("errors", "請改選今天（平台日期）或之後的日期，再試算一次。"),
    ),
    ErrorCode.TERMINATION_QUOTE_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "請先試算退訂"),
        QT_TRANSLATE_NOOP("errors", "退訂前需要先取得退訂試算。"),
        QT_TRANSLATE_NOOP("errors", "請先按「試算退訂」。"),
    ),
    ErrorCode.TOKEN_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "登入已失效"),
        QT_TRANSLATE_NOOP("errors", "這次登入已失效。"),
        QT_TRANSLATE_NOOP("errors", "請重新登入；您填寫的資料已保存。"),
    ),
    ErrorCode.UNAUTHENTICATED: _entry(
        QT_TRANSLATE_NOOP("errors", "尚未登入"),
        QT_TRANSLATE_NOOP("errors", "這個操作需要先登入。"),
        QT_TRANSLATE_NOOP("errors", "請重新登入；您填寫的資料已保存。"),
    ),
    ErrorCode.UNSUPPORTED_MEDIA_TYPE: _entry(
        QT_TRANSLATE_NOOP("errors", "資料格式不支援"),
        QT_TRANSLATE_NOOP("errors", "平台不接受這種資料格式。"),
        QT_TRANSLATE_NOOP("errors", "請更新程式到最新版本。"),
    ),
    ErrorCode.WEAK_PASSWORD: _entry(
        QT_TRANSLATE_NOOP("errors", "密碼太簡單"),
        QT_TRANSLATE_NOOP("errors", "這個密碼不符合平台的安全規定。"),
        QT_TRANSLATE_NOOP("errors", "請依欄位旁的說明換一個密碼。"),
    ),
    ErrorCode.CRL_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "無法檢查廢止狀態"),
        QT_TRANSLATE_NOOP("errors", "平台找不到這張憑證簽發單位的廢止清冊，無法確認憑證是否有效。"),
        QT_TRANSLATE_NOOP("errors", "請稍後再試；若一再發生，請改用其他憑證卡或洽客服。"),
    ),
    ErrorCode.RECEIPT_WRITE_FAILED: _entry(
        QT_TRANSLATE_NOOP("errors", "收據無法存檔"),
        QT_TRANSLATE_NOOP("errors", "收據檔案沒有寫入選擇的資料夾。"),
        QT_TRANSLATE_NOOP("errors", "請改選其他資料夾（例如「文件」），或確認磁碟還有空間。"),
    ),
    ErrorCode.MOBILE_SIGN_REJECTED: _entry(
        QT_TRANSLATE_NOOP("errors", "手機上拒絕了簽署"),
        QT_TRANSLATE_NOOP("errors", "在手機上選擇了拒絕，沒有簽署。"),
        QT_TRANSLATE_NOOP("errors", "如要繼續，請再按一次並在手機上核准。"),
    ),
    ErrorCode.STORAGE_UNREADABLE: _entry(
        QT_TRANSLATE_NOOP("errors", "草稿無法讀取"),
        QT_TRANSLATE_NOOP("errors", "保存的草稿無法解密（金鑰不見或檔案損壞）。"),
        QT_TRANSLATE_NOOP("errors", "請重新填寫；新的內容會重新保存。"),
    ),
    # --- the rules' reasons: not eligible (002 四、五; 004) and why a quote has no points
    ErrorCode.CONCURRENT_UPDATE: _entry(
        QT_TRANSLATE_NOOP("errors", "資料同時被修改"),
        QT_TRANSLATE_NOOP("errors", "平台上的資料剛好同時被修改，這次操作沒有完成。"),
        QT_TRANSLATE_NOOP("errors", "請再試一次。"),
    ),
    ErrorCode.CERT_REQUIRED: _entry(
        QT_TRANSLATE_NOOP("errors", "需要用戶端憑證"),
        QT_TRANSLATE_NOOP("errors", "平台或代理伺服器要求用戶端憑證，本程式無法連線。"),
        QT_TRANSLATE_NOOP("errors", "請洽貴單位的網管人員或雲市集客服。"),
    ),
    ErrorCode.RECEIPT_DATA_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "收據資料不完整"),
        QT_TRANSLATE_NOOP("errors", "平台的資料不足以產生這份收據。"),
        QT_TRANSLATE_NOOP(
            "errors", "請重新整理後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。"
        ),
    ),
    ErrorCode.STORAGE_WRITE_FAILED: _entry(
        QT_TRANSLATE_NOOP("errors", "草稿無法保存"),
        QT_TRANSLATE_NOOP("errors", "填寫的內容沒有寫入這台電腦（磁碟已滿或沒有權限）。"),
        QT_TRANSLATE_NOOP("errors", "請先不要關閉程式並完成送出；或釋出磁碟空間後再試。"),
    ),
    ErrorCode.NOT_SME: _entry(
        QT_TRANSLATE_NOOP("errors", "實收資本額逾新臺幣1億元且經常僱用員工達200人以上，非中小企業"),
        QT_TRANSLATE_NOOP("errors", "實收資本額逾新臺幣1億元且經常僱用員工達200人以上。"),
        QT_TRANSLATE_NOOP("errors", "若資料有誤，請向經濟部商業司更正登記資料後再申請。"),
    ),
    ErrorCode.NO_TAX_REGISTRATION: _entry(
        QT_TRANSLATE_NOOP("errors", "未辦理稅籍登記"),
        QT_TRANSLATE_NOOP("errors", "稅籍營利事業與合作社須有稅籍登記。"),
        QT_TRANSLATE_NOOP("errors", "請向國稅局辦理稅籍登記後再申請。"),
    ),
    ErrorCode.COOPERATIVE_SUBSIDIARY_UNIT: _entry(
        QT_TRANSLATE_NOOP("errors", "合作社之附屬單位不得申請"),
        QT_TRANSLATE_NOOP("errors", "合作社之附屬單位不得申請。"),
        QT_TRANSLATE_NOOP("errors", "請由合作社本身申請。"),
    ),
    ErrorCode.NOT_ON_SOCIAL_INNOVATION_PLATFORM: _entry(
        QT_TRANSLATE_NOOP("errors", "未列入社會創新平台之社會創新組織登錄資料庫"),
        QT_TRANSLATE_NOOP("errors", "社會創新組織須經「社會創新平台」審核通過並列入登錄資料庫。"),
        QT_TRANSLATE_NOOP("errors", "請先至社會創新平台登錄，或以中小企業身分申請。"),
    ),
    ErrorCode.SERIOUS_PROGRAMME_BREACH: _entry(
        QT_TRANSLATE_NOOP("errors", "最近3年內有執行政府計畫之重大違約紀錄"),
        QT_TRANSLATE_NOOP("errors", "最近3年內有執行政府計畫之重大違約紀錄。"),
        QT_TRANSLATE_NOOP("errors", "依規定不得申請；如有疑義請洽雲市集客服。"),
    ),
    ErrorCode.SERIOUS_LAW_VIOLATION: _entry(
        QT_TRANSLATE_NOOP(
            "errors",
            "最近3年內違反環境保護、勞工、食品安全衛生或身心障礙者權益保障相關法律且情節重大",
        ),
        QT_TRANSLATE_NOOP(
            "errors",
            "最近3年內違反環境保護、勞工、食品安全衛生或身心障礙者權益保障相關法律且情節重大。",
        ),
        QT_TRANSLATE_NOOP("errors", "依規定不得申請；如有疑義請洽雲市集客服。"),
    ),
    ErrorCode.MAINLAND_CAPITAL: _entry(
        QT_TRANSLATE_NOOP("errors", "陸資企業不得申請"),
        QT_TRANSLATE_NOOP("errors", "陸資企業不得申請。"),
        QT_TRANSLATE_NOOP("errors", "如有疑義請洽雲市集客服。"),
    ),
    ErrorCode.FOREIGN_BRANCH: _entry(
        QT_TRANSLATE_NOOP("errors", "外國營利事業在臺設立之分公司不得申請"),
        QT_TRANSLATE_NOOP("errors", "外國營利事業在臺設立之分公司不得申請。"),
        QT_TRANSLATE_NOOP("errors", "如有疑義請洽雲市集客服。"),
    ),
    ErrorCode.DOMESTIC_BRANCH: _entry(
        QT_TRANSLATE_NOOP("errors", "本國企業分公司不得申請"),
        QT_TRANSLATE_NOOP("errors", "本國企業分公司不得申請。"),
        QT_TRANSLATE_NOOP("errors", "請由總公司以其統一編號申請。"),
    ),
    ErrorCode.OTHER_CLOUD_SUBSIDY: _entry(
        QT_TRANSLATE_NOOP("errors", "已獲得其他雲世代產業數位轉型之小額補助"),
        QT_TRANSLATE_NOOP("errors", "已獲得其他雲世代產業數位轉型之小額補助。"),
        QT_TRANSLATE_NOOP("errors", "依規定不得重複申請；仍可全額自付購買方案。"),
    ),
    ErrorCode.POINTS_ALREADY_USED: _entry(
        QT_TRANSLATE_NOOP("errors", "已向臺灣雲市集平台申請且使用數位點數"),
        QT_TRANSLATE_NOOP("errors", "已向臺灣雲市集平台申請且使用數位點數。"),
        QT_TRANSLATE_NOOP("errors", "依規定不得重複申請；仍可全額自付購買方案。"),
    ),
    ErrorCode.INDUSTRY_NOT_SME: _entry(
        QT_TRANSLATE_NOOP("errors", "工業館限中小型製造業者申請"),
        QT_TRANSLATE_NOOP("errors", "工業館點數只核發給有工廠登記的中小型製造業者。"),
        QT_TRANSLATE_NOOP("errors", "請改申請一般補助（3萬點）。"),
    ),
    ErrorCode.INDUSTRY_NO_FACTORY_REGISTRATION: _entry(
        QT_TRANSLATE_NOOP("errors", "須有工廠登記證（或依法免辦工廠登記之證明文件）"),
        QT_TRANSLATE_NOOP("errors", "工業館須有工廠登記證，或依法免辦工廠登記之證明文件。"),
        QT_TRANSLATE_NOOP("errors", "請填寫工廠登記證號或免辦證明文號。"),
    ),
    ErrorCode.INDUSTRY_FACTORY_NUMBER_INVALID: _entry(
        QT_TRANSLATE_NOOP("errors", "工廠登記證號應為 8 位數字"),
        QT_TRANSLATE_NOOP("errors", "工廠登記證號應為 8 位數字。"),
        QT_TRANSLATE_NOOP("errors", "請依工廠登記證上的號碼填寫。"),
    ),
    ErrorCode.INDUSTRY_REVENUE_MISSING: _entry(
        QT_TRANSLATE_NOOP("errors", "須申報年營業收入及其依據（營業人銷售額與稅額申報書 401）"),
        QT_TRANSLATE_NOOP(
            "errors", "工業館須申報年營業收入及其依據（營業人銷售額與稅額申報書 401）。"
        ),
        QT_TRANSLATE_NOOP("errors", "請填寫年營業收入並選擇申報依據。"),
    ),
    ErrorCode.INDUSTRY_REVENUE_TOO_HIGH: _entry(
        QT_TRANSLATE_NOOP("errors", "年營業收入逾新臺幣20億元"),
        QT_TRANSLATE_NOOP("errors", "工業館限年營業收入新臺幣20億元以下之製造業者。"),
        QT_TRANSLATE_NOOP("errors", "請改申請一般補助（3萬點）。"),
    ),
    ErrorCode.INDUSTRY_CLOUD_ERA_SUBSIDY: _entry(
        QT_TRANSLATE_NOOP("errors", "已獲雲世代產業數位轉型相關計畫補助"),
        QT_TRANSLATE_NOOP("errors", "已獲雲世代產業數位轉型相關計畫補助者，不得申請工業館點數。"),
        QT_TRANSLATE_NOOP("errors", "仍可全額自付購買工業館方案。"),
    ),
    ErrorCode.POINTS_USED_UP: _entry(
        QT_TRANSLATE_NOOP("errors", "點數已用完"),
        QT_TRANSLATE_NOOP("errors", "您的點數已全部用於其他訂單。"),
        QT_TRANSLATE_NOOP("errors", "這筆訂單以全額自付購買。"),
    ),
    ErrorCode.POINTS_RETURNED_UNUSED: _entry(
        QT_TRANSLATE_NOOP("errors", "點數已返還"),
        QT_TRANSLATE_NOOP("errors", "獲發點數後1個月內未使用，點數已返還系統。"),
        QT_TRANSLATE_NOOP("errors", "可至「我的點數」重新開通點數後再下單；或以全額自付購買。"),
    ),
    ErrorCode.POINTS_RECLAIMED: _entry(
        QT_TRANSLATE_NOOP("errors", "點數已收回"),
        QT_TRANSLATE_NOOP(
            "errors", "點數使用期限（3個月）已過，剩餘點數已收回，依規定不得再次申請。"
        ),
        QT_TRANSLATE_NOOP("errors", "您仍可全額自付購買方案。"),
    ),
    ErrorCode.PLAN_TOO_SHORT: _entry(
        QT_TRANSLATE_NOOP("errors", "方案期程太短"),
        QT_TRANSLATE_NOOP("errors", "這個方案的月數少於補助方案的最低期程，不能折抵點數。"),
        QT_TRANSLATE_NOOP("errors", "請改選較長的方案，或以全額自付購買。"),
    ),
    ErrorCode.PAVILION_NOT_COVERED: _entry(
        QT_TRANSLATE_NOOP("errors", "此館別不適用您的點數"),
        QT_TRANSLATE_NOOP(
            "errors", "工業館點數只能用於工業館方案；一般補助點數不能用於工業館方案。"
        ),
        QT_TRANSLATE_NOOP("errors", "請改選適用的館別，或以全額自付購買。"),
    ),
    # --- the rules' reasons: not eligible (002 四、五; 004) and why a quote has no points
    ErrorCode.ASSESSMENT_NOT_FOUND: _entry(
        QT_TRANSLATE_NOOP("errors", "尚未完成數位自評"),
        QT_TRANSLATE_NOOP("errors", "這個帳號還沒有數位自評檢測的結果。"),
        QT_TRANSLATE_NOOP("errors", "請先完成數位自評檢測，結果會顯示在這裡。"),
    ),
    # --- the rules' reasons: not eligible (002 四、五; 004) and why a quote has no points
    ErrorCode.ORDER_NOT_PAYABLE: _entry(
        QT_TRANSLATE_NOOP("errors", "這筆訂單不能付款"),
        QT_TRANSLATE_NOOP("errors", "訂單目前不在等待付款的狀態。"),
        QT_TRANSLATE_NOOP("errors", "請重新整理訂單，確認廠商是否已接單。"),
    ),
}

UNKNOWN: tuple[str, str, str] = _entry(
    QT_TRANSLATE_NOOP("errors", "發生錯誤"),
    QT_TRANSLATE_NOOP("errors", "操作沒有完成。"),
    QT_TRANSLATE_NOOP("errors", "請再試一次；若一再發生，請用「說明與診斷」產生支援檔交給客服。"),
)


# Certificate and rule errors are told apart by class; their codes are the platform's.
CLASS_CODES: tuple[tuple[type[BaseException], ErrorCode], ...] = (
    (certs_errors.DerDecodeError, ErrorCode.CERT_MALFORMED),
    (certs_errors.CertificateParseError, ErrorCode.CERT_MALFORMED),
    (certs_errors.CertExpired, ErrorCode.CERT_EXPIRED),
    (certs_errors.CertNotYetValid, ErrorCode.CERT_NOT_YET_VALID),
    (certs_errors.KeyTooSmall, ErrorCode.CERT_KEY_TOO_SMALL),
    (certs_errors.WrongKeyUsage, ErrorCode.CERT_WRONG_KEY_USAGE),
    (certs_errors.IssuerNotInStore, ErrorCode.CERTIFICATE_ISSUER_UNKNOWN),
    (certs_errors.CertUntrusted, ErrorCode.CERT_UNTRUSTED),
    (certs_errors.CertRevoked, ErrorCode.CERT_REVOKED),
    (certs_errors.CrlMismatch, ErrorCode.CRL_MISMATCH),
    (certs_errors.SignatureInvalid, ErrorCode.SIGNATURE_INVALID),
    (certs_errors.CertificateError, ErrorCode.CERTIFICATE_ERROR),
    (StepOutOfOrder, ErrorCode.STEP_OUT_OF_ORDER),
    (InvalidTransition, ErrorCode.INVALID_TRANSITION),
    (SubsidyRuleError, ErrorCode.SUBSIDY_RULE_ERROR),
)
UNKNOWN_CODE = "UNKNOWN"
"""What :func:`error_code` says of an error that carries no code."""


def error_code(error: BaseException) -> str:
    """The code of an error: an :class:`ErrorCode`, a platform code this version does not
    know (kept as the platform sent it, for the support report), or ``UNKNOWN``."""
    code = getattr(error, "code", None)
    if isinstance(code, str) and code:
        return code
    for cls, class_code in CLASS_CODES:
        if isinstance(error, cls):
            return class_code
    return UNKNOWN_CODE


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
    known = known_code(error_code(error))
    entry = ERROR_TABLE.get(known) if known is not None else None
    if entry is None:
        title, text, remedy = UNKNOWN
        message = getattr(error, "message", None)
        filled_text = message if isinstance(message, str) and message else _fill(text, error)
        return ErrorText(_fill(title, error), filled_text, _fill(remedy, error))
    title, text, remedy = entry
    return ErrorText(_fill(title, error), _fill(text, error), _fill(remedy, error))


def reason_lines(error: BaseException) -> list[str]:
    """The reasons of a NOT_ELIGIBLE answer (``details.reasons``) as lines to show.

    A reason whose code is in the catalogue reads in the UI language (its title states the
    rule as the platform does); one this version does not know shows the platform's words.
    """
    details = getattr(error, "details", None)
    raw = details.get("reasons") if isinstance(details, dict) else None
    if not isinstance(raw, list):
        return []
    lines = []
    for reason in raw:
        item = reason if isinstance(reason, dict) else {"text": reason}
        known = known_code(item.get("code"))
        entry = ERROR_TABLE.get(known) if known is not None else None
        if entry is not None:
            lines.append(QCoreApplication.translate("errors", entry[0]))
        else:
            lines.append(str(item.get("text") or item.get("code") or ""))
    return lines
