"""The step timer (elapsed against planned, a gentle colour near and past the plan, never a
sound) and the meeting clock (ahead or behind the plan, the projected finishing time)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitator.sessions.run import Timing
from facilitator.ui import theme
from facilitator.ui.live.meeting import LiveMeeting
from facilitator.ui.live.text import clock_time, minutes_seconds

NEAR_END = "#e8c76a"  # a soft amber
OVER = "#f0a48e"  # a soft coral, never alarming red
TIMING_COLOURS = {Timing.ON_TIME: theme.TEXT, Timing.NEAR_END: NEAR_END, Timing.OVER: OVER}
def steady(label: QLabel, width: int) -> None:
    """A reading whose width does not follow its text: it neither jiggles each second
    nor makes the whole window lay itself out again."""
    label.setMinimumWidth(width)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)


# Behind the plan by less than this counts as "on plan" (seconds).
ON_PLAN_SLACK = 60


class StepTimer(QWidget):
    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.reading = QLabel()
        self.reading.setObjectName("timerReading")
        self.reading.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        steady(self.reading, 260)
        self.timing = Timing.ON_TIME
        # One style sheet, parsed once; the timing only switches a property.
        self.reading.setStyleSheet(
            "QLabel { font-size: 22pt; font-weight: 600; "
            f"color: {TIMING_COLOURS[Timing.ON_TIME]}; }}"
            f'QLabel[timing="near-end"] {{ color: {NEAR_END}; }}'
            f'QLabel[timing="over"] {{ color: {OVER}; }}')
        self.reading.setProperty("timing", Timing.ON_TIME.value)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.reading)
        meeting.ticked.connect(self._on_meeting_ticked)
        meeting.step_changed.connect(self._on_meeting_ticked)
        meeting.run_state_changed.connect(self._on_meeting_ticked)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.caption.setText(self.tr("This step"))
        self._update_reading()

    def _on_meeting_ticked(self) -> None:
        self._update_reading()

    def _update_reading(self) -> None:
        run = self._meeting.run
        step = self._meeting.current
        elapsed = run.step_elapsed(step.id)
        planned = step.minutes * 60
        self.reading.setText(self.tr("%1 of %2").replace("%1", minutes_seconds(elapsed))
                             .replace("%2", minutes_seconds(planned)))
        timing = run.timing() if self._meeting.is_active else Timing.ON_TIME
        if timing is not self.timing:
            self.timing = timing
            self.reading.setProperty("timing", timing.value)
            self.reading.style().unpolish(self.reading)
            self.reading.style().polish(self.reading)
        states = {Timing.ON_TIME: self.tr("on time"), Timing.NEAR_END: self.tr("nearly at the planned time"),
                  Timing.OVER: self.tr("over the planned time")}
        self.reading.setAccessibleName(self.tr("Step time") + ", " + states[timing])
        self.reading.setToolTip(states[timing])


class MeetingClock(QWidget):
    def __init__(self, meeting: LiveMeeting, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.pace = QLabel()
        self.pace.setObjectName("paceReading")
        self.pace.setStyleSheet("font-size: 15pt; font-weight: 600;")
        steady(self.pace, 300)
        self.finish = QLabel()
        self.finish.setObjectName("muted")
        steady(self.finish, 300)
        self.paused = QLabel()
        self.paused.setObjectName("pausedBadge")
        self.paused.setStyleSheet(
            f"background: {NEAR_END}; color: #1b2226; font-size: 15pt; font-weight: 700;"
            " padding: 4px 14px; border-radius: 6px;")
        self.paused.setVisible(False)
        text = QVBoxLayout()
        text.setSpacing(0)
        text.addWidget(self.pace)
        text.addWidget(self.finish)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.paused)
        layout.addLayout(text)
        meeting.ticked.connect(self._on_meeting_ticked)
        meeting.step_changed.connect(self._on_meeting_ticked)
        meeting.run_state_changed.connect(self._on_meeting_ticked)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.paused.setText(self.tr("Paused"))
        self._update_clock()

    def _on_meeting_ticked(self) -> None:
        self._update_clock()

    def _update_clock(self) -> None:
        meeting = self._meeting
        self.paused.setVisible(meeting.is_paused)
        if meeting.is_finished:
            self.pace.setText(self.tr("The meeting has finished"))
            self.finish.setText("")
            return
        pace = meeting.run.pace()
        minutes = round(abs(pace.behind) / 60)
        if abs(pace.behind) < ON_PLAN_SLACK or minutes == 0:
            text = self.tr("On plan")
        elif pace.behind > 0:
            text = self.tr("%Ln min behind the plan", "", minutes)
        else:
            text = self.tr("%Ln min ahead of the plan", "", minutes)
        self.pace.setText(text)
        self.finish.setText(self.tr("Ends about %1").replace(
            "%1", clock_time(meeting.projected_end())))
