"""The two editable tables of the course editor: the schedule and the participant codes."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, time

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.vocabulary import AgeBand, Gender
from facilitator.ui.course_draft import MeetingDraft, ParticipantDraft
from facilitator.ui.labels import GROUP_LANGUAGES, age_band_label, gender_label, language_name

ROLE = Qt.ItemDataRole.UserRole


def _table(columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.verticalHeader().setVisible(False)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class ScheduleTable(QWidget):
    """Meeting number, session title, date and time; rows of held meetings are locked."""

    def __init__(self, session_title: Callable[[int], str], parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self._session_title = session_title
        self.table = _table(4)
        self._meetings: list[MeetingDraft] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Meeting"), self.tr("Date"),
                                              self.tr("Time"), self.tr("Session")])
        self.table.setAccessibleName(self.tr("Schedule"))
        for row, meeting in enumerate(self._meetings):
            self._describe_row(row, meeting)

    def set_meetings(self, meetings: Sequence[MeetingDraft]) -> None:
        self._meetings = sorted(meetings, key=lambda m: m.session_number)
        self.table.setRowCount(len(self._meetings))
        for row, meeting in enumerate(self._meetings):
            number = QTableWidgetItem(str(meeting.session_number))
            number.setData(ROLE, meeting.session_number)
            self.table.setItem(row, 0, number)
            day = QDateEdit(QDate(meeting.local_date.year, meeting.local_date.month,
                                  meeting.local_date.day))
            day.setCalendarPopup(True)
            clock = QTimeEdit(QTime(meeting.local_time.hour, meeting.local_time.minute))
            for editor in (day, clock):
                editor.setEnabled(not meeting.held)
            self.table.setCellWidget(row, 1, day)
            self.table.setCellWidget(row, 2, clock)
            self.table.setItem(row, 3, QTableWidgetItem())
            self._describe_row(row, meeting)
        self.table.resizeColumnsToContents()

    def _describe_row(self, row: int, meeting: MeetingDraft) -> None:
        title = self._session_title(meeting.session_number)
        if meeting.held:
            title = self.tr("%1 (held, kept as it was)").replace("%1", title)
        item = self.table.item(row, 3)
        if item is not None:
            item.setText(title)
        for column, name in ((1, self.tr("Date of meeting %1")),
                             (2, self.tr("Time of meeting %1"))):
            widget = self.table.cellWidget(row, column)
            if widget is not None:
                widget.setAccessibleName(name.replace("%1", str(meeting.session_number)))

    def meetings(self) -> list[MeetingDraft]:
        result = []
        for row, meeting in enumerate(self._meetings):
            day = self.table.cellWidget(row, 1)
            clock = self.table.cellWidget(row, 2)
            assert isinstance(day, QDateEdit) and isinstance(clock, QTimeEdit)
            d, t = day.date(), clock.time()
            result.append(MeetingDraft(meeting.session_number, date(d.year(), d.month(), d.day()),
                                       time(t.hour(), t.minute()), meeting.held))
        return result

    def set_date(self, row: int, value: date) -> None:
        """Move one meeting (used by tests and by the keyboard through the editor)."""
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QDateEdit)
        widget.setDate(QDate(value.year, value.month, value.day))


class ParticipantTable(QWidget):
    """Codes with optional age band, gender and language, chosen from fixed lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(4)
        self._people: list[ParticipantDraft] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Age band"),
                                              self.tr("Gender"), self.tr("Language")])
        self.table.setAccessibleName(self.tr("Participant codes"))
        current = self.participants()
        self._fill(current)

    def codes(self) -> list[str]:
        return [p.code for p in self._people]

    def set_participants(self, people: Sequence[ParticipantDraft]) -> None:
        self._fill(list(people))

    def add(self, code: str) -> None:
        self._fill([*self.participants(), ParticipantDraft(code)])

    def participants(self) -> list[ParticipantDraft]:
        result = []
        for row, person in enumerate(self._people):
            combos = [self.table.cellWidget(row, c) for c in (1, 2, 3)]
            values = [c.currentData() for c in combos if isinstance(c, QComboBox)]
            if len(values) != 3:
                result.append(person)
                continue
            age, gender, language = values
            result.append(ParticipantDraft(person.code, age, gender, language, person.id))
        return result

    def _combo(self, values: Sequence[tuple[str, object]], current: object, name: str
               ) -> QComboBox:
        combo = QComboBox()
        combo.addItem("—", None)
        for text, value in values:
            combo.addItem(text, value)
        index = combo.findData(current)
        combo.setCurrentIndex(max(index, 0))
        combo.setAccessibleName(name)
        return combo

    def _fill(self, people: list[ParticipantDraft]) -> None:
        self._people = people
        self.table.setRowCount(len(people))
        ages = [(age_band_label(a), a) for a in AgeBand]
        genders = [(gender_label(g), g) for g in Gender]
        languages: list[tuple[str, object]] = [(language_name(c), c) for c in GROUP_LANGUAGES]
        for row, person in enumerate(people):
            item = QTableWidgetItem(person.code)
            item.setData(ROLE, person.id or uuid.UUID(int=0))
            self.table.setItem(row, 0, item)
            self.table.setCellWidget(row, 1, self._combo(
                ages, person.age_band, self.tr("Age band of %1").replace("%1", person.code)))
            self.table.setCellWidget(row, 2, self._combo(
                genders, person.gender, self.tr("Gender of %1").replace("%1", person.code)))
            self.table.setCellWidget(row, 3, self._combo(
                languages, person.language,
                self.tr("Language of %1").replace("%1", person.code)))
        self.table.resizeColumnsToContents()
