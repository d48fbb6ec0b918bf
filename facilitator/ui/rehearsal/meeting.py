"""A rehearsal as the live session's screens see it: a `LiveMeeting` that records nothing
about people.

The facilitator view and the projector take a `LiveMeeting`; a `RehearsalMeeting` is one
whose session run writes the rehearsal step log (`RehearsalRecorder`) and whose every
other write is refused here, before it reaches the store: no attendance, no participant,
no note, no concern, no film play, no keep-alive of a meeting. The course and meeting it
shows are stand-ins made in memory and never stored.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from facilitator.records.meeting_log import RehearsalRecord
from facilitator.records.values import CourseRecord, MeetingRecord, MeetingState
from facilitator.sessions.programme import Programme
from facilitator.sessions.run import Clock, SessionRun
from facilitator.ui.live.meeting import LiveMeeting, WallClock, local_now
from facilitator.ui.live.opening import MeetingSnapshot
from facilitator.ui.live.writer import StoreWriter
from facilitator.ui.rehearsal.recorder import RehearsalRecorder

if TYPE_CHECKING:
    from facilitator.records.store import Store

NO_ID = uuid.UUID(int=0)


def begin_rehearsal(store: Store, programme: Programme, session_number: int,
                    language: str) -> RehearsalRecord:
    """Start a rehearsal in the store (worker thread); the run enters the first step."""
    programme.session(session_number)  # KeyError before anything is written
    return store.start_rehearsal(programme.id, programme.version, session_number, language)


def rehearsal_snapshot(programme: Programme, rehearsal: RehearsalRecord) -> MeetingSnapshot:
    """What the live screens need, for a rehearsal: the facilitator's and the group's
    language are the one being rehearsed, there are no participants and no safety card."""
    now = datetime.now(UTC)
    language = rehearsal.language
    course = CourseRecord(
        id=NO_ID, title="", programme_id=programme.id, programme_version=programme.version,
        host_id=NO_ID, host_name="", location="", group_languages=(language,),
        facilitator_language=language, facilitator_initials=(), is_demo=False,
        created_at=now, updated_at=now)
    meeting = MeetingRecord(
        id=rehearsal.id, course_id=NO_ID, session_number=rehearsal.session_number,
        programme_version=programme.version, state=MeetingState.RUNNING,
        started_at=rehearsal.started_at, finished_at=None, current_step_id=None,
        language=language)
    return MeetingSnapshot(meeting=meeting, course=course, programme=programme,
                           participants=())


class RehearsalMeeting(LiveMeeting):
    def __init__(self, programme: Programme, rehearsal: RehearsalRecord, writer: StoreWriter,
                 *, clock: Clock = time.monotonic, wall: WallClock = local_now,
                 parent: QObject | None = None) -> None:
        super().__init__(rehearsal_snapshot(programme, rehearsal), writer, clock=clock,
                         wall=wall, parent=parent)
        self.rehearsal = rehearsal
        self.run = SessionRun(self.session, RehearsalRecorder(writer, rehearsal.id), clock)

    @property
    def rehearsal_id(self) -> uuid.UUID:
        return self.rehearsal.id

    def finish(self, skip_reasons: Mapping[str, str] | None = None,
               overrun_notes: Mapping[str, str] | None = None) -> None:
        """End the rehearsal: its step log is closed; `finished` once it is stored."""
        if not self.is_active:
            return
        self.run.finish()
        self.close()
        self.undo_stack.clear()
        rehearsal = self.rehearsal.id
        self.writer.write(lambda store: store.finish_rehearsal(rehearsal),
                       lambda _record: self.finished.emit())
        self.step_changed.emit()
        self.run_state_changed.emit()

    # -- nothing about people, and no meeting, is written in a rehearsal ------------------

    def _on_alive_timeout(self) -> None:
        """A rehearsal has no meeting to keep alive."""

    # Written with *args so that the live meeting's signatures may grow without this
    # falling behind: whatever they take, a rehearsal writes none of it.

    def film_started(self, *args: Any, **kwargs: Any) -> None:
        """Film plays of a rehearsal are not counted anywhere."""

    def film_ended(self, *args: Any, **kwargs: Any) -> None:
        """See `film_started`."""

    def mark(self, *args: Any, **kwargs: Any) -> None:
        """No attendance in a rehearsal."""

    def cycle(self, *args: Any, **kwargs: Any) -> None:
        """No attendance in a rehearsal."""

    def add_participant(self, *args: Any, **kwargs: Any) -> None:
        """No participants in a rehearsal."""

    def save_note(self, *args: Any, **kwargs: Any) -> None:
        """No notes in a rehearsal."""

    def set_note_sharing(self, *args: Any, **kwargs: Any) -> None:
        """No notes in a rehearsal."""

    def delete_note(self, *args: Any, **kwargs: Any) -> None:
        """No notes in a rehearsal."""

    def log_concern(self, *args: Any, **kwargs: Any) -> None:
        """No concerns are logged in a rehearsal."""
