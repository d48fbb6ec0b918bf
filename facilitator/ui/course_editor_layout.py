"""The course editor's widgets and their texts (the behaviour is in course_editor.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.course_tables import ParticipantTable, ScheduleTable


def _hint() -> QLabel:
    label = QLabel()
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class CourseEditorLayout:
    """Builds the three tabs (course, schedule, participants) on `dialog`."""

    def __init__(self, dialog: QDialog, session_title: Callable[[int], str]) -> None:
        # The course
        self.programme = QComboBox()
        self.version = QComboBox()
        self.version_note = _hint()
        self.host = QComboBox()
        self.new_host = QPushButton()
        self.edit_host = QPushButton()
        self.title = QLineEdit()
        self.location = QLineEdit()
        self.group_languages = QListWidget()
        self.group_languages.setMaximumHeight(120)
        self.facilitator_language = QComboBox()
        self.initials = QLineEdit()
        host_row = QHBoxLayout()
        host_row.addWidget(self.host, 1)
        host_row.addWidget(self.new_host)
        host_row.addWidget(self.edit_host)
        self.course_labels = [QLabel() for _ in range(8)]
        fields: list[QWidget | QHBoxLayout] = [
            self.programme, self.version, host_row, self.title, self.location,
            self.group_languages, self.facilitator_language, self.initials]
        course_tab = QWidget()
        course_column = QVBoxLayout(course_tab)
        form = QFormLayout()
        course_column.addLayout(form)
        course_column.addStretch(1)
        for label, field in zip(self.course_labels, fields, strict=True):
            form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
            else:
                label.setBuddy(self.host)
        form.insertRow(2, self.version_note)

        # The schedule
        self.first_date = QDateEdit(QDate.currentDate())
        self.first_date.setCalendarPopup(True)
        self.first_time = QTimeEdit(QTime(17, 0))
        self.count = QSpinBox()
        self.count.setRange(1, 60)
        self.generate = QPushButton()
        self.zone_note = _hint()
        self.schedule = ScheduleTable(session_title)
        self.schedule_labels = [QLabel() for _ in range(3)]
        generate_row = QHBoxLayout()
        for label, field in zip(self.schedule_labels, (self.first_date, self.first_time,
                                                       self.count), strict=True):
            label.setBuddy(field)
            generate_row.addWidget(label)
            generate_row.addWidget(field)
        generate_row.addWidget(self.generate)
        generate_row.addStretch(1)
        schedule_tab = QWidget()
        schedule_layout = QVBoxLayout(schedule_tab)
        schedule_layout.addLayout(generate_row)
        schedule_layout.addWidget(self.zone_note)
        schedule_layout.addWidget(self.schedule, 1)

        # The participants
        self.add_count = QSpinBox()
        self.add_count.setRange(1, 40)
        self.add_count.setValue(12)
        self.add_codes = QPushButton()
        self.code = QLineEdit()
        self.code.setMaxLength(7)
        self.add_code = QPushButton()
        self.participants = ParticipantTable()
        self.codes_note = _hint()
        self.participant_labels = [QLabel() for _ in range(2)]
        self.participant_labels[0].setBuddy(self.add_count)
        self.participant_labels[1].setBuddy(self.code)
        add_row = QHBoxLayout()
        add_row.addWidget(self.participant_labels[0])
        add_row.addWidget(self.add_count)
        add_row.addWidget(self.add_codes)
        add_row.addSpacing(24)
        add_row.addWidget(self.participant_labels[1])
        add_row.addWidget(self.code)
        add_row.addWidget(self.add_code)
        add_row.addStretch(1)
        participants_tab = QWidget()
        participants_layout = QVBoxLayout(participants_tab)
        participants_layout.addLayout(add_row)
        participants_layout.addWidget(self.codes_note)
        participants_layout.addWidget(self.participants, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(course_tab, "")
        self.tabs.addTab(schedule_tab, "")
        self.tabs.addTab(participants_tab, "")
        self.error = QLabel()
        self.error.setObjectName("warning")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save |
                                        QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(dialog)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        dialog.resize(960, 700)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        for label, text in zip(self.course_labels, (
                translate("CourseEditor", "&Programme:"), translate("CourseEditor", "&Version:"), translate("CourseEditor", "&Host:"), translate("CourseEditor", "&Title (optional):"),
                translate("CourseEditor", "&Location:"), translate("CourseEditor", "&Group languages:"), translate("CourseEditor", "&Facilitators' language:"),
                translate("CourseEditor", "Facilitators' &initials:")), strict=True):
            label.setText(text)
        self.new_host.setText(translate("CourseEditor", "New host…"))
        self.edit_host.setText(translate("CourseEditor", "Edit host…"))
        self.title.setPlaceholderText(translate("CourseEditor", "For example: Parents' group, spring"))
        self.location.setPlaceholderText(translate("CourseEditor", "For example: the library's meeting room"))
        self.initials.setPlaceholderText(translate("CourseEditor", "For example: AH, MK"))
        self.group_languages.setAccessibleName(translate("CourseEditor", "Group languages"))
        for label, text in zip(self.schedule_labels, (translate("CourseEditor", "&First meeting:"), translate("CourseEditor", "&At:"),
                                                      translate("CourseEditor", "&Meetings:")), strict=True):
            label.setText(text)
        self.generate.setText(translate("CourseEditor", "Make a &weekly schedule"))
        for label, text in zip(self.participant_labels, (translate("CourseEditor", "&Number of codes:"),
                                                         translate("CourseEditor", "Or type a c&ode:")), strict=True):
            label.setText(text)
        self.add_codes.setText(translate("CourseEditor", "&Add codes"))
        self.add_code.setText(translate("CourseEditor", "A&dd"))
        self.code.setPlaceholderText("P13")
        self.codes_note.setText(translate("CourseEditor",
            "Codes only, never names. The list that links codes to people stays on paper "
            "with you. Age band, gender and language are optional."))
        for index, text in enumerate((translate("CourseEditor", "Course"), translate("CourseEditor", "Schedule"), translate("CourseEditor", "Participants"))):
            self.tabs.setTabText(index, text)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if save is not None:
            save.setText(translate("CourseEditor", "Save"))
        if cancel is not None:
            cancel.setText(translate("CourseEditor", "Cancel"))
