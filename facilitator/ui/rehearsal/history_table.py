"""Tables of the rehearsal screens: the history of a session's rehearsals, and the cell
helpers the report shares with it (durations as a stopwatch shows them, signed
differences)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import timedelta

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator.ui import formatting
from facilitator.ui.live.text import minutes_seconds
from facilitator.ui.readiness.rows import AMBER
from facilitator.ui.readiness.wording import language
from facilitator.ui.rehearsal.pacing import PastRehearsal


def duration(value: timedelta | None) -> str:
    return "–" if value is None else minutes_seconds(value.total_seconds())


def signed(value: timedelta | None) -> str:
    """+3:30, −1:15, ±0:00: the sign says longer or shorter than the manual plans."""
    if value is None:
        return "–"
    seconds = value.total_seconds()
    sign = "+" if seconds >= 1 else ("−" if seconds <= -1 else "±")
    return sign + minutes_seconds(abs(seconds))


def report_table(columns: int, parent: QWidget | None = None) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(True)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def fill(table: QTableWidget, row: int, cells: Sequence[str], *, bold: bool = False,
         highlight: bool = False) -> None:
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        if column:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        if highlight:
            item.setForeground(QBrush(QColor(AMBER)))
        table.setItem(row, column, item)


class HistoryTable(QTableWidget):
    """Date, language, time rehearsed, difference from the plan, steps that overran."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self._rows: list[PastRehearsal] = []
        self._current: uuid.UUID | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Language"), self.tr("Rehearsed"), self.tr("Difference"),
            self.tr("Steps overrun")])
        self.setAccessibleName(self.tr("Rehearsals of this session"))
        self._update_rows()

    def show_rows(self, rows: Sequence[PastRehearsal], current: uuid.UUID | None = None) -> None:
        """Newest first; the rehearsal just finished (`current`) in bold."""
        self._rows = list(rows)
        self._current = current
        self._update_rows()

    def _update_rows(self) -> None:
        self.setRowCount(len(self._rows))
        for index, past in enumerate(self._rows):
            started = past.started_at.astimezone()
            when = f"{formatting.short_date(started.date())} {formatting.clock(started.time())}"
            if not past.finished:
                when += " " + self.tr("(not finished)")
            cells = [when, language(past.language), duration(past.rehearsed),
                     signed(past.rehearsed - past.planned), formatting.number(past.overruns)]
            fill(self, index, cells, bold=past.id == self._current)
