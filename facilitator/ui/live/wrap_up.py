"""Wrap-up: confirm attendance (nobody left "not marked"), give reasons for the steps not
delivered, note overruns if wished, review the notes and their sharing, and finish.

The clocks stop while it is open; "Back to the meeting" starts them again. Once finished,
`export_requested(meeting_id)` is the hook for the summary export.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.live.attendance import AttendancePanel
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.notes import NotesPanel
from facilitator.ui.live.text import minutes_seconds


def _section(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    return label


class WrapUpDialog(QDialog):
    export_requested = Signal(object)  # the meeting's id

    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._export_available = False
        meeting.begin_wrap_up()
        self.attendance_title = _section()
        self.attendance_state = QLabel()
        self.attendance_state.setWordWrap(True)
        self.attendance = AttendancePanel(meeting)
        self.attendance.title.setVisible(False)
        self.attendance.setMinimumHeight(260)
        self.steps_title = _section()
        self.steps_hint = QLabel()
        self.steps_hint.setWordWrap(True)
        self.steps_hint.setObjectName("muted")
        self.reasons: dict[str, QLineEdit] = {}
        reasons_form = QFormLayout()
        language = meeting.facilitator_language
        for step in meeting.unvisited_required():
            field = QLineEdit()
            field.textChanged.connect(self._on_field_text_changed)
            self.reasons[step.id] = field
            reasons_form.addRow(meeting.step_text(step, language).title, field)
        self.overruns_title = _section()
        self.overruns_hint = QLabel()
        self.overruns_hint.setWordWrap(True)
        self.overruns_hint.setObjectName("muted")
        self.overrun_notes: dict[str, QLineEdit] = {}
        self._overrun_labels: dict[str, QLabel] = {}
        overrun_form = QFormLayout()
        times = meeting.step_times()
        for step in meeting.overruns():
            label = QLabel()
            label.setWordWrap(True)
            label.setProperty("actual", times[step.id].total_seconds())
            self._overrun_labels[step.id] = label
            field = QLineEdit()
            self.overrun_notes[step.id] = field
            overrun_form.addRow(label, field)
        self.notes_title = _section()
        self.notes = NotesPanel(meeting)
        self.notes.title.setVisible(False)
        self.notes.setMinimumHeight(200)
        self.finished_label = QLabel()
        self.finished_label.setObjectName("sectionTitle")
        self.finished_label.setVisible(False)
        self.back_button = QPushButton()
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("primary")
        self.export_button = QPushButton()
        self.export_button.setVisible(False)
        self.close_button = QPushButton()
        self.close_button.setVisible(False)
        for button in (self.back_button, self.export_button, self.close_button):
            button.setAutoDefault(True)

        content = QWidget()
        body = QVBoxLayout(content)
        body.addWidget(self.attendance_title)
        body.addWidget(self.attendance_state)
        body.addWidget(self.attendance)
        body.addWidget(self.steps_title)
        body.addWidget(self.steps_hint)
        body.addLayout(reasons_form)
        body.addWidget(self.overruns_title)
        body.addWidget(self.overruns_hint)
        body.addLayout(overrun_form)
        body.addWidget(self.notes_title)
        body.addWidget(self.notes)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.finished_label)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.resize(900, 760)

        self.back_button.clicked.connect(self.reject)
        self.finish_button.clicked.connect(self._on_finish_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.close_button.clicked.connect(self.accept)
        meeting.attendance_changed.connect(self._on_meeting_changed)
        meeting.participants_changed.connect(self._on_meeting_changed)
        meeting.finished.connect(self._on_meeting_finished)
        self.finish_button.setDefault(True)  # after the button joined the dialog
        self.retranslate_ui()
        self._focus_first_task()

    def _focus_first_task(self) -> None:
        """Where the facilitator starts: a missing reason, an overrun note, or Finish."""
        fields = [*self.reasons.values(), *self.overrun_notes.values()]
        if self._meeting.not_marked():
            self.attendance.focus_first()
        elif fields:
            fields[0].setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.finish_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_export_available(self, available: bool) -> None:
        """Show "Export summary…" after finishing (when an exporter is connected)."""
        self._export_available = available
        self.export_button.setVisible(available and self._meeting.is_finished)

    def reject(self) -> None:
        if not self._meeting.is_finished:
            self._meeting.cancel_wrap_up()
        super().reject()

    def can_finish(self) -> bool:
        return not self._meeting.not_marked() and all(
            field.text().strip() for field in self.reasons.values())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Wrap up the meeting"))
        self.attendance_title.setText(self.tr("1. Attendance"))
        self.steps_title.setText(self.tr("2. Steps not delivered"))
        self.steps_hint.setText(
            self.tr("Every step of the manual was delivered or skipped with a reason.")
            if not self.reasons else
            self.tr("These steps were not reached. Say briefly why (for example: not enough "
                    "time); they are recorded as skipped."))
        self.overruns_title.setText(self.tr("3. Steps that ran long"))
        self.overruns_hint.setText(
            self.tr("No step ran much longer than planned.") if not self.overrun_notes else
            self.tr("These steps took more than one and a half times their planned time. A "
                    "note is optional."))
        for step_id, label in self._overrun_labels.items():
            step = self._meeting.session.step(step_id)
            title = self._meeting.step_text(step, self._meeting.facilitator_language).title
            actual = float(label.property("actual"))
            label.setText(self.tr("%1: %2 (planned %3)").replace("%1", title).replace(
                "%2", minutes_seconds(actual)).replace("%3", minutes_seconds(step.minutes * 60)))
        for field in self.overrun_notes.values():
            field.setPlaceholderText(self.tr("Optional note, e.g. the group wanted more time"))
        for field in self.reasons.values():
            field.setPlaceholderText(self.tr("Reason (needed)"))
        self.notes_title.setText(self.tr("4. Notes and what is shared with the host"))
        self.back_button.setText(self.tr("Back to the meeting"))
        self.finish_button.setText(self.tr("Finish the meeting"))
        self.export_button.setText(self.tr("Export summary…"))
        self.close_button.setText(self.tr("Close"))
        self.finished_label.setText(self.tr("The meeting is finished and saved."))
        self._update_state()

    # -- slots ----------------------------------------------------------------------------

    def _on_field_text_changed(self) -> None:
        self._update_state()

    def _on_meeting_changed(self) -> None:
        self._update_state()

    def _on_finish_button_clicked(self) -> None:
        if not self.can_finish():
            return
        reasons = {step: field.text().strip() for step, field in self.reasons.items()}
        notes = {step: field.text().strip() for step, field in self.overrun_notes.items()}
        self._meeting.finish(reasons, notes)
        self.finish_button.setEnabled(False)

    def _on_meeting_finished(self) -> None:
        self.finish_button.setVisible(False)
        self.back_button.setVisible(False)
        self.finished_label.setVisible(True)
        self.close_button.setVisible(True)
        self.export_button.setVisible(self._export_available)
        for field in (*self.reasons.values(), *self.overrun_notes.values()):
            field.setReadOnly(True)
        self.attendance.setEnabled(False)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_export_button_clicked(self) -> None:
        self.export_requested.emit(self._meeting.meeting_id)

    # -- drawing --------------------------------------------------------------------------

    def _update_state(self) -> None:
        waiting = len(self._meeting.not_marked())
        if waiting:
            self.attendance_state.setText(self.tr(
                "Not marked yet: %Ln. Mark each code as present, late, excused or absent.",
                "", waiting))
            self.attendance_state.setObjectName("warning")
        else:
            self.attendance_state.setText(self.tr("Every code is marked."))
            self.attendance_state.setObjectName("")
        self.attendance_state.style().unpolish(self.attendance_state)
        self.attendance_state.style().polish(self.attendance_state)
        if not self._meeting.is_finished:
            self.finish_button.setEnabled(self.can_finish())
