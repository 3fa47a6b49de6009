"""The enrolment wizard: pages on top of ``app.flows.EnrolmentService``.

The service owns the enrolment's state, checks, signed documents, drafts and once-only
submissions, and its :class:`~app.flows.enrolment.EnrolmentFlow` decides where the person
is and where Back leads (a submitted step is locked). This widget maps the flow's steps to
pages, runs every service call off the GUI thread and asks the person for what a call
needs (a PIN, a phone approval) through :func:`ui.async_bridge.wait_for_gui`, so the GUI
thread never waits. The service is given to it (:func:`ui.wiring` builds the real one).

The first page (the UBN) needs only its field, the checksum rule and Qt: the service
(and with it the HTTP client, the drafts' keyring and cipher) is built on a worker, after
the page's first paint to list the drafts to resume, and the later steps' pages and the
card stack are imported on the worker of the first lookup (``STEP_MODULES``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from app.errors import ErrorCode
from app.flows.enrolment import CARD_METHODS, WizardStep
from app.flows.errors import FlowError, InvalidInput
from app.platform.errors import AuthExpired, PlatformError
from app.platform.models import (
    Applicant,
    ApplicationTexts,
    AssessmentResult,
    Category,
    PointsSummary,
)
from app.subsidy import AuthorizationKind, Pavilion, VerificationMethod
from ui.a11y import announce, focus_pages_of, make_alert
from ui.async_bridge import import_modules, install_gui_invoker, run_in_background
from ui.errors import describe, reason_lines
from ui.field_problems import field_text, field_texts
from ui.first_paint import after_first_paint
from ui.widgets.fields import show_field_errors
from ui.wizard.base import WizardPage
from ui.wizard.ubn_page import UbnPage

if TYPE_CHECKING:
    from app.cards.signer import SignerIdentity
    from app.flows.enrolment_service import EnrolmentService
    from app.flows.login import LoginFlow, MobilePoll
    from app.flows.questionnaire import QuestionnaireNavigator
    from app.platform.client import PlatformClient
    from app.storage import DraftStore
    from ui.card_context import CardContext
    from ui.member.signing import PhonePerson
    from ui.wiring import OnDemand
    from ui.wizard.account_page import AccountPage
    from ui.wizard.assessment_page import AssessmentPage
    from ui.wizard.card_panel import CardPanel
    from ui.wizard.form_page import FormPage
    from ui.wizard.identity_page import IdentityPage
    from ui.wizard.sign_pages import AuthorizationPage, ConsentsPage
    from ui.wizard.signing import Signing

log = logging.getLogger(__name__)
T = TypeVar("T")

STEP_MODULES = (
    "app.flows.enrolment_service",
    "ui.card_context",
    "ui.wizard.identity_page",
    "ui.wizard.card_panel",
    "ui.wizard.signing",
    "ui.wizard.sign_pages",
    "ui.wizard.form_page",
    "ui.wizard.account_page",
    "ui.wizard.assessment_page",
    "ui.wizard.review_page",
)
"""The pages after the UBN and what they use (the card stack): imported on the worker of
the first lookup, so choosing a method shows its page at once."""

STEP_NAMES: dict[WizardStep, str] = {
    WizardStep.UBN: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "統一編號與驗證方式")),
    WizardStep.IDENTITY: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "驗證身分")),
    WizardStep.AUTHORIZATIONS: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "企業授權書（附表2、3）")),
    WizardStep.CONSENTS: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "個資告知與聲明事項")),
    WizardStep.FORM: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "點數申請表（附表1）與密碼")),
    WizardStep.EMAIL: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "驗證 E-mail")),
    WizardStep.ASSESSMENT: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "數位自評檢測")),
    WizardStep.RESULT: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "結果與點數")),
}
STEP_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class CompletedApplication:
    """What the member area needs once the application is done: the session, and who was
    verified how, so that it signs as after a member login with the same method."""

    client: PlatformClient
    applicant: Applicant
    method: VerificationMethod
    login: LoginFlow
    """The login that verified the person (a phone signs through it)."""
    signer_identity: SignerIdentity | None
    """The card that logged in (card methods)."""
    phone_person: PhonePerson | None
    """The person as the phone login named them (phone methods)."""
    recommended_categories: tuple[str, ...]


class EnrolmentWizard(QWidget):
    """New application from the UBN to the points, on one platform."""

    finished = Signal()
    """The person left the wizard (back to the start page)."""
    completed = Signal(object)
    """A CompletedApplication: the person goes on to the member area."""
    mobile_started = Signal(str, str)
    """(transaction id, label) of a phone transaction waiting for approval (training panel)."""
    mobile_ended = Signal(str)
    page_changed = Signal(str)
    """The name of the page now shown (tests, screenshots, support)."""

    def __init__(
        self,
        services: OnDemand[tuple[EnrolmentService, DraftStore]],
        cards: Callable[[], CardContext] | None,
        *,
        training: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """``services`` gives the application's service and its drafts (built on a worker
        if not built yet); ``cards`` the card context, asked for when a card method is
        chosen (None: no card reader access)."""
        super().__init__(parent)
        install_gui_invoker()
        self.training = training
        self.setObjectName("EnrolmentWizard")
        self._services = services
        self._cards = cards
        self.applicant: Applicant | None = None
        self.method: VerificationMethod | None = None
        self.signing: Signing | None = None
        self.identity_page: IdentityPage | None = None
        self.responsible_id = ""
        self._phone_person: tuple[date, str] | None = None
        self._form_values: dict[str, object] = {}
        self.page_name = ""

        self.steps = QListWidget()
        self.steps.setObjectName("StepList")
        self.steps.setAccessibleName(self.tr("申請步驟"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setFixedWidth(260)
        # Not a wrapped_list: the step names fit this fixed width on one line in both
        # languages, and with the style sheet's item padding the WrappedItemDelegate sized the
        # longer names a line too tall (a blank line under them, English at 1280x720).
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for key, text in STEP_NAMES.items():
            item = QListWidgetItem(QCoreApplication.translate("EnrolmentWizard", text))
            item.setData(STEP_ROLE, str(key))
            self.steps.addItem(item)
        self.pages = QStackedWidget()
        focus_pages_of(self.pages)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)

        self.ubn_page = UbnPage()
        self.ubn_page.lookup_requested.connect(self._lookup)
        self.ubn_page.method_chosen.connect(self._method_chosen)
        self.ubn_page.back_requested.connect(self.leave)
        self.ubn_page.back_button.setText(self.tr("回到首頁"))
        self._show(self.ubn_page, WizardStep.UBN)
        if services.built is not None:
            self.ubn_page.offer_resume(_unfinished_drafts(services.built[1]))
        else:
            # Listing the drafts builds the service: after the page is on screen.
            after_first_paint(self.ubn_page, self._offer_drafts)

    # --- the service, built on first use ---------------------------------------------
    @property
    def service(self) -> EnrolmentService:
        """The application's service (built by the first lookup, or listing the drafts)."""
        return self._services.get()[0]

    @property
    def drafts(self) -> DraftStore:
        """Where the drafts are kept."""
        return self._services.get()[1]

    @property
    def client(self) -> PlatformClient:
        """The platform client of the service."""
        return self.service.client

    def _today(self) -> date:
        return self.service.today()

    # --- helpers ---------------------------------------------------------------------
    @property
    def current_page(self) -> QWidget | None:
        """The page on screen."""
        return self.pages.currentWidget()

    def _show(self, page: WizardPage, step: WizardStep) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        previous = self.pages.currentWidget()
        self.pages.setCurrentWidget(page)
        # Pages after the identity step are rebuilt from the draft when shown again.
        if previous is not None and previous not in (page, self.ubn_page, self.identity_page):
            self.pages.removeWidget(previous)
            previous.deleteLater()
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item is not None and item.data(STEP_ROLE) == step:
                self.steps.setCurrentRow(row)
        self.page_name = step
        self.page_changed.emit(step)

    def _call(
        self,
        page: WizardPage,
        busy: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread with ``page`` showing ``busy``."""
        page.run_busy(busy, work, done, failed or self._error_shower(page))

    def _show_error(self, page: WizardPage, error: BaseException) -> None:
        page.errors.show_error(error, reason_lines(error))
        if isinstance(error, AuthExpired) and self.identity_page is not None:
            self._show_identity()
            self.identity_page.errors.show_error(error)
        elif isinstance(error, PlatformError) and error.code == ErrorCode.STEP_OUT_OF_ORDER:
            self._refresh(page)

    def _error_shower(self, page: WizardPage) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            self._show_error(page, error)

        return show

    # --- navigation: the flow decides, the wizard shows ----------------------------------
    def _offer_back(self, page: WizardPage) -> None:
        """Back on ``page`` goes where the flow allows: the previous step while nothing was
        submitted there, else (a locked step) out of the wizard to the start page."""
        if not self.service.flow.can_go_back():
            page.back_button.setText(self.tr("回到首頁"))
        page.back_requested.connect(self._back)

    def _back(self) -> None:
        flow = self.service.flow
        if not flow.can_go_back():
            self.leave()
            return
        step = flow.go_back()
        if step in (WizardStep.UBN, WizardStep.METHOD):
            self._show(self.ubn_page, WizardStep.UBN)
        elif step is WizardStep.IDENTITY and self.identity_page is not None:
            self._show(self.identity_page, WizardStep.IDENTITY)
        else:
            self._route()

    def _show_identity(self) -> None:
        """The identity page again (the session ended): the flow goes back to that step."""
        if self.identity_page is not None:
            self.service.flow.enter(WizardStep.IDENTITY)
            if not self.service.flow.can_go_back():
                self.identity_page.back_button.setText(self.tr("回到首頁"))
            self._show(self.identity_page, WizardStep.IDENTITY)

    def _save(self, step: str) -> Callable[[str, object], None]:
        def save(field: str, value: object) -> None:
            if self.service.draft is not None:
                self.service.draft.save(step, field, value)

        return save

    # --- 1. UBN and method -----------------------------------------------------------
    def _offer_drafts(self) -> None:
        services = self._services

        def unfinished() -> list[str]:
            return _unfinished_drafts(services.get()[1])

        def failed(error: BaseException) -> None:
            # Not shown: the lookup builds the service again and says what went wrong.
            log.warning("drafts not listed: %s", type(error).__name__)

        run_in_background(unfinished, self.ubn_page.offer_resume, failed)

    def _lookup(self, ubn: str) -> None:
        services = self._services

        def look_up() -> Applicant:
            import_modules(STEP_MODULES)
            return services.get()[0].start(ubn)

        self._call(
            self.ubn_page,
            self.tr("正在向平台查詢…"),
            look_up,
            self._looked_up,
            self.ubn_page.show_lookup_error,
        )

    def _looked_up(self, applicant: Applicant) -> None:
        self.service.flow.enter(WizardStep.METHOD)
        self.ubn_page.show_applicant(applicant, self.service.programme)
        if self.ubn_page.pavilion.offered and (
            self.service.pavilion is Pavilion.INDUSTRY or self._has_draft_track()
        ):
            self.ubn_page.pavilion.choose(self.service.pavilion.value)
        # Only the steps this applicant goes through are listed (no 附表2/3 for some types).
        steps = {str(step) for step in self.service.flow.steps()}
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            key = item.data(STEP_ROLE) if item is not None else None
            if item is not None and key not in (WizardStep.UBN, WizardStep.RESULT):
                item.setHidden(key not in steps)
        saved = self.service.flow.method
        for choice in self.ubn_page.choices:
            if choice.method is saved:
                choice.radio.setChecked(True)

    def _has_draft_track(self) -> bool:
        draft = self.service.draft
        return draft is not None and draft.get("pavilion", "pavilion") is not None

    def _method_chosen(self, applicant: Applicant, method: VerificationMethod) -> None:
        try:
            track = self.ubn_page.pavilion.chosen()
            if track is not None:
                self.service.choose_pavilion(track)
            self.service.choose_method(method)
            self.service.flow.enter(WizardStep.METHOD)
            self.service.flow.go_next()
        except Exception as error:  # METHOD_LOCKED and friends, through the table
            self.ubn_page.errors.show_error(error)
            return
        self.applicant = applicant
        self.method = method
        draft = self.service.draft
        saved_id = draft.get("identity", "id_number") if draft is not None else None
        self.responsible_id = saved_id if isinstance(saved_id, str) else ""
        # Imported by the lookup (STEP_MODULES).
        from ui.wizard.card_panel import CardPanel
        from ui.wizard.identity_page import IdentityPage

        if method in CARD_METHODS:
            if self._cards is None:
                self.ubn_page.errors.show_error(RuntimeError("no card reader access"))
                return
            card_panel: CardPanel | None = CardPanel(self._cards(), method, applicant.ubn)
        else:
            card_panel = None
        page = IdentityPage(applicant, method, card_panel)
        self._offer_back(page)
        page.login_requested.connect(self._card_login)
        page.mobile_requested.connect(self._mobile_login)
        page.phone_requested.connect(self._phone_login)
        page.logged_in.connect(self._logged_in)
        page.wait.failed.connect(lambda _e: self._mobile_over(page))
        if page.id_field is not None:
            page.id_field.edited.connect(lambda _n, value: self._remember_id(value))
            if self.responsible_id:
                page.resume(self.responsible_id)
        self.identity_page = page
        self._show(page, WizardStep.IDENTITY)
        if card_panel is not None:
            card_panel.start()

    @property
    def card_panel(self) -> CardPanel | None:
        """The identity page's card panel (card methods only)."""
        page = self.identity_page
        return page.card_panel if page is not None else None

    def _remember_id(self, value: str) -> None:
        self.responsible_id = value.upper()
        self._save("identity")("id_number", self.responsible_id)

    # --- 2. identity -----------------------------------------------------------------
    def _card_login(self) -> None:
        page, panel, applicant = self.identity_page, self.card_panel, self.applicant
        assert page is not None
        assert panel is not None
        assert applicant is not None
        sign = panel.login_signer(self.tr("登入臺灣雲市集（{name}）").format(name=applicant.name))

        def login() -> object:
            return self.service.login.login_with_card(sign)

        self._call(page, self.tr("正在以卡片登入…"), login, lambda _r: self._after_login())

    def _mobile_login(self, national_id: str, mode: str) -> None:
        page = self.identity_page
        assert page is not None

        def started(poll: MobilePoll) -> None:
            page.wait_for_phone(poll, self.service.login.check_mobile_login, mode)
            self.mobile_started.emit(poll.transaction.transaction_id, self.tr("行動自然人憑證登入"))

        self._call(
            page,
            self.tr("正在建立驗證…"),
            lambda: self.service.login.start_mobile_login(national_id, mode=mode),
            started,
            self._identity_input_failed,
        )

    def _phone_login(self, national_id: str, birthday: date, mobile: str) -> None:
        page = self.identity_page
        assert page is not None
        self._phone_person = (birthday, mobile)

        def started(poll: MobilePoll) -> None:
            page.wait_for_phone(poll, self.service.login.check_mobile_login)
            self.mobile_started.emit(poll.transaction.transaction_id, self.tr("手機門號登入"))

        self._call(
            page,
            self.tr("正在向電信業者送出驗證…"),
            lambda: self.service.login.start_mobile_login(
                national_id, birthday=birthday, mobile=mobile
            ),
            started,
            self._identity_input_failed,
        )

    def _identity_input_failed(self, error: BaseException) -> None:
        page = self.identity_page
        assert page is not None
        show_field_errors(
            error,
            {
                "id_number": page.id_field,
                "birthday": page.birthday_field,
                "mobile": page.mobile_field,
            },
        )
        self._show_error(page, error)

    def _mobile_over(self, page: IdentityPage) -> None:
        if page.wait.transaction_id:
            self.mobile_ended.emit(page.wait.transaction_id)

    def _logged_in(self, _result: object) -> None:
        if self.identity_page is not None:
            self._mobile_over(self.identity_page)
        self._after_login()

    def _after_login(self) -> None:
        self.signing = self._make_signing()
        self._route()

    def _make_signing(self) -> Signing:
        from ui.wizard.signing import Signing

        method = self.method
        if method in CARD_METHODS:
            return Signing(self, card_panel=self.card_panel)
        birthday, mobile = self._phone_person or (None, None)
        person = self.responsible_id

        def start_mobile(document: bytes) -> MobilePoll:
            poll = self.service.login.start_mobile_signature(
                document, person, birthday=birthday, mobile=mobile
            )
            self.mobile_started.emit(poll.transaction.transaction_id, self.tr("手機簽署"))
            return poll

        return Signing(
            self,
            start_mobile=start_mobile,
            check=self.service.login.poll_mobile_signature,
            phone=method is VerificationMethod.PHONE,
        )

    # --- step routing ----------------------------------------------------------------
    def _refresh(self, page: WizardPage) -> None:
        self._call(
            page, self.tr("正在讀取申請進度…"), self.service.refresh, lambda _s: self._route()
        )

    def _route(self) -> None:
        """Show the page the service says is next."""
        flow = self.service.flow
        step = flow.current
        if step is WizardStep.AUTHORIZATIONS:
            self._with_texts(self._show_authorization)
        elif step is WizardStep.CONSENTS:
            self._with_texts(self._show_consents)
        elif step is WizardStep.FORM:
            self._show_form()
        elif step is WizardStep.EMAIL:
            self._show_account(code_already_sent=True)
        elif step is WizardStep.ASSESSMENT:
            blocked = flow.blocked_reason()
            if blocked is ErrorCode.APPLICATION_REJECTED:
                self._show_refusal(blocked)
            elif blocked is not None:
                self._show_review()
            else:
                self._load_questionnaire()
        elif step is WizardStep.RESULT:
            self._show_done()
        elif self.identity_page is not None:
            self._show_identity()

    def _submitted(self, step: str) -> bool:
        draft = self.service.draft
        return draft is not None and draft.submitted(step) is not None

    # --- 3. authorisations and consents ------------------------------------------------
    def _with_texts(self, show: Callable[[ApplicationTexts], None]) -> None:
        """Show a signing page built from the platform's texts (fetched off the GUI thread)."""
        page = self.pages.currentWidget()
        assert isinstance(page, WizardPage)
        self._call(page, self.tr("正在取得同意書及聲明事項全文…"), self.service.texts, show)

    def _texts_outdated(
        self,
        page: WizardPage,
        boxes: tuple[str, ...],
        error: BaseException,
        show: Callable[[ApplicationTexts], None],
    ) -> bool:
        """TEXT_OUTDATED: fetch the texts again and ask again; typed fields stay, boxes
        agreeing to the old wording are cleared. False for any other error."""
        if not (isinstance(error, PlatformError) and error.code == ErrorCode.TEXT_OUTDATED):
            return False
        draft = self.service.draft
        if draft is not None:
            for box in boxes:
                draft.save(getattr(page, "draft_step", ""), box, False)

        def ask_again(texts: ApplicationTexts) -> None:
            show(texts)
            shown = self.pages.currentWidget()
            if isinstance(shown, WizardPage):
                shown.errors.show_error(error)

        self._call(
            page, self.tr("內容已更新，正在重新取得全文…"), self.service.reload_texts, ask_again
        )
        return True

    def _show_authorization(self, texts: ApplicationTexts) -> None:
        from ui.wizard.sign_pages import AuthorizationPage

        applicant = self.applicant
        assert applicant is not None
        kinds = self.service.flow.required_authorizations()
        pending = [k for k in kinds if not self._submitted(f"authorizations:{k.value}")]
        kind = pending[0] if pending else kinds[0]
        page = AuthorizationPage(
            kind, applicant, self._today(), texts, responsible_id=self.responsible_id
        )
        if self.service.draft is not None:
            page.restore(self.service.draft.answers(page.draft_step))
        page.answer_changed.connect(self._save(page.draft_step))
        self._offer_back(page)
        page.sign_requested.connect(lambda: self._sign_authorization(page, kind))
        self._show(page, WizardStep.AUTHORIZATIONS)

    def _sign_authorization(self, page: AuthorizationPage, kind: AuthorizationKind) -> None:
        signing = self.signing
        assert signing is not None
        valid_from, valid_to = page.period()
        person, name = page.responsible_person_id(), page.responsible_person_name()
        sign = signing.blocking(page.title.text())

        def failed(error: BaseException) -> None:
            if self._texts_outdated(page, page.CONSENT_BOXES, error, self._show_authorization):
                return
            if isinstance(error, InvalidInput):
                page.show_errors(error.fields)
            self._show_error(page, error)

        self._call(
            page,
            self.tr("正在簽署並送出授權書…"),
            lambda: self.service.sign_authorization(
                kind,
                valid_from,
                valid_to,
                sign,
                page.texts,
                responsible_person_id=person,
                responsible_person_name=name,
            ),
            lambda _s: self._route(),
            failed,
        )

    def _show_consents(self, texts: ApplicationTexts) -> None:
        from ui.wizard.sign_pages import ConsentsPage

        applicant = self.applicant
        assert applicant is not None
        industry = self.service.pavilion is Pavilion.INDUSTRY
        page = ConsentsPage(applicant, texts, industry=industry)
        if self.service.draft is not None:
            page.restore(self.service.draft.answers(page.draft_step))
        page.answer_changed.connect(self._save(page.draft_step))
        self._offer_back(page)
        page.sign_requested.connect(lambda: self._sign_consents(page))
        self._show(page, WizardStep.CONSENTS)

    def _sign_consents(self, page: ConsentsPage) -> None:
        signing = self.signing
        assert signing is not None
        sign = signing.blocking(page.title.text())
        personal, declarations = page.personal_data.isChecked(), page.declarations.isChecked()
        industry = page.industry_declared()

        def failed(error: BaseException) -> None:
            if not self._texts_outdated(page, page.CONSENT_BOXES, error, self._show_consents):
                self._show_error(page, error)

        self._call(
            page,
            self.tr("正在簽署並送出…"),
            lambda: self.service.sign_consents(
                personal, declarations, sign, page.texts, industry_declaration=industry
            ),
            lambda _s: self._route(),
            failed,
        )

    # --- 4. 附表1, password and the e-mail code ----------------------------------------
    def _show_form(self, errors: dict[str, str] | None = None) -> FormPage:
        from ui.wizard.form_page import FormPage

        applicant = self.applicant
        assert applicant is not None
        page = FormPage(applicant, self.service.pavilion)
        page.restore(self.service.form_draft())
        page.answer_changed.connect(self.service.save_form_field)
        self._offer_back(page)
        page.submit_requested.connect(lambda: self._form_done(page))
        page.general_track_requested.connect(self._apply_for_general_track)
        self._show(page, WizardStep.FORM)
        if errors:
            page.show_errors(errors)
        return page

    def _industry_refused(self, error: BaseException) -> bool:
        """The platform refused the 工業館 track (403 NOT_ELIGIBLE on 附表1): back to the
        form with its reasons and the offer to apply for the general points instead."""
        refused = isinstance(error, PlatformError) and error.code == "NOT_ELIGIBLE"
        if not refused or self.service.pavilion is not Pavilion.INDUSTRY:
            return False
        page = self._show_form()
        self._show_error(page, error)
        page.offer_general_track(self.service.programme)
        return True

    def _apply_for_general_track(self) -> None:
        """Switch to the general track: the consents are signed again for it."""
        self.service.choose_pavilion(Pavilion.GENERAL)
        self._with_texts(self._show_consents)

    def _form_done(self, page: FormPage) -> None:
        self._form_values = page.values()
        self._show_account(email=str(self._form_values.get("contact_email", "")))

    def _show_account(self, *, code_already_sent: bool = False, email: str = "") -> None:
        from ui.wizard.account_page import AccountPage

        applicant = self.applicant
        assert applicant is not None
        if not email:
            email = str(self.service.form_draft().get("contact_email", ""))
        page = AccountPage(applicant.ubn, email, self.responsible_id or None)
        if code_already_sent:
            self._offer_back(page)
        else:  # the account page is the second half of the form step
            page.back_requested.connect(self._show_form)
        page.create_requested.connect(lambda password: self._create_account(page, password))
        page.verify_requested.connect(lambda code: self._verify_email(page, code))
        self._show(page, WizardStep.EMAIL if code_already_sent else WizardStep.FORM)
        if code_already_sent:
            page.code_sent(email)

    def _create_account(self, page: AccountPage, password: str) -> None:
        fields = dict(self._form_values or self.service.form_draft())
        confirm = page.confirm.edit.text()
        person = self.responsible_id or None

        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidInput):
                form_errors = {
                    k: v for k, v in error.fields.items() if not k.startswith("password")
                }
                if form_errors:
                    self._show_form(field_texts(form_errors))
                    return
                password = error.fields.get("password")
                page.password.set_error(field_text(password) if password else None)
            if not self._industry_refused(error):
                self._show_error(page, error)

        self._call(
            page,
            self.tr("正在送出申請表、設定密碼並寄送驗證碼…"),
            lambda: self.service.submit_form(fields, password, confirm, person),
            lambda _s: page.code_sent(str(fields.get("contact_email", ""))),
            failed,
        )

    def _verify_email(self, page: AccountPage, code: str) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, InvalidInput) and "code" in error.fields:
                page.code.set_error(field_text(error.fields["code"]))
            self._show_error(page, error)

        self._call(
            page,
            self.tr("正在驗證…"),
            lambda: self.service.verify_email(code),
            lambda _s: self._route(),
            failed,
        )

    # --- 5. review, self-assessment and result ---------------------------------------
    def _show_review(self) -> None:
        from ui.wizard.review_page import ReviewPage

        current = self.pages.currentWidget()
        if isinstance(current, ReviewPage) and current.under_review:
            current.show_still_under_review(QTime.currentTime().toString("HH:mm:ss"))
            return
        page = ReviewPage(True, training=self.training, today=self._today())
        page.next_button.clicked.connect(lambda: self._refresh(page))
        self._offer_back(page)
        self._show(page, WizardStep.ASSESSMENT)

    def platform_changed(self) -> None:
        """The training platform moved its clock (or a trainer acted on it): the review page
        asks again at once, so it never says "1 day from now" about a day that has come."""
        from ui.wizard.review_page import ReviewPage

        page = self.pages.currentWidget()
        if isinstance(page, ReviewPage) and page.under_review and page.next_button.isEnabled():
            self._refresh(page)

    def _show_refusal(self, code: ErrorCode) -> None:
        from ui.wizard.review_page import ReviewPage

        refusal = describe(FlowError("", code=code))
        reason = self.service.flow.rejection_reason
        page = ReviewPage(False, refusal=refusal, reason=reason)
        page.next_button.clicked.connect(self.finished)
        page.back_button.setVisible(False)
        self._show(page, WizardStep.ASSESSMENT)
        make_alert(page.title)
        told = page.reason_label.text() if reason else ""
        announce(
            page.title, refusal.title, " ".join(filter(None, (refusal.text, told, refusal.remedy)))
        )

    def _load_questionnaire(self) -> None:
        page = self.pages.currentWidget()
        assert isinstance(page, WizardPage)
        self._call(
            page,
            self.tr("正在取得自評題目…"),
            self.service.questionnaire,
            self._show_assessment,
        )

    def _show_assessment(self, navigator: QuestionnaireNavigator) -> None:
        from ui.wizard.assessment_page import AssessmentPage

        page = AssessmentPage(navigator)
        # The steps before it are sent: 回到首頁, the answers so far kept in the draft.
        self._offer_back(page)
        page.submit_requested.connect(lambda: self._submit_assessment(page))
        self._show(page, WizardStep.ASSESSMENT)

    def _submit_assessment(self, page: AssessmentPage) -> None:
        dimensions = {d.id: d.title for d in page.questionnaire.dimensions}
        self._call(
            page,
            self.tr("正在送出自評…"),
            lambda: self.service.submit_assessment(page.navigator),
            lambda result: self._show_result(result, dimensions),
        )

    def _completed(self, recommended: tuple[str, ...]) -> None:
        applicant, method = self.applicant, self.method
        if applicant is None or method is None:
            self.finished.emit()
            return
        from ui.member.signing import PhonePerson

        who = self.card_panel.usable_identity() if self.card_panel is not None else None
        # As the phone login sent them: kept for the member area's signatures, as after a
        # member login by phone, and dropped with it.
        birthday, mobile = self._phone_person or (None, None)
        person = PhonePerson(self.responsible_id, birthday, mobile) if self.responsible_id else None
        self.completed.emit(
            CompletedApplication(
                self.client, applicant, method, self.service.login, who, person, recommended
            )
        )

    def _show_result(self, result: AssessmentResult, dimensions: dict[str, str]) -> None:
        from ui.wizard.assessment_page import ResultPage

        page = ResultPage()
        page.next_button.setText(self.tr("完成，前往會員中心"))
        page.next_button.clicked.connect(
            lambda: self._completed(tuple(result.recommended_categories))
        )
        self._show(page, WizardStep.RESULT)

        def extras() -> tuple[tuple[Category, ...], PointsSummary]:
            return self.client.list_categories().data, self.service.points()

        def without_points(error: BaseException) -> None:
            page.show_result(result, dimensions, (), None)
            page.errors.show_error(error)

        self._call(
            page,
            self.tr("正在讀取點數…"),
            extras,
            lambda got: page.show_result(result, dimensions, got[0], got[1]),
            without_points,
        )

    def _show_done(self) -> None:
        from ui.wizard.review_page import ReviewPage

        page = ReviewPage(False, done=True)
        page.next_button.setText(self.tr("前往會員中心"))
        page.next_button.clicked.connect(lambda: self._completed(()))
        page.back_button.setVisible(False)
        self._show(page, WizardStep.RESULT)

    # --- leaving ---------------------------------------------------------------------
    def leave(self) -> None:
        """Back to the start page, once the person knows what becomes of the draft."""
        if self.may_leave():
            self.finished.emit()

    def may_leave(self) -> bool:
        """False when the person chose to stay after hearing the draft will not be kept."""
        warning = self.unkept_draft_warning()
        return warning is None or self.confirm_leaving(*warning)

    def unkept_draft_warning(self) -> tuple[str, str] | None:
        """(title, text) when this draft cannot outlive this run (no usable keyring)."""
        built = self._services.built
        draft = built[0].draft if built is not None else None
        if built is None or draft is None or not draft.has_content or built[1].persistent:
            return None
        return (
            self.tr("草稿無法保留到下次"),
            self.tr(
                "這台電腦沒有可用的系統金鑰圈（Windows 認證管理員），程式無法安全地保存草稿的"
                "加密金鑰，只能把它留在本次執行的記憶體中。\n\n"
                "回到首頁後，在程式關閉以前仍可繼續這份申請；關閉程式後，已填寫的資料就無法"
                "再讀取，下次需要重新填寫（已送出到平台的步驟不受影響）。\n\n"
                "原因：{reason}"
            ).format(reason=self.drafts.not_kept_reason or self.tr("金鑰圈無法使用")),
        )

    def confirm_leaving(self, title: str, text: str) -> bool:
        """Ask whether to leave anyway; True to leave."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self)
        box.setObjectName("UnkeptDraftWarning")
        leave = box.addButton(self.tr("仍要離開"), QMessageBox.ButtonRole.DestructiveRole)
        stay = box.addButton(self.tr("留下繼續填寫"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)
        # modal to the main window only: the training panel stays usable meanwhile
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.exec()
        return box.clickedButton() is leave

    # --- teardown --------------------------------------------------------------------
    def close_draft(self) -> None:
        """Write any pending draft changes (on close or sign-out)."""
        built = self._services.built
        if built is not None and built[0].draft is not None:
            built[0].draft.flush()


def _unfinished_drafts(drafts: DraftStore) -> list[str]:
    """The UBNs of the drafts to offer for resuming (the self-assessment, the last step,
    finishes one)."""
    from app.flows.enrolment_service import FINAL_DRAFT_STEP

    try:
        return [
            d.ubn
            for d in drafts.list_drafts()
            if d.readable and FINAL_DRAFT_STEP not in d.submitted_steps
        ]
    except OSError:
        return []
