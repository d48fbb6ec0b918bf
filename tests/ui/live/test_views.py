"""What the facilitator and the group see: timer colours, the pace, the agenda, the script
in two languages, the projector's text, the wrap-up's checks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from facilitator.sessions.run import Timing
from facilitator.ui.live.agenda import STEP_ROLE
from facilitator.ui.live.projector import ProjectorPage
from facilitator.ui.live.timers import NEAR_END, OVER
from tests.ui.live.conftest import Live


def test_the_step_timer_turns_gently_amber_then_coral(open_live) -> None:
    live: Live = open_live()
    timer = live.session.window.parts.step_timer
    live.clock.advance(minutes=3, seconds=30)
    live.meeting.ticked.emit()
    assert timer.timing is Timing.ON_TIME
    live.clock.advance(minutes=1)
    live.meeting.ticked.emit()
    assert timer.timing is Timing.NEAR_END and timer.reading.property("timing") == "near-end"
    assert timer.reading.palette().windowText().color().name() == NEAR_END
    live.clock.advance(minutes=1)
    live.meeting.ticked.emit()
    assert timer.timing is Timing.OVER and timer.reading.property("timing") == "over"
    assert timer.reading.palette().windowText().color().name() == OVER
    assert timer.reading.text() == "5:30 of 5:00"


def test_the_meeting_clock_says_how_far_behind_and_when_it_ends(open_live) -> None:
    live: Live = open_live()
    clock = live.session.window.parts.meeting_clock
    live.meeting.ticked.emit()
    assert clock.pace.text() == "On plan"
    live.clock.advance(minutes=9)  # the 5-minute welcome took 9
    live.meeting.ticked.emit()
    assert clock.pace.text() == "4 min behind the plan"
    expected = live.meeting.projected_end()
    assert clock.finish.text().startswith("Ends about ")
    assert f"{expected.astimezone().minute:02d}" in clock.finish.text()
    live.meeting.next()
    live.meeting.next()
    assert "ahead of the plan" in clock.pace.text()


def test_the_agenda_shows_states_and_jumps_to_a_step(open_live) -> None:
    live: Live = open_live()
    agenda = live.session.window.parts.agenda
    live.meeting.next()
    live.meeting.skip("s2-intro", "Not enough time")
    texts = [agenda.item(row).text() for row in range(agenda.count())]
    assert texts[0].startswith("✓") and texts[1].startswith("●") and texts[3].startswith("⊘")
    assert "optional" in texts[6]
    item = agenda.item(5)
    agenda.itemActivated.emit(item)
    assert live.meeting.current.id == item.data(STEP_ROLE) == "s2-exercise"
    assert live.session.window.parts.script.main.title.text() == "Exercise: Hands as thoughts"
    live.meeting.undo_stack.undo()
    assert not agenda.item(3).text().startswith("⊘")


def test_the_script_shows_the_groups_language_beside_it_right_to_left(open_live) -> None:
    live: Live = open_live()
    script = live.session.window.parts.script
    assert script.second is not None and not script.second.isVisible()
    script.set_bilingual(True)
    assert script.second.isVisible()
    assert script.second.layoutDirection() is Qt.LayoutDirection.RightToLeft
    assert script.main.layoutDirection() is Qt.LayoutDirection.LeftToRight
    arabic = live.meeting.step_text(live.meeting.current, "ar").title
    assert script.second.title.text() == arabic
    live.session.window.parts.large_text_button.click()
    assert "24pt" in script.main.script.styleSheet()
    assert not script.main.tips.isVisible()
    script.main.tips_button.click()
    assert script.main.tips.isVisible() and script.main.tips.text()


def test_the_projector_shows_the_groups_text_right_to_left(open_live) -> None:
    live: Live = open_live()
    projector = live.session.projector
    assert projector.layoutDirection() is Qt.LayoutDirection.RightToLeft
    expected = live.meeting.step_text(live.meeting.current, "ar").projector
    assert projector.text.text() == expected and projector.page is ProjectorPage.TEXT
    live.session.toggle_blank()
    assert projector.page is ProjectorPage.BLACK
    live.meeting.next()
    assert projector.page is ProjectorPage.BLACK  # stays black until unblanked
    live.session.toggle_blank()
    assert projector.text.text() == live.meeting.step_text(live.meeting.current, "ar").projector


def test_the_projector_draws_the_neighbouring_steps_ahead(open_live) -> None:
    from facilitator.ui.live.projector import FRAMES

    live: Live = open_live()
    projector = live.session.projector
    projector.show()
    live.qtbot.waitExposed(projector)
    text = projector.text
    live.meeting.next()
    steps = live.meeting.session.steps
    index = steps.index(live.meeting.current)
    before, after = (live.meeting.step_text(steps[i], "ar").projector
                     for i in (index - 1, index + 1))

    def drawn() -> set[str]:
        return {source for source, *_size in text._frames}

    live.qtbot.waitUntil(lambda: {before, after} <= drawn())
    # The next press shows a finished picture: nothing new is drawn for it.
    ahead = text._frames[next(key for key in text._frames if key[0] == after)]
    live.meeting.next()
    text.repaint()
    assert text.frame(after) is ahead
    live.qtbot.waitUntil(lambda: len(text._frames) == FRAMES
                         and live.meeting.step_text(steps[index + 2], "ar").projector in drawn())
    assert len(text._frames) == FRAMES


def test_the_projector_without_a_second_screen_opens_in_a_window_on_f5(open_live) -> None:
    live: Live = open_live()
    window = live.session.window
    window.activateWindow()
    live.qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert not live.session.projector.isVisible()
    live.qtbot.keyClick(window, Qt.Key.Key_F5)
    assert live.session.projector.isVisible() and not live.session.projector.isFullScreen()
    assert "in a window" in window.parts.projector_state.text()


def test_wrap_up_asks_for_unmarked_codes_and_reasons_before_finishing(open_live) -> None:
    live: Live = open_live()
    meeting = live.meeting
    for _ in range(3):
        live.clock.advance(minutes=5)
        meeting.next()
    wrap_up = live.session.open_wrap_up()
    assert wrap_up is not None and meeting.is_paused  # the clocks stop while wrapping up
    assert not wrap_up.finish_button.isEnabled()
    assert "Not marked yet: 6." in wrap_up.attendance_state.text()
    for participant in meeting.participants:
        meeting.cycle(participant.id)
    assert not wrap_up.finish_button.isEnabled()  # reasons for the steps not reached
    assert set(wrap_up.reasons) == {"s2-film", "s2-exercise", "s2-discussion", "s2-homework",
                                    "s2-round-up"}
    for field in wrap_up.reasons.values():
        field.setText("The group needed the time to talk")
    assert wrap_up.finish_button.isEnabled()
    wrap_up.reject()
    assert not meeting.is_paused  # back to the meeting, clocks running


def test_coming_back_to_a_film_step_finds_the_film_ready(open_live) -> None:
    live: Live = open_live()
    for _ in range(4):
        live.meeting.next()
    controls = live.session.film.controls
    assert live.meeting.current.film == "unhooking"
    title = controls.title_label.text()
    assert "Unhooking" in title and controls.play_button.isEnabled()
    live.session.film.play()
    live.player.finish()
    live.meeting.next()
    live.meeting.previous()
    assert controls.title_label.text() == title and controls.play_button.isEnabled()
    live.session.film.play()
    assert live.session.projector.page is ProjectorPage.FILM
    live.settle()
    assert len(live.store.film_plays(live.meeting.meeting_id)) == 2
