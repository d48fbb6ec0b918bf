"""The main window: a navigation list beside four pages (Home, Courses, Programmes,
Settings). Ctrl+1 … Ctrl+4 jump to a page; every control is reachable with Tab.

The window receives what it shows (records, preferences, the worker) and exposes the
pages' signals; the composition root wires them to what they mean.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from facilitator.ui.courses_page import CoursesPage
from facilitator.ui.home import HomePage
from facilitator.ui.preferences import Preferences
from facilitator.ui.programmes_page import ProgrammesPage
from facilitator.ui.records_model import Records
from facilitator.ui.settings_page import SettingsPage
from facilitator.ui.store_errors import show_error

if TYPE_CHECKING:
    from facilitator.records.store import Store
    from facilitator.records.values import CourseOverview, ParticipantRecord
    from facilitator.sessions.library import Library
    from facilitator.ui.course_editor import CourseEditor


class MainWindow(QMainWindow):
    def __init__(self, records: Records, preferences: Preferences, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self.home = HomePage(records)
        self.courses = CoursesPage(records)
        self.programmes = ProgrammesPage(records.background)
        self.browser = self.programmes.browser
        self.settings = SettingsPage(records, preferences, language)
        self.course_editor: CourseEditor | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self._pages = QStackedWidget()
        for page in (self.home, self.courses, self.programmes, self.settings):
            self._pages.addWidget(page)
            self.navigation.addItem(QListWidgetItem())
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self._loading = True

        for index in range(4):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.home.new_course_requested.connect(self._on_new_course_requested)
        self.courses.new_course_requested.connect(self._on_new_course_requested)
        self.courses.edit_course_requested.connect(self._on_edit_course_requested)
        records.failed.connect(self._on_records_failed)
        records.library_changed.connect(self._on_records_library_changed)
        if records.library is not None:
            self._loading = False
            self.browser.set_library(records.library)
        self.navigation.setCurrentRow(0)
        self.retranslate_ui()

    # -- public ---------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        self.navigation.setCurrentRow(index)
        page = self._pages.widget(index)
        if page is not None:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def current_page(self) -> QWidget | None:
        return self._pages.currentWidget()

    def show_library(self, library: Library) -> None:
        self._loading = False
        self.records.set_library(library)  # the browser follows through library_changed
        self._update_status()
        broken = len(library.broken)
        if broken:
            self.statusBar().showMessage(
                self.tr("%n programme package(s) could not be read; run "
                        "'facilitator validate' on them for details.", "", broken))

    def show_error(self, message: str) -> None:
        self._loading = False
        self.programmes.status.setText(self.tr("The programmes could not be loaded: %1")
                                       .replace("%1", message))

    def show_session(self, programme_id: str, version: str | None, session_number: int,
                     language: str | None) -> None:
        """Open a session's steps in the programme browser."""
        library = self.records.library
        entry = library.find(programme_id, version) if library else None
        if entry is None:
            self.statusBar().showMessage(self.tr("The programme of this course is not "
                                                 "installed."))
            return
        programme = entry.programme
        session = programme.session(session_number)
        self.show_page(2)
        self.browser.select(programme_id, session_number, session.steps[0].id,
                            language if language in programme.languages else None)
        self.browser.setFocus()

    def open_course_editor(self, overview: CourseOverview | None = None,
                           participants: list[ParticipantRecord] | None = None) -> CourseEditor:
        # Imported on first use: the editor and its forms are not needed for the first window.
        from facilitator.ui.course_editor import CourseEditor

        editor = CourseEditor(self.records, overview, participants, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _course: self.statusBar().showMessage(
            self.tr("The course was saved."), 5000))
        self.course_editor = editor
        editor.open()
        return editor

    # -- Qt -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Facilitator Companion"))
        names = (self.tr("Home"), self.tr("Courses"), self.tr("Programmes"), self.tr("Settings"))
        for index, name in enumerate(names):
            item = self.navigation.item(index)
            if item is not None:
                item.setText(name)
                item.setToolTip(self.tr("%1 (Ctrl+%2)").replace("%1", name).replace(
                    "%2", str(index + 1)))
        self.navigation.setAccessibleName(self.tr("Pages"))
        self._update_status()

    # -- slots ----------------------------------------------------------------------------

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self._pages.setCurrentIndex(row)

    def _on_new_course_requested(self) -> None:
        self.open_course_editor()

    def _on_edit_course_requested(self, course_id: uuid.UUID) -> None:
        def load(store: Store) -> tuple[CourseOverview, list[ParticipantRecord]]:
            return store.course_overview(course_id), store.participants(course_id)

        def loaded(found: tuple[CourseOverview, list[ParticipantRecord]]) -> None:
            self.open_course_editor(*found)

        self.records.call(load, loaded,
                          lambda error: show_error(self, error), refresh=False)

    def _on_records_library_changed(self) -> None:
        if self.records.library is not None:
            self.browser.set_library(self.records.library)

    def _on_records_failed(self, error: BaseException) -> None:
        show_error(self, error)

    # -- drawing --------------------------------------------------------------------------

    def _update_status(self) -> None:
        status = self.programmes.status
        if self._loading:
            status.setText(self.tr("Loading programmes…"))
        elif self.records.library is not None and not self.records.library.entries:
            status.setText(self.tr("No programmes are installed. Install a programme package "
                                   "with “Install from a file…” or: facilitator install PATH"))
        elif status.text() == self.tr("Loading programmes…"):
            status.clear()
