"""English reference translations of the platform's consent texts (Qt context ``consents``).

The wizard shows and signs exactly the texts the platform serves (``GET /application/texts``,
Traditional Chinese, seed 002 and seed 004 註3). In the English interface each paragraph
also gets its English rendering for reference, found by its Chinese wording in the
translation file; a paragraph the platform words differently has none and is shown in
Chinese only. The list below only keeps these wordings in the translation file.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KNOWN_TEXTS: tuple[str, ...] = (
    str(QT_TRANSLATE_NOOP("consents", "蒐集個人資料告知事項暨個人資料提供同意書")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "數位發展部數位產業署（以下簡稱本署）為遵守個人資料保護法規定，於向您蒐集個人資料前，依法向您告知下列事項：",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "一、本署因「引領中小微型企業數位轉型戰略攻頂計畫」（以下簡稱本計畫）之執行業務等目的，而獲取您下列個人資料類別：姓名、電話、電子郵件、性別、職稱。如您使用組織及團體憑證IC 卡、申請單位負責人之自然人憑證或手機認證方式，以接受本計畫提供之各項服務，本署亦將蒐集申請單位負責人國民身分證統一編號。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "二、除涉及國際業務或活動外，您的個人資料僅供本署於中華民國領域、在前述蒐集目的之必要範圍內，以合理方式利用至蒐集目的消失為止。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "三、您可依個人資料保護法第 3 條規定，向本署（臺灣雲市集客服電話 0809-092-091）行使查詢或請求閱覽、製給複製本、補充或更正、停止蒐集／處理／利用或刪除您的個人資料。另依個人資料保護法第 14 條規定，本署得酌收行政作業費用。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents", "四、若您未提供正確或不提供個人資料，本署將無法為您提供蒐集目的之相關服務。"
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "五、您瞭解此一條款符合個人資料保護法及相關法規之要求，且同意本署留存本同意書，供日後取出查驗。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents", "六、本署因業務需要而委託其他機關處理您的個人資料時，本署將會善盡監督之責。"
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "本人已充分知悉貴署上述告知事項，並同意貴署蒐集、處理、利用本人之個人資料，以及其他公務機關請求行政協助目的之提供。",
        )
    ),
    str(QT_TRANSLATE_NOOP("consents", "聲明事項")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "茲聲明本單位參與數位發展部數位產業署「引領中小微型企業數位轉型戰略攻頂計畫」及下列所載事項：",
        )
    ),
    str(QT_TRANSLATE_NOOP("consents", "本單位已明確了解上述聲明內容，並且同意遵守所有規定。")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "一、本單位為符合「臺灣雲市集平台數位點數補助作業點數申請須知」所定義之中小微型企業、合作社或社會創新組織。",
        )
    ),
    str(QT_TRANSLATE_NOOP("consents", "二、本單位最近 3 年內無執行政府計畫之重大違約紀錄。")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "三、本單位最近 3 年內無違反環境保護、勞工、食品安全衛生或身心障礙者權益保障之相關法律規定且經各目的事業主管機關認定情節重大之情事。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents", "四、本單位非為陸資企業、外國營利事業在臺設立之分公司及本國企業分公司。"
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "五、本單位未獲得下列政府補助或輔導計畫：（一）其他雲世代產業數位轉型之小額計畫。（二）已向臺灣雲市集平台申請且使用數位點數。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "六、本單位自願受「臺灣雲市集平台數位點數補助作業點數申請須知」之拘束，另已透過遴選通過資訊服務廠商充分了解雲端解決方案之相關權利義務。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "七、本單位瞭解契約方案費用內容僅限於與遴選通過資訊服務廠商所簽訂之雲端解決方案。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "八、本單位瞭解補助申請流程係由經本計畫遴選通過資訊服務廠商與受補助對象完成雲端解決方案簽約、導入並使用；本單位使用雲端解決方案期間，應配合完成方案使用評價之問卷調查；於契約期程結束後，由資訊服務廠商向本計畫執行單位辦理請撥及核銷作業。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "九、本單位同意配合自使用雲端解決方案起至使用結束後 3 年內接受滿意度調查、績效追蹤及相關成果展示。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "十、本單位同意提出可佐證本單位與資訊服務廠商契約關係仍繼續存續及雲端解決方案仍持續使用之相關數據資料予數位發展部數位產業署，並同意數位發展部數位產業署得於去識別化後引用相關數據資料進行分析及利用。",
        )
    ),
    str(QT_TRANSLATE_NOOP("consents", "附表2 企業授權書-1（勞保投保人數查詢）")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "立書人茲瞭解並同意數位發展部數位產業署及其委託之「引領中小微型企業數位轉型戰略攻頂計畫」執行單位，得依本授權書及個人資料保護法或相關法規，於業務特定目的範圍內，查調、蒐集、處理、利用經濟部中小企業處及其介接機關(勞動部勞工保險局)提供之立書人一切業務往來之介接資料，惟該特定目的消失時，在合理作業期間內應停止處理及利用該資料。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "數位發展部數位產業署及其委託之「引領中小微型企業數位轉型戰略攻頂計畫」執行單位對介接資料之使用，如違反個人資料保護法相關規定，致當事人權益受損害者，應負相關法律責任。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "立書人授權介接資料使用單位查調之介接資料包括：1.查詢項目：勞保投保人數。2.單次授權僅限發查一次，惟查詢未成功，且原因為後端系統問題者，得於授權期間重新查詢至成功查詢資料為止。3.查詢結果可供列印及存取。",
        )
    ),
    str(QT_TRANSLATE_NOOP("consents", "此致 經濟部中小企業處")),
    str(QT_TRANSLATE_NOOP("consents", "立書人同意上述授權內容，並以憑證簽署本授權書。")),
    str(QT_TRANSLATE_NOOP("consents", "附表3 企業授權書-2（營業登記資料查詢）")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "立書人茲瞭解並同意經濟部中小企業處（下稱本處）、「經依『經濟部中小企業處中小企業融資服務平台介接公務及非公務機關電子資料使用管理規範』（下稱本規範）規定取得並使用加值資料之第二類及第三類單位」（係指臺灣雲市集平台，下稱原介接單位），以及前揭機構之資料使用者，得依本授權書及個人資料保護法或相關法規，於業務特定目的範圍內，查調、蒐集、處理及利用財政部財政資訊中心、勞動部勞工保險局、經濟部商業司、經濟部工業局、台灣電力股份有限公司、台灣自來水股份有限公司、臺北自來水事業處等介接機關提供之立書人一切業務往來之加值資料，惟該特定目的消失時，前揭機構之資料使用者應於合理作業期間內應停止處理及利用該加值資料。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "本處對於原介接單位，同意於其因相關業務自經濟部中小企業處移撥他單位(數位發展部數位產業署)且內部系統倘未完成轉移前，配合原介接單位持續提供現行串接作業並共同對外提供服務。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "本處、原介接單位，以及前揭機構之資料使用者對加值資料之使用，如有違法情事，致當事人權益受損害者，應負民事損害賠償及刑事責任。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "立書人授權介接資料使用單位查調之介接資料包括：1. 查詢項目：營業登記資料。2. 單次授權僅限發查一次，惟查詢未成功，且原因為後端系統問題者，得於授權期間重新查詢至成功查詢資料為止。3. 查詢結果可供列印及存取。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents", "我已詳閱「中小企業融資服務平台蒐集個人資料告知事項暨個人資料提供同意書」。"
        )
    ),
    str(QT_TRANSLATE_NOOP("consents", "工業館申請聲明（中小型製造業者）")),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "本單位為依法辦理工廠登記（依法免辦工廠登記者，已備妥主管機關核發之證明文件）之中小型製造業者，年營業收入新臺幣20億元以下（以財政部營業人銷售額與稅額申報書(401)為準）。",
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents", "本單位未曾獲得下列雲世代產業數位轉型相關計畫補助（包含但不限下列計畫）："
        )
    ),
    str(
        QT_TRANSLATE_NOOP(
            "consents",
            "本單位聲明上述內容屬實，並瞭解已獲雲世代產業數位轉型相關計畫補助者不得申請工業館數位點數。",
        )
    ),
)
"""The seed wordings with an English rendering in ``tcloud_en.ts``."""


def reference_translation(text: str) -> str | None:
    """English (or other UI language) rendering of a served paragraph, or None."""
    translated = QCoreApplication.translate("consents", text)
    return translated if translated != text else None
