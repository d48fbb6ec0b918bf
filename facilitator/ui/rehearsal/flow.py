"""A trainer's rehearsal from start to report: the picker, the rehearsal on the live
session's screens, then the report with the session's history.

`Rehearsals` is built once by the composition root with the records and a way to make a
film player; `open_picker()` starts it all. Every store call runs on the records' worker
thread, in order with the other screens' calls.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from facilitator.media.catalogue import FilmCatalogue
from facilitator.media.player import Player
from facilitator.sessions.programme import Programme
from facilitator.sessions.run import Clock
from facilitator.ui.live.meeting import WallClock, local_now
from facilitator.ui.live.writer import StoreWriter
from facilitator.ui.rehearsal.history import RehearsalHistory
from facilitator.ui.rehearsal.meeting import RehearsalMeeting, begin_rehearsal
from facilitator.ui.rehearsal.pacing import Pacing, load_report
from facilitator.ui.rehearsal.picker import RehearsalPicker
from facilitator.ui.rehearsal.report_view import RehearsalReportView
from facilitator.ui.rehearsal.session import RehearsalSession

if TYPE_CHECKING:
    from facilitator.records.meeting_log import RehearsalRecord
    from facilitator.records.store import Store
    from facilitator.ui.records_model import Records


class RehearsalReportWindow(QDialog):
    """The report in a window of its own."""

    def __init__(self, report: Pacing, history: RehearsalHistory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        history.setParent(self)
        self.view = RehearsalReportView(report, history)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1000, 760)
        self.view.close_requested.connect(self.accept)
        self.retranslate_ui()
        history.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rehearsal report"))


class Rehearsals(QObject):
    """`session_started(RehearsalSession)`, `report_shown(RehearsalReportWindow)`,
    `failed(error)` (the composition root shows it)."""

    session_started = Signal(object)
    report_shown = Signal(object)
    failed = Signal(object)

    def __init__(self, records: Records, make_player: Callable[[], Player], *,
                 clock: Clock = time.monotonic, wall: WallClock = local_now,
                 catalogue_for: Callable[[Programme], FilmCatalogue] = FilmCatalogue,
                 window: QWidget | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._make_player = make_player
        self._clock = clock
        self._wall = wall
        self._catalogue_for = catalogue_for
        self._window = window
        self.picker: RehearsalPicker | None = None
        self.session: RehearsalSession | None = None
        self.report: RehearsalReportWindow | None = None

    def open_picker(self) -> RehearsalPicker:
        if self.picker is not None:
            self.picker.raise_()
            return self.picker
        picker = RehearsalPicker(self._records, self._window)
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker.rehearse_requested.connect(self.start)
        picker.finished.connect(self._on_picker_finished)
        self.picker = picker
        picker.open()
        return picker

    def start(self, programme: Programme, session_number: int, language: str) -> None:
        """Begin a rehearsal in the store, then open its screens."""
        if self.session is not None:
            return

        def begin(store: Store) -> RehearsalRecord:
            return begin_rehearsal(store, programme, session_number, language)

        self._records.call(begin, lambda record: self._on_rehearsal_begun(programme, record),
                           self.failed.emit, refresh=False)

    # -- slots ----------------------------------------------------------------------------

    def _on_picker_finished(self, _result: int) -> None:
        self.picker = None

    def _on_rehearsal_begun(self, programme: Programme, rehearsal: RehearsalRecord) -> None:
        store = self._records.store
        if store is None:
            return
        writer = StoreWriter(store)
        meeting = RehearsalMeeting(programme, rehearsal, writer, clock=self._clock,
                                   wall=self._wall)
        session = RehearsalSession(meeting, self._make_player(),
                                   self._catalogue_for(programme))
        writer.setParent(session)
        session.finished.connect(lambda rehearsal_id: self._on_session_finished(
            programme, rehearsal_id))
        session.closed.connect(self._on_session_closed)
        self.session = session
        session.show()
        self.session_started.emit(session)

    def _on_session_closed(self) -> None:
        # Deleted by the event loop, on the GUI thread: left to Python's garbage collector,
        # a session (and the key filter it owns) and its window could be freed from
        # whichever thread runs the collector, in the middle of another window's events.
        session, self.session = self.session, None
        if session is not None:
            session.window.deleteLater()
            session.deleteLater()

    def _on_session_finished(self, programme: Programme, rehearsal_id: uuid.UUID) -> None:
        def read(store: Store) -> Pacing:
            return load_report(store, programme, rehearsal_id)

        self._records.call(read, lambda report: self._show_report(programme, report),
                           self.failed.emit, refresh=False)

    def _show_report(self, programme: Programme, report: Pacing) -> None:
        number = report.rehearsal.session_number
        history = RehearsalHistory(self._records, programme, number)
        window = RehearsalReportWindow(report, history, self._window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        language = report.rehearsal.language

        def again() -> None:
            window.accept()
            self.start(programme, number, language)

        window.view.rehearse_again_requested.connect(again)
        window.finished.connect(self._on_report_finished)
        self.report = window
        window.open()
        self.report_shown.emit(window)

    def _on_report_finished(self, _result: int) -> None:
        self.report = None
