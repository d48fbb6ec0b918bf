"""The home screen and course screen read models."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from facilitator.records.store import Store
from facilitator.sessions.vocabulary import Attendance
from tests.records.conftest import Course, FakeClock, make_course


def test_todays_meetings_use_the_hosts_local_date(store: Store, clock: FakeClock, course: Course) -> None:
    # 23:30 UTC on 4 March is already 5 March in Copenhagen.
    clock.now = datetime(2025, 3, 4, 23, 30, tzinfo=UTC)
    store.schedule_meeting(course.id, 1, date(2025, 3, 4), time(17, 0))
    store.schedule_meeting(course.id, 2, date(2025, 3, 5), time(10, 0))
    store.schedule_meeting(course.id, 3, date(2025, 3, 12), time(10, 0))
    store.schedule_meeting(course.id, 4, date(2025, 4, 30), time(10, 0))
    assert [m.scheduled.session_number for m in store.todays_meetings()] == [2]
    assert [m.scheduled.session_number for m in store.upcoming_meetings(days=14)] == [3]


def test_todays_meeting_shows_it_was_started(store: Store, clock: FakeClock, course: Course) -> None:
    store.schedule_meeting(course.id, 1, date(2025, 3, 4), time(16, 0))
    held = store.start_meeting(course.id, 1)
    assert store.todays_meetings()[0].held_meeting_id == held.id


def test_course_list_counts_and_next_meeting(store: Store, clock: FakeClock, course: Course) -> None:
    other = make_course(store, codes=3, title="Thursday group")
    store.schedule_meeting(course.id, 1, date(2025, 3, 4), time(16, 0))
    store.schedule_meeting(course.id, 2, date(2025, 3, 11), time(16, 0))
    first = store.start_meeting(course.id, 1)
    listing = {s.course.title: s for s in store.course_list()}
    tuesday = listing["Tuesday group"]
    assert (tuesday.participants, tuesday.meetings_held) == (5, 1)
    assert tuesday.next_meeting is not None and tuesday.next_meeting.session_number == 2
    assert tuesday.unfinished_meeting_id == first.id
    assert listing["Thursday group"].participants == 3 and listing["Thursday group"].next_meeting is None
    assert other.course.id in {s.course.id for s in store.course_list()}


def test_course_overview_counts_attendance_per_meeting(store: Store, course: Course) -> None:
    first = store.start_meeting(course.id, 1)
    for person, mark in zip(course.people, [Attendance.PRESENT, Attendance.LATE, Attendance.ABSENT,
                                            Attendance.EXCUSED, Attendance.NOT_MARKED], strict=True):
        store.mark_attendance(first.id, person.id, mark)
    store.finish_meeting(first.id)
    second = store.start_meeting(course.id, 2)
    store.mark_attendance(second.id, course.people[0].id, Attendance.PRESENT)
    overview = store.course_overview(course.id)
    assert [(m.session_number, m.attended, m.marked) for m in overview.meetings] == [(1, 2, 4), (2, 1, 1)]
    assert overview.participants == 5
    assert [o.course.id for o in store.course_overviews()] == [course.id]
