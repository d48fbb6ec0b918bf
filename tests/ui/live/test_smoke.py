from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.live.conftest import Live


def test_live_session_opens_and_moves_on_with_the_right_arrow(open_live) -> None:
    live: Live = open_live()
    assert live.meeting.current.id == "s2-welcome"
    live.qtbot.keyClick(live.session.window, Qt.Key.Key_Right)
    assert live.meeting.current.id == "s2-check-in"
    live.settle()
    visits = live.store.step_visits(live.meeting.meeting_id)
    assert [v.step_id for v in visits] == ["s2-welcome", "s2-check-in"]
