"""The offer, at start-up, to resume a meeting that was never finished (a crash or a power
cut): where it stopped, and that everything recorded so far is kept."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from facilitator.ui.live.text import clock_time


class ResumeOfferDialog(QDialog):
    """Accepted = resume; rejected = not now (the offer comes again at the next start)."""

    def __init__(self, meeting_name: str, step_title: str, started_at: datetime,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting_name = meeting_name
        self._step_title = step_title
        self._started_at = started_at
        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("primary")
        self.later_button = QPushButton()
        self.buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        self.resize(600, 240)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resume_button.setDefault(True)  # after the button joined the dialog
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Resume the meeting?"))
        self.heading.setText(self.tr("A meeting was not finished: %1").replace(
            "%1", self._meeting_name))
        started = clock_time(self._started_at)
        body = self.tr("It started at %1 and stopped at the step “%2”. Everything recorded so "
                       "far is kept: attendance, notes and the time of each step. The time the "
                       "program was not running does not count.")
        self.body.setText(body.replace("%1", started).replace("%2", self._step_title))
        self.resume_button.setText(self.tr("Resume the meeting"))
        self.later_button.setText(self.tr("Not now"))
