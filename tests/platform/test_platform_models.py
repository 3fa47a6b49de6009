"""Models parse the contract's shapes and turn anything else into ProtocolError."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from platform_answers import like_platform

from app.platform._parse import Obj, WireModel, _field_readers
from app.platform.errors import ImplausibleValue, ProtocolError
from app.platform.models import (
    Account,
    Applicant,
    ApplicationState,
    AssessmentResult,
    CardSignature,
    Challenge,
    LedgerEntry,
    LoginResult,
    MobileSignature,
    MobileTransaction,
    Notification,
    Order,
    OrderSettlement,
    PointsSummary,
    Questionnaire,
    Quote,
    Ref,
    TerminationQuote,
    TransactionState,
)
from app.platform.training import Scenario, VendorOrder
from app.subsidy import OrderDeadlines

PARSERS: list[Callable[[object], object]] = [
    Applicant.from_json,
    ApplicationState.from_json,
    AssessmentResult.from_json,
    Challenge.from_json,
    LoginResult.from_json,
    MobileTransaction.from_json,
    Order.from_json,
    PointsSummary.from_json,
    Account.from_json,
    Notification.from_json,
    Questionnaire.from_json,
    Quote.from_json,
    TerminationQuote.from_json,
    TransactionState.from_json,
]

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=12),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=6)
    ),
    max_leaves=20,
)
keys = st.sampled_from(
    [
        "id",
        "status",
        "items",
        "total",
        "ubn",
        "name",
        "token",
        "price",
        "questions",
        "options",
        "steps",
        "ledger",
        "at",
        "to_be_signed",
    ]
)
shaped = st.dictionaries(keys, json_values, max_size=8)


@settings(max_examples=150, deadline=None)
@given(raw=json_values | shaped)
def test_any_json_gives_a_model_or_a_protocol_error(raw: object) -> None:
    for parse in PARSERS:
        with contextlib.suppress(ProtocolError):
            parse(raw)


def test_questionnaire_round_trip() -> None:
    raw = {
        "version": "2026.1",
        "dimensions": [{"id": "security", "title": "資訊安全"}],
        "questions": [
            {
                "id": "q1",
                "dimension": "security",
                "text": "有防毒嗎？",
                "kind": "single",
                "options": [
                    {"id": "y", "text": "有", "score": 2},
                    {"id": "n", "text": "無", "score": 0},
                ],
            },
            {
                "id": "q2",
                "dimension": "security",
                "text": "哪一套？",
                "kind": "multi",
                "options": [{"id": "a", "text": "A", "score": 1}],
                "show_if": {"question": "q1", "any_of": ["y"]},
            },
        ],
    }
    questionnaire = Questionnaire.from_json(raw)
    assert questionnaire.as_mapping() == raw
    assert questionnaire.questions[1].show_if is not None
    duplicate = {**raw, "questions": [raw["questions"][0], raw["questions"][0]]}  # type: ignore[index]
    with pytest.raises(ProtocolError, match="twice"):
        Questionnaire.from_json(duplicate)


def test_points_and_dates() -> None:
    raw = like_platform(
        "points",
        {
            "balance": 30000,
            "granted": 30000,
            "granted_on": "2026-11-02",
            "first_use_by": "2026-12-02",
            "expires_on": "2027-02-02",
            "earliest_expiry": None,
            "can_reapply": False,
            "pavilion": "general",
            "points_cap": 30000,
            "programme_id": "training",
            "ratio": "1:1",
            "ledger": [
                {
                    "at": "2026-11-02T10:00:00+08:00",
                    "kind": "grant",
                    "amount": 30000,
                    "balance_after": 30000,
                    "order_id": None,
                    "valid_until": None,
                }
            ],
        },
    )
    points = PointsSummary.from_json(raw)
    assert points.expires_on is not None
    assert points.expires_on.isoformat() == "2027-02-02"
    assert points.ledger[0].kind == "grant"
    with pytest.raises(ProtocolError, match="offset"):
        PointsSummary.from_json(
            {**raw, "ledger": [{**raw["ledger"][0], "at": "2026-11-02T10:00:00"}]}
        )
    with pytest.raises(ProtocolError, match="YYYY-MM-DD"):
        PointsSummary.from_json({**raw, "granted_on": "02/11/2026"})


def test_tokens_stay_out_of_repr() -> None:
    login = LoginResult.from_json({"token": "very-secret-token"})
    state = TransactionState.from_json({"status": "approved", "token": "very-secret-token"})
    assert "very-secret-token" not in repr(login)
    assert "very-secret-token" not in repr(state)
    with pytest.raises(ProtocolError, match="unknown value"):
        TransactionState.from_json({"status": "maybe"})


def test_signature_blocks() -> None:
    card = CardSignature(b"doc", b"sig", b"cert", (b"ca",))
    assert card.to_json() == {
        "document": base64.b64encode(b"doc").decode(),
        "signature": base64.b64encode(b"sig").decode(),
        "certificate": base64.b64encode(b"cert").decode(),
        "chain": [base64.b64encode(b"ca").decode()],
    }
    assert MobileSignature("tx").to_json() == {"mobile_transaction_id": "tx"}


def test_challenge_needs_real_base64() -> None:
    with pytest.raises(ProtocolError, match="base64"):
        Challenge.from_json(
            {"challenge_id": "c", "to_be_signed": "***", "expires_at": "2026-11-21T10:00:00+08:00"}
        )


def test_a_list_of_texts_names_the_item_that_is_not_text() -> None:
    applicant = {"ubn": "12345675", "name": "測試", "applicant_type": "sme", "member": False}
    parsed = Applicant.from_json({**applicant, "allowed_methods": ["moeaca_card", "future"]})
    assert [m.value for m in parsed.allowed_methods] == ["moeaca_card"]
    assert Applicant.from_json(applicant).allowed_methods == ()
    with pytest.raises(ProtocolError, match=r"applicant\.allowed_methods\[1\]: expected text"):
        Applicant.from_json({**applicant, "allowed_methods": ["moeaca_card", 3]})


def test_models_read_each_field_by_its_type_and_name_the_answer_in_errors() -> None:
    account = Account.from_json({"ubn": 12345675, "name": "測試", "contact_email": None})
    assert account == Account("12345675", "測試", None, None, password_set=False, can_sign=False)
    with pytest.raises(ProtocolError, match=r"^account\.name: expected text, got missing$"):
        Account.from_json({"ubn": "12345675"})
    with pytest.raises(ProtocolError, match=r"^account\.can_sign: expected true/false, got str$"):
        Account.from_json({"ubn": "1", "name": "n", "can_sign": "yes"})
    notice = {"id": 7, "at": "2026-11-02T10:00:00+08:00", "kind": "k", "title": "t", "body": "b"}
    assert Notification.from_json(notice).read is False
    assert Notification.from_json({**notice, "order_id": 12}).order_id == "12"
    with pytest.raises(ProtocolError, match=r"^notification\.order_id: expected an id"):
        Notification.from_json({**notice, "order_id": True})
    row = {"at": "2026-11-02T10:00:00+08:00", "kind": "use", "amount": -500, "balance_after": 0}
    assert LedgerEntry.parse(Obj(row, "ledger[0]")).amount == -500
    with pytest.raises(ImplausibleValue):
        LedgerEntry.parse(Obj({**row, "balance_after": -1}, "ledger[0]"))
    settlement = OrderSettlement.parse(Obj({"half_reached": False}, "settlement"))
    assert settlement == OrderSettlement(None, False, None, None, None)
    with pytest.raises(ProtocolError, match=r"^mobile_transaction\.poll_after_seconds must be"):
        MobileTransaction.from_json(
            {"transaction_id": "t", "poll_after_seconds": 0, "expires_at": "2026-11-02T10:00:00Z"}
        )


def test_an_order_reads_bare_names_defaults_and_checks_its_number() -> None:
    order = {
        "id": "20261102000000000001",
        "solution": "雲端會計",
        "vendor": {"id": 3, "name": "雲端公司"},
        "plan": {"id": "p1", "name": "年繳", "months": 12},
        "price": 12000,
        "points": 6000,
        "self_pay": 6000,
        "status": "awaiting_payment",
        "deadlines": {"payment_due_by": "2026-11-09"},
    }
    parsed = Order.from_json(order)
    assert (parsed.solution, parsed.vendor) == (Ref("雲端會計", "雲端會計"), Ref("3", "雲端公司"))
    assert parsed.plan == Ref("p1", "年繳", 12)
    assert parsed.deadlines == OrderDeadlines(payment_due_by=date(2026, 11, 9))
    assert (parsed.history, parsed.invoice, parsed.ratio) == ((), None, None)
    assert Order.from_json({**order, "deadlines": None}).deadlines == OrderDeadlines()
    with pytest.raises(ProtocolError, match=r"^order\.id: expected 20 digits, got '2026'$"):
        Order.from_json({**order, "id": "2026"})
    with pytest.raises(ProtocolError, match=r"^order\.vendor: expected an object, got int$"):
        Order.from_json({**order, "vendor": 3})
    with pytest.raises(ImplausibleValue):
        Order.from_json({**order, "price": -1})


def _wire_models(base: type[WireModel]) -> list[type[WireModel]]:
    found: list[type[WireModel]] = []
    for sub in base.__subclasses__():
        found += [sub, *_wire_models(sub)]
    return found


def test_every_wire_model_field_has_a_reader() -> None:
    # A field type the reader does not know would otherwise fail only on the first answer.
    read_by_type = [
        model
        for model in _wire_models(WireModel)
        if model.parse.__func__ is WireModel.parse.__func__  # type: ignore[attr-defined]
    ]
    assert {Account, Notification, Order, Scenario, VendorOrder} <= set(read_by_type)
    for model in [*read_by_type, MobileTransaction]:
        assert _field_readers(model).keys() == {f.name for f in dataclasses.fields(model)}
