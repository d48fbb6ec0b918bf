"""Session summaries and course reports as data: plain values, no store, no rendering.

The PDF, the data bundle and the CSV are all rendered from these values, so they never
disagree. Titles (programme, session, steps, themes, films) are already in the export's
language; vocabulary values stay enums and are labelled when rendered. Nothing here names a
participant or carries a participant code: counts only, and shareable notes.

`digest` identifies the content (it ignores titles, language and the export revision), so
an importer tells "same" from "newer": same ids and digest is the same summary; a higher
`export_revision` with another digest is a newer one.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass
from datetime import date

from facilitator.export.suppression import CountTable
from facilitator.sessions.vocabulary import ConcernKind, ReferralDestination


class StepStatus(enum.Enum):
    DELIVERED = "delivered"
    SKIPPED = "skipped"
    """A non-optional step not delivered: a deviation, with its reason."""
    NOT_USED = "not-used"
    """An optional step left out: no deviation."""


@dataclass(frozen=True)
class AttendanceTotals:
    """A meeting's attendance marks counted by mark, naming no one."""

    present: int = 0
    late: int = 0
    excused: int = 0
    absent: int = 0
    not_marked: int = 0

    @property
    def attended(self) -> int:
        """Present plus late (DESIGN 4a)."""
        return self.present + self.late

    @property
    def enrolled(self) -> int:
        return self.present + self.late + self.excused + self.absent + self.not_marked


@dataclass(frozen=True)
class MeetingAttendance:
    """One held meeting in "the course's attendance so far"."""

    session_number: int
    date: date
    attended: int


@dataclass(frozen=True)
class StepLine:
    """One step of the session plan as it went in the meeting: delivered, skipped or left out."""

    step_id: str
    title: str
    kind: str
    optional: bool
    planned_minutes: int
    actual_minutes: float | None
    """The step time in minutes (sum of visits, pauses excluded); None when not visited."""
    status: StepStatus
    overrun: bool = False
    reason: str = ""
    """Why it was skipped, or how it was changed."""


@dataclass(frozen=True)
class FilmShown:
    """A film shown to the group, how often, and with which subtitles."""

    film_id: str
    title: str
    times: int
    subtitles: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theme:
    """A theme a shareable note can be tagged with, titled in the export's language."""

    id: str
    title: str


@dataclass(frozen=True)
class SharedNote:
    """A note the facilitator marked shareable, as it leaves the laptop with its themes."""

    text: str
    themes: tuple[Theme, ...] = ()


@dataclass(frozen=True)
class ThemeCount:
    """How many of a course's shareable notes were tagged with one theme."""

    theme: Theme
    notes: int


@dataclass(frozen=True)
class MeetingSummary:
    """A session summary: all that one held meeting's PDF, bundle and CSV say."""

    course_id: uuid.UUID
    meeting_id: uuid.UUID
    is_demo: bool
    language: str
    programme_id: str
    programme_version: str
    programme_title: str
    course_title: str
    session_number: int
    session_title: str
    sessions_planned: int
    """How many sessions the programme has."""
    date: date
    place: str
    host_name: str
    facilitators: tuple[str, ...]
    group_languages: tuple[str, ...]
    meeting_language: str
    """The language the session was delivered in."""
    attendance: AttendanceTotals
    course_attendance: tuple[MeetingAttendance, ...]
    steps: tuple[StepLine, ...]
    adherence: float | None
    films: tuple[FilmShown, ...] = ()
    notes: tuple[SharedNote, ...] = ()
    concerns: tuple[tuple[ConcernKind, int], ...] = ()
    referrals: tuple[tuple[ReferralDestination, int], ...] = ()
    other_deviations: tuple[str, ...] = ()
    """Deviations from the manual not tied to one step, with their reasons."""
    export_revision: int = 0
    digest: str = ""

    @property
    def planned_minutes(self) -> int:
        """The session as planned, optional steps included (the programme's duration)."""
        return sum(step.planned_minutes for step in self.steps)

    @property
    def actual_minutes(self) -> float:
        return sum(step.actual_minutes or 0.0 for step in self.steps)

    @property
    def skipped(self) -> tuple[StepLine, ...]:
        return tuple(step for step in self.steps if step.status is StepStatus.SKIPPED)

    @property
    def overruns(self) -> tuple[StepLine, ...]:
        return tuple(step for step in self.steps if step.overrun)

    @property
    def delivered_required(self) -> int:
        return sum(1 for s in self.steps if not s.optional and s.status is StepStatus.DELIVERED)

    @property
    def planned_required(self) -> int:
        return sum(1 for s in self.steps if not s.optional)

    @property
    def concern_total(self) -> int:
        return sum(count for _kind, count in self.concerns)

    @property
    def referral_total(self) -> int:
        """Concerns referred on to another service (not the ones handled in the group)."""
        return sum(n for destination, n in self.referrals
                   if destination is not ReferralDestination.NONE)


@dataclass(frozen=True)
class MeetingLine:
    """One held meeting in a course report."""

    meeting_id: uuid.UUID
    session_number: int
    session_title: str
    date: date
    programme_version: str
    attendance: AttendanceTotals
    adherence: float | None
    planned_minutes: int
    actual_minutes: float
    skipped: int
    overruns: int
    films: int


@dataclass(frozen=True)
class CourseSummary:
    """A course report: the held meetings, the people reached and their breakdowns."""

    course_id: uuid.UUID
    is_demo: bool
    language: str
    programme_id: str
    programme_version: str
    programme_title: str
    course_title: str
    place: str
    host_name: str
    facilitators: tuple[str, ...]
    group_languages: tuple[str, ...]
    sessions_planned: int
    participants: int
    """Participants registered on the course."""
    reached: int
    """Participants who attended at least one meeting: the breakdowns count these."""
    meetings: tuple[MeetingLine, ...]
    retention: float | None
    themes: tuple[ThemeCount, ...]
    films: tuple[FilmShown, ...]
    concerns: tuple[tuple[ConcernKind, int], ...]
    referrals: tuple[tuple[ReferralDestination, int], ...]
    gender_by_age: CountTable
    """Rows: Gender values; columns: AgeBand values (exact counts of `reached`)."""
    languages: CountTable
    """Rows: the course's group languages, then "other", then "not-stated" (one column)."""
    export_revision: int = 0
    digest: str = ""

    @property
    def concern_total(self) -> int:
        return sum(count for _kind, count in self.concerns)

    @property
    def concern_table(self) -> CountTable:
        return CountTable(tuple(k.value for k, _ in self.concerns), (),
                          tuple((n,) for _, n in self.concerns))

    @property
    def referral_table(self) -> CountTable:
        return CountTable(tuple(k.value for k, _ in self.referrals), (),
                          tuple((n,) for _, n in self.referrals))


Summary = MeetingSummary | CourseSummary
