"""Guided training exercises (課程) that tick their steps off by themselves.

The client describes what it and the training platform show as a set of *facts*, short
strings such as ``page:form``, ``verified:moeaca_card``, ``error:PIN_BLOCKED`` or
``order:20261206103101000001:in_service``. A step is done once a fact matching one of its
patterns (``fnmatch`` style) has been seen since the lesson was last started; facts that
were already there when it started do not count, so a lesson can be practised again from
its start at any time.

Fact vocabulary (the collector in ``ui/`` produces them):
- ``page:<name>``: the enrolment wizard shows that page (``ubn``, ``identity``,
  ``authorizations``, ``consents``, ``form``, ``assessment``, ``result``, …);
- ``chosen:<method>``: the wizard's identity page asks for that verification method;
- ``verified:<method>``: the wizard is past identity with that verification method;
  ``verified:pinpad``: with a card method, the card in a reader with a keypad;
- ``card:<kind>``: a demo card of that kind is in the training reader;
- ``pin:wrong`` / ``pin:last_try``: the PIN dialog asks again after a wrong PIN / for
  the last try; ``error:<CODE>``: the page shows that error;
- ``pinpad:on`` / ``pinpad:waiting``: the reader has a keypad / waits on it;
- ``phone:approved`` / ``clock:moved`` / ``review:approve`` / ``review:reject``: done in
  the training panel;
- ``application:under_review`` / ``application:refused``: the wizard says the eligibility
  review is still open / turned the application down;
- ``order:<id>:<status>``: an order on the platform has that status;
- ``member_area`` / ``privacy:on`` / ``diagnostics``: the member area is open /
  remote-assist privacy mode is on / the diagnostics page is open.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from fnmatch import fnmatchcase


@dataclass(frozen=True)
class LessonStep:
    """One step: done once a fact matching any of ``patterns`` is seen."""

    text: str
    patterns: tuple[str, ...]

    def done_by(self, facts: Iterable[str]) -> bool:
        """True when one of ``facts`` matches one of the step's patterns."""
        return any(fnmatchcase(fact, p) for fact in facts for p in self.patterns)


@dataclass(frozen=True)
class Lesson:
    """A guided exercise: a title, who it is for and its steps (zh-TW source texts)."""

    id: str
    title: str
    summary: str
    steps: tuple[LessonStep, ...]

    @property
    def watches_orders(self) -> bool:
        """True when a step waits for an order's status (the platform is asked for them)."""
        return any(p.startswith("order:") for step in self.steps for p in step.patterns)


def _s(text: str, *patterns: str) -> LessonStep:
    return LessonStep(text, patterns)


LESSONS: tuple[Lesson, ...] = (
    Lesson(
        "card_kinds",
        "用每一種憑證卡申請",
        "以雲端示範股份有限公司練習工商憑證，以示範小吃店練習負責人自然人憑證，"
        "以示範農產運銷合作社練習組織及團體憑證；每通過一次身分驗證就按「回到首頁」，"
        "再開始下一個新申請（同一單位開始申請後就不能改用別的驗證方式）。",
        (
            _s("在「卡片」分頁插入工商憑證", "card:moeaca"),
            _s("以工商憑證通過身分驗證", "verified:moeaca_card"),
            _s("以負責人自然人憑證通過身分驗證", "verified:moica_card"),
            _s("以組織及團體憑證通過身分驗證", "verified:xca_card"),
            _s("簽署授權書，走到個資告知與聲明事項", "page:consents"),
        ),
    ),
    Lesson(
        "phone",
        "用手機申請",
        "選「負責人手機門號」或「行動自然人憑證」，在訓練面板「手機」分頁代替手機核准。",
        (
            _s("選用手機門號或行動自然人憑證", "chosen:phone", "chosen:moica_mobile"),
            _s("在「手機」分頁核准", "phone:approved"),
            _s("通過身分驗證", "verified:phone", "verified:moica_mobile"),
            _s("在簽署視窗等候時，再從面板核准一次簽署", "page:consents"),
        ),
    ),
    Lesson(
        "wrong_pin",
        "PIN 碼錯誤、最後一次機會與鎖卡",
        "故意輸入錯誤的 PIN 碼，看看程式如何提醒剩餘次數、最後一次要先確認，以及卡片被鎖時怎麼說明。",
        (
            _s("輸入錯誤的 PIN 碼", "pin:wrong", "error:PIN_WRONG"),
            _s("看到「最後一次機會」的提醒", "pin:last_try"),
            _s("卡片被鎖住，看程式說明到哪裡解鎖", "error:PIN_BLOCKED"),
        ),
    ),
    Lesson(
        "pinpad",
        "有按鍵的讀卡機",
        "在「卡片」分頁勾選「讀卡機有按鍵」，用面板上的按鍵輸入 PIN 碼。",
        (
            _s("換成有按鍵的讀卡機", "pinpad:on"),
            _s("讀卡機等候在按鍵上輸入 PIN 碼", "pinpad:waiting"),
            _s("用讀卡機按鍵完成身分驗證", "verified:pinpad"),
        ),
    ),
    Lesson(
        "order_to_service",
        "從報價到服務使用中，再退訂",
        "以會員下單，然後在「廠商」分頁扮演廠商，最後在會員中心申請退訂。",
        (
            _s("下訂單（資訊服務廠商確認中）", "order:*:awaiting_vendor"),
            _s("廠商確認接單", "order:*:awaiting_payment"),
            _s("付款（開啟付款連結）", "order:*:awaiting_invoice"),
            _s("廠商開立發票", "order:*:awaiting_service"),
            _s("廠商開通服務", "order:*:in_service"),
            _s("在會員中心申請退訂", "order:*:terminated"),
        ),
    ),
    Lesson(
        "missed_deadline",
        "錯過期限，系統自動取消",
        "下一筆訂單後不要按廠商確認，在「時鐘」分頁按「前進到下一個期限」。",
        (
            _s("下訂單（資訊服務廠商確認中）", "order:*:awaiting_vendor"),
            _s("移動平台時鐘", "clock:moved"),
            _s("訂單被系統取消", "order:*:cancelled_by_system"),
        ),
    ),
    Lesson(
        "review_rejected",
        "資格審查未通過",
        "以示範小吃店（稅籍登記）申請到「資格審查中」，在「時鐘」分頁的「資格審查」按「不核准」，"
        "看程式怎麼說明未通過的原因與該怎麼做。",
        (
            _s("以示範小吃店申請到「資格審查中」", "application:under_review"),
            _s("在「時鐘」分頁的「資格審查」按「不核准」", "review:reject"),
            _s("看到「資格審查未通過」與平台說明的原因", "application:refused"),
        ),
    ),
    Lesson(
        "privacy",
        "遠端協助的隱私模式",
        "客服人員遠端協助時，先開啟隱私模式，再一起看申請或會員中心與診斷報告。",
        (
            _s("開啟「遠端協助隱私模式」", "privacy:on"),
            _s("在隱私模式下開啟申請或會員中心", "privacy:page"),
            _s("開啟「說明與診斷」", "diagnostics"),
        ),
    ),
)


ENGLISH: dict[str, str] = {
    "用每一種憑證卡申請": "Apply with each kind of certificate card",
    (
        "以雲端示範股份有限公司練習工商憑證，以示範小吃店練習負責人自然人憑證，"
        "以示範農產運銷合作社練習組織及團體憑證；每通過一次身分驗證就按「回到首頁」，"
        "再開始下一個新申請（同一單位開始申請後就不能改用別的驗證方式）。"
    ): (
        "Practise the MOEACA card with the demo company, the responsible person's citizen"
        " card with the demo snack shop and the organisation (XCA) card with the demo"
        " cooperative; after each identity check press Back to the start page and start a"
        " new application (once an applicant has started, it cannot switch verification"
        " method)."
    ),
    "在「卡片」分頁插入工商憑證": "Insert a MOEACA card in the Cards tab",
    "以工商憑證通過身分驗證": "Pass identity verification with the MOEACA card",
    "以負責人自然人憑證通過身分驗證": "Pass identity verification with the citizen card",
    "以組織及團體憑證通過身分驗證": "Pass identity verification with the XCA card",
    "簽署授權書，走到個資告知與聲明事項": "Sign the authorisations and reach the consents",
    "用手機申請": "Apply by phone",
    "選「負責人手機門號」或「行動自然人憑證」，在訓練面板「手機」分頁代替手機核准。": (
        "Choose the mobile number check or the mobile citizen certificate and approve in the"
        " panel's Phone tab instead of a phone."
    ),
    "選用手機門號或行動自然人憑證": "Choose the mobile number or the mobile certificate",
    "在「手機」分頁核准": "Approve in the Phone tab",
    "通過身分驗證": "Pass identity verification",
    "在簽署視窗等候時，再從面板核准一次簽署": "While the signing dialog waits, approve the signature",
    "PIN 碼錯誤、最後一次機會與鎖卡": "Wrong PIN, last try and a blocked card",
    "故意輸入錯誤的 PIN 碼，看看程式如何提醒剩餘次數、最後一次要先確認，以及卡片被鎖時怎麼說明。": (
        "Type a wrong PIN on purpose: see how tries left are shown, how the last try is"
        " confirmed first and what a blocked card is told."
    ),
    "輸入錯誤的 PIN 碼": "Type a wrong PIN",
    "看到「最後一次機會」的提醒": "See the last-try warning",
    "卡片被鎖住，看程式說明到哪裡解鎖": "Block the card and read where to unblock it",
    "有按鍵的讀卡機": "The PIN-pad reader",
    "在「卡片」分頁勾選「讀卡機有按鍵」，用面板上的按鍵輸入 PIN 碼。": (
        "Tick The reader has a keypad in the Cards tab and type the PIN on the panel's keys."
    ),
    "換成有按鍵的讀卡機": "Switch to the reader with a keypad",
    "讀卡機等候在按鍵上輸入 PIN 碼": "The reader waits for the PIN on its keys",
    "用讀卡機按鍵完成身分驗證": "Pass identity verification with the reader's keys",
    "從報價到服務使用中，再退訂": "From quote to service, then termination",
    "以會員下單，然後在「廠商」分頁扮演廠商，最後在會員中心申請退訂。": (
        "Order as a member, act as the vendor in the Vendor tab, then terminate in the member area."
    ),
    "下訂單（資訊服務廠商確認中）": "Place an order (awaiting the vendor)",
    "廠商確認接單": "The vendor confirms",
    "付款（開啟付款連結）": "Pay (open the payment link)",
    "廠商開立發票": "The vendor issues the invoice",
    "廠商開通服務": "The vendor starts the service",
    "在會員中心申請退訂": "Terminate in the member area",
    "錯過期限，系統自動取消": "A missed deadline cancels the order",
    "下一筆訂單後不要按廠商確認，在「時鐘」分頁按「前進到下一個期限」。": (
        "Place an order, do not confirm it as the vendor, and press Advance to the next"
        " deadline in the Clock tab."
    ),
    "移動平台時鐘": "Move the platform clock",
    "訂單被系統取消": "The system cancels the order",
    "資格審查未通過": "Eligibility review not passed",
    (
        "以示範小吃店（稅籍登記）申請到「資格審查中」，在「時鐘」分頁的「資格審查」按「不核准」，"
        "看程式怎麼說明未通過的原因與該怎麼做。"
    ): (
        "Apply as the demo snack shop (tax-registered) until Eligibility under review, press"
        " Reject under Eligibility review in the Clock tab, and see how the program explains"
        " the reason and what to do."
    ),
    "以示範小吃店申請到「資格審查中」": "Apply as the demo snack shop until the review",
    "在「時鐘」分頁的「資格審查」按「不核准」": "Press Reject under Eligibility review in the Clock tab",
    "看到「資格審查未通過」與平台說明的原因": "See Eligibility review not passed and the reason",
    "遠端協助的隱私模式": "Remote assistance in privacy mode",
    "客服人員遠端協助時，先開啟隱私模式，再一起看申請或會員中心與診斷報告。": (
        "When helping remotely, turn privacy mode on first, then look at the application or"
        " the member area and the diagnostics together."
    ),
    "開啟「遠端協助隱私模式」": "Turn on remote-assist privacy mode",
    "在隱私模式下開啟申請或會員中心": "Open the application or member area in privacy mode",
    "開啟「說明與診斷」": "Open Help and diagnostics",
}
"""English for every lesson text (the zh-TW text is the source)."""


def lesson_text(text: str, language: str) -> str:
    """A lesson text in ``language`` ("zh_TW" or "en")."""
    return ENGLISH.get(text, text) if language == "en" else text


@dataclass
class LessonProgress:
    """Which steps of one lesson are done, from the facts seen since it (re)started."""

    lesson: Lesson
    baseline: frozenset[str] = field(default_factory=frozenset)
    seen: set[str] = field(default_factory=set)

    def restart(self, facts_now: Iterable[str]) -> None:
        """Start again: what is true now does not count, only what happens next."""
        self.baseline = frozenset(facts_now)
        self.seen.clear()

    def observe(self, facts_now: Iterable[str]) -> None:
        """Remember the new facts (kept after they stop being true)."""
        self.seen.update(f for f in facts_now if f not in self.baseline)

    def done(self) -> tuple[bool, ...]:
        """For each step, True once it is done."""
        return tuple(step.done_by(self.seen) for step in self.lesson.steps)

    @property
    def complete(self) -> bool:
        """True when every step is done."""
        return all(self.done())
