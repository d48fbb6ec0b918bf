"""Courses: every course with its programme, host, next meeting and meetings held."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.records.values import MeetingState
from facilitator.ui import formatting
from facilitator.ui.records_model import Records

if TYPE_CHECKING:
    from facilitator.records.values import CourseOverview

ROLE = Qt.ItemDataRole.UserRole


class CoursesPage(QWidget):
    new_course_requested = Signal()
    edit_course_requested = Signal(object)  # course id (UUID)
    export_course_requested = Signal(object)  # course id (UUID)

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self.table = QTableWidget(0, 5)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.new_button = QPushButton()
        self.edit_button = QPushButton()
        self.export_button = QPushButton()
        self._empty = QLabel()
        self._empty.setObjectName("hint")

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self._title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._empty)

        self.new_button.clicked.connect(self.new_course_requested)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.table.itemActivated.connect(self._on_table_item_activated)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        records.changed.connect(self._on_records_changed)
        records.library_changed.connect(self._on_records_changed)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Courses"))
        self.new_button.setText(self.tr("&New course…"))
        self.edit_button.setText(self.tr("&Edit course…"))
        self.export_button.setText(self.tr("E&xport course report…"))
        self.table.setAccessibleName(self.tr("Courses"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Course"), self.tr("Programme"), self.tr("Host"), self.tr("Next meeting"),
            self.tr("Meetings held")])
        self._update_table()

    def selected_course(self) -> object | None:
        items = self.table.selectedItems()
        return items[0].data(ROLE) if items else None

    def _on_records_changed(self) -> None:
        self._update_table()

    def _on_edit_button_clicked(self) -> None:
        course_id = self.selected_course()
        if course_id is not None:
            self.edit_course_requested.emit(course_id)

    def _on_export_button_clicked(self) -> None:
        course_id = self.selected_course()
        if course_id is not None:
            self.export_course_requested.emit(course_id)

    def _on_table_item_activated(self, item: QTableWidgetItem) -> None:
        course_id = self.table.item(item.row(), 0).data(ROLE)  # type: ignore[union-attr]
        self.edit_course_requested.emit(course_id)

    def _update_buttons(self) -> None:
        self.edit_button.setEnabled(self.selected_course() is not None)
        self.export_button.setEnabled(self.selected_course() is not None)

    def _row(self, overview: CourseOverview) -> list[str]:
        library = self._records.library
        course = overview.course
        held = {m.session_number for m in overview.meetings if m.state is MeetingState.FINISHED}
        today = date.today()
        coming = [s for s in overview.schedule
                  if s.session_number not in held and s.local_date >= today]
        next_text = "—"
        if coming:
            first = min(coming, key=lambda s: (s.local_date, s.local_time))
            next_text = f"{formatting.short_date(first.local_date)} " \
                        f"{formatting.clock(first.local_time)}"
        name = formatting.course_name(library, course)
        if course.is_demo:
            name += " " + self.tr("(demo)")
        programme = formatting.programme_title(library, course.programme_id,
                                               course.programme_version)
        total = len(overview.schedule)
        held_text = self.tr("%1 of %2").replace("%1", formatting.number(len(held))).replace(
            "%2", formatting.number(total)) if total else formatting.number(len(held))
        return [name, f"{programme} ({course.programme_version})", course.host_name,
                next_text, held_text]

    def _update_table(self) -> None:
        selected = self.selected_course()
        overviews = self._records.snapshot.overviews
        self.table.setRowCount(len(overviews))
        for row, overview in enumerate(overviews):
            for column, text in enumerate(self._row(overview)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the whole text where a narrow column cuts it short
                item.setData(ROLE, overview.course.id)
                self.table.setItem(row, column, item)
            if overview.course.id == selected:
                self.table.selectRow(row)
        self._empty.setText("" if overviews else
                            self.tr("No courses yet. Create one with “New course…”."))
        self._update_buttons()
