"""The agenda: every step of the session with its planned minutes and its state."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from facilitator.sessions.run import StepState
from facilitator.ui import theme
from facilitator.ui.labels import step_kind_label
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.text import number

STEP_ROLE = Qt.ItemDataRole.UserRole

# Marks that read the same left to right and right to left.
_MARKS = {StepState.DONE: "✓", StepState.CURRENT: "●", StepState.SKIPPED: "⊘",
          StepState.TO_COME: "○"}


class AgendaView(QListWidget):
    """Activating a step (Enter, double click) jumps to it."""

    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._shown: dict[int, tuple[object, ...]] = {}
        self._current_row = -1
        self.setObjectName("agenda")
        self.setSpacing(3)
        self.setWordWrap(True)
        # The current step is drawn by its own background; the keyboard's current item
        # (Ctrl+G, then Up/Down and Enter) shows as the focus frame.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        for step in meeting.session.steps:
            item = QListWidgetItem()
            item.setData(STEP_ROLE, step.id)
            self.addItem(item)
        self.itemActivated.connect(self._on_agenda_item_activated)
        meeting.step_changed.connect(self._on_meeting_step_changed)
        self.retranslate_ui()

    def selected_step_id(self) -> str | None:
        """The step the facilitator moved to in the agenda (while it has focus)."""
        item = self.currentItem()
        return None if item is None or not self.hasFocus() else str(item.data(STEP_ROLE))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Agenda"))
        self._shown.clear()
        self._update_items()

    def _on_agenda_item_activated(self, item: QListWidgetItem) -> None:
        self._meeting.go_to(str(item.data(STEP_ROLE)))

    def _on_meeting_step_changed(self) -> None:
        self._update_items()

    def _state_word(self, state: StepState) -> str:
        return {
            StepState.DONE: self.tr("done"),
            StepState.CURRENT: self.tr("now"),
            StepState.SKIPPED: self.tr("skipped"),
            StepState.TO_COME: self.tr("to come"),
        }[state]

    def _update_items(self) -> None:
        meeting = self._meeting
        language = meeting.facilitator_language
        current_row = 0
        for row, step in enumerate(meeting.session.steps):
            state = meeting.run.step_state(step)
            if state is StepState.CURRENT:
                current_row = row
            if self._shown.get(row) == (state, language):
                continue  # only the rows whose state changed are redrawn
            self._shown[row] = (state, language)
            item = self.item(row)
            title = meeting.step_text(step, language).title
            minutes = self.tr("%Ln min", "", step.minutes)
            detail = f"{step_kind_label(step.kind)} · {minutes}"
            if step.optional:
                detail += " · " + self.tr("optional")
            item.setText(f"{_MARKS[state]}  {title}\n{detail}")
            item.setToolTip(self._state_word(state))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{number(row + 1)}. {title}, {detail}, {self._state_word(state)}")
            font = QFont(self.font())
            font.setBold(state is StepState.CURRENT)
            font.setStrikeOut(state is StepState.SKIPPED)
            item.setFont(font)
            colour = theme.TEXT if state in (StepState.CURRENT, StepState.TO_COME) else theme.MUTED
            item.setForeground(QBrush(QColor(colour)))
            item.setBackground(QBrush(QColor(theme.SELECTION)) if state is StepState.CURRENT
                               else QBrush())
        if current_row != self._current_row:
            self._current_row = current_row
            item = self.item(current_row)
            if not self.viewport().rect().contains(self.visualItemRect(item)):
                self.scrollToItem(item)
