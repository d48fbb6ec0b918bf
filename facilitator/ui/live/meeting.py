"""The live meeting as the screens see it: the session run, attendance, notes, concerns and
films, with every change queued to the store the moment it happens.

Views take a `LiveMeeting` in `__init__`, read its properties and redraw on its signals.
It holds no widgets. Step time, pace and timing come from `SessionRun` (DESIGN 4a); the
monotonic clock and the wall clock are injected so tests hold them.
"""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from facilitator.media.qtcompat import protect_singletons
from facilitator.records.meeting_log import ConcernRecord, NoteRecord
from facilitator.records.values import ParticipantRecord
from facilitator.sessions import measures
from facilitator.sessions.programme import Step, StepText
from facilitator.sessions.run import Clock, RunState, SessionRun
from facilitator.sessions.vocabulary import Attendance, ConcernKind, ReferralDestination
from facilitator.ui.live import commands
from facilitator.ui.live.opening import MeetingSnapshot
from facilitator.ui.live.recorder import StoreRecorder
from facilitator.ui.live.writer import StoreWriter

if TYPE_CHECKING:
    from facilitator.records.store import Store

WallClock = Callable[[], datetime]

# A click moves a code one place on; after "absent" it starts again (undo steps back).
ATTENDANCE_CYCLE = (Attendance.NOT_MARKED, Attendance.PRESENT, Attendance.LATE,
                    Attendance.EXCUSED, Attendance.ABSENT)
KEEP_ALIVE_MS = 30_000
TICK_MS = 1000


def local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class _Holder:
    """An id the store hands out, filled on the writer's thread for the jobs after it."""

    id: object = None


@dataclass
class LoggedConcern:
    """A concern logged in this meeting, kept so that undo can withdraw or restore it."""

    kind: ConcernKind
    referral: ReferralDestination
    logged_at: datetime
    active: bool = False
    holder: _Holder = field(default_factory=_Holder)


class LiveMeeting(QObject):
    step_changed = Signal()
    """The current step or a step's state changed."""
    run_state_changed = Signal()
    """Running, paused or finished."""
    ticked = Signal()
    """Once a second while the meeting is open (timers redraw)."""
    attendance_changed = Signal()
    participants_changed = Signal()
    notes_changed = Signal()
    concerns_changed = Signal()
    save_failed = Signal(str)
    """A change could not be saved; the sentence is for the facilitator."""
    finished = Signal()
    """The meeting is finished and its step log closed."""

    def __init__(self, snapshot: MeetingSnapshot, writer: StoreWriter, *,
                 clock: Clock = time.monotonic, wall: WallClock = local_now,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        protect_singletons()  # a meeting runs for hours (see media/qtcompat.py)
        self.snapshot = snapshot
        self.programme = snapshot.programme
        self.session = snapshot.session
        self.course = snapshot.course
        self.meeting_id = snapshot.meeting.id
        self._writer = writer
        self._wall = wall
        self.recorder = StoreRecorder(writer, self.meeting_id)
        self.undo_stack = QUndoStack(self)
        self._participants = list(snapshot.participants)
        self._attendance = dict(snapshot.attendance)
        for participant in self._participants:
            self._attendance.setdefault(participant.id, Attendance.NOT_MARKED)
        self._notes: dict[uuid.UUID, NoteRecord] = {n.id: n for n in snapshot.notes}
        self._concerns: dict[int, LoggedConcern] = {}
        self._earlier_concerns: list[ConcernRecord] = list(snapshot.concerns)
        self._concern_keys = itertools.count(1)
        self._film_play: _Holder | None = None
        self._wrap_up_paused = False
        self._finishing = False
        if snapshot.resumed:
            self.run = self._restore(snapshot, clock)
        else:
            self.run = SessionRun(self.session, self.recorder, clock)
        writer.failed.connect(self.save_failed)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.ticked)
        self._alive = QTimer(self)
        self._alive.setInterval(KEEP_ALIVE_MS)
        self._alive.timeout.connect(self._on_alive_timeout)

    def _restore(self, snapshot: MeetingSnapshot, clock: Clock) -> SessionRun:
        if snapshot.step_open:
            with self.recorder.quietly():
                run = SessionRun.restore(self.session, snapshot.step_times,
                                         snapshot.current_step_id, snapshot.skipped,
                                         self.recorder, clock)
        else:
            run = SessionRun.restore(self.session, snapshot.step_times,
                                     snapshot.current_step_id, snapshot.skipped,
                                     self.recorder, clock)
        if snapshot.paused:
            with self.recorder.quietly():
                run.pause()
        return run

    @property
    def writer(self) -> StoreWriter:
        return self._writer

    # -- languages and texts --------------------------------------------------------------

    @property
    def facilitator_language(self) -> str:
        language = self.course.facilitator_language
        return language if language in self.programme.texts else self.programme.source_language

    @property
    def group_language(self) -> str:
        language = self.snapshot.meeting.language
        return language if language in self.programme.texts else self.programme.source_language

    def step_text(self, step: Step, language: str) -> StepText:
        texts = self.programme.text(language).steps
        if step.id in texts:
            return texts[step.id]
        return self.programme.text(self.programme.source_language).steps[step.id]

    def session_title(self, language: str) -> str:
        return self.programme.session_title(self.session.id, language)

    def theme_titles(self, language: str) -> dict[str, str]:
        """The programme's themes in its own order, with their titles in `language`."""
        titles = self.programme.text(language).themes
        source = self.programme.text(self.programme.source_language).themes
        return {t: titles.get(t) or source.get(t) or t for t in self.programme.themes}

    # -- the run --------------------------------------------------------------------------

    @property
    def current(self) -> Step:
        return self.run.current

    @property
    def is_active(self) -> bool:
        return self.run.state in (RunState.RUNNING, RunState.PAUSED)

    @property
    def is_paused(self) -> bool:
        return self.run.state is RunState.PAUSED

    def start(self) -> None:
        """Start the clocks (and the first step of a new meeting)."""
        if self.run.state is RunState.NOT_STARTED:
            self.run.start()
        self._tick.start()
        self._alive.start()
        self.step_changed.emit()
        self.run_state_changed.emit()

    def next(self) -> bool:
        return self._navigate(self.run.next)

    def previous(self) -> bool:
        return self._navigate(self.run.previous)

    def go_to(self, step_id: str) -> bool:
        if step_id == self.current.id:
            return False

        def jump() -> bool:
            self.run.go_to(step_id)
            return True

        return self._navigate(jump)

    def _navigate(self, move: Callable[[], bool]) -> bool:
        if not self.is_active or self._finishing:
            return False
        was_paused = self.is_paused
        moved = move()
        if moved:
            self.step_changed.emit()
            if was_paused:
                self.run_state_changed.emit()
        return moved

    def toggle_pause(self) -> None:
        if not self.is_active or self._finishing:
            return
        if self.is_paused:
            self.run.resume()
        else:
            self.run.pause()
        self.run_state_changed.emit()
        self.ticked.emit()

    def needs_reason(self, step_id: str) -> bool:
        return not self.session.step(step_id).optional

    def skip(self, step_id: str, reason: str = "") -> None:
        """Leave a step out (undoable); skipping the current step moves on to the next."""
        if self.needs_reason(step_id) and not reason.strip():
            raise ValueError("a step that is not optional needs a reason to be skipped")
        self.undo_stack.push(commands.SkipStep(self, step_id, reason.strip()))
        if step_id == self.current.id:
            self.next()

    def _apply_skip(self, step_id: str, reason: str) -> None:
        self.run.skip(step_id, reason)
        self.step_changed.emit()

    def _apply_unskip(self, step_id: str) -> None:
        self.run.unskip(step_id)
        self.step_changed.emit()

    def projected_end(self) -> datetime:
        """When the meeting ends if every step to come takes its planned time."""
        return self._wall() + timedelta(seconds=self.run.pace().remaining_planned)

    # -- attendance -----------------------------------------------------------------------

    @property
    def participants(self) -> Sequence[ParticipantRecord]:
        return tuple(self._participants)

    def attendance(self, participant_id: uuid.UUID) -> Attendance:
        return self._attendance.get(participant_id, Attendance.NOT_MARKED)

    def not_marked(self) -> list[ParticipantRecord]:
        return [p for p in self._participants
                if self.attendance(p.id) is Attendance.NOT_MARKED]

    def attended(self) -> int:
        return measures.attended(self._attendance.values())

    def mark(self, participant_id: uuid.UUID, value: Attendance) -> None:
        before = self.attendance(participant_id)
        if value is not before:
            self.undo_stack.push(commands.MarkAttendance(self, participant_id, before, value))

    def cycle(self, participant_id: uuid.UUID) -> None:
        index = ATTENDANCE_CYCLE.index(self.attendance(participant_id))
        self.mark(participant_id, ATTENDANCE_CYCLE[(index + 1) % len(ATTENDANCE_CYCLE)])

    def _apply_mark(self, participant_id: uuid.UUID, value: Attendance) -> None:
        self._attendance[participant_id] = value
        meeting = self.meeting_id
        self._writer.write(lambda store: store.mark_attendance(meeting, participant_id, value))
        self.attendance_changed.emit()

    def add_participant(self, code: str | None = None) -> None:
        """Add a code on the spot (the next free one when None); it is marked present."""
        course = self.course.id

        def added(record: ParticipantRecord) -> None:
            self._participants.append(record)
            self._participants.sort(key=lambda p: p.code)
            self._attendance[record.id] = Attendance.NOT_MARKED
            self.participants_changed.emit()
            self.mark(record.id, Attendance.PRESENT)

        self._writer.write(lambda store: store.add_participant(course, code), added)

    def has_code(self, code: str) -> bool:
        return code.strip().upper() in {p.code for p in self._participants}

    # -- notes ----------------------------------------------------------------------------

    def notes(self) -> list[NoteRecord]:
        return sorted((n for n in self._notes.values() if n.deleted_at is None),
                      key=lambda n: n.created_at)

    def note(self, note_id: uuid.UUID) -> NoteRecord:
        return self._notes[note_id]

    def save_note(self, text: str, *, shareable: bool = False, themes: Sequence[str] = (),
                  step_id: str | None = None) -> None:
        """Save a note attached to the current step (private unless `shareable`)."""
        text = text.strip()
        if not text:
            return
        meeting = self.meeting_id
        step = step_id or self.current.id
        self._writer.write(
            lambda store: store.save_note(meeting, text, step_id=step, shareable=shareable,
                                          themes=tuple(themes)),
            self._on_note_saved)

    def set_note_sharing(self, note_id: uuid.UUID, shareable: bool,
                         themes: Sequence[str] = (), *, text: str | None = None) -> None:
        """Share a note (with theme tags) or make it private again; the identifier check
        is the caller's, before sharing (DESIGN 8)."""
        chosen = tuple(themes) if shareable else ()
        note = self._notes[note_id]
        self._notes[note_id] = replace(note, shareable=shareable, themes=tuple(sorted(chosen)),
                                       text=note.text if text is None else text)
        self._writer.write(lambda store: store.edit_note(note_id, text=text, shareable=shareable,
                                                         themes=chosen), self._on_note_saved)
        self.notes_changed.emit()

    def delete_note(self, note_id: uuid.UUID) -> None:
        self.undo_stack.push(commands.DeleteNote(self, note_id))

    def _apply_note_deleted(self, note_id: uuid.UUID, deleted: bool) -> None:
        note = self._notes[note_id]
        self._notes[note_id] = replace(note, deleted_at=self._wall() if deleted else None)
        if deleted:
            self._writer.write(lambda store: store.delete_note(note_id))
        else:
            self._writer.write(lambda store: store.undelete_note(note_id))
        self.notes_changed.emit()

    def _on_note_saved(self, record: NoteRecord) -> None:
        known = self._notes.get(record.id)
        if known is not None and known.deleted_at is not None and record.deleted_at is None:
            record = replace(record, deleted_at=known.deleted_at)
        self._notes[record.id] = record
        self.notes_changed.emit()

    # -- concerns -------------------------------------------------------------------------

    def concerns(self) -> list[tuple[ConcernKind, ReferralDestination, datetime]]:
        earlier = [(c.kind, c.referral, c.created_at) for c in self._earlier_concerns]
        return earlier + [(c.kind, c.referral, c.logged_at) for c in self._concerns.values()
                          if c.active]

    def log_concern(self, kind: ConcernKind, referral: ReferralDestination) -> None:
        key = next(self._concern_keys)
        self._concerns[key] = LoggedConcern(kind, referral, self._wall())
        self.undo_stack.push(commands.LogConcern(self, key))

    def _apply_concern(self, key: int, logged: bool) -> None:
        entry = self._concerns[key]
        entry.active = logged
        meeting = self.meeting_id
        if logged:
            holder = entry.holder = _Holder()

            def record(store: Store) -> ConcernRecord:
                saved = store.record_concern(meeting, entry.kind, entry.referral)
                holder.id = saved.id
                return saved

            self._writer.write(record)
        else:
            logged_holder = entry.holder

            def withdraw(store: Store) -> None:
                if isinstance(logged_holder.id, uuid.UUID):
                    store.withdraw_concern(logged_holder.id)

            self._writer.write(withdraw)
        self.concerns_changed.emit()

    # -- films ----------------------------------------------------------------------------

    def film_started(self, film_id: str, subtitle_language: str | None,
                     audio_language: str | None) -> None:
        """A film began to play on the projector (logged for the summary)."""
        self.film_ended()
        holder = _Holder()
        self._film_play = holder
        meeting = self.meeting_id

        def start(store: Store) -> object:
            play = store.start_film_play(meeting, film_id, subtitle_language=subtitle_language,
                                         audio_language=audio_language)
            holder.id = play.id
            return play

        self._writer.write(start)

    def film_ended(self) -> None:
        holder, self._film_play = self._film_play, None
        if holder is None:
            return

        def end(store: Store) -> None:
            if isinstance(holder.id, int):
                store.end_film_play(holder.id)

        self._writer.write(end)

    # -- wrap-up --------------------------------------------------------------------------

    def begin_wrap_up(self) -> None:
        """The clocks stop while the facilitator wraps up (it is not step time)."""
        if self.run.state is RunState.RUNNING:
            self.run.pause()
            self._wrap_up_paused = True
            self.run_state_changed.emit()

    def cancel_wrap_up(self) -> None:
        if self._wrap_up_paused and self.is_paused:
            self.run.resume()
            self.run_state_changed.emit()
        self._wrap_up_paused = False

    def unvisited_required(self) -> list[Step]:
        """Steps that are not optional, never visited and not yet skipped with a reason."""
        return [s for s in self.run.unvisited() if not s.optional]

    def step_times(self) -> dict[str, timedelta]:
        return {k: timedelta(seconds=v) for k, v in self.run.step_times().items()}

    def overruns(self) -> tuple[Step, ...]:
        return measures.overrun_steps(self.session, self.step_times())

    def finish(self, skip_reasons: dict[str, str], overrun_notes: dict[str, str]) -> None:
        """Close the step log and finish the meeting, recording the reasons for steps not
        delivered and the notes on overruns."""
        if not self.is_active or self._finishing:
            return
        for step_id, reason in skip_reasons.items():
            self.run.skip(step_id, reason)
        meeting = self.meeting_id
        for step_id, note in overrun_notes.items():
            if note.strip():
                self._record_deviation(step_id, note.strip())
        self.film_ended()
        self._finishing = True
        self.run.finish()
        self._tick.stop()
        self._alive.stop()
        self.undo_stack.clear()

        def done(_: object) -> None:
            self._finishing = False
            self.finished.emit()

        self._writer.write(lambda store: store.finish_meeting(meeting), done)
        self.step_changed.emit()
        self.run_state_changed.emit()

    def _record_deviation(self, step_id: str, reason: str) -> None:
        meeting = self.meeting_id
        self._writer.write(lambda store: store.record_deviation(meeting, step_id, reason))

    @property
    def is_finished(self) -> bool:
        return self.run.state is RunState.FINISHED

    # -- life -----------------------------------------------------------------------------

    def close(self) -> None:
        """The window closes without finishing: the meeting stays open to be resumed."""
        self._tick.stop()
        self._alive.stop()
        if self.is_active:
            self._on_alive_timeout()

    def _on_alive_timeout(self) -> None:
        if self.run.state is RunState.RUNNING:
            meeting = self.meeting_id
            self._writer.write(lambda store: store.keep_alive(meeting))
