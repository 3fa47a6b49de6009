"""The enrolment wizard's calls to the platform, with drafts and no double submissions.

A thin layer over :class:`EnrolmentFlow` and :class:`PlatformClient`, called from a worker
thread. Inputs are checked first (``InvalidInput`` with per-field problem codes) so that
nothing invalid is sent. Every signed or creating step goes through the draft's record
of submitted steps: an identical request already accepted is not sent again, and the
Idempotency-Key of an attempt is saved before sending, so a retry after a crash reuses it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime

from app.errors import ErrorCode, FieldCode, FieldProblem, FieldProblems
from app.platform.client import PlatformClient, new_idempotency_key
from app.platform.errors import AuthExpired, NetworkError, PlatformError, ProtocolError
from app.platform.models import (
    Applicant,
    ApplicationState,
    ApplicationTexts,
    AssessmentResult,
    PointsSummary,
    SignatureBlock,
)
from app.storage import Draft, DraftStore, request_fingerprint
from app.subsidy import (
    ApplicationStep,
    AuthorizationKind,
    Pavilion,
    Programme,
    VerificationMethod,
)
from app.subsidy.password import check_password, passwords_match

from .documents import (
    authorization_fields,
    consent_fields,
    signed_document,
)
from .enrolment import (
    EnrolmentFlow,
    authorization_problems,
    form_problems,
)
from .errors import FlowError, InvalidInput
from .login import LoginFlow
from .questionnaire import QuestionnaireNavigator

Signer = Callable[[bytes], SignatureBlock]
"""Signs the given bytes: a card signer, or an approved mobile SIGN transaction."""


FINAL_DRAFT_STEP = "assessment"
"""The last step a draft records: once the platform accepted it, the application is done."""

_ATTEMPTS = "_attempts"


class EnrolmentService:
    """Drives one applicant's enrolment against the platform."""

    def __init__(
        self,
        client: PlatformClient,
        drafts: DraftStore | None = None,
        *,
        today: Callable[[], date] | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        self.client = client
        self.flow = EnrolmentFlow()
        self._drafts = drafts
        self.draft: Draft | None = None
        self.state: ApplicationState | None = None
        self._texts: ApplicationTexts | None = None
        self.programme: Programme | None = None
        """The programme in force (fetched with the UBN lookup), for the track choice."""
        self.pavilion: Pavilion = Pavilion.GENERAL
        """The track applied for (工業館 only when the platform offers it)."""
        # The login keeps the clock: dates and phone transactions are judged on the
        # platform's (its answers' Date header), which this PC's may not match.
        self._login = LoginFlow(client, now=now, today=today, after_login=self.refresh)

    def today(self) -> date:
        """The platform's date in Taiwan (what its deadlines and date checks use)."""
        return self._login.today()

    # -- UBN and method --

    def start(self, ubn_text: str) -> Applicant:
        """Look the UBN up; resumes a saved session and the applicant's draft."""
        ubn = ubn_text.strip()
        applicant = self._login.lookup(ubn)
        self.flow.set_applicant(applicant)
        self.programme = (
            self._programme() if Pavilion.INDUSTRY.value in applicant.pavilions else None
        )
        industry = applicant.pavilion == Pavilion.INDUSTRY.value
        self.pavilion = Pavilion.INDUSTRY if industry else Pavilion.GENERAL
        if self._drafts is not None:
            self.draft = self._drafts.open(ubn)
            saved = self.draft.get("method", "method")
            if isinstance(saved, str) and saved in VerificationMethod.__members__.values():
                method = VerificationMethod(saved)
                if method in applicant.allowed_methods:
                    self.flow.choose_method(method)
            track = self.draft.get("pavilion", "pavilion")
            if isinstance(track, str) and track in applicant.pavilions:
                self.pavilion = Pavilion(track)
        if self.client.resume(ubn):
            try:
                self.refresh()
            except AuthExpired:
                self.flow.current = self.flow.resume_step()
        else:
            self.flow.current = self.flow.resume_step()
        return applicant

    def _programme(self) -> Programme | None:
        try:
            return self.client.get_programme().data
        except (PlatformError, NetworkError, ProtocolError):
            return None  # without the programme's terms the 工業館 track is not offered

    def choose_pavilion(self, pavilion: Pavilion) -> None:
        """The track to apply for (kept in the draft; sent with the signed consents)."""
        if self.flow.applicant is None or pavilion.value not in self.flow.applicant.pavilions:
            raise FlowError("此申請單位不能申請這個館別", code=ErrorCode.PAVILION_NOT_OFFERED)
        self.pavilion = pavilion
        self._save("pavilion", "pavilion", pavilion.value)

    def choose_method(self, method: VerificationMethod) -> None:
        """Pick the verification method (kept in the draft)."""
        self.flow.choose_method(method)
        self._save("method", "method", method.value)

    # -- identity --

    @property
    def login(self) -> LoginFlow:
        """The identity step's login, for this enrolment's applicant and chosen method.

        Card, phone and mobile logins and phone signatures go through it; once it logged
        in, the enrolment reads its progress (:meth:`refresh`).
        """
        self._login.applicant, self._login.method = self.flow.applicant, self.flow.method
        return self._login

    def _ubn(self) -> str:
        return self.login.ubn

    def refresh(self) -> ApplicationState:
        """Read the application's progress and move the wizard to the page to do next."""
        state = self.client.get_application()
        self.flow.apply_state(state)
        self.state = state
        return state

    # -- signed steps --

    def texts(self) -> ApplicationTexts:
        """The texts to show and sign (fetched once; :meth:`reload_texts` after TEXT_OUTDATED)."""
        if self._texts is None:
            self._texts = self.client.get_application_texts()
        return self._texts

    def reload_texts(self) -> ApplicationTexts:
        """Fetch the texts again (the platform said the signed ones are outdated)."""
        self._texts = None
        return self.texts()

    def authorization_document(
        self,
        kind: AuthorizationKind,
        valid_from: date | None,
        valid_to: date | None,
        texts: ApplicationTexts,
        *,
        responsible_person_id: str | None = None,
        responsible_person_name: str | None = None,
    ) -> bytes:
        """The exact bytes the applicant signs for one 企業授權書 (checked first)."""
        person = (responsible_person_id, responsible_person_name)
        return self._authorization(kind, valid_from, valid_to, texts, person=person)[1]

    def _authorization(
        self,
        kind: AuthorizationKind,
        valid_from: date | None,
        valid_to: date | None,
        texts: ApplicationTexts,
        *,
        person: tuple[str | None, str | None],
    ) -> tuple[dict[str, object], bytes]:
        """The checked fields and the document signed over them; ``person`` is 附表3's
        (ID, name)."""
        responsible_person_id, responsible_person_name = person
        problems = authorization_problems(
            kind,
            valid_from,
            valid_to,
            responsible_person_id,
            self.today(),
            responsible_person_name=responsible_person_name,
        )
        if problems:
            raise InvalidInput(problems)
        assert valid_from is not None
        assert valid_to is not None
        fields = authorization_fields(
            kind,
            valid_from,
            valid_to,
            texts,
            responsible_person_id=responsible_person_id,
            responsible_person_name=responsible_person_name,
        )
        return fields, signed_document(fields, "authorizations", self._ubn())

    def sign_authorization(
        self,
        kind: AuthorizationKind,
        valid_from: date | None,
        valid_to: date | None,
        sign: Signer,
        texts: ApplicationTexts,
        *,
        responsible_person_id: str | None = None,
        responsible_person_name: str | None = None,
    ) -> ApplicationState:
        """Sign and send one 企業授權書 (附表2 or 附表3) naming the ``texts`` shown."""
        if kind not in self.flow.required_authorizations():
            raise FlowError("此申請身分不需要這份授權書", code=ErrorCode.AUTHORIZATION_NOT_REQUIRED)
        person = (responsible_person_id, responsible_person_name)
        fields, document = self._authorization(kind, valid_from, valid_to, texts, person=person)
        self._send_signed(
            f"authorizations:{kind.value}",
            fields,
            lambda key: self.client.submit_signed_step(
                ApplicationStep.AUTHORIZATIONS, fields, sign(document), idempotency_key=key
            ),
        )
        return self.refresh()

    def _track(self) -> str | None:
        """The ``pavilion`` field of the consents: sent when the applicant had a choice."""
        applicant = self.flow.applicant
        offered = applicant is not None and Pavilion.INDUSTRY.value in applicant.pavilions
        return self.pavilion.value if offered else None

    def _consents(
        self, texts: ApplicationTexts, industry_declaration: bool
    ) -> tuple[dict[str, object], bytes]:
        """The consent fields and the document signed over them."""
        fields = consent_fields(
            texts, pavilion=self._track(), industry_declaration=industry_declaration
        )
        return fields, signed_document(fields, "consents", self._ubn())

    def sign_consents(
        self,
        personal_data: bool,
        declarations: bool,
        sign: Signer,
        texts: ApplicationTexts,
        *,
        industry_declaration: bool = False,
    ) -> ApplicationState:
        """Consent to personal-data collection and accept the declarations shown (signed).

        The track chosen after the UBN lookup (:meth:`choose_pavilion`) goes with them; a
        工業館 application needs the signed 工業館 declaration.
        """
        problems: FieldProblems = {}
        if not personal_data:
            problems["personal_data"] = FieldProblem(FieldCode.PERSONAL_DATA_CONSENT_REQUIRED)
        if not declarations:
            problems["declarations"] = FieldProblem(FieldCode.DECLARATIONS_CONSENT_REQUIRED)
        if self.pavilion is Pavilion.INDUSTRY and not industry_declaration:
            problems["industry_declaration"] = FieldProblem(FieldCode.INDUSTRY_DECLARATION_REQUIRED)
        if problems:
            raise InvalidInput(problems)
        fields, document = self._consents(texts, industry_declaration)
        self._send_signed(
            "consents",
            fields,
            lambda key: self.client.submit_signed_step(
                ApplicationStep.CONSENTS, fields, sign(document), idempotency_key=key
            ),
        )
        return self.refresh()

    def _send_signed(
        self, step: str, fields: Mapping[str, object], send: Callable[[str], object]
    ) -> None:
        """Send a signed step once; a 422 with fields becomes InvalidInput (nothing lost)."""
        try:
            self._once(step, fields, send)
        except PlatformError as exc:
            if exc.field_problems:
                raise InvalidInput(exc.field_problems) from None
            raise

    # -- 附表1, account and e-mail --

    def save_form_field(self, field: str, value: object) -> None:
        """Keep one 附表1 answer in the draft as it is typed."""
        self._save("form", field, value)

    def form_draft(self) -> dict[str, object]:
        """The 附表1 answers so far: the platform's saved copy, overlaid by the draft."""
        saved = dict(self.state.form) if self.state is not None else {}
        if self.draft is not None:
            saved.update(self.draft.answers("form"))
        return saved

    def submit_form(
        self,
        fields: Mapping[str, object],
        password: str,
        password_confirm: str,
        responsible_person_id: str | None = None,
    ) -> ApplicationState:
        """Check and send 附表1, then set the password (the platform e-mails a code)."""
        ubn = self._ubn()
        applicant = self.flow.applicant
        kind = applicant.applicant_type if applicant is not None else None
        problems = form_problems(fields, ubn, self.pavilion, kind)
        password_issues = check_password(password, ubn=ubn, national_id=responsible_person_id)
        if password_issues:
            problems["password"] = password_issues[0]  # the most basic one, as the page shows
        mismatch = passwords_match(password, password_confirm)
        if mismatch:
            problems["password_confirm"] = mismatch
        if problems:
            raise InvalidInput(problems)
        if self.draft is not None:
            self.draft.save_many("form", fields)
        try:
            self.client.put_application_form(dict(fields))
            self._once(
                "account",
                {"form": request_fingerprint(fields)},
                lambda key: self.client.create_account(password, idempotency_key=key),
            )
        except PlatformError as exc:
            if exc.field_problems:
                raise InvalidInput(exc.field_problems) from None
            raise
        return self.refresh()

    def verify_email(self, code: str) -> ApplicationState:
        """Send the code from the e-mail; the account becomes active (or goes to review)."""
        value = code.strip()
        if not (value.isascii() and value.isdigit() and 4 <= len(value) <= 10):
            raise InvalidInput({"code": FieldProblem(FieldCode.EMAIL_CODE_REQUIRED)})
        try:
            self.client.verify_email(value)
        except PlatformError as exc:
            if exc.field_problems:
                raise InvalidInput(exc.field_problems) from None
            raise
        return self.refresh()

    # -- self-assessment and points --

    def questionnaire(self) -> QuestionnaireNavigator:
        """The self-assessment, with answers restored from the draft and saved as given."""
        questionnaire = self.client.get_questionnaire()
        saved: dict[str, list[str]] = {}
        if self.draft is not None:
            for qid, value in self.draft.answers("assessment").items():
                if isinstance(value, list) and all(isinstance(v, str) for v in value):
                    saved[qid] = list(value)
        return QuestionnaireNavigator(
            questionnaire,
            saved,
            on_answer=lambda qid, chosen: self._save("assessment", qid, chosen),
        )

    def submit_assessment(self, navigator: QuestionnaireNavigator) -> AssessmentResult:
        """Send the shown questions' answers; points are granted on the first complete one."""
        if not navigator.is_complete:
            raise InvalidInput(
                dict.fromkeys(navigator.missing, FieldProblem(FieldCode.ANSWER_REQUIRED))
            )
        answers = navigator.answers_to_send()
        version = navigator.questionnaire.version
        raw = self._once(
            FINAL_DRAFT_STEP,
            {"version": version, "answers": answers},
            lambda key: _assessment_json(
                self.client.submit_assessment(version, answers, idempotency_key=key)
            ),
        )
        self.refresh()
        return AssessmentResult.from_json(raw)

    def points(self) -> PointsSummary:
        """The points just granted (or the offline copy)."""
        return self.client.get_points().data

    # -- drafts and submissions --

    def _save(self, step: str, field: str, value: object) -> None:
        if self.draft is not None:
            self.draft.save(step, field, value)

    def _once(
        self, step: str, fields: Mapping[str, object], send: Callable[[str], object]
    ) -> object:
        """Send a step once.

        When exactly this request was accepted before, its recorded answer is returned and
        nothing is sent. Otherwise the Idempotency-Key of an interrupted attempt is reused
        (it is saved before sending), so the platform creates nothing twice.
        """
        fingerprint = request_fingerprint(fields)
        draft = self.draft
        if draft is not None:
            record = draft.submitted(step)
            if record is not None and record.fingerprint == fingerprint:
                return record.response
        attempt = f"{step}:{fingerprint[:16]}"
        key = new_idempotency_key()
        if draft is not None:
            saved = draft.get(_ATTEMPTS, attempt)
            if isinstance(saved, str):
                key = saved
            else:
                draft.save(_ATTEMPTS, attempt, key)
                draft.flush()
        response = send(key)
        if draft is not None:
            draft.mark_submitted(step, fingerprint, response)
        return response


def _assessment_json(result: AssessmentResult) -> dict[str, object]:
    return {
        "scores": dict(result.scores),
        "recommended_categories": list(result.recommended_categories),
        "points_granted": result.points_granted,
    }
