"""The readiness check in a window of its own, for any scheduled meeting.

`meeting_to_check` finds what the check needs in the records the home screen already
holds (no store call); `ReadinessWindow` shows the check with a chooser of the scheduled
meetings above it, opens the host's safety card for editing and checks again once saved.
"""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from facilitator.ui import formatting
from facilitator.ui.host_editor import HostEditor
from facilitator.ui.readiness.check import MeetingToCheck, ReadinessCheck, ScreenList, qt_screens
from facilitator.ui.readiness.view import ReadinessView

if TYPE_CHECKING:
    from facilitator.ui.records_model import Records


def meeting_to_check(records: Records, course_id: uuid.UUID,
                     session_number: int) -> MeetingToCheck | None:
    """The course's meeting of `session_number`, or None (course or programme not found)."""
    overview = next((o for o in records.snapshot.overviews if o.course.id == course_id), None)
    if overview is None:
        return None
    course = overview.course
    programme = formatting.programme_of(records.library, course.programme_id,
                                        course.programme_version)
    if programme is None:
        return None
    try:
        programme.session(session_number)
    except KeyError:
        return None
    scheduled = next((s for s in overview.schedule if s.session_number == session_number),
                     None)
    return MeetingToCheck(
        programme=programme, session_number=session_number,
        group_languages=course.group_languages, facilitator_language=course.facilitator_language,
        host_id=course.host_id, host_name=course.host_name, course_id=course.id,
        course_title=formatting.course_name(records.library, course),
        starts_at=scheduled.starts_at if scheduled else None,
    )


def scheduled_meetings(records: Records, today: date | None = None
                       ) -> list[tuple[uuid.UUID, int, str]]:
    """(course id, session number, label) of every meeting scheduled from today on whose
    session was not held yet, soonest first."""
    today = today or date.today()
    found = []
    for overview in records.snapshot.overviews:
        held = {m.session_number for m in overview.meetings}
        course = overview.course
        for scheduled in overview.schedule:
            if scheduled.local_date < today or scheduled.session_number in held:
                continue
            title = formatting.session_title(records.library, course.programme_id,
                                             course.programme_version, scheduled.session_number)
            label = " · ".join((
                f"{formatting.day_and_date(scheduled.local_date)} "
                f"{formatting.clock(scheduled.local_time)}",
                formatting.meeting_label(scheduled.session_number, title),
                formatting.course_name(records.library, course)))
            found.append((scheduled.starts_at, course.id, scheduled.session_number, label))
    found.sort(key=lambda row: row[0])
    return [(course_id, number, label) for _when, course_id, number, label in found]


class ReadinessWindow(QDialog):
    """`start_requested(course id, session number)` when the facilitator starts the meeting
    from here (offered when opened from the home screen's start button)."""

    start_requested = Signal(object, int)

    def __init__(self, meeting: MeetingToCheck, records: Records, *, offer_start: bool = False,
                 screens: ScreenList = qt_screens, host_films: Path | None = None,
                 bundled_films: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._offer_start = offer_start
        self._screens = screens
        self._films = (host_films, bundled_films)
        self.host_editor: HostEditor | None = None
        self._chooser_label = QLabel()
        self.chooser = QComboBox()
        self._chooser_label.setBuddy(self.chooser)
        self._fill_chooser(meeting)
        top = QHBoxLayout()
        top.setContentsMargins(32, 16, 32, 0)
        top.addWidget(self._chooser_label)
        top.addWidget(self.chooser, 1)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(top)
        self.check, self.view = self._build(meeting)
        self._layout.addWidget(self.view, 1)
        self.resize(1100, 760)
        self.chooser.currentIndexChanged.connect(self._on_chooser_current_index_changed)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Readiness check"))
        self._chooser_label.setText(self.tr("&Meeting:"))

    # -- building -------------------------------------------------------------------------

    def _fill_chooser(self, meeting: MeetingToCheck) -> None:
        rows: list[tuple[uuid.UUID | None, int, str]] = list(scheduled_meetings(self._records))
        key = (meeting.course_id, meeting.session_number)
        if key not in {(course_id, number) for course_id, number, _label in rows}:
            language = meeting.text_language
            title = meeting.programme.session_title(meeting.session.id, language)
            label = " · ".join(part for part in (
                formatting.meeting_label(meeting.session_number, title),
                meeting.course_title) if part)
            rows.insert(0, (meeting.course_id, meeting.session_number, label))
        for course_id, number, label in rows:
            self.chooser.addItem(label, (course_id, number))
            if (course_id, number) == key:
                self.chooser.setCurrentIndex(self.chooser.count() - 1)
        self._first = meeting

    def _build(self, meeting: MeetingToCheck) -> tuple[ReadinessCheck, ReadinessView]:
        host_films, bundled_films = self._films
        check = ReadinessCheck(meeting, self._records, screens=self._screens,
                               host_films=host_films, bundled_films=bundled_films, parent=self)
        view = ReadinessView(check, offer_start=self._offer_start)
        view.close_requested.connect(self.reject)
        view.start_requested.connect(self._on_view_start_requested)
        view.safety_card_requested.connect(self._on_view_safety_card_requested)
        check.recheck()
        return check, view

    # -- slots ----------------------------------------------------------------------------

    def _on_chooser_current_index_changed(self, _index: int) -> None:
        data = self.chooser.currentData()
        if not isinstance(data, tuple):
            return
        course_id, number = data
        meeting = (self._first if (course_id, number) == (self._first.course_id,
                                                          self._first.session_number)
                   else meeting_to_check(self._records, course_id, number))
        if meeting is None:
            return
        old_check, old_view = self.check, self.view
        self.check, self.view = self._build(meeting)
        self._layout.replaceWidget(old_view, self.view)
        old_view.deleteLater()
        old_check.deleteLater()

    def _on_view_start_requested(self) -> None:
        meeting = self.check.meeting
        self.accept()
        self.start_requested.emit(meeting.course_id, meeting.session_number)

    def _on_view_safety_card_requested(self) -> None:
        host_id = self.check.meeting.host_id
        host = next((h for h in self._records.snapshot.hosts if h.id == host_id), None)
        if host is None:
            return
        editor = HostEditor(self._records, host, self)
        editor.saved.connect(lambda _host: self.check.recheck())
        self.host_editor = editor
        editor.open()
