"""What can be undone in a meeting (DESIGN 7): attendance ticks, skips, deleted notes and
concerns logged by mistake. Each command calls back into the `LiveMeeting`, which writes
the change to the store at once."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from facilitator.sessions.vocabulary import Attendance

if TYPE_CHECKING:
    from facilitator.ui.live.meeting import LiveMeeting


class MarkAttendance(QUndoCommand):
    def __init__(self, meeting: LiveMeeting, participant_id: uuid.UUID, before: Attendance,
                 after: Attendance) -> None:
        super().__init__(QCoreApplication.translate("LiveUndo", "attendance"))
        self._meeting = meeting
        self._participant = participant_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._meeting._apply_mark(self._participant, self._after)

    def undo(self) -> None:
        self._meeting._apply_mark(self._participant, self._before)


class SkipStep(QUndoCommand):
    def __init__(self, meeting: LiveMeeting, step_id: str, reason: str) -> None:
        super().__init__(QCoreApplication.translate("LiveUndo", "skip"))
        self._meeting = meeting
        self._step = step_id
        self._reason = reason

    def redo(self) -> None:
        self._meeting._apply_skip(self._step, self._reason)

    def undo(self) -> None:
        self._meeting._apply_unskip(self._step)


class DeleteNote(QUndoCommand):
    def __init__(self, meeting: LiveMeeting, note_id: uuid.UUID) -> None:
        super().__init__(QCoreApplication.translate("LiveUndo", "delete note"))
        self._meeting = meeting
        self._note = note_id

    def redo(self) -> None:
        self._meeting._apply_note_deleted(self._note, True)

    def undo(self) -> None:
        self._meeting._apply_note_deleted(self._note, False)


class LogConcern(QUndoCommand):
    """Redo logs the concern (again), undo withdraws it."""

    def __init__(self, meeting: LiveMeeting, key: int) -> None:
        super().__init__(QCoreApplication.translate("LiveUndo", "concern"))
        self._meeting = meeting
        self._key = key

    def redo(self) -> None:
        self._meeting._apply_concern(self._key, True)

    def undo(self) -> None:
        self._meeting._apply_concern(self._key, False)
