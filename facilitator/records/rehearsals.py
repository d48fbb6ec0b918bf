"""Rehearsals: a trainer's run of a session, kept in tables of their own.

Nothing about people is recorded, and no statistic ever reads these tables.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.records.base import StoreBase
from facilitator.records.errors import InvalidRecord
from facilitator.records.meeting_log import RehearsalRecord, StepVisitRecord
from facilitator.records.models import Rehearsal, RehearsalVisit
from facilitator.records.values import MeetingState


def rehearsal_record(row: Rehearsal) -> RehearsalRecord:
    return RehearsalRecord(
        row.id, row.programme_id, row.programme_version, row.session_number, row.language,
        row.state, row.started_at, row.finished_at, row.current_step_id,
    )


class RehearsalUseCases(StoreBase):
    def start_rehearsal(
        self,
        programme_id: str,
        programme_version: str,
        session_number: int,
        language: str,
        first_step_id: str | None = None,
    ) -> RehearsalRecord:
        now = self.now()
        with self._write() as session:
            row = Rehearsal(
                id=self._new_id(), programme_id=programme_id, programme_version=programme_version,
                session_number=session_number, language=language, state=MeetingState.RUNNING,
                started_at=now, current_step_id=first_step_id,
            )
            session.add(row)
            if first_step_id is not None:
                session.add(RehearsalVisit(rehearsal_id=row.id, step_id=first_step_id, started_at=now, paused_seconds=0))
            session.flush()
            return rehearsal_record(row)

    def _rehearsal(self, session: Session, rehearsal_id: uuid.UUID) -> Rehearsal:
        row = self._get(session, Rehearsal, rehearsal_id, "rehearsal")
        if row.state is MeetingState.FINISHED:
            raise InvalidRecord("The rehearsal has finished.")
        return row

    def _open(self, session: Session, rehearsal_id: uuid.UUID) -> RehearsalVisit | None:
        return session.scalars(
            select(RehearsalVisit).where(
                RehearsalVisit.rehearsal_id == rehearsal_id, RehearsalVisit.ended_at.is_(None)
            )
        ).first()

    def _resume(self, session: Session, row: Rehearsal, now: datetime) -> None:
        if row.state is MeetingState.PAUSED and row.paused_at is not None:
            visit = self._open(session, row.id)
            if visit is not None:
                visit.paused_seconds = (visit.paused_seconds or 0) + (now - row.paused_at).total_seconds()
        row.state = MeetingState.RUNNING
        row.paused_at = None

    def enter_rehearsal_step(self, rehearsal_id: uuid.UUID, step_id: str) -> None:
        now = self.now()
        with self._write() as session:
            row = self._rehearsal(session, rehearsal_id)
            self._resume(session, row, now)
            visit = self._open(session, rehearsal_id)
            if visit is not None:
                visit.ended_at = now
            session.add(RehearsalVisit(rehearsal_id=rehearsal_id, step_id=step_id, started_at=now, paused_seconds=0))
            row.current_step_id = step_id

    def pause_rehearsal(self, rehearsal_id: uuid.UUID) -> None:
        with self._write() as session:
            row = self._rehearsal(session, rehearsal_id)
            if row.state is MeetingState.RUNNING:
                row.state = MeetingState.PAUSED
                row.paused_at = self.now()

    def resume_rehearsal(self, rehearsal_id: uuid.UUID) -> None:
        now = self.now()
        with self._write() as session:
            self._resume(session, self._rehearsal(session, rehearsal_id), now)

    def finish_rehearsal(self, rehearsal_id: uuid.UUID) -> RehearsalRecord:
        now = self.now()
        with self._write() as session:
            row = self._rehearsal(session, rehearsal_id)
            self._resume(session, row, now)
            visit = self._open(session, rehearsal_id)
            if visit is not None:
                visit.ended_at = now
            row.state = MeetingState.FINISHED
            row.finished_at = now
            row.current_step_id = None
            session.flush()
            return rehearsal_record(row)

    def rehearsal_visits(self, rehearsal_id: uuid.UUID) -> list[StepVisitRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(RehearsalVisit).where(RehearsalVisit.rehearsal_id == rehearsal_id).order_by(RehearsalVisit.id)
            )
            return [
                StepVisitRecord(r.id, r.step_id, r.started_at, r.ended_at, timedelta(seconds=r.paused_seconds or 0))
                for r in rows
            ]

    def rehearsals(self) -> list[RehearsalRecord]:
        with self._read() as session:
            rows = session.scalars(select(Rehearsal).order_by(Rehearsal.started_at.desc()))
            return [rehearsal_record(r) for r in rows]

    def delete_rehearsal(self, rehearsal_id: uuid.UUID) -> None:
        with self._write() as session:
            session.delete(self._get(session, Rehearsal, rehearsal_id, "rehearsal"))
