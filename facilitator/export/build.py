"""From what the store holds to summaries: one function per meeting, one per course.

Works on the store's frozen records (`facilitator.records.values`) and the programme, so
it runs anywhere, off the GUI thread included; `facilitator.export.from_store` fetches the
records. Every measure comes from `facilitator.sessions.measures` (DESIGN 4a).
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from facilitator.export.summary import (
    AttendanceTotals,
    CourseSummary,
    FilmShown,
    MeetingAttendance,
    MeetingLine,
    MeetingSummary,
    SharedNote,
    StepLine,
    StepStatus,
    Theme,
    ThemeCount,
)
from facilitator.export.summary_json import with_digest
from facilitator.export.suppression import CountTable
from facilitator.records.meeting_log import (
    ConcernRecord,
    DeviationKind,
    DeviationRecord,
    FilmPlayRecord,
    NoteRecord,
    StepVisitRecord,
)
from facilitator.records.values import CourseRecord, HostRecord, MeetingRecord, ParticipantRecord
from facilitator.sessions import measures
from facilitator.sessions.programme import Programme
from facilitator.sessions.vocabulary import (
    AgeBand,
    Attendance,
    ConcernKind,
    Gender,
    ReferralDestination,
)

OTHER_LANGUAGES = "other"
NOT_STATED = "not-stated"


@dataclass(frozen=True)
class MeetingRecords:
    """Everything the store holds about one meeting, as the store hands it out."""

    host: HostRecord
    course: CourseRecord
    meeting: MeetingRecord
    participants: tuple[ParticipantRecord, ...]
    attendance: Mapping[uuid.UUID, Attendance]
    """Marks by participant id; a participant without a mark is not marked."""
    visits: tuple[StepVisitRecord, ...] = ()
    deviations: tuple[DeviationRecord, ...] = ()
    notes: tuple[NoteRecord, ...] = ()
    concerns: tuple[ConcernRecord, ...] = ()
    film_plays: tuple[FilmPlayRecord, ...] = ()
    course_meetings: tuple[MeetingRecord, ...] = ()
    """All of the course's meetings, with their attended counts (for "so far")."""


@dataclass(frozen=True)
class CourseRecords:
    """Everything the store holds about one course and its meetings, as the store hands it out."""

    host: HostRecord
    course: CourseRecord
    participants: tuple[ParticipantRecord, ...]
    meetings: tuple[MeetingRecords, ...]


ProgrammeFor = Callable[[str], Programme]
"""The programme in a given version (a course is pinned; each meeting keeps its version)."""


def local_date(instant: datetime, time_zone: str) -> date:
    zone: tzinfo
    try:
        zone = ZoneInfo(time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = UTC
    return instant.astimezone(zone).date()


def attendance_totals(
    participants: tuple[ParticipantRecord, ...], marks: Mapping[uuid.UUID, Attendance]
) -> AttendanceTotals:
    counts = Counter(marks.get(p.id, Attendance.NOT_MARKED) for p in participants)
    return AttendanceTotals(
        present=counts[Attendance.PRESENT],
        late=counts[Attendance.LATE],
        excused=counts[Attendance.EXCUSED],
        absent=counts[Attendance.ABSENT],
        not_marked=counts[Attendance.NOT_MARKED],
    )


def summarise_meeting(records: MeetingRecords, programme: Programme, language: str) -> MeetingSummary:
    """The session summary of one meeting, titles in `language`; digest set, revision 0."""
    course, meeting, host = records.course, records.meeting, records.host
    session = programme.session(meeting.session_number)
    texts = programme.text(language)
    skipped_ids = {d.step_id for d in records.deviations
                   if d.kind is DeviationKind.SKIPPED and d.step_id is not None}
    reasons: dict[str, list[str]] = {}
    for deviation in records.deviations:
        if deviation.step_id is not None and deviation.reason.strip():
            reasons.setdefault(deviation.step_id, []).append(deviation.reason.strip())
    times = measures.step_times(records.visits)
    steps = []
    for step in session.steps:
        visited = step.id in times
        if step.id in skipped_ids or (not visited and not step.optional):
            status = StepStatus.SKIPPED
        elif visited:
            status = StepStatus.DELIVERED
        else:
            status = StepStatus.NOT_USED
        actual = times.get(step.id)
        step_text = texts.steps.get(step.id)
        steps.append(StepLine(
            step_id=step.id,
            title=step_text.title if step_text else step.id,
            kind=step.kind.value,
            optional=step.optional,
            planned_minutes=step.minutes,
            actual_minutes=None if actual is None else actual.total_seconds() / 60,
            status=status,
            overrun=actual is not None and measures.is_overrun(actual, step.minutes),
            reason="; ".join(reasons.get(step.id, ())),
        ))
    so_far = sorted(
        (m for m in records.course_meetings or (meeting,) if m.started_at <= meeting.started_at),
        key=lambda m: m.started_at,
    )
    totals = attendance_totals(records.participants, records.attendance)
    summary = MeetingSummary(
        course_id=course.id,
        meeting_id=meeting.id,
        is_demo=course.is_demo,
        language=language,
        programme_id=programme.id,
        programme_version=meeting.programme_version,
        programme_title=texts.programme.title,
        course_title=course.title,
        session_number=session.number,
        session_title=texts.sessions[session.id].title if session.id in texts.sessions else session.id,
        sessions_planned=len(programme.sessions),
        date=local_date(meeting.started_at, host.time_zone),
        place=course.location,
        host_name=host.name,
        facilitators=tuple(course.facilitator_initials),
        group_languages=tuple(course.group_languages),
        meeting_language=meeting.language,
        attendance=totals,
        course_attendance=tuple(
            MeetingAttendance(
                m.session_number,
                local_date(m.started_at, host.time_zone),
                totals.attended if m.id == meeting.id else m.attended,
            )
            for m in so_far
        ),
        steps=tuple(steps),
        adherence=measures.adherence(session, set(times), skipped_ids),
        films=_films(records.film_plays, programme, language),
        notes=tuple(
            SharedNote(n.text.strip(), tuple(_theme(programme, language, t) for t in n.themes))
            for n in sorted(records.notes, key=lambda n: n.created_at)
            if n.shareable and n.deleted_at is None and n.text.strip()
        ),
        concerns=_count_all(ConcernKind, (c.kind for c in records.concerns)),
        referrals=_count_all(ReferralDestination, (c.referral for c in records.concerns)),
        other_deviations=tuple(
            d.reason.strip() for d in records.deviations if d.step_id is None and d.reason.strip()
        ),
    )
    return with_digest(summary)


def summarise_course(records: CourseRecords, programme_for: ProgrammeFor, language: str) -> CourseSummary:
    """The course report: every held meeting, retention, themes, films, breakdowns."""
    course, host = records.course, records.host
    programme = programme_for(course.programme_version)
    ordered = sorted(records.meetings, key=lambda r: r.meeting.started_at)
    summaries = [
        summarise_meeting(r, programme_for(r.meeting.programme_version), language) for r in ordered
    ]
    lines = tuple(
        MeetingLine(
            meeting_id=s.meeting_id,
            session_number=s.session_number,
            session_title=s.session_title,
            date=s.date,
            programme_version=s.programme_version,
            attendance=s.attendance,
            adherence=s.adherence,
            planned_minutes=s.planned_minutes,
            actual_minutes=s.actual_minutes,
            skipped=len(s.skipped),
            overruns=len(s.overruns),
            films=sum(f.times for f in s.films),
        )
        for s in summaries
    )
    reached_ids = {
        pid for r in ordered for pid, mark in r.attendance.items() if mark.attended
    }
    reached = [p for p in records.participants if p.id in reached_ids]
    theme_counts: Counter[str] = Counter(
        t.id for s in summaries for note in s.notes for t in note.themes
    )
    order = {theme: i for i, theme in enumerate(programme.themes)}
    themes = tuple(
        ThemeCount(_theme(programme, language, theme_id), n)
        for theme_id, n in sorted(theme_counts.items(), key=lambda kv: (order.get(kv[0], 999), kv[0]))
    )
    all_concerns = [c for r in ordered for c in r.concerns]
    summary = CourseSummary(
        course_id=course.id,
        is_demo=course.is_demo,
        language=language,
        programme_id=programme.id,
        programme_version=course.programme_version,
        programme_title=programme.text(language).programme.title,
        course_title=course.title,
        place=course.location,
        host_name=host.name,
        facilitators=tuple(course.facilitator_initials),
        group_languages=tuple(course.group_languages),
        sessions_planned=len(programme.sessions),
        participants=len(records.participants),
        reached=len(reached),
        meetings=lines,
        retention=measures.retention([line.attendance.attended for line in lines]),
        themes=themes,
        films=_films([p for r in ordered for p in r.film_plays], programme, language),
        concerns=_count_all(ConcernKind, (c.kind for c in all_concerns)),
        referrals=_count_all(ReferralDestination, (c.referral for c in all_concerns)),
        gender_by_age=gender_by_age(reached),
        languages=languages_table(reached, course.group_languages),
    )
    return with_digest(summary)


def gender_by_age(participants: list[ParticipantRecord]) -> CountTable:
    genders = list(Gender)
    bands = list(AgeBand)
    counts = [[0] * len(bands) for _ in genders]
    for p in participants:
        gender = p.gender or Gender.NOT_STATED
        band = p.age_band or AgeBand.NOT_STATED
        counts[genders.index(gender)][bands.index(band)] += 1
    return CountTable(tuple(g.value for g in genders), tuple(b.value for b in bands),
                      tuple(tuple(row) for row in counts))


def languages_table(participants: list[ParticipantRecord], group_languages: tuple[str, ...]) -> CountTable:
    """Rows fixed by the course, not by who came: a rare language never gets its own row."""
    rows = [*dict.fromkeys(group_languages), OTHER_LANGUAGES, NOT_STATED]
    counts = Counter(
        NOT_STATED if not p.language else p.language if p.language in group_languages else OTHER_LANGUAGES
        for p in participants
    )
    return CountTable(tuple(rows), (), tuple((counts[row],) for row in rows))


def _theme(programme: Programme, language: str, theme_id: str) -> Theme:
    return Theme(theme_id, programme.text(language).themes.get(theme_id, theme_id))


def _films(plays: list[FilmPlayRecord] | tuple[FilmPlayRecord, ...], programme: Programme,
           language: str) -> tuple[FilmShown, ...]:
    times: Counter[str] = Counter()
    subtitles: dict[str, set[str]] = {}
    for play in sorted(plays, key=lambda p: p.started_at):
        times[play.film_id] += 1
        languages = subtitles.setdefault(play.film_id, set())
        if play.subtitle_language:
            languages.add(play.subtitle_language)
    return tuple(
        FilmShown(
            film_id,
            programme.films[film_id].title(language) if film_id in programme.films else film_id,
            n,
            tuple(sorted(subtitles[film_id])),
        )
        for film_id, n in times.items()
    )


E = TypeVar("E", ConcernKind, ReferralDestination)


def _count_all(kinds: type[E], values: Iterable[E]) -> tuple[tuple[E, int], ...]:
    """Every value of the vocabulary with its count, zeros included (bundles add up)."""
    counts: Counter[E] = Counter(values)
    return tuple((kind, counts[kind]) for kind in kinds)
