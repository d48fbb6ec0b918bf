"""Choosing what to rehearse: any session of any installed programme, in any of its
languages, with that session's earlier rehearsals shown below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.sessions.programme import Programme
from facilitator.ui import formatting
from facilitator.ui.readiness.wording import language
from facilitator.ui.rehearsal.history import RehearsalHistory
from facilitator.ui.rehearsal.history_table import HistoryTable

if TYPE_CHECKING:
    from facilitator.ui.records_model import Records


class RehearsalPicker(QDialog):
    """`rehearse_requested(programme, session number, language)`."""

    rehearse_requested = Signal(object, int, str)

    def __init__(self, records: Records, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._history: RehearsalHistory | None = None
        self.programme = QComboBox()
        self.session = QComboBox()
        self.language = QComboBox()
        self._about = QLabel()
        self._about.setObjectName("muted")
        self._about.setWordWrap(True)
        self._explain = QLabel()
        self._explain.setObjectName("hint")
        self._explain.setWordWrap(True)
        self._history_title = QLabel()
        self._history_title.setObjectName("sectionTitle")
        self.history = HistoryTable()
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.start_button.setDefault(True)
        self.close_button = QPushButton()

        self._form = QFormLayout()
        self._labels = [QLabel() for _ in range(3)]
        for label, field in zip(self._labels, (self.programme, self.session, self.language),
                                strict=True):
            label.setBuddy(field)
            self._form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self._explain)
        layout.addLayout(self._form)
        layout.addWidget(self._about)
        layout.addWidget(self._history_title)
        layout.addWidget(self.history, 1)
        layout.addLayout(buttons)
        self.resize(860, 600)

        library = records.library
        for entry in library.entries if library else ():
            self.programme.addItem("", entry.programme)
        self.programme.currentIndexChanged.connect(self._on_programme_current_index_changed)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.session.currentIndexChanged.connect(self._on_session_current_index_changed)
        self.start_button.clicked.connect(self._on_start_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self.retranslate_ui()
        self._on_programme_current_index_changed()

    # -- what is chosen -------------------------------------------------------------------

    def chosen_programme(self) -> Programme | None:
        value = self.programme.currentData()
        return value if isinstance(value, Programme) else None

    def choose(self, programme_id: str, session_number: int, language_code: str) -> None:
        for index in range(self.programme.count()):
            programme = self.programme.itemData(index)
            if isinstance(programme, Programme) and programme.id == programme_id:
                self.programme.setCurrentIndex(index)
                break
        self.language.setCurrentIndex(max(0, self.language.findData(language_code)))
        self.session.setCurrentIndex(max(0, self.session.findData(session_number)))

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Rehearse a session"))
        self._explain.setText(self.tr(
            "A rehearsal uses the same screens as a meeting. Nothing about people is "
            "recorded; only the time of each step is kept, to compare with the manual. "
            "Rehearsals are never counted in any statistic."))
        for label, text in zip(self._labels, (self.tr("&Programme:"), self.tr("&Session:"),
                                              self.tr("&Language:")), strict=True):
            label.setText(text)
        self._history_title.setText(self.tr("Earlier rehearsals of this session"))
        self.start_button.setText(self.tr("Start rehearsal"))
        self.close_button.setText(self.tr("Close"))
        ui = formatting.interface_language()
        for index in range(self.programme.count()):
            programme = self.programme.itemData(index)
            if isinstance(programme, Programme):
                self.programme.setItemText(index, self.tr("%1 (version %2)")
                                           .replace("%1", programme.title(ui))
                                           .replace("%2", programme.version))
        self._update_sessions()
        self._update_about()

    # -- slots ----------------------------------------------------------------------------

    def _on_programme_current_index_changed(self, _index: int = 0) -> None:
        programme = self.chosen_programme()
        self.language.blockSignals(True)
        self.language.clear()
        if programme is not None:
            ui = formatting.interface_language()
            for code in programme.languages:
                self.language.addItem(language(code), code)
            preferred = ui if ui in programme.languages else programme.source_language
            self.language.setCurrentIndex(max(0, self.language.findData(preferred)))
        self.language.blockSignals(False)
        self.session.blockSignals(True)
        self.session.clear()
        for session in programme.sessions if programme else ():
            self.session.addItem("", session.number)
        self.session.blockSignals(False)
        self._update_sessions()
        self._on_session_current_index_changed()

    def _on_language_current_index_changed(self, _index: int) -> None:
        self._update_sessions()
        self._update_about()

    def _on_session_current_index_changed(self, _index: int = 0) -> None:
        self._update_about()
        programme = self.chosen_programme()
        number = self.session.currentData()
        if programme is None or not isinstance(number, int):
            self.history.show_rows([])
            return
        if self._history is None:
            self._history = RehearsalHistory(self._records, programme, number, self)
            self._history.changed.connect(self._on_history_changed)
        self._history.show_session(programme, number)

    def _on_history_changed(self) -> None:
        if self._history is not None:
            self.history.show_rows(self._history.rows)

    def _on_start_button_clicked(self) -> None:
        programme = self.chosen_programme()
        number = self.session.currentData()
        code = self.language.currentData()
        if programme is None or not isinstance(number, int) or not isinstance(code, str):
            return
        self.accept()
        self.rehearse_requested.emit(programme, number, code)

    # -- drawing --------------------------------------------------------------------------

    def _update_sessions(self) -> None:
        programme = self.chosen_programme()
        code = self.language.currentData()
        if programme is None:
            return
        text_language = code if isinstance(code, str) else programme.source_language
        for index in range(self.session.count()):
            session = programme.session(int(self.session.itemData(index)))
            self.session.setItemText(index, formatting.meeting_label(
                session.number, programme.session_title(session.id, text_language)))

    def _update_about(self) -> None:
        programme = self.chosen_programme()
        number = self.session.currentData()
        self.start_button.setEnabled(programme is not None and isinstance(number, int))
        if programme is None or not isinstance(number, int):
            self._about.setText(self.tr("No programme is installed."))
            return
        session = programme.session(number)
        films = sum(1 for step in session.steps if step.film)
        self._about.setText(self.tr("%1 minutes planned · %2 steps · %3 films")
                            .replace("%1", formatting.number(session.duration))
                            .replace("%2", formatting.number(len(session.steps)))
                            .replace("%3", formatting.number(films)))
