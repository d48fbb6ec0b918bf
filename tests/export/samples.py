"""Synthetic records for export tests and the export benchmark: codes P01…, invented places.

Builds the store's frozen records directly, so the summaries can be tested before and
apart from the store; the store-backed tests use the same programme and check the same
figures.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from facilitator.export.build import CourseRecords, MeetingRecords
from facilitator.records.meeting_log import (
    ConcernRecord,
    DeviationKind,
    DeviationRecord,
    FilmPlayRecord,
    NoteRecord,
    StepVisitRecord,
)
from facilitator.records.values import (
    CourseRecord,
    HostRecord,
    MeetingRecord,
    MeetingState,
    ParticipantRecord,
)
from facilitator.sessions.library import discover
from facilitator.sessions.programme import (
    Audience,
    Programme,
    ProgrammeText,
    Session,
    SessionText,
    Step,
    StepKind,
    StepText,
    Texts,
)
from facilitator.sessions.vocabulary import (
    AgeBand,
    Attendance,
    ConcernKind,
    Gender,
    ReferralDestination,
)

PRIVATE_NOTE = "PRIVAT-NOTE-7Q: P03 cried after the film and talked about her brother"
SHAREABLE_NOTES = (
    "The group talked about sleep and worry; several tried the breathing exercise at home.",
    "Participants asked for more time for the discussion about family life.",
    "Good energy; the film started a lively conversation about hope.",
)
SKIP_REASON = "The room had to be left 15 minutes early."


def bundled(programme_id: str = "managing-stress-together") -> Programme:
    entry = discover().find(programme_id)
    assert entry is not None, programme_id
    return entry.programme


def synthetic_programme(sessions: int = 10) -> Programme:
    """A programme of `sessions` meetings, for volumes the bundled ones do not reach."""
    kinds = [StepKind.WELCOME, StepKind.CHECK_IN, StepKind.PSYCHOEDUCATION, StepKind.FILM,
             StepKind.EXERCISE, StepKind.BREAK, StepKind.DISCUSSION, StepKind.HOMEWORK,
             StepKind.ROUND_UP]
    minutes = [10, 10, 15, 10, 15, 10, 15, 10, 5]
    session_list = []
    steps_text = {}
    sessions_text = {}
    for n in range(1, sessions + 1):
        steps = tuple(
            Step(f"m{n}-{i}", kind, minutes[i], optional=kind is StepKind.BREAK)
            for i, kind in enumerate(kinds)
        )
        session_list.append(Session(f"m{n}", n, sum(minutes), steps))
        sessions_text[f"m{n}"] = SessionText(f"Meeting {n}: practising together")
        for step in steps:
            steps_text[step.id] = StepText(f"{step.kind.value.capitalize()} ({step.id})", "", "")
    texts = Texts("en", ProgrammeText("Synthetic course", ""), {"sleep": "Sleep", "worry": "Worry"},
                  sessions_text, steps_text)
    return Programme("synthetic", "1.0.0", "en", ("en",), Audience.ADULTS, tuple(session_list),
                     {}, {"en": texts}, themes=("sleep", "worry"))


@dataclass(frozen=True)
class SampleCourse:
    records: CourseRecords
    programme: Programme
    codes: tuple[str, ...]
    private_notes: tuple[str, ...]


def sample_course(
    programme: Programme | None = None,
    meetings: int | None = None,
    participants: int = 12,
    seed: int = 7,
    is_demo: bool = False,
    group_languages: tuple[str, ...] = ("ar", "da"),
) -> SampleCourse:
    rng = random.Random(seed)
    programme = programme or bundled()
    meetings = meetings or len(programme.sessions)
    now = datetime(2025, 3, 4, 16, 0, tzinfo=UTC)
    host = HostRecord(uuid.UUID(int=rng.getrandbits(128)), "Nordby Kommune", "Nordby", "da",
                      "Europe/Copenhagen")
    course = CourseRecord(
        id=uuid.UUID(int=rng.getrandbits(128)), title="Spring group, Engparken",
        programme_id=programme.id, programme_version=programme.version, host_id=host.id,
        host_name=host.name, location="Fælleshuset, Engparken 4", group_languages=group_languages,
        facilitator_language="da", facilitator_initials=("AH", "MK"), is_demo=is_demo,
        created_at=now, updated_at=now,
    )
    genders = [Gender.WOMAN] * 6 + [Gender.MAN] * 3 + [Gender.NOT_STATED]
    bands = [AgeBand.FROM_30_TO_44] * 4 + [AgeBand.FROM_18_TO_29, AgeBand.FROM_45_TO_64,
                                           AgeBand.NOT_STATED]
    people = tuple(
        ParticipantRecord(uuid.UUID(int=rng.getrandbits(128)), course.id, f"P{i + 1:02d}",
                          rng.choice(bands), rng.choice(genders),
                          rng.choice([*group_languages, *group_languages, "ti", None]))
        for i in range(participants)
    )
    held: list[MeetingRecords] = []
    meeting_rows: list[MeetingRecord] = []
    private: list[str] = []
    for index, session in enumerate(programme.sessions[:meetings]):
        start = now + timedelta(days=7 * index)
        marks = {}
        for p in people:
            marks[p.id] = rng.choices(
                [Attendance.PRESENT, Attendance.LATE, Attendance.EXCUSED, Attendance.ABSENT],
                [10 - index // 2, 2, 2, 1 + index // 3])[0]
        meeting = MeetingRecord(uuid.UUID(int=rng.getrandbits(128)), course.id, session.number,
                                programme.version, MeetingState.FINISHED, start,
                                start + timedelta(hours=2), None, "da",
                                attended=sum(1 for m in marks.values() if m.attended),
                                marked=len(marks))
        visits, deviations = [], []
        clock = start
        skip = session.steps[-2] if index % 3 == 1 else None
        for i, step in enumerate(session.steps):
            if step is skip or (step.optional and index % 2):
                continue
            factor = 2.0 if i == 2 and index % 4 == 0 else rng.uniform(0.7, 1.25)
            length = timedelta(minutes=step.minutes * factor)
            paused = timedelta(minutes=2) if i == 1 else timedelta(0)
            visits.append(StepVisitRecord(len(visits) + 1, step.id, clock, clock + length + paused, paused))
            clock += length + paused
        if skip is not None:
            deviations.append(DeviationRecord(1, skip.id, DeviationKind.SKIPPED, SKIP_REASON, clock))
        note_text = f"{PRIVATE_NOTE} #{index}"
        private.append(note_text)
        notes = [
            NoteRecord(uuid.uuid4(), meeting.id, None, note_text, False, (), start, start, None),
            NoteRecord(uuid.uuid4(), meeting.id, None, SHAREABLE_NOTES[index % 3], True,
                       tuple(programme.themes[index % len(programme.themes): index % len(programme.themes) + 2]),
                       start + timedelta(minutes=30), start, None),
            NoteRecord(uuid.uuid4(), meeting.id, None, "Deleted note text QX-DELETED", True, (),
                       start, start, start + timedelta(minutes=5)),
        ]
        concerns = []
        if index % 2 == 0:
            concerns.append(ConcernRecord(uuid.uuid4(), meeting.id, ConcernKind.DISTRESS_IN_SESSION,
                                          ReferralDestination.NONE, start))
        if index == 3:
            concerns.append(ConcernRecord(uuid.uuid4(), meeting.id, ConcernKind.HEALTH,
                                          ReferralDestination.GENERAL_PRACTITIONER, start))
        films = [
            FilmPlayRecord(i, meeting.id, step.film, start + timedelta(minutes=30), None, "ar", "da")
            for i, step in enumerate(session.steps) if step.film
        ]
        meeting_rows.append(meeting)
        held.append(MeetingRecords(host, course, meeting, people, marks, tuple(visits),
                                   tuple(deviations), tuple(notes), tuple(concerns), tuple(films)))
    all_meetings = tuple(meeting_rows)
    held = [MeetingRecords(r.host, r.course, r.meeting, r.participants, r.attendance, r.visits,
                           r.deviations, r.notes, r.concerns, r.film_plays, all_meetings)
            for r in held]
    records = CourseRecords(host, course, people, tuple(held))
    return SampleCourse(records, programme, tuple(p.code for p in people), tuple(private))
