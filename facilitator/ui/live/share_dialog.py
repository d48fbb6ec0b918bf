"""Sharing a note with the host: theme tags from the programme's list, and a warning when
the text may hold a personal identifier (DESIGN 8) before it is marked shareable."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.export.identifiers import Finding, IdentifierKind, find_identifiers
from facilitator.ui.formatting import interface_language
from facilitator.ui.live.meeting import LiveMeeting

THEME_COLUMNS = 2


class ShareNoteDialog(QDialog):
    """Opened with `open()`; on accept the note is shared (and its text saved if edited)."""

    def __init__(self, meeting: LiveMeeting, note_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting = meeting
        self._note_id = note_id
        note = meeting.note(note_id)
        language = interface_language()
        if language not in meeting.programme.texts:
            language = meeting.facilitator_language
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.text = QPlainTextEdit(note.text)
        self.text.setTabChangesFocus(True)
        self.warning = QLabel()
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.themes_label = QLabel()
        self.themes_label.setObjectName("sectionTitle")
        self.themes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        for index, (theme_id, title) in enumerate(meeting.theme_titles(language).items()):
            box = QCheckBox(title)
            box.setChecked(theme_id in note.themes)
            self.themes[theme_id] = box
            grid.addWidget(box, index // THEME_COLUMNS, index % THEME_COLUMNS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = QPushButton()
        self.buttons.addButton(self.share_button, QDialogButtonBox.ButtonRole.AcceptRole)

        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.themes_label)
        layout.addLayout(grid)
        layout.addWidget(self.buttons)
        self.resize(640, 520)

        self.text.textChanged.connect(self._on_text_text_changed)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.share_button.setDefault(True)  # after the button joined the dialog
        self.retranslate_ui()

    def findings(self) -> tuple[Finding, ...]:
        return find_identifiers(self.text.toPlainText())

    def accept(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            return
        chosen = [theme_id for theme_id, box in self.themes.items() if box.isChecked()]
        self._meeting.set_note_sharing(self._note_id, True, chosen, text=text)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Share a note with the host"))
        self.explanation.setText(self.tr(
            "A shared note goes to the host in the meeting summary. Write it so that nobody "
            "can be recognised: no names, numbers or addresses."))
        self.text.setAccessibleName(self.tr("Note text"))
        self.themes_label.setText(self.tr("Themes"))
        self._update_warning()

    def _on_text_text_changed(self) -> None:
        self._update_warning()

    def _kind(self, kind: IdentifierKind) -> str:
        return {
            IdentifierKind.CPR: self.tr("a CPR number"),
            IdentifierKind.PHONE: self.tr("a phone number"),
            IdentifierKind.EMAIL: self.tr("an e-mail address"),
            IdentifierKind.NAME: self.tr("a first name"),
        }[kind]

    def _update_warning(self) -> None:
        findings = self.findings()
        if findings:
            listed = "; ".join(f"“{f.text}” ({self._kind(f.kind)})" for f in findings)
            self.warning.setText(self.tr("This note may identify someone: %1. Change it before "
                                         "sharing, or share anyway if it is not about a "
                                         "person.").replace("%1", listed))
            self.share_button.setText(self.tr("Share anyway"))
        else:
            self.warning.setText("")
            self.share_button.setText(self.tr("Share with the host"))
        self.warning.setVisible(bool(findings))
        self.warning.setAlignment(Qt.AlignmentFlag.AlignLeading)
