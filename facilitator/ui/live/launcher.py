"""Live meetings started from the application: the home screen's start (after the
readiness check), and the offer to resume a meeting that was never finished.

`LiveSessions` is built once by the composition root. Store reads for opening run on the
records' worker thread; a running meeting writes through its own `StoreWriter` (one
thread, in order). `export_requested(meeting_id)` is the wrap-up's export button, shown
when `set_export_available(True)`; `finished(meeting_id)` after a meeting is finished.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.player import Player
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.opening import (
    MeetingSnapshot,
    ProgrammeMissing,
    begin_meeting,
    resume_meeting,
)
from facilitator.ui.live.resume_offer import ResumeOfferDialog
from facilitator.ui.live.session import LiveSession
from facilitator.ui.live.writer import StoreWriter

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.records.values import MeetingRecord
    from facilitator.sessions.programme import Programme
    from facilitator.ui.records_model import Records


class LiveSessions(QObject):
    opened = Signal(object)  # the LiveSession
    finished = Signal(object)  # the meeting's id
    export_requested = Signal(object)  # the meeting's id
    large_text_changed = Signal(bool)

    def __init__(self, records: Records, make_player: Callable[[], Player],
                 parent_window: QWidget, *, large_text: Callable[[], bool] = lambda: False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._make_player = make_player
        self._window = parent_window
        self._large_text = large_text
        self._export_available = False
        self.session: LiveSession | None = None
        self.offer: ResumeOfferDialog | None = None

    def set_export_available(self, available: bool) -> None:
        self._export_available = available
        if self.session is not None:
            self.session.set_export_available(available)

    def start(self, course_id: uuid.UUID, session_number: int) -> None:
        """Start a new meeting of the course's session (one meeting at a time)."""
        if self._raise_open_session():
            return
        lookup = self._lookup
        self._records.call(lambda store: begin_meeting(store, lookup, course_id, session_number),
                           self._open, self._on_failed)

    def resume(self, meeting_id: uuid.UUID) -> None:
        if self._raise_open_session():
            return
        lookup = self._lookup
        self._records.call(lambda store: resume_meeting(store, lookup, meeting_id),
                           self._open, self._on_failed)

    def offer_to_resume(self) -> None:
        """Ask the store for an unfinished meeting and offer to resume it (call once the
        records and the programme library are read)."""
        self._records.call(lambda store: _unfinished(store, self._lookup), self._on_unfinished,
                           lambda _error: None, refresh=False)

    # -- inside ---------------------------------------------------------------------------

    def _lookup(self, programme_id: str, version: str) -> Programme | None:
        library = self._records.library
        entry = library.find(programme_id, version) if library is not None else None
        return entry.programme if entry is not None else None

    def _raise_open_session(self) -> bool:
        if self.session is None:
            return False
        self.session.window.raise_()
        self.session.window.activateWindow()
        return True

    def _on_unfinished(self, found: tuple[MeetingRecord, str, str] | None) -> None:
        if found is None or self.session is not None:
            return
        meeting, name, step_title = found
        self.offer = ResumeOfferDialog(name, step_title, meeting.started_at, self._window)
        self.offer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.offer.accepted.connect(lambda: self.resume(meeting.id))
        self.offer.finished.connect(self._on_offer_finished)
        self.offer.open()

    def _on_offer_finished(self) -> None:
        self.offer = None

    def _open(self, snapshot: MeetingSnapshot) -> None:
        store = self._records.store
        if store is None or self.session is not None:
            return
        meeting = LiveMeeting(snapshot, StoreWriter(store))
        projector_screen = self._records.setting("projector.screen")
        session = LiveSession(meeting, self._make_player(), FilmCatalogue(snapshot.programme),
                              large_text=self._large_text(),
                              projector_screen=str(projector_screen) if projector_screen
                              else None, parent=self)
        session.set_export_available(self._export_available)
        session.export_requested.connect(self.export_requested)
        session.large_text_changed.connect(self.large_text_changed)
        session.finished.connect(self._on_session_finished)
        session.closed.connect(self._on_session_closed)
        self.session = session
        session.show()
        self.opened.emit(session)

    def _on_session_finished(self, meeting_id: uuid.UUID) -> None:
        self._records.refresh()
        self.finished.emit(meeting_id)

    def _on_session_closed(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            session.deleteLater()
        self._records.refresh()

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, ProgrammeMissing):
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Facilitator Companion"),
                              self.tr("The meeting cannot open: this course uses %1 version "
                                      "%2, which is not installed on this computer. Install "
                                      "that programme package first.")
                              .replace("%1", error.programme_id).replace("%2", error.version),
                              QMessageBox.StandardButton.Ok, self._window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        from facilitator.ui.store_errors import show_error

        show_error(self._window, error)


def _unfinished(store: Store, lookup: Callable[[str, str], Programme | None]
                ) -> tuple[MeetingRecord, str, str] | None:
    """The unfinished meeting with its course's name and the step where it stopped."""
    meeting = store.find_unfinished_meeting()
    if meeting is None:
        return None
    course = store.course(meeting.course_id)
    programme = lookup(course.programme_id, meeting.programme_version)
    step_title = ""
    name = course.title or course.location
    if programme is not None:
        language = course.facilitator_language
        name = name or programme.title(language)
        step = meeting.current_step_id
        if step is not None and step in programme.text(language).steps:
            step_title = programme.text(language).steps[step].title
    return meeting, name, step_title
