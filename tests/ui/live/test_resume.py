"""Resuming after a crash: the same step, attendance, notes and skips; the time the program
was not running is a gap, never step time."""

from __future__ import annotations

from datetime import timedelta

from facilitator.records.meeting_log import GapKind
from facilitator.sessions.run import StepState
from facilitator.sessions.vocabulary import Attendance
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.opening import resume_meeting
from facilitator.ui.live.writer import StoreWriter
from tests.ui.live.conftest import Live, lookup


def _resume(live: Live) -> LiveMeeting:
    snapshot = resume_meeting(live.store, lookup, live.meeting.meeting_id)
    writer = StoreWriter(live.store)
    resumed = LiveMeeting(snapshot, writer, clock=live.clock.monotonic, wall=live.clock.local)
    resumed.start()
    return resumed


def test_a_resumed_meeting_continues_where_it_stopped(open_live) -> None:
    live: Live = open_live()
    meeting = live.meeting
    p01 = meeting.participants[0].id
    meeting.mark(p01, Attendance.PRESENT)
    live.clock.advance(minutes=5)
    meeting.next()
    live.settle()
    live.clock.advance(minutes=3)
    meeting.skip("s2-intro", "Not enough time")
    meeting.save_note("Quiet start")
    live.settle()
    live.clock.advance(minutes=1)  # then the power goes: nothing more is written
    live.clock.advance(minutes=20)  # the laptop is off

    resumed = _resume(live)
    assert resumed.current.id == "s2-check-in"
    assert resumed.attendance(p01) is Attendance.PRESENT
    assert [n.text for n in resumed.notes()] == ["Quiet start"]
    assert resumed.run.step_state(resumed.session.step("s2-intro")) is StepState.SKIPPED
    assert resumed.run.step_state(resumed.session.step("s2-welcome")) is StepState.DONE
    assert resumed.run.step_elapsed("s2-check-in") == 3 * 60  # up to the last write
    live.clock.advance(minutes=2)
    resumed.next()
    live.qtbot.waitUntil(lambda: resumed.writer.pending == 0)
    times = live.store.step_times(meeting.meeting_id)
    assert times["s2-welcome"] == timedelta(minutes=5)
    assert times["s2-check-in"] == timedelta(minutes=5)  # 3 before, 2 after; not the 21
    gaps = live.store.gaps(meeting.meeting_id)
    assert [g.kind for g in gaps] == [GapKind.NOT_RUNNING]
    assert gaps[0].ended_at - gaps[0].started_at == timedelta(minutes=21)


def test_a_meeting_paused_when_it_stopped_resumes_paused(open_live) -> None:
    live: Live = open_live()
    meeting = live.meeting
    live.clock.advance(minutes=2)
    meeting.toggle_pause()
    live.settle()
    meeting.close()
    live.clock.advance(minutes=30)
    resumed = _resume(live)
    assert resumed.is_paused
    assert resumed.run.step_elapsed("s2-welcome") == 120
    live.clock.advance(minutes=1)
    resumed.toggle_pause()
    live.qtbot.waitUntil(lambda: resumed.writer.pending == 0)  # written at this instant
    live.clock.advance(minutes=1)
    resumed.next()
    live.qtbot.waitUntil(lambda: resumed.writer.pending == 0)
    assert live.store.step_times(meeting.meeting_id)["s2-welcome"] == timedelta(minutes=3)

