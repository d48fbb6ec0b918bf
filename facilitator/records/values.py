"""Values the store hands out: frozen records and the store's own small vocabularies.

The interface receives these, never ORM objects, so nothing it holds can reach back into
the database or go stale in surprising ways. What a meeting leaves behind (step visits,
notes, concerns …) has its values in `facilitator.records.meeting_log`.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time

from facilitator.sessions.vocabulary import AgeBand, Gender


class MeetingState(enum.Enum):
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class SafetyCard:
    """A host's local contacts and referral steps in one language, at hand when a concern arises."""

    language: str
    contacts: str
    referral_steps: str


@dataclass(frozen=True)
class HostRecord:
    """A municipality, school or housing association that courses are run for."""

    id: uuid.UUID
    name: str
    place: str
    language: str
    time_zone: str
    safety_cards: dict[str, SafetyCard] = field(default_factory=dict)


@dataclass(frozen=True)
class CourseRecord:
    """One group working through a programme at a host, as the facilitator set it up."""

    id: uuid.UUID
    title: str
    programme_id: str
    programme_version: str
    host_id: uuid.UUID
    host_name: str
    location: str
    group_languages: tuple[str, ...]
    facilitator_language: str
    facilitator_initials: tuple[str, ...]
    is_demo: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class ParticipantRecord:
    """A person on a course, known only by a code (P01, P02 …), never by name."""

    id: uuid.UUID
    course_id: uuid.UUID
    code: str
    age_band: AgeBand | None
    gender: Gender | None
    language: str | None


@dataclass(frozen=True)
class ScheduledMeetingRecord:
    """When a session of a course is planned to be held, in the host's local time."""

    id: uuid.UUID
    course_id: uuid.UUID
    session_number: int
    local_date: date
    local_time: time
    time_zone: str

    @property
    def starts_at(self) -> datetime:
        """The scheduled start as an aware datetime in the host's zone."""
        from zoneinfo import ZoneInfo

        return datetime.combine(self.local_date, self.local_time, ZoneInfo(self.time_zone))


@dataclass(frozen=True)
class MeetingRecord:
    """A session delivered to a course (or being delivered), with its attendance counts."""

    id: uuid.UUID
    course_id: uuid.UUID
    session_number: int
    programme_version: str
    state: MeetingState
    started_at: datetime
    finished_at: datetime | None
    current_step_id: str | None
    language: str
    attended: int = 0
    """Participants marked present or late."""
    marked: int = 0
    """Participants with any mark other than not-marked."""


@dataclass(frozen=True)
class UpcomingMeeting:
    """A scheduled meeting with what the home screen shows beside it."""

    scheduled: ScheduledMeetingRecord
    course_title: str
    programme_id: str
    host_name: str
    location: str
    is_demo: bool
    held_meeting_id: uuid.UUID | None
    """The meeting already started for this session, if any."""


@dataclass(frozen=True)
class CourseOverview:
    """A course with its size, the meetings held and its schedule, for the course screens."""

    course: CourseRecord
    participants: int
    meetings: tuple[MeetingRecord, ...]
    schedule: tuple[ScheduledMeetingRecord, ...]


@dataclass(frozen=True)
class CourseSummary:
    """A course as the home screen lists it."""

    course: CourseRecord
    participants: int
    meetings_held: int
    last_held_at: datetime | None
    next_meeting: ScheduledMeetingRecord | None
    """The earliest scheduled meeting from today on whose session was not yet held."""
    unfinished_meeting_id: uuid.UUID | None
    """A meeting started but never finished (offer to resume it)."""
