"""The readiness check in a window of its own, for one meeting of a course.

`meeting_to_check` finds what the check needs in the records the home screen already
holds (no store call); `ReadinessWindow` shows the check, opens the host's safety card for
editing and checks it again once saved.
"""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

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


class ReadinessWindow(QDialog):
    """`start_requested` when the facilitator starts the meeting from here."""

    start_requested = Signal()

    def __init__(self, meeting: MeetingToCheck, records: Records, *, offer_start: bool = False,
                 screens: ScreenList = qt_screens, host_films: Path | None = None,
                 bundled_films: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self.check = ReadinessCheck(meeting, records, screens=screens, host_films=host_films,
                                    bundled_films=bundled_films, parent=self)
        self.view = ReadinessView(self.check, offer_start=offer_start)
        self.host_editor: HostEditor | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.resize(1100, 720)
        self.view.close_requested.connect(self.reject)
        self.view.start_requested.connect(self._on_view_start_requested)
        self.view.safety_card_requested.connect(self._on_view_safety_card_requested)
        self.retranslate_ui()
        self.check.recheck()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Readiness check"))

    def _on_view_start_requested(self) -> None:
        self.accept()
        self.start_requested.emit()

    def _on_view_safety_card_requested(self) -> None:
        host_id = self.check.meeting.host_id
        host = next((h for h in self._records.snapshot.hosts if h.id == host_id), None)
        if host is None:
            return
        editor = HostEditor(self._records, host, self)
        editor.saved.connect(lambda _host: self.check.recheck())
        self.host_editor = editor
        editor.open()
