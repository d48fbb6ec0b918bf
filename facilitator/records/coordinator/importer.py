"""Putting one verified bundle into the coordinator store: one transaction, all or nothing.

Same, newer, older: a meeting is identified by its id. The same digest is "already
there" (whatever the revision or language it was exported in); a higher export revision
replaces the stored one; a lower one changes nothing ("already newer there"). A meeting
that arrived as a meeting bundle keeps its detail when a course report lists it again; a
course report's lines fill in meetings that never came on their own. Two different
summaries with the same revision cannot both be right: that bundle is refused.
"""

from __future__ import annotations

import enum
import uuid

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from facilitator.records.coordinator.base import CoordinatorBase
from facilitator.records.coordinator.bundle import BundleRejected
from facilitator.records.coordinator.content import (
    Content,
    CourseContent,
    Header,
    MeetingContent,
    MeetingFacts,
)
from facilitator.records.coordinator.models import (
    CourseCell,
    CourseCount,
    CourseRow,
    HostName,
    HostRow,
    MeetingCount,
    MeetingRow,
    ProgrammeRow,
)
from facilitator.records.coordinator.programmes import ProgrammeInfo


class Outcome(enum.Enum):
    IMPORTED = "imported"
    ALREADY_THERE = "already-there"
    REPLACED = "replaced"
    OLDER = "older"
    """A newer export of the same summary is already stored: nothing changed."""
    REJECTED = "rejected"


def _compare(stored_digest: str, stored_revision: int, header: Header) -> Outcome:
    if stored_digest == header.digest:
        return Outcome.ALREADY_THERE
    if header.revision < stored_revision:
        return Outcome.OLDER
    if header.revision == stored_revision:
        raise BundleRejected(
            "it differs from the summary with the same export revision already imported "
            "(re-export it from the laptop to get a new revision)"
        )
    return Outcome.REPLACED


class ImportUseCases(CoordinatorBase):
    def knows_programme(self, programme_id: str, version: str) -> bool:
        with self._transaction() as session:
            return session.get(ProgrammeRow, (programme_id, version)) is not None

    def import_content(self, content: Content, programme: ProgrammeInfo | None) -> Outcome:
        """Store one bundle's summary in one transaction; `programme` is None when the
        store already knows the programme version (else BundleRejected)."""
        header = content.header
        with self._transaction() as session:
            self._remember_programme(session, header, programme)
            if isinstance(content, MeetingContent):
                return self._apply_meeting(session, content)
            return self._apply_course(session, content)

    def _remember_programme(self, session: Session, header: Header, info: ProgrammeInfo | None) -> None:
        row = session.get(ProgrammeRow, (header.programme_id, header.programme_version))
        if info is None:
            if row is None:
                raise BundleRejected(
                    f"its programme {header.programme_id} version {header.programme_version} "
                    "is not installed here and the bundle does not carry its plan"
                )
            return
        if row is not None and (row.source == "library" or info.source == "bundle"):
            return
        values = dict(source=info.source, sessions_planned=info.sessions_planned, titles=info.titles,
                      sessions=info.sessions, themes=info.themes, films=info.films)
        if row is None:
            session.add(ProgrammeRow(id=info.id, version=info.version, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)

    def _host_for(self, session: Session, typed: str) -> int:
        known = session.get(HostName, typed)
        if known is not None:
            return known.host_id
        host = session.scalar(select(HostRow).where(HostRow.name == typed))
        if host is None:
            host = HostRow(name=typed, created_at=self.now())
            session.add(host)
            session.flush()
        session.add(HostName(name=typed, host_id=host.id))
        return host.id

    def _course_for(self, session: Session, header: Header) -> CourseRow:
        course = session.get(CourseRow, header.course_id)
        host_id = self._host_for(session, header.host_name)
        if course is None:
            course = CourseRow(
                id=header.course_id, host_id=host_id, host_name_typed=header.host_name,
                programme_id=header.programme_id, programme_version=header.programme_version,
                place=header.place, is_demo=header.is_demo,
                group_languages=list(header.group_languages), updated_at=self.now(),
            )
            session.add(course)
            session.flush()
            return course
        if course.programme_id != header.programme_id:
            raise BundleRejected("its course is already stored here with another programme")
        if course.host_id != host_id:
            session.execute(update(MeetingRow).where(MeetingRow.course_id == course.id)
                            .values(host_id=host_id))
        course.host_id, course.host_name_typed = host_id, header.host_name
        course.place, course.is_demo = header.place, header.is_demo
        course.programme_version = header.programme_version
        if header.group_languages:
            course.group_languages = list(header.group_languages)
        course.updated_at = self.now()
        return course

    def _apply_meeting(self, session: Session, content: MeetingContent) -> Outcome:
        header, facts = content.header, content.meeting
        row = session.get(MeetingRow, facts.meeting_id)
        if row is not None and row.course_id != header.course_id:
            raise BundleRejected("its meeting is already stored here under another course")
        if row is None or not row.detailed:
            # A line of a course report is not the meeting's summary: this is its first arrival.
            outcome = Outcome.IMPORTED
        else:
            outcome = _compare(row.digest, row.revision, header)
            if outcome is not Outcome.REPLACED:
                return outcome
        course = self._course_for(session, header)
        if row is not None:
            session.execute(delete(MeetingCount).where(MeetingCount.meeting_id == row.id))
        self._write_meeting(session, row, course, header, facts, detailed=True)
        session.flush()  # no relationship() tells the ORM that counts need their meeting first
        session.add_all(
            MeetingCount(meeting_id=facts.meeting_id, measure=measure, key=c.key, title=c.title, count=c.count)
            for measure, c in facts.counts
        )
        return outcome

    def _write_meeting(self, session: Session, row: MeetingRow | None, course: CourseRow,
                       header: Header, facts: MeetingFacts, *, detailed: bool) -> None:
        a = facts.attendance
        values = dict(
            course_id=course.id, host_id=course.host_id, programme_id=course.programme_id,
            programme_version=facts.programme_version,
            language=facts.language or (course.group_languages or [header.language])[0],
            is_demo=header.is_demo, session_number=facts.session_number, held_on=facts.held_on,
            held_month=facts.held_on.isoformat()[:7], present=a.present, late=a.late,
            excused=a.excused, absent=a.absent, not_marked=a.not_marked, attended=a.attended,
            enrolled=a.enrolled, adherence=facts.adherence, planned_minutes=facts.planned_minutes,
            actual_minutes=facts.actual_minutes, skipped=facts.skipped, overruns=facts.overruns,
            films_shown=facts.films_shown, detailed=detailed, revision=header.revision,
            digest=header.digest, imported_at=self.now(),
        )
        if row is None:
            session.add(MeetingRow(id=facts.meeting_id, **values))
        else:
            for key, value in values.items():
                setattr(row, key, value)

    def _apply_course(self, session: Session, content: CourseContent) -> Outcome:
        header = content.header
        course = session.get(CourseRow, header.course_id)
        if course is None or course.report_revision is None:
            outcome = Outcome.IMPORTED
        else:
            outcome = _compare(course.report_digest or "", course.report_revision, header)
            if outcome is not Outcome.REPLACED:
                return outcome
        course = self._course_for(session, header)
        course.report_revision, course.report_digest = header.revision, header.digest
        course.participants, course.reached = content.participants, content.reached
        course.sessions_planned = content.sessions_planned
        course.last_held_on = max((m.held_on for m in content.meetings), default=None)
        session.execute(delete(CourseCell).where(CourseCell.course_id == course.id))
        session.execute(delete(CourseCount).where(CourseCount.course_id == course.id))
        session.add_all(
            [CourseCell(course_id=course.id, breakdown="gender_age", row=g, column=b, count=n)
             for g, b, n in content.gender_age]
            + [CourseCell(course_id=course.id, breakdown="language", row=lang, column="", count=n)
               for lang, n in content.languages]
        )
        session.add_all(
            CourseCount(course_id=course.id, measure=m, key=c.key, title=c.title, count=c.count)
            for m, c in content.counts
        )
        self._apply_lines(session, course, header, content.meetings)
        return outcome

    def _apply_lines(self, session: Session, course: CourseRow, header: Header,
                     lines: tuple[MeetingFacts, ...]) -> None:
        ids = [line.meeting_id for line in lines]
        stored: dict[uuid.UUID, MeetingRow] = {}
        for start in range(0, len(ids), 500):
            for row in session.scalars(select(MeetingRow).where(MeetingRow.id.in_(ids[start:start + 500]))):
                stored[row.id] = row
        for line in lines:
            known = stored.get(line.meeting_id)
            if known is not None and known.course_id != course.id:
                raise BundleRejected("a meeting it lists is already stored here under another course")
            if known is None or not known.detailed:
                self._write_meeting(session, known, course, header, line, detailed=False)
        # Lines a newer course report no longer lists (a meeting erased on the laptop).
        session.flush()
        session.execute(
            delete(MeetingRow).where(
                MeetingRow.course_id == course.id,
                MeetingRow.detailed.is_(False),
                MeetingRow.id.not_in(ids) if ids else MeetingRow.id.is_not(None),
            )
        )
