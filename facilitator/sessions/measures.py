"""The measures of DESIGN section 4a: one definition, used by every screen and export.

Pure functions over plain values, so the live screen, the summaries, the coordinator's
reports and the tests all count the same way.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Protocol

from facilitator.sessions.programme import Session, Step
from facilitator.sessions.vocabulary import Attendance

OVERRUN_FACTOR = 1.5
OVERRUN_MARGIN = timedelta(minutes=3)


class Visit(Protocol):
    """One visit of a step: what the step log holds per row."""

    @property
    def step_id(self) -> str: ...

    @property
    def started_at(self) -> datetime: ...

    @property
    def ended_at(self) -> datetime | None: ...

    @property
    def paused(self) -> timedelta: ...


def attended(values: Iterable[Attendance]) -> int:
    """How many attended: present plus late."""
    return sum(1 for value in values if value.attended)


def visit_time(visit: Visit, now: datetime | None = None) -> timedelta:
    """A visit's length without its paused time; an open visit runs until `now` (or 0)."""
    end = visit.ended_at if visit.ended_at is not None else now
    if end is None:
        return timedelta(0)
    return max(timedelta(0), end - visit.started_at - visit.paused)


def step_time(visits: Iterable[Visit], now: datetime | None = None) -> timedelta:
    """The sum of a step's visits; paused time and time the program was not running excluded."""
    return sum((visit_time(visit, now) for visit in visits), timedelta(0))


def step_times(visits: Iterable[Visit], now: datetime | None = None) -> dict[str, timedelta]:
    """Step time per step id, for every step that has at least one visit."""
    times: dict[str, timedelta] = {}
    for visit in visits:
        times[visit.step_id] = times.get(visit.step_id, timedelta(0)) + visit_time(visit, now)
    return times


def is_overrun(actual: timedelta, planned_minutes: int) -> bool:
    """More than 1.5 × the planned time and at least 3 minutes over."""
    planned = timedelta(minutes=planned_minutes)
    return actual > planned * OVERRUN_FACTOR and actual - planned >= OVERRUN_MARGIN


def overrun_steps(session: Session, times: dict[str, timedelta]) -> tuple[Step, ...]:
    """The session's steps whose step time is an overrun."""
    return tuple(
        step for step in session.steps
        if step.id in times and is_overrun(times[step.id], step.minutes)
    )


def skipped_steps(session: Session, visited: Collection[str]) -> tuple[Step, ...]:
    """Non-optional steps not visited (by wrap-up each of these needs a reason)."""
    return tuple(step for step in session.steps if not step.optional and step.id not in visited)


def adherence(
    session: Session, visited: Collection[str], skipped: Collection[str] = ()
) -> float | None:
    """Non-optional steps delivered ÷ non-optional steps planned (None if none planned).

    A step counts as delivered when it was visited and not recorded as skipped.
    """
    planned = [step for step in session.steps if not step.optional]
    if not planned:
        return None
    delivered = sum(1 for step in planned if step.id in visited and step.id not in skipped)
    return delivered / len(planned)


def retention(attended_per_meeting: Sequence[int]) -> float | None:
    """Attended at the latest held meeting ÷ attended at the first (meetings in held order).

    None when no meeting was held or nobody attended the first.
    """
    if not attended_per_meeting or attended_per_meeting[0] == 0:
        return None
    return attended_per_meeting[-1] / attended_per_meeting[0]
