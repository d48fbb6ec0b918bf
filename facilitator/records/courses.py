"""Use cases of the course editor: hosts and their safety cards, courses, participant
codes and the schedule."""

from __future__ import annotations

import re
import uuid
from collections.abc import Sequence
from datetime import date, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.records.base import StoreBase
from facilitator.records.errors import InvalidRecord, NotFound
from facilitator.records.models import (
    Course,
    Host,
    Participant,
    SafetyCardRow,
    ScheduledMeeting,
)
from facilitator.records.values import (
    CourseRecord,
    HostRecord,
    ParticipantRecord,
    SafetyCard,
    ScheduledMeetingRecord,
)
from facilitator.sessions.vocabulary import AgeBand, Gender

_CODE = re.compile(r"^[A-Za-z]{0,3}\d{1,4}$")
_UNSET: object = object()


def host_record(host: Host) -> HostRecord:
    cards = {
        card.language: SafetyCard(card.language, card.contacts, card.referral_steps)
        for card in host.safety_cards
    }
    return HostRecord(host.id, host.name, host.place, host.language, host.time_zone, cards)


def course_record(course: Course, host_name: str) -> CourseRecord:
    return CourseRecord(
        id=course.id,
        title=course.title,
        programme_id=course.programme_id,
        programme_version=course.programme_version,
        host_id=course.host_id,
        host_name=host_name,
        location=course.location,
        group_languages=tuple(course.group_languages),
        facilitator_language=course.facilitator_language,
        facilitator_initials=tuple(course.facilitator_initials),
        is_demo=course.is_demo,
        created_at=course.created_at,
        updated_at=course.updated_at,
    )


def participant_record(row: Participant) -> ParticipantRecord:
    return ParticipantRecord(row.id, row.course_id, row.code, row.age_band, row.gender, row.language)


def scheduled_record(row: ScheduledMeeting) -> ScheduledMeetingRecord:
    return ScheduledMeetingRecord(
        row.id, row.course_id, row.session_number, row.local_date, row.local_time, row.time_zone
    )


def _check_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as error:
        raise InvalidRecord(f"“{name}” is not a known time zone (for example Europe/Copenhagen).") from error
    return name


def _check_code(code: str) -> str:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise InvalidRecord(
            "A participant code is up to three letters and a number, like P07; never a name."
        )
    return code


def next_code(existing: Sequence[str], prefix: str = "P") -> str:
    """The next free code P01, P02 … (two digits until 99, then three)."""
    taken = set(existing)
    number = 1
    while True:
        code = f"{prefix}{number:02d}"
        if code not in taken:
            return code
        number += 1


def participant_by_code(session: Session, course_id: uuid.UUID, code: str) -> Participant:
    row = session.scalars(
        select(Participant).where(
            Participant.course_id == course_id, Participant.code == code.strip().upper()
        )
    ).first()
    if row is None:
        raise NotFound(f"No participant has the code {code.strip().upper()} in this course.")
    return row


class CourseUseCases(StoreBase):
    # Hosts -------------------------------------------------------------------------

    def create_host(self, name: str, place: str, language: str, time_zone: str) -> HostRecord:
        now = self.now()
        host = Host(
            id=self._new_id(), name=name.strip(), place=place.strip(), language=language,
            time_zone=_check_zone(time_zone), created_at=now, updated_at=now,
        )
        if not host.name:
            raise InvalidRecord("A host needs a name, such as the municipality or school.")
        with self._write() as session:
            session.add(host)
            session.flush()
            return host_record(host)

    def edit_host(
        self,
        host_id: uuid.UUID,
        *,
        name: str | None = None,
        place: str | None = None,
        language: str | None = None,
        time_zone: str | None = None,
    ) -> HostRecord:
        with self._write() as session:
            host = self._get(session, Host, host_id, "host")
            if name is not None:
                host.name = name.strip()
            if place is not None:
                host.place = place.strip()
            if language is not None:
                host.language = language
            if time_zone is not None:
                host.time_zone = _check_zone(time_zone)
            host.updated_at = self.now()
            session.flush()
            return host_record(host)

    def set_safety_card(
        self, host_id: uuid.UUID, language: str, contacts: str, referral_steps: str
    ) -> HostRecord:
        """Save the host's local contacts and referral steps in one language."""
        with self._write() as session:
            host = self._get(session, Host, host_id, "host")
            card = session.get(SafetyCardRow, (host_id, language))
            if card is None:
                card = SafetyCardRow(host_id=host_id, language=language)
                host.safety_cards.append(card)
            card.contacts = contacts
            card.referral_steps = referral_steps
            card.updated_at = self.now()
            session.flush()
            return host_record(host)

    def host(self, host_id: uuid.UUID) -> HostRecord:
        with self._read() as session:
            return host_record(self._get(session, Host, host_id, "host"))

    def hosts(self) -> list[HostRecord]:
        with self._read() as session:
            return [host_record(h) for h in session.scalars(select(Host).order_by(Host.name))]

    def safety_card(self, host_id: uuid.UUID, language: str) -> SafetyCard | None:
        """The card in `language`, else in the host's own language, else None."""
        host = self.host(host_id)
        return host.safety_cards.get(language) or host.safety_cards.get(host.language)

    # Courses -----------------------------------------------------------------------

    def create_course(
        self,
        *,
        host_id: uuid.UUID,
        programme_id: str,
        programme_version: str,
        title: str = "",
        location: str = "",
        group_languages: Sequence[str] = ("en",),
        facilitator_language: str = "en",
        facilitator_initials: Sequence[str] = (),
        is_demo: bool = False,
    ) -> CourseRecord:
        now = self.now()
        if not group_languages:
            raise InvalidRecord("A course needs at least one group language.")
        with self._write() as session:
            host = self._get(session, Host, host_id, "host")
            course = Course(
                id=self._new_id(), title=title.strip(), programme_id=programme_id,
                programme_version=programme_version, host_id=host_id, location=location.strip(),
                group_languages=list(group_languages), facilitator_language=facilitator_language,
                facilitator_initials=[i.strip().upper() for i in facilitator_initials],
                is_demo=is_demo, created_at=now, updated_at=now,
            )
            session.add(course)
            session.flush()
            return course_record(course, host.name)

    def edit_course(
        self,
        course_id: uuid.UUID,
        *,
        title: str | None = None,
        host_id: uuid.UUID | None = None,
        programme_version: str | None = None,
        location: str | None = None,
        group_languages: Sequence[str] | None = None,
        facilitator_language: str | None = None,
        facilitator_initials: Sequence[str] | None = None,
    ) -> CourseRecord:
        """Change a course. Meetings already held keep their own programme version; a new
        `programme_version` applies only to meetings started from now on."""
        with self._write() as session:
            course = self._get(session, Course, course_id, "course")
            if title is not None:
                course.title = title.strip()
            if host_id is not None:
                self._get(session, Host, host_id, "host")
                course.host_id = host_id
            if programme_version is not None:
                course.programme_version = programme_version
            if location is not None:
                course.location = location.strip()
            if group_languages is not None:
                if not group_languages:
                    raise InvalidRecord("A course needs at least one group language.")
                course.group_languages = list(group_languages)
            if facilitator_language is not None:
                course.facilitator_language = facilitator_language
            if facilitator_initials is not None:
                course.facilitator_initials = [i.strip().upper() for i in facilitator_initials]
            course.updated_at = self.now()
            session.flush()
            host = self._get(session, Host, course.host_id, "host")
            return course_record(course, host.name)

    def course(self, course_id: uuid.UUID) -> CourseRecord:
        with self._read() as session:
            course = self._get(session, Course, course_id, "course")
            host = self._get(session, Host, course.host_id, "host")
            return course_record(course, host.name)

    def courses(self, *, include_demo: bool = True) -> list[CourseRecord]:
        query = select(Course, Host.name).join(Host).order_by(Course.created_at.desc())
        if not include_demo:
            query = query.where(Course.is_demo.is_(False))
        with self._read() as session:
            return [course_record(c, name) for c, name in session.execute(query)]

    # Participants ------------------------------------------------------------------

    def add_participant(
        self,
        course_id: uuid.UUID,
        code: str | None = None,
        *,
        age_band: AgeBand | None = None,
        gender: Gender | None = None,
        language: str | None = None,
    ) -> ParticipantRecord:
        """Add a participant code (the next free P01, P02 … when `code` is None)."""
        with self._write() as session:
            self._get(session, Course, course_id, "course")
            existing = list(
                session.scalars(select(Participant.code).where(Participant.course_id == course_id))
            )
            code = next_code(existing) if code is None else _check_code(code)
            if code in existing:
                raise InvalidRecord(f"The code {code} is already used in this course.")
            row = Participant(
                id=self._new_id(), course_id=course_id, code=code, age_band=age_band,
                gender=gender, language=language, created_at=self.now(),
            )
            session.add(row)
            session.flush()
            return participant_record(row)

    def add_participants(self, course_id: uuid.UUID, count: int) -> list[ParticipantRecord]:
        """Add `count` new codes P01 … in one transaction."""
        with self.batch():
            return [self.add_participant(course_id) for _ in range(count)]

    def edit_participant(
        self,
        participant_id: uuid.UUID,
        *,
        age_band: AgeBand | None | object = _UNSET,
        gender: Gender | None | object = _UNSET,
        language: str | None | object = _UNSET,
    ) -> ParticipantRecord:
        """Change what is known about a code; pass None to clear a field."""
        with self._write() as session:
            row = self._get(session, Participant, participant_id, "participant")
            if age_band is not _UNSET:
                row.age_band = age_band  # type: ignore[assignment]
            if gender is not _UNSET:
                row.gender = gender  # type: ignore[assignment]
            if language is not _UNSET:
                row.language = language  # type: ignore[assignment]
            session.flush()
            return participant_record(row)

    def participants(self, course_id: uuid.UUID) -> list[ParticipantRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(Participant).where(Participant.course_id == course_id).order_by(Participant.code)
            )
            return [participant_record(r) for r in rows]

    # Schedule ----------------------------------------------------------------------

    def schedule_meeting(
        self, course_id: uuid.UUID, session_number: int, local_date: date, local_time: time
    ) -> ScheduledMeetingRecord:
        """Plan (or move) a session's meeting, in the host's time zone."""
        with self._write() as session:
            course = self._get(session, Course, course_id, "course")
            host = self._get(session, Host, course.host_id, "host")
            row = session.scalars(
                select(ScheduledMeeting).where(
                    ScheduledMeeting.course_id == course_id,
                    ScheduledMeeting.session_number == session_number,
                )
            ).first()
            if row is None:
                row = ScheduledMeeting(id=self._new_id(), course_id=course_id, session_number=session_number)
                session.add(row)
            row.local_date = local_date
            row.local_time = local_time.replace(tzinfo=None)
            row.time_zone = host.time_zone
            session.flush()
            return scheduled_record(row)

    def unschedule_meeting(self, scheduled_id: uuid.UUID) -> None:
        with self._write() as session:
            session.delete(self._get(session, ScheduledMeeting, scheduled_id, "scheduled meeting"))

    def schedule(self, course_id: uuid.UUID) -> list[ScheduledMeetingRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(ScheduledMeeting)
                .where(ScheduledMeeting.course_id == course_id)
                .order_by(ScheduledMeeting.session_number)
            )
            return [scheduled_record(r) for r in rows]

    def participant_count(self, course_id: uuid.UUID) -> int:
        with self._read() as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(Participant).where(Participant.course_id == course_id)
                ) or 0
            )
