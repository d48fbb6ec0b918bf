"""The composition root's live-session wiring: the home screen's start (through the
readiness check) opens the live session; an unfinished meeting is offered for resuming."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.app import wire
from facilitator.records import home_cache
from facilitator.records.store import Store, open_store
from facilitator.sessions.library import Library
from facilitator.ui.background import Background
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.live.resume_offer import ResumeOfferDialog
from facilitator.ui.live.window import FacilitatorWindow
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records, cached_snapshot
from tests.ui.conftest import settle
from tests.ui.live.conftest import make_course


def _live_windows() -> list[FacilitatorWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, FacilitatorWindow) and w.isVisible()]


def _wired(qtbot: QtBot, records: Records, preferences: Preferences,
           language: InterfaceLanguage) -> MainWindow:
    preferences.player_backend = "qt"
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    wire(QApplication.instance(), window, records, language, preferences,  # type: ignore[arg-type]
         from_environment=True)
    window.show()
    return window


def test_starting_a_meeting_from_home_opens_the_live_session(
        qtbot: QtBot, records: Records, preferences: Preferences, store: Store,
        language: InterfaceLanguage) -> None:
    course = make_course(store)
    records.refresh()
    settle(qtbot, records)
    window = _wired(qtbot, records, preferences, language)
    window.home.start_meeting_requested.emit(course.id, 2)
    from facilitator.ui.readiness.window import ReadinessWindow

    def started() -> bool:
        checks = window.findChildren(ReadinessWindow)
        if checks:
            checks[0]._on_view_start_requested()
        return bool(_live_windows())

    qtbot.waitUntil(started, timeout=15000)
    [live] = _live_windows()
    assert live.parts.script.main.title.text() == "Welcome back"
    held = store.find_unfinished_meeting()
    assert held is not None and held.session_number == 2
    live.close()
    qtbot.waitUntil(lambda: not _live_windows())


def test_an_unfinished_meeting_is_offered_and_resumed_at_its_step(
        qtbot: QtBot, records: Records, preferences: Preferences, store: Store,
        language: InterfaceLanguage) -> None:
    course = make_course(store)
    meeting = store.start_meeting(course.id, 2, first_step_id="s2-welcome")
    store.enter_step(meeting.id, "s2-check-in")
    window = _wired(qtbot, records, preferences, language)
    records.refresh()
    qtbot.waitUntil(lambda: bool(window.findChildren(ResumeOfferDialog)), timeout=15000)
    offer = window.findChildren(ResumeOfferDialog)[0]
    assert "Tuesday group" in offer.heading.text()
    assert "Check-in: your inner weather" in offer.body.text()
    offer.accept()
    qtbot.waitUntil(lambda: bool(_live_windows()), timeout=15000)
    [live] = _live_windows()
    assert live.parts.script.main.title.text() == "Check-in: your inner weather"
    live.close()
    qtbot.waitUntil(lambda: not _live_windows())


def test_from_a_home_drawn_from_the_cache_starting_a_meeting_opens_the_store_first(
        qtbot: QtBot, qapp: QApplication, preferences: Preferences, data_home: Path,
        language: InterfaceLanguage, bundled_library: Library) -> None:
    path = data_home / "facilitator.db"
    first = open_store(str(path))
    course = make_course(first)
    home_cache.close_and_remember(first)
    facts = home_cache.read(str(path))
    assert facts is not None
    records = Records(Background(qapp))
    records.set_library(bundled_library)
    opened: list[Store] = []
    records.open_when_needed(lambda: opened.append(open_store(str(path))) or opened[-1],
                             lambda error: None)
    window = _wired(qtbot, records, preferences, language)
    records.show_cached(cached_snapshot(facts))
    assert not opened
    window.home.start_meeting_requested.emit(course.id, 1)
    from facilitator.ui.readiness.window import ReadinessWindow

    def started() -> bool:
        checks = window.findChildren(ReadinessWindow)
        if checks:
            checks[0]._on_view_start_requested()
        return bool(_live_windows())

    qtbot.waitUntil(started, timeout=20000)
    [live] = _live_windows()
    assert records.store is opened[0] and not records.cached
    held = opened[0].find_unfinished_meeting()
    assert held is not None and held.session_number == 1
    live.close()
    qtbot.waitUntil(lambda: not _live_windows())
    records.close_when_done()
    records.background.wait_for_done(10000)
