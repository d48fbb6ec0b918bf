"""Right of access and erasure, retention, erasing a course — reaching the backups."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from facilitator.records.errors import NotFound
from facilitator.records.privacy import months_before
from facilitator.records.store import Store
from facilitator.records.values import MeetingRecord
from facilitator.sessions.vocabulary import AgeBand, Attendance, ConcernKind
from tests.records.conftest import Course, FakeClock, make_course

SECRET = "Remember the interpreter for Thursday"


def _files_holding(folder: Path, needle: str) -> list[str]:
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and needle.encode() in p.read_bytes()
    )


def test_participant_data_shows_everything_under_the_code(store: Store, course: Course, meeting: MeetingRecord) -> None:
    store.edit_participant(course.people[1].id, age_band=AgeBand.FROM_18_TO_29, language="ar")
    store.mark_attendance(meeting.id, course.people[1].id, Attendance.LATE)
    data = json.loads(store.export_participant(course.id, "p02"))
    assert data["code"] == "P02" and data["age_band"] == "18-29" and data["language"] == "ar"
    assert [(a["session"], a["attendance"]) for a in data["attendance"]] == [(1, "late")]
    assert data == store.participant_data(course.id, "P02")
    with pytest.raises(NotFound, match="P42"):
        store.participant_data(course.id, "P42")


def test_participant_erase_removes_the_code_and_its_marks(store: Store, course: Course, meeting: MeetingRecord) -> None:
    for person in course.people:
        store.mark_attendance(meeting.id, person.id, Attendance.PRESENT)
    erased = store.erase_participant(course.id, "P03")
    assert erased.rows == 1
    assert [p.code for p in store.participants(course.id)] == ["P01", "P02", "P04", "P05"]
    assert store.meeting(meeting.id).attended == 4
    with pytest.raises(NotFound):
        store.participant_data(course.id, "P03")


def test_course_erase_removes_everything_under_it_only(store: Store, course: Course, meeting: MeetingRecord) -> None:
    other = make_course(store, codes=2, title="Other group")
    store.save_note(meeting.id, SECRET)
    store.record_concern(meeting.id, ConcernKind.HEALTH)
    store.start_meeting(other.id, 1)
    store.erase_course(course.id)
    assert [c.id for c in store.courses()] == [other.id]
    with pytest.raises(NotFound):
        store.meeting(meeting.id)
    assert store.hosts()  # the host stays


def test_course_erase_reaches_backups_and_leaves_no_text_behind(tmp_path: Path, data_home: Path) -> None:
    from facilitator.records.store import open_store

    folder = tmp_path / "store"
    store = open_store(str(folder / "facilitator.db"))
    course = make_course(store)
    kept = make_course(store, title="Kept group")
    meeting = store.start_meeting(course.id, 1)
    store.save_note(meeting.id, SECRET)
    store.save_note(store.start_meeting(kept.id, 1).id, "Kept note")
    store.backup_now()
    store.backup_now()
    assert len(_files_holding(folder, SECRET)) >= 2
    erased = store.erase_course(course.id)
    store.close()
    assert erased.backups_rewritten == 2 and erased.backups_deleted == 0
    assert _files_holding(folder, SECRET) == []
    for backup in (folder / "backups").iterdir():
        with sqlite3.connect(backup) as connection:
            assert connection.execute("SELECT text FROM notes").fetchall() == [("Kept note",)]


def test_purge_notes_older_than_the_retention_age(store: Store, clock: FakeClock, meeting: MeetingRecord) -> None:
    store.save_note(meeting.id, "Old note")
    clock.advance(days=200)
    store.save_note(meeting.id, "Recent note")
    clock.advance(days=10)
    assert store.purge_notes(6).rows == 1
    assert [n.text for n in store.notes(meeting.id, include_deleted=True)] == ["Recent note"]
    store.set_setting("retention.notes_months", 1)
    assert store.purge_notes().rows == 0
    clock.advance(days=40)
    assert store.purge_notes().rows == 1


def test_months_before_clamps_to_the_end_of_the_month() -> None:
    assert months_before(datetime(2025, 3, 31, 12, tzinfo=UTC), 1) == datetime(2025, 2, 28, 12, tzinfo=UTC)
    assert months_before(datetime(2025, 1, 15, tzinfo=UTC), 13) == datetime(2023, 12, 15, tzinfo=UTC)
