"""Signing with a certificate card: tries left, the PIN dialog (or the reader's pad), the card.

One flow for the wizard's card panel and the member area: ask the card how many PIN tries
are left (costs none), open :class:`PinDialog` with them (it confirms the last try), sign
on the card worker with the typed PIN or, on a PIN-pad reader, with the PIN typed on the
reader while the dialog waits. The GUI thread never waits on the card. When HiPKI
refused this program and another signer signed instead (with the same PIN), a notice
says so without stopping the flow.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from app.cards.errors import CardRemoved, NoCard, PinBlocked, PinCancelled, PinWrong
from app.cards.service import CardService
from app.cards.signer import SignerIdentity, SignResult
from app.platform.models import CardSignature
from ui.async_bridge import watch_future
from ui.dialogs.pin_dialog import PinDialog

OnSigned = Callable[[CardSignature], None]
OnError = Callable[[BaseException], None]
OnDialog = Callable[[PinDialog | None], None]


def fallback_notice() -> tuple[str, str]:
    """Title and text of the notice shown when HiPKI refused this program and the card
    signed through the HiCOS module or the reader instead."""
    return (
        QCoreApplication.translate("CardSigning", "已改用其他方式簽章"),
        QCoreApplication.translate(
            "CardSigning",
            "HiPKI 跨平台網頁元件不信任本程式（不受信任的網站），所以這次改由 HiCOS "
            "卡片管理工具或讀卡機直接完成簽章，使用的是您剛才輸入的 PIN 碼，不需要再輸入一次。",
        ),
    )


def tell_fallback(parent: QWidget | None) -> QMessageBox:
    """Show :func:`fallback_notice` without blocking (the signing flow goes on)."""
    title, text = fallback_notice()
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok)
    box.setParent(parent, box.windowFlags())
    box.setObjectName("HiPkiFallbackNotice")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def sign_on_card(
    cards: CardService,
    who: SignerIdentity,
    document: bytes,
    purpose: str,
    *,
    holder: str,
    parent: QWidget | None,
    on_signed: OnSigned,
    on_error: OnError,
    ask_again_on_wrong_pin: bool = False,
    on_dialog: OnDialog | None = None,
    removals: SignalInstance | None = None,
) -> None:
    """Sign ``document`` with ``who``'s card; exactly one callback runs, on the GUI thread.

    ``ask_again_on_wrong_pin`` reopens the dialog after a wrong PIN, saying so and how many
    tries are left (otherwise the wrong PIN is the error). ``on_dialog`` hears of each PIN
    dialog shown and of None once it is gone. ``removals`` is the card monitor's
    ``card_removed(reader)``: pulling the card while the PIN is asked closes the dialog at
    once, forgets what was typed and ends with :class:`CardRemoved`.
    """
    shown: list[PinDialog] = []

    def reader_emptied(reader: str) -> None:
        if reader == who.handle and shown:
            shown[0].card_removed()  # no PIN is asked for a card that is gone

    def tell_dialog(dialog: PinDialog | None) -> None:
        shown[:] = [dialog] if dialog is not None else []
        if removals is not None:
            if dialog is not None:
                removals.connect(reader_emptied)
            else:
                with contextlib.suppress(RuntimeError, TypeError):
                    removals.disconnect(reader_emptied)
        if on_dialog is not None:
            on_dialog(dialog)

    def ask(tries_left: int | None, retry: bool) -> None:
        dialog = PinDialog(
            holder, purpose, tries_left=tries_left, pinpad=who.pinpad, retry=retry, parent=parent
        )
        tell_dialog(dialog)
        answered: list[bool] = []

        def start(pin: str | None) -> None:
            answered.append(True)
            watch_future(cards.sign(who, document, pin), signed, failed)

        def accepted() -> None:
            tell_dialog(None)
            start(dialog.take_pin())

        def destroyed() -> None:
            # Closed with its window before anyone answered (the program was closed with
            # the PIN asked): a cancel, so that no flow waits for the PIN forever.
            if not answered:
                answered.append(True)
                tell_dialog(None)
                on_error(PinCancelled("the PIN dialog was closed with its window"))

        def rejected() -> None:
            answered.append(True)
            tell_dialog(None)
            if dialog.card_was_removed:
                on_error(CardRemoved("the card was removed while the PIN was asked"))
            else:
                on_error(PinCancelled("PIN entry cancelled"))

        def close_pad_dialog() -> None:
            # PIN-pad mode: the dialog said "type the PIN on the reader" until now.
            if dialog.waiting:
                tell_dialog(None)
                dialog.finish()

        def signed(result: SignResult) -> None:
            close_pad_dialog()
            if result.fallback_reason is not None:
                tell_fallback(parent)
            on_signed(CardSignature(document, result.signature, result.certificate, result.chain))

        def failed(error: BaseException) -> None:
            close_pad_dialog()
            if isinstance(error, PinWrong) and error.tries_left == 0:
                on_error(PinBlocked("the PIN is now blocked"))
            elif isinstance(error, PinWrong) and ask_again_on_wrong_pin:
                ask(error.tries_left, retry=True)
            else:
                on_error(error)

        if who.pinpad:
            dialog.pad_entry_started.connect(lambda: start(None))
        else:
            dialog.accepted.connect(accepted)
        dialog.rejected.connect(rejected)
        dialog.destroyed.connect(destroyed)
        dialog.open()

    def tries_known(tries: int | None) -> None:
        if tries == 0:
            on_error(PinBlocked("the PIN is blocked"))
        else:
            ask(tries, retry=False)

    def tries_failed(error: BaseException) -> None:
        if isinstance(error, CardRemoved | NoCard):
            on_error(error)
        else:
            tries_known(None)  # the card did not tell: the dialog shows no count

    watch_future(cards.pin_tries_left(who), tries_known, tries_failed)
