"""The rehearsal report on screen: each step planned, rehearsed and the difference, the
total, the steps that overran, and the session's earlier rehearsals below.

"Save as PDF…" writes the same report with the exports' PDF writer, off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui import formatting
from facilitator.ui.background import Background
from facilitator.ui.readiness.wording import language
from facilitator.ui.rehearsal.history import RehearsalHistory
from facilitator.ui.rehearsal.history_table import (
    HistoryTable,
    duration,
    fill,
    report_table,
    signed,
)
from facilitator.ui.rehearsal.pacing import Pacing, printable
from facilitator.ui.store_errors import describe

CENTRE = Qt.AlignmentFlag.AlignCenter


def _write_pdf(report: Pacing, out: Path, language_code: str) -> Path:
    from facilitator.export.printables import write_rehearsal_report

    write_rehearsal_report(printable(report, report.rehearsal.started_at.astimezone()), out,
                           language_code)
    return out


class RehearsalReportView(QWidget):
    rehearse_again_requested = Signal()
    close_requested = Signal()

    def __init__(self, report: Pacing, history: RehearsalHistory,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._history = history
        self._pdf = Background(self)
        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self._subtitle = QLabel()
        self._subtitle.setObjectName("muted")
        self._subtitle.setWordWrap(True)
        self.total = QLabel()
        self.total.setObjectName("sectionTitle")
        self.total.setWordWrap(True)
        self.overruns = QLabel()
        self.overruns.setWordWrap(True)
        self.steps = report_table(5)
        self._history_title = QLabel()
        self._history_title.setObjectName("sectionTitle")
        self.history = HistoryTable()
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton()
        self.again_button = QPushButton()
        self.close_button = QPushButton()
        self.close_button.setObjectName("primary")

        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self.total)
        layout.addWidget(self.overruns)
        layout.addWidget(self.steps)
        layout.addWidget(self._history_title)
        layout.addWidget(self.history, 1)
        layout.addLayout(buttons)

        self.pdf_button.clicked.connect(self._on_pdf_button_clicked)
        self.again_button.clicked.connect(self.rehearse_again_requested)
        self.close_button.clicked.connect(self.close_requested)
        history.changed.connect(self._on_history_changed)
        history.failed.connect(self._on_history_failed)
        self.retranslate_ui()

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Rehearsal report"))
        self._history_title.setText(self.tr("Rehearsals of this session"))
        self.steps.setHorizontalHeaderLabels([
            self.tr("Step"), self.tr("Planned"), self.tr("Rehearsed"), self.tr("Difference"),
            self.tr("Overrun")])
        self.steps.setAccessibleName(self.tr("Pacing of each step"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.again_button.setText(self.tr("Rehearse again"))
        self.close_button.setText(self.tr("Close"))
        self._update_report()
        self._update_history()

    # -- slots ----------------------------------------------------------------------------

    def _on_history_changed(self) -> None:
        self._update_history()

    def _on_history_failed(self, error: BaseException) -> None:
        self.status.setText(self.tr("The earlier rehearsals could not be read: %1")
                            .replace("%1", describe(error)))

    def _on_pdf_button_clicked(self) -> None:
        report = self.report
        name = self.tr("rehearsal-session-%1.pdf").replace(
            "%1", str(report.rehearsal.session_number))
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the rehearsal report"), str(Path.home() / name),
            self.tr("PDF (*.pdf)"))
        if not path:
            return
        out = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
        code = formatting.interface_language()
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self._pdf.run(lambda: _write_pdf(report, out, code), self._on_pdf_saved,
                      self._on_pdf_failed)

    def _on_pdf_saved(self, out: Path) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(self.tr("Saved: %1").replace("%1", str(out)))

    def _on_pdf_failed(self, error: BaseException) -> None:
        self.pdf_button.setEnabled(True)
        self.status.setText(self.tr("The PDF could not be saved: %1").replace(
            "%1", describe(error)))

    # -- drawing --------------------------------------------------------------------------

    def _update_report(self) -> None:
        report = self.report
        rehearsal = report.rehearsal
        started = rehearsal.started_at.astimezone()
        self._subtitle.setText(" · ".join((
            formatting.meeting_label(rehearsal.session_number, report.session_title),
            report.programme_title, language(rehearsal.language),
            f"{formatting.long_date(started.date())} {formatting.clock(started.time())}")))
        self.total.setText(self.tr("Total: %1 rehearsed of %2 planned (%3)")
                           .replace("%1", duration(report.rehearsed))
                           .replace("%2", duration(report.planned))
                           .replace("%3", signed(report.difference)))
        overran = report.overruns
        if overran:
            self.overruns.setText(self.tr("Steps that overran: %1").replace(
                "%1", " · ".join(s.title for s in overran)))
        else:
            self.overruns.setText(self.tr("No step overran."))
        self.overruns.setToolTip(self.tr("A step overruns when it takes more than 1.5 times "
                                         "its planned time and at least 3 minutes more."))
        table = self.steps
        table.setRowCount(len(report.steps) + 1)
        for row, step in enumerate(report.steps):
            title = step.title
            if step.step.optional:
                title += " " + self.tr("(optional)")
            cells = [title, duration(step.planned), duration(step.rehearsed),
                     signed(step.difference), self.tr("overran") if step.overrun else ""]
            fill(table, row, cells, highlight=step.overrun)
        fill(table, len(report.steps),
                   [self.tr("Total"), duration(report.planned), duration(report.rehearsed),
                    signed(report.difference), formatting.number(len(overran))], bold=True)
        # Every step and the total in view at once; the history below takes what is left.
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setFixedHeight(rows + table.horizontalHeader().sizeHint().height()
                             + 2 * table.frameWidth() + 2)

    def _update_history(self) -> None:
        self.history.show_rows(self._history.rows, self.report.rehearsal.id)
