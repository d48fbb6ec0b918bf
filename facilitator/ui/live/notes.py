"""Notes: a quick note field always at hand (Ctrl+N), attached to the current step and
private by default; the meeting's notes with sharing, deletion and undo."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.share_dialog import ShareNoteDialog
from facilitator.ui.live.text import clock_time

NOTE_ROLE = Qt.ItemDataRole.UserRole


class QuickNote(QWidget):
    """One line: type, Enter, and the note is saved on the current step."""

    saved = Signal()

    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.field = QLineEdit()
        self.field.setObjectName("quickNote")
        self.field.setClearButtonEnabled(True)
        self.save_button = QPushButton()
        self.save_button.setAutoDefault(True)
        self.status = QLabel()
        self.status.setObjectName("muted")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.status)
        self.field.returnPressed.connect(self._on_save_button_clicked)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self.retranslate_ui()

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Quick note on this step (Ctrl+N); private "
                                              "unless you share it"))
        self.field.setAccessibleName(self.tr("Quick note"))
        self.save_button.setText(self.tr("Save note"))

    def _on_save_button_clicked(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        self._meeting.save_note(text)
        self.field.clear()
        self.status.setText(self.tr("Saved"))
        self.saved.emit()

    def _on_meeting_step_changed(self) -> None:
        self.status.setText("")


class NoteList(QListWidget):
    """Delete on a note deletes it (undoable)."""

    delete_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_pressed.emit()
            return
        super().keyPressEvent(event)


class NotesPanel(QWidget):
    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._dialog: ShareNoteDialog | None = None
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.list = NoteList()
        self.list.setWordWrap(True)
        self.share_button = QPushButton()
        self.private_button = QPushButton()
        self.delete_button = QPushButton()
        self.undo_button = QPushButton()
        for button in (self.share_button, self.private_button, self.delete_button,
                       self.undo_button):
            button.setAutoDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.share_button)
        buttons.addWidget(self.private_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

        self.share_button.clicked.connect(self._on_share_button_clicked)
        self.private_button.clicked.connect(self._on_private_button_clicked)
        self.delete_button.clicked.connect(self._on_delete_button_clicked)
        self.list.delete_pressed.connect(self._on_delete_button_clicked)
        self.list.currentItemChanged.connect(self._on_list_current_item_changed)
        self.undo_button.clicked.connect(meeting.undo_stack.undo)
        meeting.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        meeting.notes_changed.connect(self._on_meeting_notes_changed)
        self.retranslate_ui()

    @property
    def share_dialog(self) -> ShareNoteDialog | None:
        return self._dialog

    def selected_note(self) -> uuid.UUID | None:
        item = self.list.currentItem()
        value = None if item is None else item.data(NOTE_ROLE)
        return value if isinstance(value, uuid.UUID) else None

    def open_share_dialog(self, note_id: uuid.UUID) -> ShareNoteDialog:
        self._dialog = ShareNoteDialog(self._meeting, note_id, self.window())
        self._dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog.finished.connect(self._on_dialog_finished)
        self._dialog.open()
        return self._dialog

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Notes"))
        self.list.setAccessibleName(self.tr("Notes of this meeting"))
        self.share_button.setText(self.tr("Share…"))
        self.private_button.setText(self.tr("Make private"))
        self.delete_button.setText(self.tr("Delete"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setEnabled(self._meeting.undo_stack.canUndo())
        self._update_list()

    # -- slots ----------------------------------------------------------------------------

    def _on_share_button_clicked(self) -> None:
        note = self.selected_note()
        if note is not None:
            self.open_share_dialog(note)

    def _on_private_button_clicked(self) -> None:
        note = self.selected_note()
        if note is not None:
            self._meeting.set_note_sharing(note, False)

    def _on_delete_button_clicked(self) -> None:
        note = self.selected_note()
        if note is not None:
            self._meeting.delete_note(note)

    def _on_list_current_item_changed(self) -> None:
        self._update_buttons()

    def _on_meeting_notes_changed(self) -> None:
        self._update_list()

    def _on_dialog_finished(self) -> None:
        self._dialog = None

    # -- drawing --------------------------------------------------------------------------

    def _update_list(self) -> None:
        selected = self.selected_note()
        self.list.clear()
        meeting = self._meeting
        language = meeting.facilitator_language
        titles = meeting.theme_titles(language)
        for note in meeting.notes():
            step = ""
            if note.step_id is not None:
                try:
                    step = meeting.step_text(meeting.session.step(note.step_id), language).title
                except KeyError:
                    step = ""
            if note.shareable:
                themes = ", ".join(titles.get(t, t) for t in note.themes)
                sharing = self.tr("Shared with the host") + (f": {themes}" if themes else "")
            else:
                sharing = self.tr("Private")
            heading = " · ".join(part for part in (clock_time(note.created_at), step, sharing)
                                 if part)
            item = QListWidgetItem(f"{note.text}\n{heading}")
            item.setData(NOTE_ROLE, note.id)
            self.list.addItem(item)
            if note.id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(self.list.count() - 1)
        self._update_buttons()

    def _update_buttons(self) -> None:
        note_id = self.selected_note()
        note = None if note_id is None else self._meeting.note(note_id)
        self.share_button.setEnabled(note is not None)
        self.private_button.setEnabled(note is not None and note.shareable)
        self.delete_button.setEnabled(note is not None)
