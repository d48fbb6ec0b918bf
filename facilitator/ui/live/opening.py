"""What the live screen needs from the store to open a meeting: a new one, or one resumed
after a crash. Both functions run on the store's worker thread and return one value.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from facilitator.records.meeting_log import ConcernRecord, DeviationKind, NoteRecord
from facilitator.records.values import (
    CourseRecord,
    MeetingRecord,
    MeetingState,
    ParticipantRecord,
    SafetyCard,
)
from facilitator.sessions.programme import Programme, Session
from facilitator.sessions.vocabulary import Attendance

if TYPE_CHECKING:
    from facilitator.records.store import Store

ProgrammeLookup = Callable[[str, str], Programme | None]
"""(programme id, version) → the installed programme, or None."""


class ProgrammeMissing(LookupError):
    """The programme version the course is pinned to is not installed on this laptop."""

    def __init__(self, programme_id: str, version: str) -> None:
        super().__init__(f"{programme_id} {version}")
        self.programme_id = programme_id
        self.version = version


@dataclass(frozen=True)
class MeetingSnapshot:
    """A meeting as the store holds it when the live screen opens."""

    meeting: MeetingRecord
    course: CourseRecord
    programme: Programme
    participants: tuple[ParticipantRecord, ...]
    attendance: dict[uuid.UUID, Attendance] = field(default_factory=dict)
    notes: tuple[NoteRecord, ...] = ()
    concerns: tuple[ConcernRecord, ...] = ()
    safety_card: SafetyCard | None = None
    resumed: bool = False
    step_times: dict[str, float] = field(default_factory=dict)
    """Seconds per visited step so far (resumed meetings)."""
    skipped: dict[str, str] = field(default_factory=dict)
    """Skipped steps with their reasons (resumed meetings)."""
    current_step_id: str | None = None
    step_open: bool = False
    """The store already has an open visit of `current_step_id` (no new one to write)."""
    paused: bool = False

    @property
    def session(self) -> Session:
        return self.programme.session(self.meeting.session_number)


def _programme(lookup: ProgrammeLookup, programme_id: str, version: str) -> Programme:
    programme = lookup(programme_id, version)
    if programme is None:
        raise ProgrammeMissing(programme_id, version)
    return programme


def begin_meeting(store: Store, lookup: ProgrammeLookup, course_id: uuid.UUID,
                  session_number: int) -> MeetingSnapshot:
    """Start a new meeting of `session_number`; the first step is entered by the run."""
    course = store.course(course_id)
    programme = _programme(lookup, course.programme_id, course.programme_version)
    programme.session(session_number)  # KeyError before anything is written
    meeting = store.start_meeting(course_id, session_number)
    return MeetingSnapshot(
        meeting=meeting, course=course, programme=programme,
        participants=tuple(store.participants(course_id)),
        attendance=store.attendance(meeting.id),
        safety_card=store.safety_card(course.host_id, course.facilitator_language),
    )


def resume_meeting(store: Store, lookup: ProgrammeLookup,
                   meeting_id: uuid.UUID) -> MeetingSnapshot:
    """Reopen an unfinished meeting where it stopped; the time the program was not running
    becomes a gap (the records layer's `recover_meeting`), never step time."""
    before = store.meeting(meeting_id)
    course = store.course(before.course_id)
    programme = _programme(lookup, course.programme_id, before.programme_version)
    meeting = store.recover_meeting(meeting_id)
    times = {step: delta.total_seconds() for step, delta in store.step_times(meeting_id).items()}
    skipped = {d.step_id: d.reason for d in store.deviations(meeting_id)
               if d.kind is DeviationKind.SKIPPED and d.step_id is not None}
    current = meeting.current_step_id
    step_open = current is not None
    if current is None and times:
        # Stopped between steps (in wrap-up): continue at the last step visited.
        visits = store.step_visits(meeting_id)
        current = visits[-1].step_id if visits else None
    return MeetingSnapshot(
        meeting=meeting, course=course, programme=programme,
        participants=tuple(store.participants(course.id)),
        attendance=store.attendance(meeting_id),
        notes=tuple(store.notes(meeting_id)),
        concerns=tuple(store.concerns(meeting_id)),
        safety_card=store.safety_card(course.host_id, course.facilitator_language),
        resumed=True, step_times=times, skipped=skipped, current_step_id=current,
        step_open=step_open, paused=meeting.state is MeetingState.PAUSED,
    )
