<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_TW">
<context>
    <name>Accessibility</name>
    <message>
        <location filename="../../ui/a11y.py" line="108"/>
        <source>輸入有誤：</source>
        <translation>Error: </translation>
    </message>
    <message>
        <location filename="../../ui/a11y.py" line="126"/>
        <source>例：{example}</source>
        <translation>e.g. {example}</translation>
    </message>
    <message>
        <location filename="../../ui/a11y.py" line="270"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="23"/>
        <source>請輸入 E-mail 中的驗證碼</source>
        <translation>Enter the code from the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="25"/>
        <source>驗證碼為 6 位數字</source>
        <translation>The code has 6 digits</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="39"/>
        <source>設定帳號密碼與驗證 E-mail</source>
        <translation>Set the account password and verify the e-mail address</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="41"/>
        <source>帳號是統一編號 {ubn}。設定密碼後，平台會寄 6 位數驗證碼到 {email}；輸入驗證碼後帳號即啟用，接著做數位自評檢測。</source>
        <translation>The account ID is the UBN {ubn}. Once you set a password, the platform e-mails a 6-digit code to {email}; entering the code activates the account, and the digital self-assessment follows.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="50"/>
        <source>密碼</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="53"/>
        <source>至少 12 個字元，或至少 8 個字元並混用大寫、小寫、數字、符號其中三種</source>
        <translation>At least 12 characters, or at least 8 mixing three of: upper case, lower case, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="58"/>
        <source>再輸入一次密碼</source>
        <translation>Enter the password again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="67"/>
        <source>密碼強度</source>
        <translation>Password strength</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="71"/>
        <source>設定密碼並寄送驗證碼</source>
        <translation>Set the password and send the code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="79"/>
        <source>E-mail 驗證碼</source>
        <translation>E-mail code</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="83"/>
        <source>驗證並啟用帳號</source>
        <translation>Verify and activate the account</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="111"/>
        <source>請輸入電子郵件收到的 6 位數驗證碼。</source>
        <translation>Enter the 6-digit code from the e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="131"/>
        <source>驗證碼已寄到 {email}。沒收到請檢查垃圾郵件匣。</source>
        <translation>The code was sent to {email}. If it has not arrived, check the spam folder.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/account_page.py" line="113"/>
        <source>請先建立帳號，再輸入電子郵件收到的驗證碼。</source>
        <translation>Create the account first, then enter the code from the e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="104"/>
        <source>正在讀取帳號資料…</source>
        <translation>Reading the account…</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="107"/>
        <source>聯絡人 E-mail</source>
        <translation>Contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="110"/>
        <source>新的聯絡人 E-mail</source>
        <translation>New contact e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="111"/>
        <source>例：name@example.com</source>
        <translation>e.g. name@example.com</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="112"/>
        <source>簽章並變更 E-mail</source>
        <translation>Sign and change the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="116"/>
        <source>變更聯絡人 E-mail 需以憑證卡或行動自然人憑證簽章；平台的通知會寄到新的地址。</source>
        <translation>Changing the contact e-mail needs a signature with a certificate card or the mobile citizen certificate; the platform then sends its notices to the new address.</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="121"/>
        <source>新的 E-mail</source>
        <translation>New e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="125"/>
        <location filename="../../ui/member/centre_pages.py" line="138"/>
        <source>變更密碼</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="129"/>
        <location filename="../../ui/member/centre_pages.py" line="142"/>
        <source>目前的密碼</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="133"/>
        <location filename="../../ui/member/centre_pages.py" line="143"/>
        <source>新密碼</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="137"/>
        <source>再輸入一次新密碼</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="144"/>
        <source>再輸入一次</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="149"/>
        <source>帳號管理</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="163"/>
        <source>以密碼登入只能查詢；變更 E-mail 需要憑證卡或行動自然人憑證。</source>
        <translation>A password login can only look things up; changing the e-mail needs a certificate card or the mobile citizen certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="170"/>
        <source>帳號（統一編號）：{ubn}
申請單位：{name}
聯絡人：{contact}
聯絡人 E-mail：{email}
密碼：{password}</source>
        <translation>Account (UBN): {ubn}
Applicant: {name}
Contact: {contact}
Contact e-mail: {email}
Password: {password}</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="177"/>
        <source>已設定</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="177"/>
        <source>尚未設定</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="190"/>
        <source>兩次輸入的新密碼不一致，請重新輸入。</source>
        <translation>The two new passwords differ; type them again.</translation>
    </message>
</context>
<context>
    <name>AssessmentPage</name>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="43"/>
        <source>數位自評檢測</source>
        <translation>Digital self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="45"/>
        <source>回答以下問題（約 5 分鐘），了解貴單位的數位化程度並取得推薦的解決方案類別。可以隨時回上一題修改；完成並送出後即獲發點數。</source>
        <translation>Answer the questions below (about 5 minutes) to see how digital your organisation is and which solution categories are recommended. You can go back to change an answer at any time; the points are granted once you submit.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="55"/>
        <source>作答進度</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="82"/>
        <location filename="../../ui/wizard/assessment_page.py" line="83"/>
        <source>上一題</source>
        <translation>Previous question</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="85"/>
        <location filename="../../ui/wizard/assessment_page.py" line="86"/>
        <source>下一題</source>
        <translation>Next question</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="93"/>
        <source>送出自評</source>
        <translation>Submit the self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="107"/>
        <source>沒有題目。</source>
        <translation>There are no questions.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="121"/>
        <source>可複選</source>
        <translation>Choose all that apply</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="121"/>
        <source>請選一項</source>
        <translation>Choose one</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="156"/>
        <source>第 {n} 題，目前共 {total} 題（依您的回答增減）；已回答 {answered} 題</source>
        <translation>Question {n} of {total} shown so far (the number changes with your answers); {answered} answered</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="118"/>
        <source>可複選；{names}只能單獨勾選，勾選後其他選項會取消</source>
        <translation>Several answers allowed; {names} stands alone: ticking it clears the other options</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="219"/>
        <source>還有 {n} 題未回答，全部回答後才能送出。</source>
        <translation>{n} question(s) still unanswered; answer them all to submit.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="130"/>
        <source>{question}（第 {n} 個答案，按數字鍵 {n} 選擇）</source>
        <translation>{question} (answer {n}; press {n} to choose it)</translation>
    </message>
</context>
<context>
    <name>AssessmentResultPage</name>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="209"/>
        <source>正在讀取自評結果…</source>
        <translation>Reading the self-assessment result…</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="211"/>
        <source>各構面分數</source>
        <translation>Scores per dimension</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="213"/>
        <source>瀏覽推薦類別的雲端方案</source>
        <translation>Browse solutions of the recommended categories</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="216"/>
        <source>自評結果</source>
        <translation>Self-assessment result</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="221"/>
        <source>各構面分數（0–100）</source>
        <translation>Scores per dimension (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="223"/>
        <source>推薦的解決方案類別</source>
        <translation>Recommended solution categories</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="236"/>
        <source>（無）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="238"/>
        <source>自評時間：{at}</source>
        <translation>Assessed at {at}</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="243"/>
        <source>尚未完成數位自評檢測。</source>
        <translation>The digital self-assessment is not done yet.</translation>
    </message>
</context>
<context>
    <name>AuthorizationPage</name>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="140"/>
        <source>請閱讀授權書全文，填寫授權期間並勾選同意，再按「簽署」。簽署後平台才能查詢您的{what}以確認資格。</source>
        <translation>Read the whole authorisation, fill in its validity period, tick your agreement and press &quot;Sign&quot;. Once signed, the platform may query your {what} to confirm eligibility.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="142"/>
        <source>勞保投保人數</source>
        <translation>labour-insurance headcount</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="142"/>
        <source>營業登記資料</source>
        <translation>business registration data</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="151"/>
        <source>立書人：{name}（統一編號 {ubn}）</source>
        <translation>Authorising party: {name} (UBN {ubn})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="157"/>
        <source>授權期間起（民國）</source>
        <translation>Valid from (ROC date)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="164"/>
        <source>授權期間迄（民國）</source>
        <translation>Valid until (ROC date)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="182"/>
        <source>負責人姓名</source>
        <translation>Responsible person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="184"/>
        <source>依營業登記資料上的負責人姓名填寫。</source>
        <translation>As it appears in the business registration data.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="189"/>
        <source>負責人身分證字號</source>
        <translation>Responsible person&apos;s national ID number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="205"/>
        <source>簽署</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>CardPanel</name>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="32"/>
        <source>工商憑證</source>
        <translation>MOEACA business certificate (工商憑證)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="33"/>
        <source>自然人憑證</source>
        <translation>MOICA citizen certificate (自然人憑證)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="34"/>
        <source>組織及團體憑證</source>
        <translation>XCA organisation certificate (組織及團體憑證)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="35"/>
        <source>政府憑證</source>
        <translation>GCA government certificate</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="36"/>
        <source>無法辨識的卡片</source>
        <translation>Unrecognised card</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="48"/>
        <source>正卡</source>
        <translation>primary card (正卡)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="49"/>
        <source>附卡</source>
        <translation>secondary card (附卡)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="91"/>
        <source>正在尋找讀卡機…</source>
        <translation>Looking for card readers…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="94"/>
        <source>讀卡機狀態</source>
        <translation>Card reader status</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="98"/>
        <source>卡片資料</source>
        <translation>Card details</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="100"/>
        <location filename="../../ui/wizard/card_panel.py" line="101"/>
        <source>重新讀取卡片</source>
        <translation>Read the card again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="134"/>
        <source>找不到讀卡機：請把讀卡機插到電腦的 USB 埠。</source>
        <translation>No card reader found: plug the reader into a USB port of this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="138"/>
        <source>已插入卡片</source>
        <translation>card inserted</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="138"/>
        <source>沒有卡片</source>
        <translation>no card</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="139"/>
        <source>讀卡機 {reader}：{state}</source>
        <translation>Reader {reader}: {state}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="155"/>
        <source>正在讀取卡片資料（不需要 PIN 碼）…</source>
        <translation>Reading the card (no PIN needed)…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="165"/>
        <source>卡片已取出。</source>
        <translation>The card was removed.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="170"/>
        <source>電腦的智慧卡服務停止了；插上讀卡機後會自動恢復。</source>
        <translation>The computer&apos;s smart-card service stopped; it comes back when a reader is plugged in.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="223"/>
        <source>請把憑證卡晶片朝上插入讀卡機。</source>
        <translation>Insert the certificate card into the reader, chip facing up.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="234"/>
        <source>讀卡機裡有卡片，但讀不到卡片資料：請確認卡片晶片朝上插好，再按「重新讀取卡片」。仍然不行時，請到「說明與診斷」檢查。</source>
        <translation>There is a card in the reader, but its data cannot be read: check that the card is inserted chip side up, then press “Read the card again”. If that does not help, check under “Help and diagnostics”.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="253"/>
        <source>卡片種類：{kind}</source>
        <translation>Card type: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="254"/>
        <source>持卡人：{name}</source>
        <translation>Holder: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="257"/>
        <source>統一編號：{ubn}</source>
        <translation>UBN: {ubn}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="259"/>
        <source>身分證字號末 4 碼：{last4}</source>
        <translation>National ID, last 4 digits: {last4}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="261"/>
        <source>組織代碼：{code}</source>
        <translation>Organisation code: {code}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="264"/>
        <source>卡別：{rank}</source>
        <translation>Card rank: {rank}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="271"/>
        <source>有效期間：{start} 至 {end}</source>
        <translation>Valid: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/card_panel.py" line="278"/>
        <source>HiPKI 跨平台網頁元件不信任本程式，這張卡改由 HiCOS 卡片管理工具或讀卡機簽章。</source>
        <translation>The HiPKI component does not trust this program: this card signs through the HiCOS card tool or the reader instead.</translation>
    </message>
</context>
<context>
    <name>CardSigning</name>
    <message>
        <location filename="../../ui/dialogs/card_signing.py" line="34"/>
        <source>已改用其他方式簽章</source>
        <translation>Signed another way</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/card_signing.py" line="35"/>
        <source>HiPKI 跨平台網頁元件不信任本程式（不受信任的網站），所以這次改由 HiCOS 卡片管理工具或讀卡機直接完成簽章，使用的是您剛才輸入的 PIN 碼，不需要再輸入一次。</source>
        <translation>The HiPKI component does not trust this program (an untrusted site), so this time the signature was made through the HiCOS card tool or the reader directly, with the PIN you just typed; you do not need to type it again.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="293"/>
        <source>個人資料告知事項與聲明事項</source>
        <translation>Personal-data notice and declarations</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="295"/>
        <source>請閱讀以下全文，分別勾選同意，再按「簽署」。這是申請的必要步驟；簽署後接著填寫點數申請表（附表1）。</source>
        <translation>Read the full text below, tick each agreement and press &quot;Sign&quot;. This step is required; the points application form (Form 1) follows.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="317"/>
        <source>簽署</source>
        <translation>Sign</translation>
    </message>
</context>
<context>
    <name>ConsultPage</name>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="257"/>
        <source>想找人討論數位轉型或挑選方案？送出需求後，雲市集會在 2 個工作天內與您聯絡；這筆申請也會出現在「我的通知」。</source>
        <translation>Want to talk about going digital or choosing a solution? Send your request and the Cloud Marketplace contacts you within 2 working days; the request also appears under My notifications.</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="262"/>
        <source>我要找諮詢顧問</source>
        <translation>Find a consultant</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="265"/>
        <source>申請專家服務</source>
        <translation>Apply for the expert service</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="276"/>
        <location filename="../../ui/member/centre_pages.py" line="288"/>
        <source>想諮詢的內容</source>
        <translation>What you would like to discuss</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="278"/>
        <source>例：想了解哪一種雲端進銷存適合 10 人的門市（這是範例，請寫下您的需求）</source>
        <translation>e.g. which cloud inventory system suits a 10-person shop (an example: write your own need)</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="280"/>
        <source>送出申請</source>
        <translation>Send the request</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="285"/>
        <source>諮詢顧問／專家服務</source>
        <translation>Consultant / expert service</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="296"/>
        <source>請先寫下想諮詢的內容。</source>
        <translation>Write what you would like to discuss first.</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="308"/>
        <source>已送出（{at}）；雲市集將與您聯絡，這筆申請已列在「我的通知」。</source>
        <translation>Sent ({at}); the Cloud Marketplace will contact you. The request is listed under My notifications.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <location filename="../../ui/member/ordering.py" line="232"/>
        <source>版本：{version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="234"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../ui/wizard/dates.py" line="13"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="14"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="15"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="16"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="17"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="18"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="19"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/dates.py" line="36"/>
        <source>{date}（{weekday}）</source>
        <translation>{date} ({weekday})</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="1"/>
        <source>沒有發現問題。</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="140"/>
        <source>診斷</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="143"/>
        <source>診斷狀態</source>
        <translation>Diagnostics status</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="145"/>
        <source>訓練模式：讀卡機清單包含內嵌的虛擬讀卡機與示範卡，它們不是真的硬體。</source>
        <translation>Training mode: the reader list includes the built-in virtual reader and demo cards; they are not real hardware.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="151"/>
        <source>重新檢查</source>
        <translation>Check again</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="153"/>
        <source>重新檢查電腦、讀卡機與平台連線</source>
        <translation>Check the computer, readers and platform connection again</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="154"/>
        <source>複製診斷資訊</source>
        <translation>Copy the diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="155"/>
        <source>把診斷報告複製到剪貼簿</source>
        <translation>Copy the diagnostics report to the clipboard</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="156"/>
        <source>建立支援檔案…</source>
        <translation>Create a support file…</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="158"/>
        <source>建立給客服的支援檔案（已移除個人資料的診斷與記錄檔）</source>
        <translation>Create a support file for the helpdesk (diagnostics and logs with personal data removed)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="170"/>
        <location filename="../../ui/support/diagnostics_page.py" line="179"/>
        <source>發現的問題與處理方式</source>
        <translation>Problems found and what to do</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="174"/>
        <source>診斷詳細資料</source>
        <translation>Diagnostics details</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="176"/>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="176"/>
        <source>內容</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="181"/>
        <source>詳細資料</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="200"/>
        <location filename="../../ui/support/diagnostics_page.py" line="325"/>
        <source>記錄檔資料夾：{path}</source>
        <translation>Log folder: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="203"/>
        <source>開啟記錄檔資料夾</source>
        <translation>Open the log folder</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="204"/>
        <source>在檔案總管中開啟記錄檔資料夾</source>
        <translation>Open the log folder in the file manager</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="208"/>
        <location filename="../../ui/support/diagnostics_page.py" line="218"/>
        <location filename="../../ui/support/diagnostics_page.py" line="448"/>
        <source>記錄層級</source>
        <translation>Log level</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="211"/>
        <source>TRAFFIC 會記下與讀卡機、平台往來的內容（個人資料已移除），只在客服要求時使用。</source>
        <translation>TRAFFIC records what goes to and from readers and the platform (personal data removed); use it only when the helpdesk asks.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="246"/>
        <source>上一次的檢查還沒有結束（讀卡機或驅動程式沒有回應）。請拔下讀卡機再插上，稍候再按「重新檢查」。</source>
        <translation>The previous check has not finished (a reader or its driver is not answering). Unplug the reader, plug it in again, wait a moment and press &quot;Check again&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="253"/>
        <source>正在檢查電腦、讀卡機、卡片與平台連線…</source>
        <translation>Checking the computer, readers, cards and platform connection…</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="270"/>
        <source>檢查超過時間仍未完成，可能是讀卡機或驅動程式沒有回應。請拔下讀卡機再插上後按「重新檢查」；若仍如此，請重新開機。</source>
        <translation>The check is taking too long; a reader or its driver may not be answering. Unplug the reader, plug it in again and press &quot;Check again&quot;; if that does not help, restart the computer.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="294"/>
        <source>無法完成診斷（{error}）。請再試一次；若仍失敗，請聯絡客服。</source>
        <translation>The diagnostics could not finish ({error}). Try again; if it still fails, contact the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="313"/>
        <source>檢查完成：{errors} 個錯誤、{warnings} 個警告。請依下方說明處理。</source>
        <translation>Check finished: {errors} error(s), {warnings} warning(s). Follow the advice below.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="318"/>
        <source>檢查完成：沒有發現需要處理的問題。</source>
        <translation>Check finished: nothing needs fixing.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="326"/>
        <source>檢查完成：沒有需要處理的問題；下方有 {hints} 則提示可參考。</source>
        <translation>Check finished: nothing needs fixing; {hints} hint(s) below for reference.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="341"/>
        <source>錯誤</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="342"/>
        <source>警告</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="343"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="354"/>
        <source>處理方式：{remedy}</source>
        <translation>What to do: {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="358"/>
        <source>細節：{detail}</source>
        <translation>Detail: {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="370"/>
        <source>程式</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="371"/>
        <source>系統與智慧卡服務</source>
        <translation>System and smart-card service</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="372"/>
        <location filename="../../ui/support/diagnostics_page.py" line="468"/>
        <source>讀卡機</source>
        <translation>Card readers</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="373"/>
        <source>憑證卡</source>
        <translation>Certificate cards</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="374"/>
        <source>簽章元件</source>
        <translation>Signing components</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="375"/>
        <source>平台連線</source>
        <translation>Platform connection</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="381"/>
        <source>（無）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="394"/>
        <source>示範卡</source>
        <translation>Demo card</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="394"/>
        <source>卡片</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="397"/>
        <source>{name}（訓練用虛擬讀卡機）</source>
        <translation>{name} (virtual training reader)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="420"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="420"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="425"/>
        <source>執行中</source>
        <translation>Running</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="426"/>
        <source>需要時自動啟動</source>
        <translation>Starts when needed</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="427"/>
        <source>已停止</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="428"/>
        <source>未安裝</source>
        <translation>Not installed</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="429"/>
        <source>不明</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="433"/>
        <source>{n} 秒</source>
        <translation>{n} s</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="435"/>
        <source>{n} 毫秒</source>
        <translation>{n} ms</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="437"/>
        <source>{n} 天</source>
        <translation>{n} days</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="442"/>
        <source>名稱</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="443"/>
        <location filename="../../ui/support/diagnostics_page.py" line="453"/>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="446"/>
        <source>訓練模式</source>
        <translation>Training mode</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="447"/>
        <source>記錄檔資料夾</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="449"/>
        <source>隱私模式</source>
        <translation>Privacy mode</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="450"/>
        <source>安裝版</source>
        <translation>Installed build</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="451"/>
        <source>憑據保存</source>
        <translation>Credential storage</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="452"/>
        <source>作業系統</source>
        <translation>Operating system</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="454"/>
        <source>組建</source>
        <translation>Build</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="455"/>
        <source>硬體架構</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="456"/>
        <source>地區設定</source>
        <translation>Locale</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="457"/>
        <source>時區</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="458"/>
        <source>電腦時間</source>
        <translation>Computer time</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="459"/>
        <source>智慧卡服務</source>
        <translation>Smart-card service</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="460"/>
        <source>狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="461"/>
        <source>說明</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="462"/>
        <source>虛擬讀卡機</source>
        <translation>Virtual reader</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="463"/>
        <source>已插卡</source>
        <translation>Card inserted</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="465"/>
        <source>連線結果</source>
        <translation>Connection result</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="466"/>
        <source>有按鍵（PIN pad）</source>
        <translation>Has a keypad (PIN pad)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="467"/>
        <source>功能</source>
        <translation>Features</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="469"/>
        <source>卡別</source>
        <translation>Card rank</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="470"/>
        <source>持卡人（已遮蔽）</source>
        <translation>Holder (masked)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="471"/>
        <source>卡號（已遮蔽）</source>
        <translation>Card number (masked)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="472"/>
        <source>生效日</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="473"/>
        <source>到期日</source>
        <translation>Expires on</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="474"/>
        <source>距到期</source>
        <translation>Until expiry</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="475"/>
        <source>憑證鏈檢查</source>
        <translation>Certificate chain check</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="476"/>
        <source>來源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="477"/>
        <source>可使用</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="478"/>
        <source>位置</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="479"/>
        <source>平台網址</source>
        <translation>Platform address</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="480"/>
        <source>內嵌訓練平台</source>
        <translation>Built-in training platform</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="481"/>
        <source>可連線</source>
        <translation>Reachable</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="482"/>
        <source>HTTP 狀態</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="483"/>
        <source>TLS 憑證已驗證</source>
        <translation>TLS certificate verified</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="484"/>
        <source>TLS 說明</source>
        <translation>TLS details</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="485"/>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="486"/>
        <source>平台時間</source>
        <translation>Platform time</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="487"/>
        <source>時間差</source>
        <translation>Clock difference</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="488"/>
        <source>回應時間</source>
        <translation>Response time</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="501"/>
        <source>已複製診斷資訊，可以貼到郵件或客服對話中。</source>
        <translation>The diagnostics were copied; paste them into an e-mail or a helpdesk chat.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="507"/>
        <source>建立支援檔案</source>
        <translation>Create a support file</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="509"/>
        <source>Zip 壓縮檔 (*.zip)</source>
        <translation>Zip archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="524"/>
        <source>正在建立支援檔案…</source>
        <translation>Creating the support file…</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="539"/>
        <source>支援檔案已建立：{path}。個人資料已移除，可以寄給客服。</source>
        <translation>Support file created: {path}. Personal data was removed; you can send it to the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="550"/>
        <source>無法建立支援檔案：{reason}。請選擇其他資料夾再試。</source>
        <translation>The support file could not be created: {reason}. Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="555"/>
        <source>無法建立支援檔案（{error}）。請選擇其他資料夾再試。</source>
        <translation>The support file could not be created ({error}). Choose another folder and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="569"/>
        <source>無法開啟資料夾，請自行前往：{path}</source>
        <translation>The folder could not be opened; go to it yourself: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="587"/>
        <source>記錄層級無法設定：{error}</source>
        <translation>The log level could not be set: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="593"/>
        <source>記錄層級已改為 {level}。</source>
        <translation>The log level is now {level}.</translation>
    </message>
    <message>
        <location filename="../../ui/support/diagnostics_page.py" line="399"/>
        <source>{name}（系統的虛擬讀卡機）</source>
        <translation>{name} (a virtual reader of the system)</translation>
    </message>
</context>
<context>
    <name>EnrolmentWizard</name>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="66"/>
        <source>統一編號與驗證方式</source>
        <translation>UBN and verification method</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="67"/>
        <source>驗證身分</source>
        <translation>Identity verification</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="68"/>
        <source>企業授權書（附表2、3）</source>
        <translation>Authorisations (Forms 2, 3)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="69"/>
        <source>個資告知與聲明事項</source>
        <translation>Personal data, declarations</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="70"/>
        <source>點數申請表（附表1）與密碼</source>
        <translation>Form 1 and password</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="71"/>
        <source>驗證 E-mail</source>
        <translation>E-mail verification</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="72"/>
        <source>數位自評檢測</source>
        <translation>Digital self-assessment</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="73"/>
        <source>結果與點數</source>
        <translation>Result and points</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="133"/>
        <source>申請步驟</source>
        <translation>Application steps</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="154"/>
        <location filename="../../ui/wizard/wizard.py" line="210"/>
        <location filename="../../ui/wizard/wizard.py" line="231"/>
        <source>回到首頁</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="257"/>
        <source>正在向平台查詢…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="337"/>
        <source>登入臺灣雲市集（{name}）</source>
        <translation>Log in to Taiwan Cloud Marketplace ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="342"/>
        <source>正在以卡片登入…</source>
        <translation>Logging in with the card…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="350"/>
        <source>行動自然人憑證登入</source>
        <translation>Mobile citizen certificate login</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="354"/>
        <source>正在建立驗證…</source>
        <translation>Starting the verification…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="367"/>
        <source>手機門號登入</source>
        <translation>Mobile number login</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="371"/>
        <source>正在向電信業者送出驗證…</source>
        <translation>Sending the check to the mobile carrier…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="414"/>
        <source>手機簽署</source>
        <translation>Signing on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="427"/>
        <source>正在讀取申請進度…</source>
        <translation>Reading the application progress…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="464"/>
        <source>正在取得同意書及聲明事項全文…</source>
        <translation>Fetching the full texts of the consents and declarations…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="489"/>
        <source>內容已更新，正在重新取得全文…</source>
        <translation>The texts have changed; fetching them again…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="525"/>
        <source>正在簽署並送出授權書…</source>
        <translation>Signing and sending the authorisation…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="564"/>
        <source>正在簽署並送出…</source>
        <translation>Signing and sending…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="643"/>
        <source>正在送出申請表、設定密碼並寄送驗證碼…</source>
        <translation>Sending the form, setting the password and sending the code…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="657"/>
        <source>正在驗證…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="688"/>
        <source>正在取得自評題目…</source>
        <translation>Fetching the self-assessment questions…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="703"/>
        <source>正在送出自評…</source>
        <translation>Submitting the self-assessment…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="722"/>
        <source>完成，前往會員中心</source>
        <translation>Done, go to the member centre</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="737"/>
        <source>正在讀取點數…</source>
        <translation>Reading the points…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="745"/>
        <source>前往會員中心</source>
        <translation>Go to the member centre</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="767"/>
        <source>草稿無法保留到下次</source>
        <translation>The draft cannot be kept until next time</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="769"/>
        <source>這台電腦沒有可用的系統金鑰圈（Windows 認證管理員），程式無法安全地保存草稿的加密金鑰，只能把它留在本次執行的記憶體中。

回到首頁後，在程式關閉以前仍可繼續這份申請；關閉程式後，已填寫的資料就無法再讀取，下次需要重新填寫（已送出到平台的步驟不受影響）。

原因：{reason}</source>
        <translation>This computer has no usable system keyring (Windows Credential Manager), so the program cannot safely store the draft&apos;s encryption key; it can only keep it in memory for this run.

Back on the start page you can still continue this application until the program is closed; once it is closed, what you entered can no longer be read and must be entered again next time (steps already sent to the platform are not affected).

Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="774"/>
        <source>金鑰圈無法使用</source>
        <translation>the keyring cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="781"/>
        <source>仍要離開</source>
        <translation>Leave anyway</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/wizard.py" line="782"/>
        <source>留下繼續填寫</source>
        <translation>Stay and continue</translation>
    </message>
</context>
<context>
    <name>FormPage</name>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="193"/>
        <source>選擇「其他」時請填寫產業類別</source>
        <translation>When you choose &quot;Other&quot;, describe the industry</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="236"/>
        <source>點數申請表（附表1）</source>
        <translation>Points application form (Form 1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="238"/>
        <source>請填寫申請單位的基本資料；每個欄位旁會即時提示需要修正的地方，輸入的內容會自動保存。送出後請設定帳號密碼，平台會寄驗證碼到聯絡人 E-mail。</source>
        <translation>Fill in the applicant&apos;s basic data; each field tells you at once what needs fixing, and everything you type is saved automatically. After sending, set the account password; the platform e-mails a code to the contact address.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="250"/>
        <source>申請單位名稱</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="251"/>
        <source>統一編號</source>
        <translation>UBN (統一編號)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="267"/>
        <source>設立登記日期（民國）</source>
        <translation>Registration date (ROC date)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="274"/>
        <source>實收資本額（新臺幣元）</source>
        <translation>Paid-in capital (NT$)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="281"/>
        <source>員工人數</source>
        <translation>Employees</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="286"/>
        <source>申請單位地址</source>
        <translation>Applicant address</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="287"/>
        <source>代表人姓名</source>
        <translation>Representative name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="290"/>
        <source>代表人職稱</source>
        <translation>Representative title</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="293"/>
        <source>負責人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="295"/>
        <source>聯絡人姓名</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="296"/>
        <source>聯絡人職稱</source>
        <translation>Contact title</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="299"/>
        <source>聯絡電話（含區碼）</source>
        <translation>Contact phone (with area code)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="306"/>
        <source>分機</source>
        <translation>Extension</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="314"/>
        <source>手機</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="322"/>
        <source>E-mail（驗證碼會寄到這裡）</source>
        <translation>E-mail (the code is sent here)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="329"/>
        <source>送出申請表</source>
        <translation>Send the form</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="334"/>
        <source>工業館申請資料（中小型製造業者）</source>
        <translation>Industry pavilion details (small and medium manufacturers)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="337"/>
        <source>請填寫工廠登記證號；依法免辦工廠登記者，請改填主管機關核發之證明文件字號。年營業收入須在 {limit} 以下，並註明依據的財政部營業人銷售額與稅額申報書（401）。</source>
        <translation>Enter the factory registration number; if the law exempts you from factory registration, enter the number of the competent authority&apos;s certificate instead. Annual revenue must be at most {limit}; state which Ministry of Finance sales and tax return (form 401) it is based on.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="351"/>
        <source>工廠登記證號</source>
        <translation>Factory registration number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="358"/>
        <source>依法免辦工廠登記者：主管機關證明文件字號</source>
        <translation>Exempt from factory registration: number of the authority&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="367"/>
        <source>年營業收入（新臺幣元）</source>
        <translation>Annual revenue (NT$)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="377"/>
        <location filename="../../ui/wizard/form_page.py" line="389"/>
        <source>年營業收入的依據</source>
        <translation>Basis of the annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="378"/>
        <source>請選擇年營業收入的依據</source>
        <translation>Choose the basis of the annual revenue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="379"/>
        <source>前一年度的 401 申報書</source>
        <translation>Last year&apos;s form 401 returns</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="380"/>
        <source>近三年 401 申報書的平均</source>
        <translation>Average of the last three years&apos; form 401 returns</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="404"/>
        <source>改申請一般補助點數（最高 {cap}，自付款 : 點數 = {ratio}）</source>
        <translation>Apply for general subsidy points instead (up to {cap}, self-pay : points = {ratio})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="409"/>
        <source>改申請一般補助點數</source>
        <translation>Apply for general subsidy points instead</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="489"/>
        <source>請以民國年輸入，例如 101/5/20 或 101年5月20日</source>
        <translation>Use an ROC date, e.g. 101/5/20 or 101年5月20日</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/support/help_page.py" line="1"/>
        <source>需要準備</source>
        <translation>What you need</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="1"/>
        <source>常見問題與處理方式</source>
        <translation>Common problems and what to do</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="62"/>
        <location filename="../../ui/support/help_page.py" line="69"/>
        <source>驗證方式</source>
        <translation>Verification methods</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="67"/>
        <source>說明內容</source>
        <translation>Help content</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="82"/>
        <source>說明內容無法載入：{error}</source>
        <translation>The help could not be loaded: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="89"/>
        <location filename="../../ui/support/help_page.py" line="136"/>
        <source>鍵盤操作與快速鍵</source>
        <translation>Keyboard use and shortcuts</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="115"/>
        <source>到下一個 / 上一個可操作的項目（依閱讀順序）</source>
        <translation>Next / previous item you can operate (in reading order)</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="116"/>
        <source>按下目前的按鈕；在欄位中則按下頁面的主要按鈕</source>
        <translation>Press the focused button; in a field, press the page&apos;s main button</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="117"/>
        <source>勾選或按下目前的項目</source>
        <translation>Tick or press the focused item</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="118"/>
        <source>頁面的主要按鈕（下一步、簽署、送出）</source>
        <translation>The page&apos;s main button (Next, Sign, Submit)</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="119"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="120"/>
        <source>查詢統一編號</source>
        <translation>Look up the UBN</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="121"/>
        <source>自評檢測：選擇第幾個答案；單選題選好後自動到下一題</source>
        <translation>Self-assessment: choose that answer; a single-choice question then moves on by itself</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="122"/>
        <source>首頁：新申請</source>
        <translation>Start page: New application</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="123"/>
        <source>首頁：會員登入</source>
        <translation>Start page: Member login</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="124"/>
        <source>首頁：說明與診斷</source>
        <translation>Start page: Help and diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="125"/>
        <source>任何頁面：說明與診斷</source>
        <translation>Any page: Help and diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="126"/>
        <source>說明與診斷：返回首頁</source>
        <translation>Help and diagnostics: back to the start page</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="127"/>
        <source>會員中心與診斷：重新整理</source>
        <translation>Member centre and diagnostics: refresh</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="128"/>
        <source>遠端協助隱私模式開關</source>
        <translation>Remote-assistance privacy mode on or off</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="129"/>
        <source>公用電腦：結束使用並清除資料</source>
        <translation>Shared PC: end the session and clear the data</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="130"/>
        <source>訓練模式：開啟訓練面板並移到面板；Esc 回到主視窗</source>
        <translation>Training mode: open the training panel and move into it; Esc goes back to the main window</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_page.py" line="150"/>
        <source>下載</source>
        <translation>Download</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="241"/>
        <source>負責人身分證字號已帶入上次輸入的內容。為保護個人資料，出生日期與手機號碼不會儲存在這台電腦，請再輸入一次，再按「開始驗證」。</source>
        <translation>The responsible person&apos;s national ID is filled in from last time. To protect personal data, the birthday and the mobile number are never saved on this computer: type them again, then press Start verification.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="34"/>
        <source>請輸入身分證字號</source>
        <translation>Enter the national ID number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="36"/>
        <source>身分證字號為 1 個英文字母加 9 位數字（目前 {n} 碼）</source>
        <translation>A national ID is 1 letter and 9 digits ({n} so far)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="40"/>
        <source>身分證字號格式或檢查碼不正確，請對照身分證再輸入一次</source>
        <translation>The national ID format or check digit is wrong: check it against the ID card and type it again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="48"/>
        <source>請輸入手機號碼</source>
        <translation>Enter the mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="50"/>
        <source>手機號碼為 09 開頭共 10 碼</source>
        <translation>A mobile number has 10 digits starting with 09</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="64"/>
        <source>請輸入出生日期</source>
        <translation>Enter the date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="71"/>
        <source>出生日期須早於今天</source>
        <translation>The date of birth must be before today</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="155"/>
        <source>驗證身分：{method}</source>
        <translation>Identity verification: {method}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="156"/>
        <source>{name}（{ubn}）。驗證成功後，接著簽署授權書與聲明事項。</source>
        <translation>{name} ({ubn}). After verification you sign the authorisations and declarations.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="174"/>
        <source>您需要</source>
        <translation>You need</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="179"/>
        <source>讀卡機與卡片</source>
        <translation>Reader and card</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="91"/>
        <source>負責人身分證字號</source>
        <translation>Responsible person&apos;s national ID number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="184"/>
        <source>用來在輸入 PIN 碼前確認卡片是負責人本人的（卡片只記載末 4 碼）</source>
        <translation>Used to check, before any PIN is asked, that the card is the responsible person&apos;s own (the card holds only the last 4 digits)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="189"/>
        <source>以卡片登入</source>
        <translation>Log in with the card</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="192"/>
        <source>須與行動自然人憑證 App 綁定的身分證字號相同</source>
        <translation>Must be the ID bound to the mobile citizen certificate app</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="120"/>
        <source>在電腦上顯示 QR Code，用 App 掃描</source>
        <translation>Show a QR code here and scan it with the app</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="122"/>
        <source>推播到負責人的手機</source>
        <translation>Push to the responsible person&apos;s phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="197"/>
        <location filename="../../ui/wizard/identity_page.py" line="203"/>
        <source>開始驗證</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="107"/>
        <source>負責人月租型手機號碼</source>
        <translation>Responsible person&apos;s monthly-plan mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="110"/>
        <source>預付卡門號無法驗證</source>
        <translation>Prepaid numbers cannot be verified</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="268"/>
        <source>請關閉負責人手機的 Wi-Fi，使用 4G/5G 行動網路，以手機相機掃描 QR Code 開啟驗證網頁並按「同意驗證」。</source>
        <translation>Turn off Wi-Fi on the responsible person&apos;s phone and use 4G/5G mobile data; scan the QR code with the phone camera, open the verification page and press &quot;Agree&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="273"/>
        <source>已推播到負責人的手機：請開啟「行動自然人憑證」App，確認並核准登入。</source>
        <translation>Sent to the responsible person&apos;s phone: open the mobile citizen certificate app (行動自然人憑證), check and approve the login.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="276"/>
        <source>請開啟負責人手機上的「行動自然人憑證」App，掃描 QR Code 並核准登入。</source>
        <translation>Open the mobile citizen certificate app (行動自然人憑證) on the responsible person&apos;s phone, scan the QR code and approve the login.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="238"/>
        <source>正在等候手機上的確認。</source>
        <translation>Waiting for the confirmation on the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="240"/>
        <source>請插入可用的卡片。</source>
        <translation>Insert a usable card.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="246"/>
        <source>請正確填寫負責人身分證字號。</source>
        <translation>Type the responsible person&apos;s national ID number correctly.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="242"/>
        <source>請先正確填寫上面每個欄位。</source>
        <translation>Fill in every field above correctly first.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="67"/>
        <source>請輸入出生日期，例如民國 64/3/14、64年3月14日，或西元 1975-03-14</source>
        <translation>Enter the birth date, e.g. ROC 64/3/14 or 64年3月14日, or western 1975-03-14</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="81"/>
        <source>讀作西元 {iso}（民國 {roc}）</source>
        <translation>Read as {iso} (a western year; ROC {roc})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="84"/>
        <source>讀作民國 {roc}（西元 {iso}）</source>
        <translation>Read as ROC {roc} ({iso})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/identity_page.py" line="99"/>
        <source>負責人出生日期（民國或西元）</source>
        <translation>Responsible person&apos;s birth date (ROC or western year)</translation>
    </message>
</context>
<context>
    <name>IdleWarningDialog</name>
    <message>
        <location filename="../../ui/support/kiosk.py" line="66"/>
        <source>即將結束使用</source>
        <translation>Session ending soon</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="71"/>
        <source>為保護您的資料，時間到後會清除這台電腦上的申請草稿、登入狀態與暫存資料。</source>
        <translation>To protect your data, this computer&apos;s application drafts, login and cached data are cleared when the time is up.</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="77"/>
        <source>繼續使用</source>
        <translation>Keep using</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="80"/>
        <source>立即結束</source>
        <translation>End now</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="83"/>
        <source>繼續使用，不要結束</source>
        <translation>Keep using; don&apos;t end the session</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="84"/>
        <source>立即結束使用並清除資料</source>
        <translation>End the session now and clear the data</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="94"/>
        <source>一段時間沒有操作，{n} 秒後將結束使用並清除資料。</source>
        <translation>Nothing happened for a while; the session ends and the data is cleared in {n} seconds.</translation>
    </message>
</context>
<context>
    <name>IndustryPicker</name>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="55"/>
        <source>產業類別（請依主要營業項目選擇一項中類）</source>
        <translation>Industry (choose one division by main business activity)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="58"/>
        <source>輸入關鍵字或代碼搜尋，例如：餐飲、56</source>
        <translation>Search by word or code, e.g. 餐飲 or 56</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="59"/>
        <source>搜尋產業類別</source>
        <translation>Search industries</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="64"/>
        <source>產業類別</source>
        <translation>Industry</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="80"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="82"/>
        <source>其他（不在上列者，請於下方填寫）</source>
        <translation>Other (not listed above; describe it below)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="88"/>
        <source>其他產業類別</source>
        <translation>Other industry</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="90"/>
        <source>例如：文化資產修復</source>
        <translation>e.g. heritage restoration</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="183"/>
        <source>已選擇：其他（請填寫產業類別）</source>
        <translation>Chosen: Other (describe the industry)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="186"/>
        <source>已選擇：{code} {name}</source>
        <translation>Chosen: {code} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/form_page.py" line="144"/>
        <source>找不到含「{text}」的產業類別。請換個關鍵字（例如：餐飲、批發、56），或選「其他」自行填寫。</source>
        <translation>No industry contains “{text}”. Try another word (e.g. 餐飲, 批發, 56), or choose “Other” and describe it.</translation>
    </message>
</context>
<context>
    <name>KioskController</name>
    <message>
        <location filename="../../ui/support/kiosk.py" line="143"/>
        <source>結束使用並清除資料</source>
        <translation>End the session and clear the data</translation>
    </message>
    <message>
        <location filename="../../ui/support/kiosk.py" line="146"/>
        <source>清除這位申請人在這台電腦上的草稿、登入狀態與暫存資料，回到首頁（{key}）</source>
        <translation>Clear this applicant&apos;s drafts, login and cached data from this computer and return to the start page ({key})</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <location filename="../../ui/pages/loading_page.py" line="19"/>
        <source>正在開啟，請稍候…</source>
        <translation>Opening, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loading_page.py" line="21"/>
        <source>開啟狀態</source>
        <translation>Opening status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loading_page.py" line="25"/>
        <source>正在開啟</source>
        <translation>Opening</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="145"/>
        <source>臺灣雲市集 數位點數申請</source>
        <translation>Taiwan Cloud Marketplace points application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155"/>
        <source>訓練模式：這是練習用的訓練平台，卡片、資料與點數都不是真的。</source>
        <translation>Training mode: this is a practice platform; cards, data and points are not real.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="158"/>
        <source>訓練面板</source>
        <translation>Training panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>開啟或關閉訓練面板</source>
        <translation>Show or hide the training panel</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180"/>
        <source>遠端協助隱私模式：身分證字號、電話、電子郵件、生日與卡號已遮蔽。</source>
        <translation>Remote-assist privacy mode: national IDs, phone numbers, e-mail addresses, birthdays and card numbers are masked.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218"/>
        <source>訓練平台啟動中…</source>
        <translation>Starting the training platform…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>平台：{url}</source>
        <translation>Platform: {url}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236"/>
        <source>已連線到訓練平台（{url}）</source>
        <translation>Connected to the training platform ({url})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248"/>
        <source>訓練平台無法啟動：{text} {remedy}</source>
        <translation>The training platform could not start: {text} {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="434"/>
        <source>無法開啟「{page}」：{text} {remedy}</source>
        <translation>Cannot open “{page}”: {text} {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="472"/>
        <source>訓練平台啟動中，準備好後會自動開始新申請…</source>
        <translation>The training platform is starting; the new application opens as soon as it is ready…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="478"/>
        <source>新申請</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="500"/>
        <source>會員專區</source>
        <translation>Member area</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="528"/>
        <source>訓練平台啟動中，準備好後會自動開啟會員登入…</source>
        <translation>The training platform is starting; member login opens as soon as it is ready…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="531"/>
        <source>會員登入</source>
        <translation>Member login</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="255"/>
        <source>訓練平台無法啟動。請關閉程式後再開一次；若仍然不行，請到「說明與診斷」產生報告並寄給客服。</source>
        <translation>The training platform cannot start. Close the program and open it again; if that does not help, create a report under Help and diagnostics and send it to the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264"/>
        <source>訓練平台意外停止了，正在重新啟動；您畫面上的資料都還在，不必重填。</source>
        <translation>The training platform stopped unexpectedly and is restarting; everything on your screen is kept, nothing needs to be typed again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="270"/>
        <source>訓練平台已重新啟動，可以繼續練習；剛才沒送出的動作請再按一次。</source>
        <translation>The training platform is running again; carry on practising. Press again whatever did not go through.</translation>
    </message>
</context>
<context>
    <name>MemberArea</name>
    <message>
        <location filename="../../ui/member/area.py" line="145"/>
        <source>會員中心&#x3000;{name}（統一編號 {ubn}）</source>
        <translation>Member centre  {name} (UBN {ubn})</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="152"/>
        <source>重新整理</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="155"/>
        <source>登出</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="164"/>
        <source>您以密碼登入，只能查詢；訂購與退訂需以憑證卡或行動自然人憑證登入後簽章。</source>
        <translation>You logged in with a password and can only view; ordering and terminating need a login with a certificate card or the mobile citizen certificate, and a signature.</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="173"/>
        <source>這次登入的方式無法在這裡簽章，只能查詢；要訂購或退訂，請登出後在「會員登入」以憑證卡、行動自然人憑證或手機門號登入。</source>
        <translation>This sign-in cannot sign here, so you can only view; to order or terminate, log out and sign in under Member login with a certificate card, the mobile citizen certificate or your phone number.</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="181"/>
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="182"/>
        <source>關閉提醒</source>
        <translation>Close the reminder</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="197"/>
        <source>會員中心選單</source>
        <translation>Member centre menu</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="199"/>
        <source>帳戶總覽</source>
        <translation>Account overview</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="200"/>
        <source>我的點數</source>
        <translation>My points</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="201"/>
        <source>雲端方案</source>
        <translation>Cloud solutions</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="202"/>
        <source>我的訂單</source>
        <translation>My orders</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="323"/>
        <source>離線：顯示 {at} 的資料</source>
        <translation>Offline: showing data as of {at}</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="327"/>
        <source>資料時間：{at}</source>
        <translation>Data as of {at}</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="366"/>
        <location filename="../../ui/member/area.py" line="432"/>
        <source>{title}：{text} {remedy}</source>
        <translation>{title}: {text} {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="592"/>
        <source>取消訂單</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="593"/>
        <source>確定要取消訂單 {id} 嗎？使用的點數會立即退回。</source>
        <translation>Cancel order {id}? The points used are returned at once.</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="380"/>
        <source>{title}：{body}</source>
        <translation>{title}: {body}</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="203"/>
        <source>我的通知</source>
        <translation>My notifications</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="204"/>
        <source>帳號管理</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="205"/>
        <source>查看自評結果</source>
        <translation>Self-assessment result</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="206"/>
        <source>諮詢顧問／專家服務</source>
        <translation>Consultant / expert service</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="444"/>
        <source>E-mail 格式不正確，請輸入像 name@example.com 的地址。</source>
        <translation>That is not an e-mail address; enter one like name@example.com.</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="453"/>
        <source>請依指示完成簽章…</source>
        <translation>Follow the instructions to sign…</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="458"/>
        <source>變更聯絡人 E-mail 為 {email}</source>
        <translation>Change the contact e-mail to {email}</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="469"/>
        <source>聯絡人 E-mail 已變更為 {email}。</source>
        <translation>The contact e-mail is now {email}.</translation>
    </message>
    <message>
        <location filename="../../ui/member/area.py" line="485"/>
        <source>密碼已變更。</source>
        <translation>The password was changed.</translation>
    </message>
</context>
<context>
    <name>MemberLoginPage</name>
    <message>
        <location filename="../../ui/member_login.py" line="146"/>
        <source>會員登入</source>
        <translation>Member login</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="148"/>
        <source>請輸入申請單位的統一編號，再選擇登入方式。以憑證卡或手機登入可以訂購、退訂；以帳號密碼登入只能查詢。</source>
        <translation>Enter the applicant&apos;s UBN, then choose how to log in. With a certificate card or the phone you can order and terminate; with the account password you can only view.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="172"/>
        <source>統一編號（會員帳號）</source>
        <translation>UBN (member account)</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="175"/>
        <source>8 位數字；輸入時會即時檢查檢查碼</source>
        <translation>8 digits; the check digit is checked as you type</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="179"/>
        <source>查詢</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="180"/>
        <source>查詢統一編號</source>
        <translation>Look up the UBN</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="190"/>
        <source>訓練模式：登入的是訓練平台上的示範會員，卡片與點數都不是真的。</source>
        <translation>Training mode: you log in as a demo member of the training platform; cards and points are not real.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="208"/>
        <location filename="../../ui/member_login.py" line="209"/>
        <source>改為新申請</source>
        <translation>Start a new application instead</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="219"/>
        <source>請選擇登入方式</source>
        <translation>Choose how to log in</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="230"/>
        <source>須與平台登記的負責人相同</source>
        <translation>Must be the responsible person registered on the platform</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="247"/>
        <source>密碼</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="248"/>
        <source>請輸入密碼</source>
        <translation>Enter the password</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="256"/>
        <source>以帳號密碼登入只能查看點數、方案與訂單；訂購、退訂等需要簽章的操作，請改用憑證卡或行動自然人憑證登入。</source>
        <translation>A password login can only view points, solutions and orders; for ordering, terminating and anything else that needs a signature, log in with a certificate card or the mobile citizen certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="281"/>
        <location filename="../../ui/member_login.py" line="282"/>
        <source>回到首頁</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="284"/>
        <location filename="../../ui/member_login.py" line="285"/>
        <location filename="../../ui/member_login.py" line="469"/>
        <source>登入</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="354"/>
        <source>正在向平台查詢…</source>
        <translation>Asking the platform…</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="377"/>
        <source>{name}（統一編號 {ubn}）</source>
        <translation>{name} (UBN {ubn})</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="382"/>
        <source>這個統一編號還不是臺灣雲市集的會員（尚未完成點數申請），無法登入。請按「改為新申請」驗證身分並完成申請，完成後即成為會員。</source>
        <translation>This UBN is not a Taiwan Cloud Marketplace member yet (the points application is not complete), so it cannot log in. Press &quot;Start a new application instead&quot;, verify identity and complete the application; you then become a member.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="386"/>
        <source>帳號：統一編號 {ubn}</source>
        <translation>Account: UBN {ubn}</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="396"/>
        <source>帳號密碼登入（只能查詢）</source>
        <translation>Account password (view only)</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="465"/>
        <source>以卡片登入</source>
        <translation>Log in with the card</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="467"/>
        <source>開始驗證</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="534"/>
        <source>正在登入…</source>
        <translation>Logging in…</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="545"/>
        <source>登入臺灣雲市集會員中心（{name}）</source>
        <translation>Log in to the Taiwan Cloud Marketplace member centre ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="554"/>
        <source>正在以卡片登入…</source>
        <translation>Logging in with the card…</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="569"/>
        <source>請關閉負責人手機的 Wi-Fi，使用 4G/5G 行動網路，以手機相機掃描 QR Code 開啟驗證網頁並按「同意驗證」。</source>
        <translation>Turn off Wi-Fi on the responsible person&apos;s phone and use 4G/5G mobile data; scan the QR code with the phone camera, open the verification page and press &quot;Agree&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="572"/>
        <source>手機門號登入</source>
        <translation>Mobile number login</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="576"/>
        <source>已推播到負責人的手機：請開啟「行動自然人憑證」App，確認並核准登入。</source>
        <translation>Sent to the responsible person&apos;s phone: open the mobile citizen certificate app (行動自然人憑證), check and approve the login.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="578"/>
        <location filename="../../ui/member_login.py" line="584"/>
        <source>行動自然人憑證登入</source>
        <translation>Mobile citizen certificate login</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="582"/>
        <source>請開啟負責人手機上的「行動自然人憑證」App，掃描 QR Code 並核准登入。</source>
        <translation>Open the mobile citizen certificate app (行動自然人憑證) on the responsible person&apos;s phone, scan the QR code and approve the login.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="603"/>
        <source>正在建立驗證…</source>
        <translation>Starting the verification…</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="1"/>
        <source>這個統一編號的申請經平台資格審查未通過，不是臺灣雲市集的會員，無法登入。審查結果與原因已寄到申請時填寫的 E-mail（按「改為新申請」並驗證身分也會顯示）；如有疑問，請洽臺灣雲市集客服 0809-092-091。</source>
        <translation>The platform&apos;s eligibility review turned this UBN&apos;s application down: it is not a Taiwan Cloud Marketplace member and cannot log in. The result and its reason were e-mailed to the address given in the application (pressing &quot;Start a new application instead&quot; and verifying identity shows them too); for questions, call the Taiwan Cloud Marketplace helpdesk on 0809-092-091.</translation>
    </message>
    <message>
        <location filename="../../ui/member_login.py" line="1"/>
        <source>這個統一編號的申請正在資格審查中（約需 1 個工作天），審查通過後才成為會員、可以登入。結果會寄 E-mail 通知；通過後請按「改為新申請」完成數位自評檢測。</source>
        <translation>This UBN&apos;s application is under eligibility review (about 1 working day); it becomes a member, able to log in, once approved. The result comes by e-mail; once approved, press &quot;Start a new application instead&quot; to complete the self-assessment.</translation>
    </message>
</context>
<context>
    <name>MobileSignDialog</name>
    <message>
        <location filename="../../ui/wizard/signing.py" line="27"/>
        <source>在手機上簽署</source>
        <translation>Sign on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/signing.py" line="30"/>
        <source>要簽署的內容：{purpose}</source>
        <translation>What you sign: {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/signing.py" line="76"/>
        <source>請用負責人手機（關閉 Wi-Fi，使用 4G/5G）掃描 QR Code，在網頁上按「同意」完成簽署。</source>
        <translation>With the responsible person&apos;s phone (Wi-Fi off, on 4G/5G), scan the QR code and press &quot;Agree&quot; on the web page to sign.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/signing.py" line="83"/>
        <source>請用「行動自然人憑證」App 掃描 QR Code，確認內容後核准簽署。</source>
        <translation>Scan the QR code with the mobile citizen certificate app (行動自然人憑證), check the content and approve the signature.</translation>
    </message>
</context>
<context>
    <name>MobileWaitPanel</name>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="51"/>
        <source>以手機掃描的 QR Code</source>
        <translation>QR code to scan with the phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="54"/>
        <source>剩餘時間</source>
        <translation>Time left</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="57"/>
        <source>驗證狀態</source>
        <translation>Verification status</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="58"/>
        <source>取消等待</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="59"/>
        <source>取消等待手機</source>
        <translation>Stop waiting for the phone</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="91"/>
        <source>等待手機回應…</source>
        <translation>Waiting for the phone…</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="104"/>
        <source>剩餘時間 {m}:{s:02d}</source>
        <translation>Time left {m}:{s:02d}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/mobile_panel.py" line="124"/>
        <source>手機已核准。</source>
        <translation>Approved on the phone.</translation>
    </message>
</context>
<context>
    <name>NotificationsPage</name>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="69"/>
        <source>我的通知（未讀在前）</source>
        <translation>My notifications (unread first)</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="73"/>
        <source>我的通知</source>
        <translation>My notifications</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="84"/>
        <source>共 {n} 則通知，{unread} 則未讀</source>
        <translation>{n} notifications, {unread} unread</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="86"/>
        <source>目前沒有通知</source>
        <translation>No notifications</translation>
    </message>
</context>
<context>
    <name>OrderDetail</name>
    <message>
        <location filename="../../ui/member/orders_page.py" line="71"/>
        <source>訂單進度</source>
        <translation>Order progress</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="73"/>
        <location filename="../../ui/member/orders_page.py" line="76"/>
        <source>訂單狀態歷程</source>
        <translation>Order status history</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="80"/>
        <source>期限（工作天依臺灣行事曆）</source>
        <translation>Deadlines (working days per the Taiwan calendar)</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="86"/>
        <source>開啟付款連結</source>
        <translation>Open the payment link</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="89"/>
        <source>取消訂單</source>
        <translation>Cancel the order</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="92"/>
        <source>申請退訂</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="95"/>
        <source>儲存訂單確認單（PDF）</source>
        <translation>Save the order confirmation (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="149"/>
        <source>{at}&#x3000;{status}</source>
        <translation>{at}  {status}</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="153"/>
        <source>{line}
{note}</source>
        <translation>{line}
{note}</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="160"/>
        <source>目前沒有進行中的期限</source>
        <translation>No open deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="164"/>
        <source>電子發票：{number}，金額 {amount}（含稅），開立日 {day}</source>
        <translation>E-invoice: {number}, amount {amount} (tax included), issued {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="172"/>
        <source>服務期間：{start} 至 {end}</source>
        <translation>Service period: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="178"/>
        <source>退訂結算：退還 {refund}，返還 {points}</source>
        <translation>Termination settlement: {refund} refunded, {points} returned</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="190"/>
        <source>以密碼登入只能查詢；退訂需要憑證卡或行動自然人憑證簽章。</source>
        <translation>A password login can only view; terminating needs a signature with a certificate card or the mobile citizen certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="196"/>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="197"/>
        <source>▶</source>
        <translation>▶</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="198"/>
        <source>○</source>
        <translation>○</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="199"/>
        <source>✕</source>
        <translation>✕</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="204"/>
        <source>進度：{steps}</source>
        <translation>Progress: {steps}</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="67"/>
        <location filename="../../ui/member/orders_page.py" line="124"/>
        <source>請從上方的訂單列表選擇一筆訂單</source>
        <translation>Select an order in the list above</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="135"/>
        <source>訂單編號：{id}
方案名稱：{plan}
供應商：{vendor}
訂單狀態：{status}</source>
        <translation>Order number: {id}
Plan: {plan}
Vendor: {vendor}
Order status: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="142"/>
        <source>訂單金額：{price}</source>
        <translation>Order amount: {price}</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/member/ordering.py" line="61"/>
        <source>確認訂單與金額</source>
        <translation>Confirm the order and amounts</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="72"/>
        <source>正在向平台取得報價…</source>
        <translation>Getting a quote from the platform…</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="62"/>
        <source>簽章並送出訂單</source>
        <translation>Sign and send the order</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="130"/>
        <source>方案名稱：{plan}</source>
        <translation>Plan: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="131"/>
        <source>方案類型：{solution}</source>
        <translation>Solution: {solution}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="132"/>
        <source>供應商：{vendor}</source>
        <translation>Vendor: {vendor}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="138"/>
        <source>注意：平台報價與本機試算（{points}）不同，以平台報價為準。</source>
        <translation>Note: the platform&apos;s quote differs from the local estimate ({points}); the platform&apos;s quote applies.</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="153"/>
        <source>• 點數須在 {day} 以前使用；過期的點數會被收回，不能折抵，也不得再次申請。</source>
        <translation>• Use the points by {day}; expired points are reclaimed, cannot pay, and cannot be applied for again.</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="158"/>
        <source>• 這筆訂單不折抵點數，金額全數自付：</source>
        <translation>• This order uses no points; you pay the whole price:</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="168"/>
        <source>• 送出後，廠商須在 {confirm} 個工作天內確認接單；接單後您須在 {pay} 個工作天內以付款連結支付自付款，逾期系統會取消訂單。</source>
        <translation>• After sending, the vendor must confirm within {confirm} working days; then you must pay the self-pay amount through the payment link within {pay} working days, or the system cancels the order.</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="176"/>
        <source>無法取得報價：{title}</source>
        <translation>No quote: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="195"/>
        <source>訂購 {plan}，金額 {price}</source>
        <translation>Order {plan}, amount {price}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="63"/>
        <source>訂單送出中…</source>
        <translation>Sending the order…</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="159"/>
        <source>點數不足。</source>
        <translation>Not enough points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="162"/>
        <source>• 若您已是這家資訊服務廠商此方案的既有客戶，不得以點數折抵續購原方案；這類訂單須全額自付。</source>
        <translation>• If you are already this vendor&apos;s customer for this plan, points cannot pay for renewing it; such an order is paid in full by you.</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="212"/>
        <source>訂單已成立並送出，訂單編號：{id}。請至「我的訂單」確認廠商接單狀況。</source>
        <translation>The order was placed, number {id}. See &quot;My orders&quot; for the vendor&apos;s confirmation.</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="216"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="133"/>
        <source>訂單金額：{price}</source>
        <translation>Order amount: {price}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="108"/>
        <source>無法取得產品契約：{title}。{remedy}</source>
        <translation>The product contract could not be loaded: {title}. {remedy}</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="74"/>
        <source>我已閱讀並同意產品契約</source>
        <translation>I have read and agree to the product contract</translation>
    </message>
    <message>
        <location filename="../../ui/member/ordering.py" line="78"/>
        <source>閱讀產品契約（雲端解決方案買賣定型化契約）</source>
        <translation>Read the product contract (standard cloud-solution sales contract)</translation>
    </message>
</context>
<context>
    <name>OrdersModel</name>
    <message>
        <location filename="../../ui/member/orders_model.py" line="101"/>
        <source>訂單編號</source>
        <translation>Order number</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="102"/>
        <source>採購方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="103"/>
        <source>供應商</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="104"/>
        <source>訂單金額</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="105"/>
        <source>訂單狀態</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="106"/>
        <source>最後更新時間</source>
        <translation>Last updated</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="107"/>
        <source>下一個期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_model.py" line="145"/>
        <source>{name} {due}（{countdown}）</source>
        <translation>{name} {due} ({countdown})</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/member/orders_page.py" line="229"/>
        <source>我的訂單</source>
        <translation>My orders</translation>
    </message>
    <message>
        <location filename="../../ui/member/orders_page.py" line="232"/>
        <source>訂單列表</source>
        <translation>Order list</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/member/overview.py" line="59"/>
        <source>帳戶總覽</source>
        <translation>Account overview</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="62"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="65"/>
        <source>前往</source>
        <translation>Go</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="66"/>
        <source>前往下一步</source>
        <translation>Go to the next step</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="75"/>
        <location filename="../../ui/member/overview.py" line="162"/>
        <source>我的通知</source>
        <translation>My notifications</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="78"/>
        <source>我的通知（未讀在前）</source>
        <translation>My notifications (unread first)</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="84"/>
        <source>我的點數</source>
        <translation>My points</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="93"/>
        <source>查看點數明細</source>
        <translation>See the points details</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="95"/>
        <source>下載點數申請表（PDF）</source>
        <translation>Download the points application form (PDF)</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="114"/>
        <source>我的訂單</source>
        <translation>My orders</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="116"/>
        <source>最近的訂單</source>
        <translation>Recent orders</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="121"/>
        <source>查看更多訂單</source>
        <translation>See more orders</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="144"/>
        <source>{text}（訂單 {order}）</source>
        <translation>{text} (order {order})</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="158"/>
        <source>目前沒有通知</source>
        <translation>No notifications</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="160"/>
        <source>我的通知（{n} 則未讀）</source>
        <translation>My notifications ({n} unread)</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="170"/>
        <source>最快到期日：{day}</source>
        <translation>Earliest expiry: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="177"/>
        <source>目前沒有可用點數</source>
        <translation>No points available</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="180"/>
        <source>首次使用期限：{day}</source>
        <translation>First use by: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="102"/>
        <source>查看自評結果</source>
        <translation>Self-assessment result</translation>
    </message>
    <message>
        <location filename="../../ui/member/overview.py" line="105"/>
        <source>我要找諮詢顧問</source>
        <translation>Find a consultant</translation>
    </message>
</context>
<context>
    <name>PavilionChoice</name>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="92"/>
        <source>請選擇申請的點數類別</source>
        <translation>Choose which points to apply for</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="96"/>
        <source>平台的登記資料顯示貴單位是有工廠登記的製造業者，可以申請工業館點數。兩種擇一申請；簽署同意書時會一併送出您的選擇。</source>
        <translation>The platform&apos;s registry shows your organisation as a manufacturer with a factory registration, so you may apply for industry pavilion points. Apply for one of the two; your choice is sent with the consents you sign.</translation>
    </message>
</context>
<context>
    <name>PavilionOption</name>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="30"/>
        <source>申請工業館點數（中小型製造業者）</source>
        <translation>Apply for industry pavilion points (small and medium manufacturers)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="32"/>
        <source>申請一般補助點數（{name}）</source>
        <translation>Apply for general subsidy points ({name})</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="39"/>
        <source>最高 {cap}（1 點 = 新臺幣 1 元）</source>
        <translation>Up to {cap} (1 point = NT$1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="40"/>
        <source>自付款 : 點數 = {ratio}：點數最多折抵方案價格的 {share}</source>
        <translation>Self-pay : points = {ratio}: points pay at most {share} of a plan&apos;s price</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="43"/>
        <source>只能用於工業館的方案</source>
        <translation>Only for industry pavilion plans</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="45"/>
        <source>可用於補助專區各館的方案（工業館除外）</source>
        <translation>For plans in every pavilion of the subsidy zone (except the industry pavilion)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="46"/>
        <source>方案須至少使用 {months} 個月</source>
        <translation>Plans must run at least {months} months</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="50"/>
        <source>點數須在 {day} 以前使用（計畫的使用期限）</source>
        <translation>Points must be used by {day} (the programme&apos;s use-by date)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="57"/>
        <source>核發後 {months} 個月內須開始使用，否則點數會返還系統（可重新開通）</source>
        <translation>Use some points within {months} month(s) of the grant, or they go back to the system (you can re-open them)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="62"/>
        <source>核發後 {months} 個月內須用完，期滿未用的點數會被收回</source>
        <translation>Use them within {months} month(s) of the grant; what is left then is reclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/pavilion_choice.py" line="69"/>
        <source>申請時須填寫工廠登記證號（依法免辦者填證明文件字號）與年營業額（依財政部 401 申報書），並聲明未獲雲世代數位轉型相關計畫補助</source>
        <translation>You will enter your factory registration number (or, if exempt, the certificate number) and annual revenue (per Ministry of Finance form 401), and declare that no cloud-era digital transformation programme has subsidised you</translation>
    </message>
</context>
<context>
    <name>PaymentLinkDialog</name>
    <message>
        <location filename="../../ui/member/payment.py" line="38"/>
        <location filename="../../ui/member/payment.py" line="47"/>
        <source>付款連結</source>
        <translation>Payment link</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="41"/>
        <source>這台電腦無法自動開啟瀏覽器。請複製下面的付款連結，貼到瀏覽器的網址列開啟並完成付款。</source>
        <translation>No web browser could be opened on this computer. Copy the payment link below, paste it into a browser&apos;s address bar and complete the payment there.</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="48"/>
        <source>複製連結</source>
        <translation>Copy link</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="67"/>
        <source>已複製付款連結。</source>
        <translation>The payment link was copied.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="46"/>
        <source>輸入 PIN 碼</source>
        <translation>Enter the PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="56"/>
        <source>簽章用卡片：{who}</source>
        <translation>Signing card: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="58"/>
        <source>要簽署的內容：{purpose}</source>
        <translation>What you sign: {purpose}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="63"/>
        <source>PIN 碼不正確，請再輸入一次。</source>
        <translation>The PIN was wrong; please enter it again.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="77"/>
        <source>只剩最後 1 次機會；再輸錯卡片就會鎖住。</source>
        <translation>Only 1 try left; one more wrong PIN locks the card.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="79"/>
        <source>還可以嘗試 {n} 次。</source>
        <translation>{n} tries left.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="89"/>
        <source>PIN 碼</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="90"/>
        <source>卡片的 PIN 碼，{low} 到 {high} 位</source>
        <translation>The card&apos;s PIN, {low} to {high} characters</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="101"/>
        <source>PIN 碼（{low}–{high} 位）</source>
        <translation>PIN ({low}–{high} characters)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="109"/>
        <source>這台讀卡機有按鍵：按「簽章」後，請直接在讀卡機上輸入 PIN 碼並按確認鍵。</source>
        <translation>This reader has a keypad: after you press Sign, type the PIN on the reader and press its OK key.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="179"/>
        <source>請在讀卡機上輸入 PIN 碼並按確認鍵</source>
        <translation>Type the PIN on the card reader and press its OK key</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="184"/>
        <source>讀卡機正在等候；若要取消，請按讀卡機上的取消鍵。</source>
        <translation>The reader is waiting; to cancel, press the Cancel key on the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="116"/>
        <source>PIN 碼只會直接交給卡片，程式不會記錄或保存。</source>
        <translation>The PIN goes straight to the card; this program never records or keeps it.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="125"/>
        <source>簽章</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="126"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="156"/>
        <source>最後一次機會</source>
        <translation>Last try</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pin_dialog.py" line="158"/>
        <source>這是最後一次嘗試。若 PIN 碼再錯，卡片會被鎖住，需要到發卡單位解鎖。
確定要送出嗎？</source>
        <translation>This is the last try. If the PIN is wrong again, the card locks and must be unlocked by its issuer.
Send it?</translation>
    </message>
</context>
<context>
    <name>PlatformWait</name>
    <message>
        <location filename="../../ui/widgets/platform_wait.py" line="57"/>
        <source>取消等待</source>
        <translation>Stop waiting</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/platform_wait.py" line="59"/>
        <source>取消等待平台回應</source>
        <translation>Stop waiting for the platform</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/platform_wait.py" line="80"/>
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/platform_wait.py" line="85"/>
        <source>正在等待平台回應（{seconds} 秒）…最長等待 60 秒，也可以按「取消等待」。</source>
        <translation>Waiting for the platform ({seconds} s)… at most 60 s; you can also press &quot;Stop waiting&quot;.</translation>
    </message>
</context>
<context>
    <name>PointsPage</name>
    <message>
        <location filename="../../ui/member/points_page.py" line="42"/>
        <source>我的點數</source>
        <translation>My points</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="49"/>
        <source>點數期限</source>
        <translation>Points deadlines</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="53"/>
        <location filename="../../ui/member/points_page.py" line="55"/>
        <source>重新開通點數</source>
        <translation>Re-open the points</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="65"/>
        <source>點數有效期限說明</source>
        <translation>How long points are valid</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="71"/>
        <source>點數明細</source>
        <translation>Points details</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="73"/>
        <source>時間</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="73"/>
        <source>項目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="73"/>
        <source>點數</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="73"/>
        <source>餘額</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="99"/>
        <source>• {months}個月：獲發點數後{months}個月內完全沒有使用任何點數，點數會全數返還系統；之後可以在這裡重新開通點數，每次返還後都可以再開通。</source>
        <translation>• {months} month(s): if no point is used within {months} month(s) of the grant, all points go back to the system; you can then re-open them here, after every such return.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="106"/>
        <source>• {months}個月：點數須在獲發日起{months}個月內用完；期限過後，沒用完的點數會被收回，收回後不能再申請（仍可自費全額購買方案）。</source>
        <translation>• {months} months: points must be used within {months} months of the grant; after that what is left is reclaimed and cannot be applied for again (you can still buy plans at full self-pay).</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="112"/>
        <source>• 計畫期限：點數須在 {day} 以前使用。</source>
        <translation>• Programme deadline: points must be used by {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="116"/>
        <source>• 退訂返還的點數：可使用到原本的使用期限或「返還日起{days}個工作天」，以較晚者為準；計畫結束或補助額度用罄後退訂，點數不再返還。</source>
        <translation>• Points returned by a termination: usable until their original use-by date or {days} working days after the return, whichever is later; after the programme ends or its budget runs out, terminations return no points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="121"/>
        <source>• 期限當天仍可使用；到期前{days}天起，這裡與桌面通知會提醒您。</source>
        <translation>• Points can still be used on the deadline day; from {days} days before, this page and desktop notifications remind you.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="132"/>
        <source>工業館點數：上限 {cap}，只能用於工業館的方案。</source>
        <translation>Industry pavilion points: cap {cap}, only for industry pavilion plans.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="144"/>
        <source>可用點數：{balance}</source>
        <translation>Available points: {balance}</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="152"/>
        <source>獲發點數：{granted}，獲發日：{day}</source>
        <translation>Points granted: {granted}, on {day}</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="157"/>
        <source>尚未獲發點數。</source>
        <translation>No points granted yet.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="179"/>
        <source>請在 {day} 以前使用點數，否則點數會全數返還系統。</source>
        <translation>Use points by {day}, or all of them go back to the system.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="185"/>
        <source>{points}將於 {day} 到期，沒用完的點數會被收回，且不得再次申請。</source>
        <translation>{points} expire on {day}; what is left is reclaimed and cannot be applied for again.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="192"/>
        <source>點數已返還系統，您可以按「重新開通點數」再次取得點數；也可以不使用點數，自費全額購買方案。</source>
        <translation>Your points went back to the system. Press &quot;Re-open points&quot; to get them again, or buy plans at full self-pay without points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="205"/>
        <source>{kind}（訂單 {order}）</source>
        <translation>{kind} (order {order})</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_page.py" line="161"/>
        <source>{pavilion}點數：每筆訂單依 自付款 : 點數 = {ratio} 折抵，以可用點數為限；點數不足的部分由您自付。</source>
        <translation>{pavilion} points: each order is split self-pay : points = {ratio}, up to the points available; you pay what the points do not cover.</translation>
    </message>
</context>
<context>
    <name>PracticeMemberBox</name>
    <message>
        <location filename="../../ui/training/practice_member.py" line="47"/>
        <source>練習用會員</source>
        <translation>Practice member</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="53"/>
        <source>練習用會員的種類</source>
        <translation>Kind of practice member</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="60"/>
        <source>建立</source>
        <translation>Create</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="61"/>
        <source>建立已有點數的練習用會員</source>
        <translation>Create a practice member that already has points</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="63"/>
        <source>省去申請步驟，直接練習下單、付款、廠商步驟與退訂。</source>
        <translation>Skips the application: practise ordering, paying, the vendor&apos;s steps and termination straight away.</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="76"/>
        <source>工業館：中小型製造業</source>
        <translation>Industrial pavilion: SME manufacturer</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="77"/>
        <source>補助專區：{kind}</source>
        <translation>Subsidy zone: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="85"/>
        <source>建立練習用會員中…</source>
        <translation>Creating the practice member…</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="106"/>
        <source>{kind}（PIN {pin}，已插入讀卡機）</source>
        <translation>the {kind} (PIN {pin}, already in the reader)</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="110"/>
        <source>示範卡 {card}</source>
        <translation>the demo card {card}</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="114"/>
        <source>練習用會員：{name}（{kind}）
  統一編號 {ubn}；到首頁「會員登入」輸入統一編號，用{card_line}登入，或用密碼 {password} 登入（只能查看）</source>
        <translation>Practice member: {name} ({kind})
  UBN {ubn}; under Member login on the start page type the UBN and log in with {card_line}, or with the password {password} (read only)</translation>
    </message>
    <message>
        <location filename="../../ui/training/practice_member.py" line="125"/>
        <source>已建立練習用會員：統一編號 {ubn}，登入方式列在示範資料最上面。</source>
        <translation>Practice member created: UBN {ubn}; how to log in is at the top of the demo data.</translation>
    </message>
</context>
<context>
    <name>PrivacyController</name>
    <message>
        <location filename="../../ui/support/privacy.py" line="52"/>
        <source>遠端協助隱私模式</source>
        <translation>Remote-assist privacy mode</translation>
    </message>
    <message>
        <location filename="../../ui/support/privacy.py" line="54"/>
        <source>遮蔽畫面上的身分證字號、姓名、電話、電子郵件、生日與卡號（{key}）</source>
        <translation>Mask national IDs, names, phone numbers, e-mail addresses, birthdays and card numbers on screen ({key})</translation>
    </message>
    <message>
        <location filename="../../ui/support/privacy.py" line="63"/>
        <source>關閉遠端協助隱私模式？</source>
        <translation>Turn off remote-assist privacy mode?</translation>
    </message>
    <message>
        <location filename="../../ui/support/privacy.py" line="65"/>
        <source>關閉後，畫面會顯示身分證字號、姓名、電話、電子郵件、生日與卡號；若有人正在遠端看您的畫面，請先結束遠端協助。確定要關閉嗎？</source>
        <translation>Once it is off, the screen shows ID numbers, names, phone numbers, e-mail addresses, birthdays and card numbers; if someone is watching your screen remotely, end the remote session first. Turn it off?</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="70"/>
        <location filename="../../ui/training/programme_tab.py" line="71"/>
        <source>補助計畫</source>
        <translation>Subsidy programme</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="74"/>
        <source>補助計畫決定點數上限、自付與點數的比例、方案最短月數與各項期限。可切換計畫年度、設定結束日與申請截止日，或標示補助額度用罄；會員專區與申請精靈下次更新時就會套用。</source>
        <translation>The subsidy programme sets the points caps, the self-pay : points ratio, the shortest plan and every deadline. Switch the programme year, set the end date and the last application day, or mark the budget spent; the member area and the application wizard apply it when they next refresh.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="80"/>
        <source>讀取補助計畫中…</source>
        <translation>Reading the programme…</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="84"/>
        <source>目前的補助計畫</source>
        <translation>Programme in force</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="88"/>
        <source>補助計畫年度</source>
        <translation>Programme year</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="94"/>
        <source>切換…</source>
        <translation>Switch…</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="94"/>
        <location filename="../../ui/training/programme_tab.py" line="326"/>
        <source>切換補助計畫</source>
        <translation>Switch programme</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="97"/>
        <source>換成選定的補助計畫；結束日、申請截止日與額度狀態回到該計畫的預設。</source>
        <translation>Run the programme chosen; its end date, last application day and budget state return to that programme&apos;s defaults.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="99"/>
        <source>計畫結束日</source>
        <translation>Programme end date</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="101"/>
        <location filename="../../ui/training/programme_tab.py" line="105"/>
        <source>設定…</source>
        <translation>Set…</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="101"/>
        <location filename="../../ui/training/programme_tab.py" line="343"/>
        <source>設定計畫結束日</source>
        <translation>Set the programme end date</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="103"/>
        <source>申請截止日</source>
        <translation>Last application day</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="105"/>
        <location filename="../../ui/training/programme_tab.py" line="358"/>
        <source>設定申請截止日</source>
        <translation>Set the last application day</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="108"/>
        <location filename="../../ui/training/programme_tab.py" line="278"/>
        <source>標示補助額度用罄…</source>
        <translation>Mark budget spent…</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="108"/>
        <location filename="../../ui/training/programme_tab.py" line="278"/>
        <location filename="../../ui/training/programme_tab.py" line="374"/>
        <source>標示補助額度用罄</source>
        <translation>Mark the budget spent</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="111"/>
        <source>重新讀取</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="111"/>
        <source>重新讀取補助計畫</source>
        <translation>Reload the programme</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="118"/>
        <source>計畫</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="124"/>
        <source>結束日</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="127"/>
        <source>申請截止</source>
        <translation>Apply until</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="200"/>
        <source>訓練用（本年度）</source>
        <translation>Training (this year)</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="201"/>
        <source>111年（種子 001、002）</source>
        <translation>ROC 111 (seeds 001, 002)</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="202"/>
        <source>110年（種子 004，含工業館）</source>
        <translation>ROC 110 (seed 004, 工業館)</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="211"/>
        <source>計畫結束為止</source>
        <translation>the end of the programme</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="215"/>
        <source>{name}（{year}年度）</source>
        <translation>{name} (ROC year {year})</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="218"/>
        <source>申請期間：{start} 起至 {until}</source>
        <translation>Applications: from {start} until {until}</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="221"/>
        <source>計畫結束日：{day}</source>
        <translation>Programme ends: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="222"/>
        <source>補助額度：已用罄（不再核發，退訂不返還點數）</source>
        <translation>Budget: spent (no new grants; terminations return no points)</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="224"/>
        <source>補助額度：尚有額度</source>
        <translation>Budget: available</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="228"/>
        <source>• {pavilion}：點數上限 {cap}；自付：點數 {ratio}；方案至少 {months} 個月</source>
        <translation>• {pavilion}: up to {cap}; self-pay : points {ratio}; plans of at least {months} months</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="236"/>
        <source>；點數須於 {day} 前使用</source>
        <translation>; points must be used by {day}</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="276"/>
        <source>恢復補助額度…</source>
        <translation>Budget available again…</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="276"/>
        <location filename="../../ui/training/programme_tab.py" line="381"/>
        <source>恢復補助額度</source>
        <translation>Make the budget available again</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="312"/>
        <source>補助計畫沒有變更。</source>
        <translation>The programme was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="328"/>
        <source>要把訓練平台換成「{label}」嗎？
點數上限、比例、方案最短月數與各項期限都會改變；結束日、申請截止日與額度狀態回到這個計畫的預設。已核發的點數仍依核發時的計畫。</source>
        <translation>Switch the training platform to “{label}”?
Points caps, ratios, shortest plans and deadlines change; the end date, last application day and budget state return to this programme&apos;s defaults. Points already granted keep the terms they were granted under.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="334"/>
        <source>訓練平台現在使用「{label}」。</source>
        <translation>The training platform now runs “{label}”.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="345"/>
        <source>要把計畫結束日設為 {day} 嗎？
結束後不能再使用點數，退訂也不返還點數。</source>
        <translation>Set the programme end date to {day}?
After it, points can no longer be used and terminations return no points.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="349"/>
        <source>計畫結束日已設為 {day}。</source>
        <translation>The programme now ends on {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="360"/>
        <source>要把申請截止日設為 {day} 嗎？
截止後不再核發點數，返還的點數也不能再申請重新開通。</source>
        <translation>Set the last application day to {day}?
After it, no points are granted and returned points can no longer be re-opened.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="364"/>
        <source>申請截止日已設為 {day}。</source>
        <translation>Applications now close after {day}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="376"/>
        <source>要標示補助額度已用罄嗎？
之後不再核發點數，退訂也不返還點數；已核發的點數仍可使用。</source>
        <translation>Mark the subsidy budget as spent?
From then on no points are granted and terminations return no points; points already granted can still be used.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="379"/>
        <source>補助額度已標示為用罄。</source>
        <translation>The budget is now marked spent.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="382"/>
        <source>要恢復補助額度嗎？
之後又可以核發點數，退訂也依規定返還點數。</source>
        <translation>Make the budget available again?
Points are granted again and terminations return points as the rules say.</translation>
    </message>
    <message>
        <location filename="../../ui/training/programme_tab.py" line="383"/>
        <source>補助額度已恢復。</source>
        <translation>The budget is available again.</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <location filename="../../ui/member/reminders.py" line="31"/>
        <source>臺灣雲市集 會員中心</source>
        <translation>Taiwan Cloud Marketplace member centre</translation>
    </message>
    <message>
        <location filename="../../ui/member/reminders.py" line="39"/>
        <source>訂單期限將至：{name}</source>
        <translation>Order deadline soon: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/member/reminders.py" line="40"/>
        <source>訂單 {id}：{day}截止（{countdown}）</source>
        <translation>Order {id}: due {day} ({countdown})</translation>
    </message>
    <message>
        <location filename="../../ui/member/reminders.py" line="44"/>
        <source>請儘早使用點數</source>
        <translation>Use your points soon</translation>
    </message>
    <message>
        <location filename="../../ui/member/reminders.py" line="45"/>
        <source>{day}前未使用任何點數，{points}將全數返還系統。</source>
        <translation>If no point is used by {day}, all {points} go back to the system.</translation>
    </message>
    <message>
        <location filename="../../ui/member/reminders.py" line="49"/>
        <source>點數即將到期</source>
        <translation>Points expire soon</translation>
    </message>
    <message>
        <location filename="../../ui/member/reminders.py" line="50"/>
        <source>{points}將於 {day} 到期，未使用的點數將被收回。</source>
        <translation>{points} expire on {day}; unused points are reclaimed.</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="254"/>
        <source>自評結果與點數</source>
        <translation>Self-assessment result and points</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="255"/>
        <source>恭喜完成申請！以下是自評結果與推薦的解決方案類別。點數的使用期限請留意。</source>
        <translation>Congratulations, the application is complete! Below are your results and the recommended solution categories. Mind the deadlines of the points.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="259"/>
        <source>各構面分數</source>
        <translation>Scores per dimension</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="260"/>
        <source>各構面分數（0–100）</source>
        <translation>Scores per dimension (0–100)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="262"/>
        <source>推薦的解決方案類別</source>
        <translation>Recommended solution categories</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="264"/>
        <source>獲發點數</source>
        <translation>Points granted</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="269"/>
        <source>完成，回到首頁</source>
        <translation>Done, back to the start page</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="282"/>
        <source>（無）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="285"/>
        <source>本次獲發 {points:,} 點（1 點 = 新臺幣 1 元）。</source>
        <translation>{points:,} points granted (1 point = NT$1).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="290"/>
        <source>目前餘額：{balance:,} 點</source>
        <translation>Balance: {balance:,} points</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="294"/>
        <source>首次使用期限：{day}（到這天仍未使用任何點數，點數將全數返還系統）</source>
        <translation>First use by: {day} (if no point has been used by then, all points go back to the system)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="299"/>
        <source>點數到期日：{day}（之後剩餘點數收回，且不得再申請）</source>
        <translation>Points expire on: {day} (what remains is then reclaimed and cannot be applied for again)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/assessment_page.py" line="304"/>
        <source>點數已於先前獲發，這次自評不再另外發點。</source>
        <translation>The points were granted before; this self-assessment grants no more.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="33"/>
        <source>申請已完成</source>
        <translation>Application complete</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="35"/>
        <source>這個統一編號的申請步驟都已完成。請用「會員登入」查看點數、選購方案與追蹤訂單。</source>
        <translation>Every application step for this UBN is done. Use &quot;Member login&quot; to see points, buy solutions and follow orders.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="38"/>
        <source>資格審查中</source>
        <translation>Eligibility under review</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="40"/>
        <source>E-mail 已驗證。以稅籍登記身分申請，平台約需 1 個工作天確認資格；確認後會寄 E-mail 通知，屆時再開啟本程式完成數位自評檢測即可取得點數。</source>
        <translation>The e-mail address is verified. For a tax-registered business the platform needs about 1 working day to confirm eligibility; you will get an e-mail, then open this program again and complete the self-assessment to receive the points.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="49"/>
        <source>您填寫的資料都已送出並保存，不需要重填。</source>
        <translation>Everything you filled in was sent and kept; nothing needs to be typed again.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="52"/>
        <source>重新檢查審查結果</source>
        <translation>Check the review again</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="47"/>
        <location filename="../../ui/wizard/review_page.py" line="53"/>
        <location filename="../../ui/wizard/review_page.py" line="55"/>
        <source>回到首頁</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="65"/>
        <source>訓練模式：審查由平台時鐘決定，結果在下一個工作天 {day} 出來（{days} 天後）。請在「訓練面板」的「時鐘」分頁按「前進到下一個期限」（或前進 {days} 天），再按「重新檢查審查結果」。</source>
        <translation>Training mode: the platform clock decides the review; the result comes on the next working day, {day} ({days} days from now). In the training panel&apos;s Clock tab press Advance to the next deadline (or move {days} days forward), then press Check the review again.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="65"/>
        <source>訓練模式：審查由平台時鐘決定，結果在下一個工作天 {day} 出來（1 天後）。請在「訓練面板」的「時鐘」分頁按「前進到下一個期限」（或前進 1 天），再按「重新檢查審查結果」。</source>
        <translation>Training mode: the platform clock decides the review; the result comes on the next working day, {day} (1 day from now). In the training panel&apos;s Clock tab press Advance to the next deadline (or move 1 day forward), then press Check the review again.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="73"/>
        <source>已於 {at} 重新檢查：仍在審查中。</source>
        <translation>Checked again at {at}: still under review.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="1"/>
        <source>平台說明的原因：{reason}</source>
        <translation>Reason given by the platform: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/review_page.py" line="1"/>
        <source>也可以在「時鐘」分頁的「資格審查」直接按「核准」或「不核准」，這一頁會自動顯示結果。</source>
        <translation>You can also press Approve or Reject under Eligibility review in the Clock tab; this page then shows the outcome by itself.</translation>
    </message>
</context>
<context>
    <name>SignPages</name>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="28"/>
        <source>請輸入日期</source>
        <translation>Enter a date</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="32"/>
        <source>請以民國年輸入，例如 115年1月31日 或 115/1/31</source>
        <translation>Use an ROC date, e.g. 115年1月31日 or 115/1/31</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="223"/>
        <source>迄日須晚於起日</source>
        <translation>The end date must be after the start date</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="225"/>
        <source>迄日不可早於今天</source>
        <translation>The end date cannot be before today</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="274"/>
        <source>請輸入負責人姓名</source>
        <translation>Enter the responsible person&apos;s name</translation>
    </message>
</context>
<context>
    <name>PhoneRequester</name>
    <message>
        <location filename="../../ui/member/signing.py" line="139"/>
        <source>手機簽署</source>
        <translation>Signing on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/member/signing.py" line="140"/>
        <source>行動自然人憑證簽署</source>
        <translation>Signing with the mobile citizen certificate</translation>
    </message>
</context>
<context>
    <name>SignedRequestDialog</name>
    <message>
        <location filename="../../ui/member/signing.py" line="178"/>
        <source>送出中…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <location filename="../../ui/member/signing.py" line="188"/>
        <source>簽章並送出</source>
        <translation>Sign and send</translation>
    </message>
    <message>
        <location filename="../../ui/member/signing.py" line="192"/>
        <source>重試送出（不會重複處理）</source>
        <translation>Send again (it will not be processed twice)</translation>
    </message>
    <message>
        <location filename="../../ui/member/signing.py" line="196"/>
        <source>關閉</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/member/signing.py" line="249"/>
        <source>請依指示完成簽章…</source>
        <translation>Complete the signature as instructed…</translation>
    </message>
    <message>
        <location filename="../../ui/member/signing.py" line="282"/>
        <source>連線中斷，平台可能已經收到。請按「重試送出」：程式會用同一個識別碼詢問平台，不會重複處理。（{text}）</source>
        <translation>The connection dropped; the platform may already have it. Press &quot;Send again&quot;: the program asks with the same identifier, so nothing is processed twice. ({text})</translation>
    </message>
</context>
<context>
    <name>SolutionsPage</name>
    <message>
        <location filename="../../ui/member/solutions.py" line="63"/>
        <source>雲端方案</source>
        <translation>Cloud solutions</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="67"/>
        <source>方案類別</source>
        <translation>Solution category</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="70"/>
        <location filename="../../ui/member/solutions.py" line="86"/>
        <source>館別</source>
        <translation>Pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="71"/>
        <source>全部館別</source>
        <translation>All pavilions</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="76"/>
        <source>關鍵字，例如：電子發票</source>
        <translation>Keyword, e.g. 電子發票</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="77"/>
        <source>搜尋方案</source>
        <translation>Search solutions</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="79"/>
        <source>搜尋</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="84"/>
        <source>類別</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="97"/>
        <source>方案列表</source>
        <translation>Solution list</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="107"/>
        <source>方案規格與點數折抵試算</source>
        <translation>Plans and points estimate</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="110"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="111"/>
        <source>期程</source>
        <translation>Term</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="112"/>
        <source>方案價格</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="113"/>
        <source>點數折抵</source>
        <translation>Points</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="114"/>
        <source>自付款</source>
        <translation>Self-pay</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="115"/>
        <source>自付：點數</source>
        <translation>Self-pay :
points</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="125"/>
        <source>訂購所選方案</source>
        <translation>Order the chosen plan</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="155"/>
        <source>全部類別</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="164"/>
        <source>★ {name}（推薦）</source>
        <translation>★ {name} (recommended)</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="196"/>
        <source>★ </source>
        <translation>★ </translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="198"/>
        <source>{star}{name}
{vendor}｜{category}｜{pavilion}</source>
        <translation>{star}{name}
{vendor} | {category} | {pavilion}</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="256"/>
        <source>供應商：{vendor}
類別：{category}&#x3000;館別：{pavilion}
標籤：{tags}</source>
        <translation>Vendor: {vendor}
Category: {category}  Pavilion: {pavilion}
Tags: {tags}</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="271"/>
        <source>{n} 個月</source>
        <translation>{n} months</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="283"/>
        <source>此方案不在補助專區，不能使用點數折抵，也不能在這裡訂購。</source>
        <translation>This plan is not in the subsidy zone: points cannot pay for it, and it cannot be ordered here.</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="302"/>
        <source>試算以您目前的 {balance} 計算；點數最多折抵方案價格的 {share}，點數不足時差額由您自付。實際金額以平台報價為準。</source>
        <translation>The estimate uses your current {balance}; points pay at most {share} of the price, and you pay any shortfall. The platform&apos;s quote decides the actual amounts.</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="309"/>
        <source>不折抵點數：{plans}</source>
        <translation>No points for: {plans}</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="331"/>
        <source>以密碼登入只能查詢；訂購需要憑證卡或行動自然人憑證簽章。</source>
        <translation>A password login can only view; ordering needs a signature with a certificate card or the mobile citizen certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/member/solutions.py" line="212"/>
        <source>找不到符合條件的方案。請換個關鍵字，或把類別與館別改回「全部」再搜尋一次。</source>
        <translation>No solution matches. Try another keyword, or set the category and the pavilion back to “All” and search again.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/pages/start_page.py" line="23"/>
        <source>臺灣雲市集 數位點數申請</source>
        <translation>Taiwan Cloud Marketplace points application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="27"/>
        <source>中小企業、合作社與社會創新組織可申請數位點數，折抵購買雲端解決方案。請選擇要做的事：</source>
        <translation>SMEs, cooperatives and social innovation organisations can apply for digital points to pay for cloud solutions. What would you like to do?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="35"/>
        <source>新申請</source>
        <translation>New application</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="36"/>
        <source>輸入統一編號，驗證身分，完成授權、聲明與數位自評，取得點數</source>
        <translation>Enter the UBN, verify identity, sign authorisations and declarations, self-assess, get points</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="40"/>
        <source>會員登入</source>
        <translation>Member login</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="41"/>
        <source>查看點數、選購方案、追蹤訂單、付款、發票與退訂</source>
        <translation>Points, solutions, orders, payments, invoices and terminations</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="45"/>
        <source>說明與診斷</source>
        <translation>Help and diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="46"/>
        <source>各驗證方式需要什麼、常見問題，以及讀卡機與卡片的檢查</source>
        <translation>What each verification method needs, common problems, reader and card checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/start_page.py" line="65"/>
        <source>平台狀態</source>
        <translation>Platform status</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../ui/support/support_page.py" line="27"/>
        <source>說明與診斷</source>
        <translation>Help and diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/support_page.py" line="28"/>
        <source>說明</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../ui/support/support_page.py" line="29"/>
        <source>診斷</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/support_page.py" line="31"/>
        <location filename="../../ui/support/support_page.py" line="32"/>
        <source>返回首頁</source>
        <translation>Back to the start page</translation>
    </message>
    <message>
        <location filename="../../ui/support/support_page.py" line="47"/>
        <source>返回上一頁</source>
        <translation>Back to where you were</translation>
    </message>
</context>
<context>
    <name>SupportWiring</name>
    <message>
        <location filename="../../ui/support/wiring.py" line="270"/>
        <source>支援</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../ui/support/wiring.py" line="184"/>
        <location filename="../../ui/support/wiring.py" line="271"/>
        <source>說明與診斷</source>
        <translation>Help and diagnostics</translation>
    </message>
    <message>
        <location filename="../../ui/support/wiring.py" line="251"/>
        <source>已結束使用，這台電腦上沒有留下申請資料。</source>
        <translation>Session ended; no application data is left on this computer.</translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <location filename="../../ui/member/termination.py" line="56"/>
        <source>申請退訂</source>
        <translation>Terminate</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="67"/>
        <source>訂單 {id}：{plan}</source>
        <translation>Order {id}: {plan}</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="74"/>
        <location filename="../../ui/member/termination.py" line="80"/>
        <source>退訂日期</source>
        <translation>Termination date</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="76"/>
        <source>試算</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="102"/>
        <source>已使用月數</source>
        <translation>Months used</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="103"/>
        <source>履約進度</source>
        <translation>Contract progress</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="104"/>
        <source>退還自付款</source>
        <translation>Self-pay refunded</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="105"/>
        <source>返還點數</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="106"/>
        <source>返還點數可用至</source>
        <translation>Returned points usable until</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="57"/>
        <source>簽章並確認退訂</source>
        <translation>Sign and confirm the termination</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="89"/>
        <source>最早可選 {earliest}（今天或服務開始日）：退訂自今天起生效，不能回溯到過去的日期。</source>
        <translation>Earliest date: {earliest} (today or the service start). A termination takes effect today at the earliest and cannot be backdated.</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="109"/>
        <source>退訂怎麼算：方案以「月」計，未滿一個月以一個月計。
• 使用未達方案期程的一半：依剩餘月數比例，退還自付款，也返還點數。
• 使用已達一半（含）以上：自付款不退；依剩餘月數比例返還點數。
返還的點數可使用到原本的使用期限或「返還日起{days}個工作天」，以較晚者為準。</source>
        <translation>How a termination is settled: plans count in months, a started month counts as a whole month.
• Used less than half the term: the self-pay and the points are returned in proportion to the remaining months.
• Used half the term or more: no self-pay refund; points are returned in proportion to the remaining months.
Returned points stay usable until their original use-by date or {days} working days after the return, whichever is later.</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="119"/>
        <location filename="../../ui/member/termination.py" line="188"/>
        <source>以密碼登入只能查詢；退訂需要憑證卡或行動自然人憑證簽章。</source>
        <translation>A password login can only view; terminating needs a signature with a certificate card or the mobile citizen certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="151"/>
        <source>試算中…</source>
        <translation>Estimating…</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="162"/>
        <source>{used} / {term} 個月</source>
        <translation>{used} / {term} months</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="165"/>
        <source>已達二分之一（含）以上期程</source>
        <translation>Half the term or more reached</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="167"/>
        <source>未達二分之一期程</source>
        <translation>Less than half the term</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="182"/>
        <source>注意：平台結算與本機試算不同，以平台結算為準。</source>
        <translation>Note: the platform&apos;s settlement differs from the local estimate; the platform&apos;s settlement applies.</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="184"/>
        <source>補助額度已用罄：這次退訂不返還點數（自付款依規定計算）。</source>
        <translation>The subsidy budget is used up: this termination returns no points (the self-pay is settled by the rules).</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="186"/>
        <source>計畫已結束：這次退訂不返還點數（自付款依規定計算）。</source>
        <translation>The programme has ended: this termination returns no points (the self-pay is settled by the rules).</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="200"/>
        <source>退訂訂單 {id}，退還 {refund} 與 {points}</source>
        <translation>Terminate order {id}: refund {refund} and return {points}</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="58"/>
        <source>退訂送出中…</source>
        <translation>Sending the termination…</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="217"/>
        <source>退訂已完成。</source>
        <translation>The termination is done.</translation>
    </message>
    <message>
        <location filename="../../ui/member/termination.py" line="218"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../../ui/training/panel.py" line="101"/>
        <location filename="../../ui/training/panel.py" line="102"/>
        <source>訓練面板</source>
        <translation>Training panel</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="130"/>
        <location filename="../../ui/training/panel.py" line="204"/>
        <source>示範卡片</source>
        <translation>Demo cards</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="131"/>
        <source>手機核准</source>
        <translation>Phone approvals</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="133"/>
        <source>平台寄出的信</source>
        <translation>Platform e-mails</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="134"/>
        <source>平台時鐘</source>
        <translation>Platform clock</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="154"/>
        <source>訓練面板狀態</source>
        <translation>Training panel status</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="200"/>
        <source>選一張示範卡插入虛擬讀卡機；PIN 碼列在卡片名稱後面。取出卡片可練習「簽章中拔卡」。</source>
        <translation>Choose a demo card to insert into the virtual reader; its PIN follows its name. Remove the card to practise &quot;card pulled while signing&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="207"/>
        <source>（已過期）</source>
        <translation> (expired)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="208"/>
        <source>（已廢止）</source>
        <translation> (revoked)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="210"/>
        <source>{kind}·{holder} {who}{flags} — PIN {pin}</source>
        <translation>{kind} · {holder} {who}{flags} — PIN {pin}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="219"/>
        <source>插入卡片</source>
        <translation>Insert card</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="220"/>
        <source>取出卡片</source>
        <translation>Remove card</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="223"/>
        <location filename="../../ui/training/panel.py" line="294"/>
        <source>讀卡機中沒有卡片。</source>
        <translation>No card in the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="228"/>
        <location filename="../../ui/training/panel.py" line="231"/>
        <source>讀卡機有按鍵</source>
        <translation>Reader with keypad</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="256"/>
        <source>這台電腦使用實體讀卡機，請插入真正的卡片。</source>
        <translation>This computer uses a real reader; insert a real card.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="278"/>
        <source>已插入：{holder}</source>
        <translation>Inserted: {holder}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="309"/>
        <location filename="../../ui/training/panel.py" line="311"/>
        <source>讀卡機按鍵</source>
        <translation>Reader keypad</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="316"/>
        <source>讀卡機顯示</source>
        <translation>Reader display</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="322"/>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="324"/>
        <source>確認</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="326"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="327"/>
        <source>在讀卡機上取消</source>
        <translation>Cancel on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="340"/>
        <source>按鍵 {digit}</source>
        <translation>Key {digit}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="373"/>
        <source>請輸入 PIN 碼：{dots}</source>
        <translation>Enter PIN: {dots}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="376"/>
        <source>讀卡機沒有在等候 PIN 碼。</source>
        <translation>The reader is not waiting for a PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="381"/>
        <source>讀卡機正在等候 PIN 碼：請用「讀卡機按鍵」輸入並按確認。</source>
        <translation>The reader is waiting for the PIN: type it on the reader keypad and press OK.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="383"/>
        <source>讀卡機已結束 PIN 碼輸入。</source>
        <translation>The reader has ended PIN entry.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="398"/>
        <source>已換成有按鍵的讀卡機。</source>
        <translation>Switched to a reader with a keypad.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="398"/>
        <source>已換成沒有按鍵的讀卡機。</source>
        <translation>Switched to a reader without a keypad.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="407"/>
        <source>模擬負責人手機上的動作：程式顯示 QR Code 等待手機時，這裡會出現交易，按「核准」或「拒絕」。</source>
        <translation>Acts as the responsible person&apos;s phone: while the program waits for the phone, the transaction appears here; press &quot;Approve&quot; or &quot;Reject&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="411"/>
        <source>等待手機回應的交易</source>
        <translation>Transactions waiting for the phone</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="412"/>
        <source>核准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="413"/>
        <source>拒絕</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="464"/>
        <source>已在模擬手機上核准。</source>
        <translation>Approved on the simulated phone.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="466"/>
        <source>已在模擬手機上拒絕。</source>
        <translation>Rejected on the simulated phone.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="506"/>
        <source>平台上還沒有訂單。會員在會員中心下單後會列在這裡；還沒有會員，可在「資料」分頁建立練習用會員。</source>
        <translation>There are no orders on the platform yet. Orders a member places in the member area appear here; no member yet? Create a practice member on the Data tab.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="617"/>
        <source>平台寄出的 E-mail 與簡訊</source>
        <translation>E-mails and text messages the platform sent</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="618"/>
        <source>重新整理</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="632"/>
        <source>{at}&#x3000;寄給 {to}
主旨：{subject}
{body}</source>
        <translation>{at}  to {to}
Subject: {subject}
{body}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="639"/>
        <source>還沒有寄出任何信。</source>
        <translation>Nothing has been sent yet.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="651"/>
        <source>移動平台的時間，看看期限到了會發生什麼事（例如稅籍營利事業的資格審查、點數到期）。</source>
        <translation>Move the platform&apos;s clock to see what happens when deadlines pass (e.g. the review of tax-registered businesses, points expiring).</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="655"/>
        <source>平台目前時間</source>
        <translation>Platform&apos;s current time</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="659"/>
        <source>前進 1 天</source>
        <translation>Forward 1 day</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="660"/>
        <source>前進 7 天</source>
        <translation>Forward 7 days</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="661"/>
        <source>前進 1 個月</source>
        <translation>Forward 1 month</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="662"/>
        <source>前進 3 個月</source>
        <translation>Forward 3 months</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="672"/>
        <source>讀取平台時間</source>
        <translation>Read the platform time</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="692"/>
        <source>平台時間：{now}</source>
        <translation>Platform time: {now}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="733"/>
        <source>廠商確認接單期限已過，訂單由系統取消</source>
        <translation>The vendor did not confirm in time; the system cancels the order</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="734"/>
        <source>付款期限已過，訂單由系統取消</source>
        <translation>The payment deadline passed; the system cancels the order</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="735"/>
        <source>廠商開立發票期限已過</source>
        <translation>The vendor's invoice deadline passed</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="736"/>
        <source>廠商開通服務期限已過</source>
        <translation>The vendor's service start deadline passed</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="737"/>
        <source>方案期程結束</source>
        <translation>The plan's term ends</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="738"/>
        <source>資格審查結果</source>
        <translation>Eligibility review result</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="739"/>
        <source>點數首次使用期限已過</source>
        <translation>The points' first-use deadline passed</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="740"/>
        <source>點數使用期限已過</source>
        <translation>The points' use-by date passed</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="741"/>
        <source>返還點數的使用期限已過</source>
        <translation>Returned points' use-by date passed</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="746"/>
        <source>訂單 {order}：{what}</source>
        <translation>Order {order}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="748"/>
        <source>{applicant}：{what}</source>
        <translation>{applicant}: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="797"/>
        <source>示範申請單位與負責人</source>
        <translation>Demo applicants and responsible persons</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="130"/>
        <source>卡片</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="131"/>
        <source>手機</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="132"/>
        <source>廠商</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="132"/>
        <location filename="../../ui/training/panel.py" line="511"/>
        <source>廠商模擬</source>
        <translation>Vendor simulator</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="133"/>
        <source>信件</source>
        <translation>Mail</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="134"/>
        <source>時鐘</source>
        <translation>Clock</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="135"/>
        <source>資料</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="135"/>
        <source>示範資料與補助計畫</source>
        <translation>Demo data and subsidy programme</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="229"/>
        <location filename="../../ui/training/panel.py" line="230"/>
        <source>在讀卡機的按鍵上輸入 PIN 碼</source>
        <translation>Type the PIN on the reader&apos;s keys</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="263"/>
        <source>{holder} 的 PIN 碼：{pin}</source>
        <translation>PIN of {holder}: {pin}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="478"/>
        <source>扮演資訊服務廠商：選一筆訂單，按下廠商的下一步；會員中心會立即更新。</source>
        <translation>Act as the vendor: choose an order and press the vendor&apos;s next step; the member area updates at once.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="482"/>
        <source>平台上的訂單</source>
        <translation>Orders on the platform</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="488"/>
        <source>確認接單</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="489"/>
        <source>婉拒訂單</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="490"/>
        <source>標記已付款</source>
        <translation>Mark paid</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="491"/>
        <source>開立發票</source>
        <translation>Issue invoice</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="492"/>
        <source>開通服務</source>
        <translation>Start service</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="493"/>
        <source>請撥核銷</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="500"/>
        <source>一路做到「服務使用中」</source>
        <translation>Run to In service</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="502"/>
        <source>重新整理訂單</source>
        <translation>Reload orders</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="534"/>
        <source>{id}｜{applicant}｜{solution}
&#x3000;{status}</source>
        <translation>{id} | {applicant} | {solution}
  {status}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="598"/>
        <source>訂單 {id} 現在是「{status}」。</source>
        <translation>Order {id} is now: {status}.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="669"/>
        <source>下一個期限</source>
        <translation>Next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="670"/>
        <source>前進到下一個期限</source>
        <translation>Advance to the next deadline</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="674"/>
        <source>清除訓練資料…</source>
        <translation>Clear training data…</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="676"/>
        <source>刪除訓練平台上所有練習資料，回到示範資料的起點；會先詢問。</source>
        <translation>Deletes all practice data on the training platform and starts again from the demo data; asks first.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="703"/>
        <location filename="../../ui/training/panel.py" line="726"/>
        <source>目前沒有會由平台時鐘觸發的期限。</source>
        <translation>No deadline is waiting for the platform clock.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="760"/>
        <source>下一個期限：{title}（{on}，今天）</source>
        <translation>Next deadline: {title} ({on}, today)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="762"/>
        <source>下一個期限：{title}（{on}，1 天後）</source>
        <translation>Next deadline: {title} ({on}, in 1 day)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="707"/>
        <source>下一個期限：{title}（{on}，{days} 天後）</source>
        <translation>Next deadline: {title} ({on}, in {days} days)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="755"/>
        <source>清除訓練資料</source>
        <translation>Clear training data</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="757"/>
        <source>要刪除訓練平台上所有的練習資料嗎？
練習建立的會員、訂單、點數與平台時間都會清除，回到示範資料的起點；程式會回到首頁。這個動作無法復原。</source>
        <translation>Delete all practice data on the training platform?
Members, orders, points and the platform time made while practising are cleared and the demo data start again; the program returns to the start page. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="777"/>
        <source>沒有清除訓練資料。</source>
        <translation>The training data were not cleared.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="785"/>
        <source>訓練資料已清除，平台回到示範資料的起點。</source>
        <translation>The training data were cleared; the platform starts again from the demo data.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="833"/>
        <source>不符申請資格（練習被拒絕的情形）</source>
        <translation>Not eligible (to practise a refusal)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="835"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="841"/>
        <source>{name}（{kind}）
  統一編號 {ubn}；負責人 {person}，身分證字號 {id}，生日 {birthday}（{iso}），手機 {mobile}
  可用的驗證方式：{methods}</source>
        <translation>{name} ({kind})
  UBN {ubn}; responsible person {person}, ID {id}, birthday {birthday} ({iso}), mobile {mobile}
  Verification methods: {methods}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="136"/>
        <location filename="../../ui/training/panel.py" line="864"/>
        <source>課程</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="136"/>
        <source>訓練課程</source>
        <translation>Training lessons</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="874"/>
        <source>課程步驟</source>
        <translation>Lesson steps</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="876"/>
        <source>從頭開始這個課程</source>
        <translation>Start this lesson again</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="925"/>
        <source>課程已從頭開始。</source>
        <translation>The lesson starts again.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="940"/>
        <source>已完成：</source>
        <translation>Done: </translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="940"/>
        <source>未完成：</source>
        <translation>To do: </translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="946"/>
        <source>課程完成：{title}</source>
        <translation>Lesson complete: {title}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="798"/>
        <source>讀取示範資料中…</source>
        <translation>Reading the demo data…</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="798"/>
        <source>已前進 1 天到 {on}。</source>
        <translation>Moved 1 day forward to {on}. </translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="738"/>
        <source>已前進 {days} 天到 {on}。</source>
        <translation>Moved {days} days forward to {on}. </translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="742"/>
        <source>這段時間沒有期限生效。</source>
        <translation>No deadline took effect on the way.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="745"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="747"/>
        <source>；另有 {count} 項</source>
        <translation>; and {count} more</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="748"/>
        <source>生效的期限：{effects}</source>
        <translation>Deadlines that took effect: {effects}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>資格審查</source>
        <translation>Eligibility review</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>等待決定的資格審查</source>
        <translation>Eligibility reviews awaiting a decision</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>審查中的申請</source>
        <translation>Applications under review</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>不核准的原因（會告知申請人）</source>
        <translation>Reason for rejection (the applicant is told)</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>不核准</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>{applicant}（{ubn}）</source>
        <translation>{applicant} ({ubn})</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>目前沒有申請在資格審查中</source>
        <translation>No application is under review</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>已核准 {applicant} 的資格審查，帳號已啟用。</source>
        <translation>Approved the eligibility review of {applicant}; the account is active.</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>已不核准 {applicant} 的資格審查，原因：{reason}</source>
        <translation>Rejected the eligibility review of {applicant}. Reason: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/training/panel.py" line="1"/>
        <source>不核准的原因（會告知申請人）：</source>
        <translation>Reason for rejection (the applicant is told):</translation>
    </message>
</context>
<context>
    <name>TrainingPaymentDialog</name>
    <message>
        <location filename="../../ui/member/payment.py" line="79"/>
        <source>付款（訓練平台）</source>
        <translation>Payment (training platform)</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="82"/>
        <source>訓練模式：這是練習用的付款頁，不會真的扣款。</source>
        <translation>Training mode: a practice payment page; nothing is really charged.</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="84"/>
        <source>訂單編號：{id}
方案：{plan}
應付自付款：{amount}</source>
        <translation>Order number: {id}
Plan: {plan}
Self-pay due: {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="91"/>
        <source>確認付款 {amount}</source>
        <translation>Pay {amount}</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="107"/>
        <source>付款中…</source>
        <translation>Paying…</translation>
    </message>
    <message>
        <location filename="../../ui/member/payment.py" line="112"/>
        <source>付款完成。訂單會改為「已付款，廠商開立發票中」。</source>
        <translation>Paid. The order now waits for the vendor&apos;s invoice.</translation>
    </message>
</context>
<context>
    <name>UbnPage</name>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="32"/>
        <source>中小企業</source>
        <translation>SME</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="33"/>
        <source>稅籍營利事業</source>
        <translation>Tax-registered business</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="34"/>
        <source>合作社</source>
        <translation>Cooperative</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="35"/>
        <source>社會創新組織</source>
        <translation>Social innovation organisation</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="47"/>
        <source>請輸入 8 位數統一編號</source>
        <translation>Enter the 8-digit UBN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="49"/>
        <source>統一編號只有數字</source>
        <translation>A UBN has digits only</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="51"/>
        <source>統一編號共 8 位數（目前 {n} 位）</source>
        <translation>A UBN has 8 digits ({n} so far)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="55"/>
        <source>檢查碼不正確，請核對營業登記上的統一編號</source>
        <translation>The check digit is wrong; compare with the UBN on the business registration</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="93"/>
        <source>新申請：統一編號</source>
        <translation>New application: UBN</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="95"/>
        <source>請輸入申請單位的統一編號。平台會告訴您申請身分與可以使用的驗證方式；接著請選一種您手邊有的方式。</source>
        <translation>Enter the applicant&apos;s UBN (統一編號). The platform tells you the applicant type and the verification methods it may use; then choose one you have at hand.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="103"/>
        <source>統一編號</source>
        <translation>UBN (統一編號)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="106"/>
        <source>8 位數字；輸入時會即時檢查檢查碼</source>
        <translation>8 digits; the check digit is checked as you type</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="109"/>
        <source>查詢</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="129"/>
        <source>請選擇驗證方式</source>
        <translation>Choose a verification method</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="142"/>
        <source>開始驗證</source>
        <translation>Start verification</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="155"/>
        <source>有尚未完成的申請，資料已安全保存。要繼續嗎？</source>
        <translation>There is an unfinished application, safely saved. Continue it?</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="159"/>
        <source>繼續統一編號 {ubn} 的申請</source>
        <translation>Continue the application of UBN {ubn}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="207"/>
        <source>{name}
統一編號 {ubn} · 申請身分：{kind}</source>
        <translation>{name}
UBN {ubn} · applicant type: {kind}</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="218"/>
        <source>這個統一編號已是會員：驗證後會接著完成尚未完成的步驟。</source>
        <translation>This UBN is already a member: after verification you continue with the steps still open.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="245"/>
        <source>請先輸入統一編號並按「查詢」。</source>
        <translation>Enter the UBN and press Look up first.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="247"/>
        <source>請選擇一種驗證方式。</source>
        <translation>Choose a verification method.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/ubn_page.py" line="249"/>
        <source>請選擇要申請的點數類別。</source>
        <translation>Choose which points to apply for.</translation>
    </message>
</context>
<context>
    <name>WizardPage</name>
    <message>
        <location filename="../../ui/wizard/base.py" line="60"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/base.py" line="62"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
</context>
<context>
    <name>_SigningPage</name>
    <message>
        <location filename="../../ui/wizard/sign_pages.py" line="97"/>
        <source>請先勾選每一項必要的同意，並填妥所有必填欄位。</source>
        <translation>Tick every required agreement and fill in every required field first.</translation>
    </message>
</context>
<context>
    <name>consents</name>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="15"/>
        <source>蒐集個人資料告知事項暨個人資料提供同意書</source>
        <translation>Notice on the collection of personal data and consent to provide personal data</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="17"/>
        <source>數位發展部數位產業署（以下簡稱本署）為遵守個人資料保護法規定，於向您蒐集個人資料前，依法向您告知下列事項：</source>
        <translation>To comply with the Personal Data Protection Act, the Administration for Digital Industries, Ministry of Digital Affairs (the &quot;Administration&quot;) informs you of the following before collecting your personal data:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="23"/>
        <source>一、本署因「引領中小微型企業數位轉型戰略攻頂計畫」（以下簡稱本計畫）之執行業務等目的，而獲取您下列個人資料類別：姓名、電話、電子郵件、性別、職稱。如您使用組織及團體憑證IC 卡、申請單位負責人之自然人憑證或手機認證方式，以接受本計畫提供之各項服務，本署亦將蒐集申請單位負責人國民身分證統一編號。</source>
        <translation>1. For purposes such as carrying out the &quot;Programme leading micro, small and medium enterprises to the summit of digital transformation&quot; (the &quot;Programme&quot;), the Administration obtains the following categories of your personal data: name, telephone, e-mail, gender and job title. If you use an organisation certificate card, the responsible person&apos;s citizen certificate or phone verification to receive the Programme&apos;s services, the Administration also collects the national ID number of the applicant&apos;s responsible person.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="29"/>
        <source>二、除涉及國際業務或活動外，您的個人資料僅供本署於中華民國領域、在前述蒐集目的之必要範圍內，以合理方式利用至蒐集目的消失為止。</source>
        <translation>2. Except for international business or activities, your personal data is used by the Administration only within the territory of the Republic of China, within what the purposes above require, in a reasonable manner, until those purposes cease.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="35"/>
        <source>三、您可依個人資料保護法第 3 條規定，向本署（臺灣雲市集客服電話 0809-092-091）行使查詢或請求閱覽、製給複製本、補充或更正、停止蒐集／處理／利用或刪除您的個人資料。另依個人資料保護法第 14 條規定，本署得酌收行政作業費用。</source>
        <translation>3. Under Article 3 of the Personal Data Protection Act you may ask the Administration (Taiwan Cloud Marketplace service line 0809-092-091) to let you inspect or review your personal data, provide copies, supplement or correct it, stop collecting, processing or using it, or delete it. Under Article 14 of the Act the Administration may charge an administrative fee.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="41"/>
        <source>四、若您未提供正確或不提供個人資料，本署將無法為您提供蒐集目的之相關服務。</source>
        <translation>4. If you do not provide correct personal data, or none, the Administration cannot provide you with the services of the purposes above.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="46"/>
        <source>五、您瞭解此一條款符合個人資料保護法及相關法規之要求，且同意本署留存本同意書，供日後取出查驗。</source>
        <translation>5. You understand that this clause meets the requirements of the Personal Data Protection Act and related regulations, and agree that the Administration keeps this consent for later inspection.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="52"/>
        <source>六、本署因業務需要而委託其他機關處理您的個人資料時，本署將會善盡監督之責。</source>
        <translation>6. When the Administration entrusts another agency with processing your personal data for its business needs, it will supervise that agency diligently.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="57"/>
        <source>本人已充分知悉貴署上述告知事項，並同意貴署蒐集、處理、利用本人之個人資料，以及其他公務機關請求行政協助目的之提供。</source>
        <translation>I fully understand the notice above and agree that the Administration collects, processes and uses my personal data, and provides it to other government agencies that request administrative assistance.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="62"/>
        <source>聲明事項</source>
        <translation>Declarations</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="64"/>
        <source>茲聲明本單位參與數位發展部數位產業署「引領中小微型企業數位轉型戰略攻頂計畫」及下列所載事項：</source>
        <translation>We hereby declare, as participants in the Administration for Digital Industries&apos; &quot;Programme leading micro, small and medium enterprises to the summit of digital transformation&quot;, the following:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="71"/>
        <source>一、本單位為符合「臺灣雲市集平台數位點數補助作業點數申請須知」所定義之中小微型企業、合作社或社會創新組織。</source>
        <translation>1. We are a micro, small or medium enterprise, a cooperative or a social innovation organisation as defined in the &quot;Points application notes of the Taiwan Cloud Marketplace digital points subsidy&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="76"/>
        <source>二、本單位最近 3 年內無執行政府計畫之重大違約紀錄。</source>
        <translation>2. We have no record of a serious breach in carrying out a government programme in the last 3 years.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="78"/>
        <source>三、本單位最近 3 年內無違反環境保護、勞工、食品安全衛生或身心障礙者權益保障之相關法律規定且經各目的事業主管機關認定情節重大之情事。</source>
        <translation>3. In the last 3 years we have not violated laws on environmental protection, labour, food safety and hygiene or the rights of persons with disabilities in a way the competent authority found serious.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="84"/>
        <source>四、本單位非為陸資企業、外國營利事業在臺設立之分公司及本國企業分公司。</source>
        <translation>4. We are not a Mainland-Chinese-capital enterprise, a Taiwan branch of a foreign business, or a branch of a domestic company.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="89"/>
        <source>五、本單位未獲得下列政府補助或輔導計畫：（一）其他雲世代產業數位轉型之小額計畫。（二）已向臺灣雲市集平台申請且使用數位點數。</source>
        <translation>5. We have not received the following government subsidies or assistance: (1) another small-amount cloud-era industrial digital transformation programme; (2) digital points applied for and used on the Taiwan Cloud Marketplace.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="95"/>
        <source>六、本單位自願受「臺灣雲市集平台數位點數補助作業點數申請須知」之拘束，另已透過遴選通過資訊服務廠商充分了解雲端解決方案之相關權利義務。</source>
        <translation>6. We voluntarily accept the &quot;Points application notes of the Taiwan Cloud Marketplace digital points subsidy&quot;, and through the selected IT service vendors we fully understand the rights and obligations of the cloud solutions.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="101"/>
        <source>七、本單位瞭解契約方案費用內容僅限於與遴選通過資訊服務廠商所簽訂之雲端解決方案。</source>
        <translation>7. We understand that the plan fees of a contract cover only the cloud solutions contracted with selected IT service vendors.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="107"/>
        <source>八、本單位瞭解補助申請流程係由經本計畫遴選通過資訊服務廠商與受補助對象完成雲端解決方案簽約、導入並使用；本單位使用雲端解決方案期間，應配合完成方案使用評價之問卷調查；於契約期程結束後，由資訊服務廠商向本計畫執行單位辦理請撥及核銷作業。</source>
        <translation>8. We understand that in the subsidy process the vendor selected by the Programme and the subsidised party sign, deploy and use the cloud solution; while using it we will answer the questionnaire evaluating the plan; after the contract term the vendor claims and settles the subsidy with the Programme&apos;s executing agency.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="113"/>
        <source>九、本單位同意配合自使用雲端解決方案起至使用結束後 3 年內接受滿意度調查、績效追蹤及相關成果展示。</source>
        <translation>9. We agree to take part in satisfaction surveys, performance tracking and showcases from the start of use until 3 years after its end.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="119"/>
        <source>十、本單位同意提出可佐證本單位與資訊服務廠商契約關係仍繼續存續及雲端解決方案仍持續使用之相關數據資料予數位發展部數位產業署，並同意數位發展部數位產業署得於去識別化後引用相關數據資料進行分析及利用。</source>
        <translation>10. We agree to provide the Administration for Digital Industries with data showing that our contract with the vendor continues and that the cloud solution is still in use, and agree that the Administration may analyse and use that data after de-identification.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="175"/>
        <source>工業館申請聲明（中小型製造業者）</source>
        <translation>Industry pavilion declaration (small and medium manufacturers)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="177"/>
        <source>本單位為依法辦理工廠登記（依法免辦工廠登記者，已備妥主管機關核發之證明文件）之中小型製造業者，年營業收入新臺幣20億元以下（以財政部營業人銷售額與稅額申報書(401)為準）。</source>
        <translation>We are a small or medium manufacturer with a factory registration (or, where the law exempts us from registering, a certificate issued by the competent authority), with annual revenue of at most NT$2 billion (as filed on the Ministry of Finance sales and tax return, form 401).</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="183"/>
        <source>本單位未曾獲得下列雲世代產業數位轉型相關計畫補助（包含但不限下列計畫）：</source>
        <translation>We have not been subsidised by any cloud-era digital transformation programme, including but not limited to:</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="188"/>
        <source>本單位聲明上述內容屬實，並瞭解已獲雲世代產業數位轉型相關計畫補助者不得申請工業館數位點數。</source>
        <translation>We declare the above to be true and understand that organisations subsidised by a cloud-era digital transformation programme may not apply for industry pavilion points.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="69"/>
        <source>本單位已明確了解上述聲明內容，並且同意遵守所有規定。</source>
        <translation>We clearly understand the declarations above and agree to abide by all the rules.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="124"/>
        <source>附表2 企業授權書-1（勞保投保人數查詢）</source>
        <translation>Form 2 Business authorisation 1 (labour-insurance headcount query)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="126"/>
        <source>立書人茲瞭解並同意數位發展部數位產業署及其委託之「引領中小微型企業數位轉型戰略攻頂計畫」執行單位，得依本授權書及個人資料保護法或相關法規，於業務特定目的範圍內，查調、蒐集、處理、利用經濟部中小企業處及其介接機關(勞動部勞工保險局)提供之立書人一切業務往來之介接資料，惟該特定目的消失時，在合理作業期間內應停止處理及利用該資料。</source>
        <translation>The authorising party understands and agrees that the Administration for Digital Industries and the executing agency it entrusted with the Programme may, under this authorisation and the Personal Data Protection Act or related regulations, within the specific business purpose, query, collect, process and use all data on the authorising party&apos;s dealings provided by the Small and Medium Enterprise Administration of the Ministry of Economic Affairs and its connected agency (Bureau of Labor Insurance, Ministry of Labor); when that purpose ceases, processing and use of the data shall stop within a reasonable time.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="132"/>
        <source>數位發展部數位產業署及其委託之「引領中小微型企業數位轉型戰略攻頂計畫」執行單位對介接資料之使用，如違反個人資料保護法相關規定，致當事人權益受損害者，應負相關法律責任。</source>
        <translation>If the Administration for Digital Industries or its entrusted executing agency uses the connected data in violation of the Personal Data Protection Act and harms the rights of the data subject, they bear the legal liability.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="138"/>
        <source>立書人授權介接資料使用單位查調之介接資料包括：1.查詢項目：勞保投保人數。2.單次授權僅限發查一次，惟查詢未成功，且原因為後端系統問題者，得於授權期間重新查詢至成功查詢資料為止。3.查詢結果可供列印及存取。</source>
        <translation>The data the authorising party allows to be queried: 1. Item: labour-insurance headcount. 2. One authorisation allows one query; if a query fails because of a back-end system problem, it may be repeated within the validity period until it succeeds. 3. The results may be printed and stored.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="143"/>
        <source>此致 經濟部中小企業處</source>
        <translation>To: Small and Medium Enterprise Administration, Ministry of Economic Affairs</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="145"/>
        <source>附表3 企業授權書-2（營業登記資料查詢）</source>
        <translation>Form 3 Business authorisation 2 (business registration data query)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="147"/>
        <source>立書人茲瞭解並同意經濟部中小企業處（下稱本處）、「經依『經濟部中小企業處中小企業融資服務平台介接公務及非公務機關電子資料使用管理規範』（下稱本規範）規定取得並使用加值資料之第二類及第三類單位」（係指臺灣雲市集平台，下稱原介接單位），以及前揭機構之資料使用者，得依本授權書及個人資料保護法或相關法規，於業務特定目的範圍內，查調、蒐集、處理及利用財政部財政資訊中心、勞動部勞工保險局、經濟部商業司、經濟部工業局、台灣電力股份有限公司、台灣自來水股份有限公司、臺北自來水事業處等介接機關提供之立書人一切業務往來之加值資料，惟該特定目的消失時，前揭機構之資料使用者應於合理作業期間內應停止處理及利用該加值資料。</source>
        <translation>The authorising party understands and agrees that the Small and Medium Enterprise Administration (the &quot;Administration&quot;), the category 2 and 3 units that obtain and use value-added data under the &quot;Rules on the use of electronic data of government and non-government agencies connected to the SME financing service platform&quot; (the &quot;Rules&quot;) — meaning the Taiwan Cloud Marketplace platform (the &quot;original connected unit&quot;) — and the data users of these bodies may, under this authorisation and the Personal Data Protection Act or related regulations, within the specific business purpose, query, collect, process and use all value-added data on the authorising party&apos;s dealings provided by the connected agencies: the Fiscal Information Agency (Ministry of Finance), the Bureau of Labor Insurance (Ministry of Labor), the Department of Commerce and the Industrial Development Bureau (Ministry of Economic Affairs), Taiwan Power Company, Taiwan Water Corporation and the Taipei Water Department; when that purpose ceases, the data users shall stop processing and using the data within a reasonable time.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="153"/>
        <source>本處對於原介接單位，同意於其因相關業務自經濟部中小企業處移撥他單位(數位發展部數位產業署)且內部系統倘未完成轉移前，配合原介接單位持續提供現行串接作業並共同對外提供服務。</source>
        <translation>The Administration agrees that, while the original connected unit&apos;s business moves from the Small and Medium Enterprise Administration to another agency (the Administration for Digital Industries, Ministry of Digital Affairs) and its internal systems have not yet moved, it keeps providing the current connection and serves the public together with the original connected unit.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="159"/>
        <source>本處、原介接單位，以及前揭機構之資料使用者對加值資料之使用，如有違法情事，致當事人權益受損害者，應負民事損害賠償及刑事責任。</source>
        <translation>If the Administration, the original connected unit or the data users of these bodies use the value-added data unlawfully and harm the rights of the data subject, they bear civil liability for damages and criminal liability.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="165"/>
        <source>立書人授權介接資料使用單位查調之介接資料包括：1. 查詢項目：營業登記資料。2. 單次授權僅限發查一次，惟查詢未成功，且原因為後端系統問題者，得於授權期間重新查詢至成功查詢資料為止。3. 查詢結果可供列印及存取。</source>
        <translation>The data the authorising party allows to be queried: 1. Item: business registration data. 2. One authorisation allows one query; if a query fails because of a back-end system problem, it may be repeated within the validity period until it succeeds. 3. The results may be printed and stored.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="171"/>
        <source>我已詳閱「中小企業融資服務平台蒐集個人資料告知事項暨個人資料提供同意書」。</source>
        <translation>I have read the &quot;SME financing service platform notice on the collection of personal data and consent to provide personal data&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard/consent_texts.py" line="144"/>
        <source>立書人同意上述授權內容，並以憑證簽署本授權書。</source>
        <translation>The authorising party agrees to the authorisation above and signs it with a certificate.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/errors.py" line="39"/>
        <source>智慧卡服務未啟動</source>
        <translation>Smart-card service not running</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>電腦的智慧卡服務（Smart Card / pcscd）沒有在執行，程式無法使用讀卡機。</source>
        <translation>The computer&apos;s smart-card service (Smart Card / pcscd) is not running, so the program cannot use the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="43"/>
        <source>請插上讀卡機；Windows 會自動啟動「智慧卡」服務。若仍無效，請重新開機或聯絡客服。</source>
        <translation>Plug in the reader; Windows starts the &quot;Smart Card&quot; service by itself. If that does not help, restart the computer or call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="49"/>
        <source>找不到讀卡機</source>
        <translation>No card reader found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="50"/>
        <source>電腦上沒有偵測到讀卡機。</source>
        <translation>No card reader was detected on this computer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="51"/>
        <source>請確認讀卡機已插在電腦的 USB 埠（指示燈亮起），必要時安裝讀卡機驅動程式後再試。</source>
        <translation>Check that the reader is plugged into a USB port (its light is on); install the reader&apos;s driver if needed, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="57"/>
        <source>讀卡機中沒有卡片</source>
        <translation>No card in the reader</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="58"/>
        <source>讀卡機中沒有偵測到憑證卡。</source>
        <translation>No certificate card was detected in the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="59"/>
        <source>請將憑證卡晶片朝上、朝讀卡機方向插到底。</source>
        <translation>Insert the certificate card fully, chip facing up and towards the reader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>卡片已被取出</source>
        <translation>The card was removed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>操作進行中卡片被取出，這次操作沒有完成。</source>
        <translation>The card was removed during the operation, which did not finish.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="64"/>
        <source>請重新插入卡片後再試一次；PIN 碼嘗試次數不受影響。</source>
        <translation>Insert the card again and retry; your PIN tries are not affected.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="67"/>
        <location filename="../../ui/errors.py" line="343"/>
        <source>卡片沒有回應</source>
        <translation>The card does not answer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>讀卡機無法讓卡片通電。</source>
        <translation>The reader could not power the card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="69"/>
        <source>請取出卡片、擦拭晶片後重新插入。</source>
        <translation>Take the card out, wipe the chip and insert it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="72"/>
        <source>卡片正被其他程式使用</source>
        <translation>The card is in use by another program</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="73"/>
        <source>另一個程式正在獨佔這張卡片。</source>
        <translation>Another program holds the card exclusively.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>請關閉其他正在使用憑證卡的程式（例如其他網站的簽章視窗）後再試。</source>
        <translation>Close other programs using the card (for example a signing window of a web site) and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="79"/>
        <location filename="../../ui/errors.py" line="331"/>
        <source>讀卡失敗</source>
        <translation>Card reading failed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="80"/>
        <source>與卡片溝通時發生錯誤。</source>
        <translation>Talking to the card failed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="81"/>
        <location filename="../../ui/errors.py" line="369"/>
        <source>請取出卡片重新插入後再試；若一再發生，請換一台讀卡機。</source>
        <translation>Take the card out, insert it again and retry; if it keeps happening, use another reader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>不支援的卡片</source>
        <translation>Unsupported card</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="85"/>
        <source>這張卡片不是工商憑證、自然人憑證或組織及團體憑證。</source>
        <translation>This card is not a business (工商), citizen (自然人) or organisation (組織及團體) certificate card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <location filename="../../ui/errors.py" line="430"/>
        <source>請改插申請單位適用的憑證卡。</source>
        <translation>Insert a certificate card that fits the applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="89"/>
        <source>PIN 碼錯誤</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="90"/>
        <source>PIN 碼不正確，還可以再試 {tries_left} 次。</source>
        <translation>The PIN is wrong; {tries_left} tries left.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="91"/>
        <source>請確認 PIN 碼後再輸入；連續輸錯會鎖卡。</source>
        <translation>Check the PIN and enter it again; repeated wrong PINs lock the card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="94"/>
        <source>卡片已鎖住</source>
        <translation>The card is locked</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="95"/>
        <source>PIN 碼錯誤次數過多，這張卡已被鎖住，無法簽章。</source>
        <translation>Too many wrong PINs: the card is locked and cannot sign.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="96"/>
        <source>自然人憑證請攜帶身分證至戶政事務所解鎖；工商憑證請洽工商憑證管理中心（moeaca.nat.gov.tw）申請解鎖。</source>
        <translation>Citizen certificate (自然人憑證): take your ID card to a household registration office (戶政事務所) to unlock it. Business certificate (工商憑證): ask the MOEA Certification Authority (工商憑證管理中心, moeaca.nat.gov.tw) to unlock it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="103"/>
        <location filename="../../ui/errors.py" line="313"/>
        <location filename="../../ui/errors.py" line="466"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="104"/>
        <source>您取消了 PIN 碼輸入，沒有簽章。</source>
        <translation>You cancelled the PIN entry; nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="105"/>
        <source>需要時再按一次「簽章」。</source>
        <translation>Press &quot;Sign&quot; again when ready.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="108"/>
        <source>已在讀卡機上取消</source>
        <translation>Cancelled on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="109"/>
        <source>讀卡機上按了取消鍵，沒有簽章，也沒有用掉 PIN 碼嘗試次數。</source>
        <translation>The Cancel key was pressed on the reader: nothing was signed and no PIN try was used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="110"/>
        <source>需要時再按一次「簽章」，然後在讀卡機上輸入 PIN 碼並按確認鍵。</source>
        <translation>When you are ready, press Sign again, then type the PIN on the reader and press its OK key.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="115"/>
        <source>讀卡機等候逾時</source>
        <translation>The reader timed out</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="116"/>
        <source>讀卡機等了太久都沒有輸入 PIN 碼，這次沒有簽章，也沒有用掉嘗試次數。</source>
        <translation>No PIN was typed on the reader in time: nothing was signed and no try was used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="119"/>
        <source>請再按一次「簽章」，看到讀卡機提示後，在讀卡機的按鍵上輸入 PIN 碼並按確認鍵。</source>
        <translation>Press Sign again; when the reader asks, type the PIN on its keypad and press its OK key.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="125"/>
        <source>讀卡機沒有按鍵</source>
        <translation>The reader has no keypad</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="126"/>
        <source>這台讀卡機不能在讀卡機上輸入 PIN 碼。</source>
        <translation>The PIN cannot be typed on this reader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="127"/>
        <source>請重新讀取卡片，然後在程式的視窗中輸入 PIN 碼。</source>
        <translation>Read the card again, then type the PIN in this program&apos;s window.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="130"/>
        <source>無法使用簽章元件</source>
        <translation>No signing component available</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="131"/>
        <source>找不到可以用這張卡片簽章的元件。</source>
        <translation>No component that can sign with this card was found.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="132"/>
        <source>請安裝並啟動 HiPKI 跨平台網頁元件（moica.nat.gov.tw），或安裝 HiCOS 卡片管理工具後再試。</source>
        <translation>Install and start the HiPKI cross-platform web component (moica.nat.gov.tw), or install the HiCOS card tool, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="138"/>
        <source>HiPKI 元件未啟動</source>
        <translation>HiPKI component not running</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="139"/>
        <source>HiPKI 跨平台網頁元件沒有在執行。</source>
        <translation>The HiPKI cross-platform web component is not running.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="140"/>
        <source>請從開始功能表啟動 HiPKI 跨平台網頁元件；尚未安裝者請至 moica.nat.gov.tw 下載。</source>
        <translation>Start the HiPKI cross-platform web component from the Start menu; if it is not installed, download it from moica.nat.gov.tw.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="146"/>
        <source>HiPKI 元件回報錯誤</source>
        <translation>The HiPKI component reported an error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="147"/>
        <source>HiPKI 跨平台網頁元件無法完成簽章。</source>
        <translation>The HiPKI cross-platform web component could not sign.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="148"/>
        <source>請重新插入卡片後再試；若一再發生，請重新啟動 HiPKI 元件。</source>
        <translation>Insert the card again and retry; if it keeps happening, restart the HiPKI component.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="152"/>
        <source>憑證已過期</source>
        <translation>The certificate has expired</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="153"/>
        <source>這張卡片的憑證已過有效期限，平台不會接受。</source>
        <translation>This card&apos;s certificate has expired; the platform will not accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="154"/>
        <source>自然人憑證請至戶政事務所辦理展期或換發；工商憑證請洽工商憑證管理中心。</source>
        <translation>Citizen certificate: renew or replace it at a household registration office (戶政事務所). Business certificate: contact the MOEA Certification Authority (工商憑證管理中心).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="159"/>
        <source>憑證尚未生效</source>
        <translation>The certificate is not valid yet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="160"/>
        <source>這張卡片的憑證還沒到生效日期。</source>
        <translation>This card&apos;s certificate is not valid yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="161"/>
        <source>請確認電腦的日期與時間正確。</source>
        <translation>Check that the computer&apos;s date and time are right.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="164"/>
        <source>無法確認憑證</source>
        <translation>Certificate not trusted</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="165"/>
        <source>這張卡片的憑證不是由政府憑證管理中心簽發。</source>
        <translation>This card&apos;s certificate was not issued by a government certification authority.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="166"/>
        <source>請改用工商憑證、自然人憑證或組織及團體憑證卡。</source>
        <translation>Use a business, citizen or organisation certificate card instead.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="169"/>
        <source>憑證已被廢止</source>
        <translation>The certificate was revoked</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="170"/>
        <source>這張卡片的憑證已被廢止（註銷），不能再使用。</source>
        <translation>This card&apos;s certificate was revoked and can no longer be used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="171"/>
        <source>請改用其他有效的憑證卡，或向發卡單位申請新卡。</source>
        <translation>Use another valid certificate card, or ask the issuer for a new card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="174"/>
        <source>卡片金鑰太短</source>
        <translation>The card&apos;s key is too short</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="175"/>
        <source>這張卡片使用不安全的短金鑰。</source>
        <translation>This card uses an unsafe short key.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="176"/>
        <source>請向發卡單位換發新卡。</source>
        <translation>Ask the issuer for a new card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="179"/>
        <source>不是簽章用憑證</source>
        <translation>Not a signing certificate</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="180"/>
        <source>卡片上的這張憑證不能用來簽章。</source>
        <translation>This certificate on the card cannot sign.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="181"/>
        <source>請改用卡片上的簽章憑證，或洽客服。</source>
        <translation>Use the card&apos;s signing certificate, or call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="184"/>
        <source>身分不符</source>
        <translation>Identity does not match</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="185"/>
        <source>這張憑證的身分與申請單位登記的資料不符。</source>
        <translation>This certificate&apos;s identity does not match the applicant&apos;s registered data.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="186"/>
        <source>工商憑證請使用本公司（統一編號相同）的卡；自然人憑證請由登記的負責人本人使用。</source>
        <translation>Business certificate: use the card of this company (same UBN). Citizen certificate: the registered responsible person must use their own card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="192"/>
        <source>簽章驗證失敗</source>
        <translation>Signature not verified</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="193"/>
        <source>平台無法驗證這次的簽章。</source>
        <translation>The platform could not verify this signature.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="194"/>
        <source>請重新插入卡片後再簽一次。</source>
        <translation>Insert the card again and sign once more.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="198"/>
        <source>統一編號不正確</source>
        <translation>UBN not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="199"/>
        <source>統一編號的檢查碼不正確。</source>
        <translation>The UBN&apos;s check digit is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="200"/>
        <source>請核對營業登記上的 8 位數統一編號後再輸入。</source>
        <translation>Compare with the 8-digit UBN on the business registration and enter it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="203"/>
        <source>查無此統一編號</source>
        <translation>UBN not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="204"/>
        <source>平台查不到這個統一編號的登記資料。</source>
        <translation>The platform has no registration data for this UBN.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="205"/>
        <source>請確認統一編號；新設立的單位可能需要幾天才會有資料。</source>
        <translation>Check the UBN; a newly registered business may take a few days to appear.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="208"/>
        <source>不符合申請資格</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="209"/>
        <source>依申請須知，這個單位不能申請數位點數。</source>
        <translation>Under the application notes, this applicant cannot apply for digital points.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="210"/>
        <source>原因如下；如有疑問請洽雲市集客服。</source>
        <translation>The reasons are below; for questions, call the Cloud Marketplace helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="213"/>
        <source>不能用這種方式驗證</source>
        <translation>Method not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="214"/>
        <source>這類申請單位不能使用所選的驗證方式。</source>
        <translation>This type of applicant cannot use the chosen verification method.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="215"/>
        <source>請回上一步，改選畫面上列出的驗證方式。</source>
        <translation>Go back and choose one of the methods listed on the screen.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="218"/>
        <source>驗證逾時</source>
        <translation>Verification timed out</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="219"/>
        <source>登入驗證碼已過期。</source>
        <translation>The login challenge has expired.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="220"/>
        <location filename="../../ui/errors.py" line="225"/>
        <location filename="../../ui/errors.py" line="622"/>
        <source>請重新開始登入。</source>
        <translation>Start the login again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="223"/>
        <source>驗證碼已使用</source>
        <translation>Challenge already used</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="224"/>
        <source>這個登入驗證碼已經用過。</source>
        <translation>This login challenge was already used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="228"/>
        <source>步驟順序不正確</source>
        <translation>Steps out of order</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="229"/>
        <source>請先完成前面的申請步驟。</source>
        <translation>Complete the earlier application steps first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="230"/>
        <source>程式會帶您回到尚未完成的步驟。</source>
        <translation>The program takes you back to the step still open.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="233"/>
        <source>既有客戶續約不能使用點數</source>
        <translation>Renewals by existing customers cannot use points</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="234"/>
        <source>您已是這家廠商這個方案的客戶，續約不能使用補助點數。</source>
        <translation>You are already a customer of this plan with this vendor; a renewal cannot use subsidy points.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="235"/>
        <source>請改選其他方案，或直接向廠商續約。</source>
        <translation>Choose another plan, or renew directly with the vendor.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="238"/>
        <source>方案不在補助範圍</source>
        <translation>Plan not subsidised</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="239"/>
        <source>這個方案不在補助專區，不能使用點數。</source>
        <translation>This plan is not in the subsidy zone and cannot use points.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="240"/>
        <source>請改選補助專區中的方案。</source>
        <translation>Choose a plan in the subsidy zone.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="243"/>
        <source>登入已逾時</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="244"/>
        <source>為了安全，您的登入已過期。</source>
        <translation>For your safety, your session has expired.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="245"/>
        <location filename="../../ui/errors.py" line="832"/>
        <location filename="../../ui/errors.py" line="837"/>
        <source>請重新登入；您填寫的資料已保存。</source>
        <translation>Log in again; what you filled in is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="248"/>
        <source>資料有誤</source>
        <translation>Some data needs fixing</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="249"/>
        <source>部分欄位需要修正。</source>
        <translation>Some fields need fixing.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="250"/>
        <source>請依欄位旁的說明修改後再送出。</source>
        <translation>Fix them as the notes beside each field say, then send again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="254"/>
        <source>無法連線</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="255"/>
        <source>無法連上雲市集平台。</source>
        <translation>The Cloud Marketplace platform cannot be reached.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="256"/>
        <source>請檢查網路連線或 Proxy 設定後再試；您填寫的資料已保存。</source>
        <translation>Check the network connection or proxy settings and try again; what you filled in is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="259"/>
        <source>連線逾時</source>
        <translation>Connection timed out</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="260"/>
        <source>平台太久沒有回應。</source>
        <translation>The platform took too long to answer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="261"/>
        <location filename="../../ui/errors.py" line="505"/>
        <location filename="../../ui/errors.py" line="652"/>
        <location filename="../../ui/errors.py" line="662"/>
        <source>請稍後再試；您填寫的資料已保存。</source>
        <translation>Try again later; what you filled in is saved.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="264"/>
        <source>安全連線失敗</source>
        <translation>Secure connection failed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="265"/>
        <source>無法確認平台的安全憑證。</source>
        <translation>The platform&apos;s security certificate could not be verified.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="266"/>
        <source>請確認電腦日期時間正確；公司網路若有 SSL 檢查，請洽網管。</source>
        <translation>Check the computer&apos;s date and time; if your company network inspects SSL, ask your network administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="269"/>
        <source>不安全的平台網址</source>
        <translation>Insecure platform address</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="270"/>
        <source>平台網址必須以 https:// 開頭。</source>
        <translation>The platform address must start with https://.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="271"/>
        <source>請確認設定中的平台網址。</source>
        <translation>Check the platform address in the settings.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="274"/>
        <location filename="../../ui/errors.py" line="289"/>
        <source>平台回應無法辨識</source>
        <translation>Unreadable platform answer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="275"/>
        <source>平台傳回的資料格式不正確。</source>
        <translation>The data the platform returned has the wrong shape.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="276"/>
        <location filename="../../ui/errors.py" line="291"/>
        <location filename="../../ui/errors.py" line="308"/>
        <source>請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。</source>
        <translation>Try again later; if it keeps happening, create a support file in &quot;Help and diagnostics&quot; for the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="332"/>
        <source>卡片操作沒有完成。</source>
        <translation>The card operation did not finish.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="333"/>
        <source>請取出卡片重新插入後再試；若一再發生，請用「說明與診斷」檢查讀卡機。</source>
        <translation>Take the card out, insert it again and retry; if it keeps happening, check the reader in &quot;Help and diagnostics&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="338"/>
        <source>讀卡功能已關閉</source>
        <translation>Card access is closed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="339"/>
        <source>程式正在結束，讀卡功能已停止。</source>
        <translation>The program is closing; card access has stopped.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="340"/>
        <source>請重新開啟程式。</source>
        <translation>Open the program again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="344"/>
        <source>卡片或讀卡機太久沒有回應。</source>
        <translation>The card or reader took too long to answer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="345"/>
        <source>請取出卡片重新插入後再試；若一再發生，請換一個 USB 埠或讀卡機。</source>
        <translation>Take the card out, insert it again and retry; if it keeps happening, use another USB port or reader.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="350"/>
        <source>卡片拒絕操作</source>
        <translation>The card refused</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="351"/>
        <source>卡片回報無法執行這個操作。</source>
        <translation>The card reports it cannot do this.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="352"/>
        <source>請確認插入的是申請單位適用的憑證卡，再試一次。</source>
        <translation>Check that the inserted card fits the applicant and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="355"/>
        <source>卡片內容不完整</source>
        <translation>Card content incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="356"/>
        <source>卡片上找不到憑證資料。</source>
        <translation>No certificate was found on the card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="357"/>
        <source>請確認是工商憑證、自然人憑證或組織及團體憑證卡；新卡請先完成開卡。</source>
        <translation>Check that it is a business, citizen or organisation certificate card; activate a new card first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="362"/>
        <source>卡片需要 PIN 碼</source>
        <translation>The card needs the PIN</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="363"/>
        <source>卡片要求先驗證 PIN 碼。</source>
        <translation>The card asks for the PIN first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="364"/>
        <source>請重新簽署並輸入 PIN 碼。</source>
        <translation>Sign again and enter the PIN.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="367"/>
        <source>卡片回應無法辨識</source>
        <translation>Unreadable card answer</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="368"/>
        <source>卡片傳回的資料不正確，這次簽章沒有使用。</source>
        <translation>The card returned wrong data; this signature was not used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="372"/>
        <location filename="../../ui/errors.py" line="408"/>
        <source>憑證無法使用</source>
        <translation>Certificate cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="373"/>
        <source>這張卡片的憑證沒有通過檢查（期限、用途或簽發單位）。</source>
        <translation>This card&apos;s certificate failed the checks (validity, usage or issuer).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="374"/>
        <source>請改用其他有效的憑證卡，或向發卡單位洽詢。</source>
        <translation>Use another valid certificate card, or ask the issuer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="386"/>
        <source>PIN 碼無法驗證</source>
        <translation>PIN not verified</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="387"/>
        <source>PIN 碼驗證沒有完成。</source>
        <translation>The PIN check did not finish.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="388"/>
        <source>請再試一次；連續輸錯會鎖卡。</source>
        <translation>Try again; repeated wrong PINs lock the card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="391"/>
        <source>PIN 碼格式不正確</source>
        <translation>PIN format not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="392"/>
        <source>PIN 碼須為 6 到 8 位英數字，這次沒有送到卡片，不影響嘗試次數。</source>
        <translation>A PIN has 6 to 8 letters or digits; this one was not sent to the card and cost no try.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="395"/>
        <source>請確認 PIN 碼後再輸入。</source>
        <translation>Check the PIN and enter it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="398"/>
        <source>HiPKI 元件拒絕連線</source>
        <translation>The HiPKI component refused</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="399"/>
        <source>HiPKI 跨平台網頁元件不允許本程式使用。</source>
        <translation>The HiPKI cross-platform web component does not allow this program.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="400"/>
        <source>請更新 HiPKI 跨平台網頁元件到最新版本後再試。</source>
        <translation>Update the HiPKI cross-platform web component to the latest version and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="403"/>
        <source>卡片元件錯誤</source>
        <translation>Card component error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="404"/>
        <source>HiCOS 卡片管理工具回報錯誤。</source>
        <translation>The HiCOS card tool reported an error.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="405"/>
        <source>請重新插入卡片；若一再發生，請重新安裝 HiCOS 卡片管理工具。</source>
        <translation>Insert the card again; if it keeps happening, reinstall the HiCOS card tool.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="409"/>
        <source>這張憑證沒有通過檢查。</source>
        <translation>This certificate failed the checks.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="410"/>
        <source>請改用其他有效的憑證卡。</source>
        <translation>Use another valid certificate card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="413"/>
        <source>憑證無法讀取</source>
        <translation>Certificate unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="414"/>
        <source>卡片上的憑證格式不正確。</source>
        <translation>The certificate on the card is malformed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="415"/>
        <source>請改用其他憑證卡，或向發卡單位洽詢。</source>
        <translation>Use another certificate card, or ask the issuer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="418"/>
        <source>廢止清冊不正確</source>
        <translation>Revocation list not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="419"/>
        <source>無法確認憑證是否已被廢止。</source>
        <translation>Whether the certificate was revoked could not be checked.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="420"/>
        <source>請稍後再試；若一再發生，請洽客服。</source>
        <translation>Try again later; if it keeps happening, call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="423"/>
        <location filename="../../ui/errors.py" line="433"/>
        <source>卡片種類不符</source>
        <translation>Wrong kind of card</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="424"/>
        <source>插入的卡片種類與選擇的驗證方式不同。</source>
        <translation>The inserted card is not the kind the chosen method needs.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="425"/>
        <source>請插入所選驗證方式的卡片，或回上一步改選驗證方式。</source>
        <translation>Insert the card of the chosen method, or go back and choose another method.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="428"/>
        <source>這張卡片不能用</source>
        <translation>This card cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="429"/>
        <source>這張卡片不能用來為這個申請單位驗證。</source>
        <translation>This card cannot verify identity for this applicant.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="434"/>
        <source>插入的卡片不是所選驗證方式需要的卡片。</source>
        <translation>The inserted card is not the card the chosen method needs.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="435"/>
        <source>請插入所選種類的卡片，或回上一步改選驗證方式。</source>
        <translation>Insert a card of the chosen kind, or go back and choose another method.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="438"/>
        <source>不是本公司的工商憑證</source>
        <translation>Not this company&apos;s business certificate</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="439"/>
        <source>這張工商憑證的統一編號是 {card_ubn}，與申請單位 {applicant_ubn} 不同。</source>
        <translation>This business certificate&apos;s UBN is {card_ubn}, not the applicant&apos;s {applicant_ubn}.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="442"/>
        <source>請插入統一編號 {applicant_ubn} 的工商憑證（正卡或附卡皆可）。</source>
        <translation>Insert the business certificate of UBN {applicant_ubn} (primary or secondary card).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="447"/>
        <source>不是負責人的自然人憑證</source>
        <translation>Not the responsible person&apos;s citizen certificate</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="448"/>
        <source>這張自然人憑證的身分證字號末 4 碼與您輸入的負責人身分證字號不同。</source>
        <translation>The last 4 digits of this citizen certificate&apos;s ID differ from the responsible person&apos;s ID you entered.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="451"/>
        <source>請由登記的負責人使用本人的自然人憑證，或確認輸入的身分證字號。</source>
        <translation>The registered responsible person must use their own citizen certificate; or check the ID you entered.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="456"/>
        <source>手機上拒絕了</source>
        <translation>Declined on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="457"/>
        <source>在手機上選擇了拒絕，沒有完成驗證或簽署。</source>
        <translation>The phone declined; nothing was verified or signed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="458"/>
        <location filename="../../ui/errors.py" line="862"/>
        <source>如要繼續，請再按一次並在手機上核准。</source>
        <translation>To go on, press again and approve on the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="461"/>
        <source>等待逾時</source>
        <translation>Timed out</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="462"/>
        <source>手機在時限內沒有回應。</source>
        <translation>The phone did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="463"/>
        <source>請再按一次，並在時限內於手機上完成。</source>
        <translation>Press again and finish on the phone in time.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="467"/>
        <source>您取消了等待手機。</source>
        <translation>You stopped waiting for the phone.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="468"/>
        <source>需要時再按一次。</source>
        <translation>Press again when ready.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="471"/>
        <source>驗證已結束</source>
        <translation>Verification closed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="472"/>
        <source>這筆手機驗證已經結束。</source>
        <translation>This phone verification is already closed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="473"/>
        <location filename="../../ui/errors.py" line="483"/>
        <source>請重新開始驗證。</source>
        <translation>Start the verification again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="476"/>
        <source>手機尚未核准</source>
        <translation>Not approved on the phone yet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="477"/>
        <source>手機還沒有核准這次簽署。</source>
        <translation>The phone has not approved this signature yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="478"/>
        <source>請在手機上核准後再試。</source>
        <translation>Approve on the phone, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="481"/>
        <source>找不到手機驗證</source>
        <translation>Phone verification not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="482"/>
        <source>平台找不到這筆手機驗證。</source>
        <translation>The platform cannot find this phone verification.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="486"/>
        <source>手機簽署已使用</source>
        <translation>Phone signature already used</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="487"/>
        <source>這次手機簽署已經用過。</source>
        <translation>This phone signature was already used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="488"/>
        <source>請重新簽署。</source>
        <translation>Sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="491"/>
        <source>門號驗證不符</source>
        <translation>Mobile number not matched</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="492"/>
        <source>電信業者查無此門號與負責人身分證字號、生日相符的月租型門號。</source>
        <translation>The carrier has no monthly-plan number matching the responsible person&apos;s ID and date of birth.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="493"/>
        <source>請確認輸入的生日與手機號碼；預付卡門號無法使用，可改用其他驗證方式。</source>
        <translation>Check the date of birth and the mobile number; prepaid numbers do not work — another verification method can be used.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="498"/>
        <source>身分證字號不正確</source>
        <translation>National ID not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="499"/>
        <source>身分證字號的格式或檢查碼不正確。</source>
        <translation>The national ID&apos;s format or check digit is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="500"/>
        <source>請核對負責人的身分證字號後再輸入。</source>
        <translation>Check the responsible person&apos;s national ID and enter it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="503"/>
        <source>平台連線錯誤</source>
        <translation>Platform connection error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="504"/>
        <source>與平台溝通時發生錯誤。</source>
        <translation>Talking to the platform failed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="508"/>
        <location filename="../../ui/errors.py" line="835"/>
        <source>尚未登入</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="509"/>
        <source>這個操作需要先驗證身分。</source>
        <translation>This needs identity verification first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="510"/>
        <source>請先完成身分驗證。</source>
        <translation>Verify identity first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="513"/>
        <source>無法繼續</source>
        <translation>Cannot go on</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="514"/>
        <source>這個步驟現在不能進行。</source>
        <translation>This step cannot be done now.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="515"/>
        <source>請依畫面說明完成前面的步驟。</source>
        <translation>Complete the earlier steps as the screen explains.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="518"/>
        <source>請先回答</source>
        <translation>Answer first</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="519"/>
        <source>這一題還沒有回答。</source>
        <translation>This question has no answer yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="520"/>
        <source>請選擇答案後再到下一題。</source>
        <translation>Choose an answer, then go to the next question.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="523"/>
        <source>已是第一題</source>
        <translation>First question</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="524"/>
        <source>前面沒有題目了。</source>
        <translation>There are no earlier questions.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="525"/>
        <source>請繼續作答。</source>
        <translation>Please go on answering.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="528"/>
        <source>答案不正確</source>
        <translation>Answer not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="529"/>
        <source>選擇的答案不適用於這一題。</source>
        <translation>The chosen answer does not fit this question.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="530"/>
        <source>請重新選擇。</source>
        <translation>Choose again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="533"/>
        <source>這題不需作答</source>
        <translation>No answer needed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="534"/>
        <source>依您前面的回答，這一題不需要作答。</source>
        <translation>Given your earlier answers, this question is not needed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="535"/>
        <source>請繼續其他題目。</source>
        <translation>Go on with the other questions.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="538"/>
        <source>找不到題目</source>
        <translation>Question not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="539"/>
        <source>自評題目已更新。</source>
        <translation>The self-assessment questions were updated.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="540"/>
        <source>請重新開始自評；已回答的題目會保留。</source>
        <translation>Start the self-assessment again; your answers are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="543"/>
        <source>不能更換驗證方式</source>
        <translation>Method cannot change</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="544"/>
        <source>一旦開始註冊以後，將無法切換驗證方式。</source>
        <translation>Once registration has started, the verification method cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="545"/>
        <source>請使用開始時選擇的驗證方式。</source>
        <translation>Use the method chosen at the start.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="548"/>
        <source>請選擇驗證方式</source>
        <translation>Choose a verification method</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="549"/>
        <source>還沒有選擇驗證方式。</source>
        <translation>No verification method chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="550"/>
        <source>請回上一步選擇驗證方式。</source>
        <translation>Go back and choose a verification method.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="553"/>
        <source>步驟已送出</source>
        <translation>Step already sent</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="554"/>
        <source>已送出的步驟無法返回修改。</source>
        <translation>A step that was sent cannot be changed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="555"/>
        <source>請繼續下一個步驟。</source>
        <translation>Go on with the next step.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="558"/>
        <source>請先完成此步驟</source>
        <translation>Finish this step first</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="559"/>
        <source>這個步驟還沒有完成。</source>
        <translation>This step is not finished.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="560"/>
        <source>請完成畫面上的項目後再繼續。</source>
        <translation>Complete the items on the screen, then go on.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="563"/>
        <source>不能更換統一編號</source>
        <translation>UBN cannot change</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="564"/>
        <source>已開始註冊，無法更換統一編號。</source>
        <translation>Registration has started; the UBN cannot change.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="565"/>
        <source>如要為其他單位申請，請回首頁重新開始新申請。</source>
        <translation>To apply for another applicant, start a new application from the start page.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="568"/>
        <source>請輸入統一編號</source>
        <translation>Enter the UBN</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="569"/>
        <source>還沒有輸入統一編號。</source>
        <translation>No UBN entered yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="570"/>
        <source>請回第一步輸入統一編號。</source>
        <translation>Go back to the first step and enter the UBN.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="573"/>
        <source>不需要這份授權書</source>
        <translation>Authorisation not needed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="574"/>
        <source>這個申請身分不需要簽署這份授權書。</source>
        <translation>This applicant type does not sign this authorisation.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="575"/>
        <source>程式會帶您到下一個步驟。</source>
        <translation>The program takes you to the next step.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="578"/>
        <source>資料不符合規定</source>
        <translation>Data does not meet the rules</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="579"/>
        <source>輸入的資料不符合申請須知的規定。</source>
        <translation>The data does not meet the application notes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="580"/>
        <source>請依畫面說明修正後再試。</source>
        <translation>Fix it as the screen explains and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="583"/>
        <source>訂單狀態不允許</source>
        <translation>Not allowed in this order status</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="584"/>
        <source>訂單目前的狀態不能進行這個操作。</source>
        <translation>The order&apos;s status does not allow this.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="585"/>
        <source>請重新整理訂單後再試。</source>
        <translation>Refresh the order and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="588"/>
        <source>帳號尚未啟用</source>
        <translation>Account not active yet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="589"/>
        <source>申請還沒有完成，帳號尚未啟用。</source>
        <translation>The application is not complete; the account is not active yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="590"/>
        <source>請先完成申請的所有步驟。</source>
        <translation>Complete every application step first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="593"/>
        <source>資格審查中</source>
        <translation>Eligibility under review</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="594"/>
        <source>以稅籍登記身分申請，平台約需 1 個工作天確認資格。</source>
        <translation>For a tax-registered business the platform needs about 1 working day to confirm eligibility.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="595"/>
        <source>審查通過後會寄 E-mail 通知，屆時再完成數位自評檢測。</source>
        <translation>You get an e-mail when it passes; then complete the self-assessment.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="598"/>
        <source>資格審查未通過</source>
        <translation>Eligibility review not passed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="599"/>
        <source>平台審查後認定這個申請單位不符合申請資格。</source>
        <translation>After its review the platform found this applicant not eligible.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="600"/>
        <source>如有疑問，請洽臺灣雲市集客服 0809-092-091。</source>
        <translation>For questions, call the Taiwan Cloud Marketplace helpdesk on 0809-092-091.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="603"/>
        <source>自評尚未完成</source>
        <translation>Self-assessment incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="604"/>
        <source>還有題目沒有回答。</source>
        <translation>Some questions have no answer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="605"/>
        <source>程式會帶您到還沒回答的題目。</source>
        <translation>The program takes you to the unanswered question.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="608"/>
        <source>請求不正確</source>
        <translation>Bad request</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="609"/>
        <source>平台無法處理這次的請求。</source>
        <translation>The platform could not handle this request.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="610"/>
        <location filename="../../ui/errors.py" line="692"/>
        <location filename="../../ui/errors.py" line="1031"/>
        <source>請再試一次；若一再發生，請用「說明與診斷」產生支援檔交給客服。</source>
        <translation>Try again; if it keeps happening, create a support file in &quot;Help and diagnostics&quot; for the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="615"/>
        <source>找不到示範卡</source>
        <translation>Demo card not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="616"/>
        <source>訓練平台找不到這張示範卡。</source>
        <translation>The training platform does not know this demo card.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="617"/>
        <source>請從訓練面板選擇示範卡。</source>
        <translation>Choose a demo card in the training panel.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="620"/>
        <source>登入驗證碼無效</source>
        <translation>Login challenge not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="621"/>
        <source>平台找不到這次的登入驗證碼。</source>
        <translation>The platform cannot find this login challenge.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="625"/>
        <source>需要同意</source>
        <translation>Consent needed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="626"/>
        <source>須同意個人資料蒐集及聲明事項才能繼續申請。</source>
        <translation>You must consent to the personal-data collection and accept the declarations to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="627"/>
        <source>請勾選同意後再簽署。</source>
        <translation>Tick the agreements, then sign.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="630"/>
        <source>簽署內容不符</source>
        <translation>Signed content does not match</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="631"/>
        <source>簽署的內容與送出的資料不一致，平台沒有接受。</source>
        <translation>What was signed differs from what was sent; the platform did not accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="632"/>
        <source>請重新簽署一次。</source>
        <translation>Sign once more.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="635"/>
        <source>驗證碼不正確</source>
        <translation>Wrong code</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="636"/>
        <source>輸入的 E-mail 驗證碼不正確。</source>
        <translation>The e-mail code is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="637"/>
        <source>請確認信件中的 6 位數驗證碼後再輸入。</source>
        <translation>Check the 6-digit code in the e-mail and enter it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="640"/>
        <source>請先填寫申請表</source>
        <translation>Fill in the form first</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="641"/>
        <source>平台還沒有收到點數申請表（附表1）。</source>
        <translation>The platform has not received the points application form (Form 1).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="642"/>
        <source>程式會帶您回到申請表。</source>
        <translation>The program takes you back to the form.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="645"/>
        <source>沒有權限</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="646"/>
        <source>這個操作不允許。</source>
        <translation>This is not allowed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="647"/>
        <source>請確認登入的是申請單位本身，或洽客服。</source>
        <translation>Check that you are logged in as the applicant, or call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="650"/>
        <source>平台回應錯誤</source>
        <translation>Platform error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="651"/>
        <source>平台回報錯誤。</source>
        <translation>The platform reported an error.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="655"/>
        <source>模擬的平台故障</source>
        <translation>Simulated platform fault</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="656"/>
        <source>訓練平台依設定模擬了一次故障。</source>
        <translation>The training platform simulated a fault, as set up.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="657"/>
        <location filename="../../ui/errors.py" line="873"/>
        <source>請再試一次。</source>
        <translation>Try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="660"/>
        <source>平台暫時無法處理</source>
        <translation>Platform temporarily unavailable</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="661"/>
        <source>平台發生內部錯誤。</source>
        <translation>The platform had an internal error.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="665"/>
        <source>自評答案有誤</source>
        <translation>Self-assessment answers not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="666"/>
        <source>答案包含不存在的題目或選項。</source>
        <translation>The answers name questions or options that do not exist.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="667"/>
        <source>請重新整理題目後再作答。</source>
        <translation>Reload the questions and answer again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="675"/>
        <source>帳號或密碼錯誤</source>
        <translation>Wrong account or password</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="676"/>
        <source>統一編號或密碼不正確。</source>
        <translation>The UBN or the password is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="677"/>
        <source>請確認後再試；忘記密碼可用憑證卡登入後重設。</source>
        <translation>Check and try again; if you forgot the password, log in with a certificate card and set a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="680"/>
        <source>退訂日期不正確</source>
        <translation>Termination date not valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="681"/>
        <source>選擇的退訂日期不正確。</source>
        <translation>The chosen termination date is not valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="682"/>
        <source>請改選服務期間內的日期。</source>
        <translation>Choose a date within the service period.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="685"/>
        <source>點數資料異常</source>
        <translation>Points record needs checking</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="686"/>
        <source>平台的點數紀錄需要人工確認。</source>
        <translation>The platform&apos;s points record needs a manual check.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="687"/>
        <source>請洽雲市集客服。</source>
        <translation>Call the Cloud Marketplace helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="690"/>
        <source>資料格式錯誤</source>
        <translation>Data format error</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="691"/>
        <source>平台無法讀取送出的資料。</source>
        <translation>The platform could not read the data sent.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="697"/>
        <source>平台不支援此操作</source>
        <translation>Not supported by the platform</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="698"/>
        <source>平台不接受這個操作。</source>
        <translation>The platform does not accept this operation.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="699"/>
        <location filename="../../ui/errors.py" line="842"/>
        <source>請更新程式到最新版本。</source>
        <translation>Update the program to the latest version.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="702"/>
        <source>找不到通知</source>
        <translation>Notification not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="703"/>
        <source>找不到這則通知。</source>
        <translation>This notification cannot be found.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="704"/>
        <source>請重新整理通知。</source>
        <translation>Refresh the notifications.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="707"/>
        <source>無法取消</source>
        <translation>Cannot cancel</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="708"/>
        <source>這筆訂單目前不能取消。</source>
        <translation>This order cannot be cancelled now.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="709"/>
        <source>付款後如要停止服務，請改用退訂。</source>
        <translation>After payment, use termination to stop the service.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="712"/>
        <source>找不到資料</source>
        <translation>Not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="713"/>
        <source>平台找不到要求的資料。</source>
        <translation>The platform cannot find what was asked for.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="714"/>
        <source>請重新整理後再試。</source>
        <translation>Refresh and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="717"/>
        <source>無法退訂</source>
        <translation>Cannot terminate</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="718"/>
        <source>這筆訂單目前不能退訂。</source>
        <translation>This order cannot be terminated now.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="719"/>
        <source>請確認訂單狀態，服務開始後才能退訂。</source>
        <translation>Check the order status; termination is possible once the service has started.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="722"/>
        <source>找不到訂單</source>
        <translation>Order not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="723"/>
        <source>平台找不到這筆訂單。</source>
        <translation>The platform cannot find this order.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="724"/>
        <source>請重新整理訂單清單。</source>
        <translation>Refresh the order list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="727"/>
        <source>資料太大</source>
        <translation>Too much data</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="728"/>
        <source>送出的資料超過平台的限制。</source>
        <translation>The data sent exceeds the platform&apos;s limit.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="729"/>
        <source>請縮短內容後再送出。</source>
        <translation>Shorten it and send again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="732"/>
        <source>找不到方案</source>
        <translation>Plan not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="733"/>
        <source>平台找不到這個方案。</source>
        <translation>The platform cannot find this plan.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="734"/>
        <source>請重新整理方案清單。</source>
        <translation>Refresh the plan list.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="737"/>
        <source>尚未獲發點數</source>
        <translation>No points granted yet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="738"/>
        <source>這個帳號還沒有獲發點數。</source>
        <translation>This account has not been granted points yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="739"/>
        <source>請先完成數位自評檢測。</source>
        <translation>Complete the digital self-assessment first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="742"/>
        <source>自評題目已更新</source>
        <translation>Questions updated</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="743"/>
        <source>平台的自評題目已更新。</source>
        <translation>The platform&apos;s self-assessment questions were updated.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="744"/>
        <source>請重新取得題目；已回答的題目會保留。</source>
        <translation>Load the questions again; your answers are kept.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="747"/>
        <source>報價已過期</source>
        <translation>Quote expired</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="748"/>
        <source>這份報價已超過有效時間。</source>
        <translation>This quote is past its validity.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="749"/>
        <location filename="../../ui/errors.py" line="754"/>
        <location filename="../../ui/errors.py" line="759"/>
        <source>請重新取得報價。</source>
        <translation>Get a new quote.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="752"/>
        <source>找不到報價</source>
        <translation>Quote not found</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="753"/>
        <source>平台找不到這份報價。</source>
        <translation>The platform cannot find this quote.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="757"/>
        <source>報價已變動</source>
        <translation>Quote changed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="758"/>
        <source>點數或價格已變動，這份報價不再適用。</source>
        <translation>Points or price changed; this quote no longer applies.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="762"/>
        <source>報價已使用</source>
        <translation>Quote already used</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="763"/>
        <source>這份報價已經下單。</source>
        <translation>This quote was already ordered.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="764"/>
        <source>請到「我的訂單」查看。</source>
        <translation>See &quot;My orders&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="767"/>
        <source>需要以憑證登入</source>
        <translation>Certificate login needed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="768"/>
        <source>以密碼登入只能查看，不能簽署或下單。</source>
        <translation>A password login can only view; it cannot sign or order.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="769"/>
        <source>請改用憑證卡或行動自然人憑證登入。</source>
        <translation>Log in with a certificate card or the mobile citizen certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="772"/>
        <source>目前不能重新開通點數</source>
        <translation>Points cannot be re-opened now</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="773"/>
        <source>只有核發後完全未使用而返還的點數可以重新開通；使用期限屆滿而收回的點數不能重新申請，計畫結束或補助額度用罄後也不受理。</source>
        <translation>Only points returned because none were used after the grant can be re-opened; points reclaimed at the end of their validity cannot be applied for again, and nothing is re-opened after the programme ends or its budget runs out.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="778"/>
        <source>您仍可自費全額購買方案；如有疑問請洽雲市集客服。</source>
        <translation>You can still buy plans at full self-pay; for questions, contact the Cloud Marketplace helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="781"/>
        <source>目前不受理點數申請</source>
        <translation>Applications are closed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="782"/>
        <source>本計畫的申請期間已過或補助額度已用罄，平台目前不核發點數。</source>
        <translation>The programme&apos;s application period is over or its budget is used up, so the platform grants no points now.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="783"/>
        <source>您仍可自費全額購買方案；新的申請期間請留意雲市集公告。</source>
        <translation>You can still buy plans at full self-pay; watch the Cloud Marketplace announcements for a new application period.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="786"/>
        <source>補助額度已用罄</source>
        <translation>The subsidy budget is used up</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="787"/>
        <source>本計畫的補助額度已用罄，點數不再核發或返還。</source>
        <translation>The programme&apos;s budget is used up; points are no longer granted or returned.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="788"/>
        <location filename="../../ui/errors.py" line="793"/>
        <source>您仍可自費全額購買方案。</source>
        <translation>You can still buy plans at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="791"/>
        <source>計畫已結束</source>
        <translation>The programme has ended</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="792"/>
        <source>本計畫已結束，點數不再核發、折抵或返還。</source>
        <translation>The programme has ended; points are no longer granted, used or returned.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="796"/>
        <source>不能申請工業館點數</source>
        <translation>Industry pavilion points are not available to you</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="797"/>
        <source>工業館點數限有工廠登記的中小型製造業者申請，且須本年度計畫設有工業館。</source>
        <translation>Industry pavilion points are for small and medium manufacturers with a factory registration, and only while this year&apos;s programme runs an industry pavilion.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="801"/>
        <source>請回到第一步改選一般補助點數後再簽署。</source>
        <translation>Go back to the first step, choose general subsidy points and sign again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="804"/>
        <source>不能申請這類點數</source>
        <translation>These points are not available</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="805"/>
        <source>平台沒有為這個申請單位提供所選的點數類別。</source>
        <translation>The platform does not offer the chosen kind of points to this organisation.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="806"/>
        <source>請改選畫面上列出的點數類別。</source>
        <translation>Choose one of the kinds of points listed on the page.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="809"/>
        <source>同意書內容已更新</source>
        <translation>The texts have been updated</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="810"/>
        <source>平台的同意書、聲明事項或授權書內容已更新；您簽署的是舊版本，平台沒有收下。</source>
        <translation>The platform has updated its consents, declarations or authorisations; you signed the previous version, so the platform did not accept it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="814"/>
        <source>畫面已換成最新全文：請重新閱讀、再次勾選同意後簽署。您填寫的資料都已保留。</source>
        <translation>The page now shows the current texts: read them again, tick your agreement again and sign. Everything you typed has been kept.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="820"/>
        <source>退訂日期不能回溯</source>
        <translation>The termination date cannot be in the past</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="821"/>
        <source>退訂日期早於平台的今天或服務開始日，平台不接受回溯的退訂。</source>
        <translation>The termination date is before the platform&apos;s today or before the service start; the platform does not accept backdated terminations.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="822"/>
        <source>請改選今天（平台日期）或之後的日期，再試算一次。</source>
        <translation>Choose today (the platform&apos;s date) or a later date and calculate again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="825"/>
        <source>請先試算退訂</source>
        <translation>Get a termination quote first</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="826"/>
        <source>退訂前需要先取得退訂試算。</source>
        <translation>A termination needs a termination quote first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="827"/>
        <source>請先按「試算退訂」。</source>
        <translation>Press &quot;Quote termination&quot; first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="830"/>
        <source>登入已失效</source>
        <translation>Session no longer valid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="831"/>
        <source>這次登入已失效。</source>
        <translation>This session is no longer valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="836"/>
        <source>這個操作需要先登入。</source>
        <translation>This needs a login first.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="840"/>
        <source>資料格式不支援</source>
        <translation>Unsupported data format</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="841"/>
        <source>平台不接受這種資料格式。</source>
        <translation>The platform does not accept this data format.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="845"/>
        <source>密碼太簡單</source>
        <translation>Password too weak</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="846"/>
        <source>這個密碼不符合平台的安全規定。</source>
        <translation>This password does not meet the platform&apos;s security rules.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="847"/>
        <source>請依欄位旁的說明換一個密碼。</source>
        <translation>Choose another password as the note beside the field says.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="850"/>
        <source>無法檢查廢止狀態</source>
        <translation>Revocation cannot be checked</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="851"/>
        <source>平台找不到這張憑證簽發單位的廢止清冊，無法確認憑證是否有效。</source>
        <translation>The platform has no revocation list of this certificate&apos;s issuer, so it cannot confirm the certificate is valid.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="852"/>
        <source>請稍後再試；若一再發生，請改用其他憑證卡或洽客服。</source>
        <translation>Try again later; if it keeps happening, use another certificate card or call the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="855"/>
        <source>收據無法存檔</source>
        <translation>Receipt not saved</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="856"/>
        <source>收據檔案沒有寫入選擇的資料夾。</source>
        <translation>The receipt file was not written to the chosen folder.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="857"/>
        <source>請改選其他資料夾（例如「文件」），或確認磁碟還有空間。</source>
        <translation>Choose another folder (such as &quot;Documents&quot;), or check there is disk space.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="860"/>
        <source>手機上拒絕了簽署</source>
        <translation>Signature declined on the phone</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="861"/>
        <source>在手機上選擇了拒絕，沒有簽署。</source>
        <translation>The phone declined; nothing was signed.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="865"/>
        <source>草稿無法讀取</source>
        <translation>Draft unreadable</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="866"/>
        <source>保存的草稿無法解密（金鑰不見或檔案損壞）。</source>
        <translation>The saved draft cannot be decrypted (its key is gone or the file is damaged).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="867"/>
        <source>請重新填寫；新的內容會重新保存。</source>
        <translation>Please fill it in again; the new content is saved afresh.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="871"/>
        <source>資料同時被修改</source>
        <translation>Changed at the same time</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="872"/>
        <source>平台上的資料剛好同時被修改，這次操作沒有完成。</source>
        <translation>The data was changed on the platform at the same moment, so this action did not complete.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="876"/>
        <source>需要用戶端憑證</source>
        <translation>Client certificate required</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="877"/>
        <source>平台或代理伺服器要求用戶端憑證，本程式無法連線。</source>
        <translation>The platform or a proxy asks for a client certificate, so this program cannot connect.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="878"/>
        <source>請洽貴單位的網管人員或雲市集客服。</source>
        <translation>Ask your network administrator or the marketplace helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="881"/>
        <source>收據資料不完整</source>
        <translation>Receipt data incomplete</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="882"/>
        <source>平台的資料不足以產生這份收據。</source>
        <translation>The platform&apos;s data is not enough to produce this receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="883"/>
        <source>請重新整理後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。</source>
        <translation>Refresh and try again; if it keeps happening, create a support file in Help and diagnostics for the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="888"/>
        <source>草稿無法保存</source>
        <translation>Draft not saved</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="889"/>
        <source>填寫的內容沒有寫入這台電腦（磁碟已滿或沒有權限）。</source>
        <translation>What you typed could not be written to this PC (disk full or no permission).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="890"/>
        <source>請先不要關閉程式並完成送出；或釋出磁碟空間後再試。</source>
        <translation>Keep the program open and finish submitting, or free some disk space and try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="893"/>
        <source>實收資本額逾新臺幣1億元且經常僱用員工達200人以上，非中小企業</source>
        <translation>Paid-in capital over NT$100 million and 200 or more regular employees: not an SME</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="903"/>
        <source>合作社之附屬單位不得申請</source>
        <translation>A cooperative&apos;s subsidiary unit may not apply</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="908"/>
        <source>未列入社會創新平台之社會創新組織登錄資料庫</source>
        <translation>Not listed in the Social Innovation Platform&apos;s database</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="913"/>
        <source>最近3年內有執行政府計畫之重大違約紀錄</source>
        <translation>A serious breach of a government programme in the last 3 years</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="918"/>
        <source>最近3年內違反環境保護、勞工、食品安全衛生或身心障礙者權益保障相關法律且情節重大</source>
        <translation>A serious violation of environmental, labour, food-safety or disability-rights law in the last 3 years</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="929"/>
        <source>陸資企業不得申請</source>
        <translation>Enterprises with mainland Chinese capital may not apply</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="934"/>
        <source>外國營利事業在臺設立之分公司不得申請</source>
        <translation>The Taiwan branch of a foreign company may not apply</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="939"/>
        <source>本國企業分公司不得申請</source>
        <translation>A branch of a domestic company may not apply</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="944"/>
        <source>已獲得其他雲世代產業數位轉型之小額補助</source>
        <translation>Already received another small cloud-era subsidy</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="949"/>
        <source>已向臺灣雲市集平台申請且使用數位點數</source>
        <translation>Already applied for and used marketplace points</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="954"/>
        <source>工業館限中小型製造業者申請</source>
        <translation>工業館 is for SME manufacturers only</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="959"/>
        <source>須有工廠登記證（或依法免辦工廠登記之證明文件）</source>
        <translation>A factory registration (or the certificate that none is required) is needed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="964"/>
        <source>工廠登記證號應為 8 位數字</source>
        <translation>A factory registration number has 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="969"/>
        <source>須申報年營業收入及其依據（營業人銷售額與稅額申報書 401）</source>
        <translation>Annual revenue and its basis (the 401 return) must be declared</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="976"/>
        <source>年營業收入逾新臺幣20億元</source>
        <translation>Annual revenue over NT$2 billion</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="981"/>
        <source>已獲雲世代產業數位轉型相關計畫補助</source>
        <translation>Subsidised by a cloud-era digital-transformation programme</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="894"/>
        <source>實收資本額逾新臺幣1億元且經常僱用員工達200人以上。</source>
        <translation>Paid-in capital over NT$100 million and 200 or more regular employees.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="895"/>
        <source>若資料有誤，請向經濟部商業司更正登記資料後再申請。</source>
        <translation>If this is wrong, correct the registration data with the Department of Commerce, then apply again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="898"/>
        <source>未辦理稅籍登記</source>
        <translation>No tax registration</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="899"/>
        <source>稅籍營利事業與合作社須有稅籍登記。</source>
        <translation>Tax-registered businesses and cooperatives need a tax registration.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="900"/>
        <source>請向國稅局辦理稅籍登記後再申請。</source>
        <translation>Register with the National Taxation Bureau, then apply again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="904"/>
        <source>合作社之附屬單位不得申請。</source>
        <translation>A subsidiary unit of a cooperative may not apply.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="905"/>
        <source>請由合作社本身申請。</source>
        <translation>Apply as the cooperative itself.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="909"/>
        <source>社會創新組織須經「社會創新平台」審核通過並列入登錄資料庫。</source>
        <translation>Social-innovation organisations must be approved on the Social Innovation Platform and listed in its database.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="910"/>
        <source>請先至社會創新平台登錄，或以中小企業身分申請。</source>
        <translation>Register on the Social Innovation Platform first, or apply as an SME.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="914"/>
        <source>最近3年內有執行政府計畫之重大違約紀錄。</source>
        <translation>A serious breach of a government programme in the last 3 years.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="915"/>
        <location filename="../../ui/errors.py" line="926"/>
        <source>依規定不得申請；如有疑義請洽雲市集客服。</source>
        <translation>The rules do not allow an application; ask the marketplace helpdesk if you think this is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="922"/>
        <source>最近3年內違反環境保護、勞工、食品安全衛生或身心障礙者權益保障相關法律且情節重大。</source>
        <translation>A serious violation of environmental, labour, food-safety or disability-rights law in the last 3 years.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="930"/>
        <source>陸資企業不得申請。</source>
        <translation>Enterprises with mainland Chinese capital may not apply.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="931"/>
        <location filename="../../ui/errors.py" line="936"/>
        <source>如有疑義請洽雲市集客服。</source>
        <translation>Ask the marketplace helpdesk if you think this is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="935"/>
        <source>外國營利事業在臺設立之分公司不得申請。</source>
        <translation>The Taiwan branch of a foreign company may not apply.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="940"/>
        <source>本國企業分公司不得申請。</source>
        <translation>A branch of a domestic company may not apply.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="941"/>
        <source>請由總公司以其統一編號申請。</source>
        <translation>Apply as the head office with its own UBN.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="945"/>
        <source>已獲得其他雲世代產業數位轉型之小額補助。</source>
        <translation>The applicant already received another small cloud-era digital-transformation subsidy.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="946"/>
        <location filename="../../ui/errors.py" line="951"/>
        <source>依規定不得重複申請；仍可全額自付購買方案。</source>
        <translation>The rules do not allow a second grant; you can still buy at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="950"/>
        <source>已向臺灣雲市集平台申請且使用數位點數。</source>
        <translation>The applicant already applied for and used marketplace points.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="955"/>
        <source>工業館點數只核發給有工廠登記的中小型製造業者。</source>
        <translation>工業館 points are granted only to SME manufacturers with a factory registration.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="956"/>
        <location filename="../../ui/errors.py" line="978"/>
        <source>請改申請一般補助（3萬點）。</source>
        <translation>Apply for the general grant (30,000 points) instead.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="960"/>
        <source>工業館須有工廠登記證，或依法免辦工廠登記之證明文件。</source>
        <translation>工業館 requires a factory registration, or the authority&apos;s certificate that none is required.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="961"/>
        <source>請填寫工廠登記證號或免辦證明文號。</source>
        <translation>Enter the factory registration number or the exemption certificate number.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="965"/>
        <source>工廠登記證號應為 8 位數字。</source>
        <translation>A factory registration number has 8 digits.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="966"/>
        <source>請依工廠登記證上的號碼填寫。</source>
        <translation>Copy the number from the factory registration certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="970"/>
        <source>工業館須申報年營業收入及其依據（營業人銷售額與稅額申報書 401）。</source>
        <translation>工業館 requires the annual revenue and its basis (the 401 sales and tax return).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="973"/>
        <source>請填寫年營業收入並選擇申報依據。</source>
        <translation>Enter the annual revenue and choose its basis.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="977"/>
        <source>工業館限年營業收入新臺幣20億元以下之製造業者。</source>
        <translation>工業館 is for manufacturers with annual revenue of at most NT$2 billion.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="982"/>
        <source>已獲雲世代產業數位轉型相關計畫補助者，不得申請工業館點數。</source>
        <translation>Manufacturers subsidised by a cloud-era digital-transformation programme may not apply for 工業館 points.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="983"/>
        <source>仍可全額自付購買工業館方案。</source>
        <translation>You can still buy 工業館 solutions at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="986"/>
        <source>點數已用完</source>
        <translation>Points used up</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="987"/>
        <source>您的點數已全部用於其他訂單。</source>
        <translation>All your points have gone to other orders.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="988"/>
        <source>這筆訂單以全額自付購買。</source>
        <translation>This order is paid in full by you.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="991"/>
        <source>點數已返還</source>
        <translation>Points returned</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="992"/>
        <source>獲發點數後1個月內未使用，點數已返還系統。</source>
        <translation>The points were not used within a month of the grant and went back to the system.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="993"/>
        <source>可至「我的點數」重新開通點數後再下單；或以全額自付購買。</source>
        <translation>Re-open them in My points before ordering, or buy at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="996"/>
        <source>點數已收回</source>
        <translation>Points reclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="997"/>
        <source>點數使用期限（3個月）已過，剩餘點數已收回，依規定不得再次申請。</source>
        <translation>The 3-month validity has passed; the remaining points were reclaimed and may not be applied for again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1000"/>
        <source>您仍可全額自付購買方案。</source>
        <translation>You can still buy solutions at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1003"/>
        <source>方案期程太短</source>
        <translation>Plan too short</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1004"/>
        <source>這個方案的月數少於補助方案的最低期程，不能折抵點數。</source>
        <translation>This plan is shorter than the subsidised minimum, so it takes no points.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1005"/>
        <source>請改選較長的方案，或以全額自付購買。</source>
        <translation>Choose a longer plan, or buy at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1008"/>
        <source>此館別不適用您的點數</source>
        <translation>Your points do not cover this pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1009"/>
        <source>工業館點數只能用於工業館方案；一般補助點數不能用於工業館方案。</source>
        <translation>工業館 points pay only for 工業館 plans; general points do not pay for 工業館 plans.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1012"/>
        <source>請改選適用的館別，或以全額自付購買。</source>
        <translation>Choose a plan in your pavilion, or buy at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1016"/>
        <source>尚未完成數位自評</source>
        <translation>No self-assessment yet</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1017"/>
        <source>這個帳號還沒有數位自評檢測的結果。</source>
        <translation>This account has no self-assessment result yet.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1018"/>
        <source>請先完成數位自評檢測，結果會顯示在這裡。</source>
        <translation>Complete the digital self-assessment first; its result will show here.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1022"/>
        <source>這筆訂單不能付款</source>
        <translation>This order cannot be paid</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1023"/>
        <source>訂單目前不在等待付款的狀態。</source>
        <translation>The order is not waiting for payment.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1024"/>
        <source>請重新整理訂單，確認廠商是否已接單。</source>
        <translation>Refresh the order and check that the vendor has confirmed it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1029"/>
        <source>發生錯誤</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1030"/>
        <source>操作沒有完成。</source>
        <translation>The operation did not finish.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="670"/>
        <source>自評答案互相矛盾</source>
        <translation>Contradictory answers</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="671"/>
        <source>「皆已數位化」、「尚未使用」這類選項不能與其他選項同時勾選。</source>
        <translation>An answer such as “all digitised” or “not used yet” cannot be ticked together with other options.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="672"/>
        <source>請回到該題，只保留符合實際情況的選項後再送出。</source>
        <translation>Go back to that question, keep only the options that are true, then submit again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="281"/>
        <source>平台回應過大</source>
        <translation>The platform&apos;s answer is too large</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="282"/>
        <source>平台傳回的資料遠超過正常大小，程式停止接收。</source>
        <translation>The platform sent far more data than any normal answer; the program stopped receiving it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="283"/>
        <source>可能是網路中的設備（Proxy）出錯。請稍後再試；若一再發生，請用「說明與診斷」產生支援檔交給客服。</source>
        <translation>A device on the network (a proxy) may be at fault. Please try again later; if it keeps happening, create a support file under &quot;Help and diagnostics&quot; and give it to the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="290"/>
        <source>平台傳回的資料結構異常，程式不予處理。</source>
        <translation>The platform&apos;s answer has an abnormal structure; the program does not process it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="296"/>
        <source>已阻擋轉址</source>
        <translation>Redirect blocked</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="297"/>
        <source>平台的回應要求轉到其他網站或未加密的網址，為保護您的登入資料，程式沒有前往。</source>
        <translation>The platform&apos;s answer asked to go to another site or to an unencrypted address; to protect your sign-in, the program did not follow it.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="301"/>
        <source>請確認平台網址正確；公司網路若有 Proxy 或過濾設備，請洽網管。</source>
        <translation>Please check the platform address; if your company network has a proxy or filtering device, contact your network administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="306"/>
        <source>平台資料不合理</source>
        <translation>Implausible platform data</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="307"/>
        <source>平台傳回的點數或金額不合理（例如負數或過大），程式不予採用。</source>
        <translation>The platform sent implausible points or amounts (negative or far too large); the program does not use them.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="314"/>
        <source>您已取消等待平台回應。</source>
        <translation>You stopped waiting for the platform&apos;s answer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="315"/>
        <source>您填寫的資料已保存，可以再按一次繼續。若送出的是申請或訂單，請先查看結果再重送，程式不會重複建立。</source>
        <translation>What you entered is kept; press the button again to continue. If you were submitting an application or an order, check the result before sending again: the program never creates it twice.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="321"/>
        <source>無法使用指定的憑證機構檔</source>
        <translation>The certificate authority file cannot be used</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="322"/>
        <source>--ca-file 指定的檔案無法讀取，或其中不是憑證機構（CA）的憑證。</source>
        <translation>The file given with --ca-file cannot be read, or does not hold certificate authority (CA) certificates.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="325"/>
        <source>請向網管索取公司 Proxy 的根憑證（PEM 或 DER 格式）後再指定一次。</source>
        <translation>Ask your network administrator for the company proxy&apos;s root certificate (PEM or DER) and give it again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="377"/>
        <source>請更新程式</source>
        <translation>Please update the program</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="378"/>
        <source>這張卡片的簽發單位不在這個版本程式的信任清單中（例如新一代的憑證管理中心），這不表示卡片有問題。</source>
        <translation>This card&apos;s issuer is not in this version&apos;s trust store (for example a new generation of the certification authority); that does not mean the card is faulty.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="383"/>
        <source>請更新本程式到最新版本後再試；更新後仍無法使用，請洽客服。</source>
        <translation>Update the program to the latest version and try again; if it still cannot be used after the update, contact the helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1"/>
        <source>不在資格審查中</source>
        <translation>Not under eligibility review</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1"/>
        <source>這個申請單位目前沒有等待決定的資格審查（可能已有結果）。</source>
        <translation>This applicant has no eligibility review waiting for a decision (it may already be decided).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="1"/>
        <source>請在訓練面板重新整理，看看還有哪些申請在審查中。</source>
        <translation>Refresh the training panel to see which applications are still under review.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../ui/field_problems.py" line="21"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="22"/>
        <source>不得超過 {limit} 字</source>
        <translation>At most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="23"/>
        <source>日期格式應為 YYYY-MM-DD</source>
        <translation>Dates are written YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="24"/>
        <source>日期不存在</source>
        <translation>That date does not exist</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="25"/>
        <source>請填寫整數</source>
        <translation>Enter a whole number</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="26"/>
        <source>不得為負數</source>
        <translation>Cannot be negative</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="27"/>
        <source>不明欄位</source>
        <translation>Unknown field</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="28"/>
        <source>{message}</source>
        <translation>{message}</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="29"/>
        <source>統一編號格式或檢查碼錯誤</source>
        <translation>The UBN format or check digit is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="30"/>
        <source>請自產業類別清單選擇中類</source>
        <translation>Choose a division from the industry list</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="31"/>
        <source>選擇「其他」時請填寫產業類別</source>
        <translation>When you choose &quot;Other&quot;, describe the industry</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="32"/>
        <source>只有選擇「其他」時才填寫</source>
        <translation>Fill this in only when you choose &quot;Other&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="33"/>
        <source>電話號碼格式錯誤（含區碼，例：02-2345-6789）</source>
        <translation>Phone number format is wrong (with area code, e.g. 02-2345-6789)</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="36"/>
        <source>電話與手機至少填寫一項</source>
        <translation>Fill in a phone or a mobile number (or both)</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="37"/>
        <source>中小企業須實收資本額在新臺幣1億元以下，或經常僱用員工未滿200人；請核對實收資本額與員工人數</source>
        <translation>An SME has a paid-in capital of at most NT$100 million or fewer than 200 regular employees: please check the paid-in capital and the number of employees</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="37"/>
        <source>分機應為 1 至 6 位數字</source>
        <translation>An extension has 1 to 6 digits</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="38"/>
        <source>填寫分機時須填寫電話</source>
        <translation>An extension needs a phone number</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="39"/>
        <source>手機號碼應為 09 開頭共 10 碼</source>
        <translation>A mobile number has 10 digits starting with 09</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="40"/>
        <source>E-mail 格式錯誤，請輸入完整的地址，例如 name@example.com.tw</source>
        <translation>The e-mail address format is wrong: enter the whole address, e.g. name@example.com.tw</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="41"/>
        <source>工廠登記證號應為 8 位數字</source>
        <translation>A factory registration number has 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="42"/>
        <source>請填寫工廠登記證號；依法免辦工廠登記者，請填寫主管機關證明文件字號</source>
        <translation>Fill in the factory registration number; a manufacturer exempt by law fills in the number of the authority&apos;s certificate</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="45"/>
        <source>請選擇年營業收入的依據（營業人銷售額與稅額申報書 401）</source>
        <translation>Choose what the annual revenue is based on (business tax return form 401)</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="48"/>
        <source>請設定密碼</source>
        <translation>Set a password</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="49"/>
        <source>密碼不可超過 {limit} 個字元</source>
        <translation>At most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="50"/>
        <source>密碼前後不可有空白</source>
        <translation>No spaces at the start or end</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="51"/>
        <source>密碼至少 {long} 個字元，或至少 {short} 個字元並包含大寫、小寫、數字、符號其中三種</source>
        <translation>At least {long} characters, or at least {short} with three of: upper case, lower case, digits, symbols</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="55"/>
        <source>密碼須同時包含英文字母與數字</source>
        <translation>Use both letters and digits</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="58"/>
        <source>這是常見密碼，很容易被猜中，請換一個</source>
        <translation>This is a common password that is easy to guess; choose another</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="59"/>
        <source>密碼不可包含統一編號</source>
        <translation>The password cannot contain the UBN</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="60"/>
        <source>密碼不可包含身分證字號</source>
        <translation>The password cannot contain the national ID</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="61"/>
        <source>兩次輸入的密碼不一致</source>
        <translation>The two passwords differ</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="62"/>
        <source>統一編號應為 8 位數字</source>
        <translation>A UBN has 8 digits</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="63"/>
        <source>統一編號檢查碼不正確，請再確認</source>
        <translation>The UBN check digit is wrong; please check it</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="64"/>
        <source>統一編號須與申請單位相同</source>
        <translation>Must be the applicant&apos;s own UBN</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="65"/>
        <source>身分證字號格式或檢查碼錯誤</source>
        <translation>The national ID format or check digit is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="66"/>
        <source>請填寫負責人生日</source>
        <translation>Fill in the responsible person&apos;s date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="67"/>
        <source>生日不正確</source>
        <translation>The date of birth is wrong</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="68"/>
        <source>請填寫手機號碼</source>
        <translation>Fill in the mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="69"/>
        <source>請填寫授權起日</source>
        <translation>Fill in the start date</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="70"/>
        <source>請填寫授權迄日</source>
        <translation>Fill in the end date</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="71"/>
        <source>迄日須晚於起日且尚未過期</source>
        <translation>The end date must be after the start date and not in the past</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="72"/>
        <source>附表3須填寫正確的負責人身分證字號</source>
        <translation>Form 3 needs the responsible person&apos;s correct national ID</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="75"/>
        <source>附表3須填寫負責人姓名</source>
        <translation>Form 3 needs the responsible person&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="76"/>
        <source>負責人姓名與登記資料不符，請依營業登記資料填寫。</source>
        <translation>The name does not match the registered responsible person; enter it as in the business registration.</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="79"/>
        <source>須同意個人資料蒐集才能繼續申請</source>
        <translation>You must consent to the personal-data collection to continue</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="82"/>
        <source>須同意聲明事項才能繼續申請</source>
        <translation>You must accept the declarations to continue</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="85"/>
        <source>申請工業館須同意工業館申請聲明</source>
        <translation>An industry pavilion application needs the industry pavilion declaration</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="88"/>
        <source>請輸入 Email 中的數字驗證碼</source>
        <translation>Enter the numeric code from the e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="95"/>
        <source>驗證碼不正確，請輸入最新一封驗證信中的 6 位數驗證碼</source>
        <translation>The code is wrong: enter the 6-digit code from the latest verification e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/field_problems.py" line="89"/>
        <source>此題必答</source>
        <translation>This question must be answered</translation>
    </message>
</context>
<context>
    <name>member</name>
    <message>
        <location filename="../../ui/member/labels.py" line="27"/>
        <source>資訊服務廠商確認中</source>
        <translation>Awaiting vendor confirmation</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="28"/>
        <source>付款中（廠商已接單）</source>
        <translation>Awaiting payment (vendor confirmed)</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="29"/>
        <source>已付款，廠商開立發票中</source>
        <translation>Paid; vendor issuing the invoice</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="30"/>
        <source>發票已開立，等待開通服務</source>
        <translation>Invoice issued; awaiting service start</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="31"/>
        <source>服務使用中</source>
        <translation>In service</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="32"/>
        <source>方案期程結束</source>
        <translation>Term completed</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="33"/>
        <source>廠商已核銷點數</source>
        <translation>Points claimed by the vendor</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="34"/>
        <source>申請單位取消訂購</source>
        <translation>Cancelled by the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="35"/>
        <source>資訊服務廠商取消訂單</source>
        <translation>Cancelled by the vendor</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="36"/>
        <source>系統將訂單取消</source>
        <translation>Cancelled by the system</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="37"/>
        <source>已退訂</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="41"/>
        <source>廠商確認接單期限</source>
        <translation>Vendor confirmation due</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="42"/>
        <source>自付款付款期限</source>
        <translation>Self-pay payment due</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="43"/>
        <source>廠商開立發票期限</source>
        <translation>Invoice due</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="44"/>
        <source>廠商開通服務期限</source>
        <translation>Service start due</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="45"/>
        <source>點數首次使用期限</source>
        <translation>Points first use by</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="46"/>
        <source>點數使用期限</source>
        <translation>Points expire on</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="50"/>
        <source>請於期限內透過付款連結支付自付款</source>
        <translation>Pay the self-pay amount through the payment link before the deadline</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="52"/>
        <source>請於期限內首次使用點數，否則點數將全數返還系統</source>
        <translation>Use points before the deadline, or all of them go back to the system</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="55"/>
        <source>點數即將到期，未使用的點數將被收回</source>
        <translation>Points expire soon; unused points will be reclaimed</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="56"/>
        <source>點數已返還系統，您可以重新開通點數</source>
        <translation>The points went back to the system; you can re-open them</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="57"/>
        <source>等待資訊服務廠商確認接單</source>
        <translation>Waiting for the vendor to confirm</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="58"/>
        <source>等待廠商開立電子發票</source>
        <translation>Waiting for the vendor to issue the e-invoice</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="59"/>
        <source>等待廠商開通雲端服務</source>
        <translation>Waiting for the vendor to start the service</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="60"/>
        <source>瀏覽補助專區的雲端方案</source>
        <translation>Browse the cloud solutions of the subsidy zone</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="79"/>
        <source>期限內沒有使用點數，點數已全數返還系統；可至「我的點數」重新開通，或自費全額購買方案。</source>
        <translation>No points were used in time, so all points went back to the system; re-open them under &quot;My points&quot;, or buy plans at full self-pay.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="115"/>
        <source>補助專區</source>
        <translation>Subsidy zone</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="116"/>
        <source>商業館</source>
        <translation>Commerce pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="117"/>
        <source>中小館</source>
        <translation>SME pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="118"/>
        <source>農業館</source>
        <translation>Agriculture pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="119"/>
        <source>工業館</source>
        <translation>Industry pavilion</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="123"/>
        <source>獲發點數</source>
        <translation>Points granted</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="124"/>
        <source>訂購使用</source>
        <translation>Used for an order</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="125"/>
        <source>訂單取消退回</source>
        <translation>Released by a cancellation</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="126"/>
        <source>退訂返還</source>
        <translation>Returned by a termination</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="127"/>
        <source>到期收回</source>
        <translation>Reclaimed at expiry</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="128"/>
        <source>未使用返還系統</source>
        <translation>Returned unused</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="132"/>
        <source>填寫中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="133"/>
        <source>資格審查中</source>
        <translation>Eligibility under review</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="134"/>
        <source>已啟用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="135"/>
        <source>未通過</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="139"/>
        <source>週一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="140"/>
        <source>週二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="141"/>
        <source>週三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="142"/>
        <source>週四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="143"/>
        <source>週五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="144"/>
        <source>週六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="145"/>
        <source>週日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="159"/>
        <source>瀏覽工業館的雲端方案（您的點數只能用於工業館）</source>
        <translation>Browse 工業館 solutions (your points pay only there)</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="187"/>
        <source>{iso}（{roc}，{weekday}）</source>
        <translation>{iso} ({roc}, {weekday})</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="201"/>
        <source>已逾期 1 天</source>
        <translation>1 day overdue</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="201"/>
        <source>已逾期 {n} 天</source>
        <translation>{n} days overdue</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="203"/>
        <source>今天截止</source>
        <translation>Due today</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="206"/>
        <source>還有 {n} 個工作天</source>
        <translation>{n} working days left</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="213"/>
        <source>{name}：{day}&#x3000;{countdown}</source>
        <translation>{name}: {day}  {countdown}</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="273"/>
        <source>NT${amount}</source>
        <translation>NT${amount}</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="278"/>
        <source>{amount} 點</source>
        <translation>{amount} points</translation>
    </message>
    <message>
        <location filename="../../ui/member/receipts.py" line="69"/>
        <source>儲存收據</source>
        <translation>Save the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/member/receipts.py" line="71"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="65"/>
        <source>廠商未在期限內確認接單，系統已取消訂單；使用的點數已退回，您可以重新訂購或改選其他廠商。</source>
        <translation>The vendor did not confirm in time, so the system cancelled the order; the points used were returned. You can order again or choose another vendor.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="69"/>
        <source>期限內未付款，系統已取消訂單；使用的點數已退回，如仍需要請重新訂購。</source>
        <translation>The self-pay amount was not paid in time, so the system cancelled the order; the points used were returned. Order again if you still need it.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="73"/>
        <source>廠商未在期限內開立發票；請聯絡廠商，或洽雲市集客服。</source>
        <translation>The vendor did not issue the invoice in time; contact the vendor or the Cloud Marketplace helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="76"/>
        <source>廠商未在期限內開通服務；請聯絡廠商，或洽雲市集客服。</source>
        <translation>The vendor did not start the service in time; contact the vendor or the Cloud Marketplace helpdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="83"/>
        <source>點數已到期，沒用完的點數已被收回，且不得再次申請；之後的訂單須全額自付。</source>
        <translation>The points expired: the unused points were reclaimed and cannot be applied for again; later orders are paid in full by you.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="91"/>
        <source>廠商已逾期未接單，平台將取消訂單並退回點數。</source>
        <translation>The vendor is late confirming; the platform will cancel the order and return the points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="94"/>
        <source>付款期限已過，平台將取消訂單並退回點數。</source>
        <translation>The payment deadline has passed; the platform will cancel the order and return the points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="99"/>
        <source>期限內沒有使用點數，平台將把點數全數返還系統。</source>
        <translation>No point was used in time; the platform will return all points to the system.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="102"/>
        <source>點數已到期，平台將收回沒用完的點數。</source>
        <translation>The points have expired; the platform will reclaim the unused points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="106"/>
        <source>已達成：廠商已確認接單</source>
        <translation>Met: the vendor confirmed the order</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="107"/>
        <source>已達成：自付款已付清</source>
        <translation>Met: the self-pay amount is paid</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="108"/>
        <source>已達成：發票已開立</source>
        <translation>Met: the invoice is issued</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="109"/>
        <source>已達成：服務已開通</source>
        <translation>Met: the service has started</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="110"/>
        <source>已達成：已使用點數</source>
        <translation>Met: points have been used</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="111"/>
        <source>點數已全部使用</source>
        <translation>All points have been used</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="228"/>
        <source>已逾期 {n} 天：{what}</source>
        <translation>{n} days overdue: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="232"/>
        <source>不再適用</source>
        <translation>no longer applies</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="233"/>
        <source>{name}：{day}&#x3000;{detail}</source>
        <translation>{name}: {day}  {detail}</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="248"/>
        <source>點數折抵 {points}，自付款 {self_pay}</source>
        <translation>Points {points}, self-pay {self_pay}</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="253"/>
        <source>補助規則：自付款 : 點數 = {ratio}，本筆依比例最多折抵 {rule}，以可用點數為限</source>
        <translation>Subsidy rule: self-pay : points = {ratio}; on this price points may pay at most {rule}, limited to the points available</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="256"/>
        <source>本筆實際：點數折抵 {points}，自付款 {self_pay}</source>
        <translation>This order: points pay {points}, self-pay {self_pay}</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="261"/>
        <source>本筆沒有折抵點數，金額全數自付。</source>
        <translation>No points are used on this order: you pay the whole amount.</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="264"/>
        <source>可用點數不足：比依比例可折抵的少 {short}，這部分 {money} 改由您自付。</source>
        <translation>Not enough points: {short} fewer than the ratio allows, so you pay those {money} yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="38"/>
        <source>【未讀】</source>
        <translation>[unread] </translation>
    </message>
    <message>
        <location filename="../../ui/member/centre_pages.py" line="40"/>
        <source>{mark}{title}&#x3000;{at}
{body}</source>
        <translation>{mark}{title}  {at}
{body}</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="18"/>
        <source>這個帳號尚未獲發點數。</source>
        <translation>This account has not been granted points yet.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="19"/>
        <source>點數已用完。</source>
        <translation>Your points are used up.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="21"/>
        <source>點數在核發後 {first_use} 個月內沒有使用，已全數返還系統。</source>
        <translation>No points were used within {first_use} month(s) of the grant, so all points went back to the system.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="24"/>
        <source>點數已於核發後 {validity} 個月期滿，沒用完的點數已由系統收回。</source>
        <translation>The points&apos; {validity}-month validity has ended; what was left has been reclaimed.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="29"/>
        <source>計畫已結束或補助額度已用罄，點數不能再折抵。</source>
        <translation>The programme has ended or its budget is used up, so points can no longer be used.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="32"/>
        <source>此方案期程未滿 {months} 個月：{pavilion}的補助方案須至少使用 {months} 個月。</source>
        <translation>This plan runs less than {months} months: subsidised plans in {pavilion} must run at least {months} months.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="37"/>
        <source>此館別不適用您的點數：工業館點數只能用於工業館方案，其他館別的點數不能用於工業館方案。</source>
        <translation>Your points do not apply in this pavilion: industry pavilion points are only for industry pavilion plans, and other points cannot be used there.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="43"/>
        <source>您已是這家廠商此方案的既有客戶，續購原方案不能使用點數。</source>
        <translation>You are already this vendor&apos;s customer for this plan; points cannot pay for renewing it.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="48"/>
        <source>完成數位自評檢測後，平台會核發點數。</source>
        <translation>The platform grants points once you complete the digital self-assessment.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="50"/>
        <source>可至「我的點數」按「重新開通點數」，開通後再下單即可折抵。</source>
        <translation>Press &quot;Re-open points&quot; under &quot;My points&quot;, then order again to use them.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="52"/>
        <source>期滿收回的點數不能重新申請。</source>
        <translation>Reclaimed points cannot be applied for again.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="54"/>
        <source>改選 {months} 個月以上的方案即可折抵點數。</source>
        <translation>Choose a plan of {months} months or more to use points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="57"/>
        <source>改選您的點數適用館別的方案即可折抵。</source>
        <translation>Choose a plan in a pavilion your points cover to use them.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="59"/>
        <source>改選其他方案即可折抵點數。</source>
        <translation>Choose another plan to use points.</translation>
    </message>
    <message>
        <location filename="../../ui/member/points_reasons.py" line="63"/>
        <source>您仍可自費全額購買這個方案（不折抵點數，全額自付）。</source>
        <translation>You can still buy this plan at full self-pay (no points, you pay the whole price).</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="51"/>
        <source>有訂單因逾期被系統取消</source>
        <translation>An order was cancelled by the system after a missed deadline</translation>
    </message>
    <message>
        <location filename="../../ui/member/labels.py" line="205"/>
        <source>還有 1 個工作天</source>
        <translation>1 working day left</translation>
    </message>
</context>
</TS>
