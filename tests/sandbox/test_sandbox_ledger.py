"""The points ledger's rules, on its own database session (no HTTP): fast enough to guard
every line of ``sandbox/ledger.py`` under mutation testing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from app.errors import ErrorCode
from app.subsidy import TAIWAN_TZ, LedgerKind, Pavilion, PointsEnding, ReturnedPoints
from app.subsidy.programme import seed_programme
from sandbox.context import Platform, Tx
from sandbox.db import Applicant, Base, Database, LedgerRow, Notification, OutboxMessage
from sandbox.errors import ApiError
from sandbox.ledger import (
    append,
    expiry_of,
    grant_points,
    ledger_state,
    notify,
    points_view,
)
from sandbox.programme import setting_row

TODAY = date(2026, 6, 1)  # a Monday in the training programme's year (115)
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=TAIWAN_TZ)


@pytest.fixture
def tx() -> Iterator[Tx]:
    """A transaction on a fresh in-memory platform database whose clock reads :data:`NOW`."""
    database = Database("sqlite://")
    Base.metadata.create_all(database.engine)
    with OrmSession(database.engine, expire_on_commit=False) as db, db.begin():
        transaction = Tx(db, Platform(database=database), None)
        transaction.now = NOW
        yield transaction
    database.dispose()


def new_applicant(
    tx: Tx, ubn: str = "12345678", *, pavilion: str | None = "general", email: str = ""
) -> Applicant:
    applicant = Applicant(
        ubn=ubn,
        name="測試商行",
        applicant_type="sme",
        responsible_name="王小明",
        responsible_id="A123456789",
        form={"contact_email": email} if email else {},
    )
    applicant.pavilion = pavilion  # type: ignore[assignment]  # None: an old row without one
    tx.db.add(applicant)
    tx.db.flush()
    return applicant


def add(
    tx: Tx,
    applicant: Applicant,
    kind: LedgerKind,
    amount: int,
    on: date = TODAY,
    **fields: str | date | None,
) -> LedgerRow:
    return append(tx, applicant, kind, amount, on=on, at=NOW, **fields)  # type: ignore[arg-type]


def raw_row(tx: Tx, applicant: Applicant, amount: int, balance_after: int) -> None:
    """A row written past :func:`append`'s checks, as a broken database would hold it."""
    tx.db.add(
        LedgerRow(
            applicant_id=applicant.id,
            at=NOW,
            on=TODAY,
            kind=LedgerKind.GRANT.value,
            amount=amount,
            balance_after=balance_after,
        )
    )
    tx.db.flush()


# --- append: signs, running balance, overdraw -------------------------------------------


@pytest.mark.parametrize(
    ("kind", "signed"),
    [
        (LedgerKind.GRANT, 300),
        (LedgerKind.USE, -300),
        (LedgerKind.RELEASE, 300),
        (LedgerKind.RETURN, 300),
        (LedgerKind.RECLAIM, -300),
        (LedgerKind.UNUSED_RETURN, -300),
    ],
)
def test_each_kind_adds_or_takes_away_its_amount(tx: Tx, kind: LedgerKind, signed: int) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 1000)
    row = add(tx, applicant, kind, 300)
    assert (row.kind, row.amount, row.balance_after) == (kind.value, signed, 1000 + signed)
    assert ledger_state(tx, applicant).balance == 1000 + signed


def test_a_row_keeps_what_it_was_given(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 500, programme_id="110")
    row = add(
        tx,
        applicant,
        LedgerKind.RETURN,
        200,
        on=date(2026, 6, 3),
        order_id="ORD-1",
        valid_until=date(2026, 9, 9),
    )
    stored = tx.db.get(LedgerRow, row.id)
    assert stored is not None
    assert (stored.applicant_id, stored.at, stored.on) == (applicant.id, NOW, date(2026, 6, 3))
    assert (stored.order_id, stored.valid_until, stored.programme_id) == (
        "ORD-1",
        date(2026, 9, 9),
        None,
    )
    first = tx.db.scalars(select(LedgerRow).order_by(LedgerRow.id)).first()
    assert first is not None
    assert first.programme_id == "110"


def test_amounts_are_given_as_positive_sizes(tx: Tx) -> None:
    applicant = new_applicant(tx)
    with pytest.raises(ValueError, match=r"^ledger amounts are given as positive sizes$"):
        add(tx, applicant, LedgerKind.GRANT, -1)
    assert add(tx, applicant, LedgerKind.GRANT, 0).balance_after == 0


def test_a_use_may_take_the_whole_balance_but_never_more(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 1000)
    with pytest.raises(ApiError) as raised:
        add(tx, applicant, LedgerKind.USE, 1001)
    assert (raised.value.status, raised.value.code) == (500, ErrorCode.LEDGER_INCONSISTENT)
    assert raised.value.message == "點數帳務不一致，請聯絡客服。"
    assert add(tx, applicant, LedgerKind.USE, 1000).balance_after == 0


def test_each_applicant_has_a_ledger_of_its_own(tx: Tx) -> None:
    first, second = new_applicant(tx), new_applicant(tx, "87654321")
    add(tx, first, LedgerKind.GRANT, 1000)
    add(tx, second, LedgerKind.GRANT, 200)
    assert add(tx, second, LedgerKind.USE, 200).balance_after == 0
    assert [r.amount for r in ledger_state(tx, second).rows] == [200, -200]
    assert ledger_state(tx, first).balance == 1000


# --- ledger_state: the checked balance --------------------------------------------------


def test_a_running_balance_that_does_not_add_up_is_an_internal_error(tx: Tx) -> None:
    applicant = new_applicant(tx)
    raw_row(tx, applicant, 100, 100)
    raw_row(tx, applicant, 50, 160)
    with pytest.raises(ApiError) as raised:
        ledger_state(tx, applicant)
    assert (raised.value.status, raised.value.code) == (500, ErrorCode.LEDGER_INCONSISTENT)
    assert raised.value.message == "點數帳務不一致，請聯絡客服。"


def test_a_negative_running_balance_is_an_internal_error_even_if_it_adds_up(tx: Tx) -> None:
    applicant = new_applicant(tx)
    raw_row(tx, applicant, -1, -1)
    with pytest.raises(ApiError) as raised:
        ledger_state(tx, applicant)
    assert raised.value.code == ErrorCode.LEDGER_INCONSISTENT


def test_a_zero_running_balance_is_consistent(tx: Tx) -> None:
    applicant = new_applicant(tx)
    raw_row(tx, applicant, 0, 0)
    raw_row(tx, applicant, 5, 5)
    assert ledger_state(tx, applicant).balance == 5


def test_an_applicant_without_rows_has_nothing(tx: Tx) -> None:
    state = ledger_state(tx, new_applicant(tx))
    assert (state.rows, state.balance, state.granted, state.granted_on) == ([], 0, 0, None)
    assert (state.any_used, state.grants, state.returned_unused, state.ever_reclaimed) == (
        False,
        0,
        False,
        False,
    )
    assert (state.terms, state.deadlines, state.expires_on, state.ending) == (
        None,
        None,
        None,
        None,
    )
    assert state.returns == []


# --- ledger_state: the last grant and what happened since -------------------------------


def test_the_last_grant_counts_and_only_what_followed_it(tx: Tx) -> None:
    """002 七(三)/(四): a re-opened grant starts afresh; a reclaim is remembered for ever."""
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000, on=date(2026, 1, 5))
    add(tx, applicant, LedgerKind.USE, 1_000, on=date(2026, 1, 6))
    add(tx, applicant, LedgerKind.RECLAIM, 29_000, on=date(2026, 4, 6))
    add(tx, applicant, LedgerKind.GRANT, 20_000, on=date(2026, 5, 4))
    state = ledger_state(tx, applicant)
    assert (state.balance, state.granted, state.granted_on, state.grants) == (
        20_000,
        20_000,
        date(2026, 5, 4),
        2,
    )
    assert state.any_used is False  # the use was of the earlier grant
    assert state.ever_reclaimed is True
    add(tx, applicant, LedgerKind.USE, 500, on=date(2026, 5, 5))
    assert ledger_state(tx, applicant).any_used is True


def test_an_unused_return_counts_only_after_the_last_grant(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000, on=date(2026, 1, 5))
    add(tx, applicant, LedgerKind.UNUSED_RETURN, 30_000, on=date(2026, 2, 6))
    state = ledger_state(tx, applicant)
    assert (state.returned_unused, state.any_used, state.ever_reclaimed) == (True, False, False)
    assert state.ending == PointsEnding.RETURNED_UNUSED
    add(tx, applicant, LedgerKind.GRANT, 30_000, on=date(2026, 3, 2))
    state = ledger_state(tx, applicant)
    assert state.returned_unused is False
    assert state.ending is None


def test_rows_without_a_grant_say_nothing_about_use(tx: Tx) -> None:
    """Rows before any grant (a release of a hold, say) are not "since the grant"."""
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.RELEASE, 100)
    add(tx, applicant, LedgerKind.USE, 50)
    add(tx, applicant, LedgerKind.UNUSED_RETURN, 50)
    state = ledger_state(tx, applicant)
    assert (state.any_used, state.returned_unused, state.granted_on) == (False, False, None)


def test_terms_follow_the_programme_of_the_last_grant(tx: Tx) -> None:
    """Seed 004 (110年): 工業館 points have a fixed use-by date instead of a validity."""
    applicant = new_applicant(tx, pavilion="industry")
    add(tx, applicant, LedgerKind.GRANT, 200_000, on=date(2021, 6, 1), programme_id="110")
    state = ledger_state(tx, applicant)
    assert state.pavilion == Pavilion.INDUSTRY
    assert state.terms is not None
    assert (state.terms.points_cap, state.terms.ratio_label) == (200_000, "2:1")
    assert state.deadlines is not None
    assert (state.deadlines.first_use_by, state.expires_on) == (None, date(2021, 8, 30))


def test_a_grant_without_a_programme_follows_the_programme_in_force(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    state = ledger_state(tx, applicant)
    assert state.terms is not None
    assert state.terms.validity_months == 3
    assert state.deadlines is not None
    assert (state.deadlines.first_use_by, state.expires_on) == (date(2026, 7, 1), date(2026, 9, 1))


def test_no_terms_when_the_grants_programme_lacks_the_pavilion(tx: Tx) -> None:
    """The 111年 programme (seeds 001/002) has no 工業館: such a grant has no terms there."""
    applicant = new_applicant(tx, pavilion="industry")
    add(tx, applicant, LedgerKind.GRANT, 200_000, programme_id="111")
    state = ledger_state(tx, applicant)
    assert state.pavilion == Pavilion.INDUSTRY
    assert (state.terms, state.deadlines, state.expires_on) == (None, None, None)


def test_an_applicant_without_a_pavilion_is_granted_as_general(tx: Tx) -> None:
    applicant = new_applicant(tx, pavilion=None)
    assert ledger_state(tx, applicant).pavilion == Pavilion.GENERAL


def test_returns_are_the_terminations_points_with_their_own_validity(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.USE, 10_000)
    add(tx, applicant, LedgerKind.RETURN, 4_000, valid_until=date(2026, 9, 8))
    add(tx, applicant, LedgerKind.RETURN, 1_000)  # an old row without its own validity
    add(tx, applicant, LedgerKind.RELEASE, 500, valid_until=date(2026, 9, 30))
    assert ledger_state(tx, applicant).returns == [ReturnedPoints(4_000, date(2026, 9, 8))]


def test_may_reapply_after_an_unused_return_while_applications_are_open(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.UNUSED_RETURN, 30_000, on=date(2026, 7, 2))
    state = ledger_state(tx, applicant)
    assert state.may_reapply(tx.programme, date(2026, 7, 2)) is True
    assert state.may_reapply(tx.programme, date(2027, 1, 4)) is False  # next programme year


def test_no_reapplying_after_a_reclaim(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.RECLAIM, 10_000)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.UNUSED_RETURN, 30_000)
    assert ledger_state(tx, applicant).may_reapply(tx.programme, TODAY) is False


# --- expiry_of --------------------------------------------------------------------------


def test_expiry_is_the_grants_end_then_the_returned_points_own(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.USE, 10_000)
    add(tx, applicant, LedgerKind.RETURN, 4_000, valid_until=date(2026, 9, 8))
    state = ledger_state(tx, applicant)
    assert expiry_of(state, date(2026, 9, 1)) == date(2026, 9, 1)
    assert expiry_of(state, date(2026, 9, 2)) == date(2026, 9, 8)
    assert expiry_of(state, date(2026, 9, 9)) is None


def test_nothing_expires_from_an_empty_balance(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.USE, 30_000)
    assert expiry_of(ledger_state(tx, applicant), TODAY) is None


# --- points_view ------------------------------------------------------------------------


def test_points_view_is_the_ledger_as_the_member_sees_it(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.USE, 12_000, order_id="ORD-1")
    add(tx, applicant, LedgerKind.RETURN, 2_000, order_id="ORD-1", valid_until=date(2026, 9, 8))
    view = points_view(ledger_state(tx, applicant), tx.programme, TODAY)
    assert view == {
        "balance": 20_000,
        "granted": 30_000,
        "granted_on": "2026-06-01",
        "first_use_by": "2026-07-01",
        "expires_on": "2026-09-01",
        "earliest_expiry": "2026-09-01",
        "can_reapply": False,
        "pavilion": "general",
        "ratio": "1:1",
        "points_cap": 30_000,
        "programme_id": "training",
        "ledger": [
            {
                "at": "2026-06-01T09:00:00+08:00",
                "kind": "grant",
                "amount": 30_000,
                "order_id": None,
                "balance_after": 30_000,
                "valid_until": None,
            },
            {
                "at": "2026-06-01T09:00:00+08:00",
                "kind": "use",
                "amount": -12_000,
                "order_id": "ORD-1",
                "balance_after": 18_000,
                "valid_until": None,
            },
            {
                "at": "2026-06-01T09:00:00+08:00",
                "kind": "return",
                "amount": 2_000,
                "order_id": "ORD-1",
                "balance_after": 20_000,
                "valid_until": "2026-09-08",
            },
        ],
    }


def test_points_view_before_a_grant_shows_the_programmes_terms(tx: Tx) -> None:
    view = points_view(
        ledger_state(tx, new_applicant(tx, pavilion="industry")), tx.programme, TODAY
    )
    assert (view["balance"], view["granted"], view["granted_on"]) == (0, 0, None)
    assert (view["first_use_by"], view["expires_on"], view["earliest_expiry"]) == (None, None, None)
    assert (view["pavilion"], view["ratio"], view["points_cap"]) == ("industry", "2:1", 200_000)
    assert (view["ledger"], view["can_reapply"]) == ([], False)


def test_points_view_without_terms_for_the_pavilion(tx: Tx) -> None:
    """Terms come from the grant's programme, else the programme in force, else none."""
    applicant = new_applicant(tx, pavilion="industry")
    seed_111 = seed_programme("111")  # seeds 001/002: no 工業館
    view = points_view(ledger_state(tx, applicant), seed_111, TODAY)
    assert (view["pavilion"], view["ratio"], view["points_cap"]) == ("industry", None, None)
    assert view["programme_id"] == "111"
    add(tx, applicant, LedgerKind.GRANT, 200_000, programme_id="111")
    in_force = points_view(ledger_state(tx, applicant), tx.programme, TODAY)
    assert (in_force["ratio"], in_force["points_cap"]) == ("2:1", 200_000)
    assert (in_force["first_use_by"], in_force["expires_on"]) == (None, None)


def test_points_view_shows_the_terms_the_grant_was_made_under(tx: Tx) -> None:
    """Seed 004's 工業館 grant keeps its 2:1 terms and use-by date under a programme without
    工業館 (111年)."""
    applicant = new_applicant(tx, pavilion="industry")
    add(tx, applicant, LedgerKind.GRANT, 200_000, on=date(2021, 6, 1), programme_id="110")
    view = points_view(ledger_state(tx, applicant), seed_programme("111"), date(2021, 6, 1))
    assert (view["ratio"], view["points_cap"], view["expires_on"]) == ("2:1", 200_000, "2021-08-30")


def test_points_view_says_when_points_may_be_reopened(tx: Tx) -> None:
    applicant = new_applicant(tx)
    add(tx, applicant, LedgerKind.GRANT, 30_000)
    add(tx, applicant, LedgerKind.UNUSED_RETURN, 30_000)
    assert points_view(ledger_state(tx, applicant), tx.programme, TODAY)["can_reapply"] is True


# --- notify -----------------------------------------------------------------------------


def notifications(tx: Tx, applicant: Applicant) -> list[Notification]:
    query = select(Notification).where(Notification.applicant_id == applicant.id)
    return list(tx.db.scalars(query.order_by(Notification.id)))


def test_a_notification_holds_what_it_was_given(tx: Tx) -> None:
    applicant = new_applicant(tx)
    at = datetime(2026, 5, 31, 23, 0, tzinfo=TAIWAN_TZ)
    notify(tx, applicant, "order", "訂單成立", "內容", at=at, order_id="ORD-9")
    notify(tx, applicant, "points", "標題", "本文")
    first, second = notifications(tx, applicant)
    assert (first.kind, first.title, first.body, first.at, first.order_id) == (
        "order",
        "訂單成立",
        "內容",
        at,
        "ORD-9",
    )
    assert (first.read, first.key) == (False, None)
    assert (second.at, second.order_id, second.read) == (NOW, None, False)


def test_a_keyed_notification_comes_once_per_applicant(tx: Tx) -> None:
    first, second = new_applicant(tx), new_applicant(tx, "87654321")
    notify(tx, first, "points", "到期提醒", "一", key="remind:7")
    notify(tx, first, "points", "到期提醒", "二", key="remind:7")
    notify(tx, first, "points", "到期提醒", "三", key="remind:1")
    notify(tx, second, "points", "到期提醒", "四", key="remind:7")
    assert [(n.body, n.key) for n in notifications(tx, first)] == [
        ("一", "remind:7"),
        ("三", "remind:1"),
    ]
    assert [n.body for n in notifications(tx, second)] == ["四"]


def test_unkeyed_notifications_may_repeat(tx: Tx) -> None:
    applicant = new_applicant(tx)
    notify(tx, applicant, "points", "同一則", "同一則")
    notify(tx, applicant, "points", "同一則", "同一則")
    assert len(notifications(tx, applicant)) == 2


# --- grant_points -----------------------------------------------------------------------


def outbox(tx: Tx) -> list[OutboxMessage]:
    return list(tx.db.scalars(select(OutboxMessage).order_by(OutboxMessage.id)))


def test_a_grant_follows_the_programme_and_tells_the_applicant(tx: Tx) -> None:
    """002 二(一): 30,000 points; the notice and the e-mail name the ratio and the last day."""
    applicant = new_applicant(tx, email="owner@example.com")
    assert grant_points(tx, applicant, "點數已核發") == 30_000
    (row,) = ledger_state(tx, applicant).rows
    assert (row.kind, row.amount, row.on, row.at, row.programme_id) == (
        "grant",
        30_000,
        TODAY,
        NOW,
        "training",
    )
    text = (
        "已獲發點數 30,000 點（1點即新臺幣1元，自付款：點數 = 1:1），請於 2026-09-01 前使用完畢。"
    )
    (notice,) = notifications(tx, applicant)
    assert (notice.kind, notice.title, notice.body, notice.key) == (
        "points",
        "點數已核發",
        text,
        None,
    )
    (mail,) = outbox(tx)
    assert (mail.at, mail.channel, mail.to, mail.subject, mail.body, mail.ubn) == (
        NOW,
        "email",
        "owner@example.com",
        "點數已核發",
        text,
        "12345678",
    )


def test_an_industry_grant_is_200000_points_at_two_to_one(tx: Tx) -> None:
    """Seed 004: 工業館 200,000 points, 自籌比 2:1."""
    applicant = new_applicant(tx, pavilion="industry")
    assert grant_points(tx, applicant, "點數已核發") == 200_000
    (notice,) = notifications(tx, applicant)
    assert notice.body.startswith("已獲發點數 200,000 點（1點即新臺幣1元，自付款：點數 = 2:1）")
    assert outbox(tx) == []  # no contact e-mail on file


def test_a_grant_without_a_pavilion_is_a_general_grant(tx: Tx) -> None:
    assert grant_points(tx, new_applicant(tx, pavilion=None), "點數已核發") == 30_000


def test_no_grant_while_the_programme_accepts_no_applications(tx: Tx) -> None:
    """002 三: 至補助額度用罄 — the applicant is told once a day, and nothing is granted."""
    setting_row(tx.db).budget_exhausted = True
    tx.forget_programme()
    applicant = new_applicant(tx, email="owner@example.com")
    assert grant_points(tx, applicant, "點數已核發") == 0
    assert grant_points(tx, applicant, "點數已核發") == 0
    assert ledger_state(tx, applicant).rows == []
    (notice,) = notifications(tx, applicant)
    assert (notice.kind, notice.title, notice.key) == (
        "points",
        "暫停核發點數",
        "no_grant:training:2026-06-01",
    )
    assert notice.body == (
        "本計畫補助額度已用罄或已停止受理申請，目前無法核發點數；仍可全額自付購買方案。"
    )
    assert outbox(tx) == []
