"""The read models behind the home screen and the course screen.

Each is a handful of set-based queries (never one query per course or meeting), so the
screens stay fast with hundreds of courses.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from datetime import timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from facilitator.records.base import StoreBase
from facilitator.records.courses import course_record, scheduled_record
from facilitator.records.models import (
    AttendanceMark,
    Course,
    Host,
    Meeting,
    Participant,
    ScheduledMeeting,
)
from facilitator.records.schedule import scheduled_between
from facilitator.records.values import (
    CourseOverview,
    CourseSummary,
    MeetingRecord,
    MeetingState,
    ScheduledMeetingRecord,
    UpcomingMeeting,
)
from facilitator.sessions.vocabulary import Attendance

_ATTENDED = (Attendance.PRESENT.value, Attendance.LATE.value)


class ScreenQueries(StoreBase):
    def course_list(self, *, include_demo: bool = True) -> list[CourseSummary]:
        """The home screen's course list, newest first: counts, last and next meeting."""
        now = self.now()
        with self._read() as session:
            query = select(Course, Host.name).join(Host).order_by(Course.created_at.desc())
            if not include_demo:
                query = query.where(Course.is_demo.is_(False))
            courses = session.execute(query).all()
            people = {
                cid: int(n)
                for cid, n in session.execute(
                    select(Participant.course_id, func.count()).group_by(Participant.course_id)
                )
            }
            held = {
                cid: (int(n), last)
                for cid, n, last in session.execute(
                    select(Meeting.course_id, func.count(), func.max(Meeting.started_at)).group_by(Meeting.course_id)
                ).all()
            }
            unfinished = {
                cid: mid
                for cid, mid in session.execute(
                    select(Meeting.course_id, Meeting.id)
                    .where(Meeting.state != MeetingState.FINISHED)
                    .order_by(Meeting.started_at)
                )
            }
            not_held = ~exists().where(
                Meeting.course_id == ScheduledMeeting.course_id,
                Meeting.session_number == ScheduledMeeting.session_number,
            )
            upcoming: dict[uuid.UUID, ScheduledMeetingRecord] = {}
            for row in session.scalars(
                select(ScheduledMeeting)
                .where(ScheduledMeeting.local_date >= now.date() - timedelta(days=1), not_held)
                .order_by(ScheduledMeeting.local_date.desc(), ScheduledMeeting.local_time.desc())
            ):
                if row.local_date >= now.astimezone(ZoneInfo(row.time_zone)).date():
                    upcoming[row.course_id] = scheduled_record(row)
        return [
            CourseSummary(
                course=course_record(course, host_name),
                participants=int(people.get(course.id, 0)),
                meetings_held=held.get(course.id, (0, None))[0],
                last_held_at=held.get(course.id, (0, None))[1],
                next_meeting=upcoming.get(course.id),
                unfinished_meeting_id=unfinished.get(course.id),
            )
            for course, host_name in courses
        ]

    def course_overviews(self, *, include_demo: bool = True) -> list[CourseOverview]:
        """Every course (newest first) with its meetings, attendance counts and schedule."""
        with self._read() as session:
            return self._overviews(session, None, include_demo)

    def course_overview(self, course_id: uuid.UUID) -> CourseOverview:
        """One course for the course screen: meetings with attendance counts, schedule."""
        with self._read() as session:
            self._get(session, Course, course_id, "course")
            return self._overviews(session, course_id, True)[0]

    def _overviews(
        self, session: Session, course_id: uuid.UUID | None, include_demo: bool
    ) -> list[CourseOverview]:
        courses = select(Course, Host.name).join(Host).order_by(Course.created_at.desc())
        meetings = select(Meeting).order_by(Meeting.started_at)
        marks = (
            select(
                AttendanceMark.meeting_id,
                func.count().filter(AttendanceMark.value.in_(_ATTENDED)).label("attended"),
                func.count().filter(AttendanceMark.value != Attendance.NOT_MARKED.value).label("marked"),
            )
            .group_by(AttendanceMark.meeting_id)
        )
        people = select(Participant.course_id, func.count()).group_by(Participant.course_id)
        schedule = select(ScheduledMeeting).order_by(ScheduledMeeting.session_number)
        if course_id is not None:
            courses = courses.where(Course.id == course_id)
            meetings = meetings.where(Meeting.course_id == course_id)
            marks = marks.join(Meeting, Meeting.id == AttendanceMark.meeting_id).where(Meeting.course_id == course_id)
            people = people.where(Participant.course_id == course_id)
            schedule = schedule.where(ScheduledMeeting.course_id == course_id)
        if not include_demo:
            courses = courses.where(Course.is_demo.is_(False))

        counts = {row[0]: (int(row[1]), int(row[2])) for row in session.execute(marks)}
        by_course: dict[uuid.UUID, list[MeetingRecord]] = defaultdict(list)
        for meeting in session.scalars(meetings):
            attended, marked = counts.get(meeting.id, (0, 0))
            by_course[meeting.course_id].append(
                MeetingRecord(
                    id=meeting.id, course_id=meeting.course_id, session_number=meeting.session_number,
                    programme_version=meeting.programme_version, state=meeting.state,
                    started_at=meeting.started_at, finished_at=meeting.finished_at,
                    current_step_id=meeting.current_step_id, language=meeting.language,
                    attended=attended, marked=marked,
                )
            )
        participants = {cid: int(n) for cid, n in session.execute(people)}
        planned: dict[uuid.UUID, list[ScheduledMeetingRecord]] = defaultdict(list)
        for row in session.scalars(schedule):
            planned[row.course_id].append(scheduled_record(row))
        return [
            CourseOverview(
                course=course_record(course, host_name),
                participants=participants.get(course.id, 0),
                meetings=tuple(by_course.get(course.id, ())),
                schedule=tuple(planned.get(course.id, ())),
            )
            for course, host_name in session.execute(courses)
        ]

    def todays_meetings(self) -> list[UpcomingMeeting]:
        """Meetings scheduled for today in their host's time zone, held or not."""
        return self._scheduled(0, 0, include_held=True)

    def upcoming_meetings(self, days: int = 14) -> list[UpcomingMeeting]:
        """Meetings scheduled after today and within `days`, not yet held, soonest first."""
        return self._scheduled(1, days, include_held=False)

    def _scheduled(self, first: int, last: int, *, include_held: bool) -> list[UpcomingMeeting]:
        now = self.now()
        utc_today = now.date()
        with self._read() as session:
            # A day's margin either side of UTC's dates: every zone's today is within it.
            rows = session.execute(
                select(ScheduledMeeting, Course, Host.name)
                .join(Course, Course.id == ScheduledMeeting.course_id)
                .join(Host, Host.id == Course.host_id)
                .where(
                    ScheduledMeeting.local_date >= utc_today + timedelta(days=first - 1),
                    ScheduledMeeting.local_date <= utc_today + timedelta(days=last + 1),
                )
            ).all()
            candidates = [(scheduled_record(scheduled), course_record(course, host_name))
                          for scheduled, course, host_name in rows]
            held: dict[tuple[uuid.UUID, int], uuid.UUID] = {}
            course_ids = {course.id for _, course, _ in rows}
            if course_ids:
                for meeting in session.scalars(
                    select(Meeting).where(Meeting.course_id.in_(course_ids)).order_by(Meeting.started_at)
                ):
                    held[(meeting.course_id, meeting.session_number)] = meeting.id
        return scheduled_between(candidates, held, now, first, last, include_held=include_held)
