"""Live session use cases: ticks, the step log, pauses, skips, finishing, resuming."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from facilitator.records.errors import InvalidRecord, NotFound
from facilitator.records.meeting_log import GapKind
from facilitator.records.store import Store
from facilitator.records.values import MeetingRecord, MeetingState
from facilitator.sessions.vocabulary import Attendance
from tests.records.conftest import Course, FakeClock, make_course


def test_meeting_tick_returns_the_previous_mark_for_undo(store: Store, course: Course, meeting: MeetingRecord) -> None:
    person = course.people[0].id
    first = store.mark_attendance(meeting.id, person, Attendance.PRESENT)
    second = store.mark_attendance(meeting.id, person, Attendance.LATE)
    assert first.previous is Attendance.NOT_MARKED
    assert second.previous is Attendance.PRESENT
    store.mark_attendance(meeting.id, person, second.previous)  # undo
    marks = store.attendance(meeting.id)
    assert marks[person] is Attendance.PRESENT
    assert list(marks.values()).count(Attendance.NOT_MARKED) == 4
    assert store.meeting(meeting.id).attended == 1


def test_meeting_tick_for_a_code_of_another_course_is_refused(store: Store, meeting: MeetingRecord) -> None:
    other = make_course(store, codes=1, title="Other group")
    with pytest.raises(NotFound):
        store.mark_attendance(meeting.id, other.people[0].id, Attendance.PRESENT)
    with pytest.raises(NotFound):
        store.mark_attendance(uuid.uuid4(), other.people[0].id, Attendance.PRESENT)


def test_meeting_step_time_excludes_pauses(store: Store, clock: FakeClock, meeting: MeetingRecord) -> None:
    clock.advance(minutes=10)
    store.enter_step(meeting.id, "s1-check-in")
    clock.advance(minutes=3)
    store.pause_meeting(meeting.id)
    clock.advance(minutes=7)
    assert store.step_times(meeting.id)["s1-check-in"] == timedelta(minutes=3)  # frozen while paused
    store.resume_meeting(meeting.id)
    clock.advance(minutes=5)
    store.enter_step(meeting.id, "s1-welcome")  # going back adds a second visit
    clock.advance(minutes=2)
    store.enter_step(meeting.id, "s1-stress")
    times = store.step_times(meeting.id)
    assert times["s1-welcome"] == timedelta(minutes=12)
    assert times["s1-check-in"] == timedelta(minutes=8)
    assert [g.kind for g in store.gaps(meeting.id)] == [GapKind.PAUSED]
    assert store.gaps(meeting.id)[0].ended_at - store.gaps(meeting.id)[0].started_at == timedelta(minutes=7)


def test_meeting_entering_a_step_while_paused_resumes_first(store: Store, clock: FakeClock, meeting: MeetingRecord) -> None:
    clock.advance(minutes=2)
    store.pause_meeting(meeting.id)
    clock.advance(minutes=4)
    store.enter_step(meeting.id, "s1-check-in")
    assert store.meeting(meeting.id).state is MeetingState.RUNNING
    assert store.step_times(meeting.id)["s1-welcome"] == timedelta(minutes=2)


def test_meeting_recovered_after_a_crash_leaves_out_the_time_not_running(
    store: Store, clock: FakeClock, course: Course, meeting: MeetingRecord
) -> None:
    clock.advance(minutes=4)
    store.enter_step(meeting.id, "s1-check-in")
    clock.advance(minutes=1)
    store.keep_alive(meeting.id)
    clock.advance(minutes=1)
    store.mark_attendance(meeting.id, course.people[0].id, Attendance.PRESENT)  # last sign of life
    clock.advance(minutes=30)  # power cut, laptop restarted
    unfinished = store.find_unfinished_meeting()
    assert unfinished is not None and unfinished.id == meeting.id
    assert unfinished.current_step_id == "s1-check-in"
    store.recover_meeting(meeting.id)
    clock.advance(minutes=3)
    store.enter_step(meeting.id, "s1-stress")
    assert store.step_times(meeting.id)["s1-check-in"] == timedelta(minutes=5)
    gap = store.gaps(meeting.id)[-1]
    assert gap.kind is GapKind.NOT_RUNNING and gap.ended_at - gap.started_at == timedelta(minutes=30)


def test_meeting_finish_closes_the_log_and_is_no_longer_resumable(
    store: Store, clock: FakeClock, meeting: MeetingRecord
) -> None:
    clock.advance(minutes=5)
    store.pause_meeting(meeting.id)
    clock.advance(minutes=1)
    finished = store.finish_meeting(meeting.id)
    assert finished.state is MeetingState.FINISHED and finished.finished_at == clock.now
    assert all(v.ended_at is not None for v in store.step_visits(meeting.id))
    assert store.find_unfinished_meeting() is None
    with pytest.raises(InvalidRecord, match="finished"):
        store.enter_step(meeting.id, "s1-check-in")


def test_meeting_skip_needs_a_reason_and_can_be_withdrawn(store: Store, meeting: MeetingRecord) -> None:
    with pytest.raises(InvalidRecord, match="reason"):
        store.skip_step(meeting.id, "s1-film", "  ")
    skip = store.skip_step(meeting.id, "s1-film", "The projector failed.")
    store.record_deviation(meeting.id, None, "Exercise done standing.")
    assert [d.kind.value for d in store.deviations(meeting.id)] == ["skipped", "changed"]
    store.withdraw_deviation(skip.id)
    assert [d.reason for d in store.deviations(meeting.id)] == ["Exercise done standing."]


def test_meeting_batch_saves_all_or_nothing(store: Store, course: Course) -> None:
    with pytest.raises(RuntimeError), store.batch():
        store.start_meeting(course.id, 1)
        raise RuntimeError("interrupted")
    assert store.course_overview(course.id).meetings == ()
