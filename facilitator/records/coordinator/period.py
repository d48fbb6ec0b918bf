"""The queries behind `PeriodCounts`: a few scans, each of one table, whatever the filters.

- one pass over the meetings grouped by month, session number and programme gives the
  totals, the months, the sessions and the programmes (summed up here);
- one join of the meetings with each course's first and latest session in the period
  gives retention and the numbers of courses and hosts;
- counts by kind are summed from meeting_counts, which copies the filter columns;
- reach (gender by age band, language) comes from the course reports of the courses with
  a meeting in the period.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from facilitator.records.coordinator.figures import (
    CountLine,
    Filters,
    MonthLine,
    PeriodCounts,
    ProgrammeLine,
    SessionLine,
)
from facilitator.records.coordinator.models import (
    CourseCell,
    CourseCount,
    CourseRow,
    MeetingCount,
    MeetingRow,
    ProgrammeRow,
)


def where(filters: Filters, table: Any = MeetingRow) -> list[ColumnElement[bool]]:
    """The filters as conditions on the meetings table (or on meeting_counts, which copies
    the same columns)."""
    clauses: list[ColumnElement[bool]] = []
    if filters.start is not None:
        clauses.append(table.held_on >= filters.start)
    if filters.end is not None:
        clauses.append(table.held_on <= filters.end)
    if filters.host_ids:
        clauses.append(table.host_id.in_(filters.host_ids))
    if filters.programme_id:
        clauses.append(table.programme_id == filters.programme_id)
    if filters.language:
        clauses.append(table.language == filters.language)
    if not filters.include_demo:
        clauses.append(table.is_demo.is_(False))
    return clauses


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in version.split("."))


def programme_titles(session: Session, ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each programme's titles (from its newest known version)."""
    titles: dict[str, dict[str, str]] = {}
    if not ids:
        return titles
    rows = session.execute(select(ProgrammeRow.id, ProgrammeRow.version, ProgrammeRow.titles)
                           .where(ProgrammeRow.id.in_(list(ids)))).all()
    for programme_id, _version, names in sorted(rows, key=lambda r: version_key(r[1])):
        titles[programme_id] = dict(names)
    return titles


def counts(session: Session, filters: Filters) -> PeriodCounts:
    conditions = where(filters)
    cube = _cube(session, conditions)
    programmes = _programmes(session, cube.pop("_programmes"))
    return PeriodCounts(
        filters=filters,
        **cube,
        by_programme=programmes,
        **_courses(session, conditions),
        **_counts(session, filters, conditions),
        **_reach(session, conditions),
    )


def _cube(session: Session, conditions: list[ColumnElement[bool]]) -> dict[str, Any]:
    m = MeetingRow
    rows = session.execute(
        select(m.held_month, m.session_number, m.programme_id, func.count(), func.sum(m.attended),
               func.sum(m.enrolled), func.sum(m.planned_minutes), func.sum(m.actual_minutes),
               func.sum(m.skipped), func.sum(case((m.is_demo, 1), else_=0)), func.sum(m.adherence),
               func.count(m.adherence))
        .where(*conditions).group_by(m.held_month, m.session_number, m.programme_id)
    ).all()
    months: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    sessions: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
    programmes: dict[str, list[float]] = defaultdict(lambda: [0, 0.0, 0])
    total = dict(meetings=0, attended=0, enrolled=0, planned_minutes=0, actual_minutes=0.0, skipped=0,
                 demo_meetings=0)
    for month, number, programme, n, attended, enrolled, planned, actual, skipped, demo, adh, adh_n in rows:
        attended, enrolled = int(attended or 0), int(enrolled or 0)
        months[month][0] += n
        months[month][1] += attended
        sessions[number][0] += n
        sessions[number][1] += attended
        sessions[number][2] += enrolled
        programmes[programme][0] += n
        programmes[programme][1] += float(adh or 0)
        programmes[programme][2] += int(adh_n or 0)
        for key, value in (("meetings", n), ("attended", attended), ("enrolled", enrolled),
                           ("planned_minutes", int(planned or 0)), ("actual_minutes", float(actual or 0)),
                           ("skipped", int(skipped or 0)), ("demo_meetings", int(demo or 0))):
            total[key] += value
    return dict(
        **total,
        by_month=tuple(MonthLine(k, int(v[0]), v[1]) for k, v in sorted(months.items())),
        by_session=tuple(SessionLine(k, *v) for k, v in sorted(sessions.items())),
        _programmes=programmes,
    )


def _programmes(session: Session, found: dict[str, list[float]]) -> tuple[ProgrammeLine, ...]:
    titles = programme_titles(session, sorted(found))
    return tuple(
        ProgrammeLine(p, titles.get(p, {}), int(n), (s / k) if k else None)
        for p, (n, s, k) in sorted(found.items())
    )


def _courses(session: Session, conditions: list[ColumnElement[bool]]) -> dict[str, Any]:
    """Retention (attended at each course's first and latest session in the period), the
    numbers of courses and hosts, and the course reports among them."""
    m = MeetingRow
    ends = (
        select(m.course_id.label("course_id"), func.min(m.session_number).label("first"),
               func.max(m.session_number).label("last"))
        .where(*conditions).group_by(m.course_id).subquery()
    )
    first, latest, courses, hosts = session.execute(
        select(
            func.sum(case((m.session_number == ends.c.first, m.attended), else_=0)),
            func.sum(case((m.session_number == ends.c.last, m.attended), else_=0)),
            func.count(func.distinct(m.course_id)), func.count(func.distinct(m.host_id)),
        ).join(ends, ends.c.course_id == m.course_id).where(*conditions)
    ).one()
    return dict(first_attended=int(first or 0), latest_attended=int(latest or 0), courses=int(courses or 0),
                hosts=int(hosts or 0))


def _counts(session: Session, filters: Filters, conditions: list[ColumnElement[bool]]) -> dict[str, Any]:
    totals: dict[str, dict[str, list[Any]]] = {m: {} for m in ("film", "theme", "concern", "referral")}
    c = MeetingCount
    detailed = session.execute(
        select(c.measure, c.key, func.max(c.title), func.sum(c.count))
        .where(*where(filters, MeetingCount)).group_by(c.measure, c.key)
    ).all()
    # Courses known only from their course report: its counts, in the period of its last meeting.
    reported = [
        exists().where(MeetingRow.course_id == CourseRow.id, *conditions),
        ~exists().where(MeetingRow.course_id == CourseRow.id, MeetingRow.detailed.is_(True)),
    ]
    if filters.start is not None:
        reported.append(CourseRow.last_held_on >= filters.start)
    if filters.end is not None:
        reported.append(CourseRow.last_held_on <= filters.end)
    whole = session.execute(
        select(CourseCount.measure, CourseCount.key, func.max(CourseCount.title), func.sum(CourseCount.count))
        .join(CourseRow, CourseRow.id == CourseCount.course_id)
        .where(and_(*reported))
        .group_by(CourseCount.measure, CourseCount.key)
    ).all()
    for measure, key, title, count in [*detailed, *whole]:
        entry = totals.setdefault(measure, {}).setdefault(key, [title or key, 0])
        entry[1] += int(count or 0)

    def lines(measure: str) -> tuple[CountLine, ...]:
        return tuple(sorted((CountLine(k, t, n) for k, (t, n) in totals[measure].items()),
                            key=lambda line: (-line.count, line.key)))

    return dict(
        films=lines("film"), themes=lines("theme"),
        concerns={k: n for k, (_t, n) in totals["concern"].items()},
        referrals={k: n for k, (_t, n) in totals["referral"].items()},
    )


def _reach(session: Session, conditions: list[ColumnElement[bool]]) -> dict[str, Any]:
    selected = select(MeetingRow.course_id).where(*conditions)
    cells = session.execute(
        select(CourseCell.breakdown, CourseCell.row, CourseCell.column, func.sum(CourseCell.count), func.count())
        .where(CourseCell.course_id.in_(selected))
        .group_by(CourseCell.breakdown, CourseCell.row, CourseCell.column)
    ).all()
    gender_age: dict[tuple[str, str], int] = {}
    languages: dict[str, int] = {}
    reached = reporting = 0
    for breakdown, row, column, n, courses in cells:
        if breakdown == "gender_age":
            gender_age[(row, column)] = int(n)
        elif breakdown == "language":
            languages[row] = int(n)
        elif breakdown == "reached":
            reached, reporting = int(n), int(courses)
    return dict(gender_age=gender_age, languages=languages, courses_reporting=reporting, reached=reached)
