"""Flow objects without a platform: questionnaire branching, passwords, polling, wizard rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from platform_answers import like_platform

from app.errors import ErrorCode, FieldCode, FieldProblem
from app.flows.documents import authorization_fields, consent_fields, signed_document
from app.flows.enrolment import EnrolmentFlow, WizardStep, form_problems, ubn_problem
from app.flows.errors import FlowError
from app.flows.login import MIN_POLL_SECONDS, MobilePoll
from app.flows.questionnaire import QuestionnaireNavigator
from app.flows.tracking import STATUS_LABELS, OrderTracker, format_day, weekday_label
from app.platform.errors import ProtocolError
from app.platform.models import (
    Applicant,
    ApplicationState,
    ApplicationTexts,
    MobileTransaction,
    Order,
    Questionnaire,
    TransactionState,
)
from app.subsidy import (
    ApplicantType,
    ApplicationStep,
    AuthorizationKind,
    OrderStatus,
    VerificationMethod,
    WorkCalendar,
    texts_sha256,
)
from app.subsidy.password import check_password, passwords_match

QUESTIONNAIRE = Questionnaire.from_json(
    {
        "version": "t1",
        "dimensions": [{"id": "ops", "title": "日常營運"}, {"id": "sec", "title": "資訊安全"}],
        "questions": [
            {
                "id": "q1",
                "dimension": "ops",
                "text": "有使用進銷存系統嗎？",
                "kind": "single",
                "options": [
                    {"id": "yes", "text": "有", "score": 2},
                    {"id": "no", "text": "沒有", "score": 0},
                ],
            },
            {
                "id": "q2",
                "dimension": "ops",
                "text": "哪一種？",
                "kind": "multi",
                "show_if": {"question": "q1", "any_of": ["yes"]},
                "options": [
                    {"id": "cloud", "text": "雲端", "score": 2},
                    {"id": "local", "text": "單機", "score": 1},
                ],
            },
            {
                "id": "q3",
                "dimension": "sec",
                "text": "有備份嗎？",
                "kind": "single",
                "options": [
                    {"id": "yes", "text": "有", "score": 2},
                    {"id": "no", "text": "沒有", "score": 0},
                ],
            },
        ],
    }
)


# -- questionnaire --


def test_branching_and_progress() -> None:
    saved: list[tuple[str, list[str]]] = []
    nav = QuestionnaireNavigator(QUESTIONNAIRE, on_answer=lambda q, a: saved.append((q, a)))
    assert [q.id for q in nav.visible()] == ["q1", "q3"]
    assert nav.progress() == (0, 2)
    assert not nav.can_go_next()
    with pytest.raises(FlowError):
        nav.go_next()
    nav.answer(["yes"])
    assert [q.id for q in nav.visible()] == ["q1", "q2", "q3"]
    assert nav.go_next().id == "q2"
    nav.answer(["cloud", "local"])
    assert nav.go_next().id == "q3"
    nav.answer(["no"])
    assert nav.is_complete
    assert nav.progress() == (3, 3)
    assert nav.answers_to_send() == {"q1": ["yes"], "q2": ["cloud", "local"], "q3": ["no"]}
    # back to q1, change the branch: q2 is hidden but its answer is kept, not sent
    nav.go_back()
    nav.go_back()
    assert nav.current is not None
    assert nav.current.id == "q1"
    nav.answer(["no"])
    assert [q.id for q in nav.visible()] == ["q1", "q3"]
    assert nav.answers_to_send() == {"q1": ["no"], "q3": ["no"]}
    assert nav.all_answers()["q2"] == ["cloud", "local"]
    assert nav.go_next().id == "q3"
    nav.go_back()
    nav.answer(["yes"])
    assert nav.answers_to_send()["q2"] == ["cloud", "local"]
    assert saved[0] == ("q1", ["yes"])


def test_invalid_answers_are_refused() -> None:
    nav = QuestionnaireNavigator(QUESTIONNAIRE)
    with pytest.raises(FlowError, match="只能選一項"):
        nav.answer(["yes", "no"])
    with pytest.raises(FlowError, match="選項不存在"):
        nav.answer(["maybe"])
    with pytest.raises(FlowError):
        nav.answer(["yes"], question_id="q9")
    with pytest.raises(FlowError, match="不需作答"):
        nav.go_to("q2")


def test_restored_answers_of_another_version_are_dropped() -> None:
    nav = QuestionnaireNavigator(QUESTIONNAIRE, {"q1": ["yes"], "q3": ["gone"], "old": ["x"]})
    assert nav.all_answers() == {"q1": ["yes"]}
    assert nav.missing == ["q2", "q3"]


@settings(max_examples=100, deadline=None)
@given(moves=st.lists(st.sampled_from(["yes", "no", "next", "back", "clear"]), max_size=30))
def test_navigation_never_loses_answers_or_shows_hidden(moves: list[str]) -> None:
    nav = QuestionnaireNavigator(QUESTIONNAIRE)
    for move in moves:
        current = nav.current
        assert current is not None
        assert current.id in [q.id for q in nav.visible()]
        if move == "next" and nav.can_go_next():
            nav.go_next()
        elif move == "back" and nav.can_go_back():
            nav.go_back()
        elif move == "clear":
            nav.answer([])
        elif move in ("yes", "no"):
            option = move if current.id != "q2" else ("cloud" if move == "yes" else "local")
            before = nav.all_answers()
            nav.answer([option])
            after = nav.all_answers()
            assert {k: v for k, v in before.items() if k != current.id} == {
                k: v for k, v in after.items() if k != current.id
            }
        answered, shown = nav.progress()
        assert 0 <= answered <= shown
        assert set(nav.answers_to_send()) <= {q.id for q in nav.visible()}


# -- passwords --


@pytest.mark.parametrize(
    ("password", "code"),
    [
        ("", FieldCode.PASSWORD_REQUIRED),
        ("short1A", FieldCode.PASSWORD_TOO_SIMPLE),
        ("abcdefghijkl", FieldCode.PASSWORD_LETTERS_AND_DIGITS),
        ("Password123", FieldCode.PASSWORD_COMMON),
        ("xx16480894Ab!", FieldCode.PASSWORD_CONTAINS_UBN),
        ("Ab1!a123456789", FieldCode.PASSWORD_CONTAINS_NATIONAL_ID),
        (" Cloud-Market-2026", FieldCode.PASSWORD_SPACES),
        ("Ab1!" * 33, FieldCode.PASSWORD_TOO_LONG),
    ],
)
def test_weak_passwords(password: str, code: FieldCode) -> None:
    problems = check_password(password, ubn="16480894", national_id="A123456789")
    assert code in [p.code for p in problems], problems


def test_password_problems_carry_the_numbers_their_text_names() -> None:
    (simple,) = check_password("short1A")
    assert simple == FieldProblem(FieldCode.PASSWORD_TOO_SIMPLE, {"long": 12, "short": 8})
    (too_long,) = check_password("Ab1!" * 33)
    assert too_long == FieldProblem(FieldCode.PASSWORD_TOO_LONG, {"limit": 128})


@pytest.mark.parametrize("password", ["Cloud-Market-2026", "tw-cloud-2026x", "Ab3$efgh"])
def test_good_passwords(password: str) -> None:
    assert check_password(password, ubn="16480894", national_id="A123456789") == []


def test_password_confirmation() -> None:
    assert passwords_match("a", "a") is None
    assert passwords_match("a", "b") == FieldProblem(FieldCode.PASSWORDS_DIFFER)


# -- mobile polling --


def _transaction(poll_after: int, ttl: int = 120) -> MobileTransaction:
    return MobileTransaction(
        transaction_id="mm_1",
        poll_after_seconds=poll_after,
        expires_at=datetime(2026, 11, 21, 2, 0, tzinfo=UTC) + timedelta(seconds=ttl),
        qr_payload="TWFIDO",
    )


def test_poll_schedule_is_never_faster_than_four_seconds() -> None:
    start = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
    poll = MobilePoll(_transaction(1), start)
    assert poll.interval == timedelta(seconds=MIN_POLL_SECONDS)
    assert not poll.due(start + timedelta(seconds=3))
    assert poll.due(start + timedelta(seconds=4))
    result = poll.record(TransactionState("pending"), start + timedelta(seconds=4))
    assert result.outcome == "waiting"
    assert poll.next_poll_at == start + timedelta(seconds=8)
    assert MobilePoll(_transaction(6), start).interval == timedelta(seconds=6)
    assert poll.seconds_left(start + timedelta(seconds=20)) == 100


def test_poll_outcomes() -> None:
    start = datetime(2026, 11, 21, 2, 0, tzinfo=UTC)
    poll = MobilePoll(_transaction(5), start)
    done = poll.record(TransactionState("approved"), start + timedelta(seconds=5))
    assert done.outcome == "approved"
    assert done.approved_transaction_id == "mm_1"
    assert not poll.due(start + timedelta(seconds=60))

    rejected = MobilePoll(_transaction(5), start)
    assert rejected.record(TransactionState("rejected"), start).message.startswith("已在手機上拒絕")

    expired = MobilePoll(_transaction(5, ttl=10), start)
    assert not expired.due(start + timedelta(seconds=11))
    assert expired.outcome == "expired"
    assert expired.seconds_left(start + timedelta(seconds=11)) == 0

    cancelled = MobilePoll(_transaction(5), start)
    cancelled.cancel()
    assert not cancelled.due(start + timedelta(seconds=30))
    late = cancelled.record(TransactionState("approved"), start + timedelta(seconds=30))
    assert late.outcome == "cancelled"
    with pytest.raises(ValueError, match="time zone"):
        MobilePoll(_transaction(5), datetime(2026, 1, 1))


# -- wizard rules --


def _applicant(kind: ApplicantType, methods: tuple[VerificationMethod, ...]) -> Applicant:
    return Applicant("23831903", "示範", kind, methods, member=False)


def test_wizard_resumes_at_the_first_step_left() -> None:
    flow = EnrolmentFlow()
    assert flow.current is WizardStep.UBN
    assert not flow.can_go_next()
    flow.set_applicant(_applicant(ApplicantType.SME, (VerificationMethod.MOEACA_CARD,)))
    assert flow.resume_step() is WizardStep.METHOD
    flow.choose_method(VerificationMethod.MOEACA_CARD)
    steps = dict.fromkeys(ApplicationStep, False)
    steps.update({ApplicationStep.IDENTITY: True, ApplicationStep.AUTHORIZATIONS: True})
    assert flow.apply_state(ApplicationState("draft", steps, {})) is WizardStep.CONSENTS
    assert flow.is_done(WizardStep.AUTHORIZATIONS)
    assert not flow.can_go_back()
    with pytest.raises(FlowError, match="無法返回"):
        flow.go_back()


def test_a_page_is_entered_only_up_to_the_first_step_left() -> None:
    flow = EnrolmentFlow()
    assert not flow.can_enter(WizardStep.METHOD)  # no UBN yet
    flow.set_applicant(_applicant(ApplicantType.SME, (VerificationMethod.MOEACA_CARD,)))
    assert flow.enter(WizardStep.METHOD) is WizardStep.METHOD
    with pytest.raises(FlowError, match="請先完成"):
        flow.enter(WizardStep.IDENTITY)  # no method chosen
    flow.choose_method(VerificationMethod.MOEACA_CARD)
    assert flow.go_next() is WizardStep.IDENTITY
    steps = dict.fromkeys(ApplicationStep, False)
    steps[ApplicationStep.IDENTITY] = True
    assert flow.apply_state(ApplicationState("draft", steps, {})) is WizardStep.AUTHORIZATIONS
    assert not flow.can_enter(WizardStep.CONSENTS)  # the authorisations are not signed yet
    # After the session ended, the identity page is shown again: Back cannot change the
    # method any more.
    assert flow.enter(WizardStep.IDENTITY) is WizardStep.IDENTITY
    assert not flow.can_go_back()


def test_social_innovation_has_no_authorizations_page() -> None:
    flow = EnrolmentFlow()
    flow.set_applicant(_applicant(ApplicantType.SOCIAL_INNOVATION, (VerificationMethod.XCA_CARD,)))
    assert WizardStep.AUTHORIZATIONS not in flow.steps()
    # the platform reports authorisations as done for this type: ignored, not an error
    steps = dict.fromkeys(ApplicationStep, False)
    steps.update({ApplicationStep.IDENTITY: True, ApplicationStep.AUTHORIZATIONS: True})
    assert flow.apply_state(ApplicationState("draft", steps, {})) is WizardStep.CONSENTS


def test_pending_review_blocks_the_assessment() -> None:
    flow = EnrolmentFlow()
    flow.set_applicant(_applicant(ApplicantType.TAX_REGISTERED, (VerificationMethod.MOICA_CARD,)))
    flow.choose_method(VerificationMethod.MOICA_CARD)
    steps = dict.fromkeys(ApplicationStep, True)
    steps[ApplicationStep.ASSESSMENT] = False
    flow.apply_state(ApplicationState("pending_review", steps, {}))
    assert flow.current is WizardStep.ASSESSMENT
    assert flow.blocked_reason() is ErrorCode.APPLICATION_UNDER_REVIEW
    flow.apply_state(ApplicationState("rejected", steps, {}))
    assert flow.blocked_reason() is ErrorCode.APPLICATION_REJECTED


def test_ubn_and_form_checks() -> None:
    assert ubn_problem("1648089") == FieldProblem(FieldCode.UBN_LENGTH)
    assert ubn_problem("16480895") == FieldProblem(FieldCode.UBN_CHECKSUM)
    assert ubn_problem(" 16480894 ") is None
    problems = form_problems({"ubn": "81924865"}, "16480894")
    assert "name" in problems
    assert problems["ubn"] == FieldProblem(FieldCode.UBN_NOT_APPLICANTS)


def _texts() -> ApplicationTexts:
    section = {"title": "t", "paragraphs": ["p"], "consent": "c"}
    texts = {
        "personal_data": section,
        "declarations_preamble": section,
        "declarations": ["一、d"],
        "authorization_labor_insurance": section,
        "authorization_business_registration": {**section, "notice": "n"},
    }
    return ApplicationTexts.from_json(
        {"version": "v1", "sha256": texts_sha256(texts), "texts": texts}
    )


def test_signed_documents_are_canonical() -> None:
    texts = _texts()
    consent = signed_document(consent_fields(texts), "consents", "16480894")
    assert consent == (
        b'{"action":"consents","declarations":true,"personal_data":true,'
        b'"text_sha256":"' + texts.sha256.encode() + b'","text_version":"v1","ubn":"16480894"}'
    )
    industry = consent_fields(texts, pavilion="industry", industry_declaration=True)
    assert industry["pavilion"] == "industry"
    assert industry["industry_declaration"] is True
    fields = authorization_fields(
        AuthorizationKind.BUSINESS_REGISTRATION,
        date(2026, 11, 21),
        date(2027, 11, 20),
        texts,
        responsible_person_id=" a123456789",
        responsible_person_name=" 王大明 ",
    )
    assert fields["responsible_person_id"] == "A123456789"
    assert fields["responsible_person_name"] == "王大明"
    assert fields["personal_data_notice"] is True
    assert fields["text_sha256"] == texts.sha256
    labour = authorization_fields(
        AuthorizationKind.LABOR_INSURANCE,
        date(2026, 11, 21),
        date(2027, 11, 20),
        texts,
        responsible_person_id="A123456789",
    )
    assert "responsible_person_id" not in labour
    document = signed_document(labour, "authorizations", "16480894").decode("utf-8")
    assert document.startswith('{"action":"authorizations","kind":"labor_insurance"')


def test_texts_whose_digest_does_not_match_are_refused() -> None:
    raw = {"version": "v1", "sha256": _texts().sha256, "texts": {}}
    with pytest.raises(ProtocolError, match="sha256"):
        ApplicationTexts.from_json(raw)


# -- order tracking words --


def test_every_status_has_a_label_and_weekday_words() -> None:
    assert set(STATUS_LABELS) == set(OrderStatus)
    assert weekday_label(date(2026, 11, 23)) == "週一"
    assert format_day(date(2026, 11, 22)) == "115年11月22日（週日）"


def test_tracker_without_a_platform() -> None:
    raw = {
        "id": "20261121093000000001",
        "solution": {"id": "s", "name": "雲端收銀", "pavilion": "general"},
        "vendor": {"id": "v", "name": "甲"},
        "plan": {"id": "p", "name": "年約", "months": 12, "price": 60000},
        "price": 60000,
        "points": 30000,
        "self_pay": 30000,
        "ratio": "1:1",
        "status": "in_service",
        "status_text": "服務使用中",
        "history": [
            {"status": "awaiting_vendor", "at": "2026-11-02T09:00:00+08:00", "note": ""},
            {"status": "in_service", "at": "2026-11-10T09:00:00+08:00", "note": ""},
        ],
        "deadlines": {"vendor_confirm_by": "2026-11-04", "payment_due_by": "2026-11-06"},
        "payment_url": None,
        "invoice": {"number": "TS00000001", "amount": 60000, "issued_on": "2026-11-09"},
        "service": {"start": "2026-11-10", "end": "2027-11-10"},
        "settlement": None,
        "created_at": "2026-11-02T09:00:00+08:00",
        "updated_at": "2026-11-10T09:00:00+08:00",
    }
    order = Order.from_json(like_platform("order", raw))
    tracker = OrderTracker(order, date(2026, 11, 21), WorkCalendar.taiwan())
    assert tracker.current_deadline() is None
    assert not tracker.cancellable
    passed = tracker.deadlines()
    assert [d.overdue for d in passed] == [True, True]
    assert passed[1].actor == "applicant"
    assert passed[0].working_days_left < 0
