"""The dashboard in its own window (opened from the main window or `facilitator dashboard`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from facilitator.ui.background import Background
from facilitator.ui.coordinator.actions import DashboardActions
from facilitator.ui.coordinator.dashboard import CoordinatorDashboard

if TYPE_CHECKING:
    from facilitator.records.coordinator.store import CoordinatorStore


class CoordinatorWindow(QMainWindow):
    def __init__(self, background: Background, open_store: Callable[[], CoordinatorStore],
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dashboard = CoordinatorDashboard(background, open_store, today)
        self.dashboard_actions = DashboardActions(self.dashboard)
        self.setCentralWidget(self.dashboard)
        self.resize(1280, 820)
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coordinator dashboard – Facilitator Companion"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self.dashboard.close_store()
        super().closeEvent(event)
