"""The programme in force on this platform, and the settings a trainer may change.

The programmes themselves are ``app.subsidy`` data (the seeds' years plus the current
year's training programme); the platform keeps only which one is in force and its
end date, application period and budget state (002 二、補助作業說明(三), 三、補助作業申請期程; 004 貳(2/2) 二).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session as OrmSession

from app.subsidy import Programme, current_year_programme, seed_programme, seed_programme_ids

from .db import ProgrammeSetting

TRAINING = "training"


def programme_ids() -> tuple[str, ...]:
    """Programmes the platform can run: the training default and the seeds' years."""
    return (TRAINING, *seed_programme_ids())


def programme_by_id(programme_id: str, today: date) -> Programme:
    """The programme ``programme_id`` without the platform's settings."""
    if programme_id == TRAINING:
        return current_year_programme(today)
    return seed_programme(programme_id)


def setting_row(db: OrmSession) -> ProgrammeSetting:
    """The singleton settings row, created on first use."""
    row = db.get(ProgrammeSetting, 1)
    if row is None:
        row = ProgrammeSetting(id=1, programme_id=TRAINING)
        db.add(row)
        db.flush()
    return row


def active_programme(db: OrmSession, today: date) -> Programme:
    """The programme in force with the platform's settings applied."""
    row = setting_row(db)
    return programme_by_id(row.programme_id, today).with_settings(
        ends_on=row.ends_on,
        budget_exhausted=row.budget_exhausted,
        applications_open_until=row.applications_open_until,
    )
