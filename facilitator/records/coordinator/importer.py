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
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection

from facilitator.records.coordinator import import_sql as sql
from facilitator.records.coordinator.base import CoordinatorBase
from facilitator.records.coordinator.bundle import BundleRejected
from facilitator.records.coordinator.content import (
    Content,
    CourseContent,
    Header,
    MeetingContent,
    MeetingFacts,
)
from facilitator.records.coordinator.programmes import ProgrammeInfo
from facilitator.records.errors import translate_errors


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
    """Core statements prepared once (import_sql.py) on one connection; a few statements
    per bundle, and none that a bundle does not need."""

    def knows_programme(self, programme_id: str, version: str) -> bool:
        with translate_errors(), self._engine.connect() as connection:
            found = connection.execute(sql.PROGRAMME_SOURCE, {"id": programme_id, "version": version})
            return found.first() is not None

    def import_content(self, content: Content, programme: ProgrammeInfo | None) -> Outcome:
        """Store one bundle's summary in one transaction; `programme` is None when the
        store already knows the programme version (else BundleRejected)."""
        header = content.header
        key = (header.programme_id, header.programme_version)
        known = self._known_programmes.get(key)
        offered = programme.source if programme is not None else None
        self._new_host_ids = {}
        with translate_errors(), self._engine.begin() as connection:
            if known is None or (offered == "library" and known != "library"):
                self._remember_programme(connection, header, programme)
            if isinstance(content, MeetingContent):
                outcome = self._apply_meeting(connection, content)
            else:
                outcome = self._apply_course(connection, content)
        # Only after the commit (a rolled-back host or programme must not be remembered);
        # programme versions are never deleted, host merges clear the hosts remembered.
        self._host_ids.update(self._new_host_ids)
        if known != "library":
            self._known_programmes[key] = offered or known or "store"
        return outcome

    def _remember_programme(self, connection: Connection, header: Header, info: ProgrammeInfo | None) -> None:
        key = {"id": header.programme_id, "version": header.programme_version}
        source = connection.execute(sql.PROGRAMME_SOURCE, key).scalar()
        if info is None:
            if source is None:
                raise BundleRejected(
                    f"its programme {header.programme_id} version {header.programme_version} "
                    "is not installed here and the bundle does not carry its plan"
                )
            return
        if source is not None and (source == "library" or info.source == "bundle"):
            return
        values = dict(source=info.source, sessions_planned=info.sessions_planned, titles=info.titles,
                      sessions=info.sessions, themes=info.themes, films=info.films)
        if source is None:
            connection.execute(sql.PROGRAMMES.insert(), {"id": info.id, "version": info.version, **values})
        else:
            connection.execute(sql.UPDATE_PROGRAMME, {"key_id": info.id, "key_version": info.version, **values})

    def _host_for(self, connection: Connection, typed: str) -> int:
        cached = self._host_ids.get(typed)
        if cached is not None:
            return cached
        known = connection.execute(sql.HOST_BY_TYPED_NAME, {"name": typed}).scalar()
        if known is not None:
            self._new_host_ids[typed] = int(known)
            return int(known)
        host_id = connection.execute(sql.HOST_BY_NAME, {"name": typed}).scalar()
        if host_id is None:
            host_id = connection.execute(sql.NEW_HOST, {"name": typed, "created_at": self.now()}).scalar_one()
        connection.execute(sql.HOST_NAMES.insert(), {"name": typed, "host_id": host_id})
        self._new_host_ids[typed] = int(host_id)
        return int(host_id)

    def _course_for(self, connection: Connection, header: Header, stored: dict[str, Any] | None,
                    report: dict[str, Any] | None = None) -> _Course:
        """The course row brought up to what the bundle says (created when new); `stored`
        is its row as read (sql.COURSE) or None; `report` the course report's fields."""
        host_id = self._host_for(connection, header.host_name)
        languages = list(header.group_languages)
        if stored is None:
            connection.execute(sql.COURSES.insert(), {
                "id": header.course_id, "programme_id": header.programme_id, "host_id": host_id,
                "host_name_typed": header.host_name, "place": header.place, "is_demo": header.is_demo,
                "programme_version": header.programme_version, "group_languages": languages,
                "updated_at": self.now(), **(report or {})})
            return _Course(header.course_id, host_id, header.programme_id, tuple(languages))
        if stored["programme_id"] != header.programme_id:
            raise BundleRejected("its course is already stored here with another programme")
        languages = languages or list(stored["group_languages"] or ())
        values: dict[str, Any] = dict(host_id=host_id, host_name_typed=header.host_name, place=header.place,
                                      is_demo=header.is_demo, programme_version=header.programme_version,
                                      group_languages=languages, **(report or {}))
        if report or any(stored.get(k) != v for k, v in values.items()):
            connection.execute(sql.UPDATE_COURSE, {"key": header.course_id, "updated_at": self.now(), **values})
        if stored["host_id"] != host_id:
            connection.execute(sql.MOVE_MEETINGS, {"key": header.course_id, "host_id": host_id})
            connection.execute(sql.MOVE_COUNTS, {"key": header.course_id, "host_id": host_id})
        return _Course(header.course_id, host_id, stored["programme_id"], tuple(languages))

    def _apply_meeting(self, connection: Connection, content: MeetingContent) -> Outcome:
        header, facts = content.header, content.meeting
        both = self._driver.one(connection, sql.MEETING_AND_COURSE,
                                {"meeting_id": facts.meeting_id, "course_id": header.course_id})
        assert both is not None  # the one-row anchor always gives a row
        row = both if both["course_id"] is not None else None
        if row is not None and row["course_id"] != header.course_id:
            raise BundleRejected("its meeting is already stored here under another course")
        if row is None or not row["detailed"]:
            # A line of a course report is not the meeting's summary: this is its first arrival.
            outcome = Outcome.IMPORTED
        else:
            outcome = _compare(row["digest"], row["revision"], header)
            if outcome is not Outcome.REPLACED:
                return outcome
        prefix = sql.COURSE_PREFIX
        stored = ({k[len(prefix):]: v for k, v in both.items() if k.startswith(prefix)}
                  if both[prefix + "programme_id"] is not None else None)
        course = self._course_for(connection, header, stored)
        if row is not None and row["detailed"]:
            self._driver.run(connection, sql.DELETE_COUNTS, {"id": facts.meeting_id})
        self._write_meetings(connection, course, header, [facts], exists={facts.meeting_id} if row else set(),
                             detailed=True)
        if facts.counts:
            copied = {"meeting_id": facts.meeting_id, "held_on": facts.held_on, "host_id": course.host_id,
                      "programme_id": course.programme_id, "is_demo": header.is_demo,
                      "language": _language(facts, course, header)}
            self._driver.insert(connection, sql.MEETING_COUNTS, [
                {**copied, "measure": measure, "key": c.key, "title": c.title, "count": c.count}
                for measure, c in facts.counts
            ])
        return outcome

    def _write_meetings(self, connection: Connection, course: _Course, header: Header,
                        lines: list[MeetingFacts], *, exists: set[uuid.UUID], detailed: bool) -> None:
        now = self.now()
        new, old = [], []
        for facts in lines:
            a = facts.attendance
            values = dict(
                course_id=course.id, host_id=course.host_id, programme_id=course.programme_id,
                programme_version=facts.programme_version, language=_language(facts, course, header),
                is_demo=header.is_demo, session_number=facts.session_number, held_on=facts.held_on,
                held_month=facts.held_on.isoformat()[:7], present=a.present, late=a.late,
                excused=a.excused, absent=a.absent, not_marked=a.not_marked, attended=a.attended,
                enrolled=a.enrolled, adherence=facts.adherence, planned_minutes=facts.planned_minutes,
                actual_minutes=facts.actual_minutes, skipped=facts.skipped, overruns=facts.overruns,
                films_shown=facts.films_shown, detailed=detailed, revision=header.revision,
                digest=header.digest, imported_at=now,
            )
            if facts.meeting_id in exists:
                old.append({"key": facts.meeting_id, **values})
            else:
                new.append({"id": facts.meeting_id, **values})
        self._driver.insert(connection, sql.MEETINGS, new)
        if old:
            connection.execute(sql.UPDATE_MEETING, old)

    def _apply_course(self, connection: Connection, content: CourseContent) -> Outcome:
        header = content.header
        found = connection.execute(sql.COURSE, {"id": header.course_id}).first()
        stored = dict(found._mapping) if found is not None else None
        if stored is None or stored["report_revision"] is None:
            outcome = Outcome.IMPORTED
        else:
            outcome = _compare(stored["report_digest"] or "", stored["report_revision"], header)
            if outcome is not Outcome.REPLACED:
                return outcome
        last: date | None = max((m.held_on for m in content.meetings), default=None)
        report = dict(report_revision=header.revision, report_digest=header.digest,
                      participants=content.participants, reached=content.reached,
                      sessions_planned=content.sessions_planned, last_held_on=last)
        course = self._course_for(connection, header, stored, report)
        if stored is not None and stored["report_revision"] is not None:
            connection.execute(sql.DELETE_CELLS, {"id": course.id})
            connection.execute(sql.DELETE_COURSE_COUNTS, {"id": course.id})
        cells = [{"course_id": course.id, "breakdown": "gender_age", "row": g, "column": b, "count": n}
                 for g, b, n in content.gender_age]
        cells += [{"course_id": course.id, "breakdown": "language", "row": lang, "column": "", "count": n}
                  for lang, n in content.languages]
        cells.append({"course_id": course.id, "breakdown": "reached", "row": "", "column": "",
                      "count": content.reached})
        connection.execute(sql.COURSE_CELLS.insert(), cells)
        if content.counts:
            connection.execute(sql.COURSE_COUNTS.insert(), [
                {"course_id": course.id, "measure": m, "key": c.key, "title": c.title, "count": c.count}
                for m, c in content.counts
            ])
        self._apply_lines(connection, course, header, content.meetings)
        return outcome

    def _apply_lines(self, connection: Connection, course: _Course, header: Header,
                     lines: tuple[MeetingFacts, ...]) -> None:
        ids = [line.meeting_id for line in lines]
        # The course's meetings, and any listed meeting stored under another course.
        stored = {row.id: row.detailed for row in connection.execute(sql.COURSE_MEETINGS, {"id": course.id})}
        missing = [i for i in ids if i not in stored]
        if missing and connection.execute(sql.MEETINGS_BY_ID, {"ids": missing}).first() is not None:
            raise BundleRejected("a meeting it lists is already stored here under another course")
        writable = [line for line in lines if not stored.get(line.meeting_id, False)]
        self._write_meetings(connection, course, header, writable, exists=set(stored), detailed=False)
        # Lines a newer course report no longer lists (a meeting erased on the laptop).
        listed = set(ids)
        for meeting_id, detailed in stored.items():
            if not detailed and meeting_id not in listed:
                connection.execute(sql.DELETE_MEETING, {"id": meeting_id})


def _language(facts: MeetingFacts, course: _Course, header: Header) -> str:
    """The meeting's language, else the course's first group language, else the summary's."""
    return facts.language or (course.group_languages or (header.language,))[0]


@dataclass(frozen=True)
class _Course:
    """The stored course a bundle's meetings go under, as this import left it."""

    id: uuid.UUID
    host_id: int
    programme_id: str
    group_languages: tuple[str, ...]
