"""Settings: languages, projector screen, text size, films, where the records are, privacy,
and (in settings_security.py) the passphrase and backups.

Each change is saved at once. Settings of the records (interface and report language,
projector screen, retention, minimum cell size) go to the store; preferences of this
computer (text size, player, another store file) to `Preferences`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.i18n import INTERFACE_LANGUAGES
from facilitator.ui.labels import language_name
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records
from facilitator.ui.settings_security import SecuritySection
from facilitator.ui.store_errors import show_error


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    large_text_changed = Signal(bool)

    def __init__(self, records: Records, preferences: Preferences, language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._preferences = preferences
        self._drawing = False

        self.interface_language = QComboBox()
        self.report_language = QComboBox()
        for combo in (self.interface_language, self.report_language):
            for code in INTERFACE_LANGUAGES:
                combo.addItem(language_name(code), code)
        self.interface_language.setCurrentIndex(max(0, self.interface_language.findData(
            language)))
        self.projector = QComboBox()
        self.large_text = QCheckBox()
        self.large_text.setChecked(preferences.large_text)
        self.player = QComboBox()
        for code in ("auto", "vlc", "qt"):
            self.player.addItem("", code)
        self.player.setCurrentIndex(max(0, self.player.findData(preferences.player_backend)))
        self.location = QLabel()
        self.location.setWordWrap(True)
        self.location.setObjectName("muted")
        self.change_location = QPushButton()
        self.location_note = QLabel()
        self.location_note.setObjectName("hint")
        self.location_note.setWordWrap(True)
        self.retention = QSpinBox()
        self.retention.setRange(1, 120)
        self.minimum_cell = QSpinBox()
        self.minimum_cell.setRange(3, 50)
        self.security = SecuritySection(records)

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._groups = [QGroupBox() for _ in range(4)]
        self._labels = [QLabel() for _ in range(7)]
        location_row = QVBoxLayout()
        location_row.addWidget(self.location)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_location)
        buttons.addStretch(1)
        location_row.addLayout(buttons)
        location_row.addWidget(self.location_note)
        rows: list[list[tuple[QLabel | None, QWidget | QVBoxLayout]]] = [
            [(self._labels[0], self.interface_language), (self._labels[1], self.report_language)],
            [(self._labels[2], self.projector), (None, self.large_text),
             (self._labels[3], self.player)],
            [(self._labels[4], location_row)],
            [(self._labels[5], self.retention), (self._labels[6], self.minimum_cell)],
        ]
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(32, 24, 32, 24)
        body_layout.addWidget(self._title)
        for group, group_rows in zip(self._groups, rows, strict=True):
            form = QFormLayout(group)
            for label, field in group_rows:
                if label is None:
                    form.addRow(field)
                    continue
                form.addRow(label, field)
                label.setBuddy(field if isinstance(field, QWidget) else self.change_location)
            body_layout.addWidget(group)
        body_layout.addWidget(self.security)
        body_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

        self.interface_language.currentIndexChanged.connect(self._on_interface_language_changed)
        self.report_language.currentIndexChanged.connect(self._on_report_language_changed)
        self.projector.currentIndexChanged.connect(self._on_projector_changed)
        self.large_text.toggled.connect(self._on_large_text_toggled)
        self.player.currentIndexChanged.connect(self._on_player_changed)
        self.change_location.clicked.connect(self._on_change_location_clicked)
        self.retention.editingFinished.connect(self._on_retention_editing_finished)
        self.minimum_cell.editingFinished.connect(self._on_minimum_cell_editing_finished)
        records.changed.connect(self._on_records_changed)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.screenAdded.connect(self._on_screens_changed)
            application.screenRemoved.connect(self._on_screens_changed)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Settings"))
        for group, text in zip(self._groups, (self.tr("Languages"),
                                              self.tr("Screens, text and films"),
                                              self.tr("Where your records are kept"),
                                              self.tr("Privacy")), strict=True):
            group.setTitle(text)
        for label, text in zip(self._labels, (
                self.tr("&Interface language:"), self.tr("&Reports and exports in:"),
                self.tr("&Projector screen:"), self.tr("Film &player:"), self.tr("Records:"),
                self.tr("Delete notes &older than (months):"),
                self.tr("&Smallest group shown in reports:")), strict=True):
            label.setText(text)
        self.large_text.setText(self.tr("&Large text in the facilitator view"))
        for index, text in enumerate((self.tr("Automatic (VLC when installed)"),
                                      self.tr("VLC"), self.tr("Qt's built-in player"))):
            self.player.setItemText(index, text)
        self.change_location.setText(self.tr("Use another &file…"))
        self.minimum_cell.setToolTip(self.tr(
            "Numbers below this are shown as “fewer than N” in reports, so that no one can "
            "be recognised. Never below 3."))
        self._update_projector()
        self._update_from_records()

    # -- slots ----------------------------------------------------------------------------

    def _on_records_changed(self) -> None:
        self._update_from_records()

    def _on_screens_changed(self, *_: object) -> None:
        self._update_projector()

    def _save(self, key: str, value: Any) -> None:
        if self._drawing:
            return
        self._records.call(lambda store: store.set_setting(key, value),
                           on_failed=lambda error: show_error(self, error))

    def _on_interface_language_changed(self, _: int) -> None:
        if self._drawing:
            return
        code = str(self.interface_language.currentData())
        self._save("interface.language", code)
        self.language_chosen.emit(code)

    def _on_report_language_changed(self, _: int) -> None:
        self._save("export.language", str(self.report_language.currentData()))

    def _on_projector_changed(self, _: int) -> None:
        self._save("projector.screen", self.projector.currentData())

    def _on_large_text_toggled(self, checked: bool) -> None:
        self._preferences.large_text = checked
        self.large_text_changed.emit(checked)

    def _on_player_changed(self, _: int) -> None:
        self._preferences.player_backend = str(self.player.currentData())

    def _on_retention_editing_finished(self) -> None:
        self._save("retention.notes_months", self.retention.value())

    def _on_minimum_cell_editing_finished(self) -> None:
        self._save("privacy.minimum_cell", max(3, self.minimum_cell.value()))

    def _on_change_location_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Keep the records in this file"), self._records.snapshot.location,
            self.tr("Records (*.db)"), options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self._preferences.store_location = path
            self._update_location()

    # -- drawing --------------------------------------------------------------------------

    def _update_projector(self) -> None:
        self._drawing = True
        chosen = self._records.setting("projector.screen")
        self.projector.clear()
        self.projector.addItem(self.tr("Automatic (the second screen)"), None)
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.projector.addItem(f"{screen.name()} ({size.width()}×{size.height()})",
                                   screen.name())
        index = self.projector.findData(chosen)
        if chosen is not None and index < 0:
            self.projector.addItem(self.tr("%1 (not connected)").replace("%1", str(chosen)),
                                   chosen)
            index = self.projector.count() - 1
        self.projector.setCurrentIndex(max(0, index))
        self._drawing = False

    def _update_from_records(self) -> None:
        self._drawing = True
        settings = self._records.snapshot.settings
        if settings:
            self.report_language.setCurrentIndex(max(0, self.report_language.findData(
                settings.get("export.language"))))
            self.retention.setValue(int(settings.get("retention.notes_months", 24)))
            self.minimum_cell.setValue(int(settings.get("privacy.minimum_cell", 5)))
        self._drawing = False
        self._update_location()
        self._update_projector()

    def _update_location(self) -> None:
        self.location.setText(self._records.snapshot.location or self.tr("Not open"))
        pending = self._preferences.store_location
        self.location_note.setText(
            self.tr("From the next start the records will be kept in %1. Restart the program "
                    "for the change to take effect.").replace("%1", pending)
            if pending and pending != self._records.snapshot.location else
            self.tr("Changing where the records are kept takes effect when the program is "
                    "started again."))

    def show_language(self, code: str) -> None:
        """Reflect a language chosen elsewhere (start-up, the system) without saving it."""
        self._drawing = True
        self.interface_language.setCurrentIndex(max(0, self.interface_language.findData(code)))
        self._drawing = False
