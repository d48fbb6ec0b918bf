"""The dashboard's and the host report's figures: exact counts over a filtered period.

A handful of set-based queries over the meetings table (which carries its course's host
and programme, so nothing is joined per row). Results are exact; suppression of small
cells is the business of what publishes them (`facilitator.export.host_report`).

Where a figure comes from:
- meetings, attendance, adherence: every meeting held in the period;
- films, themes, concerns and referrals by kind: meetings that came as meeting bundles,
  plus, for a course that sent only its course report, that report's counts, counted in
  the period that holds the course's last meeting (so a course is counted once);
- who was reached (gender by age band, language): the course reports of courses with a
  meeting in the period (a course's reach is not split by meeting).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, select
from sqlalchemy.orm import Session

from facilitator.records.coordinator.base import CoordinatorBase
from facilitator.records.coordinator.models import (
    CourseCell,
    CourseCount,
    CourseRow,
    HostRow,
    MeetingCount,
    MeetingRow,
    ProgrammeRow,
)


@dataclass(frozen=True)
class Filters:
    start: date | None = None
    end: date | None = None
    """Inclusive."""
    host_ids: tuple[int, ...] = ()
    """Empty: every host."""
    programme_id: str | None = None
    language: str | None = None
    include_demo: bool = False


@dataclass(frozen=True)
class MonthLine:
    month: str
    meetings: int
    attended: int


@dataclass(frozen=True)
class SessionLine:
    session_number: int
    meetings: int
    attended: int
    enrolled: int


@dataclass(frozen=True)
class ProgrammeLine:
    programme_id: str
    titles: dict[str, str]
    meetings: int
    adherence: float | None
    """The mean of the meetings' adherence (meetings without one left out)."""


@dataclass(frozen=True)
class CountLine:
    key: str
    title: str
    count: int


@dataclass(frozen=True)
class PeriodCounts:
    """Everything the dashboard and the host report show, as exact counts."""

    filters: Filters
    meetings: int = 0
    courses: int = 0
    hosts: int = 0
    attended: int = 0
    enrolled: int = 0
    first_attended: int = 0
    """Summed over courses: attended at each course's first meeting in the period…"""
    latest_attended: int = 0
    """…and at its latest (retention = latest ÷ first, DESIGN 4a)."""
    courses_reporting: int = 0
    """Courses with a meeting in the period whose course report (with breakdowns) arrived."""
    reached: int = 0
    planned_minutes: int = 0
    actual_minutes: float = 0.0
    skipped: int = 0
    demo_meetings: int = 0
    by_month: tuple[MonthLine, ...] = ()
    by_session: tuple[SessionLine, ...] = ()
    by_programme: tuple[ProgrammeLine, ...] = ()
    gender_age: dict[tuple[str, str], int] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=dict)
    films: tuple[CountLine, ...] = ()
    themes: tuple[CountLine, ...] = ()
    concerns: dict[str, int] = field(default_factory=dict)
    referrals: dict[str, int] = field(default_factory=dict)

    @property
    def retention(self) -> float | None:
        return None if not self.first_attended else self.latest_attended / self.first_attended


@dataclass(frozen=True)
class FilterChoices:
    hosts: tuple[tuple[int, str], ...]
    programmes: tuple[tuple[str, dict[str, str]], ...]
    languages: tuple[str, ...]
    first: date | None
    last: date | None


def _where(filters: Filters) -> list[ColumnElement[bool]]:
    clauses: list[ColumnElement[bool]] = []
    if filters.start is not None:
        clauses.append(MeetingRow.held_on >= filters.start)
    if filters.end is not None:
        clauses.append(MeetingRow.held_on <= filters.end)
    if filters.host_ids:
        clauses.append(MeetingRow.host_id.in_(filters.host_ids))
    if filters.programme_id:
        clauses.append(MeetingRow.programme_id == filters.programme_id)
    if filters.language:
        clauses.append(MeetingRow.language == filters.language)
    if not filters.include_demo:
        clauses.append(MeetingRow.is_demo.is_(False))
    return clauses


class DashboardQueries(CoordinatorBase):
    def filter_choices(self) -> FilterChoices:
        """What the dashboard's filters offer: hosts, programmes, languages, dates held."""
        with self._transaction() as session:
            hosts = session.execute(select(HostRow.id, HostRow.name).order_by(HostRow.name)).all()
            ids = session.scalars(select(MeetingRow.programme_id).distinct()).all()
            titles = _programme_titles(session, ids)
            languages = session.scalars(select(MeetingRow.language).distinct().order_by(MeetingRow.language)).all()
            first, last = session.execute(select(func.min(MeetingRow.held_on), func.max(MeetingRow.held_on))).one()
        return FilterChoices(tuple(hosts), tuple((i, titles.get(i, {})) for i in sorted(ids)),
                             tuple(languages), first, last)

    def known_titles(self) -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
        """Film and theme titles in every language, from every programme version known."""
        films: dict[str, dict[str, str]] = {}
        themes: dict[str, dict[str, str]] = {}
        with self._transaction() as session:
            rows = session.execute(select(ProgrammeRow.version, ProgrammeRow.films, ProgrammeRow.themes)).all()
        for _version, film_titles, theme_titles in sorted(rows, key=lambda r: _version_key(r[0])):
            for target, source in ((films, film_titles), (themes, theme_titles)):
                for key, titles in (source or {}).items():
                    target.setdefault(key, {}).update(titles)
        return films, themes

    def period_counts(self, filters: Filters) -> PeriodCounts:
        """Every figure for the filtered period, in one read transaction."""
        where = _where(filters)
        with self._transaction() as session:
            totals = _totals(session, where)
            first, latest = _retention(session, where)
            months = session.execute(
                select(MeetingRow.held_month, func.count(), func.sum(MeetingRow.attended))
                .where(*where).group_by(MeetingRow.held_month).order_by(MeetingRow.held_month)
            ).all()
            sessions = session.execute(
                select(MeetingRow.session_number, func.count(), func.sum(MeetingRow.attended),
                       func.sum(MeetingRow.enrolled))
                .where(*where).group_by(MeetingRow.session_number).order_by(MeetingRow.session_number)
            ).all()
            programmes = session.execute(
                select(MeetingRow.programme_id, func.count(), func.avg(MeetingRow.adherence))
                .where(*where).group_by(MeetingRow.programme_id).order_by(MeetingRow.programme_id)
            ).all()
            titles = _programme_titles(session, [p for p, _n, _a in programmes])
            counts = _counts(session, filters, where)
            reach = _reach(session, where)
        return PeriodCounts(
            filters=filters,
            first_attended=first,
            latest_attended=latest,
            by_month=tuple(MonthLine(m, int(n), int(a or 0)) for m, n, a in months),
            by_session=tuple(SessionLine(int(s), int(n), int(a or 0), int(e or 0)) for s, n, a, e in sessions),
            by_programme=tuple(
                ProgrammeLine(p, titles.get(p, {}), int(n), None if a is None else float(a))
                for p, n, a in programmes
            ),
            **totals,
            **counts,
            **reach,
        )


def _programme_titles(session: Session, ids: Sequence[str]) -> dict[str, dict[str, str]]:
    """Each programme's titles (from its newest known version)."""
    titles: dict[str, dict[str, str]] = {}
    if not ids:
        return titles
    rows = session.execute(select(ProgrammeRow.id, ProgrammeRow.version, ProgrammeRow.titles)
                           .where(ProgrammeRow.id.in_(list(ids)))).all()
    for programme_id, _version, names in sorted(rows, key=lambda r: _version_key(r[1])):
        titles[programme_id] = dict(names)
    return titles


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in version.split("."))


def _totals(session: Session, where: list[ColumnElement[bool]]) -> dict[str, Any]:
    row = session.execute(
        select(
            func.count(), func.count(func.distinct(MeetingRow.course_id)),
            func.count(func.distinct(MeetingRow.host_id)), func.sum(MeetingRow.attended),
            func.sum(MeetingRow.enrolled), func.sum(MeetingRow.planned_minutes),
            func.sum(MeetingRow.actual_minutes), func.sum(MeetingRow.skipped),
            func.sum(case((MeetingRow.is_demo, 1), else_=0)),
        ).where(*where)
    ).one()
    meetings, courses, hosts, attended, enrolled, planned, actual, skipped, demo = row
    return dict(meetings=int(meetings), courses=int(courses), hosts=int(hosts),
                attended=int(attended or 0), enrolled=int(enrolled or 0),
                planned_minutes=int(planned or 0), actual_minutes=float(actual or 0),
                skipped=int(skipped or 0), demo_meetings=int(demo or 0))


def _retention(session: Session, where: list[ColumnElement[bool]]) -> tuple[int, int]:
    ends = (
        select(MeetingRow.course_id.label("course_id"),
               func.min(MeetingRow.session_number).label("first"),
               func.max(MeetingRow.session_number).label("last"))
        .where(*where).group_by(MeetingRow.course_id).subquery()
    )
    first, latest = session.execute(
        select(
            func.sum(case((MeetingRow.session_number == ends.c.first, MeetingRow.attended), else_=0)),
            func.sum(case((MeetingRow.session_number == ends.c.last, MeetingRow.attended), else_=0)),
        ).join(ends, ends.c.course_id == MeetingRow.course_id).where(*where)
    ).one()
    return int(first or 0), int(latest or 0)


def _counts(session: Session, filters: Filters, where: list[ColumnElement[bool]]) -> dict[str, Any]:
    totals: dict[str, dict[str, list[Any]]] = {m: {} for m in ("film", "theme", "concern", "referral")}
    detailed = session.execute(
        select(MeetingCount.measure, MeetingCount.key, func.max(MeetingCount.title), func.sum(MeetingCount.count))
        .join(MeetingRow, MeetingRow.id == MeetingCount.meeting_id)
        .where(*where, MeetingRow.detailed.is_(True))
        .group_by(MeetingCount.measure, MeetingCount.key)
    ).all()
    # Courses known only from their course report: its counts, in the period of its last meeting.
    in_period = [MeetingRow.course_id == CourseRow.id, *where]
    reported = [
        exists().where(*in_period),
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
                            key=lambda c: (-c.count, c.key)))

    return dict(
        films=lines("film"), themes=lines("theme"),
        concerns={k: n for k, (_t, n) in totals["concern"].items()},
        referrals={k: n for k, (_t, n) in totals["referral"].items()},
    )


def _reach(session: Session, where: list[ColumnElement[bool]]) -> dict[str, Any]:
    courses = select(MeetingRow.course_id).where(*where).distinct().subquery()
    cells = session.execute(
        select(CourseCell.breakdown, CourseCell.row, CourseCell.column, func.sum(CourseCell.count))
        .where(CourseCell.course_id.in_(select(courses.c.course_id)))
        .group_by(CourseCell.breakdown, CourseCell.row, CourseCell.column)
    ).all()
    reporting, reached = session.execute(
        select(func.count(), func.sum(CourseRow.reached))
        .where(CourseRow.id.in_(select(courses.c.course_id)), CourseRow.report_revision.is_not(None))
    ).one()
    gender_age: dict[tuple[str, str], int] = {}
    languages: dict[str, int] = {}
    for breakdown, row, column, n in cells:
        if breakdown == "gender_age":
            gender_age[(row, column)] = int(n)
        else:
            languages[row] = int(n)
    return dict(gender_age=gender_age, languages=languages,
                courses_reporting=int(reporting or 0), reached=int(reached or 0))

