"""The enrolment wizard: drives the pages, the platform calls, the card and the draft.

Which step comes next is the shared rule ``app.subsidy.next_application_step`` applied to
what the platform reports as done; nothing here decides eligibility or order. Platform
and card calls run off the GUI thread. Every answer is saved to the encrypted draft as
it is typed; a submitted step is recorded there with its request fingerprint so it is
never sent twice, and its Idempotency-Key is kept so a retry after a lost answer is
recognised by the platform.
"""

from __future__ import annotations

import base64
import logging
from collections.abc import Callable
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from app.platform.client import PlatformClient, new_idempotency_key
from app.platform.errors import AuthExpired, PlatformError
from app.platform.models import (
    Applicant,
    ApplicationState,
    AssessmentResult,
    CardSignature,
    Category,
    Challenge,
    Fetched,
    LoginResult,
    MobileTransaction,
    PointsSummary,
    Questionnaire,
    SignatureBlock,
    TransactionState,
)
from app.storage import Draft, DraftStore, request_fingerprint
from app.subsidy import (
    TAIWAN_TZ,
    ApplicantType,
    ApplicationStep,
    VerificationMethod,
    needs_review,
    next_application_step,
    required_authorizations,
)
from ui.async_bridge import run_in_background
from ui.card_context import CardContext
from ui.wizard.account_page import AccountPage
from ui.wizard.assessment_page import AssessmentPage, ResultPage
from ui.wizard.base import WizardPage
from ui.wizard.card_panel import CardPanel
from ui.wizard.documents import signed_request_document
from ui.wizard.form_page import FormPage
from ui.wizard.identity_page import CARD_METHODS, IdentityPage
from ui.wizard.review_page import ReviewPage
from ui.wizard.sign_pages import AuthorizationPage, ConsentsPage
from ui.wizard.signing import Signing
from ui.wizard.ubn_page import UbnPage

log = logging.getLogger(__name__)
T = TypeVar("T")

STEP_NAMES: dict[str, str] = {
    "ubn": str(QT_TRANSLATE_NOOP("EnrolmentWizard", "統一編號與驗證方式")),
    ApplicationStep.IDENTITY: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "驗證身分")),
    ApplicationStep.AUTHORIZATIONS: str(
        QT_TRANSLATE_NOOP("EnrolmentWizard", "企業授權書（附表2、3）")
    ),
    ApplicationStep.CONSENTS: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "個資告知與聲明事項")),
    ApplicationStep.FORM: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "點數申請表（附表1）與密碼")),
    ApplicationStep.EMAIL: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "驗證 E-mail")),
    ApplicationStep.ASSESSMENT: str(QT_TRANSLATE_NOOP("EnrolmentWizard", "數位自評檢測")),
    "result": str(QT_TRANSLATE_NOOP("EnrolmentWizard", "結果與點數")),
}
STEP_ROLE = Qt.ItemDataRole.UserRole


class EnrolmentWizard(QWidget):
    """New application from the UBN to the points, on one platform."""

    finished = Signal()
    """The person finished (or left) the wizard."""
    mobile_started = Signal(str, str)
    """(transaction id, label) of a phone transaction waiting for approval (training panel)."""
    mobile_ended = Signal(str)
    page_changed = Signal(str)
    """The name of the page now shown (for tests, screenshots and support)."""

    def __init__(
        self,
        client: PlatformClient,
        drafts: DraftStore,
        cards: CardContext | None,
        *,
        today: Callable[[], date] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EnrolmentWizard")
        self.client = client
        self.drafts = drafts
        self.cards = cards
        self._today = today or (lambda: datetime.now(TAIWAN_TZ).date())
        self.applicant: Applicant | None = None
        self.method: VerificationMethod | None = None
        self.draft: Draft | None = None
        self.state: ApplicationState | None = None
        self.card_panel: CardPanel | None = None
        self.signing: Signing | None = None
        self.identity_page: IdentityPage | None = None
        self.responsible_id = ""
        self._phone_person: tuple[str, date, str] | None = None
        self.page_name = ""

        self.steps = QListWidget()
        self.steps.setObjectName("StepList")
        self.steps.setAccessibleName(self.tr("申請步驟"))
        self.steps.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.steps.setMaximumWidth(240)
        for key, text in STEP_NAMES.items():
            item = QListWidgetItem(QCoreApplication.translate("EnrolmentWizard", text))
            item.setData(STEP_ROLE, str(key))
            self.steps.addItem(item)
        self.pages = QStackedWidget()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.steps)
        layout.addWidget(self.pages, 1)

        self.ubn_page = UbnPage()
        self.ubn_page.lookup_requested.connect(self._lookup)
        self.ubn_page.method_chosen.connect(self._method_chosen)
        self.ubn_page.back_requested.connect(self.finished)
        self.ubn_page.back_button.setText(self.tr("回到首頁"))
        self._show(self.ubn_page, "ubn")
        self._offer_drafts()

    # --- helpers ---------------------------------------------------------------------
    @property
    def current_page(self) -> QWidget | None:
        """The page on screen."""
        return self.pages.currentWidget()

    def _show(self, page: WizardPage, step: str) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        previous = self.pages.currentWidget()
        self.pages.setCurrentWidget(page)
        # Pages past the identity step are rebuilt from the draft when shown again.
        if previous is not None and previous not in (page, self.ubn_page, self.identity_page):
            self.pages.removeWidget(previous)
            previous.deleteLater()
        for row in range(self.steps.count()):
            item = self.steps.item(row)
            if item.data(STEP_ROLE) == step:
                self.steps.setCurrentRow(row)
        self.page_name = step
        self.page_changed.emit(step)
        page.next_button.setFocus()

    def _call(
        self,
        page: WizardPage,
        busy: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread with ``page`` showing ``busy``."""
        page.set_busy(busy)

        def ok(value: T) -> None:
            page.set_busy(None)
            try:
                done(value)
            except Exception as error:  # shown through the error table, never as a traceback
                log.exception("wizard could not handle an answer")
                self._show_error(page, error)

        def bad(error: BaseException) -> None:
            page.set_busy(None)
            log.info("wizard step failed: %s", getattr(error, "code", type(error).__name__))
            if failed is not None:
                failed(error)
            else:
                self._show_error(page, error)

        run_in_background(work, ok, bad)

    def _show_error(self, page: WizardPage, error: BaseException) -> None:
        page.errors.show_error(error)
        if isinstance(error, AuthExpired) and self.identity_page is not None:
            self._show(self.identity_page, ApplicationStep.IDENTITY)
            self.identity_page.errors.show_error(error)
        elif isinstance(error, PlatformError) and error.code == "STEP_OUT_OF_ORDER":
            self._refresh_application(page)

    def _error_shower(self, page: WizardPage) -> Callable[[BaseException], None]:
        def show(error: BaseException) -> None:
            self._show_error(page, error)

        return show

    def _save(self, step: str) -> Callable[[str, object], None]:
        def save(field: str, value: object) -> None:
            if self.draft is not None:
                self.draft.save(step, field, value)

        return save

    # --- 1. UBN and method -----------------------------------------------------------
    def _offer_drafts(self) -> None:
        try:
            ubns = [d.ubn for d in self.drafts.list_drafts() if d.readable]
        except OSError:
            ubns = []
        self.ubn_page.offer_resume(ubns)

    def _lookup(self, ubn: str) -> None:
        self._call(
            self.ubn_page,
            self.tr("正在向平台查詢…"),
            lambda: self.client.lookup_applicant(ubn),
            self._looked_up,
            self.ubn_page.show_lookup_error,
        )

    def _looked_up(self, applicant: Applicant) -> None:
        self.ubn_page.show_applicant(applicant)
        draft = self.drafts.load(applicant.ubn)
        saved = draft.get("identity", "method") if draft is not None else None
        for choice in self.ubn_page.choices:
            if choice.method.value == saved:
                choice.radio.setChecked(True)

    def _method_chosen(self, applicant: Applicant, method: VerificationMethod) -> None:
        self.applicant = applicant
        self.method = method
        self.draft = self.drafts.open(applicant.ubn)
        self.draft.save("identity", "method", method.value)
        saved_id = self.draft.get("identity", "id_number")
        self.responsible_id = saved_id if isinstance(saved_id, str) else ""
        if method in CARD_METHODS:
            if self.cards is None:
                raise RuntimeError("card methods need a card context")
            self.card_panel = CardPanel(
                self.cards.service, self.cards.monitor, method, applicant.ubn
            )
        else:
            self.card_panel = None
        poll = (
            self.client.phone_status
            if method is VerificationMethod.PHONE
            else self.client.mobile_moica_status
        )
        page = IdentityPage(applicant, method, self.card_panel, poll)
        page.back_requested.connect(lambda: self._show(self.ubn_page, "ubn"))
        page.login_requested.connect(self._card_login)
        page.mobile_requested.connect(self._mobile_login)
        page.phone_requested.connect(self._phone_login)
        page.logged_in.connect(self._logged_in)
        if page.id_field is not None:
            page.id_field.edited.connect(lambda _n, value: self._remember_id(value))
            if self.responsible_id:
                page.id_field.edit.setText(self.responsible_id)
        self.identity_page = page
        self._show(page, ApplicationStep.IDENTITY)
        if self.card_panel is not None:
            self.card_panel.start()

    def _remember_id(self, value: str) -> None:
        self.responsible_id = value.upper()
        if self.draft is not None:
            self.draft.save("identity", "id_number", self.responsible_id)

    # --- 2. identity -----------------------------------------------------------------
    def _card_login(self) -> None:
        page, panel, applicant, method = (
            self.identity_page,
            self.card_panel,
            self.applicant,
            self.method,
        )
        assert page is not None
        assert panel is not None
        assert applicant is not None
        assert method is not None

        def challenged(challenge: Challenge) -> None:
            panel.sign(
                challenge.to_be_signed,
                self.tr("登入臺灣雲市集（{name}）").format(name=applicant.name),
                lambda signature: self._finish_card_login(challenge, signature),
                self._error_shower(page),
            )

        self._call(
            page,
            self.tr("正在向平台取得登入驗證碼…"),
            lambda: self.client.create_challenge(applicant.ubn, method.value),
            challenged,
        )

    def _finish_card_login(self, challenge: Challenge, signature: SignatureBlock) -> None:
        page, applicant = self.identity_page, self.applicant
        assert page is not None
        assert applicant is not None
        assert isinstance(signature, CardSignature)
        self._call(
            page,
            self.tr("正在登入…"),
            lambda: self.client.certificate_login(applicant.ubn, challenge.challenge_id, signature),
            self._logged_in,
        )

    def _mobile_login(self, national_id: str, mode: str) -> None:
        page, applicant = self.identity_page, self.applicant
        assert page is not None
        assert applicant is not None

        def started(transaction: MobileTransaction) -> None:
            page.wait_for_phone(transaction, mode)
            self.mobile_started.emit(transaction.transaction_id, self.tr("行動自然人憑證登入"))

        self._call(
            page,
            self.tr("正在建立驗證…"),
            lambda: self.client.start_mobile_moica(applicant.ubn, national_id, mode=mode),
            started,
        )

    def _phone_login(self, national_id: str, birthday: date, mobile: str) -> None:
        page, applicant = self.identity_page, self.applicant
        assert page is not None
        assert applicant is not None
        self._phone_person = (national_id, birthday, mobile)

        def started(transaction: MobileTransaction) -> None:
            page.wait_for_phone(transaction)
            self.mobile_started.emit(transaction.transaction_id, self.tr("手機門號登入"))

        self._call(
            page,
            self.tr("正在向電信業者送出驗證…"),
            lambda: self.client.start_phone(applicant.ubn, national_id, birthday, mobile),
            started,
        )

    def _logged_in(self, result: LoginResult | TransactionState) -> None:
        applicant, page = self.applicant, self.identity_page
        assert applicant is not None
        assert page is not None
        if page.wait.transaction is not None:
            self.mobile_ended.emit(page.wait.transaction.transaction_id)
        if isinstance(result, TransactionState):
            if not result.token:
                page.errors.show_error(PlatformError("PROTOCOL_ERROR", "no token", status=200))
                return
            self.client.use_token(applicant.ubn, result.token)
        self.signing = self._make_signing()
        self._refresh_application(page)

    def _make_signing(self) -> Signing:
        applicant, method = self.applicant, self.method
        assert applicant is not None
        assert method is not None
        if method in CARD_METHODS:
            return Signing(self, card_panel=self.card_panel)
        if method is VerificationMethod.PHONE:
            person = self._phone_person
            assert person is not None

            def start_phone(document: bytes) -> MobileTransaction:
                # The typed client has no "sign" purpose for the phone method yet.
                raw = self.client.call_json(
                    "POST",
                    "/auth/phone",
                    body={
                        "ubn": applicant.ubn,
                        "id_number": person[0],
                        "birthday": person[1].isoformat(),
                        "mobile": person[2],
                        "purpose": "sign",
                        "document": base64.b64encode(document).decode("ascii"),
                    },
                    auth=True,
                    idempotency_key=new_idempotency_key(),
                )
                return MobileTransaction.from_json(raw)

            return Signing(
                self, start_mobile=start_phone, poll=self.client.phone_status, phone=True
            )

        def start_mobile(document: bytes) -> MobileTransaction:
            return self.client.start_mobile_moica(
                applicant.ubn, self.responsible_id, purpose="sign", document=document
            )

        return Signing(self, start_mobile=start_mobile, poll=self.client.mobile_moica_status)

    # --- step routing ----------------------------------------------------------------
    def _refresh_application(self, page: WizardPage) -> None:
        self._call(page, self.tr("正在讀取申請進度…"), self.client.get_application, self._route)

    def _route(self, state: ApplicationState) -> None:
        """Show the first step the platform has not recorded as done."""
        self.state = state
        applicant = self.applicant
        assert applicant is not None
        done = set(state.done)
        if not required_authorizations(applicant.applicant_type):
            # The platform reports a step that does not apply as done; the rule wants it absent.
            done.discard(ApplicationStep.AUTHORIZATIONS)
        step = next_application_step(done, applicant.applicant_type)
        if step is ApplicationStep.AUTHORIZATIONS:
            self._show_authorization()
        elif step is ApplicationStep.CONSENTS:
            self._show_consents()
        elif step is ApplicationStep.FORM:
            self._show_form(state)
        elif step is ApplicationStep.EMAIL:
            self._show_account(code_already_sent=True)
        elif step is ApplicationStep.ASSESSMENT:
            if state.status == "pending_review":
                self._show_review()
            else:
                self._load_questionnaire()
        elif step is None:
            self._show_done()
        else:  # IDENTITY: the session is not the applicant's any more
            assert self.identity_page is not None
            self._show(self.identity_page, ApplicationStep.IDENTITY)

    def _submit_once(
        self,
        page: WizardPage,
        step: str,
        fields: dict[str, Any],
        *,
        send: Callable[[str], object],
        done: Callable[[object], None],
        busy: str,
    ) -> None:
        """Send ``fields`` for ``step`` unless the draft shows the same request was accepted."""
        draft = self.draft
        assert draft is not None
        fingerprint = request_fingerprint(fields)
        earlier = draft.already_sent(step, fingerprint)
        if earlier is not None:
            done(earlier)
            return
        key = draft.get(step, "idempotency_key")
        if not isinstance(key, str) or draft.get(step, "fingerprint") != fingerprint:
            key = new_idempotency_key()
            draft.save_many(step, {"idempotency_key": key, "fingerprint": fingerprint})
            draft.flush()

        def accepted(response: object) -> None:
            draft.mark_submitted(step, fingerprint, response)
            draft.flush()
            done(response)

        self._call(page, busy, lambda: send(key), accepted)

    def _sign_and_submit(
        self,
        page: AuthorizationPage | ConsentsPage,
        step: str,
        action: str,
        purpose: str,
        send: Callable[[SignatureBlock, str], object],
    ) -> None:
        applicant, signing, draft = self.applicant, self.signing, self.draft
        assert applicant is not None
        assert signing is not None
        assert draft is not None
        fields = page.request_fields()
        fingerprint = request_fingerprint(fields)
        if draft.already_sent(step, fingerprint) is not None:
            self._refresh_application(page)
            return
        document = signed_request_document(fields, action, applicant.ubn)
        page.errors.clear()

        def signed(signature: SignatureBlock) -> None:
            self._submit_once(
                page,
                step,
                fields,
                send=lambda key: send(signature, key),
                done=lambda _r: self._refresh_application(page),
                busy=self.tr("正在送出簽署…"),
            )

        signing.sign(document, purpose, signed, self._error_shower(page))

    # --- 3. authorisations and consents ------------------------------------------------
    def _show_authorization(self) -> None:
        applicant, draft = self.applicant, self.draft
        assert applicant is not None
        assert draft is not None
        kinds = required_authorizations(applicant.applicant_type)
        pending = [k for k in kinds if draft.submitted(f"authorization_{k.value}") is None]
        kind = pending[0] if pending else kinds[0]
        page = AuthorizationPage(kind, applicant, self._today(), self.responsible_id)
        page.restore(draft.answers(page.draft_step))
        page.answer_changed.connect(self._save(page.draft_step))
        page.back_requested.connect(self._back_to_identity)
        page.sign_requested.connect(lambda: self._sign_authorization(page))
        self._show(page, ApplicationStep.AUTHORIZATIONS)

    def _sign_authorization(self, page: AuthorizationPage) -> None:
        def send(signature: SignatureBlock, key: str) -> object:
            return self.client.submit_authorization(
                page.request_fields(), signature, idempotency_key=key
            )

        self._sign_and_submit(page, page.draft_step, "authorizations", page.title.text(), send)

    def _show_consents(self) -> None:
        applicant, draft = self.applicant, self.draft
        assert applicant is not None
        assert draft is not None
        page = ConsentsPage(applicant)
        page.restore(draft.answers(page.draft_step))
        page.answer_changed.connect(self._save(page.draft_step))
        page.back_requested.connect(self._back_to_identity)
        page.sign_requested.connect(lambda: self._sign_consents(page))
        self._show(page, ApplicationStep.CONSENTS)

    def _sign_consents(self, page: ConsentsPage) -> None:
        def send(signature: SignatureBlock, key: str) -> object:
            fields = page.request_fields()
            return self.client.submit_consents(
                personal_data=bool(fields["personal_data"]),
                declarations=bool(fields["declarations"]),
                text_version=str(fields["text_version"]),
                signature=signature,
                idempotency_key=key,
            )

        self._sign_and_submit(page, "consents", "consents", page.title.text(), send)

    def _back_to_identity(self) -> None:
        if self.identity_page is not None:
            self._show(self.identity_page, ApplicationStep.IDENTITY)

    # --- 4. 附表1 and the account -------------------------------------------------------
    def _show_form(self, state: ApplicationState) -> None:
        applicant, draft = self.applicant, self.draft
        assert applicant is not None
        assert draft is not None
        page = FormPage(applicant)
        page.restore(dict(state.form))
        page.restore(draft.answers(page.draft_step))
        page.answer_changed.connect(self._save(page.draft_step))
        page.back_requested.connect(self._back_to_identity)
        page.submit_requested.connect(lambda: self._submit_form(page))
        self._show(page, ApplicationStep.FORM)

    def _submit_form(self, page: FormPage) -> None:
        values = page.values()

        def failed(error: BaseException) -> None:
            if isinstance(error, PlatformError) and error.field_errors:
                page.show_errors(error.field_errors)
            self._show_error(page, error)

        self._call(
            page,
            self.tr("正在送出申請表…"),
            lambda: self.client.put_application_form(values),
            lambda _r: self._show_account(email=str(values.get("contact_email", ""))),
            failed,
        )

    def _show_account(self, *, code_already_sent: bool = False, email: str = "") -> None:
        applicant, state = self.applicant, self.state
        assert applicant is not None
        if not email and state is not None:
            email = str(state.form.get("contact_email", ""))
        page = AccountPage(applicant.ubn, email, self.responsible_id or None)
        page.back_requested.connect(lambda: self._refresh_application(page))
        page.create_requested.connect(lambda password: self._create_account(page, password))
        page.verify_requested.connect(lambda code: self._verify_email(page, code))
        self._show(page, ApplicationStep.EMAIL if code_already_sent else ApplicationStep.FORM)
        if code_already_sent:
            page.code_sent(email)

    def _create_account(self, page: AccountPage, password: str) -> None:
        def sent(response: object) -> None:
            sent_to = response.get("sent_to") if isinstance(response, dict) else None
            page.code_sent(str(sent_to or ""))

        def failed(error: BaseException) -> None:
            if isinstance(error, PlatformError) and "password" in error.field_errors:
                page.password.setEnabled(True)
            self._show_error(page, error)

        self._call(
            page,
            self.tr("正在設定密碼並寄送驗證碼…"),
            lambda: self.client.create_account(password),
            sent,
            failed,
        )

    def _verify_email(self, page: AccountPage, code: str) -> None:
        self._call(
            page,
            self.tr("正在驗證…"),
            lambda: self.client.verify_email(code),
            lambda _r: self._refresh_application(page),
        )

    # --- 5. review, self-assessment and result ---------------------------------------
    def _show_review(self) -> None:
        applicant = self.applicant
        assert applicant is not None
        page = ReviewPage(needs_review(ApplicantType(applicant.applicant_type)))
        page.next_button.clicked.connect(lambda: self._refresh_application(page))
        page.back_requested.connect(self.finished)
        self._show(page, ApplicationStep.ASSESSMENT)

    def _load_questionnaire(self) -> None:
        page = self.pages.currentWidget()
        assert isinstance(page, WizardPage)
        self._call(
            page,
            self.tr("正在取得自評題目…"),
            self.client.get_questionnaire,
            self._show_assessment,
        )

    def _show_assessment(self, questionnaire: Questionnaire) -> None:
        draft = self.draft
        assert draft is not None
        saved_raw = draft.answers("assessment")
        saved = {
            k: [str(v) for v in value] for k, value in saved_raw.items() if isinstance(value, list)
        }
        page = AssessmentPage(questionnaire, saved)
        page.answer_changed.connect(self._save("assessment"))
        page.back_requested.connect(page.go_back)
        page.back_button.setVisible(False)
        page.submit_requested.connect(lambda: self._submit_assessment(page))
        self._show(page, ApplicationStep.ASSESSMENT)

    def _submit_assessment(self, page: AssessmentPage) -> None:
        answers = page.navigator.answers_to_send()
        version = page.questionnaire.version
        dimensions = {d.id: d.title for d in page.questionnaire.dimensions}

        def send(key: str) -> object:
            result = self.client.submit_assessment(version, answers, idempotency_key=key)
            return {
                "scores": result.scores,
                "recommended_categories": list(result.recommended_categories),
                "points_granted": result.points_granted,
            }

        self._submit_once(
            page,
            "assessment_response",
            {"version": version, "answers": answers},
            send=send,
            done=lambda raw: self._show_result(AssessmentResult.from_json(raw), dimensions),
            busy=self.tr("正在送出自評…"),
        )

    def _show_result(self, result: AssessmentResult, dimensions: dict[str, str]) -> None:
        page = ResultPage()
        page.next_button.clicked.connect(self.finished)
        self._show(page, "result")

        def extras() -> tuple[tuple[Category, ...], PointsSummary | None]:
            categories: Fetched[tuple[Category, ...]] = self.client.list_categories()
            points = self.client.get_points().data
            return categories.data, points

        self._call(
            page,
            self.tr("正在讀取點數…"),
            extras,
            lambda got: page.show_result(result, dimensions, got[0], got[1]),
            lambda error: self._result_without_points(page, result, dimensions, error),
        )

    def _result_without_points(
        self,
        page: ResultPage,
        result: AssessmentResult,
        dimensions: dict[str, str],
        error: BaseException,
    ) -> None:
        page.show_result(result, dimensions, (), None)
        page.errors.show_error(error)

    def _show_done(self) -> None:
        page = ReviewPage(False, done=True)
        page.next_button.clicked.connect(self.finished)
        page.back_button.setVisible(False)
        self._show(page, "result")

    # --- teardown --------------------------------------------------------------------
    def close_draft(self) -> None:
        """Write any pending draft changes (on close or sign-out)."""
        if self.draft is not None:
            self.draft.flush()
