"""The coordinator's figures as values: the filters asked for and the exact counts found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Filters:
    """Which imported meetings a dashboard figure or a host report counts."""

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
    """One calendar month of the period: the meetings held in it and their attendance."""

    month: str
    meetings: int
    attended: int


@dataclass(frozen=True)
class SessionLine:
    """One session number across the period: how often it was held and attended."""

    session_number: int
    meetings: int
    attended: int
    enrolled: int


@dataclass(frozen=True)
class ProgrammeLine:
    """One programme's part in the period: its meetings and how closely they kept to it."""

    programme_id: str
    titles: dict[str, str]
    meetings: int
    adherence: float | None
    """The mean of the meetings' adherence (meetings without one left out)."""


@dataclass(frozen=True)
class CountLine:
    """A film or theme counted over the period, by its id, with a title to show."""

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
    """What the dashboard's filters can offer, from what the coordinator store holds."""

    hosts: tuple[tuple[int, str], ...]
    programmes: tuple[tuple[str, dict[str, str]], ...]
    languages: tuple[str, ...]
    first: date | None
    last: date | None
