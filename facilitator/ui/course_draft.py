"""What the course editor hands to the store: a draft of the course, and saving it.

The draft is plain values, made on the GUI thread; `save_course` runs on the store's
worker thread and writes everything in one transaction, so a course is saved whole or not
at all. Meetings already held are never touched: their schedule rows are left as they
are, and a new programme version applies only to meetings not yet held (the records
layer's `edit_course` keeps each held meeting's own version).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from facilitator.sessions.vocabulary import AgeBand, Gender

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.records.values import CourseRecord


@dataclass(frozen=True)
class ParticipantDraft:
    """A participant code as the course editor holds it; one without an id is new."""

    code: str
    age_band: AgeBand | None = None
    gender: Gender | None = None
    language: str | None = None
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class MeetingDraft:
    """A session's date and time in the schedule being edited; a held one stays as it is."""

    session_number: int
    local_date: date
    local_time: time
    held: bool = False


@dataclass(frozen=True)
class CourseDraft:
    """A course as filled in in the course editor, saved whole; a new course has no id yet."""

    programme_id: str
    programme_version: str
    host_id: uuid.UUID
    title: str = ""
    location: str = ""
    group_languages: tuple[str, ...] = ("en",)
    facilitator_language: str = "en"
    facilitator_initials: tuple[str, ...] = ()
    participants: tuple[ParticipantDraft, ...] = ()
    schedule: tuple[MeetingDraft, ...] = ()
    course_id: uuid.UUID | None = None


def weekly(first: date, at: time, sessions: list[int]) -> list[MeetingDraft]:
    """One meeting a week from `first`, one per session, at the same time of day."""
    return [MeetingDraft(number, first + timedelta(weeks=i), at)
            for i, number in enumerate(sessions)]


def parse_initials(text: str) -> tuple[str, ...]:
    parts = text.replace(";", ",").replace(" ", ",").split(",")
    return tuple(p.strip().upper() for p in parts if p.strip())


def next_codes(existing: list[str], count: int, prefix: str = "P") -> list[str]:
    """`count` new codes P01, P02 … that are not in `existing`."""
    taken = set(existing)
    found: list[str] = []
    number = 1
    while len(found) < count:
        code = f"{prefix}{number:02d}"
        if code not in taken:
            found.append(code)
            taken.add(code)
        number += 1
    return found


def save_course(store: Store, draft: CourseDraft) -> CourseRecord:
    """Create or change the course, its codes and its schedule in one transaction."""
    with store.batch():
        if draft.course_id is None:
            course = store.create_course(
                host_id=draft.host_id, programme_id=draft.programme_id,
                programme_version=draft.programme_version, title=draft.title,
                location=draft.location, group_languages=draft.group_languages,
                facilitator_language=draft.facilitator_language,
                facilitator_initials=draft.facilitator_initials,
            )
        else:
            current = store.course(draft.course_id)
            course = store.edit_course(
                draft.course_id, title=draft.title, host_id=draft.host_id,
                programme_version=(draft.programme_version
                                   if draft.programme_version != current.programme_version
                                   else None),
                location=draft.location, group_languages=draft.group_languages,
                facilitator_language=draft.facilitator_language,
                facilitator_initials=draft.facilitator_initials,
            )
        for person in draft.participants:
            if person.id is None:
                store.add_participant(course.id, person.code, age_band=person.age_band,
                                      gender=person.gender, language=person.language)
            else:
                store.edit_participant(person.id, age_band=person.age_band,
                                       gender=person.gender, language=person.language)
        wanted = {m.session_number: m for m in draft.schedule if not m.held}
        held = {m.session_number for m in draft.schedule if m.held}
        for existing in store.schedule(course.id):
            if existing.session_number not in wanted and existing.session_number not in held:
                store.unschedule_meeting(existing.id)
        for meeting in wanted.values():
            store.schedule_meeting(course.id, meeting.session_number, meeting.local_date,
                                   meeting.local_time)
        return store.course(course.id)
