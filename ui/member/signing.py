"""How the member area gets a signature from the signed-in person.

The area asks a :class:`SignatureRequester` for a signature block over the exact bytes
the platform issued (``to_be_signed``). The requesters: the certificate card (PIN dialog,
then the card worker), 行動自然人憑證 and 手機門號 (a SIGN transaction approved on the
phone); :func:`session_signer` builds the one that fits how the person was verified. A
password login has no requester: the area may read, not sign.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cards.service import CardService
from app.cards.signer import SignerIdentity
from app.flows.enrolment import CARD_METHODS
from app.flows.login import LoginFlow, MobilePoll, poll_signature
from app.platform.client import PlatformClient, new_idempotency_key
from app.platform.errors import NetworkError
from app.platform.models import MobileSignature, SignatureBlock
from app.subsidy import TAIWAN_TZ, VerificationMethod
from ui.async_bridge import run_in_background, watch_future
from ui.dialogs.card_signing import sign_on_card
from ui.errors import describe
from ui.widgets.buttons import push_button
from ui.widgets.layouts import Stretch, row_layout
from ui.widgets.platform_wait import PlatformWait
from ui.wizard.signing import Signing

if TYPE_CHECKING:
    from ui.card_context import CardContext


class SignatureRequester(Protocol):
    """Produces a signature block over ``document`` for the signed-in person."""

    def request(self, parent: QWidget, document: bytes, purpose: str) -> Future[SignatureBlock]:
        """Start signing; the future ends with the block or a typed error."""
        ...


class CardSignatureRequester:
    """Signs with a certificate card: our PIN dialog, then the one card worker thread.

    The tries left are asked first (the dialog shows them and confirms the last try); on
    a PIN-pad reader the dialog waits while the person types the PIN on the reader.
    """

    def __init__(
        self,
        cards: CardService,
        who: SignerIdentity,
        holder: str,
        removals: SignalInstance | None = None,
    ) -> None:
        self.cards = cards
        self.who = who
        self.holder = holder
        self.removals = removals
        """The card monitor's ``card_removed``: a pulled card closes the PIN dialog."""

    def request(self, parent: QWidget, document: bytes, purpose: str) -> Future[SignatureBlock]:
        """Ask for the PIN, then sign ``document`` on the card worker."""
        result: Future[SignatureBlock] = Future()
        sign_on_card(
            self.cards,
            self.who,
            document,
            purpose,
            holder=self.holder,
            parent=parent,
            on_signed=result.set_result,
            on_error=result.set_exception,
            removals=self.removals,
        )
        return result


@dataclass(frozen=True)
class PhonePerson:
    """The responsible person as a phone login named them: the national ID and, for the
    phone number method (手機門號), the birthday and the monthly-plan mobile number.

    A phone signature names them again, so the session's signer keeps them for as long as
    the session lasts, and no longer; a repr or a log never shows them.
    """

    id_number: str = field(repr=False)
    birthday: date | None = field(default=None, repr=False)
    mobile: str | None = field(default=None, repr=False)


class PhoneRequester(QObject):
    """A requester whose signature is approved on the responsible person's phone: a SIGN
    transaction shown as a QR code in the wizard's signing dialog
    (``ui.wizard.signing.Signing``), polled at the interval the platform advertises.

    It says which transaction waits and when it is over (the training panel approves it).
    """

    transaction_started = Signal(str, str)
    """(transaction id, label) of a SIGN transaction waiting for the phone."""
    transaction_ended = Signal(str)

    def __init__(
        self,
        start: Callable[[bytes], MobilePoll],
        check: Callable[[MobilePoll], MobileSignature | None],
        *,
        phone: bool,
    ) -> None:
        """``start`` opens the SIGN transaction over a document (on a worker), ``check``
        asks for its status once; ``phone``: the phone number method (the dialog says to use
        4G/5G, not the app)."""
        super().__init__()
        self._start, self._check, self.phone = start, check, phone

    def label(self) -> str:
        """What the transaction is, for the training panel."""
        if self.phone:
            return QCoreApplication.translate("PhoneRequester", "手機簽署")
        return QCoreApplication.translate("PhoneRequester", "行動自然人憑證簽署")

    def request(self, parent: QWidget, document: bytes, purpose: str) -> Future[SignatureBlock]:
        """Start the SIGN transaction, then wait for the phone in a dialog."""
        result: Future[SignatureBlock] = Future()
        started: list[str] = []

        def start(signed: bytes) -> MobilePoll:
            poll = self._start(signed)  # on a worker: the signal is queued to the GUI
            started.append(poll.transaction.transaction_id)
            self.transaction_started.emit(poll.transaction.transaction_id, self.label())
            return poll

        def over() -> None:
            for transaction_id in started:
                self.transaction_ended.emit(transaction_id)

        def signed(block: SignatureBlock) -> None:
            over()
            result.set_result(block)

        def failed(error: BaseException) -> None:
            over()
            result.set_exception(error)

        self.signing = Signing(parent, start_mobile=start, check=self._check, phone=self.phone)
        self.signing.sign(document, purpose, signed, failed)
        return result


class MobileSignatureRequester(PhoneRequester):
    """Signs with 行動自然人憑證: a SIGN transaction over the document, approved in the app."""

    def __init__(self, client: PlatformClient, ubn: str, id_number: str) -> None:
        super().__init__(self._start_moica, self._moica_status, phone=False)
        self.client = client
        self.ubn = ubn
        self._id_number = id_number

    def __repr__(self) -> str:
        return f"MobileSignatureRequester(ubn={self.ubn!r})"

    def _start_moica(self, document: bytes) -> MobilePoll:
        client = self.client
        transaction = client.start_mobile_moica(
            self.ubn, self._id_number, purpose="sign", document=document
        )
        return MobilePoll(transaction, client.server_now(), clock=client.server_now)

    def _moica_status(self, poll: MobilePoll) -> MobileSignature | None:
        return poll_signature(poll, self.client.mobile_moica_status, poll.clock())


class PhoneSignatureRequester(PhoneRequester):
    """Signs on the responsible person's phone number (手機門號): a SIGN transaction through
    the login that verified the person, with the birthday and number it was given."""

    def __init__(self, login: LoginFlow, person: PhonePerson) -> None:
        super().__init__(self._start_phone, login.poll_mobile_signature, phone=True)
        self.service = login
        self._person = person

    def __repr__(self) -> str:
        return "PhoneSignatureRequester()"

    def _start_phone(self, document: bytes) -> MobilePoll:
        person = self._person
        return self.service.start_mobile_signature(
            document, person.id_number, birthday=person.birthday, mobile=person.mobile
        )


def card_signer(cards: CardContext, who: SignerIdentity) -> CardSignatureRequester:
    """The requester of the card ``who`` (its kind and holder named in the PIN dialog)."""
    from ui.wizard.card_panel import kind_name

    holder = f"{kind_name(who.identity.kind)} · {who.identity.holder_name}"
    return CardSignatureRequester(cards.service, who, holder, cards.monitor.card_removed)


def session_signer(
    method: VerificationMethod,
    login: LoginFlow,
    *,
    cards: CardContext | None = None,
    card: SignerIdentity | None = None,
    person: PhonePerson | None = None,
) -> SignatureRequester | None:
    """How the member area signs for a person verified with ``method`` through ``login``:
    the same card, or the same phone. Built here alone, after a member login and after an
    application alike; None when nothing can sign (no card, or the person is unknown).
    """
    if method in CARD_METHODS:
        return card_signer(cards, card) if cards is not None and card is not None else None
    if person is None:
        return None
    if method is VerificationMethod.PHONE:
        if person.birthday is None or person.mobile is None:
            return None
        return PhoneSignatureRequester(login, person)
    return MobileSignatureRequester(login.client, login.ubn, person.id_number)


Send = Callable[[SignatureBlock, str], object]


class SignedAttempt(QObject):
    """One attempt of a signed request: the signature and one Idempotency-Key.

    ``sign`` gets the signature from the requester, then sends; ``submit`` sends again
    with the same signature and key (after a dropped connection the platform answers with
    what it already did instead of doing it twice).
    """

    sending = Signal()
    succeeded = Signal(object)
    sign_failed = Signal(object)
    send_failed = Signal(object)

    def __init__(self, signer: SignatureRequester, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.signer = signer
        self.signature: SignatureBlock | None = None
        self.signed_at: datetime | None = None
        self.key: str | None = None
        self._send: Send | None = None

    def sign(self, owner: QWidget, document: bytes, purpose: str, send: Send) -> None:
        """Ask for a signature over ``document``; on success send it with a new key."""
        self._send = send
        watch_future(
            self.signer.request(owner, document, purpose), self._signed, self.sign_failed.emit
        )

    def _signed(self, signature: SignatureBlock) -> None:
        self.signature = signature
        self.signed_at = datetime.now(TAIWAN_TZ)
        self.key = new_idempotency_key()
        self.submit()

    def submit(self) -> None:
        """Send (again) with this attempt's signature and key, off the GUI thread."""
        send, signature, key = self._send, self.signature, self.key
        if send is None or signature is None or key is None:
            return
        self.sending.emit()
        run_in_background(lambda: send(signature, key), self.succeeded.emit, self.send_failed.emit)


class SignedRequestDialog(QDialog):
    """Base of the dialogs that sign the platform's bytes and send them (order, 退訂).

    Gives the status line, the sign / retry / close buttons and the outcome handling;
    a retry after a dropped connection resends the same signature and key.
    """

    def __init__(
        self,
        client: PlatformClient,
        signer: SignatureRequester | None,
        *,
        name: str,
        title: str,
        sign_text: str,
        sending_text: str,
        parent: QWidget | None = None,
    ) -> None:
        """``name`` is the object name (its parts are named after it); ``title``, the sign
        button's ``sign_text`` and the status line's ``sending_text`` say what is signed."""
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setMinimumWidth(560)
        self.client = client
        self.signer = signer
        self.sending_text = sending_text
        self.attempt = SignedAttempt(signer, self) if signer is not None else None
        if self.attempt is not None:
            self.attempt.sending.connect(self._sending)
            self.attempt.succeeded.connect(self.sent)
            self.attempt.sign_failed.connect(self._sign_failed)
            self.attempt.send_failed.connect(self._send_failed)
        self.status = QLabel()
        self.status.setObjectName(f"{name}Status")
        self.status.setWordWrap(True)
        self.sign_button = QPushButton(sign_text)
        self.sign_button.setObjectName(f"{name}Sign")
        self.sign_button.setEnabled(False)
        self.sign_button.clicked.connect(self.sign)
        self.retry_button = QPushButton(self.tr("重試送出（不會重複處理）"))
        self.retry_button.setObjectName(f"{name}Retry")
        self.retry_button.hide()
        self.retry_button.clicked.connect(self.submit)
        self.close_button = push_button(self.tr("關閉"), self.reject)
        self.platform_wait = PlatformWait(self)

    def event(self, event: QEvent) -> bool:
        """After any change of content (a text set, a widget shown), fit the height."""
        handled = super().event(event)
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Resize):
            self.fit_height()
        return handled

    def fit_height(self) -> None:
        """Never shorter than the wrapped texts need at the current width: no overlap at
        the default size, after the quote arrives, or at a 200 % scale."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return
        needed = layout.totalHeightForWidth(self.width())
        if self.minimumHeight() != needed:
            self.setMinimumHeight(needed)
        if self.height() < needed:
            self.resize(self.width(), needed)

    def button_row(self) -> QVBoxLayout:
        """Retry, sign and close, right-aligned, under the wait for the platform.

        The dialog is modal, so it carries its own wait with 取消 (the main window's is
        out of reach while it is open).
        """
        row = row_layout(None, Stretch(1), self.retry_button, self.sign_button, self.close_button)
        rows = QVBoxLayout()
        rows.addWidget(self.platform_wait)
        rows.addLayout(row)
        return rows

    @property
    def attempt_key(self) -> str | None:
        """The Idempotency-Key of the signed attempt (None before signing)."""
        return self.attempt.key if self.attempt is not None else None

    def sign(self) -> None:
        """Sign and send (subclasses call :meth:`sign_and_send`)."""
        raise NotImplementedError

    def sign_and_send(self, document: bytes, purpose: str, send: Send) -> None:
        """Ask for a signature over ``document``, then ``send`` it with a new key."""
        if self.attempt is None:
            return
        self.sign_button.setEnabled(False)
        self.status.setText(self.tr("請依指示完成簽章…"))
        self.attempt.sign(self, document, purpose, send)

    def submit(self) -> None:
        """Send again with the same signature and key."""
        if self.attempt is not None:
            self.attempt.submit()

    def sent(self, answer: object) -> None:
        """The platform accepted the signed request."""
        raise NotImplementedError

    def show_error(self, error: BaseException) -> None:
        """Title, text and remedy from the one error table."""
        text = describe(error)
        self.status.setText(f"{text.title}：{text.text}\n{text.remedy}")

    def can_sign_again(self) -> bool:
        """Whether the sign button may be offered again after a failed signature."""
        return True

    def _sending(self) -> None:
        self.retry_button.setEnabled(False)
        self.status.setText(self.sending_text)

    def _sign_failed(self, error: BaseException) -> None:
        self.show_error(error)
        self.sign_button.setEnabled(self.can_sign_again())

    def _send_failed(self, error: BaseException) -> None:
        if isinstance(error, NetworkError):
            self.status.setText(
                self.tr(
                    "連線中斷，平台可能已經收到。請按「重試送出」：程式會用同一個識別碼詢問平台，"
                    "不會重複處理。（{text}）"
                ).format(text=describe(error).text)
            )
            self.retry_button.show()
            self.retry_button.setEnabled(True)
            return
        self.show_error(error)
