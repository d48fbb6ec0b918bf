"""Read what a summary needs from the facilitator's store, then build it (build.py).

A handful of reads per meeting through the Store's use cases; the summaries never see an
ORM object. The programme comes from the library, in the version each meeting was held
with (a course is pinned to its version; an old version stays installed while in use).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from facilitator.export.build import (
    CourseRecords,
    MeetingRecords,
    summarise_course,
    summarise_meeting,
)
from facilitator.export.summary import CourseSummary, MeetingSummary
from facilitator.sessions.programme import Programme

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.sessions.library import Library


class ExportError(Exception):
    """An export that cannot be made; `str(error)` is one sentence for the user."""


ProgrammeLookup = Callable[[str, str], Programme | None]


def library_lookup(library: Library | None = None) -> ProgrammeLookup:
    """Programmes from the library on this computer (discovered on first use)."""
    found: list[Library] = [library] if library is not None else []

    def find(programme_id: str, version: str) -> Programme | None:
        if not found:
            from facilitator.sessions.library import discover

            found.append(discover())
        entry = found[0].find(programme_id, version)
        return None if entry is None else entry.programme

    return find


def _programme(lookup: ProgrammeLookup, programme_id: str, version: str) -> Programme:
    programme = lookup(programme_id, version)
    if programme is None:
        raise ExportError(
            f"The programme {programme_id} version {version} is not installed on this computer, "
            "so its titles and plan are unknown; install that version and export again."
        )
    return programme


def meeting_records(store: Store, meeting_id: uuid.UUID) -> MeetingRecords:
    meeting = store.meeting(meeting_id)
    course = store.course(meeting.course_id)
    return MeetingRecords(
        host=store.host(course.host_id),
        course=course,
        meeting=meeting,
        participants=tuple(store.participants(course.id)),
        attendance=store.attendance(meeting_id),
        visits=tuple(store.step_visits(meeting_id)),
        deviations=tuple(store.deviations(meeting_id)),
        notes=tuple(store.notes(meeting_id)),
        concerns=tuple(store.concerns(meeting_id)),
        film_plays=tuple(store.film_plays(meeting_id)),
        course_meetings=store.course_overview(course.id).meetings,
    )


def course_records(store: Store, course_id: uuid.UUID) -> CourseRecords:
    overview = store.course_overview(course_id)
    course = overview.course
    host = store.host(course.host_id)
    participants = tuple(store.participants(course_id))
    meetings = tuple(
        MeetingRecords(
            host=host,
            course=course,
            meeting=meeting,
            participants=participants,
            attendance=store.attendance(meeting.id),
            visits=tuple(store.step_visits(meeting.id)),
            deviations=tuple(store.deviations(meeting.id)),
            notes=tuple(store.notes(meeting.id)),
            concerns=tuple(store.concerns(meeting.id)),
            film_plays=tuple(store.film_plays(meeting.id)),
            course_meetings=overview.meetings,
        )
        for meeting in overview.meetings
    )
    return CourseRecords(host, course, participants, meetings)


def meeting_summary(store: Store, meeting_id: uuid.UUID, language: str | None = None,
                    lookup: ProgrammeLookup | None = None) -> MeetingSummary:
    """The session summary of a stored meeting, in `language` (default: the host's)."""
    lookup = lookup or library_lookup()
    records = meeting_records(store, meeting_id)
    programme = _programme(lookup, records.course.programme_id, records.meeting.programme_version)
    return summarise_meeting(records, programme, language or records.host.language)


def course_summary(store: Store, course_id: uuid.UUID, language: str | None = None,
                   lookup: ProgrammeLookup | None = None) -> CourseSummary:
    """The course report of a stored course, in `language` (default: the host's)."""
    lookup = lookup or library_lookup()
    records = course_records(store, course_id)
    programme_id = records.course.programme_id

    def programme_for(version: str) -> Programme:
        return _programme(lookup, programme_id, version)

    return summarise_course(records, programme_for, language or records.host.language)
