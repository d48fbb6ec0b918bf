"""The dashboard's two actions: import a folder of bundles, write a host report.

Both run on the dashboard's worker thread. The import reports progress through a signal
(emitted on the worker, delivered on the GUI thread) and ends with the summary sentence;
the report is written for the host and period the filters show, in the interface language.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QProgressBar

from facilitator.ui.formatting import interface_language

if TYPE_CHECKING:
    from facilitator.records.coordinator.imports import ImportSummary
    from facilitator.records.coordinator.store import CoordinatorStore
    from facilitator.ui.coordinator.dashboard import CoordinatorDashboard


class _Progress(QObject):
    step = Signal(int, int)


def run_import(store: CoordinatorStore, folder: Path, progress: _Progress) -> ImportSummary:
    from facilitator.records.coordinator.imports import import_paths

    summary = import_paths(store, [folder], progress=lambda done, total, _r: progress.step.emit(done, total))
    store.purge_expired()
    return summary


def write_report(store: CoordinatorStore, out: Path, start: date, end: date, host: str | None,
                 language: str, include_demo: bool) -> Path:
    from facilitator.export.host_report import build_host_report, write_host_report

    report = build_host_report(store, start, end, host, language, include_demo=include_demo)
    write_host_report(report, out)
    return out


class DashboardActions(QObject):
    """Connects the dashboard's Import and Report buttons to dialogs and the worker."""

    def __init__(self, dashboard: CoordinatorDashboard) -> None:
        super().__init__(dashboard)
        self.dashboard = dashboard
        self.progress_bar = QProgressBar()
        self.progress_bar.setVisible(False)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = dashboard.layout()
        assert layout is not None
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.message)
        self._progress = _Progress(self)
        self._progress.step.connect(self._on_progress_step)
        dashboard.import_button.clicked.connect(self._on_import_clicked)
        dashboard.report_button.clicked.connect(self._on_report_clicked)

    def import_folder(self, folder: Path) -> None:
        store = self.dashboard.store
        if store is None:
            return
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(True)
        self.dashboard.import_button.setEnabled(False)
        progress = self._progress
        self.dashboard.background.run(lambda: run_import(store, folder, progress),
                                      self._on_imported, self._on_failed)

    def report_to(self, out: Path) -> None:
        store = self.dashboard.store
        if store is None:
            return
        if out.suffix.lower() not in (".pdf", ".csv"):
            out = out.with_suffix(".pdf")
        filters = self.dashboard.filters.filters()
        host = self.dashboard.filters.host.currentText() if filters.host_ids else None
        start, end = filters.start or date(2000, 1, 1), filters.end or date.today()
        language, demo = interface_language(), filters.include_demo
        self.dashboard.background.run(
            lambda: write_report(store, out, start, end, host, language, demo),
            self._on_report_written, self._on_failed)

    # -- slots ----------------------------------------------------------------------------

    def _on_import_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.dashboard, self.tr("Import data bundles from a folder"))
        if folder:
            self.import_folder(Path(folder))

    def _on_report_clicked(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self.dashboard, self.tr("Write the host report"), "host-report.pdf",
            self.tr("PDF (*.pdf);;CSV for spreadsheets (*.csv)"))
        if name:
            self.report_to(Path(name))

    def _on_progress_step(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(1, total))
        self.progress_bar.setValue(done)

    def _on_imported(self, summary: ImportSummary) -> None:
        from facilitator.records.coordinator.importer import Outcome

        self.progress_bar.setVisible(False)
        self.dashboard.import_button.setEnabled(True)
        counts = summary.counts
        text = self.tr("%1 imported, %2 already there, %3 replaced by a newer export, %4 rejected.")
        for i, outcome in enumerate((Outcome.IMPORTED, None, Outcome.REPLACED, Outcome.REJECTED), 1):
            n = counts[Outcome.ALREADY_THERE] + counts[Outcome.OLDER] if outcome is None else counts[outcome]
            text = text.replace(f"%{i}", str(n))
        rejected = summary.rejected[:5]
        if rejected:
            text += "\n" + "\n".join(f"{r.path.name}: {r.reason}" for r in rejected)
        self.message.setText(text)
        self.dashboard.reload_choices()

    def _on_report_written(self, out: Path) -> None:
        self.message.setText(self.tr("The report was written to %1.").replace("%1", str(out)))

    def _on_failed(self, error: BaseException) -> None:
        from facilitator.ui.store_errors import describe

        self.progress_bar.setVisible(False)
        self.dashboard.import_button.setEnabled(True)
        self.message.setText(describe(error))
