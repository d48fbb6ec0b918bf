"""The facilitator window's layout: header with the clocks, agenda | script | side panels,
the buttons and the quick note along the bottom. Behaviour lives in window.py."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.live.agenda import AgendaView
from facilitator.ui.live.attendance import AttendancePanel
from facilitator.ui.live.concerns import SafetyPanel
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.notes import NotesPanel, QuickNote
from facilitator.ui.live.script_view import ScriptView
from facilitator.ui.live.timers import MeetingClock, StepTimer


def _button(name: str = "") -> QPushButton:
    button = QPushButton()
    button.setAutoDefault(True)
    if name:
        button.setObjectName(name)
    return button


class WindowParts:
    """Every widget of the facilitator window, laid out in `root`."""

    def __init__(self, meeting: LiveMeeting, film_controls: QWidget, root: QWidget) -> None:
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("muted")
        self.step_timer = StepTimer(meeting)
        self.meeting_clock = MeetingClock(meeting)
        self.projector_state = QLabel()
        self.projector_state.setObjectName("muted")
        self.projector_state.setWordWrap(True)
        self.projector_state.setMinimumWidth(220)
        self.save_problem = QLabel()
        self.save_problem.setObjectName("warning")
        self.save_problem.setWordWrap(True)
        self.save_problem.setVisible(False)

        self.agenda = AgendaView(meeting)
        self.agenda.setMinimumWidth(230)
        self.skip_button = _button()
        self.script = ScriptView(meeting)
        self.film_controls = film_controls
        self.next_label = QLabel()
        self.next_label.setObjectName("muted")
        self.next_label.setWordWrap(True)
        self.attendance = AttendancePanel(meeting)
        self.notes = NotesPanel(meeting)
        self.safety = SafetyPanel(meeting)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.attendance, "")
        self.tabs.addTab(self.notes, "")
        self.tabs.addTab(self.safety, "")
        self.tabs.setMinimumWidth(380)

        self.previous_button = _button()
        self.pause_button = _button()
        self.blank_button = _button()
        self.blank_button.setCheckable(True)
        self.present_button = _button()
        self.large_text_button = _button()
        self.large_text_button.setCheckable(True)
        self.wrap_up_button = _button()
        self.next_button = _button("primary")
        self.quick_note = QuickNote(meeting)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        header.addWidget(self.step_timer)
        header.addSpacing(32)
        header.addWidget(self.meeting_clock)
        header.addSpacing(32)
        header.addWidget(self.projector_state)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addWidget(self.skip_button)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(12, 0, 12, 0)
        centre_layout.addWidget(self.script, 1)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        centre_layout.addWidget(film_controls)
        centre_layout.addWidget(rule)
        centre_layout.addWidget(self.next_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setChildrenCollapsible(False)

        buttons = QHBoxLayout()
        for button in (self.previous_button, self.pause_button, self.blank_button,
                       self.present_button, self.large_text_button, self.wrap_up_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)

        layout = QVBoxLayout(root)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.addLayout(header)
        layout.addWidget(self.save_problem)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.quick_note)
        layout.addWidget(self.keys_hint)
