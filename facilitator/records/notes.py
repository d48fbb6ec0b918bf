"""Use cases for what is jotted during a meeting: notes, concerns and films played."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select

from facilitator.records.base import StoreBase
from facilitator.records.meeting_log import ConcernRecord, FilmPlayRecord, NoteRecord
from facilitator.records.models import Concern, FilmPlay, Meeting, Note
from facilitator.sessions.vocabulary import ConcernKind, ReferralDestination


def note_record(row: Note) -> NoteRecord:
    return NoteRecord(
        row.id, row.meeting_id, row.step_id, row.text, row.shareable, tuple(row.themes),
        row.created_at, row.updated_at, row.deleted_at,
    )


def concern_record(row: Concern) -> ConcernRecord:
    return ConcernRecord(row.id, row.meeting_id, row.kind, row.referral, row.created_at)


def film_play_record(row: FilmPlay) -> FilmPlayRecord:
    return FilmPlayRecord(
        row.id, row.meeting_id, row.film_id, row.started_at, row.ended_at,
        row.subtitle_language, row.audio_language,
    )


def _themes(themes: Sequence[str]) -> list[str]:
    return sorted({t.strip() for t in themes if t.strip()})


class NoteUseCases(StoreBase):
    # Notes --------------------------------------------------------------------------

    def save_note(
        self,
        meeting_id: uuid.UUID,
        text: str,
        *,
        step_id: str | None = None,
        shareable: bool = False,
        themes: Sequence[str] = (),
    ) -> NoteRecord:
        """Save a note, committed before returning. Scanning for personal identifiers is
        the caller's job before `shareable=True` (see DESIGN 8)."""
        now = self.now()
        with self._write() as session:
            self._get(session, Meeting, meeting_id, "meeting")
            row = Note(
                id=self._new_id(), meeting_id=meeting_id, step_id=step_id, text=text,
                shareable=shareable, themes=_themes(themes), created_at=now, updated_at=now,
            )
            session.add(row)
            session.flush()
            return note_record(row)

    def edit_note(
        self,
        note_id: uuid.UUID,
        *,
        text: str | None = None,
        shareable: bool | None = None,
        themes: Sequence[str] | None = None,
    ) -> NoteRecord:
        with self._write() as session:
            row = self._get(session, Note, note_id, "note")
            if text is not None:
                row.text = text
            if shareable is not None:
                row.shareable = shareable
            if themes is not None:
                row.themes = _themes(themes)
            row.updated_at = self.now()
            session.flush()
            return note_record(row)

    def delete_note(self, note_id: uuid.UUID) -> NoteRecord:
        """Delete a note so that it can be undeleted (retention purges it for good)."""
        with self._write() as session:
            row = self._get(session, Note, note_id, "note")
            if row.deleted_at is None:
                row.deleted_at = self.now()
            session.flush()
            return note_record(row)

    def undelete_note(self, note_id: uuid.UUID) -> NoteRecord:
        with self._write() as session:
            row = self._get(session, Note, note_id, "note")
            row.deleted_at = None
            session.flush()
            return note_record(row)

    def notes(self, meeting_id: uuid.UUID, *, include_deleted: bool = False) -> list[NoteRecord]:
        query = select(Note).where(Note.meeting_id == meeting_id).order_by(Note.created_at)
        if not include_deleted:
            query = query.where(Note.deleted_at.is_(None))
        with self._read() as session:
            return [note_record(r) for r in session.scalars(query)]

    # Concerns -----------------------------------------------------------------------

    def record_concern(
        self,
        meeting_id: uuid.UUID,
        kind: ConcernKind,
        referral: ReferralDestination = ReferralDestination.NONE,
    ) -> ConcernRecord:
        """A safety or referral event: its kind and where it was referred, nothing else."""
        with self._write() as session:
            self._get(session, Meeting, meeting_id, "meeting")
            row = Concern(
                id=self._new_id(), meeting_id=meeting_id, kind=ConcernKind(kind),
                referral=ReferralDestination(referral), created_at=self.now(),
            )
            session.add(row)
            session.flush()
            return concern_record(row)

    def edit_concern(self, concern_id: uuid.UUID, referral: ReferralDestination) -> ConcernRecord:
        with self._write() as session:
            row = self._get(session, Concern, concern_id, "concern")
            row.referral = ReferralDestination(referral)
            session.flush()
            return concern_record(row)

    def withdraw_concern(self, concern_id: uuid.UUID) -> None:
        """Undo a concern recorded by mistake."""
        with self._write() as session:
            session.delete(self._get(session, Concern, concern_id, "concern"))

    def concerns(self, meeting_id: uuid.UUID) -> list[ConcernRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(Concern).where(Concern.meeting_id == meeting_id).order_by(Concern.created_at)
            )
            return [concern_record(r) for r in rows]

    # Films --------------------------------------------------------------------------

    def start_film_play(
        self,
        meeting_id: uuid.UUID,
        film_id: str,
        *,
        subtitle_language: str | None = None,
        audio_language: str | None = None,
    ) -> FilmPlayRecord:
        with self._write() as session:
            self._get(session, Meeting, meeting_id, "meeting")
            row = FilmPlay(
                meeting_id=meeting_id, film_id=film_id, started_at=self.now(),
                subtitle_language=subtitle_language, audio_language=audio_language,
            )
            session.add(row)
            session.flush()
            return film_play_record(row)

    def end_film_play(self, play_id: int) -> FilmPlayRecord:
        with self._write() as session:
            row = self._get(session, FilmPlay, play_id, "film play")
            if row.ended_at is None:
                row.ended_at = self.now()
            session.flush()
            return film_play_record(row)

    def film_plays(self, meeting_id: uuid.UUID) -> list[FilmPlayRecord]:
        with self._read() as session:
            rows = session.scalars(
                select(FilmPlay).where(FilmPlay.meeting_id == meeting_id).order_by(FilmPlay.id)
            )
            return [film_play_record(r) for r in rows]
