"""A whole meeting of the demo programme, keyboard only, through the real widgets: the
store then holds what happened, step times with the pause left out."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.media.player import PlayerState
from facilitator.records.meeting_log import DeviationKind, GapKind
from facilitator.records.values import MeetingState
from facilitator.sessions.vocabulary import Attendance, ConcernKind, ReferralDestination
from facilitator.ui.live.projector import ProjectorPage
from tests.ui.live.conftest import Live
from tests.ui.live.keyboard import native_press, press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def test_a_whole_meeting_by_keyboard_is_recorded_step_by_step(open_live) -> None:
    live: Live = open_live(session_number=2)
    qtbot, window, meeting = live.qtbot, live.session.window, live.meeting

    def back_to_window() -> None:
        # What the window manager does when a dialog closes (offscreen Qt needs asking).
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    back_to_window()

    def key(k: K | str, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        press(qtbot, window, k, modifier)

    def minutes(value: float) -> None:
        live.settle()
        live.clock.advance(minutes=value)

    # Attendance: A jumps to the first code; Enter moves a code on; Tab to the next.
    key(K.Key_A)
    assert window.parts.tabs.currentWidget() is window.parts.attendance
    key(K.Key_Return)                          # P01 present
    key(K.Key_Tab)
    key(K.Key_Return)
    key(K.Key_Return)                          # P02 late
    for presses in (1, 1, 3, 4):               # P03, P04 present, P05 excused, P06 absent
        key(K.Key_Tab)
        for _ in range(presses):
            key(K.Key_Return)
    key(K.Key_Z, CTRL)                         # undo: P06 back to excused
    codes = {p.code: p.id for p in meeting.participants}
    assert meeting.attendance(codes["P06"]) is Attendance.EXCUSED
    key(K.Key_Return)                          # and absent again
    key(K.Key_Tab)                             # the new-code field: someone arrives late
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    type_text(qtbot, window, "p07")
    key(K.Key_Return)
    key(K.Key_Escape)                          # Esc leaves the field
    live.settle()
    qtbot.waitUntil(lambda: len(meeting.participants) == 7)

    minutes(4)
    key(K.Key_Right)                           # check-in (runs long: an overrun)
    minutes(14)
    key(K.Key_PageDown)                        # review, with a pause inside
    minutes(3)
    key(K.Key_P)
    assert window.parts.step_timer.isVisible() and meeting.is_paused
    assert window.parts.meeting_clock.paused.isVisible()
    minutes(10)                                # paused: not step time
    key(K.Key_P)
    minutes(9)
    key(K.Key_Space)                           # psychoeducation
    minutes(10)
    key(K.Key_Right)                           # the film step: Enter plays
    assert meeting.current.id == "s2-film"
    key(K.Key_Return)
    assert live.player.state() is PlayerState.PLAYING
    assert live.session.projector.page is ProjectorPage.FILM
    live.player.advance(1500)
    key(K.Key_B)                               # blank: black and silent at once
    assert live.session.projector.page is ProjectorPage.BLACK
    assert live.player.state() is PlayerState.PAUSED and live.player.is_muted()
    native_press(window, "لا", 56, 0x6c7)      # the B key on an Arabic layout: unblank
    assert live.session.projector.page is ProjectorPage.FILM
    assert live.player.state() is PlayerState.PLAYING and not live.player.is_muted()
    live.player.finish()
    assert live.session.projector.page is ProjectorPage.TEXT
    minutes(8)
    key(K.Key_Right)                           # exercise: a note on it
    key(K.Key_N, CTRL)
    type_text(qtbot, window, "Several people said sleep is hard this week")
    key(K.Key_Return)
    live.settle()
    qtbot.waitUntil(lambda: len(meeting.notes()) == 1)

    key(K.Key_L, CTRL)                         # a concern in two key presses
    key(K.Key_Return)                          # distress in the session
    key(K.Key_Tab)
    key(K.Key_Return)                          # referred to a general practitioner
    minutes(12)
    key(K.Key_Right)                           # the break is optional: no reason asked
    key(K.Key_K, CTRL)
    dialog = window.skip_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not dialog.reason.isVisible()
    key(K.Key_Return)
    assert meeting.current.id == "s2-discussion"
    back_to_window()
    minutes(13)
    key(K.Key_Right)                           # homework: skipped with a reason
    key(K.Key_K, CTRL)
    dialog = window.skip_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert not dialog.skip_button.isEnabled()
    type_text(qtbot, window, "Not enough time")
    key(K.Key_Return)
    assert meeting.current.id == "s2-round-up"
    back_to_window()
    minutes(5)

    key(K.Key_E, CTRL)                         # wrap-up: overrun note, then finish
    wrap_up = live.session.wrap_up
    assert wrap_up is not None
    qtbot.waitUntil(lambda: QApplication.focusWidget() is wrap_up.overrun_notes["s2-check-in"])
    assert not wrap_up.reasons  # every step was delivered or skipped with a reason
    type_text(qtbot, window, "The group wanted time to arrive")
    key(K.Key_Return)
    live.settle()
    qtbot.waitUntil(lambda: meeting.is_finished and wrap_up.close_button.isVisible())

    # What the store now holds.
    store, mid = live.store, meeting.meeting_id
    assert store.meeting(mid).state is MeetingState.FINISHED
    by_code = {p.code: p.id for p in store.participants(meeting.course.id)}
    marks = store.attendance(mid)
    assert {code: marks[pid] for code, pid in by_code.items()} == {
        "P01": Attendance.PRESENT, "P02": Attendance.LATE, "P03": Attendance.PRESENT,
        "P04": Attendance.PRESENT, "P05": Attendance.EXCUSED, "P06": Attendance.ABSENT,
        "P07": Attendance.PRESENT}
    times = store.step_times(mid)
    assert times["s2-welcome"] == timedelta(minutes=4)
    assert times["s2-check-in"] == timedelta(minutes=14)
    assert times["s2-review"] == timedelta(minutes=12)  # 3 + 9: the 10-minute pause left out
    assert times["s2-film"] == timedelta(minutes=8)
    assert times["s2-round-up"] == timedelta(minutes=5)
    assert "s2-homework" in times  # visited briefly before being skipped
    assert [g.kind for g in store.gaps(mid)].count(GapKind.PAUSED) >= 1
    deviations = {(d.step_id, d.kind): d.reason for d in store.deviations(mid)}
    assert deviations[("s2-homework", DeviationKind.SKIPPED)] == "Not enough time"
    assert deviations[("s2-check-in", DeviationKind.CHANGED)] == "The group wanted time to arrive"
    assert ("s2-break", DeviationKind.SKIPPED) not in deviations  # optional
    notes = store.notes(mid)
    assert [(n.text, n.step_id, n.shareable) for n in notes] == [
        ("Several people said sleep is hard this week", "s2-exercise", False)]
    concerns = store.concerns(mid)
    assert [(c.kind, c.referral) for c in concerns] == [
        (ConcernKind.DISTRESS_IN_SESSION, ReferralDestination.GENERAL_PRACTITIONER)]
    plays = store.film_plays(mid)
    assert [(p.film_id, p.ended_at is not None) for p in plays] == [("unhooking", True)]
