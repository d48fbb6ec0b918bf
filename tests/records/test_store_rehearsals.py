"""Rehearsals are stored apart and never reach a course or a statistic."""

from __future__ import annotations

from datetime import timedelta

from facilitator.records.models import Base
from facilitator.records.store import Store
from tests.records.conftest import Course, FakeClock


def test_rehearsal_tables_reference_nothing_of_courses() -> None:
    for name in ("rehearsals", "rehearsal_visits"):
        targets = {fk.column.table.name for fk in Base.metadata.tables[name].foreign_keys}
        assert targets <= {"rehearsals"}


def test_rehearsal_timings_kept_apart_from_courses(store: Store, clock: FakeClock, course: Course) -> None:
    rehearsal = store.start_rehearsal("managing-stress-together", "1.0.0", 1, "da", "s1-welcome")
    clock.advance(minutes=9)
    store.pause_rehearsal(rehearsal.id)
    clock.advance(minutes=5)
    store.enter_rehearsal_step(rehearsal.id, "s1-check-in")
    clock.advance(minutes=4)
    store.finish_rehearsal(rehearsal.id)
    visits = store.rehearsal_visits(rehearsal.id)
    assert [(v.step_id, v.ended_at - v.started_at - v.paused) for v in visits] == [  # type: ignore[operator]
        ("s1-welcome", timedelta(minutes=9)), ("s1-check-in", timedelta(minutes=4)),
    ]
    assert store.find_unfinished_meeting() is None
    assert all(o.meetings == () for o in store.course_overviews())
    store.erase_course(course.id)
    assert [r.id for r in store.rehearsals()] == [rehearsal.id]
    store.delete_rehearsal(rehearsal.id)
    assert store.rehearsals() == []
