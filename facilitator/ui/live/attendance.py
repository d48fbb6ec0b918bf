"""Attendance: the course's codes as large toggles (click or Enter moves a code on:
not marked → present → late → excused → absent), a menu for a direct choice, a code added
on the spot, and undo. Every tick is written to the store at once."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.vocabulary import Attendance
from facilitator.ui import theme
from facilitator.ui.labels import attendance_label
from facilitator.ui.live.meeting import ATTENDANCE_CYCLE, LiveMeeting

COLUMNS = 3
# Background and text per mark; the word is always shown too (never colour alone).
STYLES = {
    Attendance.NOT_MARKED: (theme.RAISED, theme.TEXT, "2px dashed #6b7b83"),
    Attendance.PRESENT: (theme.ACCENT, theme.ACCENT_TEXT, f"2px solid {theme.ACCENT}"),
    Attendance.LATE: ("#e8c76a", "#1b2226", "2px solid #e8c76a"),
    Attendance.EXCUSED: (theme.SELECTION, theme.TEXT, f"2px solid {theme.SELECTION}"),
    Attendance.ABSENT: ("#3a4247", theme.MUTED, "2px solid #3a4247"),
}


class AttendancePanel(QWidget):
    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._buttons: dict[uuid.UUID, QPushButton] = {}
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(8)
        self._grid.setAlignment(Qt.AlignmentFlag.AlignTop)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self._grid_host)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.new_code = QLineEdit()
        self.new_code.setMaxLength(7)
        self.add_button = QPushButton()
        self.add_button.setAutoDefault(True)
        self.undo_button = QPushButton()
        self.undo_button.setAutoDefault(True)
        self.message = QLabel()
        self.message.setObjectName("warning")
        self.message.setWordWrap(True)

        add_row = QHBoxLayout()
        add_row.addWidget(self.new_code, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)
        layout.addLayout(add_row)
        layout.addWidget(self.message)
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeading)

        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.new_code.returnPressed.connect(self._on_add_button_clicked)
        self.undo_button.clicked.connect(meeting.undo_stack.undo)
        meeting.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_button.setEnabled(meeting.undo_stack.canUndo())
        meeting.attendance_changed.connect(self._on_meeting_attendance_changed)
        meeting.participants_changed.connect(self._on_meeting_participants_changed)
        self._build_buttons()
        self.retranslate_ui()

    def button(self, code: str) -> QPushButton:
        for participant in self._meeting.participants:
            if participant.code == code:
                return self._buttons[participant.id]
        raise KeyError(code)

    def focus_first(self) -> None:
        """Focus the first code not yet marked (or the first code)."""
        waiting = self._meeting.not_marked() or list(self._meeting.participants)
        if waiting:
            self._buttons[waiting[0].id].setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.new_code.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Attendance"))
        self.hint.setText(self.tr("Click a code (or press Enter on it) to move it on: present, "
                                  "late, excused, absent. Right-click to choose."))
        self.new_code.setPlaceholderText(self.tr("New code, e.g. P09"))
        self.new_code.setAccessibleName(self.tr("New participant code"))
        self.add_button.setText(self.tr("Add code"))
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Undo the last tick, skip or deletion (Ctrl+Z)"))
        self._update_buttons()

    # -- slots ----------------------------------------------------------------------------

    def _on_add_button_clicked(self) -> None:
        code = self.new_code.text().strip().upper()
        if code and self._meeting.has_code(code):
            self.message.setText(self.tr("The code %1 is already in this course.")
                                 .replace("%1", code))
            return
        if code and not _looks_like_code(code):
            self.message.setText(self.tr("A code is up to three letters and a number, like "
                                         "P09; never a name."))
            return
        self.message.setText("")
        self.new_code.clear()
        self._meeting.add_participant(code or None)

    def _on_meeting_attendance_changed(self) -> None:
        self._update_buttons()

    def _on_meeting_participants_changed(self) -> None:
        self._build_buttons()
        self._update_buttons()

    def _on_code_clicked(self, participant_id: uuid.UUID) -> None:
        self._meeting.cycle(participant_id)

    def _on_code_menu_requested(self, participant_id: uuid.UUID, where: QPoint) -> None:
        menu = QMenu(self)
        for value in ATTENDANCE_CYCLE[1:]:
            action = menu.addAction(attendance_label(value))
            action.triggered.connect(
                lambda _=False, v=value: self._meeting.mark(participant_id, v))
        menu.popup(self._buttons[participant_id].mapToGlobal(where))

    # -- drawing --------------------------------------------------------------------------

    def _build_buttons(self) -> None:
        for participant in self._meeting.participants:
            if participant.id in self._buttons:
                continue
            button = QPushButton()
            button.setAutoDefault(True)  # Enter on a focused code moves it on
            button.setMinimumSize(96, 60)
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            pid = participant.id
            button.clicked.connect(lambda _=False, p=pid: self._on_code_clicked(p))
            button.customContextMenuRequested.connect(
                lambda where, p=pid: self._on_code_menu_requested(p, where))
            self._buttons[pid] = button
        ordered = [self._buttons[p.id] for p in self._meeting.participants]
        for index, button in enumerate(ordered):
            self._grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        chain = [*ordered, self.new_code, self.add_button, self.undo_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _update_buttons(self) -> None:
        meeting = self._meeting
        for participant in meeting.participants:
            button = self._buttons.get(participant.id)
            if button is None:
                continue
            value = meeting.attendance(participant.id)
            background, text, border = STYLES[value]
            button.setText(f"{participant.code}\n{attendance_label(value)}")
            button.setAccessibleName(f"{participant.code}: {attendance_label(value)}")
            button.setStyleSheet(
                f"QPushButton {{ background: {background}; color: {text}; border: {border};"
                " font-size: 12pt; font-weight: 600; border-radius: 8px; padding: 4px; }"
                f"QPushButton:focus {{ border: 3px solid {theme.FOCUS}; }}")
        total = len(meeting.participants)
        waiting = len(meeting.not_marked())
        summary = " · ".join((self.tr("Here: %Ln", "", meeting.attended()),
                              self.tr("Not marked: %Ln", "", waiting),
                              self.tr("Codes: %Ln", "", total)))
        self.summary.setText(summary)


def _looks_like_code(code: str) -> bool:
    letters = code.rstrip("0123456789")
    digits = code[len(letters):]
    plain_letters = letters == "" or (letters.isascii() and letters.isalpha())
    return len(letters) <= 3 and plain_letters and 1 <= len(digits) <= 4
