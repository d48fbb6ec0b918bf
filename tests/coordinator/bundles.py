"""Synthetic summaries for the coordinator tests, written as bundles by the exports'
own writer (`facilitator.export.bundle.write_bundle`). Codes and places are invented."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from functools import cache
from pathlib import Path

from facilitator.export.bundle import write_bundle
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
from facilitator.records.coordinator.programmes import Catalogue, ProgrammeInfo, from_programme
from facilitator.sessions.package import validate
from facilitator.sessions.programme import Programme
from facilitator.sessions.vocabulary import AgeBand, ConcernKind, Gender, ReferralDestination
from tests.conftest import REPO

PROGRAMMES = REPO / "resources" / "programmes"
STRESS = "managing-stress-together"
PARENTS = "parents-in-a-new-country"


@cache
def programme(name: str) -> Programme:
    result = validate(PROGRAMMES / name)
    assert result.programme is not None, result.problems
    return result.programme


def catalogue(*names: str) -> Catalogue:
    """A programme library holding only the programmes named."""
    known = {(p.id, p.version): from_programme(p) for p in map(programme, names)}

    def find(programme_id: str, version: str) -> ProgrammeInfo | None:
        return known.get((programme_id, version))

    return find


def _steps(adherence_misses: int) -> tuple[StepLine, ...]:
    steps = []
    for i in range(4):
        skipped = i < adherence_misses
        steps.append(StepLine(f"s{i}", f"Step {i}", "discussion", False, 10,
                              None if skipped else 11.0,
                              StepStatus.SKIPPED if skipped else StepStatus.DELIVERED,
                              reason="time" if skipped else ""))
    return tuple(steps)


def meeting(
    course_id: uuid.UUID,
    session_number: int = 1,
    day: date = date(2025, 3, 4),
    *,
    host: str = "Lindhøj Skole",
    programme_id: str = STRESS,
    version: str = "1.0.0",
    attendance: tuple[int, int, int, int] = (6, 1, 1, 1),
    films: tuple[tuple[str, int], ...] = (("dropping-anchor", 1),),
    themes: tuple[str, ...] = ("stress",),
    concerns: dict[ConcernKind, int] | None = None,
    referrals: dict[ReferralDestination, int] | None = None,
    skipped: int = 0,
    is_demo: bool = False,
    revision: int = 1,
    language: str = "en",
    group_languages: tuple[str, ...] = ("ar", "da"),
    meeting_id: uuid.UUID | None = None,
    note: str = "We talked about sleep.",
) -> MeetingSummary:
    present, late, excused, absent = attendance
    concerns = concerns or {}
    referrals = referrals or {}
    summary = MeetingSummary(
        course_id=course_id,
        meeting_id=meeting_id or uuid.uuid5(course_id, f"meeting-{session_number}"),
        is_demo=is_demo,
        language=language,
        programme_id=programme_id,
        programme_version=version,
        programme_title="Managing stress together",
        course_title="Tuesday group",
        session_number=session_number,
        session_title=f"Session {session_number}",
        sessions_planned=5,
        date=day,
        place="Lindhøj community room",
        host_name=host,
        facilitators=("AB", "CD"),
        group_languages=group_languages,
        meeting_language=group_languages[0],
        attendance=AttendanceTotals(present, late, excused, absent, 0),
        course_attendance=(MeetingAttendance(session_number, day, present + late),),
        steps=_steps(skipped),
        adherence=(4 - skipped) / 4,
        films=tuple(FilmShown(f, f.replace("-", " ").title(), n, ("da",)) for f, n in films),
        notes=(SharedNote(note, tuple(Theme(t, t.title()) for t in themes)),) if themes else (),
        concerns=tuple((k, concerns.get(k, 0)) for k in ConcernKind),
        referrals=tuple((d, referrals.get(d, 0)) for d in ReferralDestination),
    )
    return replace(with_digest(summary), export_revision=revision)


def course(
    course_id: uuid.UUID,
    meetings: list[MeetingSummary],
    *,
    reach: dict[tuple[Gender, AgeBand], int] | None = None,
    languages: dict[str, int] | None = None,
    group_languages: tuple[str, ...] = ("ar", "da"),
    revision: int = 1,
    concerns: dict[ConcernKind, int] | None = None,
    referrals: dict[ReferralDestination, int] | None = None,
) -> CourseSummary:
    first = meetings[0]
    reach = reach or {(Gender.WOMAN, AgeBand.FROM_30_TO_44): 6, (Gender.MAN, AgeBand.FROM_45_TO_64): 2}
    languages = languages or {"ar": 6, "da": 2}
    concerns = concerns or {}
    referrals = referrals or {}
    rows = [*group_languages, "other", "not-stated"]
    summary = CourseSummary(
        course_id=course_id,
        is_demo=first.is_demo,
        language=first.language,
        programme_id=first.programme_id,
        programme_version=first.programme_version,
        programme_title=first.programme_title,
        course_title=first.course_title,
        place=first.place,
        host_name=first.host_name,
        facilitators=first.facilitators,
        group_languages=group_languages,
        sessions_planned=5,
        participants=sum(reach.values()) + 1,
        reached=sum(reach.values()),
        meetings=tuple(
            MeetingLine(m.meeting_id, m.session_number, m.session_title, m.date, m.programme_version,
                        m.attendance, m.adherence, m.planned_minutes, m.actual_minutes,
                        len(m.skipped), len(m.overruns), sum(f.times for f in m.films))
            for m in meetings
        ),
        retention=None,
        themes=(ThemeCount(Theme("stress", "Stress"), len(meetings)),),
        films=(FilmShown("dropping-anchor", "Dropping anchor", len(meetings)),),
        concerns=tuple((k, concerns.get(k, 0)) for k in ConcernKind),
        referrals=tuple((d, referrals.get(d, 0)) for d in ReferralDestination),
        gender_by_age=CountTable(
            tuple(g.value for g in Gender), tuple(b.value for b in AgeBand),
            tuple(tuple(reach.get((g, b), 0) for b in AgeBand) for g in Gender),
        ),
        languages=CountTable(tuple(rows), (), tuple((languages.get(r, 0),) for r in rows)),
    )
    return replace(with_digest(summary), export_revision=revision)


def write(summary: MeetingSummary | CourseSummary, folder: Path, name: str | None = None,
          plan: Programme | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    if name is None:
        ident = summary.meeting_id if isinstance(summary, MeetingSummary) else summary.course_id
        kind = "meeting" if isinstance(summary, MeetingSummary) else "course"
        name = f"{kind}-{ident}-r{summary.export_revision}.zip"
    path = folder / name
    write_bundle(summary, path, plan)
    return path
