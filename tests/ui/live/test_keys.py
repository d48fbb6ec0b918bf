"""The single keys: never while typing, and the same physical key whatever the layout."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from facilitator.ui.live.keys import LiveKey, live_key
from facilitator.ui.live.projector import ProjectorPage
from tests.ui.live.conftest import Live
from tests.ui.live.keyboard import native_press, press, type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


def _active(live: Live) -> None:
    live.session.window.activateWindow()
    live.qtbot.waitUntil(lambda: QApplication.activeWindow() is live.session.window)


def test_single_keys_do_not_act_while_the_note_field_has_focus(open_live) -> None:
    live: Live = open_live()
    _active(live)
    window = live.session.window
    window.parts.tabs.setCurrentIndex(1)  # notes
    press(live.qtbot, window, K.Key_N, CTRL)
    field = window.parts.quick_note.field
    assert QApplication.focusWidget() is field
    type_text(live.qtbot, window, "bap. ")
    for key in (K.Key_Right, K.Key_PageDown, K.Key_Space, K.Key_B, K.Key_Period, K.Key_A,
                K.Key_P, K.Key_Left, K.Key_PageUp):
        press(live.qtbot, window, key)
    native_press(window, "и", 56, 0x6c9)  # the B key on a Russian layout
    assert live.meeting.current.id == "s2-welcome"
    assert not live.session.is_blank and not live.meeting.is_paused
    assert window.parts.tabs.currentIndex() == 1
    assert field.text().startswith("bap. ")
    assert "и" in field.text()
    press(live.qtbot, window, K.Key_Escape)   # leaves the field; the keys work again
    press(live.qtbot, window, K.Key_Right)
    assert live.meeting.current.id == "s2-check-in"
    assert field.text().startswith("bap. ")  # kept until saved


def test_blank_follows_the_physical_key_on_arabic_and_russian_layouts(open_live) -> None:
    live: Live = open_live()
    _active(live)
    window = live.session.window
    assert native_press(window, "لا", 56, 0x6c7)          # Arabic: B gives lam-alef
    assert live.session.is_blank
    assert live.session.projector.page is ProjectorPage.BLACK
    assert native_press(window, "и", 56, 0x6c9, key=0x418)  # Russian: B gives и
    assert not live.session.is_blank
    native_press(window, "ю", 60, 0x6c0, key=0x42e)        # Russian: '.' gives ю
    assert live.session.is_blank
    native_press(window, "ش", 38, 0x5f4)                   # Arabic: A gives ش
    assert window.parts.tabs.currentWidget() is window.parts.attendance


def test_keys_are_recognised_by_physical_key_per_platform() -> None:
    def event(key: int, scan: int, virtual: int, text: str) -> QKeyEvent:
        return QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, scan,
                         virtual, 0, text)

    assert live_key(event(0, 56, 0x6c7, "لا"), "xcb") is LiveKey.BLANK
    assert live_key(event(0, 0x30, 0x42, "и"), "windows") is LiveKey.BLANK
    assert live_key(event(0, 0, 0x0B, "и"), "cocoa") is LiveKey.BLANK
    assert live_key(event(0, 0, 0x00, "ф"), "cocoa") is LiveKey.ATTENDANCE
    assert live_key(event(0, 0, 0, "x"), "xcb") is None
    assert live_key(event(int(K.Key_PageDown), 117, 0, ""), "xcb") is LiveKey.NEXT
    with_ctrl = QKeyEvent(QEvent.Type.KeyPress, int(K.Key_B), CTRL, 56, 0, 0, "")
    assert live_key(with_ctrl, "xcb") is None


def test_keys_in_a_dialog_belong_to_the_dialog(open_live) -> None:
    live: Live = open_live()
    _active(live)
    window = live.session.window
    press(live.qtbot, window, K.Key_K, CTRL)
    dialog = window.skip_dialog
    assert dialog is not None
    live.qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    press(live.qtbot, window, K.Key_Right)
    press(live.qtbot, window, K.Key_B)
    assert live.meeting.current.id == "s2-welcome" and not live.session.is_blank
    dialog.reject()


def test_pause_stops_the_clocks_and_shows_paused(open_live) -> None:
    live: Live = open_live()
    _active(live)
    window = live.session.window
    live.clock.advance(seconds=30)
    press(live.qtbot, window, K.Key_P)
    assert live.meeting.is_paused and window.parts.meeting_clock.paused.isVisible()
    live.clock.advance(minutes=5)
    live.meeting.ticked.emit()
    assert live.meeting.run.step_elapsed("s2-welcome") == 30
    assert window.parts.step_timer.reading.text() == "0:30 of 5:00"
    press(live.qtbot, window, K.Key_P)
    assert not live.meeting.is_paused and not window.parts.meeting_clock.paused.isVisible()
