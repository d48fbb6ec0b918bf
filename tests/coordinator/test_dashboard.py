"""The dashboard with a real coordinator store under pytest-qt: filters, charts backed by
tables, suppression, queries off the GUI thread, import with a summary."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.records.coordinator.imports import import_paths
from facilitator.records.coordinator.store import CoordinatorStore, open_coordinator_store
from facilitator.sessions.vocabulary import AgeBand, Gender, ReferralDestination
from facilitator.ui.background import Background
from facilitator.ui.coordinator.window import CoordinatorWindow
from tests.coordinator import bundles

KNOWN = bundles.catalogue(bundles.STRESS, bundles.PARENTS)


def _fill(folder: Path) -> None:
    """Two hosts, two programmes, Arabic and Russian groups, in spring 2025."""
    plans = [("Lindhøj Skole", bundles.STRESS, ("ar", "da")), ("Havnestad Kommune", bundles.PARENTS, ("ru", "da"))]
    for c in range(4):
        host, programme, languages = plans[c % 2]
        course = uuid.UUID(int=500 + c)
        meetings = [
            bundles.meeting(course, n, date(2025, 2, 3) + timedelta(days=7 * (n - 1) + c), host=host,
                            programme_id=programme, attendance=(9 - n, 1, 0, n - 1),
                            group_languages=languages,
                            referrals={ReferralDestination.GENERAL_PRACTITIONER: 1} if n == 2 else None)
            for n in range(1, 6)
        ]
        for m in meetings:
            bundles.write(m, folder)
        bundles.write(bundles.course(course, meetings, group_languages=languages,
                                     reach={(Gender.WOMAN, AgeBand.FROM_30_TO_44): 7,
                                            (Gender.MAN, AgeBand.FROM_30_TO_44): 6},
                                     languages={languages[0]: 13}), folder)


@pytest.fixture
def url(tmp_path: Path) -> Iterator[str]:
    address = f"sqlite:///{tmp_path / 'coordinator.db'}"
    store = open_coordinator_store(address)
    _fill(tmp_path / "bundles")
    summary = import_paths(store, [tmp_path / "bundles"], catalogue=KNOWN)
    assert not summary.rejected
    store.close()
    yield address


@pytest.fixture
def window(qtbot: QtBot, url: str) -> Iterator[CoordinatorWindow]:
    background = Background()
    made = CoordinatorWindow(background, lambda: open_coordinator_store(url), today=date(2025, 7, 1))
    qtbot.addWidget(made)
    with qtbot.waitSignal(made.dashboard.refreshed, timeout=20000):
        made.show()
    yield made
    made.close()
    background.wait_for_done(10000)
    QApplication.processEvents()


def _refresh(qtbot: QtBot, window: CoordinatorWindow, change: object) -> None:
    with qtbot.waitSignal(window.dashboard.refreshed, timeout=20000):
        change()  # type: ignore[operator]


def test_dashboard_shows_all_meetings_with_every_chart_backed_by_a_table(
    qtbot: QtBot, window: CoordinatorWindow
) -> None:
    dashboard = window.dashboard
    assert dashboard._cards["meetings"][0].text() == "20"
    figures = dashboard.figures
    assert set(figures) == {"months", "sessions", "gender_age", "languages", "adherence", "referrals",
                            "films", "themes"}
    for key, view in dashboard.views.items():
        assert view.chart_view.chart() is not None and view.chart_view.chart().series(), key
        qtbot.mouseClick(view.table_button, Qt.MouseButton.LeftButton)
        assert view.showing_table
        assert view.model.rowCount() == len(figures[key].rows) > 0, key
    sessions = figures["sessions"]
    assert [row[0] for row in sessions.rows] == ["1", "2", "3", "4", "5"]
    assert sessions.rows[0][2] == "36"  # 4 courses × (8 present + 1 late)


def test_dashboard_filters_by_host_programme_language_and_period(qtbot: QtBot, window: CoordinatorWindow) -> None:
    dashboard = window.dashboard
    bar = dashboard.filters
    host = bar.host.findText("Havnestad Kommune")
    _refresh(qtbot, window, lambda: bar.host.setCurrentIndex(host))
    assert dashboard._cards["meetings"][0].text() == "10"
    assert [row[0] for row in dashboard.figures["adherence"].rows] == ["Parents in a new country"]
    _refresh(qtbot, window, lambda: bar.host.setCurrentIndex(0))
    programme = bar.programme.findData(bundles.STRESS)
    _refresh(qtbot, window, lambda: bar.programme.setCurrentIndex(programme))
    assert dashboard._cards["meetings"][0].text() == "10"
    _refresh(qtbot, window, lambda: bar.programme.setCurrentIndex(0))
    language = bar.language.findData("ru")
    _refresh(qtbot, window, lambda: bar.language.setCurrentIndex(language))
    assert dashboard._cards["meetings"][0].text() == "10"
    assert [row[0] for row in dashboard.figures["languages"].rows][0] == "Русский"
    _refresh(qtbot, window, lambda: bar.language.setCurrentIndex(0))
    _refresh(qtbot, window, lambda: bar.choose_period(date(2025, 2, 1), date(2025, 2, 28)))
    months = dashboard.figures["months"]
    assert len(months.rows) == 1 and dashboard._cards["meetings"][0].text() == "16"
    _refresh(qtbot, window, lambda: bar.preset.setCurrentIndex(bar.preset.findData("previous-half")))
    assert dashboard._cards["meetings"][0].text() == "20"  # January to June 2025
    _refresh(qtbot, window, lambda: bar.preset.setCurrentIndex(bar.preset.findData("half")))
    assert dashboard._cards["meetings"][0].text() == "0"
    assert "No meetings" in dashboard.status.text()


def test_dashboard_suppresses_small_cells_in_tables_and_charts(window: CoordinatorWindow) -> None:
    figures = window.dashboard.figures
    referrals = figures["referrals"]
    gp = next(row for row in referrals.rows if row[0] == "general practitioner")
    assert gp[1] == "<5"  # 4 referrals in all
    index = referrals.rows.index(gp)
    assert referrals.series[0].values[index] is None  # not drawn
    gender = figures["gender_age"]
    assert gender.rows[-1][-1] == "52"  # the grand total is published: 4 courses × 13
    for r, row in enumerate(gender.rows[:-1]):
        for c, cell in enumerate(row[1:-1]):
            assert cell in ("<5", "x") or int(cell) >= 5
            drawn = gender.series[r].values[c]
            assert (drawn is None) == (cell in ("<5", "x"))
    assert "fewer than 5" in window.dashboard.views["referrals"].note.text()


def test_dashboard_queries_run_off_the_gui_thread(qtbot: QtBot, window: CoordinatorWindow) -> None:
    store = window.dashboard.store
    assert isinstance(store, CoordinatorStore)
    threads: list[bool] = []
    original = store.period_counts

    def spy(filters: object) -> object:
        threads.append(threading.current_thread() is threading.main_thread())
        return original(filters)  # type: ignore[arg-type]

    store.period_counts = spy  # type: ignore[method-assign]
    _refresh(qtbot, window, window.dashboard.refresh)
    assert threads == [False]


def test_dashboard_imports_a_folder_and_reports_what_happened(
    qtbot: QtBot, window: CoordinatorWindow, tmp_path: Path
) -> None:
    folder = tmp_path / "more"
    course = uuid.uuid4()
    bundles.write(bundles.meeting(course, 1, date(2025, 3, 20), host="Nordby Bibliotek"), folder)
    (folder / "broken.zip").write_bytes(b"nope")
    window.dashboard_actions.import_folder(folder)
    qtbot.waitUntil(lambda: "imported" in window.dashboard_actions.message.text(), timeout=20000)
    assert window.dashboard_actions.message.text().startswith("1 imported, 0 already there, 0 replaced")
    assert "broken.zip: it is not a zip file" in window.dashboard_actions.message.text()
    qtbot.waitUntil(lambda: window.dashboard.filters.host.findText("Nordby Bibliotek") >= 0, timeout=20000)
    qtbot.waitUntil(lambda: window.dashboard._cards["meetings"][0].text() == "21", timeout=20000)


def test_dashboard_writes_the_host_report_for_the_filters(qtbot: QtBot, window: CoordinatorWindow,
                                                          tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    window.dashboard_actions.report_to(out)
    qtbot.waitUntil(lambda: "written" in window.dashboard_actions.message.text(), timeout=20000)
    text = out.read_bytes().decode("utf-8-sig")
    assert "Meetings held;;20" in text


def test_main_window_opens_the_dashboard_with_ctrl_shift_d(qtbot: QtBot, url: str, tmp_path: Path,
                                                           data_home: Path) -> None:
    from argparse import Namespace

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QKeySequence, QShortcut

    from facilitator.app import wire_coordinator
    from facilitator.ui.main_window import MainWindow
    from facilitator.ui.preferences import Preferences
    from facilitator.ui.records_model import Records

    background = Background()
    preferences = Preferences(QSettings(str(tmp_path / "interface.ini"), QSettings.Format.IniFormat))
    main = MainWindow(Records(background), preferences, "en")
    qtbot.addWidget(main)
    wire_coordinator(main, Namespace(coordinator_db=url, db=None))
    shortcut = next(s for s in main.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+Shift+D"))
    shortcut.activated.emit()
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, CoordinatorWindow) and w.isVisible()]
    assert len(opened) == 1
    qtbot.addWidget(opened[0])
    qtbot.waitUntil(lambda: opened[0].dashboard._cards["meetings"][0].text() == "20", timeout=20000)
    shortcut.activated.emit()  # a second press brings the same window forward
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, CoordinatorWindow) and w.isVisible()] == opened
    opened[0].close()
    background.wait_for_done(10000)
