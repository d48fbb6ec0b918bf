"""A store at the first schema revision, filled with a row or more in every table.

Rows are written through reflected tables (the models describe only the head), so the
migration tests see exactly what a store written by the first release would hold.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import MetaData, func, insert, select

from facilitator.records.engine import locate, make_engine
from facilitator.records.migrate import upgrade

FIRST_REVISION_TABLES = (
    "hosts", "safety_cards", "courses", "scheduled_meetings", "participants", "meetings",
    "attendance", "step_visits", "step_deviations", "notes", "concerns", "film_plays",
    "rehearsals", "rehearsal_visits", "settings",
)


def create_first_revision_store(url: str, courses: int = 2) -> dict[str, int]:
    """Create the store at revision 0001 and fill it; returns the row count per table."""
    location = locate(url)
    upgrade(location, None, "0001")
    engine = make_engine(location)
    sqlite = engine.dialect.name == "sqlite"

    def uid(value: uuid.UUID) -> Any:
        return value.hex if sqlite else value

    def at(minutes: float) -> datetime:
        value = datetime(2024, 9, 3, 15, 0, tzinfo=UTC) + timedelta(minutes=minutes)
        return value.replace(tzinfo=None) if sqlite else value

    meta = MetaData()
    meta.reflect(engine)
    t = meta.tables
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in FIRST_REVISION_TABLES}
    host = uuid.uuid4()
    rows["hosts"].append(dict(id=uid(host), name="Bakkely Kommune", place="Bakkely", language="da",
                              time_zone="Europe/Copenhagen", created_at=at(0), updated_at=at(0)))
    rows["safety_cards"].append(dict(host_id=uid(host), language="da", contacts="Akut: 112",
                                     referral_steps="1. Lyt.", updated_at=at(0)))
    for c in range(courses):
        course = uuid.uuid4()
        rows["courses"].append(dict(
            id=uid(course), title=f"Group {c}", programme_id="managing-stress-together",
            programme_version="1.0.0", host_id=uid(host), location="Beboerhuset",
            group_languages=["ar"], facilitator_language="ar", facilitator_initials=["AB"],
            is_demo=False, created_at=at(0), updated_at=at(0)))
        people = [uuid.uuid4() for _ in range(4)]
        for n, person in enumerate(people, 1):
            rows["participants"].append(dict(id=uid(person), course_id=uid(course), code=f"P{n:02d}",
                                             age_band="30-44", gender="woman", language="ar", created_at=at(0)))
        for session in (1, 2):
            rows["scheduled_meetings"].append(dict(
                id=uid(uuid.uuid4()), course_id=uid(course), session_number=session,
                local_date=date(2024, 9, 3) + timedelta(weeks=session - 1), local_time=time(17),
                time_zone="Europe/Copenhagen"))
            meeting = uuid.uuid4()
            start = (session - 1) * 7 * 24 * 60
            rows["meetings"].append(dict(
                id=uid(meeting), course_id=uid(course), session_number=session, programme_version="1.0.0",
                state="finished", started_at=at(start), finished_at=at(start + 90), paused_at=None,
                current_step_id=None, language="ar"))
            for person in people:
                rows["attendance"].append(dict(meeting_id=uid(meeting), participant_id=uid(person),
                                               value="present", updated_at=at(start + 5)))
            for k, step in enumerate(("s1-welcome", "s1-check-in", "s1-stress")):
                rows["step_visits"].append(dict(meeting_id=uid(meeting), step_id=step,
                                                started_at=at(start + 10 * k), ended_at=at(start + 10 * k + 10)))
            rows["step_deviations"].append(dict(meeting_id=uid(meeting), step_id="s1-film", kind="skipped",
                                                reason="Projector failed.", created_at=at(start + 30)))
            rows["notes"].append(dict(id=uid(uuid.uuid4()), meeting_id=uid(meeting), step_id=None,
                                      text="The group talked about sleep.", shareable=True, themes=["sleep"],
                                      created_at=at(start + 40), updated_at=at(start + 40), deleted_at=None))
            rows["concerns"].append(dict(id=uid(uuid.uuid4()), meeting_id=uid(meeting), kind="health",
                                         referral="general-practitioner", created_at=at(start + 50)))
            rows["film_plays"].append(dict(meeting_id=uid(meeting), film_id="dropping-anchor",
                                           started_at=at(start + 20), ended_at=at(start + 28),
                                           subtitle_language="ar", audio_language="en"))
    rehearsal = uuid.uuid4()
    rows["rehearsals"].append(dict(id=uid(rehearsal), programme_id="managing-stress-together",
                                   programme_version="1.0.0", session_number=1, language="da", state="finished",
                                   started_at=at(0), finished_at=at(30), paused_at=None, current_step_id=None))
    rows["rehearsal_visits"].append(dict(rehearsal_id=uid(rehearsal), step_id="s1-welcome",
                                         started_at=at(0), ended_at=at(10)))
    rows["settings"].append(dict(key="backups.keep", value=7))
    with engine.begin() as connection:
        for name in FIRST_REVISION_TABLES:
            connection.execute(insert(t[name]), rows[name])
    engine.dispose()
    return {name: len(values) for name, values in rows.items()}


def count_rows(url: str, key: bytes | None = None) -> dict[str, int]:
    engine = make_engine(locate(url), key)
    meta = MetaData()
    meta.reflect(engine)
    try:
        with engine.connect() as connection:
            return {
                name: int(connection.execute(select(func.count()).select_from(meta.tables[name])).scalar() or 0)
                for name in FIRST_REVISION_TABLES
            }
    finally:
        engine.dispose()
