"""The rehearsal report as values: each step planned, rehearsed and the difference, the
total, the steps that overran (DESIGN 4a), and the history of a session's rehearsals.

Computed from the rehearsal step log the store holds (never from the screen's clocks), so
the report shown after a rehearsal and the history read later count the same way. Plain
Python (no Qt): `load_report` and `load_history` run on the store's worker thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from facilitator.export.printables import RehearsalReport, RehearsalStep
from facilitator.records.meeting_log import RehearsalRecord, StepVisitRecord
from facilitator.sessions import measures
from facilitator.sessions.programme import Programme, Step

if TYPE_CHECKING:
    from facilitator.records.store import Store


@dataclass(frozen=True)
class StepPacing:
    """One step of a rehearsed session: the time the rehearsal spent on it against the manual."""

    step: Step
    title: str
    rehearsed: timedelta | None
    """None when the step was not reached in the rehearsal."""

    @property
    def planned(self) -> timedelta:
        return timedelta(minutes=self.step.minutes)

    @property
    def difference(self) -> timedelta | None:
        return None if self.rehearsed is None else self.rehearsed - self.planned

    @property
    def overrun(self) -> bool:
        return self.rehearsed is not None and measures.is_overrun(self.rehearsed,
                                                                  self.step.minutes)


@dataclass(frozen=True)
class Pacing:
    """One rehearsal of one session against the manual."""

    rehearsal: RehearsalRecord
    programme_title: str
    session_title: str
    steps: tuple[StepPacing, ...]

    @property
    def planned(self) -> timedelta:
        return sum((s.planned for s in self.steps), timedelta(0))

    @property
    def rehearsed(self) -> timedelta:
        return sum((s.rehearsed or timedelta(0) for s in self.steps), timedelta(0))

    @property
    def difference(self) -> timedelta:
        return self.rehearsed - self.planned

    @property
    def overruns(self) -> tuple[StepPacing, ...]:
        return tuple(s for s in self.steps if s.overrun)


@dataclass(frozen=True)
class PastRehearsal:
    """A line of the history: when, in which language, the total and how many overran."""

    id: uuid.UUID
    started_at: datetime
    language: str
    rehearsed: timedelta
    planned: timedelta
    overruns: int
    finished: bool


def pacing(programme: Programme, rehearsal: RehearsalRecord,
           visits: list[StepVisitRecord]) -> Pacing:
    session = programme.session(rehearsal.session_number)
    language = rehearsal.language if rehearsal.language in programme.texts \
        else programme.source_language
    times = measures.step_times(visits)
    texts = programme.text(language)
    steps = tuple(
        StepPacing(step, texts.steps[step.id].title if step.id in texts.steps else step.id,
                   times.get(step.id))
        for step in session.steps)
    return Pacing(rehearsal, programme.title(language),
                  programme.session_title(session.id, language), steps)


def load_report(store: Store, programme: Programme, rehearsal_id: uuid.UUID) -> Pacing:
    rehearsal = next(r for r in store.rehearsals() if r.id == rehearsal_id)
    return pacing(programme, rehearsal, store.rehearsal_visits(rehearsal_id))


def load_history(store: Store, programme: Programme, session_number: int
                 ) -> list[PastRehearsal]:
    """Every rehearsal of this programme's session (any version, any language), newest
    first."""
    history: list[PastRehearsal] = []
    for rehearsal in store.rehearsals():
        if rehearsal.programme_id != programme.id or rehearsal.session_number != session_number:
            continue
        result = pacing(programme, rehearsal, store.rehearsal_visits(rehearsal.id))
        history.append(PastRehearsal(
            rehearsal.id, rehearsal.started_at, rehearsal.language, result.rehearsed,
            result.planned, len(result.overruns), rehearsal.finished_at is not None))
    return history


def minutes(value: timedelta | None) -> float | None:
    return None if value is None else value.total_seconds() / 60


def printable(report: Pacing, local_date: datetime) -> RehearsalReport:
    """The report for the PDF writer of the exports."""
    rehearsal = report.rehearsal
    return RehearsalReport(
        programme_title=report.programme_title,
        programme_version=rehearsal.programme_version,
        session_number=rehearsal.session_number,
        session_title=report.session_title,
        date=local_date.date(),
        steps=tuple(RehearsalStep(s.title, s.step.minutes, minutes(s.rehearsed),
                                  s.step.optional) for s in report.steps),
    )
