"""The home screen drawn from the home cache: at once, with the store opened only by the
first job that needs it (and a failure to open reported to that job and to the window);
a second start of the application reaches its filled home without loading SQLAlchemy."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from datetime import date, time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from facilitator.app import StoreOpener
from facilitator.records import home_cache
from facilitator.records.errors import StoreCorrupt
from facilitator.records.store import Store, open_store
from facilitator.ui.background import Background
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records, RecordsState, cached_snapshot

REPO = Path(__file__).resolve().parents[2]


def _remembered_store(path: Path) -> None:
    store = open_store(str(path))
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    course = store.create_course(
        host_id=host.id, programme_id="managing-stress-together", programme_version="1.0.0",
        title="Tuesday group", location="Borgerhuset", group_languages=["da"],
        facilitator_language="da", facilitator_initials=["ab"])
    store.add_participants(course.id, 4)
    store.schedule_meeting(course.id, 1, date.today(), time(23, 59))
    home_cache.close_and_remember(store)


def _records_from_cache(path: Path) -> Records:
    """Records drawn from the cache of the store at `path`, which opens on demand."""
    facts = home_cache.read(str(path))
    assert facts is not None
    records = Records(Background())
    records.open_when_needed(lambda: open_store(str(path)), lambda error: None)
    records.show_cached(cached_snapshot(facts))
    return records


def _shown_window(qtbot: QtBot, records: Records, preferences: Preferences) -> MainWindow:
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_cache_draws_the_screens_and_the_first_job_opens_the_store(
        qtbot: QtBot, data_home: Path) -> None:
    path = data_home / "facilitator.db"
    _remembered_store(path)
    facts = home_cache.read(str(path))
    assert facts is not None
    records = Records(Background())
    opened: list[Store] = []

    def opener() -> Store:
        opened.append(open_store(str(path)))
        return opened[-1]

    records.open_when_needed(opener, lambda error: None)
    with qtbot.waitSignal(records.changed):
        records.show_cached(cached_snapshot(facts))
    assert records.state is RecordsState.READY and records.cached and records.store is None
    assert [o.course.title for o in records.snapshot.overviews] == ["Tuesday group"]
    assert [m.course_title for m in records.snapshot.today] == ["Tuesday group"]
    assert not opened

    answers: list[object] = []
    records.call(lambda store: store.set_setting("retention.notes_months", 12),
                 lambda result: answers.append("saved"), answers.append)
    qtbot.waitUntil(lambda: answers == ["saved"], timeout=15000)
    assert records.store is opened[0] and not records.cached
    assert records.setting("retention.notes_months") == 12
    records.background.run(lambda: opened[0].close())
    records.background.wait_for_done(10000)


def test_a_store_that_cannot_be_opened_fails_the_job_and_tells_the_window(
        qtbot: QtBot, data_home: Path, preferences: Preferences) -> None:
    path = data_home / "facilitator.db"
    _remembered_store(path)
    records = _records_from_cache(path)
    window = _shown_window(qtbot, records, preferences)
    opener = StoreOpener(records, window, str(path))
    # What a damaged file would do: the opener raises.
    records.open_when_needed(lambda: (_ for _ in ()).throw(StoreCorrupt("damaged")),
                             opener._on_failed)
    failures: list[BaseException] = []
    records.call(lambda store: store.settings(), on_failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures) and records.state is RecordsState.UNAVAILABLE,
                    timeout=15000)
    assert isinstance(failures[0], StoreCorrupt)
    boxes = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "damaged" in boxes[-1].text()
    boxes[-1].done(0)


PROBE = textwrap.dedent("""
    import builtins, sys
    shown = builtins.print
    def report(*args, **kwargs):
        if args and args[0] == "ready":
            shown("sqlalchemy loaded:", "sqlalchemy" in sys.modules)
            core = sys.modules["PySide6.QtCore"]
            shown("Qt namespace made:", "Qt" in core.__dict__)
            shown("QEvent made:", "QEvent" in core.__dict__)
        shown(*args, **kwargs)
    builtins.print = report
    from facilitator.cli import main
    sys.exit(main([]))
""")


def test_a_second_start_reaches_its_filled_home_without_the_database_layer(
        tmp_path: Path) -> None:
    env = dict(os.environ, FACILITATOR_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               FACILITATOR_EXIT_WHEN_READY="records", XDG_RUNTIME_DIR=str(tmp_path))
    env.pop("FACILITATOR_DB", None)
    env.pop("FACILITATOR_LANGUAGE", None)
    subprocess.run([sys.executable, "-m", "facilitator", "demo", "--courses", "2"], env=env,
                   cwd=REPO, check=True, capture_output=True, timeout=120)
    outputs = [subprocess.run([sys.executable, "-c", PROBE], env=env, cwd=REPO, text=True,
                              capture_output=True, timeout=120).stdout for _ in range(2)]
    # The first start opens the store (no cache yet), makes the day's backup and, closing,
    # keeps the home screen's facts; the second draws its home from them alone.
    assert "sqlalchemy loaded: True" in outputs[0]
    assert "sqlalchemy loaded: False" in outputs[1]
    # Nor the enums of Qt's `Qt` namespace, 17 ms to make (see docs/start-up.md).
    assert "Qt namespace made: False" in outputs[1]
    assert "QEvent made: False" in outputs[1]  # no changeEvent in Python (see i18n)
    assert (tmp_path / "cache" / "home.pickle").exists()
    assert list((tmp_path / "backups").glob("facilitator-*-daily.db"))


def test_settings_opened_later_lists_the_backups_without_opening_the_store(
        qtbot: QtBot, data_home: Path, preferences: Preferences) -> None:
    path = data_home / "facilitator.db"
    _remembered_store(path)
    store = open_store(str(path))
    store.backup_now()
    home_cache.close_and_remember(store)
    records = _records_from_cache(path)
    window = _shown_window(qtbot, records, preferences)
    window.show_page(3)  # Settings, built now
    backups = window.settings.security.backup_list
    qtbot.waitUntil(lambda: backups.count() == 1 and "No backups" not in backups.item(0).text(),
                    timeout=10000)
    assert records.store is None  # listed from the files' names


def test_while_the_store_opens_for_a_job_the_window_says_so(
        qtbot: QtBot, data_home: Path, preferences: Preferences) -> None:
    path = data_home / "facilitator.db"
    _remembered_store(path)
    records = _records_from_cache(path)
    window = _shown_window(qtbot, records, preferences)
    answers: list[object] = []
    records.call(lambda store: store.settings(), answers.append, answers.append)
    assert QApplication.overrideCursor() is not None
    assert window.statusBar().currentMessage() == "Opening your records…"
    qtbot.waitUntil(lambda: bool(answers), timeout=15000)
    assert isinstance(answers[0], dict)
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""
    records.close_when_done()
    records.background.wait_for_done(10000)


def test_a_start_from_the_cache_still_makes_the_days_backup_when_it_is_due(
        tmp_path: Path) -> None:
    env = dict(os.environ, FACILITATOR_HOME=str(tmp_path), QT_QPA_PLATFORM="offscreen",
               FACILITATOR_EXIT_WHEN_READY="records", XDG_RUNTIME_DIR=str(tmp_path))
    env.pop("FACILITATOR_DB", None)
    subprocess.run([sys.executable, "-m", "facilitator", "demo", "--courses", "1"], env=env,
                   cwd=REPO, check=True, capture_output=True, timeout=120)
    subprocess.run([sys.executable, "-m", "facilitator"], env=env, cwd=REPO, check=True,
                   capture_output=True, timeout=120)  # makes the cache (and a backup)
    for made in (tmp_path / "backups").glob("*.db"):
        made.unlink()
    assert (tmp_path / "cache" / "home.pickle").exists()
    subprocess.run([sys.executable, "-m", "facilitator"], env=env, cwd=REPO, check=True,
                   capture_output=True, timeout=120)  # home from the cache, backup due
    assert list((tmp_path / "backups").glob("facilitator-*-daily.db"))
