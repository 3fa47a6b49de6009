"""Live reader and card status, who the card belongs to, and signing with a PIN.

Every card call goes to the window's one card worker (the ``app.cards.service.CardService``
of its ``ui.card_context.CardContext``) and its Future is watched with
:func:`ui.async_bridge.watch_future`; hot-plug events come from the same context's
``ui.cardmonitor.QtCardMonitor``. The GUI thread never waits on a card.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import QFrame, QLabel, QWidget

from app.cards.errors import CardTimeout, NoCard
from app.cards.signer import SignerIdentity
from app.flows.card_check import card_problem
from app.platform.models import CardSignature
from app.subsidy import TAIWAN_TZ, VerificationMethod
from certs.profile import CardKind
from ui.a11y import status_label
from ui.async_bridge import wait_for_gui, watch_future
from ui.dialogs.card_signing import sign_on_card
from ui.dialogs.pin_dialog import PinDialog
from ui.widgets.buttons import push_button
from ui.widgets.error_panel import ErrorPanel
from ui.widgets.layouts import column_layout
from ui.wizard.dates import display_date

if TYPE_CHECKING:
    from ui.card_context import CardContext

KIND_NAMES: dict[CardKind, str] = {
    CardKind.MOEACA: str(QT_TRANSLATE_NOOP("CardPanel", "工商憑證")),
    CardKind.MOICA: str(QT_TRANSLATE_NOOP("CardPanel", "自然人憑證")),
    CardKind.XCA: str(QT_TRANSLATE_NOOP("CardPanel", "組織及團體憑證")),
    CardKind.GCA: str(QT_TRANSLATE_NOOP("CardPanel", "政府憑證")),
    CardKind.UNKNOWN: str(QT_TRANSLATE_NOOP("CardPanel", "無法辨識的卡片")),
}


def kind_name(kind: CardKind) -> str:
    """The card kind in the UI language."""
    return QCoreApplication.translate(
        "CardPanel", KIND_NAMES.get(kind, KIND_NAMES[CardKind.UNKNOWN])
    )


CARD_RANKS: dict[str, str] = {
    "primary": str(QT_TRANSLATE_NOOP("CardPanel", "正卡")),
    "secondary": str(QT_TRANSLATE_NOOP("CardPanel", "附卡")),
}


UNREADABLE_RETRY_MS = 800
"""A card the readers report but no signer could read is read once more after this long."""
SLOW_CARD_MS = 10_000
"""A reader that has not answered after this long is reported as not responding."""


def _local_date(moment: datetime) -> str:
    return display_date(moment.astimezone(TAIWAN_TZ).date())


class CardPanel(QFrame):
    """Shows readers and the card's identity; signs documents with the chosen card."""

    identity_changed = Signal(object)
    """The usable SignerIdentity, or None when there is none."""

    def __init__(
        self,
        cards: CardContext,
        method: VerificationMethod,
        applicant_ubn: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CardPanel")
        self.cards = cards
        self.method = method
        self.applicant_ubn = applicant_ubn
        self.responsible_id: str | None = None
        self.current: SignerIdentity | None = None
        self._generation = 0
        self._readers: dict[str, bool] = {}
        self._dialog: PinDialog | None = None
        self._unreadable_retried = False

        self.reader_label = QLabel(self.tr("正在尋找讀卡機…"))
        self.reader_label.setObjectName("ReaderStatus")
        self.reader_label.setWordWrap(True)
        status_label(self.reader_label, self.tr("讀卡機狀態"))
        self.card_label = QLabel()
        self.card_label.setObjectName("CardIdentity")
        self.card_label.setWordWrap(True)
        status_label(self.card_label, self.tr("卡片資料"))
        self.problem_panel = ErrorPanel()
        self.refresh_button = push_button(
            self.tr("重新讀取卡片"), self.refresh, accessible_name=self.tr("重新讀取卡片")
        )
        column_layout(
            self,
            self.reader_label,
            self.card_label,
            self.problem_panel,
            self.refresh_button,
            margins=(12, 10, 12, 10),
        )

        monitor = cards.monitor
        monitor.reader_added.connect(self._reader_added)
        monitor.reader_removed.connect(self._reader_removed)
        monitor.card_inserted.connect(self._card_inserted)
        monitor.card_removed.connect(self._card_removed)
        monitor.service_lost.connect(self._service_lost)
        monitor.service_back.connect(self.refresh)

    # --- status --------------------------------------------------------------------------
    def reader_names(self) -> list[str]:
        """The readers shown, in order."""
        return sorted(self._readers)

    def start(self) -> None:
        """Read the current readers and card (the monitor reports later changes)."""
        self.refresh()

    def set_responsible_id(self, national_id: str | None) -> None:
        """The responsible person's ID typed by the person, for the MOICA pre-check."""
        self.responsible_id = national_id
        if self.current is not None:
            self._show_identity(self.current)

    def _render_readers(self) -> None:
        if not self._readers:
            self.reader_label.setText(self.tr("找不到讀卡機：請把讀卡機插到電腦的 USB 埠。"))
            return
        lines = []
        for reader, present in sorted(self._readers.items()):
            state = self.tr("已插入卡片") if present else self.tr("沒有卡片")
            lines.append(self.tr("讀卡機 {reader}：{state}").format(reader=reader, state=state))
        self.reader_label.setText("\n".join(lines))

    def _reader_added(self, reader: str) -> None:
        self._readers.setdefault(reader, False)
        self._render_readers()

    def _reader_removed(self, reader: str) -> None:
        self._readers.pop(reader, None)
        self._render_readers()
        self.refresh()

    def _card_inserted(self, reader: str, _atr: bytes) -> None:
        self._readers[reader] = True
        self._unreadable_retried = False
        self._render_readers()
        self.card_label.setText(self.tr("正在讀取卡片資料（不需要 PIN 碼）…"))
        self.refresh()

    def _card_removed(self, reader: str) -> None:
        self._readers[reader] = False
        self._render_readers()
        if self.current is not None and self.current.handle == reader:
            self._set_current(None)
            self.card_label.setText(self.tr("卡片已取出。"))
        self.refresh()

    def _service_lost(self) -> None:
        self._readers.clear()
        self.reader_label.setText(self.tr("電腦的智慧卡服務停止了；插上讀卡機後會自動恢復。"))
        self._set_current(None)

    def refresh(self) -> None:
        """Ask the card worker for readers and identities; late answers are ignored."""
        self._generation += 1
        generation = self._generation
        watch_future(
            self.cards.service.list_readers(),
            lambda readers: self._readers_listed(generation, readers),
            lambda error: self._failed(generation, error),
        )
        answered = [False]

        def identities(found: list[SignerIdentity]) -> None:
            answered[0] = True
            self._identities(generation, found)

        def failed(error: BaseException) -> None:
            answered[0] = True
            self._failed(generation, error)

        def still_waiting() -> None:
            # A hung reader driver blocks the card worker; say so instead of "reading…"
            # forever (unplugging the reader ends the wait, and the monitor reads again).
            if generation == self._generation and not answered[0]:
                self.problem_panel.show_error(CardTimeout("the card reader does not answer"))

        watch_future(self.cards.service.identities(), identities, failed)
        QTimer.singleShot(SLOW_CARD_MS, self, still_waiting)

    def _readers_listed(self, generation: int, readers: list[str]) -> None:
        if generation != self._generation:
            return
        for reader in readers:
            self._readers.setdefault(reader, False)
        for reader in list(self._readers):
            if reader not in readers:
                del self._readers[reader]
        self._render_readers()

    def _identities(self, generation: int, found: list[SignerIdentity]) -> None:
        if generation != self._generation:
            return
        for who in found:
            self._readers[who.handle] = True
        self._render_readers()
        if not found:
            self._set_current(None)
            if any(self._readers.values()):
                self._card_unreadable(generation)
                return
            self.card_label.setText(
                self.tr("請把憑證卡晶片朝上插入讀卡機。") if self._readers else ""
            )
            return
        # Prefer a card that fits; otherwise show the first card's problem.
        ranked = sorted(found, key=lambda who: self._problem_of(who) is not None)
        self._show_identity(ranked[0])

    def _card_unreadable(self, generation: int) -> None:
        """A reader holds a card no signer could read: read once more, then say so."""
        self.card_label.setText(
            self.tr(
                "讀卡機裡有卡片，但讀不到卡片資料：請確認卡片晶片朝上插好，"
                "再按「重新讀取卡片」。仍然不行時，請到「說明與診斷」檢查。"
            )
        )
        if self._unreadable_retried:
            return
        self._unreadable_retried = True
        QTimer.singleShot(
            UNREADABLE_RETRY_MS,
            self,
            lambda: self.refresh() if generation == self._generation else None,
        )

    def _problem_of(self, who: SignerIdentity) -> Exception | None:
        return card_problem(who.identity, self.method, self.applicant_ubn, self.responsible_id)

    def _show_identity(self, who: SignerIdentity) -> None:
        identity = who.identity
        lines = [
            self.tr("卡片種類：{kind}").format(kind=kind_name(identity.kind)),
            self.tr("持卡人：{name}").format(name=identity.holder_name),
        ]
        if identity.ubn:
            lines.append(self.tr("統一編號：{ubn}").format(ubn=identity.ubn))
        if identity.id_last4:
            lines.append(self.tr("身分證字號末 4 碼：{last4}").format(last4=identity.id_last4))
        if identity.org_code:
            lines.append(self.tr("組織代碼：{code}").format(code=identity.org_code))
        if identity.card_rank:
            lines.append(
                self.tr("卡別：{rank}").format(
                    rank=QCoreApplication.translate(
                        "CardPanel", CARD_RANKS.get(identity.card_rank, identity.card_rank)
                    )
                )
            )
        lines.append(
            self.tr("有效期間：{start} 至 {end}").format(
                start=_local_date(identity.not_before), end=_local_date(identity.not_after)
            )
        )
        if who.fallback_reason is not None:
            lines.append(
                self.tr(
                    "HiPKI 跨平台網頁元件不信任本程式，這張卡改由 HiCOS 卡片管理工具或讀卡機簽章。"
                )
            )
        self.card_label.setText("\n".join(lines))
        self._set_current(who)

    @property
    def problem(self) -> Exception | None:
        """Why the card read last cannot log in with the method, or None."""
        return self._problem_of(self.current) if self.current is not None else None

    def _set_current(self, who: SignerIdentity | None) -> None:
        self.current = who
        problem = self.problem
        if problem is not None:
            self.problem_panel.show_error(problem)
        else:
            self.problem_panel.clear()
        usable = who if who is not None and problem is None else None
        self.identity_changed.emit(usable)

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_current(None)
        if not isinstance(error, NoCard):
            self.problem_panel.show_error(error)

    # --- signing -------------------------------------------------------------------------
    def usable_identity(self) -> SignerIdentity | None:
        """The card that may sign now, or None."""
        return self.current if self.problem is None else None

    def login_signer(self, purpose: str) -> Callable[[bytes], CardSignature]:
        """A signer for a login's challenge, called on a worker thread: the PIN dialog
        opens on the GUI thread and the worker waits for the card's signature."""

        def sign(document: bytes) -> CardSignature:
            def start(
                ok: Callable[[CardSignature], None], fail: Callable[[BaseException], None]
            ) -> None:
                self.sign(document, purpose, ok, fail)

            return wait_for_gui(start)

        return sign

    def sign(
        self,
        document: bytes,
        purpose: str,
        on_signed: Callable[[CardSignature], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Ask for the PIN (after showing tries left), sign ``document`` on the worker."""
        who = self.usable_identity()
        if who is None:
            on_error(self.problem or NoCard("no usable card"))
            return

        def track(dialog: PinDialog | None) -> None:
            self._dialog = dialog

        sign_on_card(
            self.cards.service,
            who,
            document,
            purpose,
            holder=f"{kind_name(who.identity.kind)} · {who.identity.holder_name}",
            parent=self.window(),
            on_signed=on_signed,
            on_error=on_error,
            ask_again_on_wrong_pin=True,
            on_dialog=track,
            removals=self.cards.monitor.card_removed,
        )

    @property
    def pin_dialog(self) -> PinDialog | None:
        """The PIN dialog while it is open (tests type into it)."""
        return self._dialog
