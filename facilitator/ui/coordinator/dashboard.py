"""The coordinator dashboard: filters, key figures and a tab per figure (chart or table).

Every query runs on the worker thread it is given (`Background`), never on the GUI thread;
a filter change waits a moment for the next one, and an answer to an older question is
dropped when a newer one is on its way. Import and report actions live in `actions.py`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.background import Background
from facilitator.ui.coordinator.figure_view import FigureView
from facilitator.ui.coordinator.figures import Figure, Titles, build_figures, suppression_note
from facilitator.ui.coordinator.filter_bar import FilterBar
from facilitator.ui.formatting import interface_language, number
from facilitator.ui.store_errors import describe

if TYPE_CHECKING:
    from facilitator.records.coordinator.queries import FilterChoices, Filters, PeriodCounts
    from facilitator.records.coordinator.store import CoordinatorStore

FIGURE_KEYS = ("months", "sessions", "gender_age", "languages", "adherence", "referrals", "films", "themes")
DEBOUNCE_MS = 120


@dataclass(frozen=True)
class Answer:
    """What one refresh brings back from the worker."""

    counts: PeriodCounts
    films: Titles
    themes: Titles
    minimum: int


def _ask(store: CoordinatorStore, filters: Filters) -> Answer:
    films, themes = store.known_titles()
    return Answer(store.period_counts(filters), films, themes, int(store.setting("privacy.minimum_cell")))


class CoordinatorDashboard(QWidget):
    refreshed = Signal()
    """After the figures were redrawn from a fresh answer."""
    failed = Signal(str)

    def __init__(self, background: Background, open_store: Callable[[], CoordinatorStore],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.background = background
        self._open_store = open_store
        self.store: CoordinatorStore | None = None
        self._asked = 0
        self._answer: Answer | None = None
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)

        self._title = QLabel()
        self._title.setObjectName("pageTitle")
        self.import_button = QPushButton()
        self.report_button = QPushButton()
        self.filters = FilterBar(today)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self._cards: dict[str, tuple[QLabel, QLabel]] = {}
        cards = QGridLayout()
        for column, key in enumerate(("meetings", "courses", "attended", "retention", "reached", "reports")):
            frame = QFrame()
            frame.setObjectName("card")
            inner = QVBoxLayout(frame)
            value, caption = QLabel("–"), QLabel()
            value.setObjectName("sectionTitle")
            caption.setObjectName("muted")
            caption.setWordWrap(True)
            inner.addWidget(value)
            inner.addWidget(caption)
            cards.addWidget(frame, 0, column)
            self._cards[key] = (value, caption)
        self.tabs = QTabWidget()
        self.views: dict[str, FigureView] = {}
        for key in FIGURE_KEYS:
            view = FigureView()
            self.views[key] = view
            self.tabs.addTab(view, key)

        head = QHBoxLayout()
        head.addWidget(self._title, 1)
        head.addWidget(self.import_button)
        head.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(head)
        layout.addWidget(self.filters)
        layout.addLayout(cards)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)

        self.filters.changed.connect(self._on_filters_changed)
        self._debounce.timeout.connect(self.refresh)
        self.retranslate_ui()
        self.status.setText(self.tr("Opening the coordinator store…"))
        self.background.run(self._open_and_list, self._on_opened, self._on_failed)

    # -- public ---------------------------------------------------------------------------

    @property
    def figures(self) -> dict[str, Figure]:
        return {key: view.figure for key, view in self.views.items() if view.figure is not None}

    def refresh(self) -> None:
        """Ask the worker for the figures under the current filters."""
        if self.store is None:
            return
        self._debounce.stop()
        self._asked += 1
        asked, store, filters = self._asked, self.store, self.filters.filters()
        self.status.setText(self.tr("Counting…"))
        self.background.run(lambda: _ask(store, filters), lambda answer: self._on_answer(asked, answer),
                            self._on_failed)

    def reload_choices(self) -> None:
        """After an import or a merge: new hosts, programmes and dates, then the figures."""
        if self.store is not None:
            store = self.store
            self.background.run(store.filter_choices, self._on_choices, self._on_failed)

    def close_store(self) -> None:
        if self.store is not None:
            store, self.store = self.store, None
            self.background.run(store.close)

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._title.setText(self.tr("Coordinator dashboard"))
        self.import_button.setText(self.tr("&Import bundles…"))
        self.report_button.setText(self.tr("Host &report…"))
        captions = {
            "meetings": self.tr("meetings held"),
            "courses": self.tr("courses"),
            "attended": self.tr("attendances"),
            "retention": self.tr("retention"),
            "reached": self.tr("people reached"),
            "reports": self.tr("course reports received"),
        }
        for key, (_value, caption) in self._cards.items():
            caption.setText(captions[key])
        if self._answer is not None:
            self._draw(self._answer)

    # -- slots ----------------------------------------------------------------------------

    def _open_and_list(self) -> tuple[CoordinatorStore, FilterChoices]:
        store = self._open_store()
        return store, store.filter_choices()

    def _on_opened(self, opened: tuple[CoordinatorStore, FilterChoices]) -> None:
        self.store, choices = opened
        self._on_choices(choices)

    def _on_choices(self, choices: FilterChoices) -> None:
        self.filters.set_choices(choices)
        self.refresh()

    def _on_filters_changed(self, _filters: Filters) -> None:
        self._debounce.start()

    def _on_answer(self, asked: int, answer: Answer) -> None:
        if asked != self._asked:
            return  # a newer question is on its way
        self._answer = answer
        self._draw(answer)
        self.refreshed.emit()

    def _on_failed(self, error: BaseException) -> None:
        message = describe(error)
        self.status.setText(message)
        self.failed.emit(message)

    # -- drawing --------------------------------------------------------------------------

    def _draw(self, answer: Answer) -> None:
        counts = answer.counts
        figures = build_figures(counts, answer.minimum, interface_language(), answer.films, answer.themes)
        note = suppression_note(answer.minimum)
        for index, figure in enumerate(figures):
            view = self.views[figure.key]
            view.show_figure(figure, note if figure.key in ("gender_age", "languages", "referrals") else "")
            self.tabs.setTabText(index, figure.tab)
            self.tabs.setTabToolTip(index, figure.title)
        retention = counts.retention
        values = {
            "meetings": number(counts.meetings),
            "courses": number(counts.courses),
            "attended": number(counts.attended),
            "retention": "–" if retention is None else self.tr("%1%").replace("%1", number(round(retention * 100))),
            "reached": number(counts.reached),
            "reports": self.tr("%1 of %2").replace("%1", number(counts.courses_reporting))
            .replace("%2", number(counts.courses)),
        }
        for key, (value, _caption) in self._cards.items():
            value.setText(values[key])
        if counts.meetings:
            self.status.setText(self.tr("Meetings in the period: %1").replace("%1", number(counts.meetings)))
        else:
            self.status.setText(self.tr("No meetings in this period. Import data bundles, or choose "
                                        "another period or host."))
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeading)
