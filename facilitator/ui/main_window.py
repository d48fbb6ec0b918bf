"""The main window: for now the programme library; later screens join it as pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from facilitator.ui.programme_browser import ProgrammeBrowser

if TYPE_CHECKING:
    from facilitator.sessions.library import Library


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = ProgrammeBrowser()
        self._status = QLabel()
        self._status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pages = QStackedWidget()
        self._pages.addWidget(self._status)
        self._pages.addWidget(self.browser)
        self.setCentralWidget(self._pages)
        self.resize(1280, 800)
        self._loading = True
        self.retranslate_ui()

    def show_library(self, library: Library) -> None:
        self._loading = False
        self.browser.set_library(library)
        if library.entries:
            self._pages.setCurrentWidget(self.browser)
        else:
            self._update_status()
        broken = len(library.broken)
        if broken:
            self.statusBar().showMessage(
                self.tr("%n programme package(s) could not be read; run "
                        "'facilitator validate' on them for details.", "", broken))

    def show_error(self, message: str) -> None:
        self._loading = False
        self._status.setText(self.tr("The programmes could not be loaded: %1").replace(
            "%1", message))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Facilitator Companion"))
        self._update_status()

    def _update_status(self) -> None:
        if self._loading:
            self._status.setText(self.tr("Loading programmes…"))
        else:
            self._status.setText(self.tr("No programmes are installed. Install a programme "
                                         "package with: facilitator install PATH"))
