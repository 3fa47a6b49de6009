"""The platform database: timezone-aware moments on SQLite and PostgreSQL alike."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import StatementError
from sqlalchemy.orm import Session as OrmSession

from app.subsidy import TAIWAN_TZ
from sandbox.context import iso, real_now
from sandbox.db import Base, OutboxMessage, engine_url, make_engine
from scripts.postgres_cluster import database_for_tests


def outbox_row(at: datetime) -> OutboxMessage:
    return OutboxMessage(at=at, channel="email", to="a@example.tw", subject="s", body="b")


@pytest.fixture
def session() -> Iterator[OrmSession]:
    engine = make_engine(database_for_tests())
    Base.metadata.create_all(engine)
    with OrmSession(engine) as db:
        yield db
        db.rollback()
    engine.dispose()


def test_moments_come_back_aware_in_taiwan_time(session: OrmSession) -> None:
    moment = datetime(2026, 6, 1, 1, 30, tzinfo=UTC)  # 09:30 in Taiwan
    row = outbox_row(moment)
    session.add(row)
    session.flush()
    row_id = row.id
    session.expire_all()
    # Only this row: on a shared PostgreSQL database other tests' e-mails are there too.
    stored = session.scalars(select(OutboxMessage.at).where(OutboxMessage.id == row_id)).one()
    assert stored == moment
    assert stored.utcoffset() == timedelta(hours=8)
    assert stored.hour == 9
    # Comparing with the platform's clock is what failed on PostgreSQL.
    assert stored < real_now()
    later = session.scalars(
        select(OutboxMessage.id).where(OutboxMessage.id == row_id, OutboxMessage.at > moment)
    ).all()
    assert later == []


def test_a_naive_moment_is_refused(session: OrmSession) -> None:
    session.add(outbox_row(datetime(2026, 6, 1, 9, 30)))
    with pytest.raises(StatementError, match="naive datetime"):
        session.flush()
    with pytest.raises(ValueError, match="naive datetime"):
        iso(datetime(2026, 6, 1, 9, 30))


def test_platform_clock_and_iso_text_are_taiwan_time() -> None:
    assert real_now().utcoffset() == timedelta(hours=8)
    assert iso(datetime(2026, 6, 1, 1, 30, tzinfo=UTC)) == "2026-06-01T09:30:00+08:00"
    assert iso(datetime(2026, 6, 1, 9, 30, tzinfo=TAIWAN_TZ)) == "2026-06-01T09:30:00+08:00"


def test_postgresql_urls_use_the_psycopg_driver() -> None:
    assert engine_url("postgresql://u@db/tcloud").drivername == "postgresql+psycopg"
    assert engine_url("postgresql+psycopg://u@db/x").drivername == "postgresql+psycopg"
    assert engine_url("sqlite://").drivername == "sqlite"
