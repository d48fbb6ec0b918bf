"""Real records behind real widgets: a store in a fresh data folder, the bundled library,
and the main window built the way the composition root builds it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store, open_store
from facilitator.sessions.library import Library, discover
from facilitator.ui.background import Background
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records, RecordsState


@pytest.fixture(scope="session", autouse=True)
def gui_thread_collector(qapp: QApplication) -> Iterator[None]:
    """As in the application: cycles holding Qt objects are collected on the GUI thread."""
    from facilitator.ui.collector import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield
    collector.stop()


@pytest.fixture(scope="session")
def bundled_library() -> Library:
    return discover(use_cache=False)


@pytest.fixture
def store(data_home: Path) -> Iterator[Store]:
    opened = open_store(str(data_home / "facilitator.db"))
    yield opened
    opened.close()


@pytest.fixture
def preferences(tmp_path: Path) -> Preferences:
    return Preferences(QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def records(qtbot: QtBot, qapp: QApplication, store: Store, bundled_library: Library
            ) -> Iterator[Records]:
    # Parented to the application, as in app.py: a worker is never destroyed while a job
    # of it may still be delivering its answer.
    background = Background(qapp)
    model = Records(background)
    model.set_library(bundled_library)
    with qtbot.waitSignal(model.changed, timeout=10000):
        model.attach(store)
    yield model
    background.wait_for_done(10000)
    QApplication.processEvents()


def make_window(qtbot: QtBot, records: Records, preferences: Preferences) -> MainWindow:
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot: QtBot, records: Records, preferences: Preferences) -> MainWindow:
    return make_window(qtbot, records, preferences)


@pytest.fixture
def language(qapp: QApplication) -> Iterator[InterfaceLanguage]:
    switcher = InterfaceLanguage()
    yield switcher
    switcher.apply("en")


def settle(qtbot: QtBot, records: Records) -> None:
    """Wait until every store call asked for so far has come back."""
    qtbot.waitUntil(lambda: records.background.pending == 0, timeout=15000)
    assert records.state is RecordsState.READY
