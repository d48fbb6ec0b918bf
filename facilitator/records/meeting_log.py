"""What a meeting (or a rehearsal) leaves in the records: step visits, deviations from the
manual, gaps in its clock, notes, concerns, film showings and attendance changes.

Frozen values like those of `facilitator.records.values`, kept apart from them: the home
screen drawn at start-up needs the courses and their schedule only, and every frozen
dataclass costs Python 3.11 about half a millisecond to make (see docs/start-up.md).
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitator.records.values import MeetingState
from facilitator.sessions.vocabulary import Attendance, ConcernKind, ReferralDestination


class DeviationKind(enum.Enum):
    SKIPPED = "skipped"
    CHANGED = "changed"


class GapKind(enum.Enum):
    """Why a meeting's clock stood still: a pause, or the program was not running."""

    PAUSED = "paused"
    NOT_RUNNING = "not-running"


@dataclass(frozen=True)
class StepVisitRecord:
    """One visit of a step; satisfies `facilitator.sessions.measures.Visit`."""

    id: int
    step_id: str
    started_at: datetime
    ended_at: datetime | None
    paused: timedelta


@dataclass(frozen=True)
class DeviationRecord:
    """A skipped step or another departure from the manual, with the facilitator's reason."""

    id: int
    step_id: str | None
    kind: DeviationKind
    reason: str
    created_at: datetime


@dataclass(frozen=True)
class GapRecord:
    """A stretch of a meeting's time that does not count: a pause, or the program not running."""

    kind: GapKind
    started_at: datetime
    ended_at: datetime


@dataclass(frozen=True)
class NoteRecord:
    """A facilitator's note on a meeting, private unless shareable; a deleted one stays for undo."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    step_id: str | None
    text: str
    shareable: bool
    themes: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None


@dataclass(frozen=True)
class ConcernRecord:
    """A safety or referral event in a meeting: only its kind and where it was referred."""

    id: uuid.UUID
    meeting_id: uuid.UUID
    kind: ConcernKind
    referral: ReferralDestination
    created_at: datetime


@dataclass(frozen=True)
class FilmPlayRecord:
    """One showing of a film during a meeting, with the languages it was shown in."""

    id: int
    meeting_id: uuid.UUID
    film_id: str
    started_at: datetime
    ended_at: datetime | None
    subtitle_language: str | None
    audio_language: str | None


@dataclass(frozen=True)
class AttendanceChange:
    """What a tick did, so the interface can undo it by marking `previous` again."""

    participant_id: uuid.UUID
    previous: Attendance
    value: Attendance


@dataclass(frozen=True)
class RehearsalRecord:
    """A trainer's run of a session without a group, kept out of every statistic."""

    id: uuid.UUID
    programme_id: str
    programme_version: str
    session_number: int
    language: str
    state: MeetingState
    started_at: datetime
    finished_at: datetime | None
    current_step_id: str | None
