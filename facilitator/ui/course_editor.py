"""The course editor: programme and version, host, place, languages, initials, the
schedule and the participant codes. Saving writes one transaction off the GUI thread.

Editing a course after meetings were held keeps them as they were: their schedule rows
are locked, and a new programme version applies only to the meetings not yet held.
"""

from __future__ import annotations

import re
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from facilitator.records.values import MeetingState
from facilitator.ui import formatting
from facilitator.ui.course_draft import (
    CourseDraft,
    MeetingDraft,
    ParticipantDraft,
    next_codes,
    parse_initials,
    save_course,
    weekly,
)
from facilitator.ui.course_editor_layout import CourseEditorLayout
from facilitator.ui.host_editor import HostEditor
from facilitator.ui.labels import language_name
from facilitator.ui.records_model import Records
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.values import CourseOverview, HostRecord, ParticipantRecord
    from facilitator.sessions.programme import Programme

CODE = re.compile(r"^[A-Za-z]{0,3}\d{1,4}$")


class CourseEditor(QDialog):
    """Creates a course, or changes one; `saved(CourseRecord)` once the store has it."""

    saved = Signal(object)

    def __init__(self, records: Records, overview: CourseOverview | None = None,
                 participants: list[ParticipantRecord] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._overview = overview
        course = overview.course if overview else None
        self._held = {m.session_number: m for m in (overview.meetings if overview else ())
                      if m.state is MeetingState.FINISHED or m.state is MeetingState.RUNNING
                      or m.state is MeetingState.PAUSED}
        self.ui = CourseEditorLayout(self, self._session_title)
        ui = self.ui

        self._fill_programmes()
        self._fill_hosts(course.host_id if course else None)
        if course is not None:
            ui.programme.setCurrentIndex(max(0, ui.programme.findData(course.programme_id)))
            ui.programme.setEnabled(False)  # a course stays with its programme
            ui.title.setText(course.title)
            ui.location.setText(course.location)
            ui.initials.setText(", ".join(course.facilitator_initials))
        self._update_programme(course.programme_version if course else None,
                               course.group_languages if course else None,
                               course.facilitator_language if course else None)
        ui.participants.set_participants([
            ParticipantDraft(p.code, p.age_band, p.gender, p.language, p.id)
            for p in participants or ()])
        if overview is not None:
            ui.schedule.set_meetings([
                MeetingDraft(s.session_number, s.local_date, s.local_time,
                             s.session_number in self._held) for s in overview.schedule])

        ui.programme.currentIndexChanged.connect(self._on_programme_changed)
        ui.version.currentIndexChanged.connect(self._on_version_changed)
        ui.host.currentIndexChanged.connect(self._on_host_changed)
        ui.new_host.clicked.connect(self._on_new_host_clicked)
        ui.edit_host.clicked.connect(self._on_edit_host_clicked)
        ui.generate.clicked.connect(self._on_generate_clicked)
        ui.add_codes.clicked.connect(self._on_add_codes_clicked)
        ui.add_code.clicked.connect(self._on_add_code_clicked)
        ui.buttons.accepted.connect(self._on_buttons_accepted)
        ui.buttons.rejected.connect(self.reject)
        ui.code.installEventFilter(self)
        self.host_editor: HostEditor | None = None
        self.retranslate_ui()

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # Enter in the code field adds the code; it must not press Save for the dialog.
        if watched is self.ui.code and event.type() == QEvent.Type.KeyPress and isinstance(
                event, QKeyEvent) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._on_add_code_clicked()
            return True
        return super().eventFilter(watched, event)

    def retranslate_ui(self) -> None:
        course = self._overview.course if self._overview else None
        self.setWindowTitle(self.tr("New course") if course is None else self.tr(
            "Course: %1").replace("%1", formatting.course_name(self._records.library, course)))
        self.ui.retranslate()
        self._update_version_note()
        self._update_zone_note()
        self._update_host_buttons()

    # -- reading the library and hosts ----------------------------------------------------

    def _programme(self) -> Programme | None:
        library = self._records.library
        programme_id = self.ui.programme.currentData()
        version = self.ui.version.currentData()
        if library is None or programme_id is None:
            return None
        entry = library.find(str(programme_id), str(version) if version else None)
        return entry.programme if entry else None

    def _session_title(self, number: int) -> str:
        programme = self._programme()
        if programme is None:
            return ""
        try:
            return programme.session_title(programme.session(number).id,
                                           formatting.interface_language())
        except KeyError:
            return ""

    def _fill_programmes(self) -> None:
        library = self._records.library
        seen: list[str] = []
        for entry in library.entries if library else ():
            if entry.programme.id not in seen:
                seen.append(entry.programme.id)
                self.ui.programme.addItem(
                    formatting.programme_title(library, entry.programme.id), entry.programme.id)

    def _fill_hosts(self, selected: object | None) -> None:
        combo = self.ui.host
        combo.blockSignals(True)
        combo.clear()
        for host in self._records.snapshot.hosts:
            combo.addItem(f"{host.name} ({host.place})" if host.place else host.name, host.id)
        if selected is not None:
            combo.setCurrentIndex(max(0, combo.findData(selected)))
        combo.blockSignals(False)

    def _host(self) -> HostRecord | None:
        host_id = self.ui.host.currentData()
        return next((h for h in self._records.snapshot.hosts if h.id == host_id), None)

    # -- slots ----------------------------------------------------------------------------

    def _on_programme_changed(self, _: int) -> None:
        self._update_programme(None, None, None)

    def _on_version_changed(self, _: int) -> None:
        self._update_version_note()
        self.ui.schedule.retranslate_ui()

    def _on_host_changed(self, _: int) -> None:
        self._update_zone_note()
        self._update_host_buttons()

    def _on_new_host_clicked(self) -> None:
        self._open_host_editor(None)

    def _on_edit_host_clicked(self) -> None:
        self._open_host_editor(self._host())

    def _open_host_editor(self, host: HostRecord | None) -> None:
        editor = HostEditor(self._records, host, self)
        editor.saved.connect(self._on_host_editor_saved)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.host_editor = editor
        editor.open()

    def _on_host_editor_saved(self, host: HostRecord) -> None:
        # The records were refreshed before `saved` arrived, so the new host is listed.
        self._fill_hosts(host.id)
        self._on_host_changed(self.ui.host.currentIndex())

    def _on_generate_clicked(self) -> None:
        programme = self._programme()
        if programme is None:
            return
        free = [s.number for s in programme.sessions if s.number not in self._held]
        qdate, qtime = self.ui.first_date.date(), self.ui.first_time.time()
        planned = weekly(date(qdate.year(), qdate.month(), qdate.day()),
                         time(qtime.hour(), qtime.minute()), free[:self.ui.count.value()])
        kept = [m for m in self.ui.schedule.meetings() if m.held]
        self.ui.schedule.set_meetings(kept + planned)

    def _on_add_codes_clicked(self) -> None:
        table = self.ui.participants
        for code in next_codes(table.codes(), self.ui.add_count.value()):
            table.add(code)

    def _on_add_code_clicked(self) -> None:
        code = self.ui.code.text().strip().upper()
        if not code:
            return
        if not CODE.match(code):
            self.ui.error.setText(self.tr(
                "A participant code is up to three letters and a number, like P07; never a "
                "name."))
            return
        if code in self.ui.participants.codes():
            self.ui.error.setText(self.tr("The code %1 is already used in this course.")
                                  .replace("%1", code))
            return
        self.ui.error.clear()
        self.ui.participants.add(code)
        self.ui.code.clear()

    def _on_buttons_accepted(self) -> None:
        draft = self.draft()
        if draft is None:
            return
        self.ui.buttons.setEnabled(False)
        self._records.call(lambda store: save_course(store, draft), self._on_saved,
                           self._on_failed)

    def _on_saved(self, course: object) -> None:
        self.ui.buttons.setEnabled(True)
        self.saved.emit(course)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.ui.buttons.setEnabled(True)
        self.ui.error.setText(describe(error))

    # -- the draft ------------------------------------------------------------------------

    def draft(self) -> CourseDraft | None:
        """The course as filled in, or None (with the reason shown) when it cannot be saved."""
        ui = self.ui
        programme = self._programme()
        host = self._host()
        languages = [str(ui.group_languages.item(i).data(Qt.ItemDataRole.UserRole))  # type: ignore[union-attr]
                     for i in range(ui.group_languages.count())
                     if ui.group_languages.item(i).checkState() == Qt.CheckState.Checked]  # type: ignore[union-attr]
        problem = None
        if programme is None:
            problem = self.tr("Choose a programme; install one under Programmes first.")
        elif host is None:
            problem = self.tr("Choose the host, or create one with “New host…”.")
        elif not languages:
            problem = self.tr("Tick at least one language the group speaks.")
        if problem is not None or programme is None or host is None:
            ui.error.setText(problem or "")
            return None
        ui.error.clear()
        course = self._overview.course if self._overview else None
        return CourseDraft(
            programme_id=programme.id, programme_version=programme.version, host_id=host.id,
            title=ui.title.text().strip(), location=ui.location.text().strip(),
            group_languages=tuple(languages),
            facilitator_language=str(ui.facilitator_language.currentData()),
            facilitator_initials=parse_initials(ui.initials.text()),
            participants=tuple(ui.participants.participants()),
            schedule=tuple(ui.schedule.meetings()),
            course_id=course.id if course else None,
        )

    # -- drawing --------------------------------------------------------------------------

    def _update_programme(self, version: str | None, group: tuple[str, ...] | None,
                          facilitator: str | None) -> None:
        ui = self.ui
        library = self._records.library
        programme_id = ui.programme.currentData()
        ui.version.blockSignals(True)
        ui.version.clear()
        entries = [e for e in (library.entries if library else ())
                   if e.programme.id == programme_id]
        for entry in reversed(entries):  # newest first
            ui.version.addItem(entry.programme.version, entry.programme.version)
        if version is not None:
            index = ui.version.findData(version)
            if index < 0:
                ui.version.addItem(version, version)
                index = ui.version.count() - 1
            ui.version.setCurrentIndex(index)
        ui.version.blockSignals(False)
        programme = self._programme()
        languages = programme.languages if programme else ()
        wanted = set(group or languages[:1])
        ui.group_languages.clear()
        for code in languages:
            item = QListWidgetItem(language_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setCheckState(Qt.CheckState.Checked if code in wanted else
                               Qt.CheckState.Unchecked)
            ui.group_languages.addItem(item)
        ui.facilitator_language.clear()
        for code in languages:
            ui.facilitator_language.addItem(language_name(code), code)
        chosen = facilitator or (formatting.interface_language() if
                                 formatting.interface_language() in languages else None)
        ui.facilitator_language.setCurrentIndex(max(0, ui.facilitator_language.findData(chosen)))
        if programme is not None:
            ui.count.setValue(len(programme.sessions))
        self._update_version_note()
        ui.schedule.retranslate_ui()

    def _update_version_note(self) -> None:
        course = self._overview.course if self._overview else None
        held = len(self._held)
        note = ""
        if course is not None and held:
            version = self.ui.version.currentData()
            if version is not None and version != course.programme_version:
                note = self.tr("Version %1 will be used for the meetings not yet held; the "
                               "%n meeting(s) already held keep their version.", "", held)
            else:
                note = self.tr("%n meeting(s) already held keep their version if you choose "
                               "another.", "", held)
            note = note.replace("%1", str(version))
        self.ui.version_note.setText(note)
        self.ui.version_note.setVisible(bool(note))

    def _update_zone_note(self) -> None:
        host = self._host()
        self.ui.zone_note.setText(
            self.tr("Times are in the host's time zone, %1.").replace("%1", host.time_zone)
            if host else self.tr("Times are in the host's time zone; choose the host first."))

    def _update_host_buttons(self) -> None:
        self.ui.edit_host.setEnabled(self._host() is not None)
