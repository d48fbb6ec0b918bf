"""Which scheduled meetings fall today or in the coming days, each in its host's zone.

One rule, used by the store's queries (over the rows near the dates asked for) and by the
home screen drawn from its cache (over every course's schedule): a meeting belongs to
day `n` when its local date is `n` days after today *in its own time zone*.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from facilitator.records.values import (
    CourseOverview,
    CourseRecord,
    ScheduledMeetingRecord,
    UpcomingMeeting,
)

Held = Mapping[tuple[uuid.UUID, int], uuid.UUID]
"""The meeting held for (course, session number), the latest one when there are several."""


def scheduled_between(
    candidates: Iterable[tuple[ScheduledMeetingRecord, CourseRecord]],
    held: Held,
    now: datetime,
    first: int,
    last: int,
    *,
    include_held: bool,
) -> list[UpcomingMeeting]:
    """The candidates scheduled from day `first` to day `last` (0 is today), soonest first;
    without those already held unless `include_held`."""
    zones: dict[str, ZoneInfo] = {}
    found = []
    for scheduled, course in candidates:
        zone = zones.setdefault(scheduled.time_zone, ZoneInfo(scheduled.time_zone))
        today = now.astimezone(zone).date()
        if not today + timedelta(days=first) <= scheduled.local_date <= today + timedelta(days=last):
            continue
        held_id = held.get((course.id, scheduled.session_number))
        if held_id is not None and not include_held:
            continue
        found.append(UpcomingMeeting(
            scheduled=scheduled, course_title=course.title, programme_id=course.programme_id,
            host_name=course.host_name, location=course.location, is_demo=course.is_demo,
            held_meeting_id=held_id,
        ))
    found.sort(key=lambda m: (m.scheduled.starts_at, m.course_title, m.scheduled.session_number,
                              m.scheduled.id))
    return found


def todays_and_upcoming(
    overviews: Iterable[CourseOverview], now: datetime, days: int
) -> tuple[list[UpcomingMeeting], list[UpcomingMeeting]]:
    """Today's meetings (held or not) and those of the next `days` days not yet held, from
    the courses' overviews: what the store's `todays_meetings()` and
    `upcoming_meetings(days)` answer, without the store."""
    candidates = []
    held: dict[tuple[uuid.UUID, int], uuid.UUID] = {}
    for overview in overviews:
        candidates += [(scheduled, overview.course) for scheduled in overview.schedule]
        for meeting in sorted(overview.meetings, key=lambda m: m.started_at):
            held[(meeting.course_id, meeting.session_number)] = meeting.id
    return (scheduled_between(candidates, held, now, 0, 0, include_held=True),
            scheduled_between(candidates, held, now, 1, days, include_held=False))
