"""A host with a safety card and a course with codes and a schedule, made through the real
widgets; editing a course after a meeting was held loses nothing."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from facilitator.records.store import Store
from facilitator.records.values import MeetingState
from facilitator.sessions.vocabulary import AgeBand, Attendance, Gender
from facilitator.ui.course_editor import CourseEditor
from facilitator.ui.host_editor import HostEditor
from facilitator.ui.main_window import MainWindow
from facilitator.ui.records_model import Records
from tests.ui.conftest import settle

PARENTS = "parents-in-a-new-country"


def click_save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    button = buttons.button(QDialogButtonBox.StandardButton.Save)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def make_host(qtbot: QtBot, editor: CourseEditor, records: Records) -> None:
    qtbot.mouseClick(editor.ui.new_host, Qt.MouseButton.LeftButton)
    host_editor = editor.host_editor
    assert isinstance(host_editor, HostEditor)
    qtbot.keyClicks(host_editor.name, "Egebjerg Kommune")
    qtbot.keyClicks(host_editor.place, "Egebjerg")
    host_editor.time_zone.setCurrentText("Europe/Copenhagen")
    host_editor.set_card("da", "Kontaktperson: 11 22 33 44 (hverdage 9–15)\nAlarm: 112",
                         "1. Tal roligt med deltageren efter mødet.\n2. Ring til kontaktpersonen.")
    host_editor.set_card("ar", "الشخص المسؤول: 11 22 33 44", "١. تحدّث بهدوء مع المشارك.")
    with qtbot.waitSignal(host_editor.saved, timeout=10000):
        click_save(qtbot, host_editor.buttons)
    settle(qtbot, records)


def test_a_host_with_a_safety_card_and_a_course_with_codes_and_meetings(
    qtbot: QtBot, window: MainWindow, records: Records, store: Store
) -> None:
    window.show()
    editor = window.open_course_editor()
    ui = editor.ui
    ui.programme.setCurrentIndex(ui.programme.findData(PARENTS))
    make_host(qtbot, editor, records)
    assert ui.host.currentText() == "Egebjerg Kommune (Egebjerg)"
    assert "Europe/Copenhagen" in ui.zone_note.text()
    qtbot.keyClicks(ui.location, "Borgerhuset, lokale 2")
    qtbot.keyClicks(ui.initials, "ah, mk")
    arabic = next(ui.group_languages.item(i) for i in range(ui.group_languages.count())
                  if ui.group_languages.item(i).data(Qt.ItemDataRole.UserRole) == "ar")
    arabic.setCheckState(Qt.CheckState.Checked)

    ui.tabs.setCurrentIndex(1)
    assert ui.count.value() == 8  # one meeting per session of the programme
    ui.first_date.setDate(date(2027, 3, 1))
    ui.first_time.setTime(time(17, 30))
    qtbot.mouseClick(ui.generate, Qt.MouseButton.LeftButton)
    assert ui.schedule.table.rowCount() == 8
    ui.schedule.set_date(7, date(2027, 4, 26))  # one week later than weekly, after Easter

    ui.tabs.setCurrentIndex(2)
    ui.add_count.setValue(11)
    qtbot.mouseClick(ui.add_codes, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(ui.code, "x20")
    qtbot.keyClick(ui.code, Qt.Key.Key_Return)
    qtbot.keyClicks(ui.code, "Anna")
    qtbot.mouseClick(ui.add_code, Qt.MouseButton.LeftButton)
    assert "never a name" in ui.error.text()
    assert ui.participants.codes()[-1] == "X20"
    table = ui.participants.table
    table.cellWidget(0, 1).setCurrentIndex(2)  # P01: 18–29
    table.cellWidget(0, 2).setCurrentIndex(1)  # P01: woman

    with qtbot.waitSignal(editor.saved, timeout=10000):
        click_save(qtbot, ui.buttons)
    settle(qtbot, records)

    host = store.hosts()[0]
    assert host.time_zone == "Europe/Copenhagen"
    assert set(host.safety_cards) == {"da", "ar"}
    assert "112" in host.safety_cards["da"].contacts
    course = store.courses()[0]
    assert (course.programme_id, course.location) == (PARENTS, "Borgerhuset, lokale 2")
    assert course.group_languages == ("en", "ar")
    assert course.facilitator_initials == ("AH", "MK")
    people = store.participants(course.id)
    assert [p.code for p in people] == [f"P{n:02d}" for n in range(1, 12)] + ["X20"]
    assert (people[0].age_band, people[0].gender) == (AgeBand.FROM_18_TO_29, Gender.WOMAN)
    schedule = store.schedule(course.id)
    assert [s.session_number for s in schedule] == list(range(1, 9))
    assert schedule[0].local_date == date(2027, 3, 1)
    assert schedule[0].local_time == time(17, 30)
    assert schedule[6].local_date == date(2027, 4, 12)
    assert schedule[7].local_date == date(2027, 4, 26)
    assert all(s.time_zone == "Europe/Copenhagen" for s in schedule)
    # The courses page lists it.
    table = window.courses.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "Egebjerg Kommune"
    assert table.item(0, 4).text() == "0 of 8"


def held_course(store: Store) -> tuple[object, object]:
    """A course with codes and a schedule whose first meeting was held and finished."""
    host = store.create_host("Lindhøj Skole", "Lindhøj", "da", "Europe/Copenhagen")
    course = store.create_course(host_id=host.id, programme_id=PARENTS,
                                 programme_version="1.0.0", location="Skolens fællesrum",
                                 group_languages=("ar",), facilitator_language="da")
    people = store.add_participants(course.id, 6)
    for number in range(1, 9):
        store.schedule_meeting(course.id, number, date(2026, 9, 1) + timedelta(weeks=number - 1),
                               time(10))
    meeting = store.start_meeting(course.id, 1, first_step_id=None)
    for person in people[:5]:
        store.mark_attendance(meeting.id, person.id, Attendance.PRESENT)
    store.finish_meeting(meeting.id)
    return course, meeting


def test_editing_a_course_after_a_meeting_was_held_keeps_the_meeting(
    qtbot: QtBot, window: MainWindow, records: Records, store: Store
) -> None:
    course, meeting = held_course(store)
    settle(qtbot, records)
    records.refresh()
    settle(qtbot, records)
    window.show()
    window.show_page(1)
    window.courses.table.selectRow(0)
    qtbot.mouseClick(window.courses.edit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.course_editor is not None, timeout=10000)
    editor = window.course_editor
    assert editor is not None
    ui = editor.ui
    assert not ui.programme.isEnabled()  # a course keeps its programme
    assert "already held" in ui.version_note.text()
    schedule = ui.schedule
    assert schedule.table.rowCount() == 8
    assert not schedule.table.cellWidget(0, 1).isEnabled()  # the held meeting is locked
    assert "held, kept as it was" in schedule.table.item(0, 3).text()
    assert schedule.table.cellWidget(1, 1).isEnabled()

    ui.location.clear()
    qtbot.keyClicks(ui.location, "Biblioteket")
    ui.first_date.setDate(date(2026, 10, 5))
    ui.first_time.setTime(time(16, 0))
    qtbot.mouseClick(ui.generate, Qt.MouseButton.LeftButton)  # re-plans meetings 2–8 only
    ui.add_count.setValue(2)
    qtbot.mouseClick(ui.add_codes, Qt.MouseButton.LeftButton)
    assert ui.participants.codes() == [f"P{n:02d}" for n in range(1, 9)]
    with qtbot.waitSignal(editor.saved, timeout=10000):
        click_save(qtbot, ui.buttons)
    settle(qtbot, records)

    overview = store.course_overview(course.id)  # type: ignore[arg-type]
    assert overview.course.location == "Biblioteket"
    assert overview.participants == 8
    [held] = overview.meetings
    assert held.id == meeting.id  # type: ignore[attr-defined]
    assert held.state is MeetingState.FINISHED
    assert held.attended == 5
    planned = {s.session_number: s for s in overview.schedule}
    assert planned[1].local_date == date(2026, 9, 1) and planned[1].local_time == time(10)
    assert planned[2].local_date == date(2026, 10, 5) and planned[2].local_time == time(16)
    assert planned[8].local_date == date(2026, 11, 16)

