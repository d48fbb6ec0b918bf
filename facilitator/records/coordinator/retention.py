"""Retention: imported meetings older than the configured number of years are purged.

A course goes with its last meeting (its breakdowns and counts cascade); hosts and their
merged spellings stay, so that a merge is not forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, exists, func, select

from facilitator.records.coordinator.base import CoordinatorBase
from facilitator.records.coordinator.models import CourseRow, MeetingRow


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class Purged:
    """What a retention purge removed: the meetings held before the cut-off, and emptied courses."""

    before: date
    meetings: int
    courses: int


class RetentionUseCases(CoordinatorBase):
    def purge_expired(self, today: date | None = None) -> Purged:
        """Delete meetings held before today minus `retention.years`, in one transaction."""
        years = int(self.setting("retention.years"))
        cutoff = years_before(today or self.now().date(), years)
        with self._transaction() as session:
            meetings = session.scalar(select(func.count()).where(MeetingRow.held_on < cutoff)) or 0
            session.execute(delete(MeetingRow).where(MeetingRow.held_on < cutoff))
            empty = ~exists().where(MeetingRow.course_id == CourseRow.id)
            courses = session.scalar(select(func.count()).select_from(CourseRow).where(empty)) or 0
            session.execute(delete(CourseRow).where(empty))
        return Purged(cutoff, int(meetings), int(courses))
