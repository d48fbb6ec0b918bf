"""The facilitator's window on the laptop during a meeting.

It shows the meeting and turns clicks into calls on the `LiveMeeting`; what concerns the
projector (present, blank) and the wrap-up is asked for through signals, which
`LiveSession` answers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QWidget

from facilitator.ui.formatting import meeting_label
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.placement import ProjectorMode
from facilitator.ui.live.skip_dialog import SkipStepDialog
from facilitator.ui.live.window_layout import WindowParts

ATTENDANCE_TAB, NOTES_TAB, SAFETY_TAB = 0, 1, 2


class FacilitatorWindow(QWidget):
    present_requested = Signal()
    blank_requested = Signal()
    wrap_up_requested = Signal()
    film_toggle_requested = Signal()
    large_text_changed = Signal(bool)
    closing = Signal()

    def __init__(self, meeting: LiveMeeting, film_controls: QWidget, *, large_text: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._meeting = meeting
        self._mode = ProjectorMode.HIDDEN
        self._blank = False
        self._skip_dialog: SkipStepDialog | None = None
        self.parts = WindowParts(meeting, film_controls, self)
        p = self.parts
        p.large_text_button.setChecked(large_text)
        p.script.set_large_text(large_text)
        self.undo_action = meeting.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = meeting.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.note_action = QAction(self)
        self.note_action.setShortcut(QKeySequence("Ctrl+N"))
        self.skip_action = QAction(self)
        self.skip_action.setShortcut(QKeySequence("Ctrl+K"))
        self.wrap_up_action = QAction(self)
        self.wrap_up_action.setShortcut(QKeySequence("Ctrl+E"))
        self.safety_action = QAction(self)
        self.safety_action.setShortcut(QKeySequence("Ctrl+L"))
        self.agenda_action = QAction(self)
        self.agenda_action.setShortcut(QKeySequence("Ctrl+G"))
        self.film_action = QAction(self)
        self.film_action.setShortcut(QKeySequence("Ctrl+P"))
        for action in self.shortcut_actions():
            self.addAction(action)
        self.resize(1400, 860)

        self.note_action.triggered.connect(self.focus_note)
        self.skip_action.triggered.connect(self.open_skip_dialog)
        self.wrap_up_action.triggered.connect(self.wrap_up_requested)
        self.safety_action.triggered.connect(self.show_safety)
        self.agenda_action.triggered.connect(self._on_agenda_action_triggered)
        self.film_action.triggered.connect(self.film_toggle_requested)
        p.previous_button.clicked.connect(meeting.previous)
        p.next_button.clicked.connect(meeting.next)
        p.pause_button.clicked.connect(meeting.toggle_pause)
        p.skip_button.clicked.connect(self.open_skip_dialog)
        p.blank_button.clicked.connect(self._on_blank_button_clicked)
        p.present_button.clicked.connect(self.present_requested)
        p.wrap_up_button.clicked.connect(self.wrap_up_requested)
        p.large_text_button.toggled.connect(self._on_large_text_button_toggled)
        p.quick_note.saved.connect(self._on_quick_note_saved)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        meeting.run_state_changed.connect(self._on_meeting_run_state_changed)
        meeting.save_failed.connect(self._on_meeting_save_failed)
        self.retranslate_ui()

    def shortcut_actions(self) -> list[QAction]:
        """Actions whose shortcuts work in the projector window too."""
        return [self.undo_action, self.redo_action, self.note_action, self.skip_action,
                self.wrap_up_action, self.safety_action, self.agenda_action, self.film_action]

    # -- what the session asks ------------------------------------------------------------

    def focus_note(self) -> None:
        self.activateWindow()
        self.parts.quick_note.focus()

    def show_attendance(self) -> None:
        self.parts.tabs.setCurrentIndex(ATTENDANCE_TAB)
        self.parts.attendance.focus_first()

    def show_safety(self) -> None:
        self.parts.tabs.setCurrentIndex(SAFETY_TAB)
        self.parts.safety.focus_first()

    def open_skip_dialog(self) -> SkipStepDialog | None:
        if not self._meeting.is_active:
            return None
        step = self.parts.agenda.selected_step_id()
        self._skip_dialog = SkipStepDialog(self._meeting, step, self)
        self._skip_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._skip_dialog.finished.connect(self._on_skip_dialog_finished)
        self._skip_dialog.open()
        return self._skip_dialog

    @property
    def skip_dialog(self) -> SkipStepDialog | None:
        return self._skip_dialog

    def set_projector_mode(self, mode: ProjectorMode) -> None:
        self._mode = mode
        self._update_projector_state()

    def set_blank(self, blank: bool) -> None:
        self._blank = blank
        self.parts.blank_button.setChecked(blank)
        self._update_projector_state()

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.closing.emit()
        super().closeEvent(event)

    def retranslate_ui(self) -> None:
        p = self.parts
        meeting = self._meeting
        session = meeting.session
        title = meeting_label(session.number, meeting.session_title(meeting.facilitator_language))
        self.setWindowTitle(self.tr("Live meeting: %1").replace("%1", title))
        p.title.setText(title)
        course = meeting.course.title or meeting.programme.title(meeting.facilitator_language)
        p.subtitle.setText(" · ".join(x for x in (course, meeting.course.location) if x))
        p.tabs.setTabText(ATTENDANCE_TAB, self.tr("Attendance (A)"))
        p.tabs.setTabText(NOTES_TAB, self.tr("Notes"))
        p.tabs.setTabText(SAFETY_TAB, self.tr("Safety card"))
        p.skip_button.setText(self.tr("Skip a step…"))
        p.skip_button.setToolTip(self.tr("Ctrl+K"))
        p.previous_button.setText(self.tr("Previous"))
        p.previous_button.setToolTip(self.tr("Left arrow or Page Up"))
        p.next_button.setText(self.tr("Next step"))
        p.next_button.setToolTip(self.tr("Right arrow, Page Down or Space"))
        p.blank_button.setToolTip(self.tr("B or . (full stop)"))
        p.present_button.setText(self.tr("Projector"))
        p.present_button.setToolTip(self.tr("F5: show on the second screen; Esc leaves full screen"))
        p.large_text_button.setText(self.tr("Large text"))
        p.wrap_up_button.setText(self.tr("Wrap up…"))
        p.wrap_up_button.setToolTip(self.tr("Ctrl+E"))
        p.keys_hint.setText(self.tr(
            "Keys: → or Space next · ← previous · B blank · F5 projector · Esc window · "
            "A attendance · P pause · Ctrl+N note · Ctrl+K skip · Ctrl+Z undo"))
        self.undo_action.setText(self.tr("Undo"))
        self.redo_action.setText(self.tr("Redo"))
        self.note_action.setText(self.tr("Note"))
        self.skip_action.setText(self.tr("Skip a step…"))
        self.wrap_up_action.setText(self.tr("Wrap up…"))
        self.safety_action.setText(self.tr("Safety card"))
        self.agenda_action.setText(self.tr("Agenda"))
        self.film_action.setText(self.tr("Play or pause the film"))
        self._update_step()
        self._update_run_state()
        self._update_projector_state()

    # -- slots ----------------------------------------------------------------------------

    def _on_blank_button_clicked(self) -> None:
        self.parts.blank_button.setChecked(self._blank)  # the session decides
        self.blank_requested.emit()

    def _on_large_text_button_toggled(self, large: bool) -> None:
        self.parts.script.set_large_text(large)
        self.large_text_changed.emit(large)

    def _on_quick_note_saved(self) -> None:
        # Back to the meeting: the clicker's keys work again at once.
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_agenda_action_triggered(self) -> None:
        self.parts.agenda.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_skip_dialog_finished(self) -> None:
        self._skip_dialog = None

    def _on_meeting_step_changed(self) -> None:
        self._update_step()

    def _on_meeting_run_state_changed(self) -> None:
        self._update_run_state()

    def _on_meeting_save_failed(self, sentence: str) -> None:
        self.parts.save_problem.setText(self.tr("Not saved: %1").replace("%1", sentence))
        self.parts.save_problem.setVisible(True)

    # -- drawing --------------------------------------------------------------------------

    def _update_step(self) -> None:
        meeting = self._meeting
        p = self.parts
        following = meeting.run.next_step if meeting.is_active else None
        if following is None:
            p.next_label.setText(self.tr("This is the last step. Wrap up when you are ready "
                                         "(Ctrl+E)."))
        else:
            title = meeting.step_text(following, meeting.facilitator_language).title
            p.next_label.setText(self.tr("Next: %1").replace("%1", title))
        film_step = meeting.current.film is not None and meeting.is_active
        p.film_controls.setVisible(film_step)
        p.previous_button.setEnabled(meeting.is_active and meeting.run.index > 0)
        p.next_button.setEnabled(meeting.is_active and following is not None)

    def _update_run_state(self) -> None:
        p = self.parts
        active = self._meeting.is_active
        p.pause_button.setText(self.tr("Resume") if self._meeting.is_paused else self.tr("Pause"))
        p.pause_button.setToolTip(self.tr("P: the clocks stop while the meeting is paused"))
        for widget in (p.pause_button, p.skip_button, p.wrap_up_button):
            widget.setEnabled(active)
        self._update_step()

    def _update_projector_state(self) -> None:
        p = self.parts
        p.blank_button.setText(self.tr("Show again") if self._blank else self.tr("Blank"))
        if self._blank:
            text = self.tr("Projector: black and silent")
        elif self._mode is ProjectorMode.FULL_SCREEN:
            text = self.tr("Projector: full screen on the second screen")
        elif self._mode is ProjectorMode.WINDOW:
            text = self.tr("Projector: in a window on this screen")
        else:
            text = self.tr("Projector: off (F5 to show)")
        p.projector_state.setText(text)
