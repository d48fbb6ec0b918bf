"""The dashboard's filters: period (with quick choices), host, programme, language, demo.

Emits `changed(Filters)` whenever the user changes one; `set_choices` fills the lists
from what the store holds without emitting.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QLabel,
    QWidget,
)

from facilitator.records.coordinator.programmes import title_in
from facilitator.records.coordinator.queries import FilterChoices, Filters
from facilitator.ui import labels
from facilitator.ui.formatting import interface_language


def half_year(day: date) -> tuple[date, date]:
    if day.month <= 6:
        return date(day.year, 1, 1), date(day.year, 6, 30)
    return date(day.year, 7, 1), date(day.year, 12, 31)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FilterBar(QWidget):
    changed = Signal(object)  # Filters

    PRESETS = ("all", "half", "previous-half", "year", "twelve-months", "custom")

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today or date.today()
        self._choices = FilterChoices((), (), (), None, None)
        self._quiet = False
        self.preset = QComboBox()
        self.start = QDateEdit()
        self.end = QDateEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
        self.host = QComboBox()
        self.programme = QComboBox()
        self.language = QComboBox()
        self.demo = QCheckBox()
        for combo in (self.host, self.programme, self.language):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(12)
        self._labels = [QLabel() for _ in range(6)]
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        widgets = (self.preset, self.start, self.end, self.host, self.programme, self.language)
        for column, (label, widget) in enumerate(zip(self._labels, widgets, strict=True)):
            label.setBuddy(widget)
            grid.addWidget(label, 0, column)
            grid.addWidget(widget, 1, column)
        grid.addWidget(self.demo, 1, len(widgets))
        grid.setColumnStretch(len(widgets) + 1, 1)
        self.retranslate_ui()
        self._apply_preset("all")
        self._update_date_format()
        self.preset.currentIndexChanged.connect(self._on_preset_current_index_changed)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self._on_date_changed)
        for combo in (self.host, self.programme, self.language):
            combo.currentIndexChanged.connect(self._on_choice_changed)
        self.demo.toggled.connect(self._on_choice_changed)

    # -- public ---------------------------------------------------------------------------

    def filters(self) -> Filters:
        host = self.host.currentData()
        return Filters(
            start=_date(self.start.date()),
            end=_date(self.end.date()),
            host_ids=(int(host),) if host is not None else (),
            programme_id=self.programme.currentData(),
            language=self.language.currentData(),
            include_demo=self.demo.isChecked(),
        )

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the lists (keeping what is chosen where it still exists), quietly."""
        self._choices = choices
        self._quiet = True
        try:
            self._fill()
            if self.preset.currentData() == "all":
                self._apply_preset("all")
        finally:
            self._quiet = False

    def choose_host(self, host_id: int | None) -> None:
        index = self.host.findData(host_id)
        self.host.setCurrentIndex(max(0, index))

    def choose_period(self, start: date, end: date) -> None:
        self._quiet = True
        try:
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
        finally:
            self._quiet = False
        self._emit()

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _update_date_format(self) -> None:
        pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in pattern:
            pattern = pattern.replace("yy", "yyyy")
        for edit in (self.start, self.end):
            edit.setDisplayFormat(pattern)

    def retranslate_ui(self) -> None:
        self._update_date_format()
        texts = (self.tr("&Period"), self.tr("&From"), self.tr("&To"), self.tr("&Host"),
                 self.tr("P&rogramme"), self.tr("&Language"))
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.demo.setText(self.tr("Include &demo data"))
        names = {
            "all": self.tr("All time"),
            "half": self.tr("This half-year"),
            "previous-half": self.tr("Previous half-year"),
            "year": self.tr("This year"),
            "twelve-months": self.tr("Last 12 months"),
            "custom": self.tr("Chosen dates"),
        }
        self._quiet = True
        try:
            current = self.preset.currentData()
            self.preset.clear()
            for key in self.PRESETS:
                self.preset.addItem(names[key], key)
            self.preset.setCurrentIndex(max(0, self.preset.findData(current or "all")))
            self._fill()
        finally:
            self._quiet = False

    # -- slots ----------------------------------------------------------------------------

    def _on_preset_current_index_changed(self, _index: int) -> None:
        if self._quiet:
            return
        self._apply_preset(str(self.preset.currentData()))
        self._emit()

    def _on_date_changed(self, _value: QDate) -> None:
        if self._quiet:
            return
        self._quiet = True
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self._quiet = False
        self._emit()

    def _on_choice_changed(self, *_args: object) -> None:
        if not self._quiet:
            self._emit()

    # -- drawing --------------------------------------------------------------------------

    def _emit(self) -> None:
        self.changed.emit(self.filters())

    def _apply_preset(self, key: str) -> None:
        today = self._today
        if key == "half":
            start, end = half_year(today)
        elif key == "previous-half":
            start, end = half_year(half_year(today)[0] - timedelta(days=1))
        elif key == "year":
            start, end = date(today.year, 1, 1), date(today.year, 12, 31)
        elif key == "twelve-months":
            start, end = today - timedelta(days=365), today
        elif key == "all":
            start = self._choices.first or date(today.year, 1, 1)
            end = self._choices.last or today
        else:
            return
        quiet, self._quiet = self._quiet, True
        try:
            self.start.setDate(_qdate(start))
            self.end.setDate(_qdate(end))
        finally:
            self._quiet = quiet

    def _fill(self) -> None:
        language = interface_language()
        lists = (
            (self.host, self.tr("All hosts"), [(name, host_id) for host_id, name in self._choices.hosts]),
            (self.programme, self.tr("All programmes"),
             [(title_in(titles, language, pid), pid) for pid, titles in self._choices.programmes]),
            (self.language, self.tr("All languages"),
             [(labels.language_name(code), code) for code in self._choices.languages]),
        )
        for combo, everything, items in lists:
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))
