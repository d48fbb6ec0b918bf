"""The main window: a navigation list beside four pages (Home, Courses, Programmes,
Settings). Ctrl+1 … Ctrl+4 jump to a page; every control is reachable with Tab.

The window receives what it shows (records, preferences, the worker) and exposes the
pages' signals; the composition root wires them to what they mean.

Only Home is built with the window: the other pages (and their modules) are built the
first time they are shown or asked for, so the first window appears sooner. Code that
wires a page's signals registers with `when_built(name, callback)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from facilitator.ui.home import HomePage
from facilitator.ui.i18n import language_changes
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records
from facilitator.ui.store_errors import show_error

if TYPE_CHECKING:
    import uuid

    from facilitator.records.store import Store
    from facilitator.records.values import CourseOverview, ParticipantRecord
    from facilitator.sessions.library import Library
    from facilitator.ui.course_editor import CourseEditor
    from facilitator.ui.courses_page import CoursesPage
    from facilitator.ui.programme_browser import ProgrammeBrowser
    from facilitator.ui.programmes_page import ProgrammesPage
    from facilitator.ui.settings_page import SettingsPage

PAGES = ("home", "courses", "programmes", "settings")


class MainWindow(QMainWindow):
    def __init__(self, records: Records, preferences: Preferences, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.records = records
        self._preferences = preferences
        self._language = language
        self._library_error: str | None = None
        self._built: dict[str, QWidget] = {}
        self._when_built: dict[str, list[Callable[[Any], object]]] = {}
        self.home = HomePage(records)
        self.course_editor: CourseEditor | None = None

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self._pages = QStackedWidget()
        self._built["home"] = self.home
        for name in PAGES:
            # A placeholder until the page is first shown (see _page).
            self._pages.addWidget(self.home if name == "home" else QWidget())
            self.navigation.addItem(QListWidgetItem())
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self._pages, 1)
        self.setCentralWidget(central)
        self.resize(1280, 800)
        self._loading = records.library is None

        for index in range(4):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{index + 1}"), self)
            shortcut.activated.connect(lambda i=index: self.show_page(i))
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.home.new_course_requested.connect(self._on_new_course_requested)
        records.failed.connect(self._on_records_failed)
        records.opening.connect(self._on_records_opening)
        self.navigation.setCurrentRow(0)
        language_changes().connect(self._on_language_changed)  # not changeEvent: see i18n
        self.retranslate_ui()

    # -- pages --------------------------------------------------------------------------

    @property
    def courses(self) -> CoursesPage:
        return self._page("courses")  # type: ignore[return-value]

    @property
    def programmes(self) -> ProgrammesPage:
        return self._page("programmes")  # type: ignore[return-value]

    @property
    def browser(self) -> ProgrammeBrowser:
        return self.programmes.browser

    @property
    def settings(self) -> SettingsPage:
        return self._page("settings")  # type: ignore[return-value]

    def when_built(self, name: str, callback: Callable[[Any], object]) -> None:
        """Call `callback(page)` once the page exists: now if it does, else when built."""
        if name in self._built:
            callback(self._built[name])
        else:
            self._when_built.setdefault(name, []).append(callback)

    def _page(self, name: str) -> QWidget:
        page = self._built.get(name)
        if page is not None:
            return page
        page = self._build(name)
        self._built[name] = page
        index = PAGES.index(name)
        placeholder = self._pages.widget(index)
        current = self._pages.currentIndex()
        self._pages.insertWidget(index, page)
        if placeholder is not None:
            self._pages.removeWidget(placeholder)
            placeholder.deleteLater()
        self._pages.setCurrentIndex(current)
        for callback in self._when_built.pop(name, []):
            callback(page)
        return page

    def _build(self, name: str) -> QWidget:
        # The page's module is imported here, when the page is first needed.
        if name == "courses":
            from facilitator.ui.courses_page import CoursesPage

            courses = CoursesPage(self.records)
            courses.new_course_requested.connect(self._on_new_course_requested)
            courses.edit_course_requested.connect(self._on_edit_course_requested)
            return courses
        if name == "programmes":
            from facilitator.ui.programmes_page import ProgrammesPage

            programmes = ProgrammesPage(self.records.background)
            if self.records.library is not None:
                programmes.browser.set_library(self.records.library)
            self.records.library_changed.connect(self._on_records_library_changed)
            self._update_status(programmes)
            return programmes
        if name == "settings":
            from facilitator.ui.settings_page import SettingsPage

            return SettingsPage(self.records, self._preferences, self._language)
        raise KeyError(name)

    # -- public ---------------------------------------------------------------------------

    def show_interface_language(self, code: str) -> None:
        """The interface language now in use (chosen elsewhere than in Settings)."""
        self._language = code
        if "settings" in self._built:
            self.settings.show_language(code)

    def show_page(self, index: int) -> None:
        self._page(PAGES[index])
        self.navigation.setCurrentRow(index)
        page = self._pages.widget(index)
        if page is not None:
            page.setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def current_page(self) -> QWidget | None:
        return self._pages.currentWidget()

    def show_library(self, library: Library) -> None:
        self._loading = False
        self._library_error = None
        self.records.set_library(library)  # the browser follows through library_changed
        self._update_status()
        broken = len(library.broken)
        if broken:
            self.statusBar().showMessage(
                self.tr("%n programme package(s) could not be read; run "
                        "'facilitator validate' on them for details.", "", broken))

    def show_error(self, message: str) -> None:
        self._loading = False
        self._library_error = message
        self._update_status()

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
        editor.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda _course: self.statusBar().showMessage(
            self.tr("The course was saved."), 5000))
        self.course_editor = editor
        editor.open()
        return editor

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
            self._page(PAGES[row])
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

    def _on_language_changed(self, _code: str) -> None:
        self.retranslate_ui()

    def _on_records_failed(self, error: BaseException) -> None:
        show_error(self, error)

    def _on_records_opening(self, opening: bool) -> None:
        # The first action after a start drawn from the home cache opens the store (under
        # a second): the window stays usable, and says why the answer takes a moment.
        from PySide6.QtWidgets import QApplication

        if opening:
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)
            self.statusBar().showMessage(self.tr("Opening your records…"))
            return
        QApplication.restoreOverrideCursor()
        if self.statusBar().currentMessage() == self.tr("Opening your records…"):
            self.statusBar().clearMessage()

    # -- drawing --------------------------------------------------------------------------

    def _update_status(self, page: ProgrammesPage | None = None) -> None:
        page = page or self._built.get("programmes")  # type: ignore[assignment]
        if page is None:
            return
        status = page.status
        if self._library_error is not None:
            status.setText(self.tr("The programmes could not be loaded: %1")
                           .replace("%1", self._library_error))
        elif self._loading:
            status.setText(self.tr("Loading programmes…"))
        elif self.records.library is not None and not self.records.library.entries:
            status.setText(self.tr("No programmes are installed. Install a programme package "
                                   "with “Install from a file…” or: facilitator install PATH"))
        elif status.text() == self.tr("Loading programmes…"):
            status.clear()
