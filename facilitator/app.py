"""Composition root: builds the QApplication, the store, services and windows, and wires
them.

Start-up stays fast: the window is shown first; the programme library and the store are
opened after the first paint on worker threads (SQLAlchemy is imported there too), and
the daily backup runs once the home screen is filled.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import uuid

    from PySide6.QtWidgets import QApplication, QWidget

    from facilitator.records.store import Store
    from facilitator.sessions.library import Library
    from facilitator.ui.courses_page import CoursesPage
    from facilitator.ui.i18n import InterfaceLanguage
    from facilitator.ui.live.launcher import LiveSessions
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.preferences import Preferences
    from facilitator.ui.records_model import Records, Snapshot
    from facilitator.ui.rehearsal.flow import Rehearsals
    from facilitator.ui.settings_page import SettingsPage


def _open_store(db: str | None, passphrase: str | None) -> Store:
    from facilitator.records.store import open_store

    return open_store(db, passphrase)


def _fill_demo(store: Store) -> object:
    from facilitator.records.demo import fill_demo

    return fill_demo(store, 6)


def skip_feature_scan_of_standard_library() -> int:
    """Spare PySide6 from reading the source of Python's own modules; returns how many.

    PySide6's opt-in `__feature__` switching (snake_case, true_property: never used here)
    decides, for every module named by an import statement once QtCore is loaded, whether
    that module uses PySide6, by reading its whole source and searching it for the word
    (`shibokensupport.feature._mod_uses_pyside`). On the way to the first window that is
    some 70 modules, most of them the standard library's, and ~12 ms. The standard
    library never mentions PySide6, so its modules get the answer PySide6 would reach
    (-1, "does not use PySide6") without the reading. Nothing is marked when PySide6 keeps
    its table elsewhere (a later release), and modules outside the standard library are
    still read by PySide6 itself."""
    feature = sys.modules.get("shibokensupport.feature")
    table = getattr(feature, "pyside_feature_dict", None)
    if not isinstance(table, dict):
        return 0
    stdlib = os.path.dirname(os.__file__) + os.sep  # (defined here: imports nothing new)
    marked = 0
    for name, module in list(sys.modules.items()):
        if name in table or name.startswith(("PySide6", "shiboken6", "shibokensupport")):
            continue
        path = getattr(module, "__file__", None)
        if path is None or (path.startswith(stdlib) and "-packages" not in path):
            table[name] = -1
            marked += 1
    return marked


class StoreOpener:
    """Brings the records in off the GUI thread: from the home cache when it still
    describes the store (the store then opens with the first job that needs it), else by
    opening the store, asking for the passphrase when it is needed."""

    def __init__(self, records: Records, window: MainWindow, db: str | None) -> None:
        self._records = records
        self._window = window
        self._db = db
        self._cache_asked = False  # `read_cache` was called
        self._cache_read = False  # the worker has answered it
        self._cache_wanted = False  # `show_cache` was called before that answer
        self._cached: Snapshot | None = None

    def start(self, passphrase: str | None = None) -> None:
        db, records = self._db, self._records
        records.background.run(lambda: records.opened_on_worker(_open_store(db, passphrase)),
                               records.attach, self._on_failed)

    def read_cache(self) -> None:
        """Read the home cache on the worker now, while the window is being built, and work
        out from it what the screens show (`show_cache` draws it)."""
        db = self._db
        self._cache_asked = True

        def read() -> Snapshot | None:
            from facilitator.records.home_cache import read as read_cache
            from facilitator.ui.records_model import cached_snapshot

            facts = read_cache(db)
            return None if facts is None else cached_snapshot(facts)

        def done(snapshot: Snapshot | None) -> None:
            self._cache_read, self._cached = True, snapshot
            if self._cache_wanted:
                self._show_cache()

        self._records.background.run(read, done, lambda _error: done(None))

    def show_cache(self) -> None:
        """Draw the screens from the home cache when it still describes the store; the
        store then opens when a job first needs it. Otherwise open the store."""
        self._cache_wanted = True
        if not self._cache_asked:
            self.read_cache()
        elif self._cache_read:
            self._show_cache()

    def _show_cache(self) -> None:
        snapshot, self._cached, self._cache_wanted = self._cached, None, False
        if snapshot is None:
            # One loop pass later: the worker's SQLAlchemy import would otherwise take the
            # interpreter from the window's first full paint.
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, self.start)
            return
        db = self._db
        self._records.open_when_needed(lambda: _open_store(db, None), self._on_failed)
        self._records.show_cached(snapshot)

    def _on_failed(self, error: BaseException) -> None:
        from facilitator.records.errors import PassphraseRequired, WrongPassphrase
        from facilitator.ui.passphrase_dialogs import PassphraseDialog, PassphraseMode
        from facilitator.ui.store_errors import describe, show_error

        if isinstance(error, PassphraseRequired | WrongPassphrase):
            dialog = PassphraseDialog(PassphraseMode.UNLOCK, self._window)
            if isinstance(error, WrongPassphrase):
                dialog.show_error(describe(error))
            dialog.accepted.connect(lambda: self.start(dialog.current.text()))
            dialog.rejected.connect(lambda: self._records.set_unavailable(error))
            dialog.open()
            return
        self._records.set_unavailable(error)
        show_error(self._window, error)


def maintenance_due(db: str | None) -> bool:
    """Whether today's upkeep is still to do, read from the backup files' names."""
    from facilitator import paths
    from facilitator.records.backup_files import daily_backup_due

    store = paths.store_file(db)
    return store is None or daily_backup_due(store)


def wire(app: QApplication, window: MainWindow, records: Records, language: InterfaceLanguage,
          preferences: Preferences, from_environment: bool, db: str | None = None) -> None:
    from facilitator.ui import theme
    from facilitator.ui.records_model import RecordsState
    from facilitator.ui.store_errors import show_error

    def on_language_chosen(code: str) -> None:
        preferences.language = code
        language.apply(code)

    def on_large_text_changed(large: bool) -> None:
        app.setStyleSheet(theme.stylesheet(large))

    on_start_meeting_requested = wire_live_sessions(window, records, preferences)

    def on_demo_requested() -> None:
        def failed(error: BaseException) -> None:
            window.home.first_start.set_filling(False)
            show_error(window, error)

        records.call(_fill_demo, on_failed=failed)

    first_refresh = {"done": False}

    def on_records_changed() -> None:
        if first_refresh["done"] or records.state is not RecordsState.READY:
            return
        first_refresh["done"] = True
        stored = str(records.setting("interface.language", "en"))
        if not from_environment and stored != language.code and (
                stored != "en" or preferences.language):
            preferences.language = stored
            language.apply(stored)
            window.show_interface_language(stored)
        # The daily upkeep (retention, backup), once the home screen is filled. When it was
        # drawn from the cache, the store is opened for it only on the day it is due.
        # (The check lists a folder of at most a dozen files, here, so that the job is
        # queued before anything else can happen, even a quit.)
        if records.cached and not maintenance_due(db):
            return
        records.call(lambda store: store.daily_maintenance(), on_failed=lambda _e: None,
                     refresh=False)

    def on_settings_built(settings: SettingsPage) -> None:
        settings.language_chosen.connect(on_language_chosen)
        settings.large_text_changed.connect(on_large_text_changed)

    def on_courses_built(courses: CoursesPage) -> None:
        courses.export_course_requested.connect(
            lambda course_id: open_export(records, "course", course_id, window))

    window.when_built("settings", on_settings_built)
    window.when_built("courses", on_courses_built)
    _wire_readiness_and_rehearsal(window, records, on_start_meeting_requested)
    window.home.demo_requested.connect(on_demo_requested)
    records.changed.connect(on_records_changed)


def make_application() -> QApplication:
    """The QApplication with the names, icon and desktop entry every window shares."""
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from facilitator import __version__, paths
    from facilitator.media.qtcompat import protect_singletons

    # PySide6 6.12 on Python 3.11 drops a reference to None with every void call: without
    # this the whole application, not only a meeting, aborts after some minutes of use.
    protect_singletons()
    # Again here: run_application has imported more of the standard library since.
    skip_feature_scan_of_standard_library()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
        app.setStyle("Fusion")
    else:
        # The theme's style, named here so that no Python wrapper of QStyle (and its many
        # enums) is made on the way to the first window.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    app.setApplicationName("Facilitator Companion")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("facilitator-companion")
    # Wayland shows the desktop entry's icon for the window only when it knows the entry.
    app.setDesktopFileName("org.facilitatorcompanion.FacilitatorCompanion")
    from facilitator.ui.collector import GuiThreadCollector

    # Cycles holding Qt objects are collected on the GUI thread, never on a worker.
    GuiThreadCollector(app)
    icon = paths.resources_dir() / "icons" / "app" / "facilitator-companion.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_application(args: argparse.Namespace | None = None,
                    then: Callable[[MainWindow, Records], None] | None = None) -> int:
    """Run the application; `then(window, records)` after the window is shown (scripts that
    take screenshots use it to open a dialog)."""
    # The Qt-free modules the first window needs (read by the workers) are imported before
    # Qt: PySide6 inspects every module imported after QtCore (see the function below).
    import importlib

    for name in ("facilitator.sessions.library", "facilitator.records.home_cache",
                 "facilitator.records.schedule", "facilitator.records.backup_files"):
        importlib.import_module(name)
    from facilitator import preload

    preload.start()  # Qt's libraries on a second core while PySide6 starts (see there)
    from PySide6.QtCore import QTimer

    skip_feature_scan_of_standard_library()  # before the imports below name them
    from facilitator.ui import theme
    from facilitator.ui.background import Background
    from facilitator.ui.i18n import InterfaceLanguage, system_language
    from facilitator.ui.library_loader import LibraryLoader
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.preferences import Preferences
    from facilitator.ui.records_model import Records, RecordsState

    app = make_application()

    def discover() -> Library:
        # Imported in the loader's thread: YAML and the validator stay off the start-up path.
        from facilitator.sessions.library import discover as read_library

        return read_library()

    # The library is read on a worker thread while the window is built and shown: its
    # `loaded` signal is queued, so it arrives once the event loop runs.
    loader = LibraryLoader(discover, app)
    loader.start()
    preferences = Preferences()
    theme.apply_palette(app)  # the style sheet once the window is built (see theme)
    language = InterfaceLanguage(app)
    from_environment = bool(os.environ.get("FACILITATOR_LANGUAGE"))
    language.apply(os.environ.get("FACILITATOR_LANGUAGE") or preferences.language
                   or system_language())
    background = Background(app)
    records = Records(background, app)
    window = MainWindow(records, preferences, language.code)
    app.setStyleSheet(theme.stylesheet(preferences.large_text))
    db = getattr(args, "db", None) or preferences.store_location or None
    wire(app, window, records, language, preferences, from_environment, db)
    wire_coordinator(window, args)

    loader.loaded.connect(window.show_library)
    loader.failed.connect(window.show_error)
    window.when_built("programmes",
                      lambda page: page.installed.connect(lambda _entry: loader.start()))
    opener = StoreOpener(records, window, db)
    opener.read_cache()  # on the worker, while the window is shown and the library read

    def shut_down() -> None:
        records.close_when_done()
        background.wait_for_done(10000)

    app.aboutToQuit.connect(shut_down)
    exit_when = os.environ.get("FACILITATOR_EXIT_WHEN_READY")
    if exit_when:
        # For bench/startup.py: report when the window is shown with its programmes listed
        # and the event loop is idle, then quit. With the value "records", wait also for
        # the home screen drawn from the store (opened on the worker thread meanwhile).
        waiting = {"library", "records"} if exit_when == "records" else {"library"}

        def ready(part: str) -> None:
            waiting.discard(part)
            if not waiting:
                QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))

        loader.loaded.connect(lambda _: ready("library"))
        loader.failed.connect(lambda _: ready("library"))
        records.changed.connect(lambda: ready("records") if records.state is not
                                RecordsState.OPENING else None)
    window.show()
    if then is not None:
        then(window, records)
    # Once the programme library is drawn (from its cache, a few milliseconds), the
    # records: from the home cache when it is still valid, else from the store (see
    # StoreOpener._show_cache).
    opened = {"started": False}

    def open_store_once(_: object) -> None:
        if not opened["started"]:  # the library may be read again later (an install)
            opened["started"] = True
            opener.show_cache()  # drawn in the same pass as the library, when cached

    loader.loaded.connect(open_store_once)
    loader.failed.connect(open_store_once)
    return int(app.exec())


# -- readiness check and rehearsal (issue 10) ---------------------------------------------

def _wire_readiness_and_rehearsal(window: MainWindow, records: Records,
                                  start_meeting: Callable[[uuid.UUID, int], None]) -> None:
    """The home screen's start button opens the readiness check first; its "Start the
    meeting" starts the meeting. The home screen's rehearse and readiness entries (when it
    has them) open the rehearsal picker and the readiness check of any scheduled meeting."""
    # Imported when first used: the rehearsal flow pulls in the PDF and storage layers,
    # which would otherwise be read before the first window appears; the `Qt` namespace
    # too (its enums take 17 ms to make, see docs/start-up.md).

    def on_start_meeting_requested(course_id: uuid.UUID, session_number: int) -> None:
        from PySide6.QtCore import Qt

        from facilitator.ui.readiness.window import ReadinessWindow, meeting_to_check

        meeting = meeting_to_check(records, course_id, session_number)
        if meeting is None:
            start_meeting(course_id, session_number)
            return
        check = ReadinessWindow(meeting, records, offer_start=True, parent=window)
        check.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        check.start_requested.connect(start_meeting)
        check.open()

    def on_readiness_requested(course_id: uuid.UUID, session_number: int) -> None:
        from PySide6.QtCore import Qt

        from facilitator.ui.readiness.window import ReadinessWindow, meeting_to_check

        meeting = meeting_to_check(records, course_id, session_number)
        if meeting is not None:
            check = ReadinessWindow(meeting, records, parent=window)
            check.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            check.open()

    made: list[Rehearsals] = []

    def on_rehearse_requested() -> None:
        from facilitator.media.factory import create_player
        from facilitator.ui.rehearsal.flow import Rehearsals
        from facilitator.ui.store_errors import show_error

        if not made:
            rehearsals = Rehearsals(records, lambda: create_player().player, window=window,
                                    parent=window)
            rehearsals.failed.connect(lambda error: show_error(window, error))
            made.append(rehearsals)
        made[0].open_picker()

    window.home.start_meeting_requested.connect(on_start_meeting_requested)
    # Entries the home screen may offer (looked up, so this wiring does not wait for them).
    rehearse = getattr(window.home, "rehearse_requested", None)
    if rehearse is not None:
        rehearse.connect(on_rehearse_requested)
    readiness = getattr(window.home, "readiness_requested", None)
    if readiness is not None:
        readiness.connect(on_readiness_requested)


# -- Live session (issue 8) ---------------------------------------------------------------

def open_export(records: Records, kind: str, target: uuid.UUID, parent: QWidget) -> None:
    """The export dialog for a meeting's summary or a course report (imported on first use)."""
    from PySide6.QtCore import Qt

    from facilitator.ui.export_dialog import ExportDialog, ExportKind

    dialog = ExportDialog(records, ExportKind(kind), target, parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def wire_live_sessions(window: MainWindow, records: Records,
                       preferences: Preferences) -> Callable[[uuid.UUID, int], None]:
    """Starting a meeting opens the live session (facilitator view and projector); once
    the records and the programmes are read, an unfinished meeting (a crash, a power cut)
    is offered for resuming. Returns the function that starts a meeting.

    The live screens are imported when first needed, never before the first window."""
    from facilitator.ui.records_model import RecordsState

    made: list[LiveSessions] = []

    def sessions() -> LiveSessions:
        if not made:
            from facilitator.media.factory import create_player
            from facilitator.ui.live.launcher import LiveSessions

            backend = preferences.player_backend
            live = LiveSessions(records, lambda: create_player(backend).player,  # type: ignore[arg-type]
                                window, large_text=lambda: preferences.large_text, parent=window)
            live.large_text_changed.connect(
                lambda large: setattr(preferences, "large_text", large))
            live.export_requested.connect(lambda meeting_id: open_export(
                records, "meeting", meeting_id,
                live.session.window if live.session is not None else window))
            live.set_export_available(True)
            made.append(live)
        return made[0]

    checked = {"done": False}

    def on_records_ready() -> None:
        if checked["done"] or records.state is not RecordsState.READY or records.library is None:
            return
        checked["done"] = True
        if records.cached and not records.snapshot.has_unfinished_meeting:
            return  # nothing to resume, and no need to open the store to know it
        records.call(lambda store: store.find_unfinished_meeting(),
                     lambda found: sessions().offer_to_resume() if found is not None else None,
                     lambda _error: None, refresh=False)

    records.changed.connect(on_records_ready)
    records.library_changed.connect(on_records_ready)
    return lambda course_id, session_number: sessions().start(course_id, session_number)


# -- Coordinator dashboard (issue 11) ------------------------------------------------------
# Its own window with its own worker thread and store (the coordinator store, never the
# facilitator's); opened with Ctrl+Shift+D, by Home's coordinator button once Home has
# one (a `coordinator_requested` signal), or alone with `facilitator dashboard`.


def _coordinator_opener(args: argparse.Namespace | None) -> Callable[[], object]:
    coordinator_db = getattr(args, "coordinator_db", None)
    db = getattr(args, "db", None)

    def open_coordinator() -> object:
        from facilitator.records.coordinator.store import open_coordinator_store

        return open_coordinator_store(coordinator_db, db)

    return open_coordinator


def wire_coordinator(window: MainWindow, args: argparse.Namespace | None) -> None:
    from PySide6.QtGui import QKeySequence, QShortcut

    opened: dict[str, object] = {}

    def open_dashboard() -> None:
        from facilitator.ui.background import Background
        from facilitator.ui.coordinator.window import CoordinatorWindow

        dashboard = opened.get("window")
        if not isinstance(dashboard, CoordinatorWindow) or not dashboard.isVisible():
            dashboard = CoordinatorWindow(Background(window), _coordinator_opener(args))  # type: ignore[arg-type]
            opened["window"] = dashboard
        dashboard.show()
        dashboard.raise_()
        dashboard.activateWindow()

    shortcut = QShortcut(QKeySequence("Ctrl+Shift+D"), window)
    shortcut.activated.connect(open_dashboard)
    requested = getattr(window.home, "coordinator_requested", None)
    if requested is not None:
        requested.connect(open_dashboard)


def run_dashboard(args: argparse.Namespace | None = None) -> int:
    """Only the coordinator's window (`facilitator dashboard`)."""

    from facilitator.ui import theme
    from facilitator.ui.background import Background
    from facilitator.ui.coordinator.window import CoordinatorWindow
    from facilitator.ui.i18n import InterfaceLanguage, system_language
    from facilitator.ui.preferences import Preferences

    app = make_application()
    preferences = Preferences()
    theme.apply(app, preferences.large_text)
    language = InterfaceLanguage(app)
    language.apply(os.environ.get("FACILITATOR_LANGUAGE") or preferences.language or system_language())
    background = Background(app)
    window = CoordinatorWindow(background, _coordinator_opener(args))  # type: ignore[arg-type]
    app.aboutToQuit.connect(lambda: background.wait_for_done(10000))
    window.show()
    return int(app.exec())

