"""The enrolment wizard headless, end to end against the real sandbox platform."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from platform_clock import PINNED_TODAY

from app.errors import ErrorCode
from app.flows.enrolment import WizardStep
from app.flows.enrolment_service import EnrolmentService
from app.flows.errors import FlowError, InvalidInput
from app.platform.client import PlatformClient
from app.platform.errors import PlatformError
from app.platform.models import CardSignature, MobileSignature
from app.platform.training import TrainingPlatform
from app.storage import DraftStore
from app.subsidy import TAIWAN_TZ, ApplicationStep, AuthorizationKind, VerificationMethod
from sandbox.embedded import EmbeddedPlatform

SME_UBN = "16480894"
SME_CARD = "moeaca-sme-primary"
PASSWORD = "Cloud-Market-2026"

FORM = {
    "name": "雲端示範股份有限公司（測試）",
    "ubn": SME_UBN,
    "industry_code": "62",
    "registered_on": "2015-03-01",
    "paid_in_capital": 5_000_000,
    "employees": 12,
    "address": "臺北市中正區重慶南路一段122號",
    "representative_name": "王大明",
    "representative_title": "董事長",
    "contact_name": "王大明",
    "contact_title": "董事長",
    "contact_phone": "02-23456789",
    "contact_phone_ext": "",
    "contact_mobile": "0912345678",
    "contact_email": "demo-16480894@example.com",
}


def card(training: TrainingPlatform, card_id: str):
    def sign(data: bytes) -> CardSignature:
        return training.sign_with_demo_card(card_id, data)

    return sign


def platform_today(training: TrainingPlatform) -> date:
    return training.now().astimezone(TAIWAN_TZ).date()


def test_enrolment_end_to_end(
    client: PlatformClient, training: TrainingPlatform, drafts: DraftStore
) -> None:
    today = platform_today(training)
    service = EnrolmentService(client, drafts, today=lambda: today)
    flow = service.flow

    with pytest.raises(InvalidInput) as bad:
        service.start("16480895")
    assert "ubn" in bad.value.fields

    applicant = service.start(SME_UBN)
    assert applicant.applicant_type == "sme"
    assert flow.current is WizardStep.METHOD
    assert WizardStep.AUTHORIZATIONS in flow.steps()
    with pytest.raises(FlowError):
        flow.go_next()
    with pytest.raises(FlowError, match="不能使用"):
        service.choose_method(VerificationMethod.XCA_CARD)
    service.choose_method(VerificationMethod.MOEACA_CARD)
    assert flow.go_next() is WizardStep.IDENTITY
    assert flow.can_go_back()

    sign = card(training, SME_CARD)
    login = service.login.login_with_card(sign)
    assert login.identity is not None
    assert login.identity.ubn == SME_UBN
    assert flow.current is WizardStep.AUTHORIZATIONS
    assert not flow.can_go_back()  # identity is done: the method cannot change any more
    with pytest.raises(FlowError, match="無法切換"):
        service.choose_method(VerificationMethod.MOICA_CARD)

    until = today + timedelta(days=365)
    texts = service.texts()
    service.sign_authorization(AuthorizationKind.LABOR_INSURANCE, today, until, sign, texts)
    assert flow.current is WizardStep.AUTHORIZATIONS
    with pytest.raises(InvalidInput) as no_id:
        service.sign_authorization(
            AuthorizationKind.BUSINESS_REGISTRATION, today, until, sign, texts
        )
    assert set(no_id.value.fields) == {"responsible_person_id", "responsible_person_name"}
    with pytest.raises(InvalidInput) as wrong_name:  # the platform checks the registered name
        service.sign_authorization(
            AuthorizationKind.BUSINESS_REGISTRATION,
            today,
            until,
            sign,
            texts,
            responsible_person_id="a123456789",
            responsible_person_name="王小明",
        )
    assert "responsible_person_name" in wrong_name.value.fields
    service.sign_authorization(
        AuthorizationKind.BUSINESS_REGISTRATION,
        today,
        until,
        sign,
        texts,
        responsible_person_id="a123456789",
        responsible_person_name="王大明",
    )
    assert flow.current is WizardStep.CONSENTS

    with pytest.raises(InvalidInput):
        service.sign_consents(True, False, sign, texts)
    service.sign_consents(True, True, sign, texts)
    assert flow.current is WizardStep.FORM

    with pytest.raises(InvalidInput) as weak:
        service.submit_form(FORM, "password", "password")
    assert "password" in weak.value.fields
    with pytest.raises(InvalidInput) as wrong_ubn:
        service.submit_form({**FORM, "ubn": "81924865"}, PASSWORD, PASSWORD)
    assert "ubn" in wrong_ubn.value.fields
    service.submit_form(FORM, PASSWORD, PASSWORD)
    assert flow.current is WizardStep.EMAIL

    with pytest.raises(InvalidInput):
        service.verify_email("000000" if training.latest_code(SME_UBN) != "000000" else "111111")
    code = training.latest_code(SME_UBN)
    assert code is not None
    service.verify_email(code)
    assert flow.status == "active"
    assert flow.current is WizardStep.ASSESSMENT

    navigator = service.questionnaire()
    while True:
        question = navigator.current
        assert question is not None
        navigator.answer([question.options[-1].id])
        if not navigator.can_go_next():
            break
        navigator.go_next()
    assert navigator.is_complete
    answered, shown = navigator.progress()
    assert answered == shown
    result = service.submit_assessment(navigator)
    assert result.points_granted == 30_000
    assert flow.current is WizardStep.RESULT
    assert service.points().balance == 30_000


def test_resume_after_restart_with_draft(
    client: PlatformClient, training: TrainingPlatform, drafts: DraftStore
) -> None:
    today = platform_today(training)
    first = EnrolmentService(client, drafts, today=lambda: today)
    first.start(SME_UBN)
    first.choose_method(VerificationMethod.MOEACA_CARD)
    sign = card(training, SME_CARD)
    first.login.login_with_card(sign)
    until = today + timedelta(days=365)
    texts = first.texts()
    first.sign_authorization(AuthorizationKind.LABOR_INSURANCE, today, until, sign, texts)
    first.sign_authorization(
        AuthorizationKind.BUSINESS_REGISTRATION,
        today,
        until,
        sign,
        texts,
        responsible_person_id="A123456789",
        responsible_person_name="王大明",
    )
    first.sign_consents(True, True, sign, texts)
    first.save_form_field("address", FORM["address"])
    assert first.draft is not None
    first.draft.flush()

    # the program restarts: new objects, same keyring (token, draft key) and files
    restarted = EnrolmentService(
        client, DraftStore(client.platform, secrets=client.tokens.secrets), today=lambda: today
    )
    offered = restarted._drafts.list_drafts()  # type: ignore[union-attr]
    assert [d.ubn for d in offered] == [SME_UBN]
    restarted.start(SME_UBN)
    assert restarted.flow.method is VerificationMethod.MOEACA_CARD
    assert restarted.flow.current is WizardStep.FORM
    assert restarted.form_draft()["address"] == FORM["address"]

    # a consent already accepted is not sent again: the platform would answer 500 now
    training.add_fault("error_500", 1, path="/api/v1/application/consents")
    restarted.sign_consents(True, True, sign, texts)
    assert restarted.flow.current is WizardStep.FORM
    # the fault is still armed, so nothing reached the consents endpoint
    with pytest.raises(PlatformError) as armed:
        client.submit_signed_step(
            ApplicationStep.CONSENTS,
            {"personal_data": True, "declarations": True, **texts.signed_fields()},
            MobileSignature("none"),
        )
    assert armed.value.status == 500


def test_social_innovation_skips_authorizations(
    client: PlatformClient, training: TrainingPlatform, drafts: DraftStore
) -> None:
    service = EnrolmentService(client, drafts, today=lambda: platform_today(training))
    applicant = service.start("23831903")
    assert applicant.applicant_type == "social_innovation"
    assert WizardStep.AUTHORIZATIONS not in service.flow.steps()
    assert [m.value for m in applicant.allowed_methods] == ["xca_card"]
    service.choose_method(VerificationMethod.XCA_CARD)
    service.login.login_with_card(card(training, "xca-social"))
    assert service.flow.current is WizardStep.CONSENTS
    with pytest.raises(FlowError, match="不需要"):
        service.sign_authorization(
            AuthorizationKind.LABOR_INSURANCE,
            date(2026, 1, 1),
            date(2099, 1, 1),
            card(training, "xca-social"),
            service.texts(),
        )


def test_wrong_card_gives_the_platform_code(
    client: PlatformClient, training: TrainingPlatform
) -> None:
    service = EnrolmentService(client)
    service.start(SME_UBN)
    service.choose_method(VerificationMethod.MOEACA_CARD)
    with pytest.raises(PlatformError) as info:
        service.login.login_with_card(card(training, "moeaca-maker"))
    assert info.value.code == "IDENTITY_MISMATCH"
    assert not client.signed_in
    with pytest.raises(PlatformError) as revoked:
        service.login.login_with_card(card(training, "moeaca-revoked"))
    assert revoked.value.code == "CERT_REVOKED"


def test_disqualified_applicant(client: PlatformClient) -> None:
    service = EnrolmentService(client)
    with pytest.raises(PlatformError) as info:
        service.start("95753514")
    assert info.value.code == "NOT_ELIGIBLE"
    assert info.value.status == 403


def test_mobile_moica_login(client: PlatformClient, training: TrainingPlatform) -> None:
    clock = [training.now()]  # the poll deadlines count on the platform's clock
    service = EnrolmentService(client, now=lambda: clock[0])
    service.start(SME_UBN)
    service.choose_method(VerificationMethod.MOICA_MOBILE)
    with pytest.raises(InvalidInput):
        service.login.start_mobile_login("A123456788")
    poll = service.login.start_mobile_login("A123456789")
    assert poll.interval.total_seconds() >= 4
    assert service.login.poll_mobile_login(poll) is None  # not due yet: nothing is sent
    clock[0] = poll.next_poll_at
    pending = service.login.poll_mobile_login(poll)
    assert pending is not None
    assert pending.outcome == "waiting"
    training.decide_mobile(poll.transaction.transaction_id, approve=True)
    clock[0] = poll.next_poll_at
    done = service.login.poll_mobile_login(poll)
    assert done is not None
    assert done.outcome == "approved"
    assert client.signed_in
    assert service.flow.current is WizardStep.AUTHORIZATIONS


def test_phone_login_and_phone_signature(
    client: PlatformClient, training: TrainingPlatform, drafts: DraftStore
) -> None:
    clock = [training.now()]  # the poll deadlines count on the platform's clock
    today = platform_today(training)
    service = EnrolmentService(client, drafts, today=lambda: today, now=lambda: clock[0])
    service.start(SME_UBN)
    service.choose_method(VerificationMethod.PHONE)
    with pytest.raises(InvalidInput) as bad:
        service.login.start_mobile_login("A123456789", birthday=date(1975, 3, 14), mobile="12345")
    assert set(bad.value.fields) == {"mobile"}
    with pytest.raises(PlatformError) as unmatched:
        service.login.start_mobile_login(
            "A123456789", birthday=date(1975, 3, 15), mobile="0912345678"
        )
    assert unmatched.value.code == "PHONE_NOT_MATCHED"

    poll = service.login.start_mobile_login(
        "A123456789", birthday=date(1975, 3, 14), mobile="0912345678"
    )
    training.decide_mobile(poll.transaction.transaction_id, approve=True)
    clock[0] = poll.next_poll_at
    result = service.login.poll_mobile_login(poll)
    assert result is not None
    assert result.outcome == "approved"
    assert service.flow.current is WizardStep.AUTHORIZATIONS

    # the 附表2 is signed on the phone: a SIGN transaction over the exact document
    until = today + timedelta(days=365)
    texts = service.texts()
    document = service.authorization_document(
        AuthorizationKind.LABOR_INSURANCE, today, until, texts
    )
    signing = service.login.start_mobile_signature(
        document, "A123456789", birthday=date(1975, 3, 14), mobile="0912345678"
    )
    assert service.login.poll_mobile_signature(signing) is None
    training.decide_mobile(signing.transaction.transaction_id, approve=True)
    clock[0] = signing.next_poll_at
    block = service.login.poll_mobile_signature(signing)
    assert block is not None
    service.sign_authorization(
        AuthorizationKind.LABOR_INSURANCE, today, until, lambda _d: block, texts
    )
    state = service.state
    assert state is not None
    assert state.done == {ApplicationStep.IDENTITY}  # 附表3 is still missing
    assert service.draft is not None
    assert service.draft.submitted("authorizations:labor_insurance") is not None

    rejected = service.login.start_mobile_signature(
        document, "A123456789", birthday=date(1975, 3, 14), mobile="0912345678"
    )
    training.decide_mobile(rejected.transaction.transaction_id, approve=False)
    clock[0] = rejected.next_poll_at
    with pytest.raises(FlowError) as refused:
        service.login.poll_mobile_signature(rejected)
    assert refused.value.code == "MOBILE_REJECTED"


def test_phone_deadlines_count_on_the_platform_clock(
    embedded_platform: EmbeddedPlatform, training: TrainingPlatform
) -> None:
    """A PC clock a day behind the platform's must not see a 5-minute request as a day."""
    behind = training.now() - timedelta(days=1) - datetime.now(UTC)

    def pc_clock() -> datetime:
        return datetime.now(UTC) + behind

    client = PlatformClient(embedded_platform.base_url, now=pc_clock, backoff_seconds=0.01)
    client.list_categories()  # any answer carries the platform's Date
    assert abs((client.server_now() - training.now()).total_seconds()) < 2
    assert client.server_now() - pc_clock() > timedelta(hours=23)
    service = EnrolmentService(client)
    service.start(SME_UBN)
    service.choose_method(VerificationMethod.MOICA_MOBILE)
    poll = service.login.start_mobile_login("A123456789")
    left = poll.seconds_left(poll.clock())
    assert 0 < left <= 600, left
    assert not poll.due(poll.clock())  # first status request only after the interval


def test_the_member_area_takes_today_from_the_platform(
    client: PlatformClient, training: TrainingPlatform
) -> None:
    from app.flows.member_snapshot import platform_today as member_today

    training.advance_days(3)
    client.list_categories()
    expected = platform_today(training)
    assert expected == PINNED_TODAY + timedelta(days=3)
    assert member_today(client, training=False, fallback=date(2000, 1, 1)) == expected
    assert member_today(client, training=True, fallback=date(2000, 1, 1)) == expected


def test_authorisation_dates_are_judged_on_the_platform_date(
    client: PlatformClient, training: TrainingPlatform
) -> None:
    from app.flows.errors import InvalidInput
    from app.subsidy import AuthorizationKind

    training.advance_days(3)
    client.list_categories()
    service = EnrolmentService(client)
    service.start(SME_UBN)
    today_here = PINNED_TODAY  # this PC's date: the platform is three days ahead
    tomorrow_here = today_here + timedelta(days=1)  # already past on the platform
    with pytest.raises(InvalidInput) as info:
        service.authorization_document(
            AuthorizationKind.LABOR_INSURANCE, today_here, tomorrow_here, service.texts()
        )
    assert "valid_to" in info.value.fields


@pytest.mark.wall_clock
def test_a_reset_puts_the_training_clock_back_on_the_wall_clock(
    training: TrainingPlatform,
) -> None:
    """The one flow test on the wall clock: what 重設訓練資料 promises about the clock."""
    from sandbox.context import real_now

    assert abs((training.now() - real_now()).total_seconds()) < 5, "left on the wall clock"
    training.advance_days(40)
    training.reset()
    assert abs((training.now() - real_now()).total_seconds()) < 5


TAX_UBN = "17784483"  # 示範小吃店（測試）: tax-registered, its review takes a working day
TAX_CARD = "moica-tax-owner"
TAX_PERSON = ("F278735018", "陳美玲")


def test_a_trainer_rejects_the_review_and_the_wizard_says_why(
    client: PlatformClient, training: TrainingPlatform, drafts: DraftStore
) -> None:
    today = platform_today(training)
    service = EnrolmentService(client, drafts, today=lambda: today)
    service.start(TAX_UBN)
    service.choose_method(VerificationMethod.MOICA_CARD)
    sign = card(training, TAX_CARD)
    service.login.login_with_card(sign)
    texts = service.texts()
    until = today + timedelta(days=365)
    for kind in service.flow.required_authorizations():
        person = (
            {"responsible_person_id": TAX_PERSON[0], "responsible_person_name": TAX_PERSON[1]}
            if kind is AuthorizationKind.BUSINESS_REGISTRATION
            else {}
        )
        service.sign_authorization(kind, today, until, sign, texts, **person)
    service.sign_consents(True, True, sign, texts)
    form = {
        **FORM,
        "name": "示範小吃店（測試）",
        "ubn": TAX_UBN,
        "paid_in_capital": 200_000,
        "employees": 3,
        "representative_name": TAX_PERSON[1],
        "contact_name": TAX_PERSON[1],
        "contact_email": "owner-17784483@example.com",
    }
    service.submit_form(form, PASSWORD, PASSWORD, responsible_person_id=TAX_PERSON[0])
    code = training.latest_code(TAX_UBN)
    assert code is not None
    service.verify_email(code)
    assert service.flow.blocked_reason() is ErrorCode.APPLICATION_UNDER_REVIEW

    [pending] = training.pending_reviews()
    assert (pending.ubn, pending.applicant) == (TAX_UBN, "示範小吃店（測試）")
    outcome = training.decide_review(TAX_UBN, approve=False)
    assert (outcome.status, outcome.decision) == ("rejected", "reject")
    assert outcome.reason == "查無稅籍登記資料"
    assert training.pending_reviews() == []
    service.refresh()
    assert service.flow.blocked_reason() is ErrorCode.APPLICATION_REJECTED
    assert service.flow.rejection_reason == "查無稅籍登記資料"
    # deciding it again the same way answers the same; the other way is refused by code
    assert training.decide_review(TAX_UBN, approve=False) == outcome
    with pytest.raises(PlatformError) as late:
        training.decide_review(TAX_UBN, approve=True)
    assert late.value.code == ErrorCode.REVIEW_NOT_PENDING


def test_deciding_a_review_nobody_waits_for_is_refused(training: TrainingPlatform) -> None:
    assert training.pending_reviews() == []
    with pytest.raises(PlatformError) as draft:
        training.decide_review(TAX_UBN, approve=True, reason="unused")
    assert draft.value.code == ErrorCode.REVIEW_NOT_PENDING
