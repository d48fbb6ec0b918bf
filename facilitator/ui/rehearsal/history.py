"""The past rehearsals of one session, read off the GUI thread: so a trainee sees the
pacing improve from one rehearsal to the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from facilitator.sessions.programme import Programme
from facilitator.ui.rehearsal.pacing import PastRehearsal, load_history

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.ui.records_model import Records


class RehearsalHistory(QObject):
    """`changed` when the rows are read; `failed(error)` when they cannot be."""

    changed = Signal()
    failed = Signal(object)

    def __init__(self, records: Records, programme: Programme, session_number: int,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self.programme = programme
        self.session_number = session_number
        self.rows: list[PastRehearsal] = []
        self.loaded = False
        self._asked = 0

    def show_session(self, programme: Programme, session_number: int) -> None:
        """Follow another session (the picker's choice changed) and read its history."""
        self.programme, self.session_number = programme, session_number
        self.rows, self.loaded = [], False
        self.changed.emit()
        self.refresh()

    def refresh(self) -> None:
        programme, number = self.programme, self.session_number
        self._asked += 1
        asked = self._asked

        def read(store: Store) -> list[PastRehearsal]:
            return load_history(store, programme, number)

        self._records.call(read, lambda rows: self._on_read(asked, rows),
                           lambda error: self._on_failed(asked, error), refresh=False)

    def _current(self, asked: int) -> bool:
        # The answer may come after the window that asked has closed, or after a newer
        # question: then it is dropped.
        return isValid(self) and asked == self._asked

    def _on_read(self, asked: int, rows: list[PastRehearsal]) -> None:
        if self._current(asked):
            self.rows = rows
            self.loaded = True
            self.changed.emit()

    def _on_failed(self, asked: int, error: BaseException) -> None:
        if self._current(asked):
            self.failed.emit(error)
