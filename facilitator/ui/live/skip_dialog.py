"""Skipping a step: a reason is asked unless the step is optional (DESIGN 4)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.run import StepState
from facilitator.ui.live.meeting import LiveMeeting


class SkipStepDialog(QDialog):
    def __init__(self, meeting: LiveMeeting, step_id: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.step = QComboBox()
        language = meeting.facilitator_language
        for step in meeting.session.steps:
            state = meeting.run.step_state(step)
            if state in (StepState.CURRENT, StepState.TO_COME):
                self.step.addItem(meeting.step_text(step, language).title, step.id)
        index = self.step.findData(step_id or meeting.current.id)
        self.step.setCurrentIndex(max(0, index))
        self.reason_label = QLabel()
        self.reason = QLineEdit()
        self.quick: list[QPushButton] = [QPushButton() for _ in range(3)]
        quick_row = QHBoxLayout()
        for button in self.quick:
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, b=button: self.reason.setText(b.text()))
            quick_row.addWidget(button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.skip_button = QPushButton()
        self.buttons.addButton(self.skip_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.explanation)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.reason)
        layout.addLayout(quick_row)
        layout.addWidget(self.buttons)
        self.resize(560, 260)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.step.currentIndexChanged.connect(self._on_step_current_index_changed)
        self.skip_button.setDefault(True)  # after the button joined the dialog
        self.retranslate_ui()
        chosen = self.chosen_step()
        if chosen is not None and meeting.needs_reason(chosen):
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.skip_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_step(self) -> str | None:
        value = self.step.currentData()
        return None if value is None else str(value)

    def accept(self) -> None:
        step = self.chosen_step()
        if step is None:
            return
        if self._meeting.needs_reason(step) and not self.reason.text().strip():
            return
        self._meeting.skip(step, self.reason.text())
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Skip a step"))
        self.step.setAccessibleName(self.tr("Step to skip"))
        self.reason_label.setText(self.tr("Why is it left out? (for the meeting's record)"))
        self.reason.setAccessibleName(self.tr("Reason"))
        for button, text in zip(self.quick, (self.tr("Not enough time"),
                                             self.tr("The group needed something else"),
                                             self.tr("Room or equipment")), strict=True):
            button.setText(text)
        self.skip_button.setText(self.tr("Skip step"))
        self._update_state()

    def _on_reason_text_changed(self) -> None:
        self._update_state()

    def _on_step_current_index_changed(self) -> None:
        self._update_state()

    def _update_state(self) -> None:
        step = self.chosen_step()
        needs = step is not None and self._meeting.needs_reason(step)
        if step is None:
            self.explanation.setText(self.tr("Every step is done or already skipped."))
        elif needs:
            self.explanation.setText(self.tr("This step is part of the manual; leaving it out "
                                             "is recorded as a deviation with its reason."))
        else:
            self.explanation.setText(self.tr("This step is optional; leaving it out is not a "
                                             "deviation."))
        for widget in (self.reason_label, self.reason, *self.quick):
            widget.setVisible(needs)
        self.skip_button.setEnabled(step is not None
                                    and (not needs or bool(self.reason.text().strip())))
