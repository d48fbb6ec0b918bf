"""Home: today's and coming meetings, the big button for the next one, and the first
start with an empty store."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store
from facilitator.ui.i18n import InterfaceLanguage
from facilitator.ui.main_window import MainWindow
from facilitator.ui.preferences import Preferences
from facilitator.ui.records_model import Records
from tests.ui.conftest import settle

STRESS = "managing-stress-together"


def planned_course(store: Store) -> object:
    host = store.create_host("Egebjerg Kommune", "Egebjerg", "da", "Europe/Copenhagen")
    course = store.create_course(host_id=host.id, programme_id=STRESS,
                                 programme_version="1.0.0", title="Tirsdagsgruppen",
                                 location="Borgerhuset", group_languages=("ar",),
                                 facilitator_language="da")
    today = date.today()
    store.schedule_meeting(course.id, 1, today - timedelta(days=7), time(10))
    store.schedule_meeting(course.id, 2, today + timedelta(days=2), time(17, 30))
    store.schedule_meeting(course.id, 3, today + timedelta(days=9), time(17, 30))
    meeting = store.start_meeting(course.id, 1)
    store.finish_meeting(meeting.id)
    return course


def test_the_big_button_checks_readiness_then_starts_the_live_meeting(
    qtbot: QtBot, records: Records, preferences: Preferences, store: Store,
    language: InterfaceLanguage,
) -> None:
    from facilitator.app import wire

    course = planned_course(store)
    records.refresh()
    settle(qtbot, records)
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    wire(QApplication.instance(), window, records, language, preferences,  # type: ignore[arg-type]
         from_environment=True)
    window.show()
    home = window.home
    assert home.next_meeting is not None
    assert home.next_meeting.scheduled.session_number == 2
    assert "Tirsdagsgruppen" in home._next_detail.text()
    assert home.upcoming_list.count() == 2
    # Nothing today: the list gives way to a sentence saying so.
    assert not home.today_list.isVisible()
    assert home._empty[home.today_list].isVisible()
    assert home._empty[home.today_list].text() == "No meetings today."
    assert home._status.alignment() == Qt.AlignmentFlag.AlignCenter  # set by name
    assert home.upcoming_list.horizontalScrollBarPolicy() == \
        Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    with qtbot.waitSignal(home.start_meeting_requested) as started:
        qtbot.mouseClick(home.start_button, Qt.MouseButton.LeftButton)
    assert started.args == [course.id, 2]  # type: ignore[attr-defined]
    # The readiness check comes first; its start button goes on to start the meeting.
    from facilitator.ui.readiness.window import ReadinessWindow

    qtbot.waitUntil(lambda: bool(window.findChildren(ReadinessWindow)))
    check = window.findChildren(ReadinessWindow)[0]
    check._on_view_start_requested()
    # Starting opens the live session at the session's first step, in the facilitators'
    # language, with the meeting recorded in the store.
    from facilitator.ui.live.launcher import LiveSessions

    def live_session() -> object:
        found = [live.session for live in window.findChildren(LiveSessions) if live.session]
        return found[0] if found else None

    qtbot.waitUntil(lambda: live_session() is not None, timeout=15000)
    session = live_session()
    expected = records.library.find(STRESS).programme  # type: ignore[union-attr]
    first = expected.session(2).steps[0]
    assert session.window.isVisible()  # type: ignore[attr-defined]
    assert session.meeting.run.current.id == first.id  # type: ignore[attr-defined]
    unfinished = store.find_unfinished_meeting()
    assert unfinished is not None and unfinished.course_id == course.id
    assert unfinished.session_number == 2
    session.close()  # type: ignore[attr-defined]


def test_a_row_stands_for_its_meeting(qtbot: QtBot, records: Records, store: Store) -> None:
    from facilitator.ui.home import HomePage

    course = planned_course(store)
    records.refresh()
    settle(qtbot, records)
    home = HomePage(records)
    qtbot.addWidget(home)
    home.show()
    with qtbot.waitSignal(home.start_meeting_requested) as chosen:
        home.upcoming_list.itemActivated.emit(home.upcoming_list.item(1))
    assert chosen.args == [course.id, 3]  # type: ignore[attr-defined]


def test_a_first_start_explains_what_to_do_and_fills_demo_data(
    qtbot: QtBot, records: Records, preferences: Preferences, store: Store,
    language: InterfaceLanguage,
) -> None:
    from facilitator.app import wire

    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    wire(QApplication.instance(), window, records, language, preferences,  # type: ignore[arg-type]
         from_environment=True)
    window.show()
    panel = window.home.first_start
    assert panel.isVisible()
    text = panel._text.text()
    assert text.count(". ") + 1 == 3  # three sentences
    qtbot.mouseClick(panel.demo_button, Qt.MouseButton.LeftButton)
    assert not panel.demo_button.isEnabled()
    qtbot.waitUntil(lambda: not panel.isVisible(), timeout=30000)
    assert all(o.course.is_demo for o in records.snapshot.overviews)
    assert len(records.snapshot.overviews) == 6
    assert window.courses.table.rowCount() == 6


def test_keyboard_reaches_every_page(qtbot: QtBot, window: MainWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    for index, page in enumerate((window.home, window.courses, window.programmes,
                                  window.settings)):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page() is page


def test_the_rehearse_entry_opens_the_rehearsal_picker(
    qtbot: QtBot, records: Records, preferences: Preferences, store: Store,
    language: InterfaceLanguage,
) -> None:
    from facilitator.app import wire
    from facilitator.ui.rehearsal.picker import RehearsalPicker

    planned_course(store)
    records.refresh()
    settle(qtbot, records)
    window = MainWindow(records, preferences, "en")
    qtbot.addWidget(window)
    wire(QApplication.instance(), window, records, language, preferences,  # type: ignore[arg-type]
         from_environment=True)
    window.show()
    qtbot.mouseClick(window.home.rehearse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in window.findChildren(RehearsalPicker)))
    for picker in window.findChildren(RehearsalPicker):
        picker.reject()
