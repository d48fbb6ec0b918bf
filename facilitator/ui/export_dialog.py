"""Exporting a meeting's summary or a course report: format, language, where, then the file.

The summary is built and checked for personal identifiers off the GUI thread; anything
found is listed before the file is written (the facilitator may change the notes first).
Writing runs off the GUI thread too, with a busy indicator; the result opens in the
system's reader.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.i18n import INTERFACE_LANGUAGES

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.sessions.library import Library
    from facilitator.ui.records_model import Records


class ExportKind(enum.Enum):
    MEETING = "meeting"
    COURSE = "course"


EXTENSIONS = {"pdf": "pdf", "bundle": "zip", "csv": "csv"}


def _summarise(store: Store, kind: ExportKind, target: uuid.UUID, language: str | None,
               library: Library | None) -> tuple[Any, tuple[Any, ...]]:
    from facilitator.export.exporting import (
        course_summary,
        identifier_warnings,
        library_lookup,
        meeting_summary,
    )

    build = meeting_summary if kind is ExportKind.MEETING else course_summary
    summary = build(store, target, language, library_lookup(library))
    return summary, identifier_warnings(summary)


def _write(store: Store, summary: Any, format_name: str, out: Path, minimum: int,
           library: Library | None) -> Any:
    from facilitator.export.exporting import (
        ExportFormat,
        export_summary,
        ledger_for,
        library_lookup,
    )

    return export_summary(summary, ExportFormat(format_name), out, ledger=ledger_for(store),
                          lookup=library_lookup(library), minimum=minimum)


class ExportDialog(QDialog):
    def __init__(self, records: Records, kind: ExportKind, target: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._records = records
        self._kind = kind
        self._target = target
        self._result_path: Path | None = None

        self._format = QComboBox()
        self._language = QComboBox()
        self._folder = QLineEdit()
        self._browse = QPushButton()
        self._progress = QProgressBar()
        self._progress.setRange(0, 0)
        self._progress.setVisible(False)
        self._status = QLabel()
        self._status.setWordWrap(True)
        self._buttons = QDialogButtonBox()
        self._export = self._buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self._open = self._buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self._open.setVisible(False)
        self._close = self._buttons.addButton(QDialogButtonBox.StandardButton.Close)

        self._format_label = QLabel()
        self._format_label.setBuddy(self._format)
        self._language_label = QLabel()
        self._language_label.setBuddy(self._language)
        self._folder_label = QLabel()
        self._folder_label.setBuddy(self._folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self._folder, 1)
        folder_row.addWidget(self._browse)
        form = QFormLayout()
        form.addRow(self._format_label, self._format)
        form.addRow(self._language_label, self._language)
        form.addRow(self._folder_label, folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._progress)
        layout.addWidget(self._status)
        layout.addWidget(self._buttons)

        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        self._folder.setText(documents if documents and Path(documents).is_dir()
                             else str(Path.home()))
        self._export.clicked.connect(self._on_export_clicked)
        self._open.clicked.connect(self._on_open_clicked)
        self._close.clicked.connect(self.reject)
        self._browse.clicked.connect(self._on_browse_clicked)
        self.setMinimumWidth(520)
        self.retranslate_ui()

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        meeting = self._kind is ExportKind.MEETING
        self.setWindowTitle(self.tr("Export the session summary") if meeting
                            else self.tr("Export the course report"))
        self._format_label.setText(self.tr("&Format:"))
        self._language_label.setText(self.tr("&Language:"))
        self._folder_label.setText(self.tr("Save &in:"))
        self._browse.setText(self.tr("Choose…"))
        self._export.setText(self.tr("&Export"))
        self._open.setText(self.tr("&Open"))
        format_index = max(0, self._format.currentIndex())
        self._format.clear()
        self._format.addItem(self.tr("PDF for the host"), "pdf")
        self._format.addItem(self.tr("Data bundle for the coordinator"), "bundle")
        self._format.addItem(self.tr("CSV for a spreadsheet"), "csv")
        self._format.setCurrentIndex(format_index)
        language_index = max(0, self._language.currentIndex())
        self._language.clear()
        self._language.addItem(self.tr("The host's language"), None)
        for code, name in INTERFACE_LANGUAGES.items():
            self._language.addItem(name, code)
        self._language.setCurrentIndex(language_index)

    # -- slots ----------------------------------------------------------------------------

    def _on_browse_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save in"), self._folder.text())
        if folder:
            self._folder.setText(folder)

    def _on_export_clicked(self) -> None:
        folder = Path(self._folder.text()).expanduser()
        if not folder.is_dir():
            self._status.setText(self.tr("The folder %1 does not exist.").replace(
                "%1", str(folder)))
            return
        self._busy(True, self.tr("Preparing the summary…"))
        kind, target, language = self._kind, self._target, self._language.currentData()
        library = self._records.library
        self._records.call(lambda store: _summarise(store, kind, target, language, library),
                           self._on_summarised, self._on_failed, refresh=False)

    def _on_summarised(self, built: tuple[Any, tuple[Any, ...]]) -> None:
        summary, warnings = built
        if warnings and not self._confirm_identifiers(warnings):
            self._busy(False, self.tr("Not exported. Change the shared notes, then export "
                                      "again."))
            return
        format_name = str(self._format.currentData())
        name = f"{self._kind.value}-{date.today().isoformat()}-{str(self._target)[:8]}"
        out = Path(self._folder.text()).expanduser() / f"{name}.{EXTENSIONS[format_name]}"
        minimum = int(self._records.setting("privacy.minimum_cell", 5) or 5)
        self._busy(True, self.tr("Writing %1…").replace("%1", out.name))
        library = self._records.library
        self._records.call(lambda store: _write(store, summary, format_name, out, minimum,
                                                library),
                           self._on_written, self._on_failed, refresh=False)

    def _on_written(self, result: Any) -> None:
        self._result_path = Path(result.path)
        self._busy(False, self.tr("Saved as %1 (revision %2).").replace(
            "%1", str(self._result_path)).replace("%2", str(result.revision)))
        self._open.setVisible(True)

    def _on_failed(self, error: BaseException) -> None:
        self._busy(False, self.tr("The export failed: %1").replace("%1", str(error)))

    def _on_open_clicked(self) -> None:
        if self._result_path is not None:
            target = self._result_path
            if target.suffix == ".zip":
                target = target.parent
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    # -- inside ---------------------------------------------------------------------------

    def _busy(self, busy: bool, message: str) -> None:
        self._progress.setVisible(busy)
        self._export.setEnabled(not busy)
        if busy:
            self._open.setVisible(False)
        self._status.setText(message)

    def _confirm_identifiers(self, warnings: tuple[Any, ...]) -> bool:
        kinds = {
            "cpr": self.tr("a CPR number"), "phone": self.tr("a phone number"),
            "email": self.tr("an e-mail address"), "name": self.tr("a first name"),
        }
        lines = []
        for warning in warnings:
            where = self.tr("note %1").replace("%1", str(warning.number)) \
                if warning.source == "note" else \
                self.tr("reason %1").replace("%1", str(warning.number))
            lines.append(f"• {where}: {kinds.get(warning.finding.kind.value, '')} "
                         f"“{warning.finding.text}”")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("This may identify someone"),
                          self.tr("The text that would leave the laptop may identify "
                                  "someone:") + "\n\n" + "\n".join(lines), parent=self)
        export_anyway = box.addButton(self.tr("Export anyway"),
                                      QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export_anyway
